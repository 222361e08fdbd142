from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from marketplace.accounts.mfa import MFA_REQUIRED_MESSAGE, staff_lacks_second_factor

# Paths a staff member without a second factor may still reach: setting one up, and leaving.
_MFA_SETUP_PREFIXES = ("/accounts/", "/static/", "/healthz")


class StaffMustUseMFAMiddleware:
    """Staff without an activated TOTP authenticator are sent to set one up first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"detail": MFA_REQUIRED_MESSAGE, "code": "mfa_required"},
                    status=403,
                )
            messages.warning(
                request, "Programme staff must turn on two-factor authentication to continue."
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def _must_set_up_mfa(self, request) -> bool:
        if request.path.startswith(_MFA_SETUP_PREFIXES):
            return False
        return staff_lacks_second_factor(request.user)
