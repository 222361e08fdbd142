from django.db import transaction

from marketplace.accounts.models import User
from marketplace.accounts.tokens import api_tokens_revoke_all
from marketplace.core.audit import audit_record

# What makes an account more or less powerful; a change to any of them is audited.
PRIVILEGE_FIELDS = ("is_active", "is_staff", "is_superuser")


def privileges_of(user: User) -> dict[str, bool | list[str]]:
    found: dict[str, bool | list[str]] = {name: getattr(user, name) for name in PRIVILEGE_FIELDS}
    found["groups"] = sorted(user.groups.values_list("name", flat=True)) if user.pk else []
    return found


@transaction.atomic
def user_privileges_changed(*, actor: User, user: User, before: dict) -> None:
    """Record a change of rights made elsewhere (the admin) and end the user's API tokens.

    Sessions end by themselves: the session hash covers staff and superuser rights.
    """
    after = privileges_of(user)
    if after == before:
        return
    audit_record(
        actor=actor,
        action="user.privileges_change",
        target=user,
        before={name: value for name, value in before.items() if after[name] != value},
        after={name: value for name, value in after.items() if before[name] != value},
    )
    api_tokens_revoke_all(user=user, actor=actor, reason="Account rights changed.")
