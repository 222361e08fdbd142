from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from marketplace.api import cohort_views, job_views, token_views, views
from marketplace.api import proposal_views as pv
from marketplace.api.catalogue_views import CHALLENGE_VIEWS, SOLUTION_VIEWS

app_name = "api"

TRANSITIONS = ["submit", "publish", "close", "archive"]


def catalogue_urls(prefix: str, views_for: dict) -> list:
    detail = f"v1/{prefix}/<int:pk>/"
    return [
        path(f"v1/{prefix}/", views_for["list"].as_view(), name=prefix),
        path(detail, views_for["detail"].as_view(), name=f"{prefix}-detail"),
        *[
            path(
                f"{detail}{action}/",
                views_for["transition"].as_view(),
                {"action": action},
                name=f"{prefix}-{action}",
            )
            for action in TRANSITIONS
        ],
        path(f"{detail}reject/", views_for["reject"].as_view(), name=f"{prefix}-reject"),
        path(f"{detail}matches/", views_for["matches"].as_view(), name=f"{prefix}-matches"),
        path(
            f"{detail}matches/<int:other_pk>/feedback/",
            views_for["feedback"].as_view(),
            name=f"{prefix}-match-feedback",
        ),
    ]


urlpatterns = [
    path("v1/", views.ApiIndex.as_view(), name="index"),
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/auth/token/", token_views.TokenApi.as_view(), name="token"),
    path("v1/auth/tokens/", token_views.TokenListApi.as_view(), name="tokens"),
    path("v1/auth/tokens/<int:pk>/", token_views.TokenDetailApi.as_view(), name="token-detail"),
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
    *catalogue_urls("challenges", CHALLENGE_VIEWS),
    *catalogue_urls("solutions", SOLUTION_VIEWS),
    path("v1/interests/", pv.InterestListCreateApi.as_view(), name="interests"),
    path("v1/interests/<int:pk>/", pv.InterestDetailApi.as_view(), name="interest"),
    path("v1/interests/<int:pk>/accept/", pv.InterestAcceptApi.as_view(), name="interest-accept"),
    path(
        "v1/interests/<int:pk>/decline/", pv.InterestDeclineApi.as_view(), name="interest-decline"
    ),
    path(
        "v1/interests/<int:pk>/withdraw/",
        pv.InterestWithdrawApi.as_view(),
        name="interest-withdraw",
    ),
    path(
        "v1/interests/<int:pk>/comments/",
        pv.InterestCommentsApi.as_view(),
        name="interest-comments",
    ),
    path("v1/proposals/", pv.ProposalListApi.as_view(), name="proposals"),
    path("v1/proposals/<int:pk>/", pv.ProposalDetailApi.as_view(), name="proposal"),
    *[
        path(f"v1/proposals/<int:pk>/{action}/", view.as_view(), name=f"proposal-{action}")
        for action, view in pv.PROPOSAL_ACTION_VIEWS.items()
    ],
    path(
        "v1/proposals/<int:pk>/comments/",
        pv.ProposalCommentsApi.as_view(),
        name="proposal-comments",
    ),
]

urlpatterns += cohort_views.urlpatterns
urlpatterns += job_views.urlpatterns
