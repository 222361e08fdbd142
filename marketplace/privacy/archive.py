"""An organisation's export as a zip: one JSON document with everything, one CSV per table."""

import csv
import io
import json
import zipfile
from typing import Any

from marketplace.core.spreadsheets import inert
from marketplace.privacy.selectors import Table

JSON_NAME = "organisation.json"

README = """\
Launchpad data export: {organisation}
Exported {exported_at} by {exported_by}.

{json_name}
    Everything below in one JSON document (UTF-8). Proposal metrics, milestones, budget
    lines, transitions and comments are listed inside their proposal, interest comments
    inside their interest, cohort entries inside their challenge.

One CSV per table (UTF-8 with a byte-order mark, so that spreadsheets read accents right):
{files}

People are named as the site shows them; the e-mail addresses are only those of your own
members and pending invitations. Times are UTC, ISO 8601. Money is in pence.
In the CSVs a cell that would start with = + - or @ starts with an apostrophe, so that a
spreadsheet shows it as text rather than running it; the JSON has the exact text.

Not included: other organisations' records beyond what your shared interests and proposals
show; your members' own account settings (their e-mail notification choices, two-factor
devices), which each member controls; programme staff's internal matchmaking notes.
"""


def export_zip(
    *,
    stem: str,
    tables: list[Table],
    document: dict[str, Any],
    organisation: str,
    exported_at: str,
    exported_by: str,
) -> bytes:
    files = "\n".join(f"    {table.name}.csv ({len(table.rows)} rows)" for table in tables)
    readme = README.format(
        organisation=organisation,
        exported_at=exported_at,
        exported_by=exported_by,
        json_name=JSON_NAME,
        files=files,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}/README.txt", readme)
        archive.writestr(
            f"{stem}/{JSON_NAME}", json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        )
        for table in tables:
            archive.writestr(f"{stem}/{table.name}.csv", _csv(table))
    return buffer.getvalue()


def _csv(table: Table) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_cell(row[column]) for column in table.columns])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "; ".join(value)
    elif isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str):
        # Comments written by other people must not run as formulas in a spreadsheet.
        return inert(value)
    return str(value)
