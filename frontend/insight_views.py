"""Demand insight for programme staff: where challenges cluster, what is unmet, seed a cohort."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from frontend.decorators import staff_only
from frontend.errors import add_errors
from marketplace.cohorts.insight import (
    MAX_CLUSTERS,
    MAX_SEEDED_CHALLENGES,
    ChallengeCluster,
    challenge_clusters,
    cohort_from_cluster,
    unmet_demand_score,
)
from marketplace.core.errors import DomainError

CHALLENGES_SHOWN = 10


class InsightForm(forms.Form):
    k = forms.IntegerField(
        label="Number of groups",
        required=False,
        min_value=1,
        max_value=MAX_CLUSTERS,
        help_text="Leave empty to let Launchpad choose from the number of challenges.",
    )
    unmet = forms.BooleanField(label="Unmet demand only", required=False)


class SeedCohortForm(forms.Form):
    name = forms.CharField(label="Cohort name", max_length=160)
    challenge_ids = forms.CharField(label="Challenges", widget=forms.HiddenInput)

    def clean_challenge_ids(self) -> list[int]:
        parts = self.cleaned_data["challenge_ids"].split(",")
        if len(parts) > MAX_SEEDED_CHALLENGES:
            raise ValidationError(
                f"A cohort starts with at most {MAX_SEEDED_CHALLENGES} challenges."
            )
        # Digits short enough for a database id; anything else was not written by the page.
        if not all(part.isdigit() and len(part) < 19 for part in parts):
            raise ValidationError("The group's challenges did not come through: reload the page.")
        return [int(part) for part in parts]


@staff_only
def insight(request):
    return _page(request, InsightForm(request.GET or None))


@staff_only
@require_POST
def insight_seed(request):
    seed = SeedCohortForm(request.POST)
    if seed.is_valid():
        try:
            cohort = cohort_from_cluster(user=request.user, **seed.cleaned_data)
        except (ValidationError, DomainError) as exc:
            add_errors(seed, exc)
        else:
            count = cohort.entries.count()
            messages.success(request, f"{cohort.name} created with {count} challenges.")
            return redirect("frontend:cohort_detail", slug=cohort.slug)
    # The page as it was, so the error shows beside the group it came from.
    shown = InsightForm({"k": request.POST.get("k", ""), "unmet": request.POST.get("unmet", "")})
    return _page(request, shown, seed)


def _page(request, form: InsightForm, seed: SeedCohortForm | None = None):
    # A bad number of groups is named on the form; the page still shows the usual groups.
    valid = form.is_valid()
    k = form.cleaned_data.get("k") if valid else None
    clusters = challenge_clusters(k=k)
    unmet_only = valid and form.cleaned_data["unmet"]
    shown = [c for c in clusters if c.unmet] if unmet_only else clusters
    rows = [_Row(c, seed) for c in shown]
    context = {
        "form": form,
        "rows": rows,
        "cluster_count": len(clusters),
        "unmet_count": sum(c.unmet for c in clusters),
        "threshold": unmet_demand_score(),
        "k": k or "",
        "unmet_only": unmet_only,
        "seed": seed,
        "seed_row": next((row for row in rows if row.seed is seed), None),
        "challenges_shown": CHALLENGES_SHOWN,
    }
    return render(request, "frontend/insight/page.html", context)


class _Row:
    """A group as the page shows it, with the form that seeds a cohort from it."""

    def __init__(self, cluster: ChallengeCluster, posted: SeedCohortForm | None) -> None:
        self.cluster = cluster
        self.ids = ",".join(str(pk) for pk in sorted(c.pk for c in cluster.challenges))
        same_group = posted is not None and posted.data.get("challenge_ids") == self.ids
        self.seed = posted if same_group else SeedCohortForm(initial={"challenge_ids": self.ids})
        self.more = max(len(cluster.challenges) - CHALLENGES_SHOWN, 0)
