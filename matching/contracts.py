"""The typed contract between the domain and the matcher: plain frozen dataclasses."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Facts:
    """Structured attributes used for fit; every field optional so either side may omit it."""

    themes: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    budget_min_pence: int | None = None
    budget_max_pence: int | None = None
    price_pence: int | None = None
    maturity: str | None = None


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
    lead: float = 0.3
    lexical: float = 0.4
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
