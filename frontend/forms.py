from django import forms

from marketplace.catalogue.models import Region
from marketplace.organisations.models import Organisation, OrganisationKind, Role
from marketplace.organisations.services import PROFILE_FIELDS


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(required=False, assume_scheme="https")
    regions = forms.ModelMultipleChoiceField(
        queryset=Region.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Where you own homes (providers) or work (suppliers).",
    )

    class Meta:
        model = Organisation
        fields = list(PROFILE_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Optional in the model only for the programme team, which is never created here.
        self.fields["registered_number"].required = True

    def _post_clean(self) -> None:
        # The service runs the model's validation with the acting user; not the form's job.
        pass


class OrganisationCreateForm(OrganisationForm):
    kind = forms.ChoiceField(
        label="We are a",
        choices=[
            (
                OrganisationKind.HOUSING_PROVIDER,
                "Housing provider (housing association or council)",
            ),
            (OrganisationKind.SUPPLIER, "Technology supplier"),
        ],
        widget=forms.RadioSelect,
    )

    class Meta(OrganisationForm.Meta):
        fields = ["kind", *OrganisationForm.Meta.fields]


class InvitationForm(forms.Form):
    email = forms.EmailField(label="Colleague's e-mail address")
    role = forms.ChoiceField(choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)
