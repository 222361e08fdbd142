"""The staff console for cohorts: set-up, who takes part, and matchmaking."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from frontend import cohort_forms as f
from frontend.decorators import staff_only
from frontend.errors import add_errors as _add_errors
from frontend.errors import message_of as _message_of
from marketplace.catalogue.models import Status, Theme
from marketplace.catalogue.selectors import region_names
from marketplace.cohorts import jobs as cohort_jobs
from marketplace.cohorts import services, transitions
from marketplace.cohorts.models import Cohort, CohortSupplier, Pairing
from marketplace.cohorts.selectors import (
    cohort_get,
    cohort_matrix,
    cohorts_for_organisation,
    pairing_rows,
)
from marketplace.core.errors import DomainError
from marketplace.core.spreadsheets import csv_response
from marketplace.jobs.models import Job
from marketplace.jobs.selectors import job_get_for_user
from marketplace.matchmaking.matches import pairing_reason


@staff_only
def cohort_list(request):
    form = f.CohortForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cohort = services.cohort_create(user=request.user, **form.changes())
        except (ValidationError, DomainError) as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, f"{cohort.name} created. Add challenges and suppliers.")
            return redirect("frontend:cohort_detail", slug=cohort.slug)
    cohorts = Cohort.objects.prefetch_related("themes").order_by("-created_at")
    return render(request, "frontend/cohorts/list.html", {"cohorts": cohorts, "form": form})


@staff_only
def cohort_detail(request, slug: str):
    cohort = cohort_get(slug=slug)
    form = f.CohortForm(request.POST or None, instance=cohort)
    if request.method == "POST" and form.is_valid():
        try:
            services.cohort_update(user=request.user, cohort=cohort, **form.changes())
        except (ValidationError, DomainError) as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Cohort saved.")
            return redirect("frontend:cohort_detail", slug=slug)
    context = {
        "cohort": cohort,
        "form": form,
        "entries": cohort.entries.select_related("challenge__organisation"),
        "places": cohort.suppliers.select_related("organisation"),
        "add_challenge_form": f.AddChallengeForm(),
        "invite_form": f.InviteSupplierForm(),
    }
    return render(request, "frontend/cohorts/detail.html", context)


@staff_only
@require_POST
def cohort_people(request, slug: str, action: str):
    cohort = cohort_get(slug=slug)
    try:
        if action == "add_challenge":
            form = f.AddChallengeForm(request.POST)
            _valid(form)
            services.cohort_add_challenge(
                user=request.user, cohort=cohort, challenge=form.cleaned_data["challenge"]
            )
        elif action == "invite_supplier":
            form = f.InviteSupplierForm(request.POST)
            _valid(form)
            services.cohort_invite_supplier(
                user=request.user, cohort=cohort, organisation=form.cleaned_data["organisation"]
            )
        else:
            place = CohortSupplier.objects.filter(
                cohort=cohort, pk=request.POST.get("place")
            ).first()
            if place is None:
                raise Http404("No such place.")
            services.cohort_accept_supplier(user=request.user, place=place)
        messages.success(request, "Saved.")
    except (ValidationError, DomainError) as exc:
        messages.error(request, _message_of(exc))
    return redirect("frontend:cohort_detail", slug=slug)


def _valid(form) -> None:
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())


@staff_only
def cohort_matchmaking(request, slug: str):
    cohort = cohort_get(slug=slug)
    matrix = cohort_matrix(cohort)
    solution_choices = matrix.solutions_queryset.values_list("pk", "name", "organisation__name")
    return render(
        request,
        "frontend/cohorts/matchmaking.html",
        {
            "cohort": cohort,
            "matrix": matrix,
            "solution_choices": solution_choices,
            # Per-pairing links are built from this prefix: 1,600 reverse() calls took 0.7 s.
            "pairings_url": reverse("frontend:pairing_add", args=[slug]).removesuffix("add/"),
            "export_as_job": matrix.scored > EXPORT_AT_ONCE,
        },
    )


MATCHMAKING_ACTIONS = {
    # Long-running: each starts a job and the page follows its progress.
    "score": cohort_jobs.cohort_score_request,
    "optimise": cohort_jobs.cohort_optimise_request,
    "export": cohort_jobs.pairings_export_request,
    # Quick, and it tells people: done in the request.
    "confirm": services.cohort_confirm,
}
CONFIRMED = "{} pairings confirmed; both sides have been invited."
# Past this many pairings the CSV is written by a job rather than while the browser waits.
EXPORT_AT_ONCE = 5_000


@staff_only
@require_POST
def cohort_matchmaking_action(request, slug: str, action: str):
    cohort = cohort_get(slug=slug)
    try:
        result = MATCHMAKING_ACTIONS[action](user=request.user, cohort=cohort)
    except (ValidationError, DomainError) as exc:
        messages.error(request, _message_of(exc))
        return redirect("frontend:cohort_matchmaking", slug=slug)
    if isinstance(result, Job):
        return redirect("frontend:job_detail", pk=result.pk)
    messages.success(request, CONFIRMED.format(result))
    return redirect("frontend:cohort_matchmaking", slug=slug)


@staff_only
@require_POST
def pairing_action(request, slug: str, action: str):
    cohort = cohort_get(slug=slug)
    try:
        if action == "add":
            # Only the choices are needed, not the scored matrix the page shows.
            form = f.AddPairingForm(
                request.POST,
                challenges=services.cohort_challenges(cohort),
                solutions=services.cohort_solutions(cohort),
            )
            _valid(form)
            services.pairing_add(user=request.user, cohort=cohort, **form.cleaned_data)
        else:
            pairing = Pairing.objects.filter(cohort=cohort, pk=request.POST.get("pairing")).first()
            if pairing is None:
                raise Http404("No such pairing.")
            state = transitions.DECISION_STATES[action]
            services.pairing_decide(user=request.user, pairing=pairing, state=state)
    except (ValidationError, DomainError) as exc:
        messages.error(request, _message_of(exc))
    return redirect("frontend:cohort_matchmaking", slug=slug)


@staff_only
def cohort_pairings_csv(request, slug: str):
    """The pairings at once; past EXPORT_AT_ONCE rows the page offers an export job instead."""
    cohort = cohort_get(slug=slug)
    header = cohort_jobs.EXPORT_HEADER
    return csv_response(f"{cohort.slug}-pairings.csv", header, pairing_rows(cohort))


@staff_only
def job_export(request, pk: int):
    """The file an export job wrote, once it is done."""
    found = cohort_jobs.export_file_for(job_get_for_user(user=request.user, pk=pk))
    if found is None:
        raise Http404("No such export.")
    path, filename = found
    return FileResponse(
        path.open("rb"), as_attachment=True, filename=filename, content_type="text/csv"
    )


# -- the member side: applying and taking up invitations ---------------------------------------


@login_required
def member_cohorts(request):
    organisation = request.membership.organisation if request.membership else None
    if organisation is None:
        raise Http404("Join an organisation to take part in cohorts.")
    challenges = (
        organisation.challenges.filter(status=Status.PUBLISHED)
        if organisation.is_housing_provider
        else None
    )
    context = {
        "organisation": organisation,
        "cohorts": cohorts_for_organisation(organisation),
        "challenges": challenges,
    }
    return render(request, "frontend/cohorts/member.html", context)


@login_required
@require_POST
def member_cohort_action(request, slug: str, action: str):
    cohort = cohort_get(slug=slug)
    organisation = request.membership.organisation if request.membership else None
    if organisation is None:
        raise Http404("Join an organisation to take part in cohorts.")
    try:
        _member_action(request, cohort, organisation, action)
    except (ValidationError, DomainError) as exc:
        messages.error(request, _message_of(exc))
    return redirect("frontend:member_cohorts")


def _member_action(request, cohort, organisation, action) -> None:
    if action == "apply_with_challenge":
        challenge = organisation.challenges.filter(pk=request.POST.get("challenge") or 0).first()
        if challenge is None:
            raise ValidationError({"challenge": "Choose one of your published challenges."})
        services.cohort_apply_with_challenge(user=request.user, cohort=cohort, challenge=challenge)
        messages.success(request, f"“{challenge.title}” applied to {cohort.name}.")
    elif action == "apply_as_supplier":
        services.cohort_apply_as_supplier(
            user=request.user, cohort=cohort, organisation=organisation
        )
        messages.success(request, f"{organisation.name} applied to {cohort.name}.")
    else:
        place = CohortSupplier.objects.filter(cohort=cohort, organisation=organisation).first()
        if place is None:
            raise Http404("No invitation to this cohort.")
        services.cohort_accept_invitation(user=request.user, place=place)
        messages.success(request, f"You have a place in {cohort.name}.")


@staff_only
@vary_on_headers("HX-Request")
def pairing_reasons(request, slug: str, pk: int):
    """Why the matcher scored a pairing as it did; loaded on demand, one pairing at a time."""
    pairing = (
        Pairing.objects.filter(cohort__slug=slug, pk=pk)
        .select_related("cohort", "challenge__organisation", "solution__organisation")
        .first()
    )
    if pairing is None:
        raise Http404("No such pairing.")
    reason = pairing_reason(challenge=pairing.challenge, solution=pairing.solution)
    template = "_reasons.html" if request.headers.get("HX-Request") else "reasons.html"
    context = {
        "pairing": pairing,
        "reason": reason,
        "theme_names": dict(Theme.objects.values_list("slug", "name")),
        "region_names": region_names(),
    }
    return render(request, f"frontend/cohorts/{template}", context)
