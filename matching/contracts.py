"""The typed contract between the domain and the matcher: plain frozen dataclasses."""

from dataclasses import dataclass, field


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
