"""docs/cohorts.md, drawn from the cohort's state-machine tables so that the two never disagree."""

from pathlib import Path

from django.conf import settings

from marketplace.cohorts.models import EntryStatus, PairingState
from marketplace.cohorts.transitions import (
    NEW,
    PAIRING_TRANSITIONS,
    PLACE_TRANSITIONS,
    SCORED,
    STATE_NAMES,
    Transition,
)

HEADER = """\
# Cohorts: the state machines

Generated from `marketplace/cohorts/transitions.py` by `manage.py proposal_diagram`;
do not edit by hand. A test fails when this page and the tables disagree.

A cohort's stage (planning, open, matching, pilots, complete) has no enforced transitions:
staff set it on the cohort form. Suppliers and providers apply only while it is open.
"""


def docs_path() -> Path:
    return Path(settings.BASE_DIR) / "docs" / "cohorts.md"


def _name(state: str) -> str:
    return STATE_NAMES.get(state, state)


def _edges(step: Transition, order: list[str]) -> list[tuple[str, str, str]]:
    """(from, to, label) for each move; a place taken up names the fee that decides where."""
    edges = []
    for source in sorted(step.moves, key=order.index):
        if step.free_moves is None:
            edges.append((source, step.moves[source], f"{step.label} ({step.who})"))
        else:
            edges.append((source, step.moves[source], f"{step.label}, fee ({step.who})"))
            edges.append((source, step.free_moves[source], f"{step.label}, free ({step.who})"))
    return edges


def _mermaid(steps: dict[str, Transition], order: list[str]) -> str:
    lines = ["stateDiagram-v2", f"    [*] --> {_name(NEW)}"]
    for step in steps.values():
        for source, target, label in _edges(step, order):
            lines.append(f"    {_name(source)} --> {_name(target)}: {label}")
    sources = {source for step in steps.values() for source in step.moves}
    finals = [f"    {_name(state)} --> [*]" for state in order if state not in sources]
    return "\n".join(lines + finals)


def _table(steps: dict[str, Transition], order: list[str]) -> list[str]:
    rows = [
        "| action | from | to | who | audit | notice |",
        "|---|---|---|---|---|---|",
    ]
    for step in steps.values():
        edges = _edges(step, order)
        sources = ", ".join(_name(source) for source in dict.fromkeys(e[0] for e in edges))
        targets = ", ".join(_name(target) for target in dict.fromkeys(e[1] for e in edges))
        audit = f"`{step.audit}`" if step.audit else "—"
        notice = f"`{step.notice.__name__}`" if step.notice is not None else "—"
        rows.append(f"| {step.action} | {sources} | {targets} | {step.who} | {audit} | {notice} |")
    return rows


PLACE_ORDER = [NEW, *EntryStatus.values]
PAIRING_ORDER = [NEW, SCORED, *PairingState.values]


def place_mermaid() -> str:
    return _mermaid(PLACE_TRANSITIONS, PLACE_ORDER)


def pairing_mermaid() -> str:
    return _mermaid(PAIRING_TRANSITIONS, PAIRING_ORDER)


def docs_page() -> str:
    parts = [
        HEADER,
        "## Supplier places",
        "",
        "A place taken up in a free cohort is confirmed at once; with a fee, billing confirms "
        "it when the fee is paid. A challenge applies as a supplier does (`apply`).",
        "",
        *_table(PLACE_TRANSITIONS, PLACE_ORDER),
        "",
        "```mermaid",
        place_mermaid(),
        "```",
        "",
        "## Pairings",
        "",
        "Staff score the cohort (every pairing starts scored), run the optimiser (`suggest`, "
        "`unsuggest`), decide single pairings (`add`, `pin`, `remove`, `reset`) and confirm, "
        "which sends each side a programme invitation.",
        "",
        *_table(PAIRING_TRANSITIONS, PAIRING_ORDER),
        "",
        "```mermaid",
        pairing_mermaid(),
        "```",
        "",
    ]
    return "\n".join(parts)
