"""Staff console: verifying new organisations and reading the audit log."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from frontend.decorators import staff_only
from frontend.errors import message_of
from marketplace.core.errors import DomainError
from marketplace.core.selectors import (
    AuditFilter,
    audit_entries,
    audited_actions,
    audited_target_types,
)
from marketplace.organisations import services
from marketplace.organisations.models import Organisation
from marketplace.organisations.selectors import verification_queue

AUDIT_PAGE_SIZE = 50


@staff_only
def verification(request):
    waiting, queried = verification_queue()
    return render(
        request, "frontend/staff/verification.html", {"waiting": waiting, "queried": queried}
    )


@staff_only
@require_POST
def verification_decide(request, pk: int, decision: str):
    organisation = get_object_or_404(Organisation, pk=pk)
    try:
        if decision == "verify":
            services.organisation_verify(user=request.user, organisation=organisation)
            messages.success(request, f"{organisation.name} is verified.")
        else:
            services.organisation_query_verification(
                user=request.user, organisation=organisation, reason=request.POST.get("reason", "")
            )
            messages.success(request, f"{organisation.name}'s admins were asked to correct it.")
    except (ValidationError, DomainError) as exc:
        messages.error(request, f"{organisation.name}: {message_of(exc)}")
    return redirect("frontend:verification")


class AuditFilterForm(forms.Form):
    organisation = forms.ModelChoiceField(
        Organisation.objects.order_by("name"), to_field_name="slug", required=False
    )
    actor = forms.EmailField(label="User's e-mail", required=False)
    target_type = forms.ChoiceField(label="Object type", required=False)
    target_id = forms.CharField(label="Object id", max_length=40, required=False)
    action = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_type"].choices = _any(audited_target_types())
        self.fields["action"].choices = _any(audited_actions())

    def selection(self) -> AuditFilter:
        data = self.cleaned_data
        return AuditFilter(
            organisation=data["organisation"],
            actor_email=data["actor"],
            target_type=data["target_type"],
            target_id=data["target_id"].strip(),
            action=data["action"],
        )


def _any(values: list[str]) -> list[tuple[str, str]]:
    return [("", "Any"), *((value, value) for value in values)]


@staff_only
def audit_log(request):
    form = AuditFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        entries = audit_entries(AuditFilter()).none()
    else:
        entries = audit_entries(form.selection() if form.is_bound else AuditFilter())
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "frontend/staff/audit_log.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
