"""Read the demo's data files and check them before anything is seeded.

Every file is checked on load: each entry has exactly the keys it should, each value the
type it should, and every name one file uses to point into another resolves. A mistake is
a DemoDataError naming the file, the entry and what is wrong with it.
"""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

DATA_DIR = Path(__file__).resolve().parent / "data"

# A schema maps each key to its type, a ListOf(...) or a nested schema; Nullable(type) may be
# null; Omittable(type, default) may be left out, and then takes the default.
Schema = dict[str, Any]


class ListOf(NamedTuple):
    item: Any


class Nullable(NamedTuple):
    kind: type


class Omittable(NamedTuple):
    """A key an entry states only where it has something to say (a constraint its text
    states), so the other entries need not repeat the default."""

    kind: Any
    default: Any


class DemoDataError(ValueError):
    pass


class DemoOrganisation(NamedTuple):
    """A fictional provider or supplier: size is homes managed or employees."""

    name: str
    domain: str
    registered_number: str
    regions: list[str]
    size: int
    description: str


@dataclass(frozen=True)
class DemoContent:
    password: str
    staff_email: str
    staff_full_name: str
    staff_totp_secret: str
    programme_team: str
    housing_providers: list[DemoOrganisation]
    suppliers: list[DemoOrganisation]
    challenges: list[dict]
    solutions: list[dict]
    cohorts: dict[str, dict]
    pilots: dict


def _organisation(size: str) -> Schema:
    return {
        "name": str,
        "domain": str,
        "registered_number": str,
        "regions": ListOf(str),
        size: int,
        "description": str,
    }


SECTOR: Schema = {
    "password": str,
    "staff": {"email": str, "full_name": str, "totp_secret": str},
    "programme_team": {"name": str, "domain": str},
    "housing_providers": ListOf(_organisation("homes_managed")),
    "suppliers": ListOf(_organisation("employees")),
}
CHALLENGE: Schema = {
    "organisation": str,
    "title": str,
    "summary": str,
    "problem_statement": str,
    "desired_outcomes": str,
    "themes": ListOf(str),
    "regions": ListOf(str),
    "homes_affected": int,
    "residents_affected": Nullable(int),
    "current_approach": str,
    "systems_constraints": str,
    "data_protection_constraints": str,
    "procurement_route": str,
    "budget_min_pence": int,
    "budget_max_pence": int,
    "pilot_length_weeks": int,
    "visibility": str,
    "pilot_homes": Omittable(Nullable(int), None),
    "housing_system": Omittable(str, ""),
    "no_resident_wifi": Omittable(bool, False),
    "no_mains_power": Omittable(bool, False),
    "no_mobile_signal": Omittable(bool, False),
    "requires_welsh": Omittable(bool, False),
    "requires_uk_data": Omittable(bool, False),
    "requires_accessibility": Omittable(bool, False),
}
SOLUTION: Schema = {
    "organisation": str,
    "name": str,
    "summary": str,
    "description": str,
    "themes": ListOf(str),
    "regions": ListOf(str),
    "maturity": str,
    "pricing_model": str,
    "indicative_price_pence": int,
    "housing_deployments": int,
    "evidence": str,
    "evidence_links": ListOf(str),
    "certifications": ListOf(str),
    "other_certifications": str,
    "integrations": str,
    "processes_personal_data": bool,
    "data_hosting": str,
    "dpia_available": bool,
    "visibility": str,
    "needs_resident_wifi": Omittable(Nullable(bool), None),
    "needs_mains_power": Omittable(Nullable(bool), None),
    "needs_mobile_signal": Omittable(Nullable(bool), None),
    "works_offline": Omittable(bool, False),
    "languages": Omittable(str, ""),
    "meets_accessibility_standard": Omittable(Nullable(bool), None),
}
CATALOGUE: Schema = {"challenges": ListOf(CHALLENGE), "solutions": ListOf(SOLUTION)}
_COHORT: Schema = {
    "name": str,
    "themes": ListOf(str),
    "stage": str,
    "description": str,
    "opens_on": datetime.date,
    "matching_on": datetime.date,
    "pilots_on": datetime.date,
    "completes_on": datetime.date,
    "fee_pence": int,
}
COHORTS: Schema = {
    "matching": {
        **_COHORT,
        "max_pilots_per_supplier": int,
        "max_suppliers_per_challenge": int,
        "min_pairing_score": float,
    },
    "open": {**_COHORT, "paying_supplier": str},
}
PILOT_STAGES = (
    "open",
    "interest_declined",
    "withdrawn",
    "draft",
    "abandoned",
    "submitted",
    "changes_requested",
    "resubmitted",
    "approved",
    "declined",
    "in_pilot",
    "completed",
)
PILOTS: Schema = {
    "pairings": ListOf({"challenge": str, "solution": str, "starter": str, "stage": str}),
    "pitches": {"supplier": str, "provider": str},
    "comments": {"provider": str, "supplier": str},
    "reasons": {
        "interest_declined": str,
        "withdrawn": str,
        "abandoned": str,
        "changes_requested": str,
        "approved": str,
        "declined": str,
    },
    "completion": {"outcomes": ListOf(str), "summary": str},
    "proposal": {
        "objectives": str,
        "scope_sites": str,
        "resident_engagement": str,
        "processes_personal_data": bool,
        "personal_data_categories": str,
        "special_category_data": bool,
        "lawful_basis": str,
        "dpia_status": str,
        "data_sharing_agreement": str,
        "retention": str,
        "data_hosting": str,
        "risks": str,
        "exit_plan": str,
        "metrics": ListOf({"metric": str, "baseline": str, "target": str, "how_measured": str}),
        "milestones": ListOf({"title": str, "due_on": datetime.date}),
        # An amount per home is multiplied by the number of homes in the pilot.
        "budget_lines": ListOf(
            {"item": str, "amount_pence": int, "per_home": bool, "paid_by": str}
        ),
    },
}


def load(directory: Path = DATA_DIR) -> DemoContent:
    sector = _read(directory, "sector.json", SECTOR)
    catalogue = _read(directory, "catalogue.json", CATALOGUE)
    cohorts = _read(directory, "cohorts.json", COHORTS)
    pilots = _read(directory, "pilots.json", PILOTS)
    content = DemoContent(
        password=sector["password"],
        staff_email=sector["staff"]["email"],
        staff_full_name=sector["staff"]["full_name"],
        staff_totp_secret=sector["staff"]["totp_secret"],
        programme_team=sector["programme_team"]["name"],
        housing_providers=[DemoOrganisation(*row.values()) for row in sector["housing_providers"]],
        suppliers=[DemoOrganisation(*row.values()) for row in sector["suppliers"]],
        challenges=catalogue["challenges"],
        solutions=catalogue["solutions"],
        cohorts=cohorts,
        pilots=pilots,
    )
    _check_references(content)
    return content


def _read(directory: Path, name: str, schema: Schema) -> dict:
    path = directory / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DemoDataError(f"{name}: cannot be read ({exc.strerror}).") from exc
    except json.JSONDecodeError as exc:
        raise DemoDataError(f"{name}: not valid JSON ({exc}).") from exc
    return _check(data, schema, name, "")


def _check(value: Any, expected: Any, name: str, where: str) -> Any:
    """The value, with dates parsed, or a DemoDataError saying where it went wrong."""
    if isinstance(expected, Omittable):
        expected = expected.kind
    if isinstance(expected, Nullable):
        if value is None:
            return None
        expected = expected.kind
    if isinstance(expected, dict):
        if not isinstance(value, dict):
            raise DemoDataError(f"{name}: {where or 'the file'} should be an object.")
        required = {key for key, kind in expected.items() if not isinstance(kind, Omittable)}
        missing, unknown = required - value.keys(), value.keys() - expected.keys()
        if missing or unknown:
            problems = [f"missing {', '.join(sorted(missing))}"] if missing else []
            problems += [f"unexpected {', '.join(sorted(unknown))}"] if unknown else []
            raise DemoDataError(f"{name}: {where or 'the file'}: {'; '.join(problems)}.")
        return {
            key: _check(value[key], kind, name, f"{where} → {key}" if where else key)
            if key in value
            else kind.default
            for key, kind in expected.items()
        }
    if isinstance(expected, ListOf):
        if not isinstance(value, list):
            raise DemoDataError(f"{name}: {where} should be a list.")
        return [
            _check(entry, expected.item, name, f"{where}[{index}]{_label(entry)}")
            for index, entry in enumerate(value)
        ]
    if expected is datetime.date:
        try:
            return datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise DemoDataError(f"{name}: {where} should be a date (YYYY-MM-DD).") from None
    # bool is an int in Python; a flag is never a number here, nor a number a flag.
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        raise DemoDataError(
            f"{name}: {where} should be {expected.__name__}, not {type(value).__name__}."
        )
    return value


def _label(entry: Any) -> str:
    """How an entry is named in an error: its title or name when it has one."""
    if isinstance(entry, dict):
        for key in ("title", "name", "metric", "item", "challenge"):
            if isinstance(entry.get(key), str):
                return f" ({entry[key]!r})"
    return ""


def _check_references(content: DemoContent) -> None:
    providers = {o.name for o in content.housing_providers}
    suppliers = {o.name for o in content.suppliers}
    for file, rows, key, owners, kind in (
        ("catalogue.json", content.challenges, "title", providers, "housing provider"),
        ("catalogue.json", content.solutions, "name", suppliers, "supplier"),
    ):
        for row in rows:
            if row["organisation"] not in owners:
                raise DemoDataError(
                    f"{file}: {row[key]!r}: organisation {row['organisation']!r} is not a "
                    f"{kind} in sector.json."
                )
    paying = content.cohorts["open"]["paying_supplier"]
    if paying not in suppliers:
        raise DemoDataError(
            f"cohorts.json: open → paying_supplier {paying!r} is not a supplier in sector.json."
        )
    challenges = {row["title"] for row in content.challenges}
    solutions = {row["name"] for row in content.solutions}
    for index, pairing in enumerate(content.pilots["pairings"]):
        where = f"pilots.json: pairings[{index}] ({pairing['challenge']!r})"
        if pairing["challenge"] not in challenges:
            raise DemoDataError(f"{where}: no challenge with that title in catalogue.json.")
        if pairing["solution"] not in solutions:
            raise DemoDataError(
                f"{where}: solution {pairing['solution']!r} is not in catalogue.json."
            )
        if pairing["starter"] not in ("provider", "supplier"):
            raise DemoDataError(f"{where}: starter should be 'provider' or 'supplier'.")
        if pairing["stage"] not in PILOT_STAGES:
            raise DemoDataError(
                f"{where}: stage {pairing['stage']!r} is not one of {', '.join(PILOT_STAGES)}."
            )
