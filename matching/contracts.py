"""The typed contract between the domain and the matcher: plain frozen dataclasses, and the
errors the matcher raises to the domain."""

import dataclasses
from dataclasses import dataclass, field

import numpy as np


class MatcherError(Exception):
    """A document cannot be matched; the message says why."""


class NotIndexed(MatcherError):
    """The document has not been embedded yet (its task is still queued)."""


class MatcherUnavailable(MatcherError):
    """The index is being rebuilt (or cannot be just now); a retry in a minute will work."""


class IndexUnavailable(Exception):
    """The index file is missing or unreadable; the caller rebuilds it from stored vectors."""


@dataclass(frozen=True)
class Facts:
    """Structured attributes used for fit; every field optional so either side may omit it."""

    side: str = ""  # "challenge" or "solution"
    themes: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    budget_min_pence: int | None = None
    budget_max_pence: int | None = None
    price_pence: int | None = None
    pricing_model: str | None = None
    homes: int | None = None
    maturity: str | None = None

    def pilot_cost_pence(self, homes: int | None) -> int | None:
        """A solution's indicative cost for a pilot over `homes` homes, when it can be told."""
        if self.price_pence is None:
            return None
        if self.pricing_model == "per_home_per_year":
            return self.price_pence * homes if homes else None
        return self.price_pence

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
        values = {}
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
    """How the components add up. Tuned on the dev set by `evaluate_matching --tune`."""

    dense: float = 0.3
    lead: float = 0.4
    lexical: float = 0.3
    structured: float = 0.15


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


@dataclass(frozen=True)
class Match:
    id: int
    score: float
    components: Components
    reason: MatchReason = field(default_factory=MatchReason)


@dataclass(frozen=True)
class LeadPassages:
    """Each searchable document's lead passage: its vector and its words, in id order.

    The lead (title, summary, the start of the text) says what a document is about; later
    passages are mostly the systems and constraints that unrelated documents share.
    """

    ids: tuple[int, ...]
    vectors: np.ndarray = field(compare=False, repr=False)  # one L2-normalised row per id
    texts: tuple[str, ...] = field(repr=False)
