"""Text the product composes from people's names and titles, made to fit where it is stored.

A subject such as “Tyne Homes: Damp Sense for “…”” is built from fields that may each be at
their own limit; stored in a column of the same size it overflowed, and PostgreSQL refused
the whole action (a 500 for the person expressing interest).
"""

from django.db import models

ELLIPSIS = "…"
# Left at the end of a shortened text they would dangle: “for “…” reads as “for…”.
_DANGLING = " \t\n,;:-\u2013\u2014\u201c\u2018\"'("


def shorten(text: str, limit: int) -> str:
    """The text when it fits in `limit` characters; otherwise cut after a whole word, with “…”.

    A single word longer than half the limit is cut inside the word rather than dropped.
    """
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    cut = text[:room]
    if not text[room].isspace():
        whole_words = cut.rsplit(maxsplit=1)[0] if len(cut.split()) > 1 else ""
        if len(whole_words) >= room // 2:
            cut = whole_words
    return cut.rstrip(_DANGLING) + ELLIPSIS


def fit(model: type[models.Model], field: str, text: str) -> str:
    """The text shortened to the length the model's field can store."""
    return shorten(text, model._meta.get_field(field).max_length)
