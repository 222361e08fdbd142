"""The staff API for cohorts, pairings and the funnel: the whole path and every refusal."""

import pytest
from rest_framework.test import APIClient

from marketplace.catalogue.models import Status
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, CohortSupplier, Pairing, PairingState
from marketplace.core.models import AuditEntry
from marketplace.organisations.models import OrganisationKind
from marketplace.proposals.models import ExpressionOfInterest, InterestDirection
from tests.conftest import make_organisation
from tests.marketplace.catalogue.factories import DAMP, ChallengeFactory
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    payroll_solution,
    sensor_solution,
)
from tests.marketplace.cohorts.test_insight import damp_and_arrears
from tests.marketplace.cohorts.test_services import taking_part
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

COHORTS = "/api/v1/cohorts/"
URL = f"{COHORTS}damp-2027/"
CLUSTERS = "/api/v1/clusters/"


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def staff_api(staff_user) -> APIClient:
    return api_as(staff_user)


@pytest.fixture
def cohort(staff_user) -> Cohort:
    return services.cohort_create(
        user=staff_user,
        name="Damp 2027",
        max_pilots_per_supplier=1,
        max_suppliers_per_challenge=2,
        min_pairing_score=0.3,
    )


@pytest.fixture
def entries(provider, supplier, other_supplier):
    """The damp challenge, the damp sensor and the payroll tool, indexed for the matcher."""
    return indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(other_supplier)
    )


@pytest.fixture
def scored(staff_user, cohort, entries, supplier, other_supplier) -> dict[int, Pairing]:
    """The cohort scored: its pairings by solution id."""
    challenge, *_ = entries
    taking_part(staff_user, cohort, [challenge], [supplier, other_supplier])
    services.cohort_score(user=staff_user, cohort=cohort)
    return {p.solution_id: p for p in cohort.pairings.all()}


def states_of(cohort: Cohort) -> dict[int, str]:
    return dict(cohort.pairings.values_list("solution_id", "state"))


def post(api: APIClient, path: str, body: dict | None = None):
    return api.post(path, body or {}, format="json")


# The whole path


def test_cohort_from_creation_to_confirmed_pairings_through_the_api(
    staff_api, entries, supplier, other_supplier
):
    challenge, sensor, payroll = entries

    created = post(
        staff_api,
        COHORTS,
        {"name": "Damp 2027", "themes": [DAMP], "max_pilots_per_supplier": 1,
         "max_suppliers_per_challenge": 2, "min_pairing_score": 0.0},
    )  # fmt: skip
    assert created.status_code == 201, created.json()
    assert (created.json()["slug"], created.json()["stage"], created.json()["themes"]) == (
        "damp-2027",
        "planning",
        [DAMP],
    )
    patched = staff_api.patch(URL, {"stage": "matching", "matching_on": "2027-03-01"})
    assert (patched.status_code, patched.json()["stage"]) == (200, "matching")
    assert patched.json()["matching_on"] == "2027-03-01"

    added = post(staff_api, f"{URL}challenges/", {"challenge": challenge.pk})
    assert (added.status_code, added.json()["status"]) == (201, "accepted")
    for organisation in (supplier, other_supplier):
        invited = post(staff_api, f"{URL}suppliers/", {"organisation": organisation.slug})
        assert (invited.status_code, invited.json()["status"]) == (201, "invited")
        accepted = post(staff_api, f"{URL}suppliers/{organisation.slug}/accept/")
        assert (accepted.status_code, accepted.json()["status"]) == (200, "confirmed")
    counts = staff_api.get(URL).json()
    assert (counts["challenge_count"], counts["supplier_count"], counts["pairing_count"]) == (
        1,
        2,
        0,
    )

    by_hand = post(
        staff_api, f"{URL}pairings/", {"challenge": challenge.pk, "solution": payroll.pk}
    )
    assert (by_hand.status_code, by_hand.json()["state"]) == (201, "pinned")
    assert post(staff_api, f"{URL}score/").json() == {"scored": 2}
    pairings = staff_api.get(f"{URL}pairings/").json()["results"]
    assert [(p["solution"]["id"], p["state"]) for p in pairings] == [
        (sensor.pk, "scored"),
        (payroll.pk, "pinned"),
    ]
    sensor_id, payroll_score = pairings[0]["id"], pairings[1]["score"]

    optimised = post(staff_api, f"{URL}optimise/").json()
    assert optimised["suggested"] == 1
    assert optimised["total"] == pytest.approx(pairings[0]["score"] + payroll_score)
    suggested = staff_api.get(f"{URL}pairings/", {"state": "suggested"}).json()
    assert [p["id"] for p in suggested["results"]] == [sensor_id]

    removed = post(staff_api, f"{URL}pairings/{sensor_id}/remove/")
    assert (removed.status_code, removed.json()["state"]) == (200, "removed")
    assert post(staff_api, f"{URL}optimise/").json() == {
        "suggested": 0,
        "total": pytest.approx(payroll_score),
    }
    reset = post(staff_api, f"{URL}pairings/{sensor_id}/reset/")
    assert (reset.status_code, reset.json()["state"]) == (200, "scored")
    assert post(staff_api, f"{URL}optimise/").json()["suggested"] == 1

    assert post(staff_api, f"{URL}confirm/").json() == {"confirmed": 2}
    confirmed = staff_api.get(f"{URL}pairings/", {"state": "confirmed"}).json()
    interests = ExpressionOfInterest.objects.order_by("solution_id")
    assert [p["interest"] for p in confirmed["results"]] == [
        interests.get(solution=sensor).pk,
        interests.get(solution=payroll).pk,
    ]
    assert {i.direction for i in interests} == {InterestDirection.PROGRAMME_PAIRING}
    steps = staff_api.get(f"{URL}funnel/").json()["funnel"]
    assert [(s["key"], s["count"]) for s in steps] == [
        ("posted", 1),
        ("published", 1),
        ("matched", 1),
        ("interests", 1),
        ("proposals", 0),
        ("approved", 0),
        ("completed", 0),
    ]


# Who may use it


ENDPOINTS = [
    ("get", COHORTS, None),
    ("post", COHORTS, {"name": "Mine"}),
    ("get", URL, None),
    ("patch", URL, {"name": "Mine"}),
    ("get", f"{URL}challenges/", None),
    ("post", f"{URL}challenges/", {"challenge": 1}),
    ("get", f"{URL}suppliers/", None),
    ("post", f"{URL}suppliers/", {"organisation": "damp-sense"}),
    ("post", f"{URL}suppliers/vent-co/accept/", None),
    ("get", f"{URL}pairings/", None),
    ("post", f"{URL}pairings/", {"challenge": 1, "solution": 1}),
    ("post", f"{URL}pairings/{{pairing}}/pin/", None),
    ("post", f"{URL}pairings/{{pairing}}/remove/", None),
    ("post", f"{URL}pairings/{{pairing}}/reset/", None),
    ("post", f"{URL}score/", None),
    ("post", f"{URL}optimise/", None),
    ("post", f"{URL}confirm/", None),
    ("get", f"{URL}funnel/", None),
    ("get", "/api/v1/funnel/", None),
    ("get", CLUSTERS, {"k": 2}),
    ("post", f"{CLUSTERS}cohort/", {"name": "Mine", "challenge_ids": [1]}),
]


@pytest.fixture
def invited(staff_user, cohort, scored) -> CohortSupplier:
    newcomer = make_organisation("Vent Co", OrganisationKind.SUPPLIER, "11223344")
    return services.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=newcomer)


@pytest.mark.parametrize("persona", ["provider_admin", "supplier_admin", "outsider"])
@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_everyone_but_staff_gets_404_and_nothing_changes(
    request, cohort, scored, invited, persona, method, path, body
):
    api = api_as(request.getfixturevalue(persona))
    before = (states_of(cohort), Cohort.objects.count(), invited.status)
    audited = AuditEntry.objects.count()

    pairing = next(iter(scored.values())).pk
    if method == "get":
        response = api.get(path.format(pairing=pairing), body)
    else:
        response = getattr(api, method)(path.format(pairing=pairing), body, format="json")

    assert response.status_code == 404
    invited.refresh_from_db()
    assert (states_of(cohort), Cohort.objects.count(), invited.status) == before
    assert AuditEntry.objects.count() == audited


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_anonymous_is_refused(cohort, method, path, body):
    api = api_as(None)
    if method == "get":
        response = api.get(path.format(pairing=1), body)
    else:
        response = getattr(api, method)(path.format(pairing=1), body, format="json")

    assert response.status_code == 403
    assert Cohort.objects.count() == 1


@pytest.mark.parametrize(
    ("method", "path"),
    [(method, path) for method, path, _ in ENDPOINTS if path.startswith(URL)],
)
def test_an_unknown_cohort_is_404_for_staff(staff_api, method, path):
    response = getattr(staff_api, method)(
        path.replace("damp-2027", "no-such-cohort").format(pairing=1), {}, format="json"
    )

    assert response.status_code == 404


# Cohorts


def test_cohort_list_is_newest_first_with_counts_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, staff_api, staff_user, cohort, scored
):
    for name in ("Retrofit 2027", "Repairs 2028"):
        services.cohort_create(user=staff_user, name=name, themes=[])

    with django_assert_max_num_queries(4):
        response = staff_api.get(COHORTS)

    rows = response.json()["results"]
    assert [r["slug"] for r in rows] == ["repairs-2028", "retrofit-2027", "damp-2027"]
    assert [(r["challenge_count"], r["supplier_count"], r["pairing_count"]) for r in rows] == [
        (0, 0, 0),
        (0, 0, 0),
        (1, 2, 2),
    ]
    assert rows[2]["created_by"]["email"] == "staff@launchpad.example"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 161}, "name"),
        ({"stage": "later"}, "stage"),
        ({"opens_on": "2027-02-30"}, "opens_on"),
        ({"fee_pence": -1}, "fee_pence"),
        ({"fee_pence": "ten pounds"}, "fee_pence"),
        ({"max_pilots_per_supplier": 0}, "max_pilots_per_supplier"),
        ({"max_suppliers_per_challenge": 10**30}, "max_suppliers_per_challenge"),
        ({"min_pairing_score": 1.5}, "min_pairing_score"),
        ({"min_pairing_score": "abc"}, "min_pairing_score"),
        ({"themes": ["no-such-theme"]}, "themes"),
        ({"themes": "damp"}, "themes"),
        ({"slug": "my-own-slug"}, "slug"),
        ({"created_by": 1}, "created_by"),
    ],
)
def test_invalid_cohort_is_400_naming_the_field(staff_api, cohort, change, field):
    created = post(staff_api, COHORTS, {"name": "Retrofit 2027", **change})
    patched = staff_api.patch(URL, change, format="json")

    assert (created.status_code, patched.status_code) == (400, 400)
    assert field in created.json()
    assert field in patched.json()
    assert Cohort.objects.count() == 1
    cohort.refresh_from_db()
    assert (cohort.name, cohort.stage, cohort.min_pairing_score) == ("Damp 2027", "planning", 0.3)


def test_a_second_cohort_with_the_same_name_is_400(staff_api, cohort):
    response = post(staff_api, COHORTS, {"name": "Damp 2027"})

    assert response.status_code == 400
    assert "name" in response.json()
    assert Cohort.objects.count() == 1


def test_patch_changes_only_what_is_sent_and_themes_replace(staff_api, cohort):
    post(staff_api, COHORTS, {"name": "Retrofit 2027", "themes": [DAMP]})

    response = staff_api.patch(
        f"{COHORTS}retrofit-2027/", {"fee_pence": 50_000, "themes": []}, format="json"
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["fee_pence"], body["themes"]) == ("Retrofit 2027", 50_000, [])
    assert body["max_pilots_per_supplier"] == 2


# Who takes part


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "challenge"),
        ({"challenge": "abc"}, "challenge"),
        ({"challenge": 10**30}, "challenge"),
        ({"challenge": 999_999}, "challenge"),
    ],
)
def test_adding_a_challenge_that_is_not_there_is_400(staff_api, cohort, body, field):
    response = post(staff_api, f"{URL}challenges/", body)

    assert response.status_code == 400
    assert field in response.json()
    assert cohort.entries.count() == 0


def test_a_draft_challenge_cannot_join(staff_api, cohort, provider):
    draft = ChallengeFactory(organisation=provider, status=Status.DRAFT)

    response = post(staff_api, f"{URL}challenges/", {"challenge": draft.pk})

    assert response.status_code == 400
    assert response.json() == {"challenge": [f"No published challenge has id {draft.pk}."]}
    assert cohort.entries.count() == 0


def test_challenges_and_suppliers_list_with_their_status(staff_api, cohort, scored, invited):
    challenges = staff_api.get(f"{URL}challenges/").json()["results"]
    suppliers = staff_api.get(f"{URL}suppliers/").json()["results"]

    assert [(c["challenge"]["title"], c["status"]) for c in challenges] == [
        ("Find damp and mould before residents report it", "accepted")
    ]
    assert [(p["organisation"]["slug"], p["status"]) for p in suppliers] == [
        ("damp-sense", "confirmed"),
        ("heat-logic", "confirmed"),
        ("vent-co", "invited"),
    ]


@pytest.mark.parametrize("organisation", ["tyne-homes", "no-such-supplier", "", "Not A Slug!"])
def test_only_a_supplier_can_be_invited(staff_api, cohort, provider, organisation):
    response = post(staff_api, f"{URL}suppliers/", {"organisation": organisation})

    assert response.status_code == 400
    assert "organisation" in response.json()
    assert cohort.suppliers.count() == 0


def test_a_paid_cohort_accepts_a_place_that_waits_for_the_fee(staff_api, staff_user, supplier):
    paid = services.cohort_create(user=staff_user, name="Paid 2027", fee_pence=25_000)
    services.cohort_invite_supplier(user=staff_user, cohort=paid, organisation=supplier)

    response = post(staff_api, f"{COHORTS}paid-2027/suppliers/damp-sense/accept/")

    assert (response.status_code, response.json()["status"]) == (200, "accepted")


def test_accepting_a_supplier_without_a_place_is_404(staff_api, cohort, other_supplier):
    response = post(staff_api, f"{URL}suppliers/{other_supplier.slug}/accept/")

    assert response.status_code == 404
    assert cohort.suppliers.count() == 0


# Pairings


def test_pairings_list_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, staff_api, staff_user, cohort, scored, entries
):
    services.pairing_decide(user=staff_user, pairing=scored[entries[1].pk], state="pinned")

    with django_assert_max_num_queries(3):
        response = staff_api.get(f"{URL}pairings/")

    assert response.json()["count"] == 2
    assert response.json()["results"][0]["decided_by"]["email"] == "staff@launchpad.example"


def test_pairings_filter_by_an_unknown_state_is_400(staff_api, scored):
    response = staff_api.get(f"{URL}pairings/", {"state": "maybe"})

    assert response.status_code == 400
    assert "state" in response.json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"solution": "{sensor}"}, "challenge"),
        ({"challenge": "{challenge}"}, "solution"),
        ({"challenge": "{outside}", "solution": "{sensor}"}, "challenge"),
        ({"challenge": "{challenge}", "solution": "{outside_solution}"}, "solution"),
        ({"challenge": "{challenge}", "solution": "{challenge}x"}, "solution"),
        ({"challenge": 10**30, "solution": "{sensor}"}, "challenge"),
    ],
)
def test_pairing_entries_not_taking_part_is_400(
    staff_api, cohort, scored, entries, provider, supplier, body, field
):
    challenge, sensor, _payroll = entries
    ids = {
        "challenge": challenge.pk,
        "sensor": sensor.pk,
        "outside": damp_challenge(provider).pk,
        "outside_solution": sensor_solution(supplier, status=Status.SUBMITTED).pk,
    }
    body = {key: str(value).format(**ids) for key, value in body.items()}
    before = states_of(cohort)

    response = post(staff_api, f"{URL}pairings/", body)

    assert response.status_code == 400
    assert field in response.json()
    assert states_of(cohort) == before


def test_a_pairing_of_another_cohort_is_404(staff_api, staff_user, scored, entries):
    other = services.cohort_create(user=staff_user, name="Retrofit 2027")
    pairing = scored[entries[1].pk]

    response = post(staff_api, f"{COHORTS}{other.slug}/pairings/{pairing.pk}/pin/")

    assert response.status_code == 404
    pairing.refresh_from_db()
    assert pairing.state == ""


@pytest.mark.parametrize("pk", [999_999, 10**30])
def test_an_unknown_pairing_is_404(staff_api, scored, pk):
    assert post(staff_api, f"{URL}pairings/{pk}/pin/").status_code == 404


def test_a_confirmed_pairing_cannot_be_removed(staff_api, staff_user, cohort, scored, entries):
    pairing = scored[entries[1].pk]
    services.pairing_decide(user=staff_user, pairing=pairing, state="pinned")
    services.cohort_confirm(user=staff_user, cohort=cohort)

    response = post(staff_api, f"{URL}pairings/{pairing.pk}/remove/")

    assert response.status_code == 400
    assert response.json()["detail"] == "This pairing is confirmed: its invitation has gone out."
    pairing.refresh_from_db()
    assert pairing.state == PairingState.CONFIRMED


# Score, optimise, confirm


def test_optimising_before_scoring_is_400(staff_api, cohort):
    response = post(staff_api, f"{URL}optimise/")

    assert response.status_code == 400
    assert response.json()["detail"].startswith("Score the cohort first")


def test_pins_beyond_a_suppliers_capacity_are_400_naming_the_supplier(
    staff_api, staff_user, cohort, provider, supplier
):
    first, second, sensor = indexed(
        damp_challenge(provider), damp_challenge(provider), sensor_solution(supplier)
    )
    taking_part(staff_user, cohort, [first, second], [supplier])
    for challenge in (first, second):
        response = post(
            staff_api, f"{URL}pairings/", {"challenge": challenge.pk, "solution": sensor.pk}
        )
        assert response.status_code == 201

    response = post(staff_api, f"{URL}optimise/")

    assert response.status_code == 400
    assert response.json() == {
        "detail": "Damp Sense has 2 pinned pilots; the cohort allows 1.",
        "code": "capacity",
    }
    assert states_of(cohort) == {sensor.pk: PairingState.PINNED}


def test_confirming_with_nothing_picked_is_409_and_sends_nothing(staff_api, cohort, scored):
    audited = AuditEntry.objects.count()

    response = post(staff_api, f"{URL}confirm/")

    assert response.status_code == 409
    assert response.json()["code"] == "nothing_picked"
    assert ExpressionOfInterest.objects.count() == 0
    assert set(states_of(cohort).values()) == {""}
    assert AuditEntry.objects.count() == audited


def test_scoring_an_empty_cohort_scores_nothing(staff_api, cohort):
    response = post(staff_api, f"{URL}score/")

    assert (response.status_code, response.json()) == (200, {"scored": 0})


# Funnel


def test_the_overall_funnel_counts_every_challenge_and_the_cohort_only_its_own(
    staff_api, cohort, scored, provider, supplier, other_supplier
):
    ChallengeFactory(organisation=provider, status=Status.DRAFT)

    overall = staff_api.get("/api/v1/funnel/").json()
    in_cohort = staff_api.get(f"{URL}funnel/").json()

    assert [s["count"] for s in overall["funnel"]][:2] == [2, 1]
    assert [s["count"] for s in in_cohort["funnel"]][:2] == [1, 1]
    assert overall["match_feedback"] == {"shortlist": 0, "dismiss": 0, "not_relevant": 0}
    assert [s["stage"] for s in overall["time_in_stage"]] == [
        "draft",
        "submitted",
        "changes_requested",
        "resubmitted",
        "approved",
        "in_pilot",
    ]
    assert [r["organisation"] for r in in_cohort["supplier_responses"]] == [
        "Damp Sense",
        "Heat Logic",
    ]
    assert in_cohort["supplier_responses"][0] == {
        "organisation": "Damp Sense",
        "received": 0,
        "answered": 0,
        "accepted": 0,
        "rate": None,
    }


# Demand clusters


def test_clusters_group_the_damp_challenges_and_seed_a_cohort(staff_api, provider, other_provider):
    damp, mould, bathrooms, *_ = damp_and_arrears(provider, other_provider)

    response = staff_api.get(CLUSTERS, {"k": 2})

    assert response.status_code == 200
    damp_group = response.json()[0]
    assert sorted(c["id"] for c in damp_group["challenges"]) == [damp.pk, mould.pk, bathrooms.pk]
    assert (damp_group["size"], damp_group["homes_total"]) == (3, 650)
    assert [p["slug"] for p in damp_group["providers"]] == ["mersey-homes", "tyne-homes"]
    assert {"damp", "mould"} <= set(damp_group["top_terms"])
    assert (damp_group["best_solution_score"], damp_group["unmet"]) == (None, True)

    seeded = post(
        staff_api,
        f"{CLUSTERS}cohort/",
        {"name": "Damp 2027", "challenge_ids": [c["id"] for c in damp_group["challenges"]]},
    )

    assert seeded.status_code == 201
    assert (seeded.json()["slug"], seeded.json()["stage"]) == ("damp-2027", "planning")
    assert (seeded.json()["challenge_count"], seeded.json()["themes"]) == (3, [DAMP])


def test_unmet_lists_only_the_demand_no_solution_serves(
    staff_api, provider, other_provider, supplier
):
    *_, arrears, struggling = damp_and_arrears(provider, other_provider)
    indexed(sensor_solution(supplier))

    every = staff_api.get(CLUSTERS, {"k": 2}).json()
    unmet = staff_api.get(CLUSTERS, {"k": 2, "unmet": "true"}).json()

    assert [c["unmet"] for c in every] == [False, True]
    assert [sorted(c["id"] for c in group["challenges"]) for group in unmet] == [
        sorted([arrears.pk, struggling.pk])
    ]


def test_clusters_of_an_empty_catalogue_are_an_empty_list(staff_api):
    response = staff_api.get(CLUSTERS)

    assert (response.status_code, response.json()) == (200, [])


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"k": "abc"}, "k"),
        ({"k": 0}, "k"),
        ({"k": -1}, "k"),
        ({"k": 201}, "k"),
        ({"k": 10**30}, "k"),
        ({"k": "1.5"}, "k"),
        ({"unmet": "maybe"}, "unmet"),
    ],
)
def test_bad_cluster_query_is_400_naming_the_field(staff_api, provider, query, field):
    damp_challenge(provider)

    response = staff_api.get(CLUSTERS, query)

    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, ["challenge_ids", "name"]),
        ({"name": "   ", "challenge_ids": ["{damp}"]}, ["name"]),
        ({"name": "!!!", "challenge_ids": ["{damp}"]}, ["name"]),
        ({"name": "x" * 161, "challenge_ids": ["{damp}"]}, ["name"]),
        ({"name": "damp 2027", "challenge_ids": ["{damp}"]}, ["name"]),
        ({"name": "Mould", "challenge_ids": []}, ["challenge_ids"]),
        ({"name": "Mould", "challenge_ids": "{damp}"}, ["challenge_ids"]),
        ({"name": "Mould", "challenge_ids": ["abc"]}, ["challenge_ids"]),
        ({"name": "Mould", "challenge_ids": [10**30]}, ["challenge_ids"]),
        ({"name": "Mould", "challenge_ids": ["{draft}"]}, ["challenge_ids"]),
        ({"name": "Mould", "challenge_ids": [999_999]}, ["challenge_ids"]),
    ],
)
def test_seeding_a_cohort_with_bad_input_is_400_and_creates_nothing(
    staff_api, cohort, provider, body, fields
):
    ids = {
        "damp": damp_challenge(provider).pk,
        "draft": ChallengeFactory(organisation=provider, status=Status.DRAFT).pk,
    }
    body = {
        key: [str(v).format(**ids) for v in value]
        if isinstance(value, list)
        else str(value).format(**ids)
        for key, value in body.items()
    }
    audited = AuditEntry.objects.count()

    response = post(staff_api, f"{CLUSTERS}cohort/", body)

    assert response.status_code == 400
    assert sorted(response.json()) == fields
    assert Cohort.objects.count() == 1
    assert AuditEntry.objects.count() == audited
