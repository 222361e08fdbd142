"""The guided forms: each step is a small ModelForm; the service validates and saves."""

from decimal import Decimal

from django import forms

from marketplace.accounts.models import User
from marketplace.catalogue.models import Certification, Challenge, Region, Solution, Theme


class StepForm(forms.ModelForm):
    """A step of the guided form. Money is typed in pounds and handed on in pence."""

    pence_fields: dict[str, str] = {}

    def __init__(self, *args, organisation=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "themes" in self.fields:
            self.fields["themes"].queryset = Theme.objects.filter(is_active=True)
            self.fields["themes"].help_text = "Choose 1 to 3."
        if "contact" in self.fields and organisation is not None:
            self.fields["contact"].queryset = User.objects.filter(
                memberships__organisation=organisation
            )
        for pounds_field, pence_field in self.pence_fields.items():
            value = getattr(self.instance, pence_field, None)
            if value is not None and not self.is_bound:
                self.initial[pounds_field] = Decimal(value) / 100

    def changes(self) -> dict:
        data = {name: value for name, value in self.cleaned_data.items() if name in self.fields}
        for pounds_field, pence_field in self.pence_fields.items():
            pounds = data.pop(pounds_field, None)
            data[pence_field] = None if pounds is None else int(pounds * 100)
        return data

    def _post_clean(self) -> None:
        # Model validation runs in the service, with the acting user and the whole entry.
        pass


def pounds(label: str, help_text: str = "") -> forms.DecimalField:
    return forms.DecimalField(
        label=label, required=False, min_value=0, max_digits=12, decimal_places=2,
        help_text=help_text,
    )  # fmt: skip


MULTI = {"themes": forms.CheckboxSelectMultiple, "regions": forms.CheckboxSelectMultiple}
TEXTAREA = forms.Textarea(attrs={"rows": 6})


class ChallengeProblemForm(StepForm):
    themes = forms.ModelMultipleChoiceField(
        queryset=Theme.objects.none(), widget=forms.CheckboxSelectMultiple, required=False
    )
    regions = forms.ModelMultipleChoiceField(
        queryset=Region.objects.all(), widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Challenge
        fields = ["title", "summary", "themes", "regions"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "title": "Say the problem, not the solution: "
            "e.g. 'Residents report mould weeks after it starts'.",
        }


class ChallengeDetailForm(StepForm):
    class Meta:
        model = Challenge
        fields = [
            "problem_statement", "desired_outcomes", "homes_affected", "pilot_homes",
            "residents_affected", "current_approach",
        ]  # fmt: skip
        widgets = {
            "problem_statement": TEXTAREA,
            "desired_outcomes": TEXTAREA,
            "current_approach": TEXTAREA,
            "pilot_homes": forms.NumberInput(attrs={"min": 1}),
        }


class ChallengeConstraintsForm(StepForm):
    class Meta:
        model = Challenge
        fields = [
            "systems_constraints", "housing_system", "no_resident_wifi", "no_mains_power",
            "no_mobile_signal", "requires_welsh", "requires_uk_data", "requires_accessibility",
            "data_protection_constraints", "procurement_route",
        ]  # fmt: skip
        widgets = {"systems_constraints": TEXTAREA, "data_protection_constraints": TEXTAREA}


class ChallengeBudgetForm(StepForm):
    budget_min = pounds("Budget from (£)", "The smallest pilot budget you would consider.")
    budget_max = pounds("Budget up to (£)", "The most you could spend on a pilot.")
    pence_fields = {"budget_min": "budget_min_pence", "budget_max": "budget_max_pence"}

    class Meta:
        model = Challenge
        fields = ["budget_min", "budget_max", "pilot_length_weeks", "respond_by", "contact",
                  "visibility"]  # fmt: skip
        widgets = {"respond_by": forms.DateInput(attrs={"type": "date"})}

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_min", "The minimum budget must not be more than the maximum.")
        return data


class SolutionBasicsForm(ChallengeProblemForm):
    class Meta:
        model = Solution
        fields = ["name", "summary", "themes", "regions"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}


class SolutionOfferForm(StepForm):
    indicative_price = pounds("Indicative price (£)", "In the unit of your pricing model.")
    pence_fields = {"indicative_price": "indicative_price_pence"}

    class Meta:
        model = Solution
        fields = ["description", "maturity", "pricing_model", "indicative_price",
                  "housing_deployments"]  # fmt: skip
        widgets = {"description": TEXTAREA}


class NotStatedSelect(forms.NullBooleanSelect):
    """Yes, No or Not stated: a question left unanswered never counts against a solution."""

    def __init__(self, attrs=None) -> None:
        super().__init__(attrs)
        self.choices = [("unknown", "Not stated"), ("true", "Yes"), ("false", "No")]


class SolutionEvidenceForm(StepForm):
    evidence_links = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One web address per line.",
    )
    certifications = forms.MultipleChoiceField(
        choices=Certification.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Solution
        fields = ["evidence", "evidence_links", "certifications", "other_certifications",
                  "integrations", "needs_resident_wifi", "needs_mains_power",
                  "needs_mobile_signal", "works_offline", "languages",
                  "meets_accessibility_standard"]  # fmt: skip
        widgets = {
            "evidence": TEXTAREA,
            "needs_resident_wifi": NotStatedSelect,
            "needs_mains_power": NotStatedSelect,
            "needs_mobile_signal": NotStatedSelect,
            "meets_accessibility_standard": NotStatedSelect,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["evidence_links"] = "\n".join(self.instance.evidence_links or [])

    def clean_evidence_links(self) -> list[str]:
        lines = self.cleaned_data["evidence_links"].splitlines()
        links = [line.strip() for line in lines if line.strip()]
        url = forms.URLField(assume_scheme="https")
        return [url.clean(link) for link in links]


class SolutionDataForm(StepForm):
    class Meta:
        model = Solution
        fields = ["processes_personal_data", "data_hosting", "dpia_available", "visibility"]


class RejectForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text="The organisation sees this and edits its draft.",
    )
