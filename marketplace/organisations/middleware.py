from marketplace.organisations.selectors import MEMBER_IDS_ATTRIBUTE, memberships_for_user

SESSION_KEY = "active_organisation_id"


def choose_membership(memberships: list, chosen_organisation_id):
    """The membership chosen in the switcher, else the first one."""
    for membership in memberships:
        if membership.organisation_id == chosen_organisation_id:
            return membership
    return memberships[0] if memberships else None


class ActiveOrganisationMiddleware:
    """Sets request.memberships and request.membership: who the user is acting as."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        # Computed eagerly: a lazy proxy of None would still test as "not None" in views.
        if user is not None and user.is_authenticated:
            request.memberships = list(memberships_for_user(user=user))
            request.membership = choose_membership(
                request.memberships, request.session.get(SESSION_KEY)
            )
            ids = [membership.organisation_id for membership in request.memberships]
            setattr(user, MEMBER_IDS_ATTRIBUTE, ids)
        else:
            request.memberships, request.membership = [], None
        return self.get_response(request)
