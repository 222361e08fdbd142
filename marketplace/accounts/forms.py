from django import forms

from marketplace.core.validators import validate_storable_text


class SignupDetailsForm(forms.Form):
    """Extra fields allauth adds to its sign-up form."""

    full_name = forms.CharField(
        max_length=150,
        label="Full name",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        validators=[validate_storable_text],
    )

    def signup(self, request, user) -> None:
        user.full_name = self.cleaned_data["full_name"].strip()
        user.save(update_fields=["full_name"])
