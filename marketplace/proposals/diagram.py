"""docs/proposals.md, drawn from the state-machine tables so that the two never disagree."""

from pathlib import Path

from django.conf import settings

from marketplace.proposals.models import InterestStatus, ProposalStatus
from marketplace.proposals.transitions import (
    INITIAL,
    INTEREST_INITIAL,
    INTEREST_TRANSITIONS,
    TRANSITIONS,
    Reason,
)

HEADER = """\
# Proposals and interests: the state machines

Generated from `marketplace/proposals/transitions.py` by `manage.py proposal_diagram`;
do not edit by hand. A test fails when this page and the tables disagree.
"""


def docs_path() -> Path:
    return Path(settings.BASE_DIR) / "docs" / "proposals.md"


def _notice_name(notice) -> str:
    return f"`{notice.__name__}`" if notice is not None else "none"


def _finals(states, sources: set[str]) -> list[str]:
    return [f"    {state} --> [*]" for state in states.values if state not in sources]


def proposal_mermaid() -> str:
    order = list(ProposalStatus.values)
    lines = ["stateDiagram-v2", f"    [*] --> {INITIAL}: interest accepted"]
    for step in TRANSITIONS.values():
        for source in sorted(step.moves, key=order.index):
            lines.append(f"    {source} --> {step.moves[source]}: {step.label} ({step.who})")
    sources = {source for step in TRANSITIONS.values() for source in step.moves}
    return "\n".join(lines + _finals(ProposalStatus, sources))


def interest_mermaid() -> str:
    order = list(InterestStatus.values)
    lines = ["stateDiagram-v2", f"    [*] --> {INTEREST_INITIAL}: expressed, invited or paired"]
    for step in INTEREST_TRANSITIONS.values():
        for source in sorted(step.from_states, key=order.index):
            lines.append(f"    {source} --> {step.to_state}: {step.label} ({step.who})")
    sources = {source for step in INTEREST_TRANSITIONS.values() for source in step.from_states}
    return "\n".join(lines + _finals(InterestStatus, sources))


def _proposal_table() -> list[str]:
    rows = [
        "| action | from | to | who | reason | notice |",
        "|---|---|---|---|---|---|",
    ]
    for step in TRANSITIONS.values():
        sources = ", ".join(step.moves)
        targets = ", ".join(dict.fromkeys(step.moves.values()))
        reason = step.reason.value if step.reason is not Reason.NONE else "—"
        rows.append(
            f"| {step.url_name} | {sources} | {targets} | {step.who} | {reason} "
            f"| {_notice_name(step.notice)} |"
        )
    return rows


def _interest_table() -> list[str]:
    rows = ["| action | from | to | who | reason | notice |", "|---|---|---|---|---|---|"]
    for step in INTEREST_TRANSITIONS.values():
        rows.append(
            f"| {step.action} | {', '.join(sorted(step.from_states))} | {step.to_state} "
            f"| {step.who} | {step.reason.value} | {_notice_name(step.notice)} |"
        )
    return rows


def docs_page() -> str:
    parts = [
        HEADER,
        "## Pilot proposals",
        "",
        "Every step is `POST /api/v1/proposals/<id>/<action>/` and a button on the proposal "
        "page; each records who, when and why.",
        "",
        *_proposal_table(),
        "",
        "```mermaid",
        proposal_mermaid(),
        "```",
        "",
        "## Expressions of interest",
        "",
        "Every answer is `POST /api/v1/interests/<id>/<action>/` and a button on the interest "
        "page.",
        "",
        *_interest_table(),
        "",
        "```mermaid",
        interest_mermaid(),
        "```",
        "",
    ]
    return "\n".join(parts)
