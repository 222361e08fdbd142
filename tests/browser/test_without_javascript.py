"""htmx enhances, never required: the core forms work with JavaScript off, and the pages hold
up on a 360 px phone and with a keyboard alone."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from marketplace.catalogue.models import Challenge, MatchFeedback, Verdict
from marketplace.proposals import services as proposals
from marketplace.proposals.models import ExpressionOfInterest
from tests.browser import sector
from tests.browser.conftest import check, sign_in
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def index_dir(taxonomy, settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def matched(db):
    """A published damp challenge and three solutions, embedded: (challenge, solutions)."""
    challenge = sector.publish_challenge()
    solutions = sector.catalogue_of_solutions(
        ("DampSense Home Sensor", "RepairFlow Damp Pathway", "SafeDoor Inspect App")
    )
    return challenge, solutions


def owner_of(entry):
    return entry.organisation.memberships.get().user


def test_the_guided_form_shows_errors_and_saves_each_step_without_javascript(
    pages, live_server, provider_admin
):
    context = pages.context(javascript=False)
    sign_in(context, live_server, provider_admin)
    page = pages.page(context)

    page.goto("/challenges/new/")
    check(page)
    page.get_by_role("button", name="Save and continue").click()

    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_contain_text("Title: This field is required.")
    expect(page.get_by_label("Title")).to_have_attribute("aria-invalid", "true")
    check(page, "nojs-01-guided-form-errors")
    assert Challenge.objects.count() == 0

    summary.get_by_role("link", name=re.compile("Title")).click()
    page.get_by_label("Title").fill("Residents report mould weeks after it starts")
    page.get_by_label("Damp, mould and condensation").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("status").first).to_contain_text("Draft saved.")
    check(page, "nojs-02-guided-form-next-step")
    challenge = Challenge.objects.get()
    assert urlsplit(page.url).path == f"/challenges/{challenge.pk}/edit/detail/"
    assert list(challenge.themes.values_list("slug", flat=True)) == ["damp-mould-condensation"]


def test_filters_shortlist_and_invite_work_without_javascript(pages, live_server, matched):
    challenge, _ = matched
    context = pages.context(javascript=False)
    sign_in(context, live_server, owner_of(challenge))
    page = pages.page(context)

    page.goto(f"/challenges/{challenge.pk}/matches/")
    check(page)
    expect(page.locator("article.match-card")).to_have_count(3)

    page.locator(".filters-panel summary", has_text="Theme").click()
    page.get_by_label("Building and fire safety").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("article.match-card")).to_have_count(1)
    expect(page.locator("article.match-card h2")).to_have_text("SafeDoor Inspect App")
    check(page, "nojs-03-filtered")
    page.get_by_role("link", name="Clear filters").click()
    expect(page.locator("article.match-card")).to_have_count(3)
    check(page)

    first = page.locator("article.match-card").first
    name = first.locator("h2").inner_text()
    first.get_by_role("button", name=f"Shortlist {name}").click()
    first = page.locator("article.match-card").first
    expect(first.get_by_text("Shortlisted.")).to_be_visible()
    check(page, "nojs-04-shortlisted")
    assert MatchFeedback.objects.get().verdict == Verdict.SHORTLIST

    first.get_by_text(re.compile("^Invite .* to pilot$")).click()
    first.get_by_label(re.compile("^Your message to")).fill("Would you pilot this with us?")
    first.get_by_role("button", name="Send invitation").click()
    page.wait_for_url("**/interests/*/")
    expect(page.get_by_role("status").first).to_contain_text("Sent to")
    check(page, "nojs-05-invitation-sent")
    interest = ExpressionOfInterest.objects.get()
    assert (interest.challenge, interest.solution.name) == (challenge, name)


def test_a_proposal_section_saves_without_javascript(pages, live_server, matched):
    challenge, solutions = matched
    interest = proposals.interest_invite(
        user=owner_of(challenge),
        challenge=challenge,
        solution=solutions[0],
        pitch="Pilot with us?",
    )
    proposal = proposals.interest_accept(user=owner_of(solutions[0]), interest=interest)
    context = pages.context(javascript=False)
    sign_in(context, live_server, owner_of(solutions[0]))
    page = pages.page(context)

    page.goto(f"/proposals/{proposal.pk}/")
    check(page)
    section = page.locator("#section-risks")
    section.get_by_label("Risks and mitigations").fill("Sensors removed: replace free of charge.")
    section.get_by_role("button", name="Save risks, mitigations and exit plan").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved.")
    check(page, "nojs-06-proposal-saved")
    proposal.refresh_from_db()
    assert proposal.risks == "Sensors removed: replace free of charge."


# What sticks out past a 360 px screen, menus and scrolling tables aside.
TOO_WIDE = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > 361)
    .filter(e => !e.closest('.table-wrap, details.menu'))
    .map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
    .slice(0, 8)"""


@pytest.mark.parametrize("path", ["/", "/matches/", "/compare/", "/challenges/", "/proposals/"])
def test_pages_fit_a_360_pixel_phone(pages, live_server, matched, path):
    challenge, solutions = matched
    context = pages.context(phone=True)
    sign_in(context, live_server, owner_of(challenge))
    page = pages.page(context)
    url = {
        "/matches/": f"/challenges/{challenge.pk}/matches/",
        "/compare/": f"/challenges/{challenge.pk}/matches/compare/"
        f"?compare={solutions[0].pk}&compare={solutions[1].pk}",
    }.get(path, path)

    page.goto(url)

    # Nothing but a table's own scrolling region may be wider than the screen.
    wide = page.evaluate(TOO_WIDE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, wide
    check(page, f"phone{path.replace('/', '-').rstrip('-')}")
    page.locator("details.mobile-menu > summary").click()
    expect(page.get_by_role("navigation", name="Main (small screens)")).to_be_visible()
    check(page)


def test_a_match_is_shortlisted_with_the_keyboard_alone(pages, live_server, matched):
    challenge, _ = matched
    context = pages.context()
    sign_in(context, live_server, owner_of(challenge))
    page = pages.page(context)
    page.goto(f"/challenges/{challenge.pk}/matches/")
    check(page)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["x"] >= 0, "the skip link shows when focused"
    name = page.locator("article.match-card h2").first.inner_text()
    shortlist = page.get_by_role("button", name=f"Shortlist {name}")
    for _ in range(80):
        page.keyboard.press("Tab")
        if shortlist.evaluate("button => button === document.activeElement"):
            break
    expect(shortlist).to_be_focused()
    outline = shortlist.evaluate(
        "b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth"
    )
    assert outline == "solid 3px", "focus is visible"
    page.keyboard.press("Enter")

    undo = page.get_by_role("button", name=f"Undo for {name}")
    expect(undo).to_be_focused()
    check(page)
    assert MatchFeedback.objects.get().verdict == Verdict.SHORTLIST
