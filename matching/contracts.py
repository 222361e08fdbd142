"""The typed contract between the domain and the matcher: plain frozen dataclasses, and the
errors the matcher raises to the domain."""

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np


class MatcherError(Exception):
    """A document cannot be matched; the message says why."""


class NotIndexed(MatcherError):
    """The document has not been embedded yet (its task is still queued)."""


class MatcherUnavailable(MatcherError):
    """The index is being rebuilt (or cannot be just now); a retry in a minute will work."""


class IndexUnavailable(Exception):
    """The index file is missing or unreadable; the caller rebuilds it from stored vectors."""


# Per-year prices are charged for each whole year a pilot runs, however short.
WEEKS_A_YEAR = 52
PER_HOME_MODELS = frozenset({"per_home_per_year", "one_off_per_home"})
PER_YEAR_MODELS = frozenset({"per_home_per_year", "licence"})
# "other" is priced in a way the figures cannot say: no cost is worked out for it.
COSTED_MODELS = PER_HOME_MODELS | PER_YEAR_MODELS | {"one_off"}


def pilot_years(weeks: int | None) -> int:
    """Whole years a pilot of `weeks` runs, rounded up; at least one."""
    return max(1, math.ceil(weeks / WEEKS_A_YEAR)) if weeks else 1


@dataclass(frozen=True)
class PilotCost:
    """A solution's indicative cost for one challenge's pilot, with the figures behind it."""

    pence: int
    price_pence: int
    homes: int | None = None  # the pilot's homes, for a per-home price
    years: int | None = None  # the pilot's whole years, for a per-year price


@dataclass(frozen=True)
class Facts:
    """Structured attributes used for fit; every field optional so either side may omit it."""

    side: str = ""  # "challenge" or "solution"
    themes: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # ITL1 codes; pages show the regions' names
    budget_min_pence: int | None = None
    budget_max_pence: int | None = None
    price_pence: int | None = None
    pricing_model: str | None = None
    homes: int | None = None  # the homes the problem affects, not those a pilot covers
    pilot_homes: int | None = None
    pilot_weeks: int | None = None
    maturity: str | None = None
    # What a challenge requires and what a solution needs or offers, as matching.constraints
    # tokens: a challenge carries needs, a solution offers.
    needs: frozenset[str] = frozenset()
    offers: frozenset[str] = frozenset()

    def pilot_cost(self, challenge: "Facts") -> PilotCost | None:
        """This solution's cost for the challenge's pilot; None when the figures can't tell.

        Per-home prices are for the homes in the pilot (never all the homes affected) and
        per-year prices for each whole year it runs.
        """
        model = self.pricing_model
        if self.price_pence is None or model not in COSTED_MODELS:
            return None
        homes = challenge.pilot_homes if model in PER_HOME_MODELS else None
        if model in PER_HOME_MODELS and not homes:
            return None
        years = pilot_years(challenge.pilot_weeks) if model in PER_YEAR_MODELS else None
        pence = self.price_pence * (homes or 1) * (years or 1)
        return PilotCost(pence=pence, price_pence=self.price_pence, homes=homes, years=years)

    def pilot_cost_pence(self, challenge: "Facts") -> int | None:
        """This solution's cost for the challenge's pilot, in pence; None when unknown."""
        cost = self.pilot_cost(challenge)
        return None if cost is None else cost.pence

    def to_json(self) -> dict:
        """As stored beside a document's vectors; sets become sorted lists."""
        data = dataclasses.asdict(self)
        return {
            name: sorted(value) if isinstance(value, frozenset) else value
            for name, value in data.items()
        }

    @classmethod
    def from_json(cls, data: dict) -> "Facts":
        """Stored facts back; fields added since a row was stored take their defaults."""
        values: dict[str, Any] = {}
        for item in dataclasses.fields(cls):
            if item.name in data:
                value = data[item.name]
                values[item.name] = frozenset(value) if isinstance(value, list) else value
        return cls(**values)


def challenge_and_solution(a: Facts, b: Facts) -> tuple[Facts, Facts]:
    return (b, a) if a.side == "solution" or b.side == "challenge" else (a, b)


@dataclass(frozen=True)
class Document:
    """A challenge or solution as the matcher sees it."""

    kind: str  # "challenge" or "solution"
    id: int
    title: str
    text: str
    facts: Facts = Facts()

    @property
    def full_text(self) -> str:
        return f"{self.title}.\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class Weights:
    """What a full structured fit adds to a pair's evidence, in the units of one view (the
    words, or the model's reading), which have equal say and no weights (matching.ranking)."""

    structured: float = 1.0


@dataclass(frozen=True)
class Components:
    """Each part of a score, in [0, 1]."""

    dense: float
    lead: float
    lexical: float
    structured: float | None  # None when neither side has structured facts


@dataclass(frozen=True)
class SentencePair:
    query_sentence: str
    match_sentence: str
    similarity: float


@dataclass(frozen=True)
class MatchReason:
    shared_themes: tuple[str, ...] = ()
    shared_regions: tuple[str, ...] = ()
    sentence_pairs: tuple[SentencePair, ...] = ()
    fit_notes: tuple[str, ...] = ()
    # The hard constraints of the challenge that the solution breaks, as sentences.
    breaches: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    id: int
    score: float
    components: Components
    reason: MatchReason = field(default_factory=MatchReason)
    # How far the asking organisation's own judgements moved it, in the units of evidence
    # (positive: like what they shortlisted). The score itself is the pair's, unmoved.
    nudge: float = 0.0


@dataclass(frozen=True)
class Judgement:
    """An organisation's verdict on a pairing: `about` (one of its entries) with `target`."""

    about: int
    target: int
    liked: bool  # shortlisted; otherwise dismissed or judged not relevant


@dataclass(frozen=True)
class LeadPassages:
    """Each searchable document's lead passage: its vector and its words, in id order.

    The lead (title, summary, the start of the text) says what a document is about; later
    passages are mostly the systems and constraints that unrelated documents share.
    """

    ids: tuple[int, ...]
    vectors: np.ndarray = field(compare=False, repr=False)  # one L2-normalised row per id
    texts: tuple[str, ...] = field(repr=False)
