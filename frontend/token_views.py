from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from marketplace.accounts import tokens
from marketplace.core.errors import DomainError


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, required=False, help_text="What it is for, e.g. “Nightly export”."
    )
    expires_in_days = forms.IntegerField(
        label="Expires after (days)",
        min_value=1,
        max_value=tokens.MAX_TOKEN_DAYS,
        initial=30,
        help_text=f"From 1 to {tokens.MAX_TOKEN_DAYS} days.",
    )


@login_required
def api_tokens(request):
    """Issue, list and revoke API tokens; a new key is shown on this page once."""
    form = TokenForm(request.POST or None)
    issued_key = ""
    if request.method == "POST" and form.is_valid():
        try:
            _, issued_key = tokens.api_token_issue(request=request, **form.cleaned_data)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            form = TokenForm()
    context = {
        "form": form,
        "issued_key": issued_key,
        "tokens": tokens.api_tokens_of(user=request.user),
    }
    return render(request, "frontend/account/api_tokens.html", context)


@login_required
@require_POST
def api_token_revoke(request, pk: int):
    token = tokens.api_token_get_for_user(user=request.user, pk=pk)
    tokens.api_token_revoke(user=request.user, token=token)
    messages.success(request, f"Token “{token.name}” revoked: it no longer works.")
    return redirect("frontend:api_tokens")
