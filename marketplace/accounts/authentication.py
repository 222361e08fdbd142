from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from marketplace.accounts.mfa import MFA_REQUIRED_MESSAGE, staff_lacks_second_factor
from marketplace.accounts.tokens import api_token_authenticate


def mfa_required() -> exceptions.PermissionDenied:
    # The same body as the session middleware's refusal.
    return exceptions.PermissionDenied({"detail": MFA_REQUIRED_MESSAGE, "code": "mfa_required"})


class ApiTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>` (any case of "Token", as DRF reads it), against hashed keys."""

    def authenticate_credentials(self, key):
        token = api_token_authenticate(key)
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed("Invalid, expired or revoked token.")
        # The session middleware cannot see token users: DRF authenticates them after it.
        if staff_lacks_second_factor(token.user):
            raise mfa_required()
        return token.user, token
