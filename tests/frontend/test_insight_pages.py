"""The demand-insight page: staff see groups of challenges and seed cohorts from them."""

import pytest

from marketplace.cohorts.models import Cohort
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.test_matches import damp_challenge, indexed, sensor_solution
from tests.marketplace.cohorts.test_insight import damp_and_arrears
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

PAGE = "/staff/insight/"
SEED = "/staff/insight/seed/"


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def titles(row) -> set[str]:
    return {c.title for c in row.cluster.challenges}


@pytest.mark.parametrize(("method", "url"), [("get", PAGE), ("post", SEED)])
def test_the_page_does_not_exist_for_members(provider_admin, provider, method, url):
    damp = damp_challenge(provider)

    response = getattr(client_for(provider_admin), method)(
        url, {"name": "Mine", "challenge_ids": str(damp.pk)}
    )

    assert response.status_code == 404
    assert Cohort.objects.count() == 0


@pytest.mark.parametrize(("method", "url"), [("get", PAGE), ("post", SEED)])
def test_anonymous_visitors_are_asked_to_sign_in(client, method, url):
    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_staff_see_each_group_with_its_providers_homes_and_unmet_badge(
    django_assert_max_num_queries, staff_user, provider, other_provider
):
    damp_and_arrears(provider, other_provider)
    client = client_for(staff_user)

    with django_assert_max_num_queries(10):
        response = client.get(PAGE, {"k": "2"})

    damp_row, arrears_row = response.context["rows"]
    assert titles(damp_row) == {
        "Find damp and mould before residents report it",
        "Mould keeps coming back in our flats",
        "Mould in bathrooms after winter",
    }
    assert titles(arrears_row) == {
        "Spot tenants falling into rent arrears",
        "Help residents struggling to pay their rent",
    }
    page = response.content.decode()
    assert "2 providers · 3 challenges · 650 homes affected" in page
    assert "2 providers · 2 challenges · 1,800 homes affected" in page
    assert "Mersey Homes, Tyne Homes" in page
    assert page.count("Unmet demand</span>") == 2
    assert page.count("No published solutions yet") == 2
    assert f'id="{damp_row.cluster.key}"' in page


def test_unmet_only_hides_the_groups_a_solution_fits(
    staff_user, provider, other_provider, supplier
):
    damp_and_arrears(provider, other_provider)
    indexed(sensor_solution(supplier))
    client = client_for(staff_user)

    everything = client.get(PAGE, {"k": "2"})
    unmet = client.get(PAGE, {"k": "2", "unmet": "on"})

    assert [row.cluster.unmet for row in everything.context["rows"]] == [False, True]
    assert [titles(row) for row in unmet.context["rows"]] == [
        {"Spot tenants falling into rent arrears", "Help residents struggling to pay their rent"}
    ]
    assert unmet.content.decode().count("Unmet demand</span>") == 1


@pytest.mark.parametrize(
    ("k", "error"),
    [
        ("many", "Number of groups: Enter a whole number."),
        ("0", "Number of groups: Ensure this value is greater than or equal to 1."),
        ("500", "Number of groups: Ensure this value is less than or equal to 200."),
    ],
)
def test_a_bad_number_of_groups_is_named_and_the_default_groups_shown(
    staff_user, provider, k, error
):
    indexed(damp_challenge(provider))

    response = client_for(staff_user).get(PAGE, {"k": k})

    assert response.status_code == 200
    assert error in response.content.decode()
    assert len(response.context["rows"]) == 1


def test_seeding_from_the_page_creates_the_cohort_and_opens_it(
    staff_user, provider, other_provider
):
    damp_and_arrears(provider, other_provider)
    client = client_for(staff_user)
    damp_row = client.get(PAGE, {"k": "2"}).context["rows"][0]

    response = client.post(
        SEED, {"name": "Damp 2027", "challenge_ids": damp_row.ids, "k": "2"}, follow=True
    )

    cohort = Cohort.objects.get()
    assert response.redirect_chain == [(f"/staff/cohorts/{cohort.slug}/", 302)]
    assert cohort.name == "Damp 2027"
    assert set(cohort.entries.values_list("challenge_id", flat=True)) == {
        c.pk for c in damp_row.cluster.challenges
    }
    assert [str(m) for m in response.context["messages"]] == [
        "Damp 2027 created with 3 challenges."
    ]


def test_an_empty_name_is_named_beside_its_group_and_nothing_is_created(
    staff_user, provider, other_provider
):
    damp_and_arrears(provider, other_provider)
    client = client_for(staff_user)
    damp_row = client.get(PAGE, {"k": "2"}).context["rows"][0]

    response = client.post(SEED, {"name": "", "challenge_ids": damp_row.ids, "k": "2"})

    assert response.status_code == 200
    page = response.content.decode()
    assert f'<a href="#{damp_row.cluster.key}-name">Cohort name: This field is required.</a>' in (
        page
    )
    failed_row, other_row = response.context["rows"]
    assert failed_row.seed.errors == {"name": ["This field is required."]}
    assert other_row.seed.errors == {}
    assert Cohort.objects.count() == 0


def test_a_taken_name_and_a_withdrawn_challenge_are_named(staff_user, provider):
    damp = damp_challenge(provider)
    client = client_for(staff_user)
    client.post(SEED, {"name": "Damp 2027", "challenge_ids": str(damp.pk)})

    response = client.post(SEED, {"name": "Damp 2027", "challenge_ids": f"{damp.pk},999999"})

    page = response.content.decode()
    assert "Cohort name: A cohort called “Damp 2027” already exists: choose another name." in page
    assert "Challenges: Only published challenges can join a cohort; not published: #999999." in (
        page
    )
    assert Cohort.objects.count() == 1
