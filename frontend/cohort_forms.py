from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator

from marketplace.catalogue.models import Challenge, Solution, Status, Theme
from marketplace.cohorts.models import COHORT_FIELDS, Cohort
from marketplace.organisations.models import Organisation, OrganisationKind


class CohortForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.filter(is_active=True),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    fee = forms.DecimalField(
        label="Participation fee (£)", min_value=0, max_digits=9, decimal_places=2, required=False
    )

    class Meta:
        model = Cohort
        # The fee is asked in pounds (`fee`) and given to the service in pence.
        fields = [name for name in COHORT_FIELDS if name != "fee_pence"]
        widgets = {
            name: forms.DateInput(attrs={"type": "date"})
            for name in ("opens_on", "matching_on", "pilots_on", "completes_on")
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Checked here too, so every mistake shows at once rather than after the name is fixed.
        for name in ("max_pilots_per_supplier", "max_suppliers_per_challenge"):
            self.fields[name].validators.append(MinValueValidator(1))
            self.fields[name].widget.attrs["min"] = 1
        score = self.fields["min_pairing_score"]
        score.validators += [MinValueValidator(0), MaxValueValidator(1)]
        if self.instance.pk and not self.is_bound:
            self.initial["fee"] = self.instance.fee_pence / 100
            self.initial["themes"] = list(self.instance.themes.all())

    def changes(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k in self.Meta.fields}
        data["fee_pence"] = int((self.cleaned_data.get("fee") or 0) * 100)
        data["themes"] = list(self.cleaned_data["themes"])
        return data

    def _post_clean(self) -> None:
        pass


class AddChallengeForm(forms.Form):
    challenge = forms.ModelChoiceField(queryset=Challenge.objects.filter(status=Status.PUBLISHED))


class InviteSupplierForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Supplier", queryset=Organisation.objects.filter(kind=OrganisationKind.SUPPLIER)
    )


class AddPairingForm(forms.Form):
    challenge = forms.ModelChoiceField(queryset=Challenge.objects.none())
    solution = forms.ModelChoiceField(queryset=Solution.objects.none())

    def __init__(self, *args, challenges=None, solutions=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if challenges is not None:
            self.fields["challenge"].queryset = challenges
            self.fields["solution"].queryset = solutions
