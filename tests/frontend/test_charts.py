"""The server-drawn SVG bar charts: proportional bars, safe with zeros, every label escaped."""

import xml.etree.ElementTree as ET

import pytest

from frontend.charts import BAR_SPACE, MAX_LABEL_CHARS, MIN_VISIBLE_WIDTH, Bar, bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg) -> ET.Element:
    # Parsing as XML also proves the markup is well formed.
    return ET.fromstring(str(svg))  # noqa: S314 - our own output, not untrusted input


def widths(svg) -> list[float]:
    return [float(rect.get("width")) for rect in parse(svg).iter(f"{SVG}rect")]


def about(*expected: float):
    # Widths are written to a tenth of a unit.
    return pytest.approx(list(expected), abs=0.05)


def texts(svg, css_class: str) -> list[str]:
    return [t.text for t in parse(svg).iter(f"{SVG}text") if t.get("class") == css_class]


def test_bars_are_as_long_as_their_value_relative_to_the_largest():
    svg = bar_chart(
        [Bar("Posted", 8), Bar("Published", 6), Bar("Matched", 2)], chart_id="f", title="Funnel"
    )

    assert widths(svg) == about(BAR_SPACE, BAR_SPACE * 6 / 8, BAR_SPACE * 2 / 8)
    assert texts(svg, "chart-label") == ["Posted", "Published", "Matched"]
    assert texts(svg, "chart-value") == ["8", "6", "2"]


def test_a_fixed_scale_draws_a_rate_against_100_percent():
    svg = bar_chart(
        [Bar("Damp Sense", 50.0, "50% (1 of 2)"), Bar("Heat Logic", 25.0)],
        chart_id="r",
        title="Response rates",
        scale_max=100,
    )

    assert widths(svg) == about(BAR_SPACE / 2, BAR_SPACE / 4)
    assert texts(svg, "chart-value") == ["50% (1 of 2)", "25"]


def test_the_chart_is_an_image_named_by_its_title_and_described_by_its_values():
    root = parse(
        bar_chart([Bar("Shortlisted", 3), Bar("Dismissed", 1.5)], chart_id="v", title="Verdicts")
    )

    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "v-title v-desc"
    assert root.find(f"{SVG}title").attrib == {"id": "v-title"}
    assert root.find(f"{SVG}title").text == "Verdicts"
    assert root.find(f"{SVG}desc").text == "Shortlisted: 3; Dismissed: 1.5"


def test_all_zero_values_draw_empty_bars_without_dividing_by_zero():
    svg = bar_chart([Bar("Approved", 0), Bar("Completed", 0)], chart_id="z", title="Zeros")

    assert widths(svg) == about(0.0, 0.0)
    assert texts(svg, "chart-value") == ["0", "0"]


def test_no_bars_at_all_says_there_is_no_data():
    svg = bar_chart([], chart_id="e", title="Empty", scale_max=0)

    assert widths(svg) == []
    assert texts(svg, "chart-label") == ["No data yet."]
    assert parse(svg).find(f"{SVG}desc").text == "No data yet."


def test_a_missing_value_draws_no_bar_and_says_so():
    svg = bar_chart([Bar("Draft", 4.0), Bar("Approved", None)], chart_id="s", title="Stages")

    assert widths(svg) == about(BAR_SPACE, 0.0)
    assert texts(svg, "chart-value") == ["4", "no data"]


def test_a_tiny_value_beside_a_huge_one_is_still_visible():
    svg = bar_chart([Bar("Posted", 100_000), Bar("Completed", 1)], chart_id="t", title="Tiny")

    assert widths(svg) == about(BAR_SPACE, MIN_VISIBLE_WIDTH)
    assert texts(svg, "chart-value") == ["100,000", "1"]


def test_a_value_past_a_fixed_scale_stops_at_the_edge():
    svg = bar_chart([Bar("Odd", 150.0)], chart_id="o", title="Over", scale_max=100)

    assert widths(svg) == about(BAR_SPACE)


@pytest.mark.parametrize(
    "field", ["label", "text", "title", "chart_id"], ids=lambda field: f"in-{field}"
)
def test_markup_in_any_text_is_escaped(field):
    evil = '<script>alert("x")</script> & Co'
    bar = Bar(evil if field == "label" else "Label", 3, evil if field == "text" else "3 things")

    svg = bar_chart(
        [bar],
        chart_id=evil if field == "chart_id" else "c",
        title=evil if field == "title" else "Title",
    )

    assert "<script>" not in svg
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in svg
    parse(svg)


def test_a_long_label_is_shortened_in_the_chart_and_kept_whole_in_its_tooltip():
    label = "Housing association " * 10

    svg = bar_chart([Bar(label, 1)], chart_id="l", title="Long")

    (drawn,) = texts(svg, "chart-label")
    assert len(drawn) <= MAX_LABEL_CHARS
    assert drawn.endswith("…")
    assert label.startswith(drawn[:-1])
    assert parse(svg).find(f"{SVG}g/{SVG}title").text == f"{label}: 1"
