"""The staff dashboard: the numbers staff see, per cohort and overall, and their CSV exports."""

import csv
import io
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.urls import reverse

from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Challenge, Solution, Theme, Verdict
from marketplace.cohorts import services as cohorts
from marketplace.organisations.models import OrganisationKind
from marketplace.proposals import services as proposals
from tests.conftest import make_organisation
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.factories import DAMP

pytestmark = pytest.mark.django_db

DASHBOARD = "/staff/dashboard/"
FUNNEL_STEPS = [
    "Challenges posted",
    "Challenges published",
    "Challenges matched (shortlisted or with interest)",
    "Challenges with an expression of interest",
    "Challenges with a pilot proposal",
    "Pilot proposals approved",
    "Pilots completed",
]


class DashboardPage(HTMLParser):
    """Each section's table rows as text, and the text drawn in its chart."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.charts: dict[str, list[str]] = {}
        self._section = ""
        self._cell: list[str] | None = None
        self._in_chart_text = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self._section = attrs["aria-labelledby"].removesuffix("-heading")
            self.tables[self._section], self.charts[self._section] = [], []
        elif tag == "tr" and self._section:
            self.tables[self._section].append([])
        elif tag in ("th", "td") and self._section:
            self._cell = []
        elif tag == "text" and attrs.get("class") in ("chart-label", "chart-value"):
            self._in_chart_text = True

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self.tables[self._section][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "text":
            self._in_chart_text = False
        elif tag == "section":
            self._section = ""

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._in_chart_text:
            self.charts[self._section].append(data)


def dashboard(client, query: str = "") -> DashboardPage:
    response = client.get(DASHBOARD + query)
    assert response.status_code == 200
    return DashboardPage(response.content.decode())


def steps(*counts: str) -> dict[str, str]:
    return dict(zip(FUNNEL_STEPS, counts, strict=True))


def funnel_counts(page: DashboardPage) -> dict[str, str]:
    header, *rows = page.tables["funnel"]
    assert header == ["Step", "Count"]
    return dict(rows)


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


# -- data made through the services, as people would make it ---------------------------------


def post_challenge(user, provider, staff_user, title: str, *, publish: bool = True):
    challenge = catalogue.entry_create(
        Challenge,
        user=user,
        organisation=provider,
        title=title,
        summary="Residents report it late.",
        problem_statement="Reports arrive weeks after condensation starts.",
        desired_outcomes="Find it a month earlier.",
        budget_max_pence=2_000_000,
        pilot_length_weeks=12,
        themes=list(Theme.objects.filter(slug=DAMP)),
    )
    if publish:
        catalogue.entry_submit(challenge, user=user)
        challenge = catalogue.entry_publish(challenge, user=staff_user)
    return challenge


def post_solution(user, supplier, staff_user, name: str):
    solution = catalogue.entry_create(
        Solution,
        user=user,
        organisation=supplier,
        name=name,
        summary="Sensors in every room.",
        description="Battery sensors report humidity hourly.",
        maturity="piloted",
        pricing_model="per_home_per_year",
        themes=list(Theme.objects.filter(slug=DAMP)),
    )
    catalogue.entry_submit(solution, user=user)
    return catalogue.entry_publish(solution, user=staff_user)


@pytest.fixture
def programme(provider, supplier, provider_admin, supplier_admin, staff_user):
    """Three challenges, one in the Damp 2027 cohort with a proposal; one invitation declined."""
    in_cohort = post_challenge(provider_admin, provider, staff_user, "Find damp early")
    elsewhere = post_challenge(provider_admin, provider, staff_user, "Fix boilers first time")
    post_challenge(provider_admin, provider, staff_user, "An idea", publish=False)
    sensors = post_solution(supplier_admin, supplier, staff_user, "Humidity sensors")

    interest = proposals.interest_express(
        user=supplier_admin, challenge=in_cohort, solution=sensors, pitch="We fit."
    )
    proposals.interest_accept(user=provider_admin, interest=interest)
    invitation = proposals.interest_invite(
        user=provider_admin, challenge=elsewhere, solution=sensors, pitch="Would this fit?"
    )
    proposals.interest_decline(user=supplier_admin, interest=invitation, reason="Not boilers.")
    for challenge, verdict in [(in_cohort, Verdict.DISMISS), (elsewhere, Verdict.SHORTLIST)]:
        catalogue.feedback_record(
            user=provider_admin,
            organisation=provider,
            challenge=challenge,
            solution=sensors,
            verdict=verdict,
        )

    cohort = cohorts.cohort_create(user=staff_user, name="Damp 2027")
    cohorts.cohort_add_challenge(user=staff_user, cohort=cohort, challenge=in_cohort)
    cohorts.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)
    cohorts.cohort_create(user=staff_user, name="Retrofit 2028")
    return cohort


# -- what staff see ---------------------------------------------------------------------------


def test_staff_see_the_funnel_for_all_cohorts_in_the_table_and_the_chart(
    programme, staff_user, django_assert_max_num_queries
):
    client = client_for(staff_user)

    # A fixed number whatever the data; a query per row or per cohort would break it.
    with django_assert_max_num_queries(11):
        page = dashboard(client)

    overall = steps("3", "2", "2", "2", "1", "0", "0")
    assert funnel_counts(page) == overall
    assert page.charts["funnel"] == [text for pair in overall.items() for text in pair]


def test_choosing_a_cohort_counts_only_its_challenges(programme, staff_user):
    client = client_for(staff_user)

    page = dashboard(client, "?cohort=damp-2027")

    assert funnel_counts(page) == steps("1", "1", "1", "1", "1", "0", "0")
    assert page.tables["feedback"] == [
        ["Verdict", "Matches", "Share (%)"],
        ["Shortlisted", "0", "0.0"],
        ["Dismissed", "1", "100.0"],
        ["Not relevant", "0", "0.0"],
    ]
    assert page.tables["responses"] == [
        ["Supplier", "Received", "Answered", "Accepted", "Response rate (%)"],
        ["Damp Sense", "0", "0", "0", "—"],
    ]


def test_the_cohort_menu_lists_every_cohort_and_marks_the_chosen_one(programme, staff_user):
    response = client_for(staff_user).get(DASHBOARD + "?cohort=damp-2027")

    html = response.content.decode()
    assert '<option value="">All cohorts</option>' in html
    assert '<option value="damp-2027" selected>Damp 2027</option>' in html
    assert '<option value="retrofit-2028">Retrofit 2028</option>' in html


def test_overall_tables_show_feedback_responses_and_stages(programme, staff_user):
    page = dashboard(client_for(staff_user))

    assert page.tables["feedback"][1:] == [
        ["Shortlisted", "1", "50.0"],
        ["Dismissed", "1", "50.0"],
        ["Not relevant", "0", "0.0"],
    ]
    assert page.tables["responses"][1:] == [["Damp Sense", "1", "1", "0", "100.0"]]
    assert page.charts["responses"] == ["Damp Sense", "100% (1 of 1)"]
    header, draft, *later = page.tables["stages"]
    assert header == ["Stage", "Proposals", "Median days", "Mean days"]
    assert draft == ["Draft", "1", "0.0", "0.0"]
    assert [row[1:] for row in later] == [["0", "—", "—"]] * 5


def test_an_empty_cohort_shows_zeros_and_no_suppliers(programme, staff_user):
    page = dashboard(client_for(staff_user), "?cohort=retrofit-2028")

    assert set(funnel_counts(page).values()) == {"0"}
    assert page.tables["responses"][1:] == [["Nothing yet."]]
    assert page.charts["responses"] == ["No data yet."]


def test_an_organisation_name_with_markup_is_escaped_in_chart_and_table(staff_user):
    make_organisation('<script>alert("x")</script> Ltd', OrganisationKind.SUPPLIER, "99887766")

    response = client_for(staff_user).get(DASHBOARD)

    html = response.content.decode()
    assert "<script>alert" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ltd") == 4
    assert DashboardPage(html).charts["responses"] == [
        '<script>alert("x")</script> Ltd',
        "none received",
    ]


def test_an_unknown_cohort_is_not_found_and_says_so(programme, staff_user):
    response = client_for(staff_user).get(DASHBOARD + "?cohort=no-such-cohort")

    assert response.status_code == 404
    html = response.content.decode()
    assert "There is no cohort “no-such-cohort”." in html
    assert '<option value="damp-2027">Damp 2027</option>' in html
    assert DashboardPage(html).tables == {}


# -- CSV --------------------------------------------------------------------------------------


def test_each_table_downloads_as_csv_with_the_cohort_in_its_name(programme, staff_user):
    client = client_for(staff_user)
    page_html = client.get(DASHBOARD + "?cohort=damp-2027").content.decode()
    csv_url = reverse("frontend:dashboard_csv", args=["funnel"]) + "?cohort=damp-2027"
    assert f'href="{csv_url}"' in page_html

    response = client.get(csv_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="launchpad-funnel-damp-2027.csv"'
    )
    assert csv_rows(response) == [
        ["Step", "Count"],
        *[list(row) for row in steps("1", "1", "1", "1", "1", "0", "0").items()],
    ]


@pytest.mark.parametrize(
    ("table", "header", "rows"),
    [
        ("funnel", ["Step", "Count"], 7),
        ("stages", ["Stage", "Proposals", "Median days", "Mean days"], 6),
        ("feedback", ["Verdict", "Matches", "Share (%)"], 3),
        (
            "responses",
            ["Supplier", "Received", "Answered", "Accepted", "Response rate (%)"],
            1,
        ),
    ],
)
def test_every_table_exports_for_all_cohorts(programme, staff_user, table, header, rows):
    response = client_for(staff_user).get(f"/staff/dashboard/{table}.csv")

    assert response["Content-Disposition"] == f'attachment; filename="launchpad-{table}-all.csv"'
    assert csv_rows(response)[0] == header
    assert len(csv_rows(response)) == 1 + rows


def test_the_exported_response_rates_match_the_page(programme, staff_user):
    response = client_for(staff_user).get("/staff/dashboard/responses.csv")

    assert csv_rows(response) == [
        ["Supplier", "Received", "Answered", "Accepted", "Response rate (%)"],
        ["Damp Sense", "1", "1", "0", "100.0"],
    ]


@pytest.mark.parametrize(
    "url",
    ["/staff/dashboard/funnel.csv?cohort=no-such-cohort", "/staff/dashboard/passwords.csv"],
)
def test_an_unknown_table_or_cohort_has_no_csv(staff_user, url):
    assert client_for(staff_user).get(url).status_code == 404


# -- who may look -----------------------------------------------------------------------------


@pytest.mark.parametrize("user", ["provider_admin", "supplier_admin", "outsider"])
@pytest.mark.parametrize("url", [DASHBOARD, "/staff/dashboard/funnel.csv"])
def test_only_staff_may_see_the_dashboard_or_its_exports(request, user, url):
    response = client_for(request.getfixturevalue(user)).get(url)

    assert response.status_code == 404


@pytest.mark.parametrize("url", [DASHBOARD, "/staff/dashboard/responses.csv?cohort=damp-2027"])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={quote(url, safe='/')}"
