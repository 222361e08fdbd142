from allauth.mfa.admin import AuthenticatorAdmin as AllauthAuthenticatorAdmin
from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied

from marketplace.accounts.models import ApiToken, User
from marketplace.accounts.services import privileges_of, user_privileges_changed


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Staff manage people's details and grant staff rights to others; only superusers grant
    superuser rights, change their own rights, set passwords or touch a superuser's account."""

    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active", "date_joined", "last_login"]
    list_filter = ["is_staff", "is_active", "is_superuser"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Person", {"fields": ["full_name", "job_title"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    def get_readonly_fields(self, request, obj=None):
        fields = ["last_login", "date_joined"]
        if obj is not None:
            # A changed address would let a password reset take the account over; people
            # change their own through the verified e-mail flow.
            fields.append("email")
        if not request.user.is_superuser:
            fields += ["is_superuser", "groups"]
            if obj is not None and obj.pk == request.user.pk:
                fields += ["is_staff", "is_active"]
        return fields

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        if not request.user.is_superuser:
            raise PermissionDenied("Only a superuser sets a password here; people reset their own.")
        return super().user_change_password(request, id, form_url)

    def save_model(self, request, obj, form, change):
        before = privileges_of(User.objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)
        request._privileges_before = before

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        before = getattr(request, "_privileges_before", None)
        if before is not None:
            user_privileges_changed(actor=request.user, user=form.instance, before=before)


# allauth's own admin shows each authenticator's data: the TOTP secret and recovery codes.
admin.site.unregister(Authenticator)


@admin.register(Authenticator)
class AuthenticatorAdmin(AllauthAuthenticatorAdmin):
    fields = ["user", "type", "created_at", "last_used_at"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens by name and first characters only: the keys themselves are never stored."""

    list_display = ["user", "name", "prefix", "created_at", "expires_at", "last_used_at"]
    fields = list_display
    readonly_fields = list_display
    search_fields = ["user__email", "name", "prefix"]
    list_select_related = ["user"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
