"""The two catalogues as the pages see them: challenges and solutions, by URL slug."""

from dataclasses import dataclass

from django.http import Http404

from frontend import catalogue_forms as f
from marketplace.catalogue.models import CatalogueEntry, Challenge, Solution


@dataclass(frozen=True)
class Kind:
    slug: str
    model: type[CatalogueEntry]
    label: str
    steps: tuple[tuple[str, str, type[f.StepForm]], ...]


KINDS = {
    "challenges": Kind(
        "challenges",
        Challenge,
        "challenge",
        (
            ("problem", "The problem", f.ChallengeProblemForm),
            ("detail", "What happens today", f.ChallengeDetailForm),
            ("constraints", "Constraints", f.ChallengeConstraintsForm),
            ("budget", "Budget and timing", f.ChallengeBudgetForm),
        ),
    ),
    "solutions": Kind(
        "solutions",
        Solution,
        "solution",
        (
            ("basics", "The solution", f.SolutionBasicsForm),
            ("offer", "What you offer", f.SolutionOfferForm),
            ("evidence", "Evidence, integrations and what it needs", f.SolutionEvidenceForm),
            ("data", "Data protection", f.SolutionDataForm),
        ),
    ),
}


def catalogue_kind(kind: str) -> Kind:
    """The catalogue a URL names; 404 for any other slug."""
    if kind not in KINDS:
        raise Http404("No such catalogue.")
    return KINDS[kind]
