"""Pages from a match to a pilot: interests, the proposal editor, staff review, printing."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from frontend import proposal_forms as f
from frontend.decorators import staff_only
from frontend.errors import add_errors as _add_errors
from frontend.errors import message_of as _message_of
from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.catalogue.selectors import entry_get_for_user
from marketplace.core.errors import DomainError
from marketplace.notifications.models import Category
from marketplace.notifications.services import muted_categories, preferences_update
from marketplace.organisations.models import Role
from marketplace.organisations.selectors import member_organisation_ids
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add, handles_of
from marketplace.proposals.errors import StaleVersion
from marketplace.proposals.models import InterestStatus, PilotProposal
from marketplace.proposals.rules import submission_errors
from marketplace.proposals.selectors import (
    interest_get_for_user,
    interest_inbox,
    interests_for_user,
    participants_of,
    proposal_get_for_user,
    proposals_for_user,
    review_queue,
)
from marketplace.proposals.transitions import (
    EDITABLE,
    INTEREST_TRANSITIONS,
    TRANSITIONS,
    Reason,
    Transition,
    Version,
)

# -- interests --------------------------------------------------------------------------------


@login_required
def interest_inbox_page(request):
    organisation = request.membership.organisation if request.membership else None
    boxes = interest_inbox(user=request.user, organisation=organisation)
    context = {"received": boxes["received"], "sent": boxes["sent"], "organisation": organisation}
    if request.user.is_staff:
        context["all_open"] = interests_for_user(user=request.user).filter(
            status=InterestStatus.OPEN
        )
    return render(request, "frontend/proposals/interest_inbox.html", context)


@login_required
def interest_new(request):
    """Supplier: interest in a challenge. Provider: invite a solution to its challenge."""
    membership = request.membership
    if membership is None:
        return redirect("frontend:onboarding")
    challenge = _entry_from_query(request, Challenge, "challenge")
    organisation = membership.organisation
    solutions = None
    if organisation.is_housing_provider:
        solution = _entry_from_query(request, Solution, "solution")
    else:
        solution = None
        solutions = Solution.objects.filter(organisation=organisation, status=Status.PUBLISHED)
        if not solutions.exists():
            messages.error(request, "Publish a solution first, then express interest with it.")
            return redirect("frontend:challenges_detail", pk=challenge.pk)
    form = f.InterestForm(
        request.POST or None, solutions=solutions, initial={"solution": request.GET.get("solution")}
    )
    interest = None
    if request.method == "POST" and form.is_valid():
        try:
            interest = _open_interest(request.user, organisation, challenge, solution, form)
        except (ValidationError, DomainError) as exc:
            _add_errors(form, exc)
    if request.method == "POST" and request.headers.get("HX-Request") == "true":
        # Sent from a match card: only the card's invitation panel changes.
        return _invite_panel(
            request, challenge, solution or _chosen(form, solutions), form, interest
        )
    if interest is not None:
        messages.success(request, f"Sent to {interest.to_organisation.name}.")
        return redirect("frontend:interest_detail", pk=interest.pk)
    context = {"form": form, "challenge": challenge, "solution": solution}
    return render(request, "frontend/proposals/interest_new.html", context)


def _chosen(form, solutions):
    chosen = form.cleaned_data.get("solution") if hasattr(form, "cleaned_data") else None
    return chosen or solutions.filter(pk=form.data.get("solution") or 0).first()


def _invite_panel(request, challenge, solution, form, interest):
    provider_side = request.membership.organisation.is_housing_provider
    context = {
        "entry": challenge if provider_side else solution,
        "other": solution if provider_side else challenge,
        "target_label": "solution" if provider_side else "challenge",
        "form": form,
        "interest": interest,
        "sent": interest is not None,
    }
    return render(request, "frontend/catalogue/_invite.html", context)


def _entry_from_query(request, model, name: str):
    raw = request.GET.get(name, "")
    if not raw.isdigit():
        raise Http404(f"Say which {name}.")
    return entry_get_for_user(model, user=request.user, pk=int(raw))


def _open_interest(user, organisation, challenge, solution, form):
    pitch = form.cleaned_data["pitch"]
    if organisation.is_housing_provider:
        return services.interest_invite(
            user=user, challenge=challenge, solution=solution, pitch=pitch
        )
    return services.interest_express(
        user=user, challenge=challenge, solution=form.cleaned_data["solution"], pitch=pitch
    )


@login_required
def interest_detail(request, pk: int):
    interest = interest_get_for_user(user=request.user, pk=pk)
    acting = request.membership.organisation if request.membership else None
    context = {
        "interest": interest,
        "can_answer": interest.status == InterestStatus.OPEN and acting == interest.to_organisation,
        "can_withdraw": interest.status == InterestStatus.OPEN
        and acting in (interest.from_organisation, interest.to_organisation),
        "reason_form": f.ReasonForm(),
        **_thread_context(interest),
    }
    return render(request, "frontend/proposals/interest_detail.html", context)


# The answers the interest page routes (frontend/urls.py), one per step of the table.
INTEREST_ACTIONS = INTEREST_TRANSITIONS


@login_required
@require_POST
def interest_action(request, pk: int, action: str):
    interest = interest_get_for_user(user=request.user, pk=pk)
    form = f.ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        result = services.interest_transition(
            action=action, user=request.user, interest=interest, reason=reason
        )
    except (ValidationError, DomainError) as exc:
        messages.error(request, _message_of(exc))
        return redirect("frontend:interest_detail", pk=pk)
    messages.success(request, INTEREST_TRANSITIONS[action].done)
    if isinstance(result, PilotProposal):
        return redirect("frontend:proposal_detail", pk=result.pk)
    return redirect("frontend:interest_detail", pk=pk)


# -- comments ---------------------------------------------------------------------------------


def _thread_context(thread) -> dict:
    return {
        "comments": thread.comments.select_related("author").prefetch_related("mentions"),
        "comment_form": f.CommentForm(),
        "participants": [(p, h) for h, p in handles_of(list(participants_of(thread))).items()],
    }


@login_required
@require_POST
def comment_post(request, pk: int, thread: str):
    if thread == "interest":
        target = {"interest": interest_get_for_user(user=request.user, pk=pk)}
    else:
        target = {"proposal": proposal_get_for_user(user=request.user, pk=pk)}
    form = f.CommentForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        comment_add(user=request.user, body=form.cleaned_data["body"], **target)
        messages.success(request, "Comment posted.")
    except (ValidationError, DomainError) as exc:
        messages.error(request, f"Not posted: {_message_of(exc)}")
    return redirect(f"frontend:{thread}_detail", pk=pk)


# -- proposals --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    form: type | None = None
    rows: type | None = None
    relation: str = ""


SECTIONS = (
    Section("overview", "Overview and objectives", f.OverviewForm),
    Section("scope", "Scope and cost", f.ScopeForm),
    Section("metrics", "Success metrics", rows=f.MetricRowForm, relation="metrics"),
    Section("milestones", "Milestones", rows=f.MilestoneRowForm, relation="milestones"),
    Section("budget", "Budget: who pays what", rows=f.BudgetRowForm, relation="budget_lines"),
    Section("engagement", "Resident engagement", f.EngagementForm),
    Section("data", "Data protection", f.DataProtectionForm),
    Section("risks", "Risks, mitigations and exit plan", f.RisksForm),
)
SECTION_BY_SLUG = {s.slug: s for s in SECTIONS}


@login_required
def proposal_list(request):
    proposals = proposals_for_user(user=request.user)
    if request.membership and not request.user.is_staff:
        organisation = request.membership.organisation
        proposals = proposals.filter(**{_side_field(organisation): organisation})
    return render(request, "frontend/proposals/proposal_list.html", {"proposals": proposals})


def _side_field(organisation) -> str:
    return "provider" if organisation.is_housing_provider else "supplier"


@login_required
def proposal_detail(request, pk: int):
    proposal = proposal_get_for_user(user=request.user, pk=pk)
    return render(
        request, "frontend/proposals/proposal_detail.html", _proposal_context(request, proposal)
    )


def _proposal_context(request, proposal: PilotProposal, bound: dict | None = None) -> dict:
    editable = proposal.status in EDITABLE and _is_party(request.user, proposal)
    sections = []
    for section in SECTIONS:
        form = (bound or {}).get(section.slug) or _blank_section_form(section, proposal)
        sections.append((section, form))
    return {
        "proposal": proposal,
        "sections": sections,
        "editable": editable,
        "missing": submission_errors(proposal) if proposal.status in EDITABLE else {},
        "signer_side": _signer_side(request.user, proposal),
        "is_provider_admin": _is_admin_of(request.user, proposal.provider),
        "review_forms": _review_forms(proposal),
        "abandon_form": f.RequiredReasonForm(auto_id=f"id_abandon_{proposal.pk}_%s"),
        "complete_form": f.CompleteForm(metrics=proposal.metrics.all()),
        "transitions": proposal.transitions.select_related("actor"),
        **_thread_context(proposal),
    }


def _blank_section_form(section: Section, proposal: PilotProposal):
    if section.form:
        return section.form(instance=proposal, prefix=section.slug)
    formset = f.rows_formset(section.rows)(
        queryset=getattr(proposal, section.relation).all(), prefix=section.slug
    )
    formset.version_form = f.RowsForm(initial={"version": proposal.version}, prefix=section.slug)
    return formset


def _is_party(user, proposal: PilotProposal) -> bool:
    ids = set(member_organisation_ids(user))
    return bool(ids & {proposal.provider_id, proposal.supplier_id})


def _is_admin_of(user, organisation) -> bool:
    membership = user.memberships.filter(organisation=organisation).first()
    return membership is not None and membership.has_role(Role.ADMIN)


def _signer_side(user, proposal: PilotProposal) -> str | None:
    for side in ("provider", "supplier"):
        if _is_admin_of(user, getattr(proposal, side)):
            return side
    return None


@login_required
@require_POST
def proposal_section(request, pk: int, section: str):
    """Save one section; with htmx only that section is swapped, other edits stay as typed."""
    proposal = proposal_get_for_user(user=request.user, pk=pk)
    spec = SECTION_BY_SLUG.get(section)
    if spec is None:
        raise Http404("No such section.")
    form, version, changes = _bound_section(spec, proposal, request.POST)
    if changes is not None:
        try:
            proposal = services.proposal_update(
                user=request.user, proposal=proposal, version=version, **changes
            )
        except (ValidationError, DomainError) as exc:
            _section_errors(form, exc)
        else:
            form = None
    htmx = request.headers.get("HX-Request") == "true"
    if form is None:
        if not htmx:
            messages.success(request, "Saved.")
            return redirect("frontend:proposal_detail", pk=pk)
        form = _blank_section_form(spec, proposal)
        saved = True
    else:
        saved = False
    context = {**_proposal_context(request, proposal, {spec.slug: form}), "saved": saved}
    if htmx:
        context.update(section=spec, form=form)
        return render(request, "frontend/proposals/_section.html", context)
    return render(request, "frontend/proposals/proposal_detail.html", context, status=400)


def _bound_section(spec: Section, proposal: PilotProposal, data):
    """(bound form, version, changes); changes is None when the input itself is invalid."""
    if spec.form:
        form = spec.form(data, instance=proposal, prefix=spec.slug)
        if not form.is_valid():
            return form, None, None
        return form, form.cleaned_data["version"], form.changes()
    formset = f.rows_formset(spec.rows)(
        data, queryset=getattr(proposal, spec.relation).all(), prefix=spec.slug
    )
    formset.version_form = f.RowsForm(data, prefix=spec.slug)
    if not (formset.is_valid() and formset.version_form.is_valid()):
        return formset, None, None
    rows = [
        row.row() if hasattr(row, "row") else {k: row.cleaned_data[k] for k in row.Meta.fields}
        for row in formset.forms
        if row.has_changed() or row.instance.pk
        if not row.cleaned_data.get("DELETE") and row.cleaned_data
    ]
    return formset, formset.version_form.cleaned_data["version"], {spec.relation: rows}


def _section_errors(form, exc) -> None:
    target = getattr(form, "version_form", form)
    if isinstance(exc, StaleVersion):
        target.add_error(None, exc.message)
        return
    if isinstance(exc, DomainError):
        target.add_error(None, exc.message)
        return
    for field, errors in exc.message_dict.items():
        name = field.rsplit(".", 1)[-1]
        known = hasattr(target, "fields") and name in target.fields
        target.add_error(name if known else None, errors)


# The steps the proposal page routes (frontend/urls.py), one per step of the table.
PROPOSAL_ACTIONS = TRANSITIONS


@login_required
@require_POST
def proposal_action(request, pk: int, action: str):
    proposal = proposal_get_for_user(user=request.user, pk=pk)
    step = TRANSITIONS[action]
    inputs = _step_inputs(step, request, proposal)
    try:
        services.proposal_transition(action=action, user=request.user, proposal=proposal, **inputs)
        messages.success(request, step.done)
    except ValidationError as exc:
        messages.error(request, _action_error(exc))
    except DomainError as exc:
        messages.error(request, exc.message)
    if request.user.is_staff and step.staff_only:
        return redirect("frontend:proposal_review")
    return redirect("frontend:proposal_detail", pk=pk)


def _step_inputs(step: Transition, request, proposal: PilotProposal) -> dict:
    """What the step's row in TRANSITIONS says it takes, read from the posted form."""
    post, inputs = request.POST, {}
    if step.version is not Version.NONE:
        inputs["version"] = _posted_version(post)
    if step.reason is not Reason.NONE:
        inputs["reason"] = post.get("reason", "")
    if step.reports_outcomes:
        form = f.CompleteForm(post, metrics=proposal.metrics.all())
        form.is_valid()
        inputs["outcomes"] = form.outcomes()
        inputs["summary"] = form.cleaned_data.get("outcome_summary", "")
    return inputs


def _posted_version(post) -> int | None:
    raw = post.get("version", "")
    return int(raw) if raw.isdigit() else None


def _action_error(exc: ValidationError) -> str:
    if not hasattr(exc, "error_dict"):
        return " ".join(exc.messages)
    return " ".join(message for messages in exc.message_dict.values() for message in messages)


@staff_only
def proposal_review(request):
    queue = [(proposal, _review_forms(proposal)) for proposal in review_queue()]
    return render(request, "frontend/proposals/review.html", {"queue": queue})


def _review_forms(proposal: PilotProposal) -> dict:
    """One form per decision, each with its own field ids, so every label names one field."""
    return {
        "approve": f.ReasonForm(auto_id=f"id_approve_{proposal.pk}_%s"),
        "request_changes": f.RequiredReasonForm(auto_id=f"id_changes_{proposal.pk}_%s"),
        "decline": f.RequiredReasonForm(auto_id=f"id_decline_{proposal.pk}_%s"),
    }


@login_required
def proposal_print(request, pk: int):
    proposal = proposal_get_for_user(user=request.user, pk=pk)
    return render(request, "frontend/proposals/print.html", {"proposal": proposal})


# -- notification preferences -----------------------------------------------------------------


@login_required
def notification_preferences(request):
    muted = muted_categories(user=request.user)
    form = f.PreferencesForm(request.POST or None, categories=Category.choices, muted=muted)
    if request.method == "POST" and form.is_valid():
        preferences_update(user=request.user, enabled=form.enabled())
        messages.success(request, "Your e-mail choices are saved.")
        return redirect("frontend:notification_preferences")
    return render(request, "frontend/proposals/preferences.html", {"form": form})
