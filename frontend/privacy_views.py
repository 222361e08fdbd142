"""Privacy pages: the notice, an owner's export of the organisation's data, account deletion."""

from allauth.core import ratelimit
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from frontend.errors import add_errors
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.organisations.models import Role
from marketplace.organisations.selectors import organisation_get_for_member
from marketplace.privacy import services
from marketplace.privacy.selectors import (
    organisations_only_owned_by,
    privacy_contact_email,
    privacy_controller,
    retention_policy,
)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


def privacy_notice(request):
    context = {
        "controller": privacy_controller(),
        "contact_email": privacy_contact_email(),
        "retention": retention_policy(),
    }
    return render(request, "frontend/privacy/notice.html", context)


@never_cache
@login_required
def organisation_export(request, slug: str):
    organisation, membership = organisation_get_for_member(user=request.user, slug=slug)
    context = {"organisation": organisation}
    if not membership.has_role(Role.OWNER):
        return render(request, "frontend/privacy/export_refused.html", context, status=403)
    if request.method != "POST":
        return render(request, "frontend/privacy/export.html", context)
    try:
        export = services.organisation_export(user=request.user, organisation=organisation)
    except NotAllowed:
        return render(request, "frontend/privacy/export_refused.html", context, status=403)
    response = HttpResponse(export.content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


@never_cache
@login_required
def account_delete(request):
    form, status = AccountDeleteForm(request.POST or None), 200
    if request.method == "POST" and form.is_valid():
        # allauth's reauthentication limit: a borrowed session cannot guess the password.
        if not ratelimit.consume(request, action="reauthenticate", user=request.user):
            form.add_error("password", "Too many attempts. Wait a minute, then try again.")
            status = 429
        else:
            try:
                services.account_delete(user=request.user, password=form.cleaned_data["password"])
            except ValidationError as exc:
                add_errors(form, exc)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                logout(request)
                messages.success(request, "Your account is deleted. Thank you for using Launchpad.")
                return redirect("frontend:home")
    context = {
        "form": form,
        "only_owner_of": organisations_only_owned_by(user=request.user),
        "retention": retention_policy(),
    }
    return render(request, "frontend/privacy/account_delete.html", context, status=status)
