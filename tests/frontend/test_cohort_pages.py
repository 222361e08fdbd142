"""The cohort console for staff, and applying to cohorts for members."""

import pytest

from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, EntryStatus, PairingState, Stage
from marketplace.proposals.models import ExpressionOfInterest
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.test_matches import damp_challenge, indexed, sensor_solution
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def cohort(staff_user):
    return services.cohort_create(
        user=staff_user, name="Damp 2027", stage=Stage.OPEN, min_pairing_score=0.0
    )


@pytest.fixture
def paired(staff_user, cohort, provider, supplier):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))
    services.cohort_add_challenge(user=staff_user, cohort=cohort, challenge=challenge)
    place = services.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)
    services.cohort_accept_supplier(user=staff_user, place=place)
    return challenge, sensor


STAFF_PAGES = [
    "/staff/cohorts/",
    "/staff/cohorts/damp-2027/",
    "/staff/cohorts/damp-2027/matchmaking/",
    "/staff/cohorts/damp-2027/pairings.csv",
]


@pytest.mark.parametrize("page", STAFF_PAGES)
def test_cohort_console_does_not_exist_for_members(cohort, provider_admin, page):
    assert client_for(provider_admin).get(page).status_code == 404


@pytest.mark.parametrize(
    "action", ["matchmaking/optimise/", "matchmaking/confirm/", "invite-supplier/"]
)
def test_members_cannot_act_on_a_cohort(cohort, supplier_admin, action):
    response = client_for(supplier_admin).post(f"/staff/cohorts/damp-2027/{action}")

    assert response.status_code == 404


def test_staff_create_a_cohort_with_a_fee_in_pounds(staff_user):
    response = client_for(staff_user).post(
        "/staff/cohorts/",
        {
            "name": "Retrofit 2027",
            "stage": "planning",
            "fee": "250.50",
            "max_pilots_per_supplier": "2",
            "max_suppliers_per_challenge": "3",
            "min_pairing_score": "0.5",
        },
    )

    cohort = Cohort.objects.get()
    assert response["Location"] == "/staff/cohorts/retrofit-2027/"
    assert cohort.fee_pence == 25050


def test_a_cohort_without_a_name_shows_the_error_and_creates_nothing(staff_user):
    response = client_for(staff_user).post(
        "/staff/cohorts/",
        {"name": "", "stage": "planning", "max_pilots_per_supplier": "0"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Name: This field is required." in page
    assert "Max pilots per supplier: Ensure this value is greater than or equal to 1." in page
    assert not Cohort.objects.exists()


def test_matchmaking_scores_optimises_and_confirms_from_the_page(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    challenge, sensor = paired
    client = client_for(staff_user)

    with django_capture_on_commit_callbacks(execute=True):
        scoring = client.post("/staff/cohorts/damp-2027/matchmaking/score/")
    with django_capture_on_commit_callbacks(execute=True):
        optimising = client.post("/staff/cohorts/damp-2027/matchmaking/optimise/")
    # Each runs as a job whose page follows it and links back to the matrix when it is done.
    assert scoring["Location"].startswith("/staff/jobs/")
    job_page = client.get(optimising["Location"]).content.decode()
    assert "The optimiser suggests 1 pairings" in job_page
    assert 'href="/staff/cohorts/damp-2027/matchmaking/"' in job_page
    response = client.get("/staff/cohorts/damp-2027/matchmaking/")
    row = response.context["matrix"].rows[0]
    assert (row.challenge, [p.solution for p in row.pairings]) == (challenge, [sensor])

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/cohorts/damp-2027/matchmaking/confirm/")

    assert cohort.pairings.get().state == PairingState.CONFIRMED
    assert ExpressionOfInterest.objects.get().solution == sensor


def test_staff_remove_a_suggested_pairing(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/cohorts/damp-2027/matchmaking/score/")
    pairing = cohort.pairings.get()

    client.post("/staff/cohorts/damp-2027/pairings/remove/", {"pairing": pairing.pk})

    pairing.refresh_from_db()
    assert pairing.state == PairingState.REMOVED


def test_a_pairing_of_another_cohort_is_not_found(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff_user).post("/staff/cohorts/damp-2027/matchmaking/score/")
    other = services.cohort_create(user=staff_user, name="Other")
    pairing = cohort.pairings.get()

    response = client_for(staff_user).post(
        f"/staff/cohorts/{other.slug}/pairings/pin/", {"pairing": pairing.pk}
    )

    assert response.status_code == 404
    pairing.refresh_from_db()
    assert pairing.state == ""


def test_confirming_with_nothing_chosen_says_so(staff_user, cohort, paired):
    response = client_for(staff_user).post(
        "/staff/cohorts/damp-2027/matchmaking/confirm/", follow=True
    )

    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1 and "pairing" in messages[0].lower()
    assert not ExpressionOfInterest.objects.exists()


def test_pairings_csv_lists_scored_pairings(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    challenge, sensor = paired
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/cohorts/damp-2027/matchmaking/score/")

    response = client.get("/staff/cohorts/damp-2027/pairings.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Challenge,Provider,Solution,Supplier,Score,State"
    assert lines[1].startswith(f"{challenge.title},Tyne Homes,{sensor.name},Damp Sense,0.")


def test_provider_applies_with_a_published_challenge(cohort, provider, provider_admin):
    (challenge,) = indexed(damp_challenge(provider))

    response = client_for(provider_admin).post(
        "/cohorts/damp-2027/apply-with-challenge/", {"challenge": challenge.pk}, follow=True
    )

    assert cohort.entries.get().status == EntryStatus.APPLIED
    assert "applied" in response.content.decode()


def test_a_provider_cannot_apply_with_another_organisations_challenge(
    cohort, other_provider, provider_admin
):
    (theirs,) = indexed(damp_challenge(other_provider))

    response = client_for(provider_admin).post(
        "/cohorts/damp-2027/apply-with-challenge/", {"challenge": theirs.pk}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [
        "Choose one of your published challenges."
    ]
    assert not cohort.entries.exists()


def test_members_cannot_apply_once_the_cohort_is_matching(staff_user, cohort, supplier_admin):
    services.cohort_update(user=staff_user, cohort=cohort, stage=Stage.MATCHING)

    response = client_for(supplier_admin).post("/cohorts/damp-2027/apply-as-supplier/", follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        "Damp 2027 is not taking applications (matching)."
    ]
    assert not cohort.suppliers.exists()


def test_a_supplier_takes_up_an_invitation_to_a_free_cohort(
    staff_user, cohort, supplier, supplier_admin
):
    services.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)

    page = client_for(supplier_admin).get("/cohorts/").content.decode()
    assert "Accept the invitation" in page
    client_for(supplier_admin).post("/cohorts/damp-2027/accept-invitation/")

    assert cohort.suppliers.get().status == EntryStatus.CONFIRMED


def test_a_plain_member_cannot_apply_for_the_organisation(cohort, supplier_member):
    response = client_for(supplier_member).post(
        "/cohorts/damp-2027/apply-as-supplier/", follow=True
    )

    assert not cohort.suppliers.exists()
    assert len(list(response.context["messages"])) == 1


def test_cohorts_page_needs_an_organisation(outsider):
    assert client_for(outsider).get("/cohorts/").status_code == 404


def test_stage_dates_out_of_order_are_refused_by_field(staff_user, cohort):
    response = client_for(staff_user).post(
        "/staff/cohorts/damp-2027/",
        {
            "name": "Damp 2027",
            "stage": "open",
            "opens_on": "2027-03-01",
            "matching_on": "2027-02-01",
            "max_pilots_per_supplier": "2",
            "max_suppliers_per_challenge": "3",
            "min_pairing_score": "1.5",
        },
    )

    page = response.content.decode()
    assert "Min pairing score: Ensure this value is less than or equal to 1." in page
    cohort.refresh_from_db()
    assert cohort.matching_on is None

    response = client_for(staff_user).post(
        "/staff/cohorts/damp-2027/",
        {
            "name": "Damp 2027",
            "stage": "open",
            "opens_on": "2027-03-01",
            "matching_on": "2027-02-01",
            "max_pilots_per_supplier": "2",
            "max_suppliers_per_challenge": "3",
            "min_pairing_score": "0.5",
        },
    )
    assert "Matching starts: This cannot be before “opens for applications”." in (
        response.content.decode()
    )
    cohort.refresh_from_db()
    assert cohort.matching_on is None


def test_staff_pair_two_entries_by_hand_and_it_is_pinned(
    staff_user, cohort, paired, other_supplier
):
    challenge, sensor = paired

    client_for(staff_user).post(
        "/staff/cohorts/damp-2027/pairings/add/", {"challenge": challenge.pk, "solution": sensor.pk}
    )

    page = client_for(staff_user).get("/staff/cohorts/damp-2027/matchmaking/").content.decode()
    assert cohort.pairings.get().state == PairingState.PINNED
    assert f'<option value="{sensor.pk}">{sensor.name} (Damp Sense)</option>' in page
    assert "Pinned by staff" in page


def test_staff_read_why_a_pairing_scored_as_it_did(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/cohorts/damp-2027/matchmaking/score/")
    pairing = cohort.pairings.get()
    page = client.get("/staff/cohorts/damp-2027/matchmaking/").content.decode()
    assert f'hx-get="/staff/cohorts/damp-2027/pairings/{pairing.pk}/why/"' in page

    fragment = client.get(
        f"/staff/cohorts/damp-2027/pairings/{pairing.pk}/why/", headers={"HX-Request": "true"}
    ).content.decode()

    assert "<html" not in fragment
    assert "Shared themes: Damp, mould and condensation" in fragment
    assert "Where the texts agree most:" in fragment


def test_reasons_of_a_pairing_in_another_cohort_are_not_found(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff_user).post("/staff/cohorts/damp-2027/matchmaking/score/")
    other = services.cohort_create(user=staff_user, name="Other")

    response = client_for(staff_user).get(
        f"/staff/cohorts/{other.slug}/pairings/{cohort.pairings.get().pk}/why/"
    )

    assert response.status_code == 404
