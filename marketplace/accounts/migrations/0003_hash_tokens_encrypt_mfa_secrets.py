"""Existing DRF tokens become hashed ApiTokens (their keys keep working, and the plain keys are
deleted); second-factor secrets are encrypted at rest. Both reverse: the secrets are decrypted,
and the hashed tokens, whose keys are not known, are dropped with their table by 0002."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import migrations
from django.utils import timezone

OLD_TOKEN_TABLE = "authtoken_token"


def hash_old_tokens(apps, schema_editor):
    from marketplace.accounts.models import User as CurrentUser

    connection = schema_editor.connection
    if OLD_TOKEN_TABLE not in connection.introspection.table_names():
        return
    User = apps.get_model("accounts", "User")
    ApiToken = apps.get_model("accounts", "ApiToken")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, user_id, created FROM {OLD_TOKEN_TABLE}")  # noqa: S608
        rows = cursor.fetchall()
    lifetime = timedelta(days=settings.API_TOKEN_LIFETIME_DAYS)
    for key, user_id, created in rows:
        user = User.objects.get(pk=user_id)
        ApiToken.objects.create(
            user=user,
            name="API token",
            key_hash=hashlib.sha256(key.encode()).hexdigest(),
            prefix=key[:8],
            fingerprint=CurrentUser.credentials_fingerprint(user),
            created_at=created if hasattr(created, "tzinfo") else timezone.now(),
            expires_at=timezone.now() + lifetime,
        )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {OLD_TOKEN_TABLE}")  # noqa: S608


def _recode_secrets(apps, code):
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.all():
        data = dict(authenticator.data)
        for name in ("secret", "seed"):
            if isinstance(data.get(name), str):
                data[name] = code(data[name])
        if isinstance(data.get("migrated_codes"), list):
            data["migrated_codes"] = [code(value) for value in data["migrated_codes"]]
        if data != authenticator.data:
            authenticator.data = data
            authenticator.save(update_fields=["data"])


def encrypt_secrets(apps, schema_editor):
    from marketplace.accounts.crypto import ENCRYPTED_PREFIX, encrypt_secret

    _recode_secrets(
        apps, lambda value: value if value.startswith(ENCRYPTED_PREFIX) else encrypt_secret(value)
    )


def decrypt_secrets(apps, schema_editor):
    from marketplace.accounts.crypto import decrypt_secret

    _recode_secrets(apps, decrypt_secret)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_api_tokens"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [
        migrations.RunPython(hash_old_tokens, migrations.RunPython.noop),
        migrations.RunPython(encrypt_secrets, decrypt_secrets),
    ]
