"""How a match reads on the page: its strength in words, and its best sentences marked."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from marketplace.matchmaking import matches

register = template.Library()


@register.filter
def score_tier(score: float) -> str:
    """'strong', 'good' or 'possible': the score is a calibrated chance of a real match."""
    return matches.score_tier(score)


@register.filter
def two_places(value) -> str:
    """A 0-1 score or similarity to two decimals; "" for none.

    floatformat's localisation costs more than the rest of a match card, and a score
    between 0 and 1 has no thousands to separate.
    """
    if value is None or value == "":
        return ""
    return f"{float(value):.2f}"


@register.filter
def highlight(text: str, sentences) -> SafeString:
    """`text` escaped, with each of `sentences` that it contains wrapped in <mark>.

    The matcher splits and trims sentences, so spacing and line breaks may differ.
    """
    escaped = escape(text or "")
    # Escaping adds no whitespace, so each sentence is escaped whole and then split.
    patterns = [
        r"\s+".join(map(re.escape, words))
        for sentence in sorted(set(sentences or ()), key=len, reverse=True)
        if (words := escape(sentence).split())
    ]
    if not patterns:
        return mark_safe(escaped)  # noqa: S308 - escaped above
    marked = re.sub("|".join(patterns), lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return mark_safe(marked)  # noqa: S308 - only our <mark> tags around escaped text


@register.filter
def matched_sentences(reason, side: str = "match") -> list[str]:
    """The sentences of one side of each best-agreeing pair: "match" or "query"."""
    if reason is None:
        return []
    return [getattr(pair, f"{side}_sentence") for pair in reason.sentence_pairs]


@register.filter
def get_item(mapping, key):
    """mapping|get_item:key — the value, or None when the key is absent."""
    return mapping.get(key) if hasattr(mapping, "get") else None
