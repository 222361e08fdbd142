from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from marketplace.api import views

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/me/", views.MeApi.as_view(), name="me"),
    path("v1/themes/", views.ThemeListApi.as_view(), name="themes"),
    path("v1/regions/", views.RegionListApi.as_view(), name="regions"),
    path("v1/organisations/", views.OrganisationListCreateApi.as_view(), name="organisations"),
    path(
        "v1/organisations/<slug:slug>/",
        views.OrganisationDetailApi.as_view(),
        name="organisation",
    ),
    path(
        "v1/organisations/<slug:slug>/members/",
        views.MemberListApi.as_view(),
        name="organisation-members",
    ),
    path(
        "v1/organisations/<slug:slug>/invitations/",
        views.InvitationListCreateApi.as_view(),
        name="organisation-invitations",
    ),
    path("v1/invitations/accept/", views.InvitationAcceptApi.as_view(), name="invitation-accept"),
]
