"""Who reaches what: every route and API operation, for every kind of person, by each method.

Routes are found by walking the URL resolver and by reading the OpenAPI schema, so a new
route or operation without a row in TABLE fails here until someone says who may reach it.
Each request runs in a savepoint that is rolled back, so every actor meets the same world.
"""

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from http.cookies import SimpleCookie

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLResolver, get_resolver, resolve
from drf_spectacular.generators import SchemaGenerator

from marketplace.accounts.tokens import api_token_create
from marketplace.billing.models import Payment
from marketplace.catalogue.models import Status
from marketplace.cohorts import jobs as cohort_jobs
from marketplace.cohorts import services as cohort_services
from marketplace.cohorts.models import Pairing
from marketplace.jobs.models import Job, JobStatus
from marketplace.organisations import services as organisation_services
from marketplace.organisations.models import OrganisationKind, Role
from marketplace.proposals import services as proposal_services
from tests.conftest import join, make_organisation, make_user
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.marketplace.proposals.support import published_pair
from tests.matching.support import forget_loaded_indexes

# Marked so that pytest-django creates the test database; each test's own savepoint sits
# inside the module's transaction, which holds the shared world.
pytestmark = pytest.mark.django_db

# -- who --------------------------------------------------------------------------------------

# p_* belong to Tyne Homes, which owns the challenges; s_* to Damp Sense, which owns the
# solutions and is the other party to the interest and the proposal. other_p is an admin of a
# second provider and other_s of a second supplier: neither is party to anything here.
ACTORS = (
    "anon", "p_owner", "p_admin", "p_member", "s_admin", "s_member", "other_p", "other_s",
    "staff",
)  # fmt: skip
_PROVIDER = ("p_owner", "p_admin", "p_member")
_SUPPLIER = ("s_admin", "s_member")
GROUPS = {
    "users": ACTORS[1:],
    "members": ACTORS[1:-1],
    "parties": _PROVIDER + _SUPPLIER,
    "provider": _PROVIDER,
    "p_admins": ("p_owner", "p_admin"),
    "supplier": _SUPPLIER,
    "others": ("other_p", "other_s"),
}

# ok: 2xx, or a redirect that is neither to sign in nor carrying an error message.
# login: sent to sign in (401, or 403 to an anonymous API call). denied: 403. hidden: 404.
# refused: 400, 405, 409, 429, or a page redirect that says why it did nothing.
OUTCOMES = {"ok", "login", "denied", "hidden", "refused"}

# Objects only some people may know exist: everyone else must get 404 (or be asked to sign
# in, or 405 before the object is looked up), never 403, 400 or 200, whatever TABLE says.
DRAFT_READERS = {
    "{c_draft}": set(_PROVIDER),
    "{s_draft}": set(_SUPPLIER),
    "{proposal}": {*_PROVIDER, *_SUPPLIER, "staff"},
}
# Paths that do not exist for anyone but programme staff (the admin's own sign-in and sign-out
# answer everyone).
ADMIN_SIGN_IN_OUT = ("/admin/login/", "/admin/logout/")
STAFF_ONLY = (
    "/staff/", "/moderation/", "/proposals/review/", "/admin/", "/api/v1/cohorts/",
    "/api/v1/funnel/", "/api/v1/clusters/", "/api/v1/matching/", "/api/v1/jobs/",
)  # fmt: skip

# -- the expected outcomes --------------------------------------------------------------------

# A spec says what each actor gets, left to right, first match wins: "anon:login
# provider:ok *:hidden" (a group name stands for its members; a|b accepts either).
PUBLIC = "*:ok"
SIGNED_IN = "anon:login *:ok"
STAFF = "anon:login staff:ok *:hidden"
# GET on a view that only takes POST: 405 once signed in.
POST_ONLY = "anon:login *:refused"
STAFF_POST_ONLY = "anon:login staff:refused *:hidden"

# A row: one spec for every method, (GET, POST), or {method: spec} for API operations.
# fmt: off
TABLE: dict[str, str | tuple[str, str] | dict[str, str]] = {
    "/": PUBLIC,
    "/admin/login/": "anon:login staff:ok *:denied",
    "/admin/logout/": ("staff:refused *:ok", PUBLIC),
    "/account/delete/": SIGNED_IN,
    "/account/notifications/": SIGNED_IN,
    "/account/tokens/": SIGNED_IN,
    "/account/tokens/{api_token}/revoke/": (POST_ONLY, "anon:login p_member:ok *:hidden"),
    # -- the API --
    # The matrix's staff session signed in without its second factor: no token for it.
    "/api/v1/": PUBLIC,
    "/api/v1/auth/token/": (POST_ONLY, "anon:login staff:denied *:ok"),
    "/api/v1/auth/tokens/": SIGNED_IN,
    # p_member's own token: nobody else learns it exists.
    "/api/v1/auth/tokens/{api_token}/":
        {"GET": "anon:login *:refused", "DELETE": "anon:login p_member:ok *:hidden"},
    "/api/v1/challenges/": (PUBLIC, "anon:login *:refused"),
    "/api/v1/challenges/{c_draft}/":
        {"GET": "provider:ok *:hidden", "PATCH": "anon:login provider:ok *:hidden"},
    "/api/v1/challenges/{c_draft}/archive/":
        (POST_ONLY, "anon:login p_admins:ok p_member:denied *:hidden"),
    "/api/v1/challenges/{c_draft}/close/":
        (POST_ONLY, "anon:login p_admins:refused p_member:denied *:hidden"),
    "/api/v1/challenges/{c_draft}/matches/": "anon:login provider:refused *:hidden",
    "/api/v1/challenges/{c_draft}/matches/{s_draft}/feedback/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/api/v1/challenges/{c_draft}/matches/{s_pub}/feedback/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/api/v1/challenges/{c_draft}/publish/": (POST_ONLY, "anon:login provider:denied *:hidden"),
    "/api/v1/challenges/{c_draft}/reject/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/api/v1/challenges/{c_draft}/submit/": (POST_ONLY, "anon:login provider:ok *:hidden"),
    "/api/v1/challenges/{c_pub}/":
        {"GET": "anon:hidden *:ok", "PATCH": "anon:login p_admins:ok *:denied"},
    "/api/v1/challenges/{c_pub}/archive/":
        (POST_ONLY, "anon:login p_admins:refused staff:refused *:denied"),
    "/api/v1/challenges/{c_pub}/close/": (POST_ONLY, "anon:login p_admins:ok staff:ok *:denied"),
    "/api/v1/challenges/{c_pub}/matches/": "anon:login supplier:hidden others:hidden *:refused",
    "/api/v1/challenges/{c_pub}/matches/{s_draft}/feedback/": (POST_ONLY, "anon:login *:hidden"),
    "/api/v1/challenges/{c_pub}/matches/{s_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:hidden others:hidden *:refused"),
    "/api/v1/challenges/{c_pub}/publish/": (POST_ONLY, "anon:login staff:refused *:denied"),
    "/api/v1/challenges/{c_pub}/reject/": "anon:login staff:refused *:hidden",
    "/api/v1/challenges/{c_pub}/submit/": (POST_ONLY, "anon:login provider:refused *:denied"),
    "/api/v1/clusters/": STAFF,
    "/api/v1/clusters/cohort/": "anon:login staff:refused *:hidden",
    "/api/v1/cohorts/": (STAFF, "anon:login staff:refused *:hidden"),
    "/api/v1/cohorts/{cohort}/": STAFF,
    "/api/v1/cohorts/{cohort}/challenges/": (STAFF, "anon:login staff:refused *:hidden"),
    "/api/v1/cohorts/{cohort}/confirm/": "anon:login staff:refused *:hidden",
    "/api/v1/cohorts/{cohort}/funnel/": STAFF,
    "/api/v1/cohorts/{cohort}/optimise/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/cohorts/{cohort}/pairings/": (STAFF, "anon:login staff:refused *:hidden"),
    "/api/v1/cohorts/{cohort}/pairings/{pairing}/pin/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/cohorts/{cohort}/pairings/{pairing}/remove/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/cohorts/{cohort}/pairings/{pairing}/reset/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/cohorts/{cohort}/score/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/cohorts/{cohort}/suppliers/": (STAFF, "anon:login staff:refused *:hidden"),
    "/api/v1/cohorts/{cohort}/suppliers/{supplier}/accept/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/docs/": PUBLIC,
    "/api/v1/funnel/": STAFF,
    "/api/v1/interests/": (SIGNED_IN, "anon:login *:refused"),
    "/api/v1/interests/{interest}/": "anon:login others:hidden *:ok",
    "/api/v1/interests/{interest}/accept/":
        (POST_ONLY, "anon:login supplier:ok others:hidden *:denied"),
    "/api/v1/interests/{interest}/comments/":
        ("anon:login others:hidden *:ok", "anon:login others:hidden *:refused"),
    "/api/v1/interests/{interest}/decline/":
        (POST_ONLY, "anon:login supplier:ok others:hidden *:denied"),
    "/api/v1/interests/{interest}/withdraw/":
        (POST_ONLY, "anon:login others:hidden staff:denied *:ok"),
    "/api/v1/invitations/accept/": "anon:login *:refused",
    "/api/v1/jobs/{job}/": STAFF,
    "/api/v1/matching/rebuild/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/matching/reembed/": (STAFF_POST_ONLY, STAFF),
    "/api/v1/me/": SIGNED_IN,
    "/api/v1/organisations/": (SIGNED_IN, "anon:login *:refused"),
    "/api/v1/organisations/{provider}/":
        {"GET": SIGNED_IN, "PATCH": "anon:login p_admins:ok p_member:denied *:hidden"},
    "/api/v1/organisations/{provider}/invitations/":
        ("anon:login p_admins:ok p_member:denied *:hidden", "anon:login provider:refused *:hidden"),
    "/api/v1/organisations/{provider}/members/": "anon:login provider:ok *:hidden",
    "/api/v1/proposals/": SIGNED_IN,
    "/api/v1/proposals/{proposal}/":
        {"GET": "anon:login others:hidden *:ok", "PATCH": "anon:login others:hidden *:refused"},
    "/api/v1/proposals/{proposal}/abandon/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/api/v1/proposals/{proposal}/approve/":
        (POST_ONLY, "anon:login others:hidden staff:refused *:denied"),
    "/api/v1/proposals/{proposal}/comments/":
        ("anon:login others:hidden *:ok", "anon:login others:hidden *:refused"),
    "/api/v1/proposals/{proposal}/complete/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/api/v1/proposals/{proposal}/decline/":
        (POST_ONLY, "anon:login others:hidden staff:refused *:denied"),
    "/api/v1/proposals/{proposal}/request-changes/":
        (POST_ONLY, "anon:login others:hidden staff:refused *:denied"),
    "/api/v1/proposals/{proposal}/sign-off/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/api/v1/proposals/{proposal}/start/":
        (POST_ONLY, "anon:login p_member:denied supplier:denied others:hidden *:refused"),
    "/api/v1/proposals/{proposal}/submit/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/api/v1/regions/": PUBLIC,
    "/api/v1/schema/": PUBLIC,
    "/api/v1/solutions/": (PUBLIC, "anon:login *:refused"),
    "/api/v1/solutions/{s_draft}/":
        {"GET": "supplier:ok *:hidden", "PATCH": "anon:login supplier:ok *:hidden"},
    "/api/v1/solutions/{s_draft}/archive/":
        (POST_ONLY, "anon:login s_admin:ok s_member:denied *:hidden"),
    "/api/v1/solutions/{s_draft}/close/":
        (POST_ONLY, "anon:login s_admin:refused s_member:denied *:hidden"),
    "/api/v1/solutions/{s_draft}/matches/": "anon:login supplier:refused *:hidden",
    "/api/v1/solutions/{s_draft}/matches/{c_draft}/feedback/":
        (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/api/v1/solutions/{s_draft}/matches/{c_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/api/v1/solutions/{s_draft}/publish/": (POST_ONLY, "anon:login supplier:denied *:hidden"),
    "/api/v1/solutions/{s_draft}/reject/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/api/v1/solutions/{s_draft}/submit/": (POST_ONLY, "anon:login supplier:ok *:hidden"),
    "/api/v1/solutions/{s_pub}/":
        {"GET": "anon:hidden *:ok", "PATCH": "anon:login s_admin:ok *:denied"},
    "/api/v1/solutions/{s_pub}/archive/":
        (POST_ONLY, "anon:login s_admin:refused staff:refused *:denied"),
    "/api/v1/solutions/{s_pub}/close/": (POST_ONLY, "anon:login s_admin:ok staff:ok *:denied"),
    "/api/v1/solutions/{s_pub}/matches/": "anon:login supplier:refused staff:refused *:hidden",
    "/api/v1/solutions/{s_pub}/matches/{c_draft}/feedback/": (POST_ONLY, "anon:login *:hidden"),
    "/api/v1/solutions/{s_pub}/matches/{c_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:refused staff:refused *:hidden"),
    "/api/v1/solutions/{s_pub}/publish/": (POST_ONLY, "anon:login staff:refused *:denied"),
    "/api/v1/solutions/{s_pub}/reject/": "anon:login staff:refused *:hidden",
    "/api/v1/solutions/{s_pub}/submit/": (POST_ONLY, "anon:login supplier:refused *:denied"),
    "/api/v1/themes/": PUBLIC,
    # -- pages --
    "/billing/places/{place}/pay/": "anon:login s_admin:ok s_member:refused *:hidden",
    "/billing/stripe/webhook/": "*:refused",
    "/challenges/": PUBLIC,
    "/challenges/new/": "anon:login staff:refused *:ok",
    "/challenges/{c_draft}/": "provider:ok *:hidden",
    "/challenges/{c_draft}/archive/":
        (POST_ONLY, "anon:login p_admins:ok p_member:refused *:hidden"),
    "/challenges/{c_draft}/close/": (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/challenges/{c_draft}/edit/problem/": "anon:login provider:ok *:hidden",
    "/challenges/{c_draft}/matches/": "anon:login provider:refused *:hidden",
    "/challenges/{c_draft}/matches/compare/": "anon:login provider:refused *:hidden",
    "/challenges/{c_draft}/matches/{s_draft}/feedback/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/challenges/{c_draft}/matches/{s_pub}/feedback/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/challenges/{c_draft}/publish/": (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/challenges/{c_draft}/reject/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/challenges/{c_draft}/submit/": (POST_ONLY, "anon:login provider:ok *:hidden"),
    "/challenges/{c_pub}/": "anon:hidden *:ok",
    "/challenges/{c_pub}/archive/": "anon:login *:refused",
    "/challenges/{c_pub}/close/": (POST_ONLY, "anon:login p_admins:ok staff:ok *:refused"),
    # Only its organisation opens the form; entry_update decides which roles may save it.
    "/challenges/{c_pub}/edit/problem/": "anon:login provider:ok *:hidden",
    "/challenges/{c_pub}/matches/": "anon:login supplier:hidden others:hidden *:ok",
    "/challenges/{c_pub}/matches/compare/": "anon:login supplier:hidden others:hidden *:refused",
    "/challenges/{c_pub}/matches/{s_draft}/feedback/": (POST_ONLY, "anon:login *:hidden"),
    "/challenges/{c_pub}/matches/{s_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:hidden others:hidden *:refused"),
    "/challenges/{c_pub}/publish/": "anon:login *:refused",
    "/challenges/{c_pub}/reject/": "anon:login staff:refused *:hidden",
    "/challenges/{c_pub}/submit/": "anon:login *:refused",
    "/cohorts/": "anon:login staff:hidden *:ok",
    "/cohorts/{cohort}/accept-invitation/": (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/cohorts/{cohort}/apply-as-supplier/": (POST_ONLY, "anon:login staff:hidden *:refused"),
    "/cohorts/{cohort}/apply-with-challenge/": (POST_ONLY, "anon:login staff:hidden *:refused"),
    "/healthz": (PUBLIC, "*:refused"),
    "/interests/": SIGNED_IN,
    # Staff act for no organisation: sent to onboarding before the challenge is looked up.
    "/interests/new/?challenge={c_draft}": "anon:login staff:ok *:hidden",
    "/interests/new/?challenge={c_pub}&solution={s_draft}":
        "anon:login supplier:ok other_s:refused staff:ok *:hidden",
    "/interests/new/?challenge={c_pub}&solution={s_pub}": "anon:login other_s:refused *:ok",
    "/interests/{interest}/": "anon:login others:hidden *:ok",
    "/interests/{interest}/accept/": (POST_ONLY, "anon:login supplier:ok others:hidden *:refused"),
    "/interests/{interest}/comments/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/interests/{interest}/decline/": (POST_ONLY, "anon:login supplier:ok others:hidden *:refused"),
    "/interests/{interest}/withdraw/": (POST_ONLY, "anon:login others:hidden staff:refused *:ok"),
    "/invitations/{token}/": (PUBLIC, "anon:ok *:denied"),
    "/moderation/": STAFF,
    "/my/": SIGNED_IN,
    "/onboarding/": SIGNED_IN,
    "/organisations/": SIGNED_IN,
    "/organisations/new/": SIGNED_IN,
    "/organisations/switch/": "anon:login *:refused",
    "/organisations/{provider}/": SIGNED_IN,
    "/organisations/{provider}/billing/": "anon:login p_admins:ok p_member:refused *:hidden",
    "/organisations/{provider}/billing/details/":
        "anon:login p_admins:ok p_member:refused *:hidden",
    "/organisations/{provider}/billing/membership/cancel/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/organisations/{provider}/billing/membership/card/":
        (POST_ONLY, "anon:login p_admins:ok p_member:refused *:hidden"),
    "/organisations/{provider}/billing/membership/resume/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/organisations/{provider}/billing/membership/subscribe/":
        (POST_ONLY, "anon:login p_admins:ok p_member:refused *:hidden"),
    "/organisations/{provider}/edit/": "anon:login p_admins:ok p_member:refused *:hidden",
    "/organisations/{provider}/export/":
        "anon:login p_owner:ok p_admin:denied p_member:denied *:hidden",
    "/organisations/{provider}/invitations/{invitation}/revoke/":
        (POST_ONLY, "anon:login p_admins:ok p_member:refused *:hidden"),
    "/organisations/{provider}/members/": "anon:login provider:ok *:hidden",
    "/organisations/{provider}/members/{membership}/":
        (POST_ONLY, "anon:login provider:refused *:hidden"),
    "/privacy/": PUBLIC,
    "/proposals/": SIGNED_IN,
    "/proposals/review/": STAFF,
    "/proposals/{proposal}/": "anon:login others:hidden *:ok",
    "/proposals/{proposal}/abandon/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/approve/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/comments/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/complete/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/decline/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/print/": "anon:login others:hidden *:ok",
    "/proposals/{proposal}/request-changes/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/sections/overview/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/sign-off/":
        (POST_ONLY, "anon:login p_admins:ok s_admin:ok others:hidden *:refused"),
    "/proposals/{proposal}/start/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/proposals/{proposal}/submit/": (POST_ONLY, "anon:login others:hidden *:refused"),
    "/readyz": (PUBLIC, "*:refused"),
    "/solutions/": PUBLIC,
    "/solutions/new/": "anon:login staff:refused *:ok",
    "/solutions/{s_draft}/": "supplier:ok *:hidden",
    "/solutions/{s_draft}/archive/": (POST_ONLY, "anon:login s_admin:ok s_member:refused *:hidden"),
    "/solutions/{s_draft}/close/": (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/solutions/{s_draft}/edit/basics/": "anon:login supplier:ok *:hidden",
    "/solutions/{s_draft}/matches/": "anon:login supplier:refused *:hidden",
    "/solutions/{s_draft}/matches/compare/": "anon:login supplier:refused *:hidden",
    "/solutions/{s_draft}/matches/{c_draft}/feedback/":
        (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/solutions/{s_draft}/matches/{c_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/solutions/{s_draft}/publish/": (POST_ONLY, "anon:login supplier:refused *:hidden"),
    "/solutions/{s_draft}/reject/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/solutions/{s_draft}/submit/": (POST_ONLY, "anon:login supplier:ok *:hidden"),
    "/solutions/{s_pub}/": "anon:hidden *:ok",
    "/solutions/{s_pub}/archive/": "anon:login *:refused",
    "/solutions/{s_pub}/close/": (POST_ONLY, "anon:login s_admin:ok staff:ok *:refused"),
    "/solutions/{s_pub}/edit/basics/": "anon:login supplier:ok *:hidden",
    "/solutions/{s_pub}/matches/": "anon:login supplier:ok staff:ok *:hidden",
    "/solutions/{s_pub}/matches/compare/": "anon:login supplier:refused staff:refused *:hidden",
    "/solutions/{s_pub}/matches/{c_draft}/feedback/": (POST_ONLY, "anon:login *:hidden"),
    "/solutions/{s_pub}/matches/{c_pub}/feedback/":
        (POST_ONLY, "anon:login supplier:refused staff:refused *:hidden"),
    "/solutions/{s_pub}/publish/": "anon:login *:refused",
    "/solutions/{s_pub}/reject/": "anon:login staff:refused *:hidden",
    "/solutions/{s_pub}/submit/": "anon:login *:refused",
    "/staff/audit/": STAFF,
    "/staff/billing/payments/": STAFF,
    "/staff/billing/payments/{payment}/refund/": STAFF,
    "/staff/cohorts/": STAFF,
    "/staff/cohorts/{cohort}/": STAFF,
    "/staff/cohorts/{cohort}/accept-supplier/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/staff/cohorts/{cohort}/add-challenge/": "anon:login staff:refused *:hidden",
    "/staff/cohorts/{cohort}/invite-supplier/": "anon:login staff:refused *:hidden",
    "/staff/cohorts/{cohort}/matchmaking/": STAFF,
    "/staff/cohorts/{cohort}/matchmaking/confirm/": "anon:login staff:refused *:hidden",
    "/staff/cohorts/{cohort}/matchmaking/export/": (STAFF_POST_ONLY, STAFF),
    "/staff/cohorts/{cohort}/matchmaking/optimise/": (STAFF_POST_ONLY, STAFF),
    "/staff/cohorts/{cohort}/matchmaking/score/": (STAFF_POST_ONLY, STAFF),
    "/staff/cohorts/{cohort}/pairings.csv": STAFF,
    "/staff/cohorts/{cohort}/pairings/add/": "anon:login staff:refused *:hidden",
    "/staff/cohorts/{cohort}/pairings/pin/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/staff/cohorts/{cohort}/pairings/remove/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/staff/cohorts/{cohort}/pairings/reset/": (STAFF_POST_ONLY, "anon:login *:hidden"),
    "/staff/cohorts/{cohort}/pairings/{pairing}/why/": STAFF,
    "/staff/dashboard/": STAFF,
    "/staff/dashboard/funnel.csv": STAFF,
    "/staff/insight/": STAFF,
    "/staff/insight/seed/": (STAFF_POST_ONLY, STAFF),
    "/staff/jobs/": STAFF,
    "/staff/jobs/rebuild-index/": (STAFF_POST_ONLY, STAFF),
    "/staff/jobs/reembed-catalogue/": (STAFF_POST_ONLY, STAFF),
    "/staff/jobs/{job}/": STAFF,
    "/staff/jobs/{job}/export.csv": STAFF,
    "/staff/verification/": STAFF,
    "/staff/verification/{unverified}/query/": "anon:login staff:refused *:hidden",
    "/staff/verification/{unverified}/verify/": (STAFF_POST_ONLY, STAFF),
}
# fmt: on

# The admin lets in staff and no one else, by is_staff alone: one person of each kind will do.
ACTORS_BY_PREFIX = {"/admin/": ("anon", "p_member", "staff")}
# Staff in the admin: setting anyone's password is for superusers only.
TABLE["/admin/accounts/user/{p_member_user}/password/"] = "staff:denied *:login"

# Third-party routes, one expectation per prefix; each of their routes is still requested.
PREFIX_TABLE: dict[str, str] = {
    # Django's admin: everyone but staff is sent to sign in; staff get what ProgrammeStaffBackend
    # allows (403 for models they may not change, 404 for nothing there).
    "/admin/": "staff:ok|denied|refused|hidden *:login",
    # allauth: its pages are public or ask to sign in; nobody is refused outright.
    "/accounts/": "anon:ok|login|refused|hidden users:ok|refused|hidden",
}

# -- finding every route ----------------------------------------------------------------------

_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")
_FIXED = {
    "section": "overview",
    "table": "funnel",
    "key": "no-such-key",
    "uidb36": "0",
    "app_label": "organisations",
    "url": "no-such-page/",
}
_BY_SEGMENT = {
    ("pk", "challenges"): ["{c_draft}", "{c_pub}"],
    ("pk", "solutions"): ["{s_draft}", "{s_pub}"],
    ("pk", "interests"): ["{interest}"],
    ("pk", "proposals"): ["{proposal}"],
    ("pk", "jobs"): ["{job}"],
    ("pk", "pairings"): ["{pairing}"],
    ("pk", "tokens"): ["{api_token}"],
    ("pk", "verification"): ["{unverified}"],
    ("slug", "organisations"): ["{provider}"],
    ("slug", "cohorts"): ["{cohort}"],
    ("organisation", "suppliers"): ["{supplier}"],
    ("membership_id", "members"): ["{membership}"],
    ("invitation_id", "invitations"): ["{invitation}"],
    ("token", "invitations"): ["{token}"],
    ("place_id", "places"): ["{place}"],
    ("payment_id", "payments"): ["{payment}"],
    ("content_type_id", "r"): ["{provider_type}"],
    ("object_id", "<path:content_type_id>"): ["{provider_pk}"],
    ("object_id", None): ["{admin_object}"],
    ("id", "user"): ["{p_member_user}"],
}
# Pages that need a query string to get past "say which one".
QUERIES = {
    "frontend:interest_new": [
        "?challenge={c_pub}&solution={s_pub}",
        "?challenge={c_draft}",
        "?challenge={c_pub}&solution={s_draft}",
    ],
}


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            yield prefix + str(pattern.pattern), f"{namespace}{pattern.name or ''}"


def _choices(name: str, before: str) -> list[str]:
    """World labels (or fixed values) for one parameter, from its name and the path before it."""
    if name in _FIXED:
        return [_FIXED[name]]
    if name == "step":
        return ["problem" if before.startswith("challenges/") else "basics"]
    if name == "other_pk":
        kind = "s" if before.startswith(("challenges/", "api/v1/challenges/")) else "c"
        return [f"{{{kind}_pub}}", f"{{{kind}_draft}}"]
    segment = before.rstrip("/").rsplit("/", 1)[-1]
    return _BY_SEGMENT.get((name, segment)) or _BY_SEGMENT.get((name, None)) or [f"{{?{name}}}"]


def _concrete_keys(route: str, name: str) -> list[str]:
    """The route with its parameters filled by world labels, one key per combination."""
    pieces, options, position = [], [], 0
    for match in _PARAMETER.finditer(route):
        pieces.append(route[position : match.start()])
        options.append(_choices(match[1] or match[2], route[: match.start()]))
        position = match.end()
    pieces.append(route[position:])
    keys = []
    for filled in itertools.product(*options):
        path = "".join(p + f for p, f in zip(pieces, [*filled, ""], strict=True))
        path = "/" + path.replace("^", "").replace("$", "")
        keys += [path + query for query in QUERIES.get(name, [""])]
    return keys


@cache
def discovered() -> dict[str, str]:
    """Every concrete key and the route it was made from."""
    return {
        key: route
        for route, name in _walk(get_resolver().url_patterns)
        for key in _concrete_keys(route, name)
    }


@cache
def schema_operations() -> dict[str, set[str]]:
    """The API's documented methods, by path with its parameters blanked out."""
    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    return {_blanked(path): {method.upper() for method in ops} for path, ops in paths.items()}


def _blanked(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.split("?")[0])


def methods_of(key: str) -> set[str]:
    if key.startswith("/api/"):
        return {"GET"} | schema_operations().get(_blanked(key), set())
    return {"GET", "POST"}


def _row_for(key: str) -> str | tuple[str, str] | dict[str, str] | None:
    if key in TABLE:
        return TABLE[key]
    prefix = next((p for p in PREFIX_TABLE if key.startswith(p)), None)
    return PREFIX_TABLE[prefix] if prefix else None


# -- the world --------------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    labels: dict[str, str]
    sessions: dict[str, str]
    # A programme staff member's API token whose second factor is gone.
    staff_without_mfa_token: str = ""

    def path(self, key: str, *, missing: str = "") -> str:
        """The concrete path; `missing` names a label to point at no object at all."""
        path = key
        if "{admin_object}" in key:
            app_label, model_name = key.split("/")[2:4]
            first = apps.get_model(app_label, model_name).objects.order_by("pk").first()
            path = path.replace("{admin_object}", str(first.pk if first else 0))
        return path.format(**{**self.labels, **({missing: "999999"} if missing else {})})


def _build_world() -> World:
    provider = make_organisation("Tyne Homes", OrganisationKind.HOUSING_PROVIDER, "L1234")
    other_provider = make_organisation("Mersey Homes", OrganisationKind.HOUSING_PROVIDER, "L5678")
    supplier = make_organisation("Damp Sense", OrganisationKind.SUPPLIER, "12345678")
    other_supplier = make_organisation("Heat Logic", OrganisationKind.SUPPLIER, "87654321")
    people = {
        "p_owner": (provider, Role.OWNER),
        "p_admin": (provider, Role.ADMIN),
        "p_member": (provider, Role.MEMBER),
        "s_admin": (supplier, Role.ADMIN),
        "s_member": (supplier, Role.MEMBER),
        "other_p": (other_provider, Role.ADMIN),
        "other_s": (other_supplier, Role.ADMIN),
    }
    users, memberships = {}, {}
    for actor, (organisation, role) in people.items():
        users[actor] = make_user(f"{actor}@{organisation.slug}.example")
        memberships[actor] = join(users[actor], organisation, role)
    users["staff"] = make_user("staff@launchpad.example", is_staff=True)
    TOTP.activate(users["staff"], "LAUNCHPADTESTSTAFFTOTPSECRET2345")
    staff_without_mfa = make_user("staff-no-mfa@launchpad.example", is_staff=True)
    staff_without_mfa_token = api_token_create(user=staff_without_mfa, name="Matrix", days=1)[1]
    p_member_token, _ = api_token_create(user=users["p_member"], name="Matrix", days=1)

    c_pub, s_pub = published_pair(provider, supplier)
    c_draft = ChallengeFactory(organisation=provider, title="Tyne's unpublished damp plan")
    s_draft = SolutionFactory(organisation=supplier, name="Damp Sense's unreleased sensor")
    s_other = SolutionFactory(organisation=supplier, status=Status.PUBLISHED)
    accepted = proposal_services.interest_express(
        user=users["s_member"], challenge=c_pub, solution=s_pub, pitch="Five weeks earlier."
    )
    proposal = proposal_services.interest_accept(user=users["p_member"], interest=accepted)
    interest = proposal_services.interest_invite(
        user=users["p_member"], challenge=c_pub, solution=s_other, pitch="Try it with us."
    )
    invitation = organisation_services.invitation_create(
        user=users["p_admin"], organisation=provider, email="new@tyne.example", role=Role.MEMBER
    )

    staff = users["staff"]
    cohort = cohort_services.cohort_create(user=staff, name="Damp 2027", fee_pence=45_000)
    cohort_services.cohort_add_challenge(user=staff, cohort=cohort, challenge=c_pub)
    place = cohort_services.cohort_accept_supplier(
        user=staff,
        place=cohort_services.cohort_invite_supplier(
            user=staff, cohort=cohort, organisation=supplier
        ),
    )
    # Already started, and not waiting on Stripe: the payment page makes no Stripe call.
    payment = Payment.objects.create(
        organisation=supplier,
        place=place,
        description="Damp 2027 participation fee",
        amount_pence=45_000,
        idempotency_key="authorisation-matrix-payment",
    )
    pairing = Pairing.objects.create(cohort=cohort, challenge=c_pub, solution=s_pub, score=0.5)
    job = Job.objects.create(
        kind=cohort_jobs.EXPORT,
        title="Damp 2027 pairings",
        status=JobStatus.DONE,
        checkpoint={"filename": "damp-2027-pairings.csv"},
    )
    cohort_jobs.export_path(job).parent.mkdir(parents=True, exist_ok=True)
    cohort_jobs.export_path(job).write_text("Challenge,Provider,Solution,Supplier,Score,State\n")

    labels = {
        "provider": provider.slug,
        "supplier": supplier.slug,
        "c_draft": c_draft.pk,
        "c_pub": c_pub.pk,
        "s_draft": s_draft.pk,
        "s_pub": s_pub.pk,
        "interest": interest.pk,
        "proposal": proposal.pk,
        "membership": memberships["p_member"].pk,
        "invitation": invitation.pk,
        "token": organisation_services.invitation_token(invitation),
        "cohort": cohort.slug,
        "place": place.pk,
        "payment": payment.pk,
        "pairing": pairing.pk,
        "job": job.pk,
        "unverified": supplier.pk,
        "provider_type": ContentType.objects.get_for_model(provider).pk,
        "provider_pk": provider.pk,
        "p_member_user": users["p_member"].pk,
        "api_token": p_member_token.pk,
    }
    sessions = {}
    for actor, user in users.items():
        client = Client()
        client.force_login(user)
        sessions[actor] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return World({k: str(v) for k, v in labels.items()}, sessions, staff_without_mfa_token)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """One world for the module, inside a transaction rolled back at the end."""
    index_dir = tmp_path_factory.mktemp("matrix-index")
    exports_dir = tmp_path_factory.mktemp("matrix-exports")
    # Nothing may reach Stripe: a call would fail at once on a closed loopback port.
    stripe = "http://127.0.0.1:9"
    with (
        django_db_blocker.unblock(),
        override_settings(
            MATCHING_INDEX_DIR=index_dir, EXPORTS_DIR=exports_dir, STRIPE_API_BASE=stripe
        ),
        transaction.atomic(),
    ):
        forget_loaded_indexes()
        yield _build_world()
        transaction.set_rollback(True)
    forget_loaded_indexes()


# -- asking -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    outcome: str
    status: int
    detail: str = ""


# One client: each new one loads the middleware again, and WhiteNoise scans every static file.
_client = Client()


def _ask(world: World, actor: str, method: str, key: str, *, missing: str = "") -> Answer:
    client = _client
    # Only this actor's session: nothing left from the previous request, whoever made it.
    client.cookies = SimpleCookie()
    if actor != "anon":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[actor]
    path = world.path(key, missing=missing)
    body = {"data": "{}", "content_type": "application/json"} if key.startswith("/api/") else {}
    try:
        # Rolled back at once, so what one actor did is not there for the next.
        with transaction.atomic():
            if method == "GET":
                response = client.get(path)
            elif body:
                response = client.generic(method, path, **body)
            else:
                response = client.post(path, {})
            transaction.set_rollback(True)
    except Exception as exc:  # any exception is the finding
        return Answer("error", 500, f"{type(exc).__name__}: {exc}")
    return _classify(response, actor, api=key.startswith("/api/"))


def _classify(response, actor: str, *, api: bool) -> Answer:
    status = response.status_code
    if status >= 500:
        return Answer("error", status)
    if 300 <= status < 400:
        location = response["Location"]
        if location.startswith(("/accounts/login/", "/admin/login/")):
            return Answer("login", status, location)
        said = [m for m in get_messages(response.wsgi_request) if m.level != message_levels.SUCCESS]
        if said:
            return Answer("refused", status, str(said[0]))
        return Answer("ok", status, location)
    if status < 300:
        return Answer("ok", status)
    if status == 401 or (status == 403 and api and actor == "anon"):
        return Answer("login", status)
    outcome = {403: "denied", 404: "hidden"}.get(status, "refused")
    return Answer(outcome, status)


# -- specs ------------------------------------------------------------------------------------


def expand(spec: str) -> dict[str, set[str]]:
    """{actor: acceptable outcomes} from a spec such as "anon:login provider:ok *:hidden"."""
    expected: dict[str, set[str]] = {}
    for token in spec.split():
        who, _, outcomes = token.partition(":")
        allowed = set(outcomes.split("|"))
        assert allowed <= OUTCOMES, f"unknown outcome in {token!r}"
        members = ACTORS if who == "*" else GROUPS.get(who, (who,))
        assert set(members) <= set(ACTORS), f"unknown actor in {token!r}"
        for actor in members:
            expected.setdefault(actor, allowed)
    assert set(expected) == set(ACTORS), f"{spec!r} leaves out {set(ACTORS) - set(expected)}"
    return expected


def spec_of(observed: dict[str, str]) -> str:
    """The shortest spec that says what was observed, for a failure message or a new row."""
    default = Counter(observed.values()).most_common(1)[0][0]
    left = {actor for actor, outcome in observed.items() if outcome != default}
    tokens = []
    for name, members in sorted(GROUPS.items(), key=lambda group: -len(group[1])):
        outcomes = {observed.get(actor) for actor in members}
        if set(members) <= left and len(outcomes) == 1:
            tokens.append(f"{name}:{outcomes.pop()}")
            left -= set(members)
    tokens += [f"{actor}:{observed[actor]}" for actor in ACTORS if actor in left]
    return " ".join([*tokens, f"*:{default}"])


def _specs_by_method(row, methods: set[str]) -> dict[str, str]:
    if isinstance(row, str):
        return {method: row for method in methods}
    if isinstance(row, tuple):
        return dict(zip(("GET", "POST"), row, strict=True))
    return row


# -- the tests --------------------------------------------------------------------------------


def _invariant_breaches(world, key: str, method: str, answers: dict[str, Answer]) -> list[str]:
    breaches = []
    for actor, answer in answers.items():
        if answer.outcome == "error":
            breaches.append(f"{method} {key} as {actor}: server error {answer.detail}")
        for label, readers in DRAFT_READERS.items():
            if label in key and actor not in readers and not _kept_out(answer):
                # Answered before the object is looked up, as for one that does not exist?
                if _ask(world, actor, method, key, missing=label.strip("{}")) == answer:
                    continue
                breaches.append(
                    f"{method} {key} as {actor}: {answer.outcome} ({answer.status}) "
                    f"reveals {label}, which must be 404"
                )
        staff_only = key.startswith(STAFF_ONLY) and not key.startswith(ADMIN_SIGN_IN_OUT)
        if staff_only and actor != "staff" and not _kept_out(answer):
            breaches.append(
                f"{method} {key} as {actor}: {answer.outcome} ({answer.status}) on a staff page"
            )
    return breaches


def _kept_out(answer: Answer) -> bool:
    return answer.outcome in {"hidden", "login"} or answer.status == 405


@pytest.mark.parametrize("key", sorted(discovered()))
def test_each_actor_gets_what_the_table_says(world, key):
    assert "{?" not in key, f"{key}: no world object for this parameter; add one to _BY_SEGMENT"
    methods = methods_of(key)
    row = _row_for(key)
    actors = next((a for prefix, a in ACTORS_BY_PREFIX.items() if key.startswith(prefix)), ACTORS)
    observed = {
        method: {actor: _ask(world, actor, method, key) for actor in actors}
        for method in sorted(methods)
    }
    suggestion = {m: spec_of({a: x.outcome for a, x in obs.items()}) for m, obs in observed.items()}
    breaches = [b for m, obs in observed.items() for b in _invariant_breaches(world, key, m, obs)]
    assert not breaches, "\n".join(breaches)
    assert row is not None, f"no row in TABLE for {key!r}; observed: {suggestion}"
    specs = _specs_by_method(row, methods)
    assert set(specs) == methods, f"{key}: the row covers {sorted(specs)}, not {sorted(methods)}"
    mismatches = [
        f"{method} {key} as {actor}: expected {'|'.join(sorted(allowed))}, "
        f"got {observed[method][actor].outcome} ({observed[method][actor].status} "
        f"{observed[method][actor].detail})".rstrip()
        for method, spec in sorted(specs.items())
        for actor, allowed in expand(spec).items()
        if actor in actors and observed[method][actor].outcome not in allowed
    ]
    assert not mismatches, "\n".join([*mismatches, f"observed: {suggestion}"])


def test_every_row_names_a_route_that_exists():
    stale = set(TABLE) - set(discovered())
    unused = {p for p in PREFIX_TABLE if not any(k.startswith(p) for k in discovered())}
    assert not stale | unused, f"rows for routes that no longer exist: {sorted(stale | unused)}"


def test_every_route_is_filled_with_real_objects(world):
    unfilled = [key for key in discovered() if "{?" in key]
    assert not unfilled, f"no world object for these parameters: {unfilled}"
    for key, route in discovered().items():
        found = resolve(world.path(key).split("?")[0]).route
        assert found.replace("^", "") == route.replace("^", ""), key


def test_every_documented_api_operation_has_a_row():
    keys_by_path = {}
    for key in discovered():
        keys_by_path.setdefault(_blanked(key), []).append(key)
    missing = []
    for path, methods in schema_operations().items():
        keys = keys_by_path.get(path, [])
        if not keys:
            missing.append(f"{path}: not a route")
        for key in keys:
            row = _row_for(key)
            covered = set(_specs_by_method(row, methods)) if row is not None else set()
            missing += [f"{m} {key}" for m in sorted(methods - covered)]
    assert not missing, "operations without a row: " + ", ".join(missing)


def test_every_spec_names_known_actors_and_outcomes():
    rows = [*TABLE.values(), *PREFIX_TABLE.values()]
    for row in rows:
        for spec in _specs_by_method(row, {"GET"}).values():
            expand(spec)


def _staff_powers() -> list[tuple[str, str]]:
    """Every API operation that staff may use (ok or refused for its input) and others may not."""
    found = []
    for key in sorted(discovered()):
        row = _row_for(key)
        if not key.startswith("/api/") or row is None:
            continue
        for method, spec in sorted(_specs_by_method(row, methods_of(key)).items()):
            expected = expand(spec)
            if expected["staff"] & {"ok", "refused"} and not expected["other_p"] & {
                "ok",
                "refused",
            }:
                found.append((method, key))
    return found


@pytest.mark.parametrize(("method", "key"), _staff_powers())
def test_staff_by_token_without_a_second_factor_get_no_staff_power(world, method, key):
    client = Client(HTTP_AUTHORIZATION=f"Token {world.staff_without_mfa_token}")
    with transaction.atomic():
        response = client.generic(
            method, world.path(key), data="{}", content_type="application/json"
        )
        transaction.set_rollback(True)

    assert (response.status_code, response.json().get("code")) == (403, "mfa_required")


def test_the_staff_powers_checked_without_a_second_factor_include_the_reported_ones():
    reported = {
        ("GET", "/api/v1/cohorts/"),
        ("POST", "/api/v1/cohorts/"),
        ("GET", "/api/v1/funnel/"),
        ("GET", "/api/v1/clusters/"),
        ("POST", "/api/v1/matching/rebuild/"),
        ("POST", "/api/v1/proposals/{proposal}/approve/"),
    }
    assert reported <= set(_staff_powers())
