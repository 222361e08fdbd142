"""How a match reads on the page: its strength in words, and its best sentences marked."""

import re

from django import template
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def score_tier(score: float) -> str:
    """'strong' from the score the weekly digest e-mails about; 'possible' below it."""
    return "strong" if score >= settings.MATCH_DIGEST_MIN_SCORE else "possible"


@register.filter
def highlight(text: str, sentences) -> SafeString:
    """`text` escaped, with each of `sentences` that it contains wrapped in <mark>.

    The matcher splits and trims sentences, so spacing and line breaks may differ.
    """
    escaped = escape(text or "")
    patterns = [
        r"\s+".join(re.escape(escape(word)) for word in sentence.split())
        for sentence in sorted(set(sentences or ()), key=len, reverse=True)
        if sentence.split()
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
