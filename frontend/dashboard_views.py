"""The staff dashboard: the funnel, time in each stage, feedback, supplier replies and fees.

Each table is drawn as a chart with the same numbers beside it, and downloads as CSV,
for all cohorts together or for one (`?cohort=<slug>`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString

from frontend.charts import Bar, bar_chart
from frontend.decorators import staff_only
from marketplace.billing.selectors import CohortFees, cohort_fees
from marketplace.catalogue.models import Verdict
from marketplace.cohorts import analytics
from marketplace.cohorts.models import Cohort
from marketplace.core.money import pounds, pounds_decimal
from marketplace.core.spreadsheets import csv_response

# A chart of hundreds of suppliers helps no one; the table beside it lists them all.
CHART_SUPPLIERS = 20


@dataclass(frozen=True)
class Table:
    """One dashboard table: exported as it is, and drawn as `bars`."""

    title: str
    about: str
    header: list[str]
    # Text and numbers as exported; None is an empty cell ("—" on the page).
    rows: list[list]
    chart_title: str
    bars: list[Bar]
    scale_max: float | None = None


def _days(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def funnel_table(cohort: Cohort | None) -> Table:
    steps = analytics.funnel(cohort)
    return Table(
        title="Funnel",
        about=(
            "From a challenge being posted to a pilot being completed. The first five steps "
            "count challenges; the last two count pilot proposals, so a challenge with two "
            "approved proposals counts twice there."
        ),
        header=["Step", "Count"],
        rows=[[step.label, step.count] for step in steps],
        chart_title="Challenges and pilot proposals at each step of the funnel",
        bars=[Bar(step.label, step.count) for step in steps],
    )


def stages_table(cohort: Cohort | None) -> Table:
    stages = analytics.time_in_stage(cohort)
    return Table(
        title="Time in each stage",
        about=(
            "Days each pilot proposal spent in a stage, added up when it came back to it; "
            "a proposal's current stage counts until now."
        ),
        header=["Stage", "Proposals", "Median days", "Mean days"],
        rows=[[s.label, s.proposals, _days(s.median_days), _days(s.mean_days)] for s in stages],
        chart_title="Median days a pilot proposal spent in each stage",
        bars=[Bar(s.label, _days(s.median_days), _days_text(s.median_days)) for s in stages],
    )


def _days_text(median: float | None) -> str:
    return "no proposals" if median is None else f"{median:.1f} days"


def feedback_table(cohort: Cohort | None) -> Table:
    verdicts = analytics.match_feedback_summary(cohort)
    total = sum(verdicts.values())
    labels = dict(Verdict.choices)
    return Table(
        title="Match feedback",
        about="What providers and suppliers said about the matches they were shown.",
        header=["Verdict", "Matches", "Share (%)"],
        rows=[[labels[v], n, _percent(n, total)] for v, n in verdicts.items()],
        chart_title="Matches by verdict",
        bars=[Bar(labels[v], n) for v, n in verdicts.items()],
    )


def responses_table(cohort: Cohort | None) -> Table:
    suppliers = analytics.supplier_response_rates(cohort)
    charted = suppliers[:CHART_SUPPLIERS]
    return Table(
        title="Supplier response rates",
        about=(
            "How many of the invitations and programme pairings sent to each supplier it "
            "answered, by accepting, declining or stepping back."
        ),
        header=["Supplier", "Received", "Answered", "Accepted", "Response rate (%)"],
        rows=[
            [s.organisation, s.received, s.answered, s.accepted, _percent(s.answered, s.received)]
            for s in suppliers
        ],
        chart_title=(
            f"Share answered (%) by the {len(charted)} suppliers asked most; "
            f"the table lists all {len(suppliers)}"
            if len(suppliers) > len(charted)
            else "Share answered (%) by each supplier"
        ),
        bars=[
            Bar(s.organisation, _percent(s.answered, s.received), _rate_text(s)) for s in charted
        ],
        scale_max=100,
    )


def fees_table(cohort: Cohort | None) -> Table:
    cohorts = cohort_fees(cohort)
    return Table(
        title="Cohort fees",
        about=(
            "Participation fees of paid cohorts: places accepted and waiting for their fee, "
            "places paid, and the money taken less what staff refunded. Payments count once "
            "Stripe says they succeeded."
        ),
        header=[
            "Cohort",
            "Fee (£)",
            "Places awaiting payment",
            "Places paid",
            "Paid (£)",
            "Refunded (£)",
            "Net (£)",
        ],
        rows=[
            [
                c.cohort.name,
                pounds_decimal(c.cohort.fee_pence),
                c.places_due,
                c.places_paid,
                pounds_decimal(c.paid_pence),
                pounds_decimal(c.refunded_pence),
                pounds_decimal(c.net_pence),
            ]
            for c in cohorts
        ],
        chart_title="Fees taken by each paid cohort, less refunds",
        bars=[Bar(c.cohort.name, c.net_pence / 100, _fees_text(c)) for c in cohorts],
    )


def _fees_text(fees: CohortFees) -> str:
    if not fees.refunded_pence:
        return pounds(fees.net_pence)
    return f"{pounds(fees.net_pence)} ({pounds(fees.refunded_pence)} refunded)"


def _rate_text(supplier: analytics.SupplierResponse) -> str:
    if not supplier.received:
        return "none received"
    answered, received = supplier.answered, supplier.received
    return f"{100 * answered / received:.0f}% ({answered} of {received})"


TABLES: dict[str, Callable[[Cohort | None], Table]] = {
    "funnel": funnel_table,
    "stages": stages_table,
    "feedback": feedback_table,
    "responses": responses_table,
    "fees": fees_table,
}


@dataclass(frozen=True)
class Section:
    name: str
    table: Table
    chart: SafeString
    csv_url: str


def _chosen_cohort(request) -> tuple[str, Cohort | None]:
    """The slug asked for and its cohort; no slug means all cohorts."""
    slug = request.GET.get("cohort", "")
    return slug, Cohort.objects.filter(slug=slug).first() if slug else None


def _section(name: str, cohort: Cohort | None, slug: str) -> Section:
    table = TABLES[name](cohort)
    chart = bar_chart(
        table.bars, chart_id=f"{name}-chart", title=table.chart_title, scale_max=table.scale_max
    )
    csv_url = reverse("frontend:dashboard_csv", args=[name])
    if slug:
        csv_url += "?" + urlencode({"cohort": slug})
    return Section(name, table, chart, csv_url)


@staff_only
def dashboard(request):
    slug, cohort = _chosen_cohort(request)
    context = {
        "cohorts": Cohort.objects.order_by("-created_at").only("name", "slug"),
        "cohort": cohort,
        "slug": slug,
    }
    if slug and cohort is None:
        # The page still offers the list of cohorts, so the way on is one click away.
        return render(request, "frontend/dashboard/dashboard.html", context, status=404)
    context["sections"] = [_section(name, cohort, slug) for name in TABLES]
    return render(request, "frontend/dashboard/dashboard.html", context)


@staff_only
def dashboard_csv(request, table: str):
    slug, cohort = _chosen_cohort(request)
    if table not in TABLES or (slug and cohort is None):
        raise Http404("No such table or cohort.")
    result = TABLES[table](cohort)
    return csv_response(
        f"launchpad-{table}-{cohort.slug if cohort else 'all'}.csv", result.header, result.rows
    )
