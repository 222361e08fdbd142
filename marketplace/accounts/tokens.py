"""API tokens: issued from a signed-in session, kept hashed, listed and revoked by their owner.

A token ends when it expires, when its owner revokes it, and when its owner's password or staff
rights change or their second factor is removed (see User.credentials_fingerprint).
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from marketplace.accounts.mfa import session_passed_second_factor
from marketplace.accounts.models import ApiToken, User
from marketplace.core.audit import audit_record
from marketplace.core.errors import DomainError, NotAllowed

TOKEN_PREFIX_LENGTH = 8
MAX_TOKEN_DAYS = 365
# Writing last_used_at on every request would cost a write per API call; this often is enough
# to tell a live token from a forgotten one.
LAST_USED_PRECISION = timedelta(minutes=5)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_token_issue(*, request, name: str = "", expires_in_days: int | None = None):
    """A new token for the session's user; returns (token, key). The key is never stored.

    Staff get one only from a session that proved its second factor, so a token never carries
    staff powers that its holder did not prove at sign-in.
    """
    user = request.user
    if (
        user.is_staff
        and settings.MFA_REQUIRED_FOR_STAFF
        and not session_passed_second_factor(request)
    ):
        raise NotAllowed(
            "Programme staff get API tokens only from a session signed in with a second factor: "
            "sign out, sign in again with your authenticator code, and ask again."
        )
    days = settings.API_TOKEN_LIFETIME_DAYS if expires_in_days is None else expires_in_days
    if not 1 <= days <= MAX_TOKEN_DAYS:
        raise DomainError(
            f"expires_in_days: a token lasts from 1 to {MAX_TOKEN_DAYS} days.", code="invalid"
        )
    return api_token_create(user=user, name=name, days=days)


def api_token_create(*, user: User, name: str, days: int) -> tuple[ApiToken, str]:
    """Call only for a user whose right to a token was checked (api_token_issue does)."""
    key = secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user,
            name=name.strip() or "API token",
            key_hash=key_hash(key),
            prefix=key[:TOKEN_PREFIX_LENGTH],
            fingerprint=user.credentials_fingerprint(),
            expires_at=timezone.now() + timedelta(days=days),
        )
        audit_record(
            actor=user,
            action="api_token.issue",
            target=token,
            after={"name": token.name, "prefix": token.prefix, "expires_at": str(token.expires_at)},
        )
    return token, key


def api_tokens_of(*, user: User) -> QuerySet[ApiToken]:
    """The user's tokens that still work."""
    return ApiToken.objects.filter(
        user=user, expires_at__gt=timezone.now(), fingerprint=user.credentials_fingerprint()
    )


def api_token_get_for_user(*, user: User, pk: int) -> ApiToken:
    return get_object_or_404(ApiToken.objects.filter(user=user), pk=pk)


@transaction.atomic
def api_token_revoke(*, user: User, token: ApiToken) -> None:
    if token.user_id != user.pk:
        raise NotAllowed()
    audit_record(
        actor=user,
        action="api_token.revoke",
        target=token,
        before={"name": token.name, "prefix": token.prefix},
    )
    token.delete()


def api_tokens_revoke_all(*, user: User, actor=None, reason: str) -> int:
    """End every token of the user; `reason` goes to the audit trail when there were any."""
    with transaction.atomic():
        count, _ = ApiToken.objects.filter(user=user).delete()
        if count:
            audit_record(
                actor=actor if actor is not None else user,
                action="api_token.revoke_all",
                target=user,
                after={"revoked": count},
                reason=reason,
            )
    return count


def api_token_authenticate(key: str) -> ApiToken | None:
    """The live token with this key, its user loaded; None when there is none.

    A token whose owner's password or rights changed since it was issued is deleted here, so
    no path that changed them (the admin, a shell, a management command) can leave it alive.
    """
    token = ApiToken.objects.select_related("user").filter(key_hash=key_hash(key)).first()
    if token is None:
        return None
    now = timezone.now()
    if token.expires_at <= now or token.fingerprint != token.user.credentials_fingerprint():
        token.delete()
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


# Key hash -> user id, per process: the rate limiter asks before DRF authenticates, and a
# token's owner never changes. A revoked key stays here harmlessly: authentication refuses it.
_KEY_OWNERS: dict[str, int] = {}
_KEY_OWNERS_MAX = 4096


def user_id_for_key(key: str) -> int | None:
    """Whose key this is, for rate limits; None for a key that was never issued."""
    digest = key_hash(key)
    if digest not in _KEY_OWNERS:
        owner = ApiToken.objects.filter(key_hash=digest).values_list("user_id", flat=True).first()
        if owner is None:
            return None
        if len(_KEY_OWNERS) >= _KEY_OWNERS_MAX:
            _KEY_OWNERS.clear()
        _KEY_OWNERS[digest] = owner
    return _KEY_OWNERS[digest]
