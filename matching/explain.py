"""Why two documents match: the sentence pairs that agree most, and the facts they share."""

import numpy as np

from matching import constraints
from matching.contracts import (
    PER_HOME_MODELS,
    Facts,
    MatchReason,
    PilotCost,
    SentencePair,
    challenge_and_solution,
)

MAX_PAIRS = 3


def best_sentence_pairs(
    query_sentences: list[str],
    query_vectors: np.ndarray,
    match_sentences: list[str],
    match_vectors: np.ndarray,
    limit: int = MAX_PAIRS,
) -> tuple[SentencePair, ...]:
    """The most similar pairs, each sentence used at most once so the reasons don't repeat."""
    if not len(query_vectors) or not len(match_vectors):
        return ()
    similarity = query_vectors @ match_vectors.T
    pairs: list[SentencePair] = []
    used_query, used_match = set(), set()
    for flat in np.argsort(-similarity, axis=None):
        i, j = divmod(int(flat), similarity.shape[1])
        if i in used_query or j in used_match:
            continue
        pairs.append(
            SentencePair(query_sentences[i], match_sentences[j], round(float(similarity[i, j]), 3))
        )
        used_query.add(i)
        used_match.add(j)
        if len(pairs) == limit:
            break
    return tuple(pairs)


def fit_notes(query: Facts, match: Facts) -> tuple[str, ...]:
    """What is true of the pair's facts, the same whichever side asks."""
    challenge, solution = challenge_and_solution(query, match)
    notes = [note for note in (budget_note(challenge, solution),) if note]
    if challenge.regions and solution.regions and not challenge.regions & solution.regions:
        notes.append("Does not yet serve this region")
    notes += constraints.meets(challenge, solution)
    return tuple(notes)


def budget_note(challenge: Facts, solution: Facts) -> str | None:
    """The pilot's cost against the budget, with the sums that show it; None when the
    figures cannot tell (no budget, no price, or a price of another kind)."""
    budget = challenge.budget_max_pence
    if not budget or solution.price_pence is None:
        return None
    if solution.pricing_model in PER_HOME_MODELS and not challenge.pilot_homes:
        return "Per-home price: add homes in the pilot to check the budget"
    cost = solution.pilot_cost(challenge)
    if cost is None:
        return None
    verdict = "within" if cost.pence <= budget else "over"
    return f"Pilot cost: {arithmetic(cost)}, {verdict} the {pounds(budget)} budget"


def arithmetic(cost: PilotCost) -> str:
    """The sum behind a cost, "£28 × 150 homes × 1 year = £4,200"; a one-off is itself."""
    factors = [pounds(cost.price_pence)]
    if cost.homes is not None:
        factors.append(f"{cost.homes:,} home{'s' if cost.homes != 1 else ''}")
    if cost.years is not None:
        factors.append(f"{cost.years} year{'s' if cost.years != 1 else ''}")
    if len(factors) == 1:
        return f"{factors[0]} one-off"
    return f"{' × '.join(factors)} = {pounds(cost.pence)}"


def pounds(pence: int) -> str:
    """As marketplace.core.money.pounds (the matcher imports nothing of the domain)."""
    whole, part = divmod(int(pence), 100)
    return f"£{whole:,}" if part == 0 else f"£{whole:,}.{part:02d}"


def reason_for(
    query_facts: Facts,
    match_facts: Facts,
    sentence_pairs: tuple[SentencePair, ...],
) -> MatchReason:
    # Breaches speak to whoever asked: the provider for a challenge's matches.
    reader = "provider" if query_facts.side == "challenge" else "supplier"
    return MatchReason(
        shared_themes=tuple(sorted(query_facts.themes & match_facts.themes)),
        shared_regions=tuple(sorted(query_facts.regions & match_facts.regions)),
        sentence_pairs=sentence_pairs,
        fit_notes=fit_notes(query_facts, match_facts),
        breaches=constraints.breaches(query_facts, match_facts, reader=reader),
    )
