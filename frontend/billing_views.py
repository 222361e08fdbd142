"""Billing pages: an organisation's billing, paying a cohort fee, and refunds by staff.

Card details are typed into Stripe.js's card form and go from the browser to Stripe;
these views only ever receive the token Stripe.js hands back.
"""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from frontend.decorators import staff_only
from frontend.errors import add_errors
from marketplace.billing import memberships, services
from marketplace.billing.models import BillingAccount, MembershipPlan, PaymentStatus
from marketplace.billing.selectors import (
    billing_overview,
    payment_get_for_staff,
    payments_for_staff,
    place_get_for_member,
)
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.organisations.models import Role
from marketplace.organisations.selectors import organisation_get_for_member

# While Stripe is still deciding, the payment page asks it again rather than show old news.
UNSETTLED = [
    PaymentStatus.REQUIRES_CONFIRMATION,
    PaymentStatus.REQUIRES_ACTION,
    PaymentStatus.PROCESSING,
]


class CardTokenForm(forms.Form):
    card_token = forms.RegexField(
        regex=r"^(tok|src|pm)_[A-Za-z0-9_]{1,250}$",
        widget=forms.HiddenInput,
        error_messages={
            "required": "Your card details did not reach Stripe. Check them and try again.",
            "invalid": "Your card details did not reach Stripe. Check them and try again.",
        },
    )


class SubscribeForm(CardTokenForm):
    plan = forms.ModelChoiceField(
        queryset=MembershipPlan.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans


class BillingDetailsForm(forms.ModelForm):
    class Meta:
        model = BillingAccount
        fields = services.BILLING_FIELDS
        help_texts = {"billing_email": "Receipts and invoices go here."}


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label="Amount to refund (£)", min_value=Decimal("0.01"), max_digits=9, decimal_places=2
    )
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)

    def changes(self) -> dict:
        return {
            "amount_pence": int(self.cleaned_data["amount"] * 100),
            "reason": self.cleaned_data["reason"],
        }


def _stripe() -> dict:
    return {"publishable_key": settings.STRIPE_PUBLISHABLE_KEY, "js_url": settings.STRIPE_JS_URL}


def _admin_organisation(request, slug: str):
    """The organisation, for its owners and admins; members are told, others get a 404."""
    organisation, membership = organisation_get_for_member(user=request.user, slug=slug)
    if not membership.has_role(Role.ADMIN):
        raise NotAllowed("Only owners and admins can see and change billing.")
    return organisation


@login_required
def billing_page(request, slug: str, subscribe_form=None, card_form=None):
    try:
        organisation = _admin_organisation(request, slug)
    except NotAllowed as exc:
        messages.error(request, exc.message)
        return redirect("frontend:organisation_detail", slug=slug)
    overview = billing_overview(organisation=organisation)
    context = {
        "organisation": organisation,
        "overview": overview,
        "subscribe_form": subscribe_form or SubscribeForm(plans=_plans(overview)),
        "card_form": card_form or CardTokenForm(),
        "stripe": _stripe(),
    }
    return render(request, "frontend/billing/overview.html", context)


def _plans(overview):
    return MembershipPlan.objects.filter(pk__in=[plan.pk for plan in overview.plans])


@login_required
def billing_details(request, slug: str):
    try:
        organisation = _admin_organisation(request, slug)
    except NotAllowed as exc:
        messages.error(request, exc.message)
        return redirect("frontend:organisation_detail", slug=slug)
    account = services.billing_account_of(organisation)
    form = BillingDetailsForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        try:
            services.billing_account_update(
                user=request.user, organisation=organisation, **form.cleaned_data
            )
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            messages.success(request, "Billing details saved.")
            return redirect("frontend:billing", slug=slug)
    context = {"organisation": organisation, "form": form}
    return render(request, "frontend/billing/details.html", context)


MEMBERSHIP_ACTIONS = ("subscribe", "card", "cancel", "resume")


# A card token is single-use and no card number, but it has no place in error reports.
@sensitive_post_parameters("card_token")
@login_required
@require_POST
def membership_action(request, slug: str, action: str):
    organisation, _ = organisation_get_for_member(user=request.user, slug=slug)
    if action == "subscribe":
        form = SubscribeForm(request.POST, plans=MembershipPlan.objects.filter(is_active=True))
        return _membership_change(
            request, slug, form, "subscribe_form", memberships.membership_subscribe, organisation
        )
    if action == "card":
        form = CardTokenForm(request.POST)
        return _membership_change(
            request, slug, form, "card_form", memberships.membership_card_update, organisation
        )
    try:
        memberships.membership_cancel(
            user=request.user, organisation=organisation, resume=action == "resume"
        )
        messages.success(
            request,
            "Your membership will renew."
            if action == "resume"
            else "Your membership will end when the paid year does.",
        )
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("frontend:billing", slug=slug)


def _membership_change(request, slug, form, form_name, service, organisation):
    if form.is_valid():
        try:
            service(user=request.user, organisation=organisation, **form.cleaned_data)
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            messages.success(
                request, "Saved. Stripe has your card; the membership status is below."
            )
            return redirect("frontend:billing", slug=slug)
    return billing_page(request, slug, **{form_name: form})


@sensitive_post_parameters("card_token")
@login_required
def cohort_fee(request, place_id: int):
    place = place_get_for_member(user=request.user, place_id=place_id)
    try:
        payment = services.cohort_fee_payment_open(user=request.user, place=place)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("frontend:member_cohorts")
    form = CardTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.cohort_fee_pay(user=request.user, payment=payment, **form.cleaned_data)
        except (ValidationError, DomainError) as exc:
            add_errors(form, exc)
        else:
            return redirect("frontend:cohort_fee", place_id=place_id)
        # A decline may have moved the payment on to a fresh intent.
        payment = services.cohort_fee_payment_open(user=request.user, place=place)
    client_secret = ""
    if payment.status in UNSETTLED:
        try:
            client_secret = services.payment_action_secret(user=request.user, payment=payment)
        except DomainError as exc:
            # Stripe is unreachable: show the payment as last known, and say so (was a 500).
            messages.error(request, exc.message)
    payment.refresh_from_db()
    place.refresh_from_db()
    context = {
        "place": place,
        "payment": payment,
        "form": form,
        "client_secret": client_secret,
        "stripe": _stripe(),
    }
    return render(request, "frontend/billing/pay.html", context)


@staff_only
def staff_payments(request):
    return render(
        request, "frontend/billing/staff_payments.html", {"payments": payments_for_staff()[:200]}
    )


@staff_only
def staff_refund(request, payment_id: int):
    payment = payment_get_for_staff(user=request.user, payment_id=payment_id)
    form = RefundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.payment_refund(user=request.user, payment=payment, **form.changes())
        except (ValidationError, DomainError) as exc:
            add_errors(form, _renamed(exc, amount_pence="amount"))
        else:
            messages.success(request, "Refund made. Stripe returns the money to the card.")
            return redirect("frontend:staff_payments")
    context = {"payment": payment, "form": form}
    return render(request, "frontend/billing/refund.html", context)


def _renamed(exc, **names):
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        return ValidationError({names.get(k, k): v for k, v in exc.error_dict.items()})
    return exc
