from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import serializers as s
from marketplace.catalogue.models import Region, Theme
from marketplace.organisations import services
from marketplace.organisations.models import Role
from marketplace.organisations.selectors import (
    members_of,
    memberships_for_user,
    organisation_directory,
    organisation_get_for_member,
    pending_invitations_of,
)


class ThemeListApi(generics.ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = s.ThemeSerializer
    queryset = Theme.objects.filter(is_active=True)
    pagination_class = None


class RegionListApi(generics.ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = s.RegionSerializer
    queryset = Region.objects.all()
    pagination_class = None


# What /api/v1/ lists: the collections a client starts from, by route name.
INDEX_ROUTES = ("me", "challenges", "solutions", "organisations", "interests", "proposals",
                "cohorts", "themes", "regions", "tokens")  # fmt: skip


class ApiIndex(APIView):
    """The API's front door: where its documentation is and the collections it serves."""

    permission_classes = [AllowAny]

    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request):
        def link(name: str) -> str:
            return request.build_absolute_uri(reverse(f"api:{name}"))

        return Response(
            {
                "docs": link("docs"),
                "schema": link("schema"),
                "authentication": "Header `Authorization: Token <key>`; get a key with a "
                f"POST to {link('token')} or from the account's API tokens page.",
                "resources": {name: link(name) for name in INDEX_ROUTES},
            }
        )


class MeApi(APIView):
    @extend_schema(responses=s.MeSerializer)
    def get(self, request):
        data = {
            "email": request.user.email,
            "full_name": request.user.full_name,
            "is_staff": request.user.is_staff,
            "memberships": memberships_for_user(user=request.user),
        }
        return Response(s.MeSerializer(data).data)


class OrganisationListCreateApi(generics.ListAPIView):
    serializer_class = s.OrganisationSerializer

    def get_queryset(self):
        return organisation_directory()

    @extend_schema(
        request=s.OrganisationCreateSerializer, responses={201: s.OrganisationSerializer}
    )
    def post(self, request):
        payload = s.OrganisationCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        organisation = services.organisation_create(user=request.user, **payload.validated_data)
        return Response(s.OrganisationSerializer(organisation).data, status=status.HTTP_201_CREATED)


class OrganisationDetailApi(APIView):
    @extend_schema(responses=s.OrganisationSerializer)
    def get(self, request, slug: str):
        organisation = generics.get_object_or_404(organisation_directory(), slug=slug)
        return Response(s.OrganisationSerializer(organisation).data)

    @extend_schema(request=s.OrganisationUpdateSerializer, responses=s.OrganisationSerializer)
    def patch(self, request, slug: str):
        organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
        payload = s.OrganisationUpdateSerializer(organisation, data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        organisation = services.organisation_update(
            user=request.user, organisation=organisation, **payload.validated_data
        )
        return Response(s.OrganisationSerializer(organisation).data)


class MemberListApi(generics.ListAPIView):
    serializer_class = s.MemberSerializer

    def get_queryset(self):
        organisation, _ = organisation_get_for_member(
            user=self.request.user, slug=self.kwargs["slug"]
        )
        return members_of(organisation=organisation)


class InvitationListCreateApi(APIView):
    @extend_schema(responses=s.InvitationSerializer(many=True))
    def get(self, request, slug: str):
        organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
        services.require_role(user=request.user, organisation=organisation, role=Role.ADMIN)
        invitations = pending_invitations_of(organisation=organisation)
        return Response(s.InvitationSerializer(invitations, many=True).data)

    @extend_schema(request=s.InvitationCreateSerializer, responses={201: s.InvitationSerializer})
    def post(self, request, slug: str):
        organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
        payload = s.InvitationCreateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        invitation = services.invitation_create(
            user=request.user, organisation=organisation, **payload.validated_data
        )
        return Response(s.InvitationSerializer(invitation).data, status=status.HTTP_201_CREATED)


class InvitationAcceptApi(APIView):
    @extend_schema(request=s.InvitationAcceptSerializer, responses={201: s.MyMembershipSerializer})
    def post(self, request):
        payload = s.InvitationAcceptSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        membership = services.invitation_accept(
            user=request.user, token=payload.validated_data["token"]
        )
        return Response(s.MyMembershipSerializer(membership).data, status=status.HTTP_201_CREATED)
