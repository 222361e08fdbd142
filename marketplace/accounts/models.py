import hashlib

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac

from marketplace.core.validators import validate_storable_text

# Django's own salt, so that the hash of a plain user is what Django would compute.
_SESSION_HASH_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. People act for organisations through memberships; the e-mail is the login."""

    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=150, blank=True, validators=[validate_storable_text])
    job_title = models.CharField(max_length=150, blank=True, validators=[validate_storable_text])
    is_staff = models.BooleanField(
        "programme staff",
        default=False,
        help_text="Programme staff can moderate content and use the admin site.",
    )
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def _get_session_auth_hash(self, secret=None) -> str:
        # Django signs each session with this hash and ends the session when it changes. A
        # password change already did that; mixing in the privileges ends every session opened
        # before staff powers were granted or taken, so staff powers are only ever held by a
        # session that signed in as staff, with its second factor. Plain users' hashes are
        # unchanged, so nobody else is signed out by this.
        material = self.password + (
            self._privileges() if self.is_staff or self.is_superuser else ""
        )
        return salted_hmac(
            _SESSION_HASH_SALT, material, secret=secret, algorithm="sha256"
        ).hexdigest()

    def credentials_fingerprint(self) -> str:
        """Changes with the password and the staff and superuser rights; ends API tokens.

        Unlike the session hash it does not depend on SECRET_KEY: rotating the key must not
        end every script's token, and every process computes the same value.
        """
        return hashlib.sha256(f"{self.password}{self._privileges()}".encode()).hexdigest()

    def _privileges(self) -> str:
        return f"|staff={self.is_staff}|superuser={self.is_superuser}"


class ApiToken(models.Model):
    """A key for scripts. Only its SHA-256 is kept: the key is shown once, when issued.

    `fingerprint` is the user's credentials fingerprint when the token was issued: a password
    change or reset, or a change of staff or superuser rights, changes it and ends the token.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(
        max_length=8, help_text="The key's first characters, to tell keys apart."
    )
    fingerprint = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
