"""A lapsed membership stops an organisation publishing, pairing and applying; reading goes on."""

import pytest
from rest_framework.test import APIClient

from marketplace.billing.models import MembershipPlan, Subscription, SubscriptionStatus
from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Status
from marketplace.cohorts import services as cohorts
from marketplace.cohorts.models import Stage
from marketplace.core.errors import DomainError
from marketplace.proposals import services as proposals
from tests.marketplace.catalogue.factories import ChallengeFactory
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db


def lapse(organisation, status=SubscriptionStatus.PAST_DUE) -> None:
    Subscription.objects.create(
        organisation=organisation,
        plan=MembershipPlan.objects.filter(organisation_kind=organisation.kind).first(),
        stripe_subscription_id=f"sub_{organisation.slug}",
        status=status,
        was_active=True,
    )


def test_a_lapsed_provider_cannot_submit_a_challenge(provider, provider_member):
    draft = ChallengeFactory(organisation=provider)
    lapse(provider)

    with pytest.raises(DomainError, match="membership has lapsed"):
        catalogue.entry_submit(draft, user=provider_member)

    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_lapsed_supplier_cannot_express_interest_but_can_read(
    provider, supplier, supplier_member
):
    challenge, solution = published_pair(provider, supplier)
    lapse(supplier, SubscriptionStatus.CANCELED)
    api = APIClient()
    api.force_authenticate(supplier_member)

    refused = api.post(
        "/api/v1/interests/",
        {"challenge": challenge.pk, "solution": solution.pk, "pitch": "We fit."},
        format="json",
    )

    assert (refused.status_code, refused.json()["code"]) == (403, "membership_lapsed")
    assert api.get(f"/api/v1/challenges/{challenge.pk}/").status_code == 200


def test_a_lapsed_provider_cannot_invite_or_apply_to_a_cohort(
    staff_user, provider, supplier, provider_admin
):
    challenge, solution = published_pair(provider, supplier)
    cohort = cohorts.cohort_create(user=staff_user, name="Open 2027", stage=Stage.OPEN)
    lapse(provider)

    with pytest.raises(DomainError, match="lapsed"):
        proposals.interest_invite(
            user=provider_admin, challenge=challenge, solution=solution, pitch="Join us."
        )
    with pytest.raises(DomainError, match="lapsed"):
        cohorts.cohort_apply_with_challenge(user=provider_admin, cohort=cohort, challenge=challenge)


def test_an_organisation_that_never_joined_is_not_restricted(provider, supplier, supplier_member):
    challenge, solution = published_pair(provider, supplier)

    interest = proposals.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="We fit."
    )

    assert interest.pk is not None
