import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from marketplace.catalogue.filters import CatalogueFilterForm
from marketplace.catalogue.models import Challenge, Solution, Status, Visibility
from marketplace.catalogue.selectors import (
    apply_filters,
    entry_get_for_user,
    hidden_published_entries,
    moderation_queue,
    visible_entries,
)
from tests.marketplace.catalogue.factories import (
    DAMP,
    ENERGY,
    REPAIRS,
    ChallengeFactory,
    SolutionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(provider):
    """One of each state and visibility, all belonging to Tyne Homes."""
    published = Status.PUBLISHED
    return {
        "draft": ChallengeFactory(organisation=provider, title="draft"),
        "submitted": ChallengeFactory(organisation=provider, title="submitted", status="submitted"),
        "public": ChallengeFactory(
            organisation=provider, title="public", status=published, visibility=Visibility.PUBLIC
        ),
        "members": ChallengeFactory(
            organisation=provider, title="members", status=published, visibility="members"
        ),
        "cohort": ChallengeFactory(
            organisation=provider, title="cohort", status=published, visibility=Visibility.COHORT
        ),
        "closed": ChallengeFactory(organisation=provider, title="closed", status=Status.CLOSED),
        "archived": ChallengeFactory(organisation=provider, title="archived", status="archived"),
    }


EVERYTHING = {"draft", "submitted", "public", "members", "cohort", "closed", "archived"}


@pytest.mark.parametrize(
    ("viewer", "visible"),
    [
        (None, {"public"}),
        ("outsider", {"public", "members"}),
        ("other_provider_admin", {"public", "members"}),
        ("supplier_member", {"public", "members"}),
        ("provider_member", EVERYTHING),
        ("staff_user", EVERYTHING - {"draft"}),
    ],
    ids=["anonymous", "signed-in", "other-provider", "supplier", "own-organisation", "staff"],
)
def test_who_sees_which_challenges(request, catalogue, viewer, visible):
    user = AnonymousUser() if viewer is None else request.getfixturevalue(viewer)

    titles = set(visible_entries(Challenge, user=user).values_list("title", flat=True))

    assert titles == visible


@pytest.mark.parametrize(
    "viewer", [None, "outsider", "supplier_member", "provider_member", "staff_user"]
)
def test_hidden_published_entries_are_exactly_the_published_ones_a_viewer_cannot_see(
    request, catalogue, viewer
):
    user = AnonymousUser() if viewer is None else request.getfixturevalue(viewer)
    published = set(Challenge.objects.filter(status=Status.PUBLISHED).values_list("pk", flat=True))

    visible = set(visible_entries(Challenge, user=user).values_list("pk", flat=True))
    hidden = set(hidden_published_entries(Challenge, user=user).values_list("pk", flat=True))

    assert hidden == published - visible


@pytest.mark.parametrize("viewer", ["other_provider_admin", "staff_user", "outsider"])
def test_someone_outside_the_organisation_gets_404_for_a_draft(request, catalogue, viewer):
    user = request.getfixturevalue(viewer)

    with pytest.raises(Http404):
        entry_get_for_user(Challenge, user=user, pk=catalogue["draft"].pk)


def test_anonymous_gets_404_for_a_members_only_challenge(catalogue):
    with pytest.raises(Http404):
        entry_get_for_user(Challenge, user=AnonymousUser(), pk=catalogue["members"].pk)


def test_own_organisation_gets_its_draft(catalogue, provider_member):
    entry = entry_get_for_user(Challenge, user=provider_member, pk=catalogue["draft"].pk)

    assert entry == catalogue["draft"]


def test_solutions_follow_the_same_visibility_rules(supplier, supplier_member, provider_member):
    SolutionFactory(organisation=supplier, name="draft")
    SolutionFactory(organisation=supplier, name="live", status=Status.PUBLISHED)

    assert list(visible_entries(Solution, user=provider_member).values_list("name", flat=True)) == [
        "live"
    ]
    assert set(visible_entries(Solution, user=supplier_member).values_list("name", flat=True)) == {
        "draft",
        "live",
    }


def test_moderation_queue_holds_only_submissions_oldest_first(catalogue, provider):
    newer = ChallengeFactory(organisation=provider, title="newer", status=Status.SUBMITTED)

    assert list(moderation_queue(Challenge)) == [catalogue["submitted"], newer]


# Filters


def titles(model, filters: dict, user) -> list[str]:
    queryset = apply_filters(visible_entries(model, user=user), filters)
    field = "title" if model is Challenge else "name"
    return sorted(queryset.values_list(field, flat=True))


@pytest.fixture
def challenges(provider, other_provider):
    live = {"status": Status.PUBLISHED}
    return [
        ChallengeFactory(
            organisation=provider, title="Mould reports arrive late", themes=[DAMP, REPAIRS],
            regions=["TLC"], budget_min_pence=500_000, budget_max_pence=2_000_000, **live,
        ),
        ChallengeFactory(
            organisation=provider, title="Boilers fail in winter", themes=[ENERGY],
            regions=["TLD"], budget_min_pence=2_000_000, budget_max_pence=5_000_000,
            problem_statement="Thermostats are set wrong by contractors.", **live,
        ),
        ChallengeFactory(
            organisation=other_provider, title="Repairs take three visits", themes=[REPAIRS],
            regions=["TLC", "TLD"], budget_min_pence=None, budget_max_pence=300_000, **live,
        ),
        ChallengeFactory(organisation=other_provider, title="Hidden draft", themes=[DAMP]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["Boilers fail in winter", "Mould reports arrive late", "Repairs take three visits"]),
        ({"theme": [REPAIRS]}, ["Mould reports arrive late", "Repairs take three visits"]),
        ({"theme": [DAMP, ENERGY]}, ["Boilers fail in winter", "Mould reports arrive late"]),
        ({"region": ["TLD"]}, ["Boilers fail in winter", "Repairs take three visits"]),
        ({"budget_min": 2_500_000}, ["Boilers fail in winter"]),
        ({"budget_max": 400_000}, ["Repairs take three visits"]),
        (
            {"budget_min": 1_000_000, "budget_max": 3_000_000},
            ["Boilers fail in winter", "Mould reports arrive late"],
        ),
        ({"organisation": "mersey-homes"}, ["Repairs take three visits"]),
        ({"q": "mould"}, ["Mould reports arrive late"]),
        ({"q": "thermostats contractors"}, ["Boilers fail in winter"]),
        ({"q": "mould boilers"}, []),
        ({"theme": [REPAIRS], "region": ["TLC"], "budget_min": 1_000_000},
         ["Mould reports arrive late"]),
    ],
    ids=["none", "theme", "two-themes", "region", "budget-from", "budget-to", "budget-band",
         "organisation", "search-title", "search-two-words", "search-no-match", "combined"],
)  # fmt: skip
def test_challenge_filters(challenges, outsider, filters, expected):
    assert titles(Challenge, filters, outsider) == expected


@pytest.fixture
def solutions(supplier, other_supplier):
    live = {"status": Status.PUBLISHED}
    return [
        SolutionFactory(
            organisation=supplier, name="Humidity sensors", maturity="piloted",
            certifications=["cyber_essentials", "iso_27001"], indicative_price_pence=2_500,
            themes=[DAMP], **live,
        ),
        SolutionFactory(
            organisation=other_supplier, name="Heat pump scheduler", maturity="at_scale",
            certifications=["cyber_essentials_plus"], indicative_price_pence=90_000,
            description="Learns each home's heating pattern.", themes=[ENERGY], **live,
        ),
        SolutionFactory(
            organisation=other_supplier, name="Repair triage bot", maturity="concept",
            certifications=[], indicative_price_pence=None, themes=[REPAIRS], **live,
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"maturity": ["piloted", "at_scale"]}, ["Heat pump scheduler", "Humidity sensors"]),
        ({"certification": ["cyber_essentials"]}, ["Humidity sensors"]),
        ({"certification": ["cyber_essentials_plus"]}, ["Heat pump scheduler"]),
        ({"certification": ["cyber_essentials", "iso_27001"]}, ["Humidity sensors"]),
        ({"certification": ["iso_9001"]}, []),
        ({"price_max": 10_000}, ["Humidity sensors"]),
        ({"q": "heating pattern"}, ["Heat pump scheduler"]),
        ({"theme": [REPAIRS], "maturity": ["concept"]}, ["Repair triage bot"]),
    ],
    ids=["maturity", "certification", "certification-plus-is-not-plain", "two-certifications",
         "certification-none", "price", "search-description", "combined"],
)  # fmt: skip
def test_solution_filters(solutions, provider_member, filters, expected):
    assert titles(Solution, filters, provider_member) == expected


def test_entry_in_two_matching_themes_is_listed_once(challenges, outsider):
    assert titles(Challenge, {"theme": [DAMP, REPAIRS]}, outsider) == [
        "Mould reports arrive late",
        "Repairs take three visits",
    ]


def test_filter_form_turns_pounds_into_pence():
    form = CatalogueFilterForm(
        {"budget_min": "100", "budget_max": "250", "price_max": "3", "theme": [DAMP]}
    )

    assert form.is_valid(), form.errors
    filters = form.domain_filters()
    assert (filters["budget_min"], filters["budget_max"], filters["price_max"]) == (
        10_000,
        25_000,
        300,
    )
    assert filters["theme"] == [DAMP]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"theme": "no-such-theme"}, "theme"),
        ({"region": "XXX"}, "region"),
        ({"budget_min": "lots"}, "budget_min"),
        ({"budget_min": "-5"}, "budget_min"),
        ({"budget_min": "500", "budget_max": "100"}, "budget_min"),
        ({"maturity": "mythical"}, "maturity"),
        ({"certification": "iso_99999"}, "certification"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_filter_form_names_the_bad_field(db, data, field):
    form = CatalogueFilterForm(data)

    assert form.is_valid() is False
    assert list(form.errors) == [field]


@pytest.mark.parametrize("count", [3, 10])
def test_listing_visible_entries_takes_the_same_queries_however_many(
    provider, provider_member, django_assert_num_queries, count
):
    for _ in range(count):
        ChallengeFactory(organisation=provider, status=Status.PUBLISHED, themes=[DAMP, ENERGY])

    # memberships, challenges, themes, regions
    with django_assert_num_queries(4):
        rows = [
            (c.organisation.name, [t.slug for t in c.themes.all()], list(c.regions.all()))
            for c in visible_entries(Challenge, user=provider_member)
        ]

    assert len(rows) == count
