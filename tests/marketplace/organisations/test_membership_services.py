"""Who may change an organisation's people: roles, removals, and other organisations."""

import pytest

from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from marketplace.organisations import services
from marketplace.organisations.models import Invitation, Membership, Role
from tests.conftest import join, make_user

pytestmark = pytest.mark.django_db


def memberships_snapshot() -> list[tuple]:
    return list(Membership.objects.order_by("pk").values_list("user_id", "organisation_id", "role"))


def invite(user, organisation) -> None:
    services.invitation_create(
        user=user, organisation=organisation, email="colleague@tyne.example", role=Role.MEMBER
    )


# Membership rules


def test_last_owner_cannot_demote_themself(provider_owner):
    membership = Membership.objects.get(user=provider_owner)

    with pytest.raises(DomainError) as error:
        services.membership_change_role(user=provider_owner, membership=membership, role=Role.ADMIN)

    assert error.value.code == "invalid"
    membership.refresh_from_db()
    assert membership.role == Role.OWNER
    assert AuditEntry.objects.count() == 0


def test_last_owner_cannot_leave(provider_owner):
    membership = Membership.objects.get(user=provider_owner)

    with pytest.raises(DomainError) as error:
        services.membership_remove(user=provider_owner, membership=membership)

    assert error.value.code == "invalid"
    assert Membership.objects.filter(pk=membership.pk).count() == 1
    assert AuditEntry.objects.count() == 0


def test_owner_can_step_down_once_there_is_another_owner(provider_owner, provider):
    join(make_user("second@tyne.example"), provider, Role.OWNER)
    membership = Membership.objects.get(user=provider_owner)

    services.membership_change_role(user=provider_owner, membership=membership, role=Role.MEMBER)

    membership.refresh_from_db()
    assert membership.role == Role.MEMBER


def test_admin_cannot_make_someone_owner(provider_admin, provider_member):
    membership = Membership.objects.get(user=provider_member)

    with pytest.raises(NotAllowed):
        services.membership_change_role(user=provider_admin, membership=membership, role=Role.OWNER)

    membership.refresh_from_db()
    assert membership.role == Role.MEMBER
    assert AuditEntry.objects.count() == 0


def test_admin_cannot_remove_an_owner(provider_admin, provider_owner):
    before = memberships_snapshot()

    with pytest.raises(NotAllowed):
        services.membership_remove(
            user=provider_admin, membership=Membership.objects.get(user=provider_owner)
        )

    assert memberships_snapshot() == before
    assert AuditEntry.objects.count() == 0


def test_member_can_leave(provider_member, provider_owner, provider):
    membership = Membership.objects.get(user=provider_member)

    services.membership_remove(user=provider_member, membership=membership)

    assert list(provider.memberships.values_list("user_id", flat=True)) == [provider_owner.pk]
    assert AuditEntry.objects.get().action == "membership.remove"


def test_member_cannot_remove_a_colleague(provider_member, provider_admin):
    before = memberships_snapshot()

    with pytest.raises(NotAllowed):
        services.membership_remove(
            user=provider_member, membership=Membership.objects.get(user=provider_admin)
        )

    assert memberships_snapshot() == before
    assert AuditEntry.objects.count() == 0


# Cross-organisation: an admin of Mersey Homes acting on Tyne Homes.


def _other_invites(user, provider, member):
    invite(user, provider)


def _other_updates(user, provider, member):
    services.organisation_update(user=user, organisation=provider, name="Hijacked")


def _other_changes_role(user, provider, member):
    services.membership_change_role(user=user, membership=member, role=Role.ADMIN)


def _other_removes(user, provider, member):
    services.membership_remove(user=user, membership=member)


@pytest.mark.parametrize(
    "action", [_other_invites, _other_updates, _other_changes_role, _other_removes]
)
def test_admin_of_another_organisation_cannot_act_on_this_one(
    other_provider_admin, provider, provider_member, action
):
    member = Membership.objects.get(user=provider_member)
    before = memberships_snapshot()

    with pytest.raises(NotAllowed):
        action(other_provider_admin, provider, member)

    provider.refresh_from_db()
    assert provider.name == "Tyne Homes"
    assert memberships_snapshot() == before
    assert Invitation.objects.count() == 0
    assert AuditEntry.objects.count() == 0
