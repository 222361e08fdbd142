import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone

from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from marketplace.organisations import services
from marketplace.organisations.models import (
    Invitation,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

INVITE_LINK = re.compile(r"http://testserver/invitations/([^/\s]+)/")


def invite(user, organisation, email="colleague@tyne.example", role=Role.MEMBER) -> Invitation:
    return services.invitation_create(user=user, organisation=organisation, email=email, role=role)


def create(user, **overrides) -> Organisation:
    fields = {
        "name": "Wear Valley Homes",
        "kind": OrganisationKind.HOUSING_PROVIDER,
        "registered_number": "L4321",
        "homes_managed": 900,
        **overrides,
    }
    return services.organisation_create(user=user, **fields)


def assert_nothing_created(organisations: int = 0) -> None:
    assert Organisation.objects.count() == organisations
    assert Membership.objects.count() == 0
    assert AuditEntry.objects.count() == 0


# organisation_create


def test_creator_becomes_owner_and_creation_is_audited(outsider):
    organisation = create(outsider, registered_number="l 4321")

    assert organisation.slug == "wear-valley-homes"
    assert organisation.registered_number == "L4321"
    assert list(organisation.memberships.values_list("user", "role")) == [(outsider.pk, "owner")]
    entry = AuditEntry.objects.get()
    assert (entry.actor, entry.action, entry.organisation) == (
        outsider,
        "organisation.create",
        organisation,
    )
    assert entry.after["registered_number"] == "L4321"


def test_duplicate_registered_number_for_the_same_kind_is_refused(outsider, provider):
    with pytest.raises(ValidationError) as error:
        create(outsider, registered_number="L1234")

    assert list(error.value.message_dict) == ["registered_number"]
    assert_nothing_created(organisations=1)


def test_same_registered_number_is_allowed_for_a_different_kind(outsider, supplier):
    organisation = create(outsider, registered_number=supplier.registered_number)

    assert organisation.registered_number == "12345678"
    assert Organisation.objects.count() == 2


@pytest.mark.parametrize("number", ["1234567", "ABC12345", "12-34-56-78", ""])
def test_supplier_needs_a_companies_house_number(outsider, number):
    with pytest.raises(ValidationError) as error:
        create(outsider, kind=OrganisationKind.SUPPLIER, registered_number=number, employees=3)

    assert list(error.value.message_dict) == ["registered_number"]
    assert_nothing_created()


def test_unknown_kind_is_refused(outsider):
    with pytest.raises(ValidationError) as error:
        create(outsider, kind="charity")

    assert list(error.value.message_dict) == ["kind"]
    assert_nothing_created()


def test_non_staff_cannot_create_the_programme_team(outsider):
    with pytest.raises(NotAllowed):
        create(outsider, kind=OrganisationKind.PROGRAMME, registered_number="")

    assert_nothing_created()


def test_staff_can_create_the_programme_team(staff_user):
    organisation = services.organisation_create(
        user=staff_user, name="Launchpad Team", kind=OrganisationKind.PROGRAMME
    )

    assert organisation.kind == OrganisationKind.PROGRAMME
    assert organisation.memberships.get().user == staff_user


# invitation_create


def test_member_cannot_invite(provider_member, provider):
    with pytest.raises(NotAllowed):
        invite(provider_member, provider)

    assert Invitation.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_admin_invites_and_one_email_carries_the_link(
    provider_admin, provider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(provider_admin, provider, email="  Colleague@Tyne.example ")

    assert invitation.email == "colleague@tyne.example"
    assert invitation.role == Role.MEMBER
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["colleague@tyne.example"]
    tokens = INVITE_LINK.findall(mail.outbox[0].body)
    assert len(tokens) == 1
    assert services.invitation_from_token(tokens[0]) == invitation


def test_admin_cannot_invite_an_owner(provider_admin, provider):
    with pytest.raises(NotAllowed):
        invite(provider_admin, provider, role=Role.OWNER)

    assert Invitation.objects.count() == 0


def test_owner_can_invite_an_owner(provider_owner, provider):
    invitation = invite(provider_owner, provider, role=Role.OWNER)

    assert Invitation.objects.get() == invitation
    assert invitation.role == Role.OWNER


def test_inviting_someone_already_a_member_is_refused(provider_admin, provider_member, provider):
    with pytest.raises(ValidationError) as error:
        invite(provider_admin, provider, email=provider_member.email.upper())

    assert list(error.value.message_dict) == ["email"]
    assert Invitation.objects.count() == 0


def test_second_pending_invitation_to_the_same_email_is_refused(provider_admin, provider):
    invite(provider_admin, provider)

    with pytest.raises(ValidationError) as error:
        invite(provider_admin, provider)

    assert list(error.value.message_dict) == ["email"]
    assert Invitation.objects.count() == 1


# invitation_accept


def test_invited_user_joins_with_the_invited_role(provider_admin, provider):
    invitation = invite(provider_admin, provider, role=Role.ADMIN)
    colleague = make_user("colleague@tyne.example")

    membership = services.invitation_accept(
        user=colleague, token=services.invitation_token(invitation)
    )

    assert (membership.user, membership.organisation, membership.role) == (
        colleague,
        provider,
        Role.ADMIN,
    )
    invitation.refresh_from_db()
    assert invitation.accepted_by == colleague
    assert invitation.accepted_at is not None
    assert invitation.is_pending is False


def test_an_accepted_invitation_cannot_be_reused(provider_admin, provider):
    invitation = invite(provider_admin, provider)
    token = services.invitation_token(invitation)
    services.invitation_accept(user=make_user("colleague@tyne.example"), token=token)

    with pytest.raises(DomainError) as error:
        services.invitation_accept(user=make_user("colleague2@tyne.example"), token=token)

    assert error.value.code == "used"
    assert provider.memberships.count() == 2


def test_invitation_past_its_expiry_date_is_refused(provider_admin, provider):
    invitation = invite(provider_admin, provider)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )

    with pytest.raises(DomainError) as error:
        services.invitation_accept(
            user=make_user("colleague@tyne.example"), token=services.invitation_token(invitation)
        )

    assert error.value.code == "expired"
    assert provider.memberships.count() == 1


def test_token_older_than_the_maximum_age_is_refused(provider_admin, provider):
    token = services.invitation_token(invite(provider_admin, provider))

    with override_settings(INVITATION_MAX_AGE_DAYS=-1), pytest.raises(DomainError) as error:
        services.invitation_from_token(token)

    assert error.value.code == "expired"


def _tampered(token: str) -> str:
    return token[:-1] + ("A" if token[-1] != "A" else "B")


@pytest.mark.parametrize(
    "forge",
    [
        _tampered,
        lambda token: signing.dumps({"invitation": 1}, salt="some.other.salt", compress=True),
        lambda token: "not-a-token",
    ],
    ids=["tampered", "wrong-salt", "garbage"],
)
def test_forged_token_is_refused(provider_admin, provider, forge):
    invitation = invite(provider_admin, provider)
    token = forge(services.invitation_token(invitation))

    with pytest.raises(DomainError) as error:
        services.invitation_accept(user=make_user("colleague@tyne.example"), token=token)

    assert error.value.code == "forged"
    assert provider.memberships.count() == 1
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_someone_with_a_different_email_cannot_accept(provider_admin, provider, outsider):
    invitation = invite(provider_admin, provider)

    with pytest.raises(NotAllowed):
        services.invitation_accept(user=outsider, token=services.invitation_token(invitation))

    assert Membership.objects.filter(user=outsider).count() == 0
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
