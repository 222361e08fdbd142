import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError

from marketplace.catalogue import services
from marketplace.catalogue.models import MatchFeedback, Status
from marketplace.matchmaking.matches import document_for, matches_for, sync_with_matcher
from matching import engine
from matching.models import StoredDocument
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.factories import DAMP, ChallengeFactory, SolutionFactory
from tests.matching.support import after_refresh, fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def damp_challenge(organisation, **fields):
    return ChallengeFactory(
        organisation=organisation,
        status=Status.PUBLISHED,
        title="Find damp and mould before residents report it",
        summary="Condensation and black mould grow in bathrooms and bedrooms.",
        problem_statement="Residents report damp weeks after it starts.",
        desired_outcomes="Spot rising humidity early and send a surveyor.",
        # Per-home prices are costed over the homes in the pilot, not all those affected.
        **{"homes_affected": 400, "pilot_homes": 150, **fields},
    )


def sensor_solution(organisation, **fields):
    return SolutionFactory(
        organisation=organisation,
        status=fields.pop("status", Status.PUBLISHED),
        name="Humidity sensors for damp and mould",
        summary="Battery sensors measure humidity in every room.",
        description="Alerts reach the repairs team before condensation turns into mould.",
        **fields,
    )


def payroll_solution(organisation, **fields):
    return SolutionFactory(
        organisation=organisation,
        status=Status.PUBLISHED,
        name="Payroll for housing staff",
        summary="Pay staff and contractors on time every month.",
        description="Timesheets, holiday pay and pension contributions in one tool.",
        themes=[],
        **fields,
    )


def indexed(*entries):
    for entry in entries:
        sync_with_matcher(type(entry).__name__.lower(), entry.pk)
    return entries


def ranked_for(user, organisation, entry, **filters):
    return matches_for(user=user, organisation_id=organisation.pk, entry=entry, filters=filters)


def ids(ranked) -> list[int]:
    return [item.entry.pk for item in ranked]


# Ranking


def test_damp_challenge_ranks_the_damp_sensor_above_the_payroll_tool(
    provider_member, provider, supplier
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    ranked = ranked_for(provider_member, provider, challenge)

    assert ids(ranked) == [sensor.pk, payroll.pk]
    assert ranked[0].match.score > ranked[1].match.score
    assert [item.verdict for item in ranked] == [None, None]


def test_supplier_sees_the_damp_challenge_for_its_sensor(supplier_member, provider, supplier):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))

    ranked = ranked_for(supplier_member, supplier, sensor)

    assert ids(ranked) == [challenge.pk]


def test_reasons_name_shared_themes_regions_budget_and_three_sentence_pairs(
    provider_member, provider, supplier
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    ranked = ranked_for(provider_member, provider, challenge)

    assert ids(ranked) == [sensor.pk, payroll.pk]
    reason = ranked[0].match.reason
    assert reason.shared_themes == (DAMP,)
    assert reason.shared_regions == ("TLC",)
    assert reason.fit_notes == (
        "Pilot cost: £25 × 150 homes × 1 year = £3,750, within the £20,000 budget",
    )
    assert len(reason.sentence_pairs) == 3
    challenge_sentences = {
        "Find damp and mould before residents report it.",
        "Condensation and black mould grow in bathrooms and bedrooms.",
        "Residents report damp weeks after it starts.",
        "Spot rising humidity early and send a surveyor.",
    }
    sensor_sentences = {
        "Humidity sensors for damp and mould.",
        "Battery sensors measure humidity in every room.",
        "Alerts reach the repairs team before condensation turns into mould.",
    }
    assert {pair.query_sentence for pair in reason.sentence_pairs} < challenge_sentences
    assert {pair.match_sentence for pair in reason.sentence_pairs} == sensor_sentences
    similarities = [pair.similarity for pair in reason.sentence_pairs]
    assert similarities == sorted(similarities, reverse=True)
    assert ranked[1].match.reason.shared_themes == ()


def test_score_and_each_component_are_between_zero_and_one(provider_member, provider, supplier):
    challenge, *_ = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    ranked = ranked_for(provider_member, provider, challenge)

    assert len(ranked) == 2
    for item in ranked:
        parts = item.match.components
        assert all(0 <= value <= 1 for value in (parts.dense, parts.lead, parts.lexical))
        assert 0 <= parts.structured <= 1
        assert 0 <= item.match.score <= 1
    # Each text component says how the candidate stands against the challenge's best ones.
    top, bottom = (item.match.components for item in ranked)
    assert top.dense > bottom.dense and top.lead > bottom.lead and top.lexical > bottom.lexical


# The catalogue keeps the matcher in step


def test_publishing_a_solution_adds_it_to_the_matches(
    django_capture_on_commit_callbacks, staff_user, provider_member, provider, supplier
):
    challenge, payroll = indexed(damp_challenge(provider), payroll_solution(supplier))
    assert ids(ranked_for(provider_member, provider, challenge)) == [payroll.pk]
    submitted = sensor_solution(supplier, status=Status.SUBMITTED)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.entry_publish(submitted, user=staff_user)
    after_refresh()

    assert len(callbacks) == 1
    assert ids(ranked_for(provider_member, provider, challenge)) == [submitted.pk, payroll.pk]


def test_editing_a_solution_text_changes_its_score_and_rank_once_published_again(
    django_capture_on_commit_callbacks,
    supplier_admin,
    provider_member,
    provider,
    supplier,
    staff_user,
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )
    ranked = ranked_for(provider_member, provider, challenge)
    before = {item.entry.pk: item.match.score for item in ranked}
    assert list(before) == [sensor.pk, payroll.pk]

    with django_capture_on_commit_callbacks(execute=True):
        services.entry_update(
            payroll,
            user=supplier_admin,
            name="Find damp and mould before residents report it",
            summary="Condensation and black mould grow in bathrooms and bedrooms.",
            description="Residents report damp weeks after it starts; we spot rising humidity.",
        )
    after_refresh()
    # Held for review: out of the matches until staff have read the new text.
    assert ids(ranked_for(provider_member, provider, challenge)) == [sensor.pk]
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_publish(payroll, user=staff_user)
    after_refresh()

    after = ranked_for(provider_member, provider, challenge)
    assert ids(after) == [payroll.pk, sensor.pk]
    assert after[0].match.score != before[payroll.pk]
    row = StoredDocument.objects.get(kind="solution", object_id=payroll.pk)
    assert row.text.startswith("Find damp and mould before residents report it.")


def test_closing_a_solution_removes_it_from_the_matches(
    django_capture_on_commit_callbacks, supplier_admin, provider_member, provider, supplier
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )
    assert ids(ranked_for(provider_member, provider, challenge)) == [sensor.pk, payroll.pk]

    with django_capture_on_commit_callbacks(execute=True):
        services.entry_close(sensor, user=supplier_admin)
    after_refresh()

    assert StoredDocument.objects.get(kind="solution", object_id=sensor.pk).is_searchable is False
    assert ids(ranked_for(provider_member, provider, challenge)) == [payroll.pk]


def test_another_organisations_draft_never_appears(
    provider_member, provider, supplier, other_supplier
):
    challenge, payroll, draft = indexed(
        damp_challenge(provider),
        payroll_solution(supplier),
        sensor_solution(other_supplier, status=Status.DRAFT),
    )
    assert not StoredDocument.objects.filter(kind="solution", object_id=draft.pk).exists()

    assert ids(ranked_for(provider_member, provider, challenge)) == [payroll.pk]


def test_a_draft_with_stale_vectors_in_the_matcher_still_never_appears(
    provider_member, provider, supplier, other_supplier
):
    # As if its sync were still queued: the matcher knows it, the catalogue says draft.
    challenge, payroll = indexed(damp_challenge(provider), payroll_solution(supplier))
    draft = sensor_solution(other_supplier, status=Status.DRAFT)
    engine.index_document(document_for(draft))

    assert ids(ranked_for(provider_member, provider, challenge)) == [payroll.pk]


# Feedback


def test_dismissed_solution_drops_out_for_that_organisation_only(
    provider_member, provider, supplier_member, supplier, other_provider_admin, other_provider
):
    challenge, other_challenge, sensor, payroll = indexed(
        damp_challenge(provider),
        damp_challenge(other_provider),
        sensor_solution(supplier),
        payroll_solution(supplier),
    )

    services.feedback_record(
        user=provider_member,
        organisation=provider,
        challenge=challenge,
        solution=sensor,
        verdict="dismiss",
    )

    assert ids(ranked_for(provider_member, provider, challenge)) == [payroll.pk]
    assert ids(ranked_for(other_provider_admin, other_provider, other_challenge)) == [
        sensor.pk,
        payroll.pk,
    ]
    supplier_view = ranked_for(supplier_member, supplier, sensor)
    assert sorted(ids(supplier_view)) == sorted([challenge.pk, other_challenge.pk])
    assert [item.verdict for item in supplier_view] == [None, None]


def test_not_relevant_with_a_reason_drops_out_like_a_dismissal(provider_member, provider, supplier):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    services.feedback_record(
        user=provider_member,
        organisation=provider,
        challenge=challenge,
        solution=payroll,
        verdict="not_relevant",
        reason="We need sensors, not payroll.",
    )

    assert ids(ranked_for(provider_member, provider, challenge)) == [sensor.pk]


def test_shortlisted_solution_stays_with_verdict_shortlist(provider_member, provider, supplier):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    services.feedback_record(
        user=provider_member,
        organisation=provider,
        challenge=challenge,
        solution=sensor,
        verdict="shortlist",
        score=0.9,
    )

    ranked = ranked_for(provider_member, provider, challenge)
    assert [(item.entry.pk, item.verdict) for item in ranked] == [
        (sensor.pk, "shortlist"),
        (payroll.pk, None),
    ]


def test_not_relevant_without_a_reason_is_refused(provider_member, provider, supplier):
    challenge = damp_challenge(provider)
    sensor = sensor_solution(supplier)

    with pytest.raises(ValidationError) as refused:
        services.feedback_record(
            user=provider_member,
            organisation=provider,
            challenge=challenge,
            solution=sensor,
            verdict="not_relevant",
            reason="   ",
        )

    assert refused.value.message_dict == {
        "reason": ["Say why it is not relevant; it improves the matcher."]
    }
    assert MatchFeedback.objects.count() == 0


# Pages


# Session, user, memberships, the entry, feedback, hidden entries, the entry's indexed state,
# the cards' rows, interests, theme and region names and the two filter choices; plus one
# when the once-a-second freshness check falls inside the request. Never one per card.
MATCH_PAGE_QUERIES = 13 + 1


def matches_url(challenge) -> str:
    return f"/challenges/{challenge.pk}/matches/"


def test_owner_sees_match_cards_in_rank_order(
    django_assert_max_num_queries, provider_member, provider, supplier
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )
    client = client_for(provider_member)
    client.get(matches_url(challenge))  # loads this process's view of the index

    with django_assert_max_num_queries(MATCH_PAGE_QUERIES):
        response = client.get(matches_url(challenge))

    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="match-card"') == 2
    assert html.index(f'id="match-{sensor.pk}"') < html.index(f'id="match-{payroll.pk}"')
    assert "Humidity sensors for damp and mould" in html
    assert "<h3>Shared themes</h3>" in html
    assert '<span class="badge">Damp, mould and condensation</span>' in html


def _entry_and_counterparts(side: str, provider, supplier, count: int):
    if side == "challenges":
        counterparts = SolutionFactory.create_batch(
            count, organisation=supplier, status=Status.PUBLISHED
        )
        return damp_challenge(provider), counterparts, "provider_member"
    counterparts = ChallengeFactory.create_batch(
        count, organisation=provider, status=Status.PUBLISHED
    )
    return sensor_solution(supplier), counterparts, "supplier_member"


@pytest.mark.parametrize("count", [2, 6])
@pytest.mark.parametrize("side", ["challenges", "solutions"])
def test_a_match_page_takes_the_same_queries_however_many_cards(
    request, django_assert_max_num_queries, provider, supplier, side, count
):
    entry, counterparts, member = _entry_and_counterparts(side, provider, supplier, count)
    indexed(entry, *counterparts)
    client = client_for(request.getfixturevalue(member))
    client.get(f"/{side}/{entry.pk}/matches/")

    with django_assert_max_num_queries(MATCH_PAGE_QUERIES):
        response = client.get(f"/{side}/{entry.pk}/matches/")

    assert response.content.decode().count('class="match-card"') == count


@pytest.mark.parametrize("user", ["other_provider_admin", "supplier_member", "outsider"])
def test_others_get_404_for_a_challenges_matches(request, user, provider, supplier):
    challenge, _ = indexed(damp_challenge(provider), sensor_solution(supplier))

    response = client_for(request.getfixturevalue(user)).get(matches_url(challenge))

    assert response.status_code == 404


def test_htmx_filter_returns_only_the_results_partial(provider_member, provider, supplier):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    response = client_for(provider_member).get(
        matches_url(challenge), {"theme": DAMP}, headers={"HX-Request": "true"}
    )

    assert response.status_code == 200
    assert response.templates[0].name == "frontend/catalogue/_match_results.html"
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="match-{sensor.pk}"' in html
    assert f'id="match-{payroll.pk}"' not in html


def test_htmx_feedback_post_returns_the_feedback_partial(provider_member, provider, supplier):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))

    response = client_for(provider_member).post(
        f"{matches_url(challenge)}{sensor.pk}/feedback/",
        {"verdict": "shortlist", "score": "0.8"},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert [t.name for t in response.templates] == ["frontend/catalogue/_feedback.html"]
    html = response.content.decode()
    assert html.startswith(f'<footer class="feedback" id="feedback-{sensor.pk}">')
    assert "<strong>Shortlisted.</strong>" in html
    feedback = MatchFeedback.objects.get()
    assert (feedback.organisation, feedback.verdict, feedback.score) == (provider, "shortlist", 0.8)


def test_htmx_not_relevant_without_reason_shows_the_error_and_records_nothing(
    provider_member, provider, supplier
):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))

    response = client_for(provider_member).post(
        f"{matches_url(challenge)}{sensor.pk}/feedback/",
        {"verdict": "not_relevant", "reason": ""},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert "Say why it is not relevant; it improves the matcher." in response.content.decode()
    assert MatchFeedback.objects.count() == 0


def test_draft_challenge_matches_page_redirects_with_a_message(provider_member, provider):
    draft = ChallengeFactory(organisation=provider, status=Status.DRAFT)

    response = client_for(provider_member).get(matches_url(draft))

    assert response.status_code == 302
    assert response["Location"] == f"/challenges/{draft.pk}/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Matches appear once programme staff have published this entry."
    ]


def test_a_challenge_not_yet_indexed_shows_that_matches_are_being_prepared(
    provider_member, provider, supplier
):
    challenge = damp_challenge(provider)
    indexed(sensor_solution(supplier))

    response = client_for(provider_member).get(matches_url(challenge))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Matches are being prepared for this text. Try again in a moment." in html
    assert 'class="match-card"' not in html
