"""Why two documents match: the sentence pairs that agree most, and the facts they share."""

import numpy as np

from matching.contracts import Facts, MatchReason, SentencePair, challenge_and_solution

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
    challenge, solution = challenge_and_solution(query, match)
    notes = []
    cost = solution.pilot_cost_pence(challenge.homes)
    if challenge.budget_max_pence and cost is not None:
        within = cost <= challenge.budget_max_pence
        notes.append(
            "Indicative cost is within budget" if within else "Indicative cost is over budget"
        )
    if challenge.regions and solution.regions and not challenge.regions & solution.regions:
        notes.append("Does not yet serve this region")
    return tuple(notes)


def reason_for(
    query_facts: Facts,
    match_facts: Facts,
    sentence_pairs: tuple[SentencePair, ...],
) -> MatchReason:
    return MatchReason(
        shared_themes=tuple(sorted(query_facts.themes & match_facts.themes)),
        shared_regions=tuple(sorted(query_facts.regions & match_facts.regions)),
        sentence_pairs=sentence_pairs,
        fit_notes=fit_notes(query_facts, match_facts),
    )
