"""allauth's account events that end API tokens or prove a second factor."""

from allauth.account import signals as account_signals
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator

from marketplace.accounts.tokens import api_tokens_revoke_all


def _revoke_tokens(reason: str):
    def receiver(sender, request, user, **kwargs):
        api_tokens_revoke_all(user=user, reason=reason)

    return receiver


on_password_changed = _revoke_tokens("Password changed.")
on_password_set = _revoke_tokens("Password set.")
on_password_reset = _revoke_tokens("Password reset.")
on_authenticator_removed = _revoke_tokens("Two-factor authentication removed.")


def on_authenticator_added(sender, request, user, authenticator, **kwargs):
    # Activating TOTP means typing a code from the device: this session has proved the factor.
    if authenticator.type == Authenticator.Type.TOTP and request is not None:
        record_authentication(request, user, "mfa", type=authenticator.type, activated=True)


def connect() -> None:
    account_signals.password_changed.connect(on_password_changed)
    account_signals.password_set.connect(on_password_set)
    account_signals.password_reset.connect(on_password_reset)
    mfa_signals.authenticator_removed.connect(on_authenticator_removed)
    mfa_signals.authenticator_added.connect(on_authenticator_added)
