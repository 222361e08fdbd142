"""What the staff dashboard reads: the funnel, time in each stage, feedback and response rates."""

import datetime
import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from marketplace.catalogue.models import Challenge, MatchFeedback, Verdict
from marketplace.cohorts.models import Cohort, CohortChallenge, CohortSupplier, EntryStatus
from marketplace.organisations.models import Membership, Organisation, OrganisationKind
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestDirection,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
    ProposalTransition,
)

P = ProposalStatus

# The supplier is the side that answers both a provider's invitation and a programme pairing.
SUPPLIER_ANSWERS = (InterestDirection.PROVIDER_INVITATION, InterestDirection.PROGRAMME_PAIRING)

# Stages a proposal waits in; the terminal ones would only measure how long ago it ended.
TIMED_STAGES = (P.DRAFT, P.SUBMITTED, P.CHANGES_REQUESTED, P.RESUBMITTED, P.APPROVED, P.IN_PILOT)

SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class FunnelStep:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class StageTime:
    stage: str
    label: str
    proposals: int
    median_days: float | None
    mean_days: float | None


@dataclass(frozen=True)
class SupplierResponse:
    organisation: str
    received: int
    answered: int
    accepted: int
    rate: float | None


def _cohort_challenge_ids(cohort: Cohort) -> QuerySet:
    entries = CohortChallenge.objects.filter(cohort=cohort).exclude(status=EntryStatus.DECLINED)
    return entries.values("challenge_id")


def _in_scope(queryset: QuerySet, cohort: Cohort | None, path: str = "challenge") -> QuerySet:
    if cohort is None:
        return queryset
    return queryset.filter(**{f"{path}__in": _cohort_challenge_ids(cohort)})


def _reached(status: ProposalStatus) -> Exists:
    return Exists(ProposalTransition.objects.filter(proposal=OuterRef("pk"), to_status=status))


def funnel(cohort: Cohort | None = None) -> list[FunnelStep]:
    """From challenge posted to pilot completed; the first five steps count challenges."""
    shortlisted = Exists(
        MatchFeedback.objects.filter(challenge=OuterRef("pk"), verdict=Verdict.SHORTLIST)
    )
    has_interest = Exists(ExpressionOfInterest.objects.filter(challenge=OuterRef("pk")))
    has_proposal = Exists(PilotProposal.objects.filter(challenge=OuterRef("pk")))
    challenges = _in_scope(Challenge.objects.order_by(), cohort, "pk").aggregate(
        posted=Count("pk"),
        published=Count("pk", filter=Q(published_at__isnull=False)),
        matched=Count("pk", filter=Q(shortlisted) | Q(has_interest)),
        interests=Count("pk", filter=Q(has_interest)),
        proposals=Count("pk", filter=Q(has_proposal)),
    )
    proposals = _in_scope(PilotProposal.objects.order_by(), cohort).aggregate(
        approved=Count("pk", filter=Q(_reached(P.APPROVED))),
        completed=Count("pk", filter=Q(_reached(P.COMPLETED))),
    )
    return [
        FunnelStep("posted", "Challenges posted", challenges["posted"]),
        FunnelStep("published", "Challenges published", challenges["published"]),
        FunnelStep(
            "matched", "Challenges matched (shortlisted or with interest)", challenges["matched"]
        ),
        FunnelStep(
            "interests", "Challenges with an expression of interest", challenges["interests"]
        ),
        FunnelStep("proposals", "Challenges with a pilot proposal", challenges["proposals"]),
        FunnelStep("approved", "Pilot proposals approved", proposals["approved"]),
        FunnelStep("completed", "Pilots completed", proposals["completed"]),
    ]


def time_in_stage(
    cohort: Cohort | None = None, *, now: datetime.datetime | None = None
) -> list[StageTime]:
    """Days each proposal spent in each stage, summed when it came back to a stage.

    A proposal's current stage counts until `now`; declined, abandoned and completed are
    left out because the time since a proposal ended is not time spent waiting.
    """
    now = now or timezone.now()
    transitions = _in_scope(ProposalTransition.objects.all(), cohort, "proposal__challenge")
    rows = transitions.order_by("proposal_id", "at", "id").values_list(
        "proposal_id", "to_status", "at"
    )
    seconds: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    previous: tuple[int, str, datetime.datetime] | None = None
    for row in [*rows, None]:
        if previous is not None:
            proposal_id, status, started = previous
            same_proposal = row is not None and row[0] == proposal_id
            ended = row[2] if same_proposal else now
            seconds[status][proposal_id] += (ended - started).total_seconds()
        previous = row
    stages = []
    for stage in TIMED_STAGES:
        days = [total / SECONDS_PER_DAY for total in seconds[stage].values()]
        stages.append(
            StageTime(
                stage=stage.value,
                label=stage.label,
                proposals=len(days),
                median_days=statistics.median(days) if days else None,
                mean_days=statistics.fmean(days) if days else None,
            )
        )
    return stages


def match_feedback_summary(cohort: Cohort | None = None) -> dict[str, int]:
    """How many feedback rows carry each verdict; every verdict is present, even at 0."""
    counts = dict(
        _in_scope(MatchFeedback.objects.all(), cohort)
        .order_by()
        .values("verdict")
        .annotate(n=Count("pk"))
        .values_list("verdict", "n")
    )
    return {verdict: counts.get(verdict, 0) for verdict in Verdict.values}


def supplier_response_rates(cohort: Cohort | None = None) -> list[SupplierResponse]:
    """How often each supplier answered the interests it was asked to answer.

    Stepping back from an invitation is an answer too, when someone at the supplier did it;
    one the sender withdrew still counts as received and unanswered.

    Lists every supplier (with a cohort: every supplier with a place that was not declined)
    and any other organisation that received one, busiest first.
    """
    interest = "solutions__interests"
    received = Q(**{f"{interest}__direction__in": SUPPLIER_ANSWERS})
    if cohort is not None:
        received &= Q(**{f"{interest}__challenge__in": _cohort_challenge_ids(cohort)})
    withdrawn_by_supplier = Q(**{f"{interest}__status": InterestStatus.WITHDRAWN}) & Q(
        Exists(
            Membership.objects.filter(
                user=OuterRef(f"{interest}__answered_by"), organisation=OuterRef("pk")
            )
        )
    )
    answered = Q(**{f"{interest}__status__in": [InterestStatus.ACCEPTED, InterestStatus.DECLINED]})
    organisations = Organisation.objects.annotate(
        received=Count(interest, filter=received, distinct=True),
        answered=Count(
            interest, filter=received & (answered | withdrawn_by_supplier), distinct=True
        ),
        accepted=Count(
            interest,
            filter=received & Q(**{f"{interest}__status": InterestStatus.ACCEPTED}),
            distinct=True,
        ),
    )
    if cohort is None:
        taking_part = Q(kind=OrganisationKind.SUPPLIER)
    else:
        places = CohortSupplier.objects.filter(cohort=cohort).exclude(status=EntryStatus.DECLINED)
        taking_part = Q(pk__in=places.values("organisation_id"))
    organisations = organisations.filter(taking_part | Q(received__gt=0)).order_by(
        "-received", "name", "pk"
    )
    return [
        SupplierResponse(
            organisation=o.name,
            received=o.received,
            answered=o.answered,
            accepted=o.accepted,
            rate=o.answered / o.received if o.received else None,
        )
        for o in organisations
    ]
