from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.urls import reverse

from marketplace.accounts.crypto import decrypt_secret, encrypt_secret


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        # Someone who belongs to no organisation yet has nothing to do but onboard.
        if not request.user.memberships.exists() and not request.user.is_staff:
            return reverse("frontend:onboarding")
        return super().get_login_redirect_url(request)


class MFAAdapter(DefaultMFAAdapter):
    """TOTP secrets and recovery-code seeds are stored encrypted, never in the clear."""

    def encrypt(self, text: str) -> str:
        return encrypt_secret(text)

    def decrypt(self, encrypted_text: str) -> str:
        return decrypt_secret(encrypted_text)
