from django.core.validators import slug_re
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import IsAuthenticatedOrReadOnly
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api.catalogue_serializers import (
    ChallengeSerializer,
    FeedbackSerializer,
    MatchSerializer,
    RejectSerializer,
    SolutionSerializer,
    create_serializer_for,
)
from marketplace.api.cohort_views import STAFF_ONLY
from marketplace.catalogue import services
from marketplace.catalogue.filters import CatalogueFilterForm
from marketplace.catalogue.models import Challenge, Solution
from marketplace.catalogue.selectors import (
    apply_filters,
    entry_get_for_user,
    region_names,
    visible_entries,
)
from marketplace.matchmaking.matches import (
    MATCHES_MAX,
    acting_organisation_id,
    entry_for_matching,
    matches_for,
)
from marketplace.organisations.selectors import organisation_get_for_member

FILTER_PARAMETERS = [
    OpenApiParameter("q", str, description="Full-text search"),
    OpenApiParameter("theme", str, many=True, description="Theme slug (repeatable)"),
    OpenApiParameter("region", str, many=True, description="ITL1 region code (repeatable)"),
    OpenApiParameter("status", str, many=True),
    OpenApiParameter("organisation", str, description="Organisation slug"),
    OpenApiParameter("budget_min", int, description="Challenges: budget band from, in pounds"),
    OpenApiParameter("budget_max", int, description="Challenges: budget band to, in pounds"),
    OpenApiParameter("maturity", str, many=True, description="Solutions: maturity"),
    OpenApiParameter("certification", str, many=True, description="Solutions: certification"),
    OpenApiParameter("price_max", int, description="Solutions: indicative price up to, pounds"),
]


class EntryListCreateApi(generics.ListAPIView):
    permission_classes = [IsAuthenticatedOrReadOnly]
    model: type = Challenge

    def get_queryset(self):
        form = CatalogueFilterForm(self.request.query_params)
        if not form.is_valid():
            raise serializers.ValidationError(form.errors.get_json_data())
        queryset = visible_entries(self.model, user=self.request.user)
        return apply_filters(queryset, form.domain_filters()).order_by("-published_at", "-pk")

    @extend_schema(parameters=FILTER_PARAMETERS)
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def post(self, request):
        """Create a draft for one of your organisations (its slug in `organisation`)."""
        slug = request.data.get("organisation") if hasattr(request.data, "get") else None
        # Checked as a slug before it is looked up: PostgreSQL refuses a NUL in a query.
        if not isinstance(slug, str) or not slug_re.match(slug):
            raise serializers.ValidationError(
                {"organisation": ["Give the slug of the organisation you post for."]}
            )
        try:
            organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
        except Http404 as exc:
            raise serializers.ValidationError(
                {"organisation": ["You are not a member of that organisation."]}
            ) from exc
        payload = create_serializer_for(self.serializer_class)(
            data=request.data, context={"organisation": organisation}
        )
        payload.is_valid(raise_exception=True)
        fields = {k: v for k, v in payload.validated_data.items() if k != "organisation"}
        entry = services.entry_create(
            self.model, user=request.user, organisation=organisation, **fields
        )
        return Response(self.get_serializer(entry).data, status=status.HTTP_201_CREATED)

    def get_serializer(self, *args, **kwargs):
        kwargs.setdefault("context", self.get_serializer_context())
        return self.serializer_class(*args, **kwargs)


class EntryDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]
    model: type = Challenge
    serializer_class: type = ChallengeSerializer

    def get(self, request, pk: int):
        entry = entry_get_for_user(self.model, user=request.user, pk=pk)
        return Response(self.serializer_class(entry).data)

    def patch(self, request, pk: int):
        entry = entry_get_for_user(self.model, user=request.user, pk=pk)
        payload = self.serializer_class(
            entry, data=request.data, partial=True, context={"organisation": entry.organisation}
        )
        payload.is_valid(raise_exception=True)
        entry = services.entry_update(entry, user=request.user, **payload.validated_data)
        return Response(self.serializer_class(entry).data)


class EntryTransitionApi(APIView):
    """POST /<kind>/<id>/<action>/: submit, publish, close, archive."""

    model: type = Challenge
    serializer_class: type = ChallengeSerializer
    actions = {
        "submit": services.entry_submit,
        "publish": services.entry_publish,
        "close": services.entry_close,
        "archive": services.entry_archive,
    }

    @extend_schema(request=None)
    def post(self, request, pk: int, action: str):
        entry = entry_get_for_user(self.model, user=request.user, pk=pk)
        if action not in self.actions:
            raise Http404("No such action.")
        entry = self.actions[action](entry, user=request.user)
        return Response(self.serializer_class(entry).data)


class EntryRejectApi(APIView):
    """Staff send a submission back to its organisation, saying why; 404 for everyone else."""

    # Checked before the reason is read: a 400 would tell others the entry is there to reject.
    permission_classes = STAFF_ONLY
    model: type = Challenge
    serializer_class: type = ChallengeSerializer

    def post(self, request, pk: int):
        entry = entry_get_for_user(self.model, user=request.user, pk=pk)
        payload = RejectSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        entry = services.entry_reject(
            entry, user=request.user, reason=payload.validated_data["reason"]
        )
        return Response(self.serializer_class(entry).data)


def _views_for(model, serializer_class) -> dict:
    name = model.__name__
    attrs = {"model": model, "serializer_class": serializer_class}

    @extend_schema(
        request=create_serializer_for(serializer_class), responses={201: serializer_class}
    )
    def post(self, request):
        return EntryListCreateApi.post(self, request)

    return {
        "list": type(f"{name}ListCreateApi", (EntryListCreateApi,), {**attrs, "post": post}),
        "detail": type(f"{name}DetailApi", (EntryDetailApi,), attrs),
        "transition": type(f"{name}TransitionApi", (EntryTransitionApi,), attrs),
        "reject": type(f"{name}RejectApi", (EntryRejectApi,), attrs),
        "matches": type(f"{name}MatchesApi", (EntryMatchesApi,), attrs),
        "feedback": type(f"{name}MatchFeedbackApi", (EntryMatchFeedbackApi,), attrs),
    }


class EntryMatchesApi(APIView):
    """Ranked counterparts for one of your published entries, with the reasons."""

    model: type = Challenge

    @extend_schema(
        parameters=[
            *FILTER_PARAMETERS,
            OpenApiParameter("k", int, description=f"1-{MATCHES_MAX}"),
        ],
        responses=MatchSerializer(many=True),
    )
    def get(self, request, pk: int):
        entry = entry_for_matching(self.model, user=request.user, pk=pk)
        form = CatalogueFilterForm(request.query_params)
        if not form.is_valid():
            raise serializers.ValidationError(form.errors.get_json_data())
        try:
            k = serializers.IntegerField(min_value=1, max_value=MATCHES_MAX).run_validation(
                request.query_params.get("k", 20)
            )
        except serializers.ValidationError as exc:
            raise serializers.ValidationError({"k": exc.detail}) from exc
        ranked = matches_for(
            user=request.user,
            organisation_id=acting_organisation_id(entry),
            entry=entry,
            filters=form.domain_filters(),
            k=k,
        )
        context = {"region_names": region_names()}
        return Response(MatchSerializer(ranked, many=True, context=context).data)


class EntryMatchFeedbackApi(APIView):
    """Shortlist, dismiss or mark not relevant (with a reason) one pairing."""

    model: type = Challenge

    @extend_schema(request=FeedbackSerializer, responses={204: None})
    def post(self, request, pk: int, other_pk: int):
        entry = entry_for_matching(self.model, user=request.user, pk=pk)
        other_model = Solution if self.model is Challenge else Challenge
        other = entry_get_for_user(other_model, user=request.user, pk=other_pk)
        payload = FeedbackSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        challenge, solution = (entry, other) if self.model is Challenge else (other, entry)
        services.feedback_record(
            user=request.user,
            organisation=entry.organisation,
            challenge=challenge,
            solution=solution,
            **payload.validated_data,
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


CHALLENGE_VIEWS = _views_for(Challenge, ChallengeSerializer)
SOLUTION_VIEWS = _views_for(Solution, SolutionSerializer)
