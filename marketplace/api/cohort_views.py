"""The staff REST API for cohorts, pairings, demand clusters and the funnel.

Everyone but programme staff gets 404, as on the staff pages: the endpoints do not exist for them.
"""

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics, status
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import cohort_serializers as s
from marketplace.billing.selectors import cohort_fees
from marketplace.catalogue.models import Status
from marketplace.cohorts import insight, services, transitions
from marketplace.cohorts.analytics import (
    funnel,
    match_feedback_summary,
    supplier_response_rates,
    time_in_stage,
)
from marketplace.cohorts.models import (
    Cohort,
    CohortChallenge,
    CohortSupplier,
    Pairing,
)
from marketplace.cohorts.selectors import cohort_get


class StaffOnly(BasePermission):
    def has_permission(self, request, view) -> bool:
        if not request.user.is_staff:
            raise exceptions.NotFound()
        return True


STAFF_ONLY = [IsAuthenticated, StaffOnly]


def _valid(serializer_class: type, data, **kwargs) -> dict:
    payload = serializer_class(data=data, **kwargs)
    payload.is_valid(raise_exception=True)
    return payload.validated_data


def _count_of(model: type, **filters) -> Coalesce:
    rows = model.objects.filter(cohort=OuterRef("pk"), **filters).order_by().values("cohort")
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)


def _cohorts() -> QuerySet[Cohort]:
    # Subqueries, not joins: joining entries, places and pairings would multiply the rows.
    return (
        Cohort.objects.select_related("created_by")
        .prefetch_related("themes")
        .annotate(
            challenge_count=_count_of(
                CohortChallenge,
                status__in=services.TAKING_PART,
                challenge__status=Status.PUBLISHED,
            ),
            supplier_count=_count_of(CohortSupplier, status__in=services.TAKING_PART),
            pairing_count=_count_of(Pairing),
        )
        .order_by("-created_at", "pk")
    )


def _cohort_data(slug: str) -> dict:
    return s.CohortSerializer(generics.get_object_or_404(_cohorts(), slug=slug)).data


# -- cohorts ----------------------------------------------------------------------------------


class CohortListCreateApi(generics.ListAPIView):
    permission_classes = STAFF_ONLY
    serializer_class = s.CohortSerializer

    def get_queryset(self):
        return _cohorts()

    @extend_schema(request=s.CohortSerializer, responses={201: s.CohortSerializer})
    def post(self, request):
        data = _valid(s.CohortSerializer, request.data)
        cohort = services.cohort_create(user=request.user, **data)
        return Response(_cohort_data(cohort.slug), status=status.HTTP_201_CREATED)


class CohortDetailApi(APIView):
    permission_classes = STAFF_ONLY

    @extend_schema(responses=s.CohortSerializer)
    def get(self, request, slug: str):
        return Response(_cohort_data(slug))

    @extend_schema(request=s.CohortSerializer, responses=s.CohortSerializer)
    def patch(self, request, slug: str):
        """Any subset of the cohort's fields; `themes`, when sent, replaces them all."""
        cohort = cohort_get(slug=slug)
        data = _valid(s.CohortSerializer, request.data, instance=cohort, partial=True)
        services.cohort_update(user=request.user, cohort=cohort, **data)
        return Response(_cohort_data(slug))


# -- who takes part ---------------------------------------------------------------------------


class CohortChallengeListAddApi(generics.ListAPIView):
    permission_classes = STAFF_ONLY
    serializer_class = s.CohortChallengeSerializer

    def get_queryset(self):
        cohort = cohort_get(slug=self.kwargs["slug"])
        return cohort.entries.select_related("challenge__organisation").order_by("added_at", "pk")

    @extend_schema(
        request=s.CohortChallengeAddSerializer, responses={201: s.CohortChallengeSerializer}
    )
    def post(self, request, slug: str):
        """Add a published challenge, or accept one its provider applied with."""
        cohort = cohort_get(slug=slug)
        data = _valid(s.CohortChallengeAddSerializer, request.data)
        entry = services.cohort_add_challenge(user=request.user, cohort=cohort, **data)
        return Response(s.CohortChallengeSerializer(entry).data, status=status.HTTP_201_CREATED)


class CohortSupplierListInviteApi(generics.ListAPIView):
    permission_classes = STAFF_ONLY
    serializer_class = s.CohortSupplierSerializer

    def get_queryset(self):
        cohort = cohort_get(slug=self.kwargs["slug"])
        return cohort.suppliers.select_related("organisation").order_by("added_at", "pk")

    @extend_schema(
        request=s.CohortSupplierInviteSerializer, responses={201: s.CohortSupplierSerializer}
    )
    def post(self, request, slug: str):
        cohort = cohort_get(slug=slug)
        data = _valid(s.CohortSupplierInviteSerializer, request.data)
        place = services.cohort_invite_supplier(user=request.user, cohort=cohort, **data)
        return Response(s.CohortSupplierSerializer(place).data, status=status.HTTP_201_CREATED)


class CohortSupplierAcceptApi(APIView):
    """Accept a supplier's place: confirmed at once in a free cohort, else once the fee is paid."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses=s.CohortSupplierSerializer)
    def post(self, request, slug: str, organisation: str):
        places = cohort_get(slug=slug).suppliers.select_related("cohort", "organisation")
        place = generics.get_object_or_404(places, organisation__slug=organisation)
        place = services.cohort_accept_supplier(user=request.user, place=place)
        return Response(s.CohortSupplierSerializer(place).data)


# -- pairings ---------------------------------------------------------------------------------


class PairingListAddApi(generics.ListAPIView):
    """Best first; each pairing's state says what the optimiser or staff decided."""

    permission_classes = STAFF_ONLY
    serializer_class = s.PairingSerializer

    def get_queryset(self):
        filters = _valid(s.PairingFilterSerializer, self.request.query_params)
        pairings = (
            cohort_get(slug=self.kwargs["slug"])
            .pairings.select_related(
                "challenge__organisation", "solution__organisation", "decided_by"
            )
            .order_by("-score", "pk")
        )
        if "state" in filters:
            pairings = pairings.filter(state=filters["state"])
        return pairings

    @extend_schema(parameters=[s.PairingFilterSerializer])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(request=s.PairingAddSerializer, responses={201: s.PairingSerializer})
    def post(self, request, slug: str):
        """Pair a challenge and a solution the matcher did not put forward; it is pinned."""
        cohort = cohort_get(slug=slug)
        data = _valid(
            s.PairingAddSerializer,
            request.data,
            challenges=services.cohort_challenges(cohort).select_related("organisation"),
            solutions=services.cohort_solutions(cohort).select_related("organisation"),
        )
        pairing = services.pairing_add(user=request.user, cohort=cohort, **data)
        return Response(s.PairingSerializer(pairing).data, status=status.HTTP_201_CREATED)


class PairingDecideApi(APIView):
    """Pin (keep it), remove (never suggest it) or reset (leave it to the optimiser) a pairing."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses=s.PairingSerializer)
    def post(self, request, slug: str, pk: int, state: str):
        pairings = cohort_get(slug=slug).pairings.select_related(
            "challenge__organisation", "solution__organisation", "decided_by"
        )
        pairing = generics.get_object_or_404(pairings, pk=pk)
        services.pairing_decide(user=request.user, pairing=pairing, state=state)
        return Response(s.PairingSerializer(generics.get_object_or_404(pairings, pk=pk)).data)


PAIRING_DECISIONS = transitions.DECISION_STATES


class CohortScoreApi(APIView):
    """Score every challenge taking part against every solution taking part, with the matcher."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses=s.ScoreRunSerializer)
    def post(self, request, slug: str):
        scored = services.cohort_score(user=request.user, cohort=cohort_get(slug=slug))
        return Response(s.ScoreRunSerializer({"scored": scored}).data)


class CohortOptimiseApi(APIView):
    """Suggest the pairings with the best total score around the pinned and removed ones."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses=s.OptimiserRunSerializer)
    def post(self, request, slug: str):
        run = services.cohort_optimise(user=request.user, cohort=cohort_get(slug=slug))
        return Response(s.OptimiserRunSerializer(run).data)


class CohortConfirmApi(APIView):
    """Send every suggested and pinned pairing to both sides as a programme invitation."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=None, responses={200: s.ConfirmRunSerializer, 409: None})
    def post(self, request, slug: str):
        cohort = cohort_get(slug=slug)
        confirmed = services.cohort_confirm(user=request.user, cohort=cohort)
        return Response(s.ConfirmRunSerializer({"confirmed": confirmed}).data)


# -- funnel -----------------------------------------------------------------------------------


def _funnel_data(cohort: Cohort | None) -> dict:
    figures = {
        "funnel": funnel(cohort),
        "time_in_stage": time_in_stage(cohort),
        "match_feedback": match_feedback_summary(cohort),
        "supplier_responses": supplier_response_rates(cohort),
        "fees": cohort_fees(cohort),
    }
    return s.FunnelSerializer(figures).data


class FunnelApi(APIView):
    """Across the whole marketplace: the funnel, time in each stage, feedback, responses, fees."""

    permission_classes = STAFF_ONLY

    @extend_schema(responses=s.FunnelSerializer)
    def get(self, request):
        return Response(_funnel_data(None))


class CohortFunnelApi(APIView):
    """The same figures for the challenges in one cohort."""

    permission_classes = STAFF_ONLY

    @extend_schema(responses=s.FunnelSerializer)
    def get(self, request, slug: str):
        return Response(_funnel_data(cohort_get(slug=slug)))


# -- demand clusters --------------------------------------------------------------------------


class ClusterListApi(APIView):
    """Published challenges grouped by what they ask for, across every provider."""

    permission_classes = STAFF_ONLY

    @extend_schema(parameters=[s.ClusterFilterSerializer], responses=s.ClusterSerializer(many=True))
    def get(self, request):
        filters = _valid(s.ClusterFilterSerializer, request.query_params)
        clusters = insight.challenge_clusters(k=filters.get("k"))
        if filters["unmet"]:
            clusters = [cluster for cluster in clusters if cluster.unmet]
        return Response(s.ClusterSerializer(clusters, many=True).data)


class ClusterCohortApi(APIView):
    """Start a cohort, at planning, with a cluster's challenges."""

    permission_classes = STAFF_ONLY

    @extend_schema(request=s.ClusterCohortSerializer, responses={201: s.CohortSerializer})
    def post(self, request):
        data = _valid(s.ClusterCohortSerializer, request.data)
        cohort = insight.cohort_from_cluster(user=request.user, **data)
        return Response(_cohort_data(cohort.slug), status=status.HTTP_201_CREATED)


COHORT = "v1/cohorts/<slug:slug>/"
PAIRING = f"{COHORT}pairings/<int:pk>/"

urlpatterns = [
    path("v1/cohorts/", CohortListCreateApi.as_view(), name="cohorts"),
    path(COHORT, CohortDetailApi.as_view(), name="cohort"),
    path(f"{COHORT}challenges/", CohortChallengeListAddApi.as_view(), name="cohort-challenges"),
    path(f"{COHORT}suppliers/", CohortSupplierListInviteApi.as_view(), name="cohort-suppliers"),
    path(
        f"{COHORT}suppliers/<slug:organisation>/accept/",
        CohortSupplierAcceptApi.as_view(),
        name="cohort-supplier-accept",
    ),
    path(f"{COHORT}pairings/", PairingListAddApi.as_view(), name="cohort-pairings"),
    *[
        path(
            f"{PAIRING}{action}/",
            PairingDecideApi.as_view(),
            {"state": state},
            name=f"cohort-pairing-{action}",
        )
        for action, state in PAIRING_DECISIONS.items()
    ],
    path(f"{COHORT}score/", CohortScoreApi.as_view(), name="cohort-score"),
    path(f"{COHORT}optimise/", CohortOptimiseApi.as_view(), name="cohort-optimise"),
    path(f"{COHORT}confirm/", CohortConfirmApi.as_view(), name="cohort-confirm"),
    path(f"{COHORT}funnel/", CohortFunnelApi.as_view(), name="cohort-funnel"),
    path("v1/funnel/", FunnelApi.as_view(), name="funnel"),
    path("v1/clusters/", ClusterListApi.as_view(), name="clusters"),
    path("v1/clusters/cohort/", ClusterCohortApi.as_view(), name="cluster-cohort"),
]
