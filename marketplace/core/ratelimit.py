"""Limits on actions people could repeat to spam others or scrape the matcher.

Each limited action is a URL name and method; counts live in the cache (Redis in
production, so every worker shares them) in fixed windows, per user and per client IP.
Login, sign-up and password reset are limited by allauth (ACCOUNT_RATE_LIMITS), answered
here (account_limit_reached), and the API as a whole by DRF's throttles; these are the
actions in between.
"""

import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from marketplace.accounts.tokens import user_id_for_key
from marketplace.core.cache import count_hits

LIMITED_VIEWS = {
    ("frontend:interest_new", "POST"): "interest",
    ("api:interests", "POST"): "interest",
    ("frontend:interest_comment", "POST"): "comment",
    ("frontend:proposal_comment", "POST"): "comment",
    ("api:interest-comments", "POST"): "comment",
    ("api:proposal-comments", "POST"): "comment",
    ("frontend:members", "POST"): "invitation",
    ("api:organisation-invitations", "POST"): "invitation",
    ("frontend:challenges_matches", "GET"): "matches",
    ("frontend:solutions_matches", "GET"): "matches",
    ("api:challenges-matches", "GET"): "matches",
    ("api:solutions-matches", "GET"): "matches",
    # Costly reads: each embeds and explains, ranks, clusters or counts across the whole
    # marketplace, so one account asking without pause would slow every other.
    ("frontend:challenges_compare", "GET"): "compare",
    ("frontend:solutions_compare", "GET"): "compare",
    ("frontend:pairing_reasons", "GET"): "compare",
    ("frontend:insight", "GET"): "insight",
    ("frontend:insight_seed", "POST"): "insight",
    ("api:clusters", "GET"): "insight",
    ("frontend:home", "GET"): "dashboards",
    ("frontend:dashboard", "GET"): "dashboards",
    ("frontend:cohort_matchmaking", "GET"): "dashboards",
    ("api:funnel", "GET"): "dashboards",
    ("api:cohort-funnel", "GET"): "dashboards",
    ("frontend:challenges", "GET"): "search",
    ("frontend:solutions", "GET"): "search",
    ("api:challenges", "GET"): "search",
    ("api:solutions", "GET"): "search",
    ("frontend:dashboard_csv", "GET"): "exports",
    ("frontend:cohort_pairings_csv", "GET"): "exports",
    ("frontend:job_export", "GET"): "exports",
    ("frontend:organisation_export", "POST"): "exports",
    # Work started in the background: a job each, minutes of a worker's time.
    ("frontend:cohort_score", "POST"): "jobs",
    ("frontend:cohort_optimise", "POST"): "jobs",
    ("frontend:cohort_export", "POST"): "jobs",
    ("frontend:job_rebuild_index", "POST"): "jobs",
    ("frontend:job_reembed_catalogue", "POST"): "jobs",
    ("api:cohort-score", "POST"): "jobs",
    ("api:cohort-optimise", "POST"): "jobs",
    ("api:matching-rebuild", "POST"): "jobs",
    ("api:matching-reembed", "POST"): "jobs",
}
# Besides their rate, at most RATE_LIMIT_IN_FLIGHT of these are answered at once for one
# user: a rate alone still lets one account keep several workers busy with rankings.
HELD_WHILE_ANSWERED = {"matches", "compare", "insight", "dashboards"}
# A slot whose request never ended (its worker was killed) frees itself after this: longer
# than gunicorn's timeout, so a slot is never freed under a request still running.
IN_FLIGHT_SLOT_SECONDS = 60
# How long a refused request is told to wait: a ranking takes well under a second.
IN_FLIGHT_RETRY_AFTER = 1
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^(\d+)/(\d*)([smhd])$")


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rate(text: str) -> Rate:
    """ "30/h" is 30 per hour; "5/10m" is 5 per ten minutes."""
    match = _RATE.match(text.strip())
    if not match or int(match[1]) < 1:
        raise ImproperlyConfigured(f"A rate limit looks like 30/h or 5/10m, not {text!r}.")
    return Rate(int(match[1]), int(match[2] or 1) * _UNITS[match[3]])


def seconds_to_wait(action: str, identities: list[str]) -> int:
    """Count one more `action` for each identity; 0 when allowed, else seconds to wait."""
    rate = parse_rate(settings.ACTION_RATE_LIMITS[action])
    window = int(time.time() // rate.seconds)
    keys = [f"ratelimit:{action}:{identity}:{window}" for identity in identities]
    counts = count_hits(keys, timeout=rate.seconds + 1)
    over = any(
        count > rate.count * (settings.RATE_LIMIT_IP_MULTIPLIER if identity[:3] == "ip:" else 1)
        for identity, count in zip(identities, counts, strict=True)
    )
    return math.ceil((window + 1) * rate.seconds - time.time()) if over else 0


def identities_of(request) -> list[str]:
    """The user (by session or API token) and the client address; both are limited."""
    found = [f"ip:{client_ip(request)}"]
    user_id = request.user.pk if request.user.is_authenticated else token_user_id(request)
    if user_id is not None:
        found.append(f"user:{user_id}")
    return found


def token_user_id(request) -> int | None:
    """The owner of the request's API token, read as DRF reads the header (any case).

    Token users are authenticated later, by DRF; the limit must count them as the same user
    however the header is spelt and whichever of their tokens they use.
    """
    words = request.headers.get("Authorization", "").split()
    if len(words) != 2 or words[0].lower() != "token":
        return None
    return user_id_for_key(words[1])


def client_ip(request) -> str:
    if settings.RATE_LIMIT_TRUST_X_FORWARDED_FOR:
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded:
            # The proxy in front of us appends the address it saw: trust only that one.
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def in_flight_slot_take(identities: list[str]) -> str | None:
    """A slot of the user's costly reads in flight, as a cache key; None when all are taken.

    Each slot is a key added only if absent (SET NX on Redis), so two workers never take
    the same one. With no user among `identities`, or the cache unreachable (FailSoftRedisCache
    lets every add succeed), the request goes ahead, as the rate limits fail open.
    """
    user = next((identity for identity in identities if identity[:3] != "ip:"), None)
    if user is None:
        return ""
    for slot in range(settings.RATE_LIMIT_IN_FLIGHT):
        key = f"inflight:{user}:{slot}"
        if cache.add(key, 1, timeout=IN_FLIGHT_SLOT_SECONDS):
            return key
    return None


class ActionRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            slot = getattr(request, "_in_flight_slot", "")
            if slot:
                cache.delete(slot)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        action = LIMITED_VIEWS.get((match.view_name, request.method)) if match else None
        if action is None:
            return None
        identities = identities_of(request)
        wait = seconds_to_wait(action, identities)
        if wait:
            return too_many(request, action, wait)
        if action in HELD_WHILE_ANSWERED:
            slot = in_flight_slot_take(identities)
            if slot is None:
                return too_many(request, action, IN_FLIGHT_RETRY_AFTER)
            request._in_flight_slot = slot
        return None


# allauth limits these views (ACCOUNT_RATE_LIMITS) and answers through handler429 below.
ACCOUNT_ACTIONS = {
    "account_login": "login_failed",
    "account_signup": "signup",
    "account_reset_password": "reset_password",
    "account_email": "confirm_email",
    "account_email_verification_sent": "confirm_email",
}


def account_limit_reached(request, exception=None) -> HttpResponse:
    """allauth's 429 (ROOT_URLCONF.handler429), as ours: the same page and a Retry-After.

    allauth does not say which of an action's windows ran out, so the wait is the longest:
    after it, every window has room again.
    """
    match = request.resolver_match
    action = ACCOUNT_ACTIONS.get(match.url_name if match else "", "")
    return too_many(request, action or "account", account_wait_seconds(action))


def account_wait_seconds(action: str) -> int:
    rates = settings.ACCOUNT_RATE_LIMITS.get(action) or ""
    return max((_allauth_period(rate) for rate in rates.split(",") if rate.strip()), default=60)


def _allauth_period(rate: str) -> int:
    # allauth writes "5/5m/key": count, period, then what it counts by.
    count_and_period = "/".join(rate.strip().split("/")[:2])
    return parse_rate(count_and_period).seconds


def too_many(request, action: str, wait: int) -> HttpResponse:
    seconds = "second" if wait == 1 else "seconds"
    message = f"Too many requests: please wait {wait} {seconds} and try again."
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"detail": message, "code": "rate_limited", "action": action}, status=429
        )
    else:
        html = render_to_string("429.html", {"message": message}, request=request)
        response = HttpResponse(html, status=429)
    response["Retry-After"] = str(wait)
    return response


@register(Tags.security)
def check_rate_limits(app_configs, **kwargs) -> list[Error]:
    """A mistyped limit stops the process at start-up, not on someone's first comment."""
    errors = []
    for action in sorted(set(LIMITED_VIEWS.values())):
        try:
            parse_rate(settings.ACTION_RATE_LIMITS[action])
        except (KeyError, ImproperlyConfigured) as exc:
            errors.append(Error(f"ACTION_RATE_LIMITS[{action!r}]: {exc}", id="launchpad.E001"))
    if settings.RATE_LIMIT_IN_FLIGHT < 1:
        errors.append(Error("RATE_LIMIT_IN_FLIGHT must be 1 or more.", id="launchpad.E002"))
    return errors
