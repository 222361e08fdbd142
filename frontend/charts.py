"""Horizontal bar charts drawn on the server as inline SVG: no script, no CDN, works offline.

Colours come from CSS classes (`chart-bar`, `chart-label`, `chart-value`), with
`currentColor` as the fallback, so a chart follows the page's stylesheet and dark mode.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 480
ROW_HEIGHT = 40
BAR_HEIGHT = 14
# Room to the right of the longest bar for its value.
VALUE_SPACE = 130
BAR_SPACE = WIDTH - VALUE_SPACE
# A bar this short would vanish; a count of 1 beside 10,000 must not look like 0.
MIN_VISIBLE_WIDTH = 2
MAX_LABEL_CHARS = 64
NO_DATA = "no data"


@dataclass(frozen=True)
class Bar:
    label: str
    # None when there is nothing to measure: no bar, and "no data" beside it.
    value: float | None
    # Written after the bar instead of the bare value, e.g. "67% (2 of 3)".
    text: str = ""


def bar_chart(
    bars: Sequence[Bar], *, chart_id: str, title: str, scale_max: float | None = None
) -> SafeString:
    """An accessible horizontal bar chart; every label and text is escaped.

    Bars are as long as their value relative to `scale_max` (default: the largest value);
    `chart_id` must be unique on the page, as it names the title and description.
    """
    scale = scale_max if scale_max is not None else max((b.value or 0 for b in bars), default=0)
    height = max(len(bars), 1) * ROW_HEIGHT
    rows = [_row(bar, index, scale) for index, bar in enumerate(bars)] or [_empty_row()]
    description = "; ".join(f"{bar.label}: {_text(bar)}" for bar in bars) or "No data yet."
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        'viewBox="0 0 {} {}" width="100%" preserveAspectRatio="xMinYMin meet" '
        'aria-labelledby="{}-title {}-desc">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        format_html_join("", "{}", ((row,) for row in rows)),
    )


def bar_width(value: float | None, scale: float) -> float:
    if not value or value <= 0 or scale <= 0:
        return 0.0
    return max(BAR_SPACE * min(value, scale) / scale, MIN_VISIBLE_WIDTH)


def _row(bar: Bar, index: int, scale: float) -> SafeString:
    top = index * ROW_HEIGHT
    width = bar_width(bar.value, scale)
    return format_html(
        '<g class="chart-row"><title>{}: {}</title>'
        '<text class="chart-label" x="0" y="{}" font-size="13" fill="currentColor">{}</text>'
        '<rect class="chart-bar" x="0" y="{}" width="{}" height="{}" fill="currentColor"/>'
        '<text class="chart-value" x="{}" y="{}" font-size="13" fill="currentColor">{}</text>'
        "</g>",
        bar.label,
        _text(bar),
        top + 14,
        _shorten(bar.label),
        top + 20,
        f"{width:.1f}",
        BAR_HEIGHT,
        f"{width + 6:.1f}",
        top + 32,
        _text(bar),
    )


def _empty_row() -> SafeString:
    return format_html(
        '<text class="chart-label" x="0" y="24" font-size="13" fill="currentColor">{}</text>',
        "No data yet.",
    )


def _text(bar: Bar) -> str:
    if bar.text:
        return bar.text
    if bar.value is None:
        return NO_DATA
    return f"{bar.value:,.0f}" if float(bar.value).is_integer() else f"{bar.value:,.1f}"


def _shorten(label: str) -> str:
    # The full label stays in the row's <title> and in the table beside the chart.
    if len(label) <= MAX_LABEL_CHARS:
        return label
    return label[: MAX_LABEL_CHARS - 1].rstrip() + "…"
