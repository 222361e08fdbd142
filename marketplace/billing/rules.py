"""What a lapsed membership stops an organisation doing.

Lapsed: its membership is overdue, unpaid or cancelled after it had been paid, and it has
no membership in good standing. An organisation that never joined is not restricted: the
programme is free during the pilot. A lapsed organisation can still read, edit its drafts,
pay and renew; the services that publish, express interest, invite or apply call
`require_good_standing` first.
"""

from marketplace.billing.models import GOOD_STANDING, LAPSED, Subscription
from marketplace.core.errors import DomainError


def membership_lapsed(organisation) -> bool:
    memberships = Subscription.objects.filter(organisation=organisation).values_list(
        "status", "was_active"
    )
    lapsed = False
    for status, was_active in memberships:
        if status in GOOD_STANDING:
            return False
        lapsed = lapsed or (was_active and status in LAPSED)
    return lapsed


def require_good_standing(organisation) -> None:
    if membership_lapsed(organisation):
        raise DomainError(
            f"{organisation.name}'s membership has lapsed. An owner or admin can renew it on "
            "the organisation's billing page.",
            code="membership_lapsed",
        )
