"""A pair has one score: the same on the challenge's and the solution's matches, in the API,
a comparison, the cohort matrix and the e-mails; publishing unrelated entries leaves it."""

import pytest
from django.core import mail
from rest_framework.test import APIClient

from marketplace.matchmaking.digest import send_weekly_digest
from marketplace.matchmaking.matches import matches_among, score_words, solution_scores
from matching import engine
from tests.marketplace.catalogue.factories import SolutionFactory
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    payroll_solution,
    ranked_for,
    sensor_solution,
)
from tests.matching.support import after_refresh, fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def score_of(ranked, pk) -> float:
    return next(item.match.score for item in ranked if item.entry.pk == pk)


def api_scores(user, path) -> dict[int, float]:
    api = APIClient()
    api.force_authenticate(user)
    answer = api.get(path)
    assert answer.status_code == 200, answer.content
    body = answer.json()
    rows = body["results"] if isinstance(body, dict) else body
    return {row["entry"]["id"]: row["score"] for row in rows}


def test_the_same_pair_scores_the_same_from_both_sides_and_everywhere(
    provider_member, supplier_member, provider, supplier, settings,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    challenge, sensor, _ = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    on_challenge_page = score_of(ranked_for(provider_member, provider, challenge), sensor.pk)
    on_solution_page = score_of(ranked_for(supplier_member, supplier, sensor), challenge.pk)
    compared = matches_among(
        user=provider_member, organisation_id=provider.pk, entry=challenge, ids=[sensor.pk]
    )
    in_cohort_matrix = solution_scores(challenge, among={sensor.pk}, k=1)[sensor.pk]
    from_challenge_api = api_scores(provider_member, f"/api/v1/challenges/{challenge.pk}/matches/")
    from_solution_api = api_scores(supplier_member, f"/api/v1/solutions/{sensor.pk}/matches/")

    assert 0 < on_challenge_page < 1
    assert on_solution_page == on_challenge_page
    assert compared[0].match.score == on_challenge_page
    assert in_cohort_matrix == on_challenge_page
    assert from_challenge_api[sensor.pk] == on_challenge_page
    assert from_solution_api[challenge.pk] == on_challenge_page
    # The weekly digest e-mails both sides the same score, in the pages' words.
    settings.MATCH_DIGEST_MIN_SCORE = 0.0
    with django_capture_on_commit_callbacks(execute=True):
        send_weekly_digest()
    words = score_words(on_challenge_page)
    assert words.startswith(f"{on_challenge_page:.2f}, ")
    to_provider = next(m for m in mail.outbox if m.to == [provider_member.email])
    to_supplier = next(m for m in mail.outbox if m.to == [supplier_member.email])
    assert f"{sensor.title} ({words})" in to_provider.body
    assert f"{challenge.title} ({words})" in to_supplier.body


OTHER_SOLUTIONS = [
    ("Fleet tracking for repair vans", "Know where every van is.", "GPS and route planning."),
    ("Rent payment reminders", "Texts before rent is due.", "Friendly nudges cut arrears."),
    ("Lift monitoring", "Know when a lift stops.", "Sensors in the lift motor room."),
    ("Tenancy sign-up online", "Sign a tenancy from a phone.", "Identity checks and e-sign."),
    ("Grounds maintenance scheduling", "Plan grass cutting.", "Crews, rounds and photos."),
    ("Solar panel monitoring", "Spot a broken inverter.", "Generation compared each day."),
]


def other_solution(organisation, number: int):
    name, summary, description = OTHER_SOLUTIONS[number]
    return SolutionFactory(
        organisation=organisation, status="published", name=name, summary=summary,
        description=description, themes=[],
    )  # fmt: skip


def test_publishing_an_unrelated_entry_does_not_move_a_pairs_score(
    provider_member, provider, supplier, monkeypatch
):
    # Entries saved just before a build are read again beside it, in case clocks differ;
    # here every entry is, which a real catalogue's are not.
    monkeypatch.setattr(engine, "CLOCK_SKEW_ALLOWANCE", 0.0)
    challenge, sensor, *_ = indexed(
        damp_challenge(provider),
        sensor_solution(supplier),
        payroll_solution(supplier),
        *(other_solution(supplier, number) for number in range(5)),
    )
    before = score_of(ranked_for(provider_member, provider, challenge), sensor.pk)

    indexed(other_solution(supplier, 5))
    after_refresh()
    after = score_of(ranked_for(provider_member, provider, challenge), sensor.pk)

    assert after == before
