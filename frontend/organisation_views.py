"""Organisation pages: the directory, profiles, members and invitations, switching organisation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from frontend.errors import add_errors, message_of
from frontend.forms import InvitationForm, OrganisationCreateForm, OrganisationForm, RoleForm
from marketplace.core.errors import DomainError
from marketplace.organisations import services
from marketplace.organisations.middleware import SESSION_KEY
from marketplace.organisations.models import Role
from marketplace.organisations.selectors import (
    members_of,
    membership_for,
    memberships_for_user,
    organisation_directory,
    organisation_get_for_member,
    pending_invitations_of,
)


@login_required
def organisation_list(request):
    return render(
        request, "frontend/organisation_list.html", {"organisations": organisation_directory()}
    )


@login_required
def organisation_create(request):
    form = OrganisationCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(user=request.user, **form.cleaned_data)
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            request.session[SESSION_KEY] = organisation.pk
            messages.success(request, f"{organisation.name} is on Launchpad. Invite your team.")
            return redirect("frontend:members", slug=organisation.slug)
    return render(request, "frontend/organisation_form.html", {"form": form, "creating": True})


@login_required
def organisation_detail(request, slug: str):
    organisation = get_object_or_404(organisation_directory(), slug=slug)
    membership = membership_for(user=request.user, organisation=organisation)
    return render(
        request,
        "frontend/organisation_detail.html",
        {"organisation": organisation, "membership": membership},
    )


@login_required
def organisation_edit(request, slug: str):
    organisation, membership = organisation_get_for_member(user=request.user, slug=slug)
    if not membership.has_role(Role.ADMIN):
        messages.error(request, "Only owners and admins can edit the organisation's profile.")
        return redirect("frontend:organisation_detail", slug=slug)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            updated = services.organisation_update(
                user=request.user, organisation=organisation, **form.cleaned_data
            )
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            messages.success(request, "Profile saved.")
            if organisation.is_verified and not updated.is_verified:
                messages.warning(request, services.UNVERIFIED_NOTICE)
            return redirect("frontend:organisation_detail", slug=slug)
    return render(
        request, "frontend/organisation_form.html", {"form": form, "organisation": organisation}
    )


@login_required
def organisation_members(request, slug: str):
    organisation, membership = organisation_get_for_member(user=request.user, slug=slug)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(
                user=request.user, organisation=organisation, **form.cleaned_data
            )
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            messages.success(request, f"Invitation sent to {invitation.email}.")
            return redirect("frontend:members", slug=slug)
    context = {
        "organisation": organisation,
        "membership": membership,
        "members": members_of(organisation=organisation),
        "invitations": pending_invitations_of(organisation=organisation),
        "form": form,
        "can_manage": membership.has_role(Role.ADMIN),
    }
    return render(request, "frontend/members.html", context)


@login_required
@require_POST
def membership_update(request, slug: str, membership_id: int):
    organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
    target = get_object_or_404(members_of(organisation=organisation), pk=membership_id)
    try:
        if request.POST.get("action") == "remove":
            services.membership_remove(user=request.user, membership=target)
            messages.success(request, f"{target.user.email} no longer belongs to {organisation}.")
        else:
            form = RoleForm(request.POST)
            if not form.is_valid():
                raise ValidationError(form.errors.as_data())
            services.membership_change_role(
                user=request.user, membership=target, role=form.cleaned_data["role"]
            )
            messages.success(request, f"{target.user.email} is now {target.get_role_display()}.")
    except (ValidationError, DomainError) as exc:
        messages.error(request, message_of(exc))
    if target.user_id == request.user.pk and request.POST.get("action") == "remove":
        return redirect("frontend:home")
    return redirect("frontend:members", slug=slug)


@login_required
@require_POST
def invitation_revoke(request, slug: str, invitation_id: int):
    organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
    invitation = get_object_or_404(
        pending_invitations_of(organisation=organisation), pk=invitation_id
    )
    try:
        services.invitation_revoke(user=request.user, invitation=invitation)
        messages.success(request, f"The invitation to {invitation.email} is withdrawn.")
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("frontend:members", slug=slug)


def invitation_accept(request, token: str):
    try:
        invitation = services.invitation_from_token(token)
    except DomainError as exc:
        return render(request, "frontend/invitation.html", {"error": exc.message}, status=400)
    if request.method == "POST" and request.user.is_authenticated:
        try:
            membership = services.invitation_accept(user=request.user, token=token)
        except DomainError as exc:
            return render(
                request,
                "frontend/invitation.html",
                {"invitation": invitation, "error": exc.message},
                status=403,
            )
        request.session[SESSION_KEY] = membership.organisation_id
        messages.success(request, f"Welcome to {membership.organisation.name}.")
        return redirect("frontend:home")
    return render(request, "frontend/invitation.html", {"invitation": invitation})


@login_required
@require_POST
def organisation_switch(request):
    wanted = request.POST.get("organisation", "")
    membership = (
        memberships_for_user(user=request.user).filter(organisation_id=int(wanted)).first()
        if wanted.isascii() and wanted.isdigit() and len(wanted) <= 18
        else None
    )
    if membership is None:
        messages.error(request, "You are not a member of that organisation.")
    else:
        request.session[SESSION_KEY] = membership.organisation_id
        messages.success(request, f"You are now acting for {membership.organisation.name}.")
    return redirect("frontend:home")
