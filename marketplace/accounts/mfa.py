"""Staff powers need a second factor, whichever way a request comes in: session, token, admin."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings

MFA_REQUIRED_MESSAGE = "Turn on two-factor authentication first."


def staff_lacks_second_factor(user) -> bool:
    """Staff with no active TOTP authenticator: they may do nothing but set one up."""
    if not (settings.MFA_REQUIRED_FOR_STAFF and user.is_authenticated and user.is_staff):
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_second_factor(request) -> bool:
    """Whether this session proved a second factor: at sign-in, or by activating one here."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
