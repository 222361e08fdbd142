from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        # Someone who belongs to no organisation yet has nothing to do but onboard.
        if not request.user.memberships.exists() and not request.user.is_staff:
            return reverse("frontend:onboarding")
        return super().get_login_redirect_url(request)
