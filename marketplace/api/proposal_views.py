"""Expressions of interest, pilot proposals and their comment threads."""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import proposal_serializers as s
from marketplace.organisations.selectors import (
    memberships_for_user,
    organisation_get_for_member,
)
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import PilotProposal, ProposalTransition
from marketplace.proposals.selectors import (
    interest_get_for_user,
    interest_inbox,
    interests_for_user,
    proposal_get_for_user,
    proposals_for_user,
)
from marketplace.proposals.transitions import (
    INTEREST_TRANSITIONS,
    TRANSITIONS,
    InterestTransition,
    Reason,
    Transition,
    Version,
)


def _valid(serializer_class: type, data, **kwargs) -> dict:
    payload = serializer_class(data=data, **kwargs)
    payload.is_valid(raise_exception=True)
    return payload.validated_data


def _proposal_data(proposal: PilotProposal) -> dict:
    prefetch_related_objects(
        [proposal],
        "metrics",
        "milestones",
        "budget_lines",
        Prefetch("transitions", queryset=ProposalTransition.objects.select_related("actor")),
    )
    return s.ProposalSerializer(proposal).data


# -- expressions of interest ------------------------------------------------------------------


def _acting_organisation(user, slug: str | None):
    if slug is None:
        membership = memberships_for_user(user=user).first()
        return membership.organisation if membership else None
    try:
        organisation, _ = organisation_get_for_member(user=user, slug=slug)
    except Http404 as exc:
        raise serializers.ValidationError(
            {"organisation": ["You are not a member of that organisation."]}
        ) from exc
    return organisation


class InterestListCreateApi(generics.ListAPIView):
    serializer_class = s.InterestSerializer

    def get_queryset(self):
        filters = _valid(s.InterestFilterSerializer, self.request.query_params)
        user = self.request.user
        if "box" in filters:
            organisation = _acting_organisation(user, filters.get("organisation"))
            interests = interest_inbox(user=user, organisation=organisation)[filters["box"]]
        else:
            interests = interests_for_user(user=user)
        if "status" in filters:
            interests = interests.filter(status=filters["status"])
        return interests

    @extend_schema(parameters=[s.InterestFilterSerializer])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(request=s.InterestCreateSerializer, responses={201: s.InterestSerializer})
    def post(self, request):
        data = _valid(s.InterestCreateSerializer, request.data, context={"user": request.user})
        interest = services.interest_open(user=request.user, **data)
        return Response(s.InterestSerializer(interest).data, status=status.HTTP_201_CREATED)


class InterestDetailApi(APIView):
    @extend_schema(responses=s.InterestSerializer)
    def get(self, request, pk: int):
        interest = interest_get_for_user(user=request.user, pk=pk)
        return Response(s.InterestSerializer(interest).data)


class InterestAnswerApi(APIView):
    """POST interests/<id>/<action>/: one answer of INTEREST_TRANSITIONS."""

    step: InterestTransition

    def post(self, request, pk: int):
        interest = interest_get_for_user(user=request.user, pk=pk)
        data = _valid(s.AnswerSerializer, request.data)
        proposal = services.interest_transition(
            action=self.step.action, user=request.user, interest=interest, **data
        )
        if proposal is not None:
            return Response(_proposal_data(proposal), status=status.HTTP_201_CREATED)
        interest = interest_get_for_user(user=request.user, pk=pk)
        return Response(s.InterestSerializer(interest).data)


def _interest_action_view(step: InterestTransition) -> type:
    if step.starts_proposal:
        schema = extend_schema(
            request=s.AnswerSerializer,
            responses={201: s.ProposalSerializer},
            description="The invited side says yes: a draft proposal, pre-filled from both "
            "entries, starts.",
        )
    else:
        schema = extend_schema(
            request=s.AnswerSerializer,
            responses=s.InterestSerializer,
            description=f"From {', '.join(sorted(step.from_states))} to {step.to_state}; "
            f"who: {step.who}.",
        )

    @schema
    def post(self, request, pk: int):
        return InterestAnswerApi.post(self, request, pk)

    name = f"Interest{step.action.title()}Api"
    return type(name, (InterestAnswerApi,), {"step": step, "post": post})


INTEREST_ACTION_VIEWS = {
    action: _interest_action_view(step) for action, step in INTEREST_TRANSITIONS.items()
}
InterestAcceptApi = INTEREST_ACTION_VIEWS["accept"]
InterestDeclineApi = INTEREST_ACTION_VIEWS["decline"]
InterestWithdrawApi = INTEREST_ACTION_VIEWS["withdraw"]


# -- proposals --------------------------------------------------------------------------------


class ProposalListApi(generics.ListAPIView):
    serializer_class = s.ProposalSummarySerializer

    def get_queryset(self):
        filters = _valid(s.ProposalFilterSerializer, self.request.query_params)
        proposals = proposals_for_user(user=self.request.user)
        if "status" in filters:
            proposals = proposals.filter(status=filters["status"])
        return proposals

    @extend_schema(parameters=[s.ProposalFilterSerializer])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class ProposalDetailApi(APIView):
    @extend_schema(responses=s.ProposalSerializer)
    def get(self, request, pk: int):
        proposal = proposal_get_for_user(user=request.user, pk=pk)
        return Response(_proposal_data(proposal))

    @extend_schema(request=s.ProposalUpdateSerializer, responses=s.ProposalSerializer)
    def patch(self, request, pk: int):
        """Any subset of the content fields; a row list replaces that section's rows."""
        proposal = proposal_get_for_user(user=request.user, pk=pk)
        data = _valid(s.ProposalUpdateSerializer, request.data)
        proposal = services.proposal_update(user=request.user, proposal=proposal, **data)
        return Response(_proposal_data(proposal))


class ProposalActionApi(APIView):
    """POST proposals/<id>/<action>/: one step of TRANSITIONS."""

    step: Transition
    input_class: type | None = None

    def post(self, request, pk: int):
        proposal = proposal_get_for_user(user=request.user, pk=pk)
        if self.step.staff_only:
            # Refused before the body is read: who may not act hears nothing about the body.
            services.require_staff(request.user, self.step.may)
        data = _valid(self.input_class, request.data) if self.input_class else {}
        proposal = services.proposal_transition(
            action=self.step.action, user=request.user, proposal=proposal, **data
        )
        return Response(_proposal_data(proposal))


# What a step's body holds follows from whether it names a version and takes a reason.
STEP_INPUTS: dict[tuple[Version, Reason], type | None] = {
    (Version.REQUIRED, Reason.NONE): s.VersionSerializer,
    (Version.OPTIONAL, Reason.REQUIRED): s.ReviewSerializer,
    (Version.OPTIONAL, Reason.OPTIONAL): s.ApproveSerializer,
    (Version.NONE, Reason.REQUIRED): s.ReasonRequiredSerializer,
    (Version.NONE, Reason.NONE): None,
}


def _input_class(step: Transition) -> type | None:
    if step.reports_outcomes:
        return s.CompleteSerializer
    return STEP_INPUTS[(step.version, step.reason)]


REASON_NOTES = {
    Reason.NONE: "",
    Reason.OPTIONAL: " A reason is optional.",
    Reason.REQUIRED: " A reason is required.",
}


def _describe(step: Transition) -> str:
    sources = ", ".join(step.moves)
    targets = ", ".join(dict.fromkeys(step.moves.values()))
    return f"From {sources} to {targets}. Who: {step.who}.{REASON_NOTES[step.reason]}"


def _action_view(step: Transition) -> type:
    name = "".join(part.title() for part in step.action.split("_"))
    input_class = _input_class(step)

    @extend_schema(request=input_class, responses=s.ProposalSerializer, description=_describe(step))
    def post(self, request, pk: int):
        return ProposalActionApi.post(self, request, pk)

    attrs = {"step": step, "input_class": input_class, "post": post}
    return type(f"Proposal{name}Api", (ProposalActionApi,), attrs)


# Routed as proposals/<id>/<action>/ (marketplace/api/urls.py), one per step of the table.
PROPOSAL_ACTION_VIEWS = {step.url_name: _action_view(step) for step in TRANSITIONS.values()}


# -- comments ---------------------------------------------------------------------------------


class CommentListCreateApi(generics.ListAPIView):
    serializer_class = s.CommentSerializer
    thread = "proposal"

    def get_thread(self):
        get_for_user = proposal_get_for_user if self.thread == "proposal" else interest_get_for_user
        return get_for_user(user=self.request.user, pk=self.kwargs["pk"])

    def get_queryset(self):
        return self.get_thread().comments.select_related("author").prefetch_related("mentions")

    @extend_schema(request=s.CommentCreateSerializer, responses={201: s.CommentSerializer})
    def post(self, request, pk: int):
        thread = self.get_thread()
        data = _valid(s.CommentCreateSerializer, request.data)
        comment = comment_add(user=request.user, **{self.thread: thread}, **data)
        return Response(s.CommentSerializer(comment).data, status=status.HTTP_201_CREATED)


class InterestCommentsApi(CommentListCreateApi):
    thread = "interest"


class ProposalCommentsApi(CommentListCreateApi):
    thread = "proposal"
