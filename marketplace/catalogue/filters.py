from django import forms

from marketplace.catalogue.models import Certification, Maturity, Region, Status, Theme

CHECKBOXES = forms.CheckboxSelectMultiple
# More values than any list of themes, regions or certifications holds: past it a request
# is not a person filtering, and each value costs the database a condition.
FILTER_VALUES_MAX = 50


class ChoicesField(forms.MultipleChoiceField):
    """Repeated values count once; more than FILTER_VALUES_MAX is a field error."""

    def to_python(self, value) -> list[str]:
        values = list(dict.fromkeys(super().to_python(value)))
        if len(values) > FILTER_VALUES_MAX:
            raise forms.ValidationError(
                f"Choose at most {FILTER_VALUES_MAX}.", code="too_many_values"
            )
        return values


class CatalogueFilterForm(forms.Form):
    """List filters shared by the pages and the API, so both accept exactly the same input."""

    q = forms.CharField(label="Search", required=False, max_length=200)
    theme = ChoicesField(required=False, choices=(), widget=CHECKBOXES)
    region = ChoicesField(required=False, choices=(), widget=CHECKBOXES)
    status = ChoicesField(required=False, choices=Status.choices, widget=CHECKBOXES)
    organisation = forms.SlugField(required=False)
    budget_min = forms.IntegerField(label="Budget from (£)", required=False, min_value=0)
    budget_max = forms.IntegerField(label="Budget up to (£)", required=False, min_value=0)
    maturity = ChoicesField(required=False, choices=Maturity.choices, widget=CHECKBOXES)
    certification = ChoicesField(required=False, choices=Certification.choices, widget=CHECKBOXES)
    price_max = forms.IntegerField(label="Price up to (£)", required=False, min_value=0)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Callables, read only when the form is drawn or a theme or region is asked for:
        # most API calls send neither.
        self.fields["theme"].choices = _active_themes
        self.fields["region"].choices = _regions

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_min", "The lower budget must not be above the upper one.")
        return data

    def domain_filters(self) -> dict:
        """Cleaned values with money in pence, as the selectors expect."""
        data = dict(self.cleaned_data)
        # Lists show what is published unless the caller asks for other states.
        data["status"] = data.get("status") or [Status.PUBLISHED]
        for name in ("budget_min", "budget_max", "price_max"):
            if data.get(name) is not None:
                data[name] = data[name] * 100
        return data


def _active_themes() -> list[tuple[str, str]]:
    return list(Theme.objects.filter(is_active=True).values_list("slug", "name"))


def _regions() -> list[tuple[str, str]]:
    return list(Region.objects.values_list("code", "name"))
