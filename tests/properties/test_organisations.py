"""Organisations, invitations and roles under hostile input: saved as sent, or refused cleanly."""

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from marketplace.catalogue.models import Region
from marketplace.core.models import AuditEntry
from marketplace.organisations import services
from marketplace.organisations.models import (
    Invitation,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
)
from tests.properties.support import (
    attempt,
    fresh,
    hostile_choice,
    hostile_dict,
    hostile_integer,
    integers,
    isolated,
    properties,
    text,
    through,
    wrong_type,
)

pytestmark = pytest.mark.django_db

TABLES = [Organisation, Membership, Invitation, AuditEntry, *through(Organisation, "regions")]
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
NUMBERS = {
    OrganisationKind.HOUSING_PROVIDER: re.compile(r"^[A-Z0-9]{2,10}$"),
    OrganisationKind.SUPPLIER: re.compile(r"^(\d{8}|[A-Z]{2}\d{6})$"),
}


def registered_numbers():
    return st.one_of(text(), st.sampled_from(["L4321", "l 4321", "LH0123", "12345678", "SC123456"]))


def websites():
    return st.one_of(
        text(), st.sampled_from(["", "https://tyne.example", "http://xn--bcher-kva.example/"])
    )


def optional_integers():
    return st.one_of(st.none(), integers())


def assert_profile_holds(organisation: Organisation) -> None:
    assert organisation.name.strip()
    assert SLUG.match(organisation.slug)
    assert NUMBERS[organisation.kind].match(organisation.registered_number)
    if organisation.kind == OrganisationKind.HOUSING_PROVIDER:
        assert organisation.homes_managed is not None and organisation.homes_managed >= 0
    else:
        assert organisation.employees is not None and organisation.employees >= 0


VALID = {
    OrganisationKind.HOUSING_PROVIDER: {"name": "Wear Valley Homes", "registered_number": "L4321",
                                        "homes_managed": 900},
    OrganisationKind.SUPPLIER: {"name": "Heat Sense Ltd", "registered_number": "SC123456",
                                "employees": 40},
}  # fmt: skip
CREATE = {
    "name": text(),
    "kind": hostile_choice(OrganisationKind.values, loose=False),
    "registered_number": registered_numbers(),
    "website": websites(),
    "homes_managed": optional_integers(),
    "employees": optional_integers(),
    "description": text(),
}


@properties
@given(kind=st.sampled_from(sorted(VALID)), overrides=hostile_dict(CREATE))
@example(kind=OrganisationKind.HOUSING_PROVIDER, overrides={"description": "Homes\x00"})
@example(kind=OrganisationKind.SUPPLIER, overrides={"kind": "\ud800"})
def test_organisation_create_saves_what_was_sent_or_names_the_field(outsider, kind, overrides):
    sent = {"kind": kind, **VALID[kind], **overrides}
    with isolated():
        outcome = attempt(
            lambda: services.organisation_create(
                user=outsider, regions=list(Region.objects.filter(code="TLC")), **sent
            ),
            # A provider must say how many homes it manages, a supplier how many staff.
            fields={*sent, "homes_managed", "employees"},
            tables=TABLES,
            domain_codes={"not_allowed"},  # only staff create the programme team
        )
        if outcome.saved:
            organisation = fresh(outcome.result)
            assert (organisation.name, organisation.kind) == (sent["name"].strip(), sent["kind"])
            assert organisation.registered_number == (
                sent["registered_number"].replace(" ", "").upper()
            )
            for name in ("website", "description", "homes_managed", "employees"):
                assert getattr(organisation, name) == sent.get(
                    name, getattr(Organisation, name).field.get_default()
                ), name
            assert_profile_holds(organisation)
            assert list(organisation.memberships.values_list("user", "role")) == [
                (outsider.pk, Role.OWNER)
            ]


PROFILE = {
    "name": st.one_of(text(), wrong_type()),
    "website": st.one_of(websites(), wrong_type()),
    "registered_number": st.one_of(registered_numbers(), wrong_type()),
    "homes_managed": hostile_integer(),
    "employees": hostile_integer(),
    "description": st.one_of(text(), wrong_type()),
}


@properties
@given(changes=hostile_dict(PROFILE))
@example(changes={"name": "Tyne\x00"})
@example(changes={"name": " \x85 "})
@example(changes={"homes_managed": ""})
@example(changes={"registered_number": []})
def test_organisation_update_keeps_the_profile_whole_or_names_the_field(
    provider, provider_admin, changes
):
    with isolated():
        before = fresh(provider)
        outcome = attempt(
            lambda: services.organisation_update(
                user=provider_admin, organisation=before, **changes
            ),
            fields=changes,
            tables=TABLES,
        )
        after = fresh(provider)
        if outcome.saved:
            assert_profile_holds(after)
            for name in ("website", "description"):
                if isinstance(changes.get(name), str):
                    assert getattr(after, name) == changes[name], name
            if isinstance(changes.get("name"), str):
                assert after.name == changes["name"].strip()
            if isinstance(changes.get("registered_number"), str):
                assert after.registered_number == (
                    changes["registered_number"].replace(" ", "").upper()
                )
            unchanged = set(services.PROFILE_FIELDS) - set(changes) - {"regions"}
            assert {n: getattr(after, n) for n in unchanged} == {
                n: getattr(before, n) for n in unchanged
            }


@properties
@given(
    email=st.one_of(text(), st.emails(), st.emails().map(lambda e: f"  {e.upper()} ")),
    role=hostile_choice(Role.values, loose=False),
)
@example(email="new\x00@tyne.example", role="member")
@example(email="x" * 100_000 + "@tyne.example", role="member")
def test_invitation_create_stores_a_tidy_address_or_names_the_field(
    provider, provider_admin, email, role
):
    with isolated():
        outcome = attempt(
            lambda: services.invitation_create(
                user=provider_admin, organisation=provider, email=email, role=role
            ),
            fields={"email", "role"},
            tables=TABLES,
            domain_codes={"not_allowed"},  # an admin cannot invite an owner
        )
        if outcome.saved:
            invitation = fresh(outcome.result)
            assert invitation.email == email.strip().lower()
            assert invitation.role in (Role.ADMIN, Role.MEMBER)
            assert invitation.is_pending


@properties
@given(reason=text())
@example(reason="Wrong number\x00")
def test_staff_query_to_an_organisation_is_stored_as_written_or_names_the_reason(
    provider, staff_user, reason
):
    with isolated():
        outcome = attempt(
            lambda: services.organisation_query_verification(
                user=staff_user, organisation=fresh(provider), reason=reason
            ),
            fields={"reason"},
            tables=TABLES,
        )
        if outcome.saved:
            organisation = fresh(provider)
            assert organisation.verification_query == reason.strip() != ""
            assert AuditEntry.objects.filter(reason=reason.strip()).count() == 1


@properties
@given(role=hostile_choice(Role.values, loose=False))
def test_changing_a_role_to_anything_but_a_role_is_refused(
    provider, provider_owner, provider_member, role
):
    membership = Membership.objects.get(user=provider_member)
    with isolated():
        outcome = attempt(
            lambda: services.membership_change_role(
                user=provider_owner, membership=fresh(membership), role=role
            ),
            fields={"role"},
            tables=TABLES,
        )
        if outcome.saved:
            assert fresh(membership).role == role
            assert role in Role.values
