from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from frontend.catalogue_kinds import catalogue_kind as _kind
from frontend.errors import message_of as _message_of
from marketplace.catalogue import services
from marketplace.catalogue.filters import CatalogueFilterForm
from marketplace.catalogue.models import Challenge, Solution, Theme, Verdict
from marketplace.catalogue.selectors import entry_get_for_user, region_names
from marketplace.core.errors import DomainError
from marketplace.matchmaking.errors import MatcherError
from marketplace.matchmaking.matches import (
    acting_organisation_id,
    entry_for_matching,
    matches_among,
    matches_for,
)
from marketplace.proposals.selectors import interests_by_counterpart

MATCHES_SHOWN = 20


@login_required
@vary_on_headers("HX-Request")
def entry_matches(request, kind: str, pk: int):
    k = _kind(kind)
    try:
        entry = entry_for_matching(k.model, user=request.user, pk=pk)
    except DomainError as exc:
        messages.info(request, exc.message)
        return redirect(f"frontend:{k.slug}_detail", pk=pk)
    form = CatalogueFilterForm(request.GET)
    ranked, problem = [], None
    if form.is_valid():
        try:
            ranked = matches_for(
                user=request.user,
                organisation_id=acting_organisation_id(entry),
                entry=entry,
                filters=form.domain_filters(),
                k=MATCHES_SHOWN,
            )
        except MatcherError as exc:
            problem = str(exc)
    partial = request.headers.get("HX-Request") == "true"
    context = {
        "kind": k,
        "entry": entry,
        "form": form,
        "ranked": ranked,
        "problem": problem,
        "filtered": any(form.cleaned_data.values()) if form.is_valid() else True,
        "partial": partial,
        "interests": interests_by_counterpart(user=request.user, entry=entry),
        "theme_names": dict(Theme.objects.values_list("slug", "name")),
        "region_names": region_names(),
        "target_label": "solution" if k.model is Challenge else "challenge",
    }
    name = "_match_results.html" if partial else "matches.html"
    return render(request, f"frontend/catalogue/{name}", context)


COMPARED = (2, 3)


@login_required
def entry_compare(request, kind: str, pk: int):
    """Two or three matches side by side; ?compare=<id> once for each."""
    k = _kind(kind)
    try:
        entry = entry_for_matching(k.model, user=request.user, pk=pk)
    except DomainError as exc:
        messages.info(request, exc.message)
        return redirect(f"frontend:{k.slug}_detail", pk=pk)
    ids = [int(raw) for raw in request.GET.getlist("compare") if raw.isdigit() and len(raw) < 12]
    ids = list(dict.fromkeys(ids))
    ranked, problem = [], None
    if len(ids) > COMPARED[-1]:
        problem = f"Compare at most {COMPARED[-1]} at a time: untick “Compare” on the others."
    elif len(ids) < COMPARED[0]:
        problem = "Choose two or three to compare: tick “Compare” on their cards."
    else:
        try:
            ranked = matches_among(
                user=request.user,
                organisation_id=acting_organisation_id(entry),
                entry=entry,
                ids=ids,
            )
        except MatcherError as exc:
            problem = str(exc)
    context = {
        "kind": k,
        "entry": entry,
        "ranked": ranked,
        "problem": problem,
        "interests": interests_by_counterpart(user=request.user, entry=entry),
        "theme_names": dict(Theme.objects.values_list("slug", "name")),
        "region_names": region_names(),
        "target_label": "solution" if k.model is Challenge else "challenge",
    }
    status = 400 if problem and not ranked else 200
    return render(request, "frontend/catalogue/compare.html", context, status=status)


class FeedbackForm(forms.Form):
    verdict = forms.ChoiceField(choices=[*Verdict.choices, ("clear", "Undo")])
    reason = forms.CharField(required=False, max_length=500)
    score = forms.FloatField(required=False, min_value=0, max_value=1)


@login_required
@require_POST
def match_feedback(request, kind: str, pk: int, other_pk: int):
    k = _kind(kind)
    try:
        entry = entry_for_matching(k.model, user=request.user, pk=pk)
    except DomainError as exc:
        messages.info(request, exc.message)
        return redirect(f"frontend:{k.slug}_detail", pk=pk)
    other_model = Solution if k.model is Challenge else Challenge
    # Scoped like the entry: another organisation's draft is not there to be judged.
    other = entry_get_for_user(other_model, user=request.user, pk=other_pk)
    challenge, solution = (entry, other) if k.model is Challenge else (other, entry)
    form = FeedbackForm(request.POST)
    error = None
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        _apply_feedback(request, entry, challenge, solution, form.cleaned_data)
    except (ValidationError, DomainError) as exc:
        error = _message_of(exc)
    if request.headers.get("HX-Request") == "true":
        verdict = None if error else form.cleaned_data.get("verdict")
        context = {
            "kind": k,
            "entry": entry,
            "other": other,
            "verdict": verdict,
            "error": error,
            "swapped": True,
        }
        return render(request, "frontend/catalogue/_feedback.html", context)
    if error:
        messages.error(request, error)
    return redirect(f"frontend:{k.slug}_matches", pk=pk)


def _apply_feedback(request, entry, challenge, solution, data) -> None:
    organisation = entry.organisation
    if data["verdict"] == "clear":
        services.feedback_clear(
            user=request.user, organisation=organisation, challenge=challenge, solution=solution
        )
        return
    services.feedback_record(
        user=request.user,
        organisation=organisation,
        challenge=challenge,
        solution=solution,
        verdict=data["verdict"],
        reason=data.get("reason") or "",
        score=data.get("score"),
    )
