"""Second-factor secrets encrypted at rest, with a key derived from SECRET_KEY.

A database dump alone then gives nobody a working authenticator. Keys in SECRET_KEY_FALLBACKS
still decrypt, so rotating SECRET_KEY keeps everyone's authenticator working; values stored
before encryption was turned on (no prefix) are read as they are.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

ENCRYPTED_PREFIX = "fernet:"


def _fernet(secret_key: str) -> Fernet:
    digest = hashlib.sha256(f"launchpad.mfa-secrets:{secret_key}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _keys() -> MultiFernet:
    return MultiFernet(
        [_fernet(key) for key in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]]
    )


def encrypt_secret(text: str) -> str:
    return ENCRYPTED_PREFIX + _keys().encrypt(text.encode()).decode()


def decrypt_secret(stored: str) -> str:
    if not stored.startswith(ENCRYPTED_PREFIX):
        return stored
    try:
        return _keys().decrypt(stored[len(ENCRYPTED_PREFIX) :].encode()).decode()
    except InvalidToken as exc:
        raise ValueError(
            "A second-factor secret cannot be decrypted: SECRET_KEY changed and the old key is "
            "not in SECRET_KEY_FALLBACKS."
        ) from exc
