"""The site navigation: which links a person sees, and which one is the page they are on."""

from dataclasses import dataclass

from django import template
from django.urls import reverse

from marketplace.organisations.models import OrganisationKind

register = template.Library()


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    current: bool


def _links(request) -> list[tuple[str, str]]:
    user = request.user
    membership = getattr(request, "membership", None)
    if membership is not None and membership.organisation.kind == OrganisationKind.PROGRAMME:
        # The programme team posts nothing and applies to nothing: staff links serve it.
        membership = None
    links = []
    if user.is_authenticated and (membership or user.is_staff):
        links.append(("Dashboard", reverse("frontend:home")))
    if membership:
        own = "challenges" if membership.organisation.is_housing_provider else "solutions"
        links.append((f"My {own}", reverse("frontend:mine")))
    links += [
        ("Challenges", reverse("frontend:challenges")),
        ("Solutions", reverse("frontend:solutions")),
    ]
    if membership or (user.is_authenticated and user.is_staff):
        links += [
            ("Interests", reverse("frontend:interests")),
            ("Proposals", reverse("frontend:proposals")),
        ]
    if membership:
        links.append(("Cohorts", reverse("frontend:member_cohorts")))
    return links


@register.simple_tag(takes_context=True)
def nav_links(context) -> list[NavLink]:
    """The main links; the longest one that prefixes the current path is the current page."""
    request = context["request"]
    links = _links(request)
    path = request.path
    home = reverse("frontend:home")
    matching = [url for _, url in links if url != home and path.startswith(url)]
    current = max(matching, key=len) if matching else (home if path == home else None)
    return [NavLink(label, url, url == current) for label, url in links]


STAFF_LINKS = (
    ("Programme dashboard", "frontend:dashboard"),
    ("Cohorts", "frontend:cohorts"),
    ("Demand insight", "frontend:insight"),
    ("Moderation", "frontend:moderation"),
    ("Verification", "frontend:verification"),
    ("Proposal review", "frontend:proposal_review"),
    ("Payments", "frontend:staff_payments"),
    ("Jobs", "frontend:jobs"),
    ("Audit log", "frontend:audit_log"),
    ("Admin", "admin:index"),
)


@register.simple_tag(takes_context=True)
def staff_links(context) -> list[NavLink]:
    path = context["request"].path
    links = [(label, reverse(name)) for label, name in STAFF_LINKS]
    return [NavLink(label, url, path.startswith(url)) for label, url in links]


@register.filter
def initials(name: str) -> str:
    """'Priya Shah' -> 'PS', for the avatar beside the account menu."""
    parts = [part for part in (name or "").split() if part[:1].isalpha()]
    return "".join(part[0] for part in parts[:2]).upper() or "?"
