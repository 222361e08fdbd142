"""The front door: the landing page or a person's home, and onboarding for the organisation-less."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from frontend import dashboards
from marketplace.organisations.models import OrganisationKind
from marketplace.organisations.selectors import pending_invitations_for_email


def home(request):
    if not request.user.is_authenticated:
        return render(request, "frontend/landing.html")
    if request.membership is None and not request.user.is_staff:
        return redirect("frontend:onboarding")
    membership = request.membership
    sector = membership is not None and membership.organisation.kind != OrganisationKind.PROGRAMME
    context = dashboards.member_dashboard(request) if sector else {}
    if request.user.is_staff:
        context["staff"] = dashboards.staff_dashboard()
    return render(request, "frontend/home.html", context)


@login_required
def onboarding(request):
    return render(
        request,
        "frontend/onboarding.html",
        {"invitations": pending_invitations_for_email(email=request.user.email)},
    )
