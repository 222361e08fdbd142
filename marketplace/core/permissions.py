"""What programme staff may do in the admin: derived from is_staff, so no staff account lacks it."""

from django.contrib.auth.backends import BaseBackend

# Staff manage the marketplace's data; the audit trail and e-mail records are read-only evidence.
MANAGED_APPS = frozenset({"accounts", "organisations", "catalogue", "matching"})
READ_ONLY_APPS = frozenset({"core", "account"})


class ProgrammeStaffBackend(BaseBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        if not (user_obj.is_active and user_obj.is_staff) or "." not in perm:
            return False
        app_label, codename = perm.split(".", 1)
        if app_label in MANAGED_APPS:
            return True
        return app_label in READ_ONLY_APPS and codename.startswith("view_")

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return (
            user_obj.is_active and user_obj.is_staff and app_label in MANAGED_APPS | READ_ONLY_APPS
        )
