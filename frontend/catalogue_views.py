from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from frontend import catalogue_forms as f
from frontend.catalogue_kinds import KINDS, Kind, catalogue_kind
from frontend.decorators import staff_only
from frontend.errors import add_errors, message_of
from marketplace.catalogue import services
from marketplace.catalogue.filters import CatalogueFilterForm
from marketplace.catalogue.models import CatalogueEntry, Challenge, Solution, Status
from marketplace.catalogue.selectors import (
    apply_filters,
    entry_get_for_editing,
    entry_get_for_user,
    moderation_queue,
    visible_entries,
)
from marketplace.core.errors import DomainError
from marketplace.organisations.models import Role

PAGE_SIZE = 20


# The same URL answers a whole page or, for htmx, the results alone: caches must tell them apart
# (without this, Back after a filter showed the bare fragment).
@vary_on_headers("HX-Request")
def entry_list(request, kind: str):
    k = catalogue_kind(kind)
    form = CatalogueFilterForm(request.GET)
    entries = visible_entries(k.model, user=request.user)
    entries = apply_filters(entries, form.domain_filters()) if form.is_valid() else entries.none()
    page = Paginator(entries.order_by("-published_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {"kind": k, "form": form, "page": page, "query": query.urlencode()}
    partial = request.headers.get("HX-Request") == "true"
    template = "frontend/catalogue/" + ("_results.html" if partial else "list.html")
    return render(request, template, context)


def entry_detail(request, kind: str, pk: int):
    k = catalogue_kind(kind)
    entry = entry_get_for_user(k.model, user=request.user, pk=pk)
    membership = request.membership
    is_owner = membership is not None and membership.organisation_id == entry.organisation_id
    context = {
        "kind": k,
        "entry": entry,
        "is_owner": is_owner,
        "is_admin": is_owner and membership.has_role(Role.ADMIN),
        "missing": _missing_labels(entry) if is_owner and entry.status == Status.DRAFT else [],
    }
    return render(request, f"frontend/catalogue/{k.label}_detail.html", context)


def _missing_labels(entry: CatalogueEntry) -> list[str]:
    return [_field_label(type(entry), name) for name in entry.submission_errors()]


def _field_label(model, name: str) -> str:
    label = str(model._meta.get_field(name).verbose_name)
    return label.removesuffix(" pence").capitalize()


@login_required
def entry_step(request, kind: str, pk: int | None = None, step: str | None = None):
    k = catalogue_kind(kind)
    step_names = [name for name, _, _ in k.steps]
    step = step or step_names[0]
    if step not in step_names:
        raise Http404("No such step.")
    entry = entry_get_for_editing(k.model, user=request.user, pk=pk) if pk else k.model()
    organisation = entry.organisation if pk else _acting_organisation(request)
    if organisation is None:
        messages.error(request, f"Join or set up an organisation to post a {k.label}.")
        return redirect("frontend:onboarding")
    index = step_names.index(step)
    form_class = k.steps[index][2]
    form = form_class(request.POST or None, instance=entry, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        was_published = entry.status == Status.PUBLISHED
        try:
            entry = _save_step(k, request.user, entry, organisation, form.changes())
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            if was_published and entry.status != Status.PUBLISHED:
                # Held for review: it cannot be edited again until staff have looked at it.
                messages.warning(request, services.review_notice(entry))
                return redirect(f"frontend:{k.slug}_detail", pk=entry.pk)
            messages.success(request, "Draft saved.")
            if "finish" in request.POST or index + 1 == len(step_names):
                return redirect(f"frontend:{k.slug}_detail", pk=entry.pk)
            return redirect(f"frontend:{k.slug}_step", pk=entry.pk, step=step_names[index + 1])
    context = {"kind": k, "entry": entry, "form": form, "step": step, "index": index}
    return render(request, "frontend/catalogue/step.html", context)


def _acting_organisation(request):
    membership = request.membership
    return membership.organisation if membership else None


def _save_step(k: Kind, user, entry: CatalogueEntry, organisation, changes: dict):
    if entry.pk:
        return services.entry_update(entry, user=user, **changes)
    return services.entry_create(k.model, user=user, organisation=organisation, **changes)


def _validation_message(model, exc: ValidationError) -> str:
    if not hasattr(exc, "error_dict"):
        return " ".join(exc.messages)
    fields = [_field_label(model, name) for name in exc.message_dict if name != "__all__"]
    return "Fill in these fields first: " + ", ".join(fields) + "."


TRANSITIONS = {
    "submit": (services.entry_submit, "Submitted. Programme staff will review it shortly."),
    "close": (services.entry_close, "Closed: it no longer appears in searches or matches."),
    "archive": (services.entry_archive, "Archived."),
    "publish": (services.entry_publish, "Published."),
}


@login_required
@require_POST
def entry_transition(request, kind: str, pk: int, action: str):
    k = catalogue_kind(kind)
    entry = entry_get_for_user(k.model, user=request.user, pk=pk)
    service, success = TRANSITIONS[action]
    try:
        service(entry, user=request.user)
        messages.success(request, success)
    except ValidationError as exc:
        messages.error(request, _validation_message(k.model, exc))
    except DomainError as exc:
        messages.error(request, exc.message)
    if action == "publish" and request.user.is_staff:
        return redirect("frontend:moderation")
    return redirect(f"frontend:{k.slug}_detail", pk=pk)


@staff_only
def moderation(request):
    context = {
        "challenges": moderation_queue(Challenge),
        "solutions": moderation_queue(Solution),
        "reject_form": f.RejectForm(),
    }
    return render(request, "frontend/catalogue/moderation.html", context)


@staff_only
@require_POST
def entry_reject(request, kind: str, pk: int):
    k = catalogue_kind(kind)
    entry = entry_get_for_user(k.model, user=request.user, pk=pk)
    form = f.RejectForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        services.entry_reject(entry, user=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, f"Sent back to {entry.organisation.name} with your reason.")
    except (ValidationError, DomainError) as exc:
        messages.error(request, f"Not rejected: {message_of(exc)}")
    return redirect("frontend:moderation")


@login_required
def my_organisation(request):
    membership = request.membership
    if membership is None:
        return redirect("frontend:onboarding")
    organisation = membership.organisation
    model = Challenge if organisation.is_housing_provider else Solution
    entries = (
        model.objects.filter(organisation=organisation)
        .prefetch_related("themes")
        .order_by("status", "-updated_at")
    )
    kind = KINDS["challenges" if model is Challenge else "solutions"]
    return render(
        request,
        "frontend/catalogue/mine.html",
        {"kind": kind, "organisation": organisation, "entries": entries},
    )
