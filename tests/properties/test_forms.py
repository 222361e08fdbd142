"""HTML forms under hostile posts: a redirect when saved, else the page again (200) with each
error next to its field. Never a 500: the test client raises what a view lets escape."""

import html

import pytest
from django.test import Client
from hypothesis import event, example, given
from hypothesis import strategies as st

from marketplace.catalogue.models import Region, Theme
from marketplace.cohorts.models import Cohort
from marketplace.organisations.models import Organisation
from tests.properties.support import LENGTHS, SPECIMENS, WHITESPACE, isolated, properties

pytestmark = pytest.mark.django_db

# What a browser can post: any text but lone surrogates, which UTF-8 cannot carry.
POSTABLE = st.characters(codec="utf-8")


def posted_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(POSTABLE, max_size=30),
        st.sampled_from([s for s in SPECIMENS if "\ud800" not in s and "\udfff" not in s]),
        st.text(st.sampled_from(WHITESPACE), min_size=1, max_size=4),
        st.sampled_from(LENGTHS).map(lambda n: "x" * n),
    )


def posted_number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(-(2**70), 2**70).map(str),
        st.sampled_from(["", "12", "1e3", "0x10", "1.5", "-0", "١٢", "NaN", "inf", "9" * 400]),
        posted_text(),
    )


def posted_date() -> st.SearchStrategy[str]:
    return st.one_of(
        st.dates().map(str),
        st.sampled_from(["", "2027-02-30", "31/12/2027", "0000-01-01", "9999-12-31"]),
        posted_text(),
    )


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_errors_beside_fields(response) -> None:
    """The page again, each field's error rendered with the id its input points at."""
    assert response.status_code == 200
    event("errors shown")
    form = response.context["form"]
    assert form.errors
    page = response.content.decode()
    assert "There is a problem" in page
    for name, errors in form.errors.items():
        if name == "__all__":
            continue
        shown = page.split(f'id="{form[name].auto_id}_error">', 1)
        assert len(shown) == 2, f"no error beside {name}"
        assert html.escape(errors[0]) in shown[1].split("</small>", 1)[0]


ORGANISATION = {
    "kind": st.sampled_from(["housing_provider", "supplier", "programme", "", "x\x00"]),
    "name": posted_text(),
    "website": st.one_of(posted_text(), st.just("wear.example")),
    "registered_number": st.one_of(posted_text(), st.sampled_from(["L4321", "l 4321"])),
    "regions": st.lists(st.sampled_from(["TLC", "TLD", "999", "x"]), max_size=2),
    "homes_managed": posted_number(),
    "employees": posted_number(),
    "description": posted_text(),
}


VALID_ORGANISATION = {"kind": "supplier", "name": "Heat Sense", "registered_number": "12345678",
                      "employees": "12"}  # fmt: skip


@properties
@given(overrides=st.fixed_dictionaries({}, optional=ORGANISATION))
@example(overrides={"name": "Heat\x00"})
@example(overrides={"kind": "housing_provider", "homes_managed": "9" * 30, "description": "\x00"})
def test_the_organisation_form_shows_each_error_beside_its_field(outsider, overrides):
    regions = {r.code: str(r.pk) for r in Region.objects.all()}
    data = {**VALID_ORGANISATION, **overrides}
    data = {**data, "regions": [regions.get(code, code) for code in data.get("regions", [])]}
    with isolated():
        count = Organisation.objects.count()
        response = client_for(outsider).post("/organisations/new/", data)
        if response.status_code == 302:
            event("saved")
            assert Organisation.objects.count() == count + 1
        else:
            assert_errors_beside_fields(response)
            assert Organisation.objects.count() == count


COHORT = {
    "name": posted_text(),
    "description": posted_text(),
    "stage": st.sampled_from(["planning", "open", "closed", "", "open\x00"]),
    "opens_on": posted_date(),
    "matching_on": posted_date(),
    "pilots_on": posted_date(),
    "completes_on": posted_date(),
    "fee": posted_number(),
    "max_pilots_per_supplier": posted_number(),
    "max_suppliers_per_challenge": posted_number(),
    "min_pairing_score": posted_number(),
    "themes": st.lists(st.sampled_from(["0", "1", "2", "x"]), max_size=3),
}
VALID_COHORT = {"name": "Damp 2027", "stage": "planning", "max_pilots_per_supplier": "2",
                "max_suppliers_per_challenge": "3", "min_pairing_score": "0.5"}  # fmt: skip


@properties
@given(overrides=st.fixed_dictionaries({}, optional=COHORT))
@example(overrides={"name": "!!!"})
@example(overrides={"opens_on": "2027-06-01", "matching_on": "2027-01-01"})
@example(overrides={"description": "Damp\x00"})
def test_the_cohort_form_shows_each_error_beside_its_field(staff_user, overrides):
    themes = [str(pk) for pk in Theme.objects.order_by("pk").values_list("pk", flat=True)[:3]]
    data = {**VALID_COHORT, **overrides}
    data["themes"] = [themes[int(i)] if i.isdigit() else i for i in data.get("themes", [])]
    with isolated():
        count = Cohort.objects.count()
        response = client_for(staff_user).post("/staff/cohorts/", data)
        if response.status_code == 302:
            event("saved")
            cohort = Cohort.objects.get(slug=response.url.rstrip("/").rsplit("/", 1)[1])
            assert cohort.fee_pence >= 0 and 0 <= cohort.min_pairing_score <= 1
        else:
            assert_errors_beside_fields(response)
            assert Cohort.objects.count() == count
