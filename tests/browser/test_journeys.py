"""The three journeys people come for, end to end in Chromium on the live server.

Each page a journey reaches is checked with axe-core (no serious or critical violation) and
photographed at its key steps under artifacts/screenshots/. The matcher is the real one,
with an index directory of its own for each test.
"""

import re

import pytest
from playwright.sync_api import expect

from marketplace.catalogue.models import Challenge, MatchFeedback, Solution, Status, Verdict
from marketplace.cohorts.models import Cohort, PairingState
from marketplace.organisations.models import Organisation, OrganisationKind
from marketplace.proposals import services as proposals
from marketplace.proposals.models import ExpressionOfInterest, InterestStatus, ProposalStatus
from tests.browser import sector
from tests.browser.conftest import check, last_email_link, log_in, sign_in
from tests.conftest import PASSWORD, make_organisation
from tests.marketplace.proposals.support import COMPLETE
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db(transaction=True)

STAFF_TOTP = "LAUNCHPADTESTSTAFFTOTPSECRET2345"


@pytest.fixture(autouse=True)
def index_dir(taxonomy, settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def sign_up(page, *, name: str, email: str, shot: str) -> None:
    """Create an account through the real form and confirm the address from the e-mail."""
    page.goto("/")
    check(page, f"{shot}-01-landing")
    page.get_by_role("banner").get_by_role("button", name="Create an account").click()
    page.wait_for_url("**/accounts/signup/")
    check(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/accounts/confirm-email/")
    check(page, f"{shot}-02-verify-your-email")

    link = last_email_link(email, r"https?://\S+/accounts/confirm-email/\S+/")
    page.goto(re.sub(r"^https?://[^/]+", "", link))
    check(page)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/onboarding/")
    check(page, f"{shot}-03-onboarding")


def set_up_organisation(page, *, kind: str, name: str, number: str, size: dict, shot: str) -> None:
    page.get_by_role("button", name="Set up your organisation").click()
    check(page)
    page.get_by_label(kind).check()
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Website").fill(f"www.{name.lower().replace(' ', '')}.example")
    page.get_by_label("Registered number").fill(number)
    page.get_by_label("North East").check()
    for label, value in size.items():
        page.get_by_label(label).fill(value)
    page.get_by_role("button", name="Create organisation").click()
    expect(page.get_by_role("status").first).to_contain_text(f"{name} is on Launchpad")
    check(page, f"{shot}-04-organisation-created")


def guided_form(page, steps: list[dict], shot: str) -> None:
    """Fill each step of the guided form: labels to values (True ticks a box)."""
    for number, fields in enumerate(steps, start=1):
        expect(page.locator(".kicker").first).to_contain_text(f"Step {number} of {len(steps)}")
        for label, value in fields.items():
            field = page.get_by_label(re.compile(rf"^\s*{re.escape(label)}(\s+\(optional\))?\s*$"))
            if value is True:
                field.check()
            elif field.evaluate("e => e.tagName") == "SELECT":
                field.select_option(label=value)
            else:
                field.fill(value)
        check(page, f"{shot}-step-{number}")
        last = number == len(steps)
        page.get_by_role("button", name="Save and review" if last else "Save and continue").click()
        expect(page.get_by_role("status").first).to_contain_text("Draft saved.")


def staff_session(pages, staff_user, shot: str):
    page = pages.page()
    log_in(page, staff_user.email, PASSWORD, totp_secret=STAFF_TOTP)
    check(page, f"{shot}-staff-dashboard")
    return page


def main_nav(page):
    return page.get_by_role("navigation", name="Main", exact=True)


def programme(page, link: str) -> None:
    """Open a page from the staff's Programme menu."""
    main_nav(page).get_by_text("Programme", exact=True).click()
    main_nav(page).get_by_role("link", name=link, exact=True).click()


def publish_from_the_queue(page, title: str, shot: str) -> None:
    programme(page, "Moderation")
    check(page, shot)
    page.get_by_role("button", name=f"Publish “{title}”").click()
    expect(page.get_by_role("status").first).to_contain_text("Published.")
    check(page)


CHALLENGE_STEPS = [
    {
        "Title": "Finding condensation and mould in our 1970s flats before residents report it",
        "Summary": (
            "Our 1970s low-rise flats run wet every winter. Mould is usually reported once it is "
            "already on bedroom walls. We want to know which homes are at risk early, so that "
            "surveyors visit, fix ventilation and advise residents before anyone suffers."
        ),
        "Damp, mould and condensation": True,
        "North East": True,
    },
    {
        "Problem statement": (
            "About 2,400 of our homes are 1970s flats with cold bridging and weak extract fans. "
            "Last winter we logged 800 damp and mould reports from them. Most come in late, "
            "once black mould is visible, and we have to act within Awaab's Law timescales."
        ),
        "Desired outcomes": (
            "Know which homes have sustained high humidity before mould is reported. "
            "Cut mould reports in pilot homes by a quarter against a matched control group."
        ),
        "Homes affected": "2400",
        "Residents affected": "5200",
        "Current approach and what failed": (
            "Residents report mould to the contact centre and a surveyor visits weeks later. "
            "Plug-in hygrometers we tried were unplugged or lost within months."
        ),
    },
    {
        "Systems it must work with": "NEC Housing for repairs; data must stay in the UK.",
        "Procurement route": "Direct award (below threshold)",
    },
    {
        "Budget from (£)": "20000",
        "Budget up to (£)": "80000",
        "Pilot length in weeks": "26",
    },
]


def test_a_provider_signs_up_posts_a_challenge_and_invites_a_supplier_from_its_matches(
    pages, staff_user, django_capture_on_commit_callbacks
):
    catalogue = sector.catalogue_of_solutions()
    provider = pages.page()

    sign_up(provider, name="Amara Okafor", email="amara@northfield.example", shot="provider")
    set_up_organisation(
        provider,
        kind="Housing provider (housing association or council)",
        name="Northfield Homes",
        number="L9911",
        size={"Homes managed": "9500"},
        shot="provider",
    )
    main_nav(provider).get_by_role("link", name="Dashboard").click()
    check(provider, "provider-05-empty-dashboard")

    provider.get_by_role("button", name="Post a challenge").first.click()
    guided_form(provider, CHALLENGE_STEPS, shot="provider-06-challenge")
    provider.get_by_role("button", name="Submit for moderation").click()
    expect(provider.get_by_role("status").first).to_contain_text("Submitted.")
    check(provider, "provider-07-challenge-submitted")
    challenge = Challenge.objects.get(organisation__name="Northfield Homes")
    assert challenge.status == Status.SUBMITTED

    staff = staff_session(pages, staff_user, "provider-08")
    publish_from_the_queue(staff, challenge.title, "provider-09-moderation-queue")
    challenge.refresh_from_db()
    assert challenge.status == Status.PUBLISHED

    provider.reload()
    check(provider)
    provider.get_by_role("button", name="See matching solutions").click()
    provider.wait_for_url(f"**/challenges/{challenge.pk}/matches/")
    cards = provider.locator("article.match-card")
    expect(cards).to_have_count(len(catalogue))
    first = cards.first
    names = [card.locator("h2").inner_text() for card in cards.all()]
    # The damp and mould solutions lead; fire-door inspections and rent arrears trail.
    assert set(names[:3]) <= set(sector.DAMP_SOLUTIONS), names
    assert {"SafeDoor Inspect App", "RentPath Early Warning"} <= set(names[-3:]), names
    expect(first.get_by_role("heading", name="Shared themes")).to_be_visible()
    expect(first.locator(".agreement mark").first).to_be_visible()
    check(provider, "provider-10-ranked-matches")

    # Filters apply in place: the page does not reload, the list narrows.
    provider.evaluate("window.notReloaded = true")
    provider.locator(".filters-panel summary", has_text="Theme").click()
    provider.get_by_label("Energy, retrofit and net zero").check()
    expect(provider.locator("#match-count")).to_contain_text("with these filters")
    assert provider.evaluate("window.notReloaded") is True
    narrowed = provider.locator("article.match-card").count()
    assert 0 < narrowed < len(catalogue)
    check(provider, "provider-11-filtered-matches")
    provider.get_by_label("Energy, retrofit and net zero").uncheck()
    expect(provider.locator("article.match-card")).to_have_count(len(catalogue))
    check(provider)

    # Shortlist in place.
    first = provider.locator("article.match-card").first
    chosen = first.locator("h2").inner_text()
    first.get_by_role("button", name=f"Shortlist {chosen}").click()
    expect(first.get_by_text("Shortlisted.")).to_be_visible()
    expect(first.get_by_role("button", name=f"Undo for {chosen}")).to_be_focused()
    assert provider.evaluate("window.notReloaded") is True
    feedback = MatchFeedback.objects.get()
    assert (feedback.solution.name, feedback.verdict) == (chosen, Verdict.SHORTLIST)
    check(provider, "provider-12-shortlisted")

    # Compare the top two side by side.
    for card in provider.locator("article.match-card").all()[:2]:
        card.get_by_role("checkbox", name=re.compile("Compare")).check()
    provider.get_by_role("button", name="Compare side by side").click()
    provider.wait_for_url("**/matches/compare/?*")
    expect(provider.locator("table.compare-table th[scope=col]")).to_have_count(2)
    check(provider, "provider-13-compare")
    provider.go_back()
    check(provider)
    provider.evaluate("window.notReloaded = true")

    # Invite the shortlisted supplier in place.
    first = provider.locator("article.match-card").first
    supplier = Solution.objects.get(name=chosen).organisation.name
    first.get_by_text(f"Invite {supplier} to pilot").click()
    first.get_by_label(f"Your message to {supplier}").fill(
        "Your sensors look right for our 1970s flats. Would you pilot them in 200 homes?"
    )
    first.get_by_role("button", name="Send invitation").click()
    expect(first.get_by_role("status").last).to_contain_text(f"Invitation sent to {supplier}")
    assert provider.evaluate("window.notReloaded") is True
    interest = ExpressionOfInterest.objects.get()
    assert (interest.challenge, interest.solution.name, interest.status) == (
        challenge,
        chosen,
        InterestStatus.OPEN,
    )
    check(provider, "provider-14-invitation-sent")

    provider.get_by_role("link", name="Open the conversation").first.click()
    check(provider, "provider-15-invitation")


SOLUTION_STEPS = [
    {
        "Name": "AirWatch humidity sensors",
        "Summary": (
            "Small battery sensors that measure humidity and temperature in every room and warn "
            "the repairs team when a home is at risk of condensation and mould."
        ),
        "Damp, mould and condensation": True,
        "North East": True,
    },
    {
        "Description": (
            "Sensors report every 15 minutes over a low-power radio network, with no need for "
            "residents' Wi-Fi. A weekly list tells surveyors which cross-wall homes have run "
            "wet for days in a row, before black mould appears on bedroom walls."
        ),
        "Maturity": "Deployed with housing providers",
        "Pricing model": "Per home per year",
        "Indicative price (£)": "24",
        "Deployments with housing providers": "6",
    },
    {
        "Evidence": "A 300-home pilot cut mould reports by 31% against a matched control group.",
        "Cyber Essentials Plus": True,
        "Housing management systems it integrates with": "NEC Housing, MRI Housing",
    },
    {
        "Processes personal data": True,
        "Where data is hosted": "United Kingdom",
        "DPIA available": True,
    },
]


def test_a_supplier_signs_up_posts_a_solution_accepts_an_invitation_and_signs_off(
    pages, staff_user, live_server
):
    challenge = sector.publish_challenge()
    sector.catalogue_of_solutions(sector.OFF_THEME_SOLUTIONS)
    supplier = pages.page()

    sign_up(supplier, name="Tom Reyes", email="tom@airwatch.example", shot="supplier")
    set_up_organisation(
        supplier,
        kind="Technology supplier",
        name="AirWatch",
        number="12345678",
        size={"Employees": "14"},
        shot="supplier",
    )
    main_nav(supplier).get_by_role("link", name="Dashboard").click()
    check(supplier, "supplier-04b-empty-dashboard")
    supplier.get_by_role("button", name="Post a solution").first.click()
    guided_form(supplier, SOLUTION_STEPS, shot="supplier-05-solution")
    supplier.get_by_role("button", name="Submit for moderation").click()
    expect(supplier.get_by_role("status").first).to_contain_text("Submitted.")
    check(supplier, "supplier-06-solution-submitted")
    solution = Solution.objects.get(organisation__name="AirWatch")

    staff = staff_session(pages, staff_user, "supplier-07")
    publish_from_the_queue(staff, solution.title, "supplier-08-moderation-queue")

    main_nav(supplier).get_by_role("link", name="Dashboard").click()
    expect(supplier.get_by_role("link", name=challenge.title)).to_be_visible()
    check(supplier, "supplier-09-dashboard-with-matches")
    supplier.get_by_role("link", name="My solutions").click()
    check(supplier, "supplier-09b-my-solutions")
    supplier.get_by_role("link", name=f"See matches for {solution.title}").click()
    cards = supplier.locator("article.match-card")
    expect(cards.first.locator("h2")).to_have_text(challenge.title)
    check(supplier, "supplier-10-challenges-for-my-solution")

    # The provider invites AirWatch; the supplier sees it waiting and accepts.
    provider_admin = challenge.organisation.memberships.get().user
    solution.refresh_from_db()
    proposals.interest_invite(
        user=provider_admin,
        challenge=challenge,
        solution=solution,
        pitch="Your sensors fit our cross-wall homes. Pilot them with us?",
    )
    main_nav(supplier).get_by_role("link", name="Dashboard").click()
    waiting = supplier.get_by_role("region", name="Waiting for your answer")
    expect(waiting.get_by_role("link", name=solution.title)).to_be_visible()
    check(supplier, "supplier-11-invitation-waiting")
    waiting.get_by_role("link", name=solution.title).click()
    check(supplier, "supplier-12-invitation")
    supplier.get_by_role("button", name="Accept and start a proposal").click()
    supplier.wait_for_url("**/proposals/*/")
    check(supplier, "supplier-13-proposal")
    proposal = ExpressionOfInterest.objects.get().proposal

    # Co-writing: the supplier writes the objectives, the provider the scope; each save is
    # in place and both see the other's work.
    overview = supplier.locator("#section-overview")
    overview.get_by_label("Objectives").fill(
        "Show that hourly humidity readings find damp a month earlier than reports."
    )
    overview.get_by_role("button", name="Save overview and objectives").click()
    expect(supplier.locator("#section-overview").get_by_role("status")).to_have_text("Saved.")
    check(supplier)

    provider = pages.page()
    sign_in(provider.context, live_server, provider_admin)
    provider.goto(f"/proposals/{proposal.pk}/")
    expect(provider.locator("#section-overview").get_by_label("Objectives")).to_have_value(
        re.compile("a month earlier")
    )
    scope = provider.locator("#section-scope")
    scope.get_by_label("Homes in scope").fill("200")
    scope.get_by_role("button", name="Save scope and cost").click()
    expect(provider.locator("#section-scope").get_by_role("status")).to_have_text("Saved.")
    check(provider, "supplier-14-provider-co-writes")

    supplier.reload()
    expect(supplier.locator("#section-scope").get_by_label("Homes in scope")).to_have_value("200")
    supplier.get_by_role("button", name="Sign off for AirWatch").click()
    expect(supplier.get_by_role("status").first).to_contain_text("Signed off")
    expect(supplier.locator(".sign-offs")).to_contain_text("AirWatch: signed off by Tom Reyes")
    check(supplier, "supplier-15-signed-off")
    proposal.refresh_from_db()
    assert proposal.supplier_signed_off_by.email == "tom@airwatch.example"
    assert proposal.status == ProposalStatus.DRAFT


def submitted_proposal(challenge, solution, staff_user) -> None:
    """A proposal both sides wrote, signed off and submitted, waiting for programme staff."""
    provider_admin = challenge.organisation.memberships.get().user
    supplier_admin = solution.organisation.memberships.get().user
    interest = proposals.interest_express(
        user=supplier_admin,
        challenge=challenge,
        solution=solution,
        pitch="Our risk scores found the worst homes first in Sheffield.",
    )
    proposal = proposals.interest_accept(user=provider_admin, interest=interest)
    proposal = proposals.proposal_update(
        user=supplier_admin, proposal=proposal, version=proposal.version, **COMPLETE
    )
    for signer in (provider_admin, supplier_admin):
        proposal = proposals.proposal_sign_off(
            user=signer, proposal=proposal, version=proposal.version
        )
    return proposals.proposal_submit(
        user=provider_admin, proposal=proposal, version=proposal.version
    )


def test_staff_verify_run_a_cohort_approve_a_proposal_and_export_the_funnel(
    pages, staff_user, tmp_path
):
    damp = sector.publish_challenge()
    awaab = sector.publish_challenge("Meeting Awaab's Law timescales for damp and mould reports")
    sensor, risk, pathway, monitor, *_ = sector.catalogue_of_solutions(sector.DAMP_SOLUTIONS)
    proposal = submitted_proposal(awaab, risk, staff_user)
    newcomers = [
        make_organisation("Northfield Homes", OrganisationKind.HOUSING_PROVIDER, "L9911"),
        make_organisation("AirWatch", OrganisationKind.SUPPLIER, "12345678"),
    ]

    staff = staff_session(pages, staff_user, "staff-01")

    # Verify the organisations that signed up.
    programme(staff, "Verification")
    check(staff, "staff-02-verification-queue")
    for organisation in newcomers:
        staff.get_by_role("button", name=f"Verify {organisation.name}").click()
        expect(staff.get_by_role("status").first).to_contain_text(
            f"{organisation.name} is verified."
        )
        check(staff)
    assert Organisation.objects.filter(is_verified=False).exclude(kind="programme").count() == 0
    check(staff, "staff-03-verification-done")

    # A cohort with two challenges and three suppliers.
    programme(staff, "Cohorts")
    check(staff, "staff-04-cohorts")
    form = staff.locator("#new-cohort")
    form.get_by_label("Name", exact=True).fill("Damp and mould 2027")
    form.get_by_label("Damp, mould and condensation").check()
    form.get_by_label("Stage").select_option(label="Matching")
    form.get_by_label("Max pilots per supplier").fill("1")
    form.get_by_label("Max suppliers per challenge").fill("1")
    # Five solutions in all: against so few no score stands out (docs/benchmarks.md, "Small
    # catalogues"), so this cohort takes every pairing the limits allow.
    form.get_by_label("Min pairing score").fill("0")
    form.get_by_role("button", name="Create cohort").click()
    expect(staff.get_by_role("status").first).to_contain_text("Damp and mould 2027 created.")
    check(staff)
    for challenge in (damp, awaab):
        staff.get_by_label("Challenge", exact=True).select_option(label=challenge.title)
        staff.get_by_role("button", name="Add challenge").click()
        check(staff)
    for solution in (sensor, pathway, monitor):
        staff.get_by_label("Supplier", exact=True).select_option(label=solution.organisation.name)
        staff.get_by_role("button", name="Invite supplier").click()
        check(staff)
        staff.get_by_role("button", name=f"Accept {solution.organisation.name}").click()
        check(staff)
    cohort = Cohort.objects.get()
    assert cohort.entries.count() == 2
    assert cohort.suppliers.count() == 3
    check(staff, "staff-05-cohort")

    # Matchmaking: scoring and the optimiser run as jobs whose progress the page follows.
    staff.get_by_role("button", name="Matchmaking").click()
    check(staff)
    staff.get_by_role("button", name="Score with the matcher").click()
    staff.wait_for_url("**/staff/jobs/*/")
    expect(staff.get_by_role("status").first).to_contain_text("Scores computed for 8 pairings.")
    check(staff, "staff-06-scoring-job")
    staff.get_by_role("button", name="See the result").click()
    check(staff)
    staff.get_by_role("button", name="Run the optimiser").click()
    staff.wait_for_url("**/staff/jobs/*/")
    expect(staff.get_by_role("status").first).to_contain_text("The optimiser suggests 2 pairings")
    check(staff, "staff-07-optimiser-job")
    staff.get_by_role("button", name="See the result").click()
    check(staff, "staff-08-optimised-matrix")
    staff.get_by_role("button", name="Confirm and invite both sides").click()
    expect(staff.get_by_role("status").first).to_contain_text("2 pairings confirmed")
    check(staff, "staff-09-pairings-confirmed")
    assert cohort.pairings.filter(state=PairingState.CONFIRMED).count() == 2
    assert ExpressionOfInterest.objects.filter(direction="programme_pairing").count() == 2

    # Approve the proposal waiting for review.
    programme(staff, "Proposal review")
    check(staff, "staff-10-proposal-review")
    review = staff.get_by_role("article").filter(has_text=proposal.title)
    review.get_by_label("Reason").first.fill("A clear plan with a control group. Approved.")
    review.get_by_role("button", name="Approve").click()
    expect(staff.get_by_role("status").first).to_contain_text("Approved.")
    check(staff, "staff-11-proposal-approved")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.APPROVED

    # The funnel, on the page and as CSV.
    programme(staff, "Programme dashboard")
    check(staff, "staff-12-programme-dashboard")
    with staff.expect_download() as download:
        staff.get_by_role("link", name=re.compile(r"Download CSV\W+funnel")).click()
    path = tmp_path / "funnel.csv"
    download.value.save_as(path)
    rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Step,Count"
    assert rows[1:3] == ["Challenges posted,2", "Challenges published,2"]
    assert rows[-2] == "Pilot proposals approved,1"
