from django.urls import path

from frontend import (
    billing_views,
    catalogue_views,
    cohort_views,
    dashboard_views,
    insight_views,
    jobs_views,
    match_views,
    organisation_views,
    privacy_views,
    proposal_views,
    staff_views,
    token_views,
    views,
)
from marketplace.cohorts.transitions import DECISIONS

app_name = "frontend"

ov = organisation_views

urlpatterns = [
    path("", views.home, name="home"),
    path("onboarding/", views.onboarding, name="onboarding"),
    path("organisations/", ov.organisation_list, name="organisation_list"),
    path("organisations/new/", ov.organisation_create, name="organisation_create"),
    path("organisations/switch/", ov.organisation_switch, name="organisation_switch"),
    path("organisations/<slug:slug>/", ov.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", ov.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/members/", ov.organisation_members, name="members"),
    path(
        "organisations/<slug:slug>/members/<int:membership_id>/",
        ov.membership_update,
        name="membership_update",
    ),
    path(
        "organisations/<slug:slug>/invitations/<int:invitation_id>/revoke/",
        ov.invitation_revoke,
        name="invitation_revoke",
    ),
    path("invitations/<str:token>/", ov.invitation_accept, name="invitation_accept"),
    path("my/", catalogue_views.my_organisation, name="mine"),
    path("moderation/", catalogue_views.moderation, name="moderation"),
]

pv = proposal_views
urlpatterns += [
    path("interests/", pv.interest_inbox_page, name="interests"),
    path("interests/new/", pv.interest_new, name="interest_new"),
    path("interests/<int:pk>/", pv.interest_detail, name="interest_detail"),
    *[
        path(
            f"interests/<int:pk>/{action}/",
            pv.interest_action,
            {"action": action},
            name=f"interest_{action}",
        )
        for action in pv.INTEREST_ACTIONS
    ],
    path(
        "interests/<int:pk>/comments/",
        pv.comment_post,
        {"thread": "interest"},
        name="interest_comment",
    ),
    path("proposals/", pv.proposal_list, name="proposals"),
    path("proposals/review/", pv.proposal_review, name="proposal_review"),
    path("proposals/<int:pk>/", pv.proposal_detail, name="proposal_detail"),
    path("proposals/<int:pk>/print/", pv.proposal_print, name="proposal_print"),
    path(
        "proposals/<int:pk>/sections/<slug:section>/", pv.proposal_section, name="proposal_section"
    ),
    path(
        "proposals/<int:pk>/comments/",
        pv.comment_post,
        {"thread": "proposal"},
        name="proposal_comment",
    ),
    *[
        path(
            f"proposals/<int:pk>/{action.replace('_', '-')}/",
            pv.proposal_action,
            {"action": action},
            name=f"proposal_{action}",
        )
        for action in pv.PROPOSAL_ACTIONS
    ],
    path("account/notifications/", pv.notification_preferences, name="notification_preferences"),
    path("account/tokens/", token_views.api_tokens, name="api_tokens"),
    path("account/tokens/<int:pk>/revoke/", token_views.api_token_revoke, name="api_token_revoke"),
]


def _catalogue_urls(kind: str) -> list:
    v = catalogue_views
    return [
        path(f"{kind}/", v.entry_list, {"kind": kind}, name=kind),
        path(f"{kind}/new/", v.entry_step, {"kind": kind}, name=f"{kind}_new"),
        path(f"{kind}/<int:pk>/", v.entry_detail, {"kind": kind}, name=f"{kind}_detail"),
        path(
            f"{kind}/<int:pk>/edit/<slug:step>/", v.entry_step, {"kind": kind}, name=f"{kind}_step"
        ),
        path(f"{kind}/<int:pk>/reject/", v.entry_reject, {"kind": kind}, name=f"{kind}_reject"),
        path(
            f"{kind}/<int:pk>/matches/",
            match_views.entry_matches,
            {"kind": kind},
            name=f"{kind}_matches",
        ),
        path(
            f"{kind}/<int:pk>/matches/compare/",
            match_views.entry_compare,
            {"kind": kind},
            name=f"{kind}_compare",
        ),
        path(
            f"{kind}/<int:pk>/matches/<int:other_pk>/feedback/",
            match_views.match_feedback,
            {"kind": kind},
            name=f"{kind}_match_feedback",
        ),
        *[
            path(
                f"{kind}/<int:pk>/{action}/",
                v.entry_transition,
                {"kind": kind, "action": action},
                name=f"{kind}_{action}",
            )
            for action in v.TRANSITIONS
        ],
    ]


urlpatterns += _catalogue_urls("challenges") + _catalogue_urls("solutions")

cv = cohort_views
urlpatterns += [
    path("cohorts/", cv.member_cohorts, name="member_cohorts"),
    *[
        path(
            f"cohorts/<slug:slug>/{action.replace('_', '-')}/",
            cv.member_cohort_action,
            {"action": action},
            name=f"member_cohort_{action}",
        )
        for action in ("apply_with_challenge", "apply_as_supplier", "accept_invitation")
    ],
    path("staff/cohorts/", cv.cohort_list, name="cohorts"),
    path("staff/cohorts/<slug:slug>/", cv.cohort_detail, name="cohort_detail"),
    path(
        "staff/cohorts/<slug:slug>/matchmaking/", cv.cohort_matchmaking, name="cohort_matchmaking"
    ),
    path(
        "staff/cohorts/<slug:slug>/pairings.csv", cv.cohort_pairings_csv, name="cohort_pairings_csv"
    ),
    path("staff/jobs/<int:pk>/export.csv", cv.job_export, name="job_export"),
    path(
        "staff/cohorts/<slug:slug>/pairings/<int:pk>/why/",
        cv.pairing_reasons,
        name="pairing_reasons",
    ),
    *[
        path(
            f"staff/cohorts/<slug:slug>/{action.replace('_', '-')}/",
            cv.cohort_people,
            {"action": action},
            name=f"cohort_{action}",
        )
        for action in ("add_challenge", "invite_supplier", "accept_supplier")
    ],
    *[
        path(
            f"staff/cohorts/<slug:slug>/matchmaking/{action}/",
            cv.cohort_matchmaking_action,
            {"action": action},
            name=f"cohort_{action}",
        )
        for action in cv.MATCHMAKING_ACTIONS
    ],
    *[
        path(
            f"staff/cohorts/<slug:slug>/pairings/{action}/",
            cv.pairing_action,
            {"action": action},
            name=f"pairing_{action}",
        )
        for action in ("add", *DECISIONS)
    ],
]

sv = staff_views
urlpatterns += [
    path("staff/insight/", insight_views.insight, name="insight"),
    path("staff/insight/seed/", insight_views.insight_seed, name="insight_seed"),
    path("staff/dashboard/", dashboard_views.dashboard, name="dashboard"),
    path("staff/dashboard/<slug:table>.csv", dashboard_views.dashboard_csv, name="dashboard_csv"),
    path("staff/verification/", sv.verification, name="verification"),
    *[
        path(
            f"staff/verification/<int:pk>/{decision}/",
            sv.verification_decide,
            {"decision": decision},
            name=f"verification_{decision}",
        )
        for decision in ("verify", "query")
    ],
    path("staff/audit/", sv.audit_log, name="audit_log"),
    path("staff/jobs/", jobs_views.job_list, name="jobs"),
    path("staff/jobs/<int:pk>/", jobs_views.job_detail, name="job_detail"),
    path("staff/jobs/rebuild-index/", jobs_views.job_rebuild_index, name="job_rebuild_index"),
    path(
        "staff/jobs/reembed-catalogue/",
        jobs_views.job_reembed_catalogue,
        name="job_reembed_catalogue",
    ),
]

prv = privacy_views
urlpatterns += [
    path("privacy/", prv.privacy_notice, name="privacy"),
    path("account/delete/", prv.account_delete, name="account_delete"),
    path("organisations/<slug:slug>/export/", prv.organisation_export, name="organisation_export"),
]

bv = billing_views
urlpatterns += [
    path("organisations/<slug:slug>/billing/", bv.billing_page, name="billing"),
    path("organisations/<slug:slug>/billing/details/", bv.billing_details, name="billing_details"),
    *[
        path(
            f"organisations/<slug:slug>/billing/membership/{action}/",
            bv.membership_action,
            {"action": action},
            name=f"billing_{action}",
        )
        for action in bv.MEMBERSHIP_ACTIONS
    ],
    path("billing/places/<int:place_id>/pay/", bv.cohort_fee, name="cohort_fee"),
    path("staff/billing/payments/", bv.staff_payments, name="staff_payments"),
    path("staff/billing/payments/<int:payment_id>/refund/", bv.staff_refund, name="staff_refund"),
]
