"""An organisation's verdicts teach its later rankings, of the judged entry and of its other
entries like it; the scores stay the pair's own. Real model, real index."""

import pytest

from marketplace.catalogue import services
from marketplace.catalogue.models import Status
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.marketplace.catalogue.test_matches import ids, indexed, ranked_for
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def challenge(provider, title, summary):
    return ChallengeFactory(
        organisation=provider, status=Status.PUBLISHED, title=title, summary=summary,
        problem_statement=summary, desired_outcomes="Fewer mould reports next winter.",
    )  # fmt: skip


def solution(supplier, name, summary):
    return SolutionFactory(
        organisation=supplier, status=Status.PUBLISHED, name=name, summary=summary,
        description=summary,
    )  # fmt: skip


@pytest.fixture
def catalogue(provider, supplier):
    first, second, sensor, monitor, removal, paint = indexed(
        challenge(provider, "Damp and mould in our homes", "Mould grows in our homes."),
        challenge(
            provider,
            "Mould keeps coming back in our flats",
            "Residents keep reporting mould. We need a better way to deal with it.",
        ),
        solution(supplier, "Humidity sensors for damp risk",
                 "Battery sensors measure humidity and warn before mould grows."),
        solution(supplier, "Mould early warning monitors",
                 "Monitors log humidity in flats and warn staff before mould comes back."),
        solution(supplier, "Mould removal service",
                 "Our operatives wash and treat mould in bathrooms and bedrooms."),
        solution(supplier, "Anti-mould treatment and paint",
                 "We treat mould in flats so it does not come back, with fungicidal paint."),
    )  # fmt: skip
    return first, second, sensor, monitor, removal, paint


def judge(user, organisation, challenge, solution, verdict):
    reason = "We want to prevent mould, not clean it." if verdict == "not_relevant" else ""
    services.feedback_record(
        user=user, organisation=organisation, challenge=challenge, solution=solution,
        verdict=verdict, reason=reason,
    )  # fmt: skip


def test_verdicts_on_one_challenge_reorder_the_organisations_like_challenge(
    provider_member, provider, catalogue
):
    first, second, sensor, monitor, removal, paint = catalogue
    before = ranked_for(provider_member, provider, second)
    assert ids(before).index(paint.pk) < ids(before).index(monitor.pk)

    judge(provider_member, provider, first, sensor, "shortlist")
    judge(provider_member, provider, first, removal, "not_relevant")
    after = ranked_for(provider_member, provider, second)

    # Sensing, like the sensor shortlisted for the first challenge, rises above treating.
    assert ids(after).index(monitor.pk) < ids(after).index(paint.pk)
    moved = {item.entry.pk: item.match for item in after}
    assert moved[monitor.pk].nudge > 0 > moved[paint.pk].nudge
    # What moved is the order, not the pairs' scores.
    scores_before = {item.entry.pk: item.match.score for item in before}
    assert {pk: m.score for pk, m in moved.items()} == scores_before


def test_another_organisations_verdicts_do_not_reorder_mine(
    provider_member, provider, other_provider_admin, other_provider, supplier, catalogue
):
    _, second, sensor, _, removal, _ = catalogue
    theirs = challenge(other_provider, "Damp and mould in our homes", "Mould grows in our homes.")
    indexed(theirs)
    before = ids(ranked_for(provider_member, provider, second))

    judge(other_provider_admin, other_provider, theirs, sensor, "shortlist")
    judge(other_provider_admin, other_provider, theirs, removal, "not_relevant")

    assert ids(ranked_for(provider_member, provider, second)) == before
