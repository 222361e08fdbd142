import pytest

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.core.models import AuditEntry
from tests.frontend.guided_form import (
    BUDGET_STEP,
    CONSTRAINTS_STEP,
    DETAIL_STEP,
    client_for,
    problem_step,
)
from tests.marketplace.catalogue.factories import (
    DAMP,
    ENERGY,
    ChallengeFactory,
    SolutionFactory,
    row_of,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


# The guided form


def test_first_step_creates_a_draft_and_goes_to_the_next_step(provider_member, provider):
    response = client_for(provider_member).post("/challenges/new/", problem_step())

    challenge = Challenge.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/challenges/{challenge.pk}/edit/detail/"
    assert (challenge.status, challenge.organisation, challenge.title) == (
        Status.DRAFT,
        provider,
        "Find damp before residents report it",
    )
    assert list(challenge.themes.values_list("slug", flat=True)) == [DAMP]


def test_each_step_saves_and_the_last_goes_to_the_detail_page(provider_member, provider):
    client = client_for(provider_member)
    client.post("/challenges/new/", problem_step())
    challenge = Challenge.objects.get()
    edit = f"/challenges/{challenge.pk}/edit"

    locations = [
        client.post(f"{edit}/detail/", DETAIL_STEP)["Location"],
        client.post(f"{edit}/constraints/", CONSTRAINTS_STEP)["Location"],
        client.post(f"{edit}/budget/", BUDGET_STEP)["Location"],
    ]

    assert locations == [f"{edit}/constraints/", f"{edit}/budget/", f"/challenges/{challenge.pk}/"]
    challenge.refresh_from_db()
    assert (challenge.homes_affected, challenge.procurement_route) == (1200, "framework")
    assert (challenge.budget_min_pence, challenge.budget_max_pence) == (500_000, 2_000_050)
    assert challenge.submission_errors() == {}
    assert AuditEntry.objects.filter(action="challenge.update").count() == 3


def test_save_and_finish_later_goes_to_the_detail_page(provider_member, provider):
    draft = ChallengeFactory(organisation=provider, problem_statement="")

    response = client_for(provider_member).post(
        f"/challenges/{draft.pk}/edit/detail/", {**DETAIL_STEP, "finish": ""}
    )

    assert response["Location"] == f"/challenges/{draft.pk}/"
    draft.refresh_from_db()
    assert draft.problem_statement == "Condensation goes unreported for weeks."


def test_budget_minimum_above_maximum_is_shown_and_earlier_steps_are_kept(
    provider_member, provider
):
    draft = ChallengeFactory(organisation=provider, title="Kept title")
    before = row_of(draft)

    response = client_for(provider_member).post(
        f"/challenges/{draft.pk}/edit/budget/", {**BUDGET_STEP, "budget_min": "90000"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "budget_min": ["The minimum budget must not be more than the maximum."]
    }
    assert "The minimum budget must not be more than the maximum." in response.content.decode()
    assert row_of(draft) == before


@pytest.mark.parametrize(
    ("step", "data", "field"),
    [
        ("problem", {"themes": ["999999"]}, "themes"),
        ("problem", {"title": ""}, "title"),
        ("detail", {"problem_statement": "x" * 20_001}, "problem_statement"),
        ("detail", {"problem_statement": "x" * 10 * 1024 * 1024}, "problem_statement"),
        ("detail", {"homes_affected": "-3"}, "homes_affected"),
        ("budget", {"budget_max": "-1"}, "budget_max"),
        ("budget", {"visibility": "everyone"}, "visibility"),
        ("detail", {"pilot_homes": "0"}, "pilot_homes"),
        ("detail", {"homes_affected": "100", "pilot_homes": "150"}, "pilot_homes"),
        ("constraints", {"housing_system": "spreadsheets"}, "housing_system"),
    ],
    ids=["unknown-theme", "no-title", "long-text", "ten-megabytes", "negative-homes",
         "negative-budget", "unknown-visibility", "no-pilot-homes", "pilot-above-affected",
         "unknown-system"],
)  # fmt: skip
def test_bad_input_on_a_step_is_a_field_error_and_nothing_is_saved(
    provider_member, provider, step, data, field
):
    draft = ChallengeFactory(organisation=provider)
    before = row_of(draft)
    base = {
        "problem": problem_step(), "detail": DETAIL_STEP, "constraints": CONSTRAINTS_STEP,
        "budget": BUDGET_STEP,
    }[step]  # fmt: skip
    data = {**base, **data}

    response = client_for(provider_member).post(f"/challenges/{draft.pk}/edit/{step}/", data)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert 'class="field-error"' in response.content.decode()
    assert row_of(draft) == before
    assert AuditEntry.objects.count() == 0


def test_unknown_theme_on_the_first_step_creates_nothing(provider_member, provider):
    response = client_for(provider_member).post("/challenges/new/", problem_step(themes=["999999"]))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["themes"]
    assert Challenge.objects.count() == 0


def test_member_editing_a_published_challenge_is_told_only_admins_may(provider_member, provider):
    published = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    before = row_of(published)

    response = client_for(provider_member).post(
        f"/challenges/{published.pk}/edit/problem/", problem_step(title="Renamed")
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["Only admins of Tyne Homes may do that."]
    assert row_of(published) == before


def test_supplier_posts_a_solution_through_its_first_step(supplier_member, supplier):
    response = client_for(supplier_member).post(
        "/solutions/new/", {**problem_step(), "name": "Humidity sensors"}
    )

    solution = Solution.objects.get()
    assert response["Location"] == f"/solutions/{solution.pk}/edit/offer/"
    assert (solution.name, solution.organisation) == ("Humidity sensors", supplier)


@pytest.mark.parametrize(
    ("step", "data", "field"),
    [
        ("offer", {"indicative_price": "-1", "housing_deployments": "0"}, "indicative_price"),
        ("offer", {"maturity": "mythical", "housing_deployments": "0"}, "maturity"),
        ("evidence", {"evidence_links": "https://ok.example/\nnot a link"}, "evidence_links"),
        ("evidence", {"certifications": ["iso_99999"]}, "certifications"),
        ("data", {"processes_personal_data": "on", "visibility": "members"}, "data_hosting"),
        ("offer", {"pricing_model": "per_flat", "housing_deployments": "0"}, "pricing_model"),
        ("evidence", {"languages": "x" * 301}, "languages"),
    ],
    ids=["negative-price", "unknown-maturity", "bad-link", "unknown-certification", "hosting",
         "unknown-pricing", "long-languages"],
)  # fmt: skip
def test_bad_input_on_a_solution_step_is_a_field_error(
    supplier_member, supplier, step, data, field
):
    draft = SolutionFactory(organisation=supplier)
    before = row_of(draft)

    response = client_for(supplier_member).post(f"/solutions/{draft.pk}/edit/{step}/", data)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert row_of(draft) == before


def test_submitting_an_incomplete_draft_names_the_missing_fields(provider_member, provider):
    draft = ChallengeFactory(organisation=provider, problem_statement="", pilot_length_weeks=None)

    response = client_for(provider_member).post(f"/challenges/{draft.pk}/submit/", follow=True)

    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    [message] = [str(m).lower() for m in response.context["messages"]]
    assert "problem statement" in message
    assert "pilot length" in message


def test_owner_of_an_incomplete_draft_is_told_what_to_fill_in(provider_member, provider):
    draft = ChallengeFactory(organisation=provider, problem_statement="", pilot_length_weeks=None)

    html = client_for(provider_member).get(f"/challenges/{draft.pk}/").content.decode()

    assert "Before you submit, fill in: Problem statement, Pilot length in weeks." in html
    assert "Submit for moderation" not in html


def test_someone_without_an_organisation_is_sent_to_onboarding(outsider):
    response = client_for(outsider).get("/challenges/new/")

    assert response["Location"] == "/onboarding/"


# Detail and list pages


def test_script_in_the_title_is_escaped_on_detail_and_list(provider_member, provider, outsider):
    entry = ChallengeFactory(organisation=provider, status=Status.PUBLISHED, title=SCRIPT,
                             summary=SCRIPT, problem_statement=SCRIPT)  # fmt: skip

    pages = [
        client_for(outsider).get(f"/challenges/{entry.pk}/").content.decode(),
        client_for(outsider).get("/challenges/").content.decode(),
    ]

    for html in pages:
        assert SCRIPT not in html
        assert ESCAPED in html


@pytest.mark.parametrize(
    "url", ["/challenges/{pk}/", "/challenges/{pk}/edit/problem/", "/challenges/{pk}/edit/budget/"]
)
def test_other_organisation_gets_404_for_a_draft_page(other_provider_admin, provider, url):
    draft = ChallengeFactory(organisation=provider)

    response = client_for(other_provider_admin).get(url.format(pk=draft.pk))

    assert response.status_code == 404


@pytest.mark.parametrize("action", ["submit", "archive", "close", "publish"])
def test_other_organisation_gets_404_posting_a_transition(other_provider_admin, provider, action):
    draft = ChallengeFactory(organisation=provider)
    before = row_of(draft)

    response = client_for(other_provider_admin).post(f"/challenges/{draft.pk}/{action}/")

    assert response.status_code == 404
    assert row_of(draft) == before


def test_anonymous_gets_404_for_a_members_only_challenge(client, provider):
    entry = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    assert client.get(f"/challenges/{entry.pk}/").status_code == 404


@pytest.mark.parametrize("viewer", ["provider_member", "staff_user"])
def test_list_shows_only_published_even_to_the_owner_and_staff(request, provider, viewer):
    ChallengeFactory(organisation=provider, title="Live", status=Status.PUBLISHED)
    ChallengeFactory(organisation=provider, title="Own draft")
    ChallengeFactory(organisation=provider, title="Waiting", status=Status.SUBMITTED)
    ChallengeFactory(organisation=provider, title="Over", status=Status.CLOSED)

    response = client_for(request.getfixturevalue(viewer)).get("/challenges/")

    assert [c.title for c in response.context["page"]] == ["Live"]


def test_filters_are_kept_in_the_pagination_links(provider, outsider):
    ChallengeFactory.create_batch(25, organisation=provider, status=Status.PUBLISHED)
    ChallengeFactory.create_batch(3, organisation=provider, status="published", themes=[ENERGY])
    client = client_for(outsider)

    first = client.get(f"/challenges/?theme={DAMP}&region=TLC&budget_min=100")
    second = client.get(f"/challenges/?theme={DAMP}&region=TLC&budget_min=100&page=2")

    assert first.context["page"].paginator.count == 25
    assert len(first.context["page"]) == 20
    html = first.content.decode()
    assert f'href="?theme={DAMP}&amp;region=TLC&amp;budget_min=100&amp;page=2"' in html
    assert len(second.context["page"]) == 5
    assert f'href="?theme={DAMP}&amp;region=TLC&amp;budget_min=100&amp;page=1"' in (
        second.content.decode()
    )


def test_bad_filter_shows_the_error_and_no_results(provider, outsider):
    ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    response = client_for(outsider).get("/challenges/?budget_min=lots")

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["budget_min"]
    assert response.context["page"].paginator.count == 0
    assert "Enter a whole number." in response.content.decode()


def test_htmx_request_gets_only_the_results(provider, outsider):
    ChallengeFactory(organisation=provider, title="Live", status=Status.PUBLISHED)

    response = client_for(outsider).get("/challenges/?q=live", headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "<html" not in html
    assert '<form method="get"' not in html
    assert "1 challenge matching “live”." in html


def test_search_text_is_echoed_escaped(outsider):
    response = client_for(outsider).get(f"/challenges/?q={SCRIPT}", headers={"HX-Request": "true"})

    assert SCRIPT not in response.content.decode()
    assert f"0 challenges matching “{ESCAPED}”." in response.content.decode()


@pytest.mark.parametrize("count", [3, 10])
def test_list_page_takes_the_same_queries_however_many(
    provider, outsider, django_assert_num_queries, count
):
    ChallengeFactory.create_batch(count, organisation=provider, status=Status.PUBLISHED)
    client = client_for(outsider)
    client.get("/challenges/")

    # Session, user, memberships, filter choices, count, page and prefetches: never per row.
    with django_assert_num_queries(9):
        response = client.get("/challenges/")

    assert len(response.context["page"]) == count
