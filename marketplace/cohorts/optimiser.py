"""Cohort pairings that maximise the total match score under the cohort's capacity rules.

Rules, all "at most": each challenge pairs with `max_suppliers_per_challenge` suppliers,
takes one solution from any one supplier, and each supplier runs `max_pilots_per_supplier`
pilots across the cohort. Since a challenge takes at most one solution per supplier, only
that supplier's best solution for it can be in an optimum, so the problem is a bipartite
b-matching of challenges and suppliers: a transportation linear programme whose constraint
matrix is totally unimodular. HiGHS's dual simplex (scipy.optimize.linprog) returns a vertex,
which is therefore whole: an exact optimum, no rounding, no greedy loop.

Staff choices: a pinned pair is taken first and uses up its capacity; a removed pair is
never considered.
"""

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import linprog


class InfeasiblePins(ValueError):
    """The pinned pairings alone break a capacity rule; the message says which."""


@dataclass(frozen=True)
class Assignment:
    pairs: tuple[tuple[int, int], ...]  # (challenge row, solution column), sorted
    total: float


def optimise(
    scores: np.ndarray,
    supplier_of: np.ndarray,
    *,
    max_pilots_per_supplier: int,
    max_suppliers_per_challenge: int,
    pinned: Collection[tuple[int, int]] = (),
    removed: Collection[tuple[int, int]] = (),
    min_score: float = 0.0,
) -> Assignment:
    """`scores[i, j]`: challenge i with solution j; `supplier_of[j]`: solution j's supplier."""
    scores = np.asarray(scores, dtype=np.float64)
    _, supplier_index = np.unique(np.asarray(supplier_of), return_inverse=True)
    pinned = sorted({(int(i), int(j)) for i, j in pinned})
    room_c, room_s = _room_after_pins(
        pinned,
        supplier_of,
        supplier_index,
        scores.shape[0],
        max_suppliers_per_challenge,
        max_pilots_per_supplier,
    )
    usable = np.where(scores > min_score, scores, -np.inf)
    for i, j in removed:
        usable[i, j] = -np.inf
    for i, j in pinned:
        # The pinned supplier is used for this challenge; its other solutions cannot join.
        usable[i, supplier_index == supplier_index[j]] = -np.inf
    chosen = _best_edges(usable, supplier_index, room_c, room_s)
    pairs = tuple(sorted(set(pinned) | set(chosen)))
    return Assignment(pairs, float(sum(scores[i, j] for i, j in pairs)))


def _room_after_pins(pinned, supplier_of, supplier_index, challenges, per_challenge, per_supplier):
    room_c = np.full(challenges, per_challenge)
    room_s = np.full(supplier_index.max() + 1 if len(supplier_index) else 0, per_supplier)
    seen = set()
    for i, j in pinned:
        if (i, supplier_index[j]) in seen:
            raise InfeasiblePins(f"Challenge row {i} has two pinned solutions from one supplier.")
        seen.add((i, supplier_index[j]))
        room_c[i] -= 1
        room_s[supplier_index[j]] -= 1
    for i in np.flatnonzero(room_c < 0):
        raise InfeasiblePins(
            f"Challenge row {i} has {per_challenge - room_c[i]} pinned suppliers; "
            f"the cohort allows {per_challenge}."
        )
    for k in np.flatnonzero(room_s < 0):
        supplier = supplier_of[np.flatnonzero(supplier_index == k)[0]]
        raise InfeasiblePins(
            f"Supplier {supplier} has {per_supplier - room_s[k]} pinned pilots; "
            f"the cohort allows {per_supplier}."
        )
    return room_c, room_s


def _best_edges(usable, supplier_index, room_c, room_s) -> list[tuple[int, int]]:
    """The optimal challenge-supplier edges, each with that supplier's best solution."""
    order = np.argsort(supplier_index, kind="stable")
    grouped = usable[:, order]
    starts = np.flatnonzero(np.r_[True, np.diff(supplier_index[order]) != 0])
    best = np.maximum.reduceat(grouped, starts, axis=1) if len(starts) else grouped[:, :0]
    suppliers = supplier_index[order][starts]
    rows, groups = np.nonzero(np.isfinite(best))
    keep = (room_c[rows] > 0) & (room_s[suppliers[groups]] > 0)
    rows, groups = rows[keep], groups[keep]
    if not len(rows):
        return []
    chosen = _solve(best[rows, groups], rows, suppliers[groups], room_c, room_s)
    edges = []
    for i, g in zip(rows[chosen].tolist(), groups[chosen].tolist(), strict=True):
        stop = starts[g + 1] if g + 1 < len(starts) else len(order)
        columns = order[starts[g] : stop]
        edges.append((i, int(columns[np.argmax(usable[i, columns])])))
    return edges


def _solve(weights, rows, suppliers, room_c, room_s) -> np.ndarray:
    n = len(weights)
    _, row_of_c = np.unique(rows, return_inverse=True)
    _, row_of_s = np.unique(suppliers, return_inverse=True)
    per_c = sparse.csr_matrix((np.ones(n), (row_of_c, np.arange(n))))
    per_s = sparse.csr_matrix((np.ones(n), (row_of_s, np.arange(n))))
    result = linprog(
        -weights,
        A_ub=sparse.vstack([per_c, per_s]).tocsr(),
        b_ub=np.concatenate([room_c[np.unique(rows)], room_s[np.unique(suppliers)]]),
        bounds=(0, 1),
        method="highs-ds",
    )
    return np.flatnonzero(result.x > 0.5)
