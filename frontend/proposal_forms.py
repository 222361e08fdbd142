"""Forms for interests and proposals. They shape input; the services decide and validate."""

from django import forms

from frontend.catalogue_forms import pounds
from marketplace.proposals.models import (
    CONTENT_SECTIONS,
    ROW_FIELDS,
    BudgetLine,
    BudgetPayer,
    Milestone,
    PilotProposal,
    SuccessMetric,
)

TEXTAREA = forms.Textarea(attrs={"rows": 5})


class InterestForm(forms.Form):
    pitch = forms.CharField(
        label="Your pitch",
        max_length=2_000,
        widget=TEXTAREA,
        help_text="Two or three sentences: why this pairing could work.",
    )

    def __init__(self, *args, solutions=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if solutions is not None:
            self.fields = {
                "solution": forms.ModelChoiceField(
                    queryset=solutions,
                    label="Which of your solutions",
                    empty_label=None,
                ),
                **self.fields,
            }


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason", required=False, max_length=2_000, widget=forms.Textarea(attrs={"rows": 3})
    )


class RequiredReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason", max_length=5_000, widget=forms.Textarea(attrs={"rows": 3})
    )


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment",
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Mention someone with @ and the first part of their e-mail, e.g. @jane.smith.",
    )


class SectionForm(forms.ModelForm):
    """One section of the proposal editor."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    pence_fields: dict[str, str] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version
            for pounds_field, pence_field in self.pence_fields.items():
                value = getattr(self.instance, pence_field)
                if value is not None:
                    self.initial[pounds_field] = value / 100

    def changes(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k in self.Meta.fields}
        for pounds_field, pence_field in self.pence_fields.items():
            value = self.cleaned_data.get(pounds_field)
            data[pence_field] = None if value is None else int(value * 100)
        return data

    def _post_clean(self) -> None:
        # The service validates the whole proposal with the acting user.
        pass


class OverviewForm(SectionForm):
    class Meta:
        model = PilotProposal
        fields = list(CONTENT_SECTIONS["overview"])
        widgets = {name: TEXTAREA for name in fields[1:]}


class ScopeForm(SectionForm):
    indicative_cost = pounds("Indicative cost (£)", "What the supplier would charge for the pilot.")
    pence_fields = {"indicative_cost": "indicative_cost_pence"}

    class Meta:
        model = PilotProposal
        # The cost is asked in pounds (`indicative_cost`) and saved in pence.
        fields = [name for name in CONTENT_SECTIONS["scope"] if name != "indicative_cost_pence"]
        widgets = {"scope_sites": TEXTAREA}


class EngagementForm(SectionForm):
    class Meta:
        model = PilotProposal
        fields = list(CONTENT_SECTIONS["engagement"])
        widgets = {"resident_engagement": TEXTAREA}


YES_NO_UNKNOWN = [("", "Not answered yet"), ("true", "Yes"), ("false", "No")]


class DataProtectionForm(SectionForm):
    special_category_data = forms.TypedChoiceField(
        label="Special category data (health, ethnicity, disability…)",
        choices=YES_NO_UNKNOWN,
        required=False,
        empty_value=None,
        coerce=lambda value: value == "true",
    )

    class Meta:
        model = PilotProposal
        fields = list(CONTENT_SECTIONS["data"])
        widgets = {"personal_data_categories": TEXTAREA, "retention": TEXTAREA}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            value = self.instance.special_category_data
            self.initial["special_category_data"] = "" if value is None else str(value).lower()


class RisksForm(SectionForm):
    class Meta:
        model = PilotProposal
        fields = list(CONTENT_SECTIONS["risks"])
        widgets = {"risks": TEXTAREA, "exit_plan": TEXTAREA}


class RowForm(forms.ModelForm):
    def _post_clean(self) -> None:
        pass


class MetricRowForm(RowForm):
    class Meta:
        model = SuccessMetric
        fields = list(ROW_FIELDS["metrics"])


class MilestoneRowForm(RowForm):
    class Meta:
        model = Milestone
        fields = list(ROW_FIELDS["milestones"])
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}


class BudgetRowForm(RowForm):
    amount = pounds("Amount (£)")
    paid_by = forms.ChoiceField(choices=BudgetPayer.choices)

    class Meta:
        model = BudgetLine
        fields = ["item"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["amount"].required = True
        if self.instance.pk:
            self.initial["amount"] = self.instance.amount_pence / 100
            self.initial["paid_by"] = self.instance.paid_by

    def row(self) -> dict:
        return {
            "item": self.cleaned_data["item"],
            "amount_pence": int(self.cleaned_data["amount"] * 100),
            "paid_by": self.cleaned_data["paid_by"],
        }


class RowsForm(forms.Form):
    """A section made of rows: a formset plus the version it was loaded at."""

    version = forms.IntegerField(widget=forms.HiddenInput)


def rows_formset(row_form):
    return forms.modelformset_factory(
        row_form.Meta.model,
        form=row_form,
        extra=1,
        can_delete=True,
        max_num=30,
        validate_max=True,
    )


class CompleteForm(forms.Form):
    outcome_summary = forms.CharField(label="What the pilot showed", widget=TEXTAREA)

    def __init__(self, *args, metrics=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.metrics = list(metrics)
        for metric in self.metrics:
            self.fields[f"outcome_{metric.pk}"] = forms.CharField(
                label=f"{metric.metric} (baseline {metric.baseline}, target {metric.target})",
                max_length=120,
            )

    def outcomes(self) -> dict[int, str]:
        return {m.pk: self.cleaned_data.get(f"outcome_{m.pk}", "") for m in self.metrics}


class PreferencesForm(forms.Form):
    def __init__(self, *args, categories=(), muted=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for value, label in categories:
            self.fields[value] = forms.BooleanField(
                label=label, required=False, initial=value not in muted
            )

    def enabled(self) -> list[str]:
        return [name for name, on in self.cleaned_data.items() if on]
