"""Hard constraints: what a challenge rules out, what a solution needs or offers, and breaches.

A challenge's needs and a solution's offers are sets of tokens, "<dimension>:<value>"
(`wifi:none`, `system:civica-cx`), stored on each side's Facts. They come from the
structured fields people tick and from a rule-based reader of the free text, so texts
written without those fields (imports, the benchmark sets) still carry them.

The reader is conservative by design: a breach shown on a card that isn't true costs a
provider a good supplier, while a missed one costs a minute's reading. Each rule needs
plain words for the fact ("cannot rely on residents' Wi-Fi", "no mobile signal"), and a
solution breaks a constraint only by what it says it needs, never by what it leaves out.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from matching.contracts import Facts, challenge_and_solution

# -- the tokens ------------------------------------------------------------------------------

NO_RESIDENT_WIFI = "wifi:none"  # challenge: residents' Wi-Fi or broadband cannot be relied on
NEEDS_RESIDENT_WIFI = "wifi:needed"  # solution
WITHOUT_RESIDENT_WIFI = "wifi:not-needed"  # solution
NO_MAINS_POWER = "power:none"
NEEDS_MAINS_POWER = "power:needed"
WITHOUT_MAINS_POWER = "power:not-needed"
NO_MOBILE_SIGNAL = "signal:none"
NEEDS_MOBILE_SIGNAL = "signal:needed"
WORKS_OFFLINE = "signal:offline"
DATA_IN_UK = "hosting:uk"  # challenge: must stay in the UK; solution: hosted in the UK
DATA_OUTSIDE_UK = "hosting:outside-uk"
ACCESSIBILITY = "accessibility:required"
ACCESSIBLE = "accessibility:met"
NOT_ACCESSIBLE = "accessibility:not-met"
# A solution that says which systems it links to (or which languages it comes in): only
# then does a missing one count against it.
LISTS_SYSTEMS = "system:listed"
LISTS_LANGUAGES = "language:listed"


def system(slug: str) -> str:
    return f"system:{slug}"


def language(name: str) -> str:
    return f"language:{name.strip().lower()}"


WELSH = language("Welsh")


@dataclass(frozen=True)
class System:
    name: str
    role: str  # what the provider calls it: "housing system", "asset system"
    pattern: re.Pattern


def _named(pattern: str) -> re.Pattern:
    # Product names are matched as written (capitalised), so "apex" or "keystone" in
    # ordinary prose is not read as a system.
    return re.compile(rf"\b(?:{pattern})\b")


# The housing management and asset systems a provider may require, by slug. The catalogue's
# HousingSystem choices use the same slugs (a test holds the two lists equal).
SYSTEMS = {
    "nec-housing": System("NEC Housing", "housing system", _named(r"NEC Housing|Northgate")),
    "civica-cx": System("Civica CX", "housing system", _named(r"Civica CX")),
    "mri-housing": System("MRI Housing", "housing system", _named(r"MRI Housing")),
    "aareon-ql": System("Aareon QL", "housing system", _named(r"Aareon QL")),
    "orchard-housing": System("Orchard Housing", "housing system", _named(r"Orchard Housing")),
    "capita-openhousing": System(
        "Capita OpenHousing", "housing system", _named(r"(?:Capita )?Open ?Housing")
    ),
    "keystone": System("Keystone", "asset system", _named(r"Keystone")),
    "apex": System("Apex", "asset system", _named(r"Apex")),
    "orchard-asset-management": System(
        "Orchard Asset Management", "asset system", _named(r"Orchard [Aa]sset [Mm]anagement")
    ),
}


# -- reading text ----------------------------------------------------------------------------

_WIFI = r"(?:wi-?fi|broadband|internet)"
_OWNER = r"(?:(?:the |their |a )?(?:residents?'?s?|tenants?'?s?|home'?s?|household'?s?)\s+)?"
_MODAL = re.compile(
    r"\b(?:must|has to|have to|needs? to|will need to|required to|is required to)\b", re.I
)
_NEGATED_MODAL = re.compile(r"\b(?:must not|mustn't|need not|needn't|does not need to)\b", re.I)
# Verbs of data going between the two systems: "jobs must go into", "must link to".
_LINKING = re.compile(
    r"\b(?:go(?:es)? into|feed|link|integrate|interface|connect|sit|recorded|logged|raised?"
    r"|attach(?:ed)?|load(?:ed|able)?|flow|read|write|take|create|send|sync|export|import"
    r"|work with)\b",
    re.I,
)

_NEEDS_RULES: tuple[tuple[str, re.Pattern], ...] = (
    (
        NO_RESIDENT_WIFI,
        re.compile(
            rf"\b(?:cannot|can't|can ?not|must not|won't|will not|do not|don't) (?:rely|depend)"
            rf" on {_OWNER}(?:own )?{_WIFI}"
            rf"|\bnothing (?:that|which) (?:relies|depends) on {_OWNER}{_WIFI}"
            rf"|\b(?:without|no|lack) {_OWNER}(?:home )?{_WIFI}\b",
            re.I,
        ),
    ),
    (
        NO_MAINS_POWER,
        re.compile(
            r"\b(?:no|without)(?: access to)? (?:a )?(?:mains(?: power| electricity)?"
            r"|power sockets?|electrical sockets?)\b"
            r"|\b(?:cannot|can't|must not) (?:use|rely on) (?:the )?(?:mains|sockets?)\b"
            r"|\bmust (?:run on|be) batter(?:y|ies)(?:[- ]powered)?\b",
            re.I,
        ),
    ),
    (
        NO_MOBILE_SIGNAL,
        re.compile(
            r"\bno (?:mobile |phone |4g |cellular )?(?:signal|coverage|reception)\b"
            r"|\b(?:poor|patchy|weak) (?:mobile |phone )?(?:signal|coverage|reception)\b"
            r"|\bout of (?:mobile )?(?:signal|range)\b"
            r"|\bworks? offline\b",
            re.I,
        ),
    ),
    (
        WELSH,
        re.compile(
            r"\bin Welsh\b(?!\s+[a-z])|\bin (?:Welsh and English|English and Welsh)\b"
            r"|\bWelsh[- ][Ll]anguage\b|\bbilingual(?:ly)?\b[^.;]{0,40}\bWelsh\b"
        ),
    ),
    (
        DATA_IN_UK,
        re.compile(
            r"\b(?:UK|United Kingdom)[- ]hosted\b|\b(?:UK|United Kingdom) hosting\b"
            r"|\b(?:data|hosting|hosted|stored|kept|held|stay|stays|remain|remains|servers?)\b"
            r"[^.;]{0,30}\bin the (?:UK|United Kingdom)\b"
            r"|\bleaves? the (?:UK|United Kingdom)\b"
        ),
    ),
    (ACCESSIBILITY, re.compile(r"\bWCAG\b|\baccessibility (?:standard|regulations)", re.I)),
)
# "UK or EEA hosting is acceptable" asks for no more than European hosting.
_NOT_ONLY_UK = re.compile(r"\b(?:EEA|EU|European|Europe)\b")


def read_needs(text: str) -> frozenset[str]:
    """The hard constraints a challenge's text states, e.g. "jobs must go into Civica CX"."""
    found: set[str] = set()
    for clause in _clauses(text):
        here = {token for token, pattern in _NEEDS_RULES if pattern.search(clause)}
        if _NOT_ONLY_UK.search(clause):
            here.discard(DATA_IN_UK)
        if _MODAL.search(clause) and not _NEGATED_MODAL.search(clause) and _LINKING.search(clause):
            here |= {system(slug) for slug in _systems_named(clause)}
        found |= here
    return frozenset(found)


_INTEGRATIONS_LINE = re.compile(r"^\s*Integrations:\s*(.*)$", re.M)
_NEGATION = re.compile(
    r"\b(?:no need|needs? no|without|not needed|not required|do not need|does not need"
    r"|don't need|doesn't need|do not depend|does not depend|not depend|independent of"
    r"|no)\b",
    re.I,
)
_WIFI_WORD = re.compile(rf"\b{_WIFI}\b", re.I)
_USES_WIFI = re.compile(
    rf"\b(?:connects?|connected|connecting) (?:to|via|over|through) {_OWNER}(?:own )?"
    rf"(?:{_WIFI}|router)"
    rf"|\b(?:uses?|needs?|requires?|relies on|depends on) (?:a |an |the )?{_OWNER}(?:own )?"
    rf"{_WIFI}\b"
    rf"|\bover {_OWNER}{_WIFI}\b",
    re.I,
)
_CELLULAR = re.compile(
    r"\b(?:built-in|its own|own) (?:mobile|cellular|4G|SIM)\b|\bcellular\b|\bSIM-based\b", re.I
)
_MAINS = re.compile(
    r"\bmains[- ]powered\b|\b(?:runs?|powered) (?:on|from|by) (?:the )?mains\b"
    r"|\b(?:needs?|requires?) (?:a )?(?:mains|power socket|plug socket)\b"
    r"|\bplugs? into (?:a |the )?(?:mains|socket|wall socket|power socket)\b",
    re.I,
)
_BATTERY = re.compile(
    r"\bbattery[- ](?:powered|operated)\b"
    r"|\bruns? (?:for [\w ]{1,30} )?on (?:a |its )?(?:single )?(?:AA )?batter(?:y|ies)\b",
    re.I,
)
_BATTERY_BACKUP = re.compile(r"\bbattery back-?up\b", re.I)
_OFFLINE = re.compile(
    r"\bworks? offline\b|\b(?:even )?(?:in [\w ,]{1,40} )?with no signal\b"
    r"|\buntil (?:the )?signal returns\b",
    re.I,
)
_NEEDS_SIGNAL = re.compile(
    r"\b(?:needs?|requires?|relies on|depends on) (?:a )?(?:good |reliable |constant )?"
    r"(?:mobile|4G|5G|cellular) (?:signal|coverage|data)\b",
    re.I,
)
_WELSH_OFFERED = re.compile(r"\bWelsh\b")
_WELSH_NOT_OFFERED = re.compile(r"\bnot (?:yet )?(?:available )?in Welsh\b", re.I)
_WCAG = re.compile(r"\bWCAG\s*2(?:\.\d)?\s*(?:level )?AA?\b")
_HOSTED_UK = re.compile(
    r"\b(?:hosted|stored|held|servers?|data centres?)\b[^.;]{0,30}"
    r"\b(?:in the (?:UK|United Kingdom)|UK)\b"
    r"|\bUK(?:-based)? (?:servers?|data cent(?:re|er)s?|hosting)\b"
)
_HOSTED_ABROAD = re.compile(
    r"\bhosted (?:in|on) (?:the )?(?:EU|EEA|European Union|Europe|Ireland|US|USA|United States)\b"
)


def read_offers(text: str) -> frozenset[str]:
    """What a solution's text says it needs and offers, e.g. "no need for residents' Wi-Fi".

    Where a text says both (Wi-Fi, or a built-in SIM where there is none), the claim that
    it can do without wins: that reading never shows a breach that isn't there.
    """
    found: set[str] = set()
    for clause in _clauses(text):
        if _WIFI_WORD.search(clause):
            if _NEGATION.search(clause):
                found.add(WITHOUT_RESIDENT_WIFI)
            elif _USES_WIFI.search(clause):
                found.add(NEEDS_RESIDENT_WIFI)
        if _CELLULAR.search(clause):
            found.add(WITHOUT_RESIDENT_WIFI)
        if _MAINS.search(clause):
            found.add(NEEDS_MAINS_POWER)
        if _BATTERY.search(clause) and not _BATTERY_BACKUP.search(clause):
            found.add(WITHOUT_MAINS_POWER)
        if _OFFLINE.search(clause):
            found.add(WORKS_OFFLINE)
        elif _NEEDS_SIGNAL.search(clause) and not _NEGATION.search(clause):
            found.add(NEEDS_MOBILE_SIGNAL)
        if _WELSH_OFFERED.search(clause) and not _WELSH_NOT_OFFERED.search(clause):
            found.add(WELSH)
        if _WCAG.search(clause) and not _NEGATION.search(clause):
            found.add(ACCESSIBLE)
        if _HOSTED_ABROAD.search(clause):
            found.add(DATA_OUTSIDE_UK)
        elif _HOSTED_UK.search(clause):
            found.add(DATA_IN_UK)
    found |= read_integrations(" ".join(_INTEGRATIONS_LINE.findall(text)))
    # A system named anywhere in its text counts as linked: at worst a missed breach.
    found |= {system(slug) for slug in _systems_named(text)}
    return _settled(found)


def read_integrations(listed: str) -> frozenset[str]:
    """A solution's list of integrations: the systems known here, and that it gave a list."""
    if not listed.strip():
        return frozenset()
    return frozenset({LISTS_SYSTEMS, *(system(slug) for slug in _systems_named(listed))})


def read_languages(listed: str) -> frozenset[str]:
    """A list of languages ("English, Welsh and Polish"), and that one was given."""
    names = [name for name in re.split(r",|;|/|\band\b", listed) if name.strip()]
    if not names:
        return frozenset()
    return frozenset({LISTS_LANGUAGES, *(language(name) for name in names)})


def _settled(found: set[str]) -> frozenset[str]:
    """Each claim that it can do without beats one that it needs."""
    for needs, without in (
        (NEEDS_RESIDENT_WIFI, WITHOUT_RESIDENT_WIFI),
        (NEEDS_MAINS_POWER, WITHOUT_MAINS_POWER),
        (NEEDS_MOBILE_SIGNAL, WORKS_OFFLINE),
        (DATA_OUTSIDE_UK, DATA_IN_UK),
    ):
        if needs in found and without in found:
            found.discard(needs)
            if needs == DATA_OUTSIDE_UK:  # hosting both here and abroad: unknown
                found.discard(without)
    return frozenset(found)


def _clauses(text: str) -> list[str]:
    """Sentences, bullet lines and the parts of a sentence between semicolons."""
    parts = re.split(r"(?<=[.!?])\s+|\n+|;", text or "")
    return [part.strip() for part in parts if part.strip()]


def _systems_named(text: str) -> list[str]:
    return [slug for slug, known in SYSTEMS.items() if known.pattern.search(text)]


# -- structured fields and text together -----------------------------------------------------


def _dimension(token: str) -> str:
    return token.split(":", 1)[0]


def merged(stated: Iterable[str], read: Iterable[str]) -> frozenset[str]:
    """The structured fields' tokens, and the reader's on any dimension they leave unsaid.

    Systems add up instead: a system named in the text is linked whatever the list says.
    """
    stated = frozenset(stated)
    said = {_dimension(token) for token in stated} - {"system"}
    return stated | {token for token in read if _dimension(token) not in said}


def challenge_needs(
    text: str,
    *,
    no_resident_wifi: bool = False,
    no_mains_power: bool = False,
    no_mobile_signal: bool = False,
    housing_system: str = "",
    requires_welsh: bool = False,
    requires_uk_data: bool = False,
    requires_accessibility: bool = False,
) -> frozenset[str]:
    """A challenge's needs: what the provider ticked, and what its text states besides.

    A chosen housing system replaces any the text names; an unticked box says nothing
    (the form cannot tell "no" from "not thought about"), so the text still counts.
    """
    ticked = {
        NO_RESIDENT_WIFI: no_resident_wifi,
        NO_MAINS_POWER: no_mains_power,
        NO_MOBILE_SIGNAL: no_mobile_signal,
        WELSH: requires_welsh,
        DATA_IN_UK: requires_uk_data,
        ACCESSIBILITY: requires_accessibility,
    }
    stated = {token for token, on in ticked.items() if on}
    read = read_needs(text)
    if housing_system:
        read = frozenset(token for token in read if _dimension(token) != "system")
        stated.add(system(housing_system))
    return frozenset(stated) | read


def solution_offers(
    text: str,
    *,
    integrations: str = "",
    languages: str = "",
    data_hosting: str = "",
    needs_resident_wifi: bool | None = None,
    needs_mains_power: bool | None = None,
    needs_mobile_signal: bool | None = None,
    works_offline: bool = False,
    meets_accessibility_standard: bool | None = None,
) -> frozenset[str]:
    """A solution's offers: its structured answers, and its text where they say nothing.

    None is "not stated". Hosting is read from `data_hosting` ("uk", another place, or
    "" for none given).
    """
    stated: set[str] = set(read_integrations(integrations) | read_languages(languages))
    for answer, yes, no in (
        (needs_resident_wifi, NEEDS_RESIDENT_WIFI, WITHOUT_RESIDENT_WIFI),
        (needs_mains_power, NEEDS_MAINS_POWER, WITHOUT_MAINS_POWER),
        (needs_mobile_signal, NEEDS_MOBILE_SIGNAL, WORKS_OFFLINE),
        (meets_accessibility_standard, ACCESSIBLE, NOT_ACCESSIBLE),
    ):
        if answer is not None:
            stated.add(yes if answer else no)
    if works_offline:
        stated = (stated - {NEEDS_MOBILE_SIGNAL}) | {WORKS_OFFLINE}
    if data_hosting:
        stated.add(DATA_IN_UK if data_hosting == "uk" else DATA_OUTSIDE_UK)
    return merged(stated, read_offers(text))


# -- breaches and what is met ----------------------------------------------------------------

# Each rule: the challenge's need, what breaks it, what (also offered) excuses it, and what
# the provider reads on the card. "you" is the provider; staff and suppliers read
# "the provider".
_CONNECTIVITY = (
    (NO_RESIDENT_WIFI, NEEDS_RESIDENT_WIFI, WITHOUT_RESIDENT_WIFI, "Needs residents' Wi-Fi"),
    (NO_MAINS_POWER, NEEDS_MAINS_POWER, WITHOUT_MAINS_POWER, "Needs mains power"),
    (NO_MOBILE_SIGNAL, NEEDS_MOBILE_SIGNAL, WORKS_OFFLINE, "Needs a mobile signal"),
)
_MET = (
    (NO_RESIDENT_WIFI, WITHOUT_RESIDENT_WIFI, "Works without residents' Wi-Fi"),
    (NO_MOBILE_SIGNAL, WORKS_OFFLINE, "Works offline where there is no signal"),
    (DATA_IN_UK, DATA_IN_UK, "Data hosted in the UK"),
    (ACCESSIBILITY, ACCESSIBLE, "Meets the WCAG 2.2 AA accessibility standard"),
)


def breaches(challenge: Facts, solution: Facts, *, reader: str = "provider") -> tuple[str, ...]:
    """The challenge's hard constraints that the solution says it breaks, as sentences.

    Either order of arguments works (the facts say which side is which). `reader` is who
    reads them: "provider" ("you said"), or anyone else ("the provider said").
    """
    challenge, solution = challenge_and_solution(challenge, solution)
    needs, offers = challenge.needs, solution.offers
    said, yours = ("you", "your") if reader == "provider" else ("the provider", "the provider's")
    found = [
        f"{needed} — {said} said that won't work"
        for need, breaking, excusing, needed in _CONNECTIVITY
        if need in needs and breaking in offers and excusing not in offers
    ]
    if LISTS_SYSTEMS in offers:
        for slug in _needed(needs, "system"):
            if slug in SYSTEMS and system(slug) not in offers:
                found.append(f"No link to {SYSTEMS[slug].name}, {yours} {SYSTEMS[slug].role}")
    if LISTS_LANGUAGES in offers:
        for name in _needed(needs, "language"):
            if language(name) not in offers:
                found.append(f"Not available in {name.title()}")
    if DATA_IN_UK in needs and DATA_OUTSIDE_UK in offers:
        found.append("Data hosted outside the UK")
    if ACCESSIBILITY in needs and NOT_ACCESSIBLE in offers:
        found.append(f"Does not meet the accessibility standard {said} asked for")
    return tuple(found)


def meets(challenge: Facts, solution: Facts) -> tuple[str, ...]:
    """The challenge's hard constraints that the solution says it meets, as sentences."""
    challenge, solution = challenge_and_solution(challenge, solution)
    needs, offers = challenge.needs, solution.offers
    found = [sentence for need, meeting, sentence in _MET if need in needs and meeting in offers]
    for slug in _needed(needs, "system"):
        if slug in SYSTEMS and system(slug) in offers:
            found.append(f"Works with {SYSTEMS[slug].name}")
    for name in _needed(needs, "language"):
        if language(name) in offers:
            found.append(f"Available in {name.title()}")
    return tuple(found)


def _needed(needs: frozenset[str], dimension: str) -> list[str]:
    values = (token.split(":", 1)[1] for token in needs if _dimension(token) == dimension)
    return sorted(value for value in values if value != "listed")
