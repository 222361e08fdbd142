"""Expressions of interest, pilot proposals and their comment threads."""

from collections.abc import Callable

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


class InterestAcceptApi(APIView):
    """The invited side says yes: a draft proposal, pre-filled from both entries, starts."""

    @extend_schema(request=s.AnswerSerializer, responses={201: s.ProposalSerializer})
    def post(self, request, pk: int):
        interest = interest_get_for_user(user=request.user, pk=pk)
        data = _valid(s.AnswerSerializer, request.data)
        proposal = services.interest_accept(user=request.user, interest=interest, **data)
        return Response(_proposal_data(proposal), status=status.HTTP_201_CREATED)


class InterestAnswerApi(APIView):
    """Decline (the invited side) or withdraw (either side) an open interest."""

    answer: Callable[..., None]

    @extend_schema(request=s.AnswerSerializer, responses=s.InterestSerializer)
    def post(self, request, pk: int):
        interest = interest_get_for_user(user=request.user, pk=pk)
        data = _valid(s.AnswerSerializer, request.data)
        self.answer(user=request.user, interest=interest, **data)
        interest = interest_get_for_user(user=request.user, pk=pk)
        return Response(s.InterestSerializer(interest).data)


class InterestDeclineApi(InterestAnswerApi):
    answer = staticmethod(services.interest_decline)


class InterestWithdrawApi(InterestAnswerApi):
    answer = staticmethod(services.interest_withdraw)


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
    """POST proposals/<id>/<action>/: one step of the proposal's life."""

    input_class: type | None = None
    act: Callable[..., PilotProposal]
    staff_verb: str | None = None

    def post(self, request, pk: int):
        proposal = proposal_get_for_user(user=request.user, pk=pk)
        if self.staff_verb:
            # Refused before the body is read: who may not act hears nothing about the body.
            services.require_staff(request.user, self.staff_verb)
        data = _valid(self.input_class, request.data) if self.input_class else {}
        proposal = self.act(user=request.user, proposal=proposal, **data)
        return Response(_proposal_data(proposal))


# The service, what its body must hold, and for staff-only decisions what staff may do.
PROPOSAL_ACTIONS = {
    "sign-off": (services.proposal_sign_off, s.VersionSerializer, None),
    "submit": (services.proposal_submit, s.VersionSerializer, None),
    "request-changes": (
        services.proposal_request_changes,
        s.ReviewSerializer,
        services.STAFF_REQUESTS_CHANGES,
    ),
    "approve": (services.proposal_approve, s.ApproveSerializer, services.STAFF_APPROVES),
    "decline": (services.proposal_decline, s.ReviewSerializer, services.STAFF_DECLINES),
    "start": (services.proposal_start, None, None),
    "complete": (services.proposal_complete, s.CompleteSerializer, None),
    "abandon": (services.proposal_abandon, s.ReasonRequiredSerializer, None),
}


def _action_view(action: str, act, input_class: type | None, staff_verb: str | None) -> type:
    name = "".join(part.title() for part in action.split("-"))

    @extend_schema(request=input_class, responses=s.ProposalSerializer)
    def post(self, request, pk: int):
        return ProposalActionApi.post(self, request, pk)

    attrs = {
        "act": staticmethod(act),
        "input_class": input_class,
        "staff_verb": staff_verb,
        "post": post,
    }
    return type(f"Proposal{name}Api", (ProposalActionApi,), attrs)


PROPOSAL_ACTION_VIEWS = {
    action: _action_view(action, *behaviour) for action, behaviour in PROPOSAL_ACTIONS.items()
}


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
