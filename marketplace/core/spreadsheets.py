"""CSV downloads that staff open in Excel: UTF-8 it reads as such, and no formula injection."""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_response(filename: str, header: list[str], rows: Iterable[Iterable]) -> HttpResponse:
    """A CSV download; the byte-order mark makes Excel read it as UTF-8, not Windows-1252.

    Text that a spreadsheet would run as a formula is written with a leading apostrophe:
    names and titles are typed by users, and staff open these files in Excel.
    """
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{_safe(filename)}"'},
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([inert(cell) for cell in row] for row in rows)
    return response


def inert(cell):
    """The cell as a spreadsheet may open it: text it would run as a formula gets an apostrophe."""
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return f"'{cell}"
    return cell


def _safe(filename: str) -> str:
    # A quote, backslash or line break would let the name escape the header value.
    return "".join(c for c in filename if c.isprintable() and c not in '"\\') or "export.csv"
