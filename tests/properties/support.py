"""Hostile input, and the two properties every domain service must keep with it.

A service given any input either saves something that reads back as what was sent (after
the cleaning the service documents) with the domain's invariants intact, or refuses with
the project's own error: a ValidationError naming the fields at fault, or a DomainError for
a refusal that is about state or permission rather than input. Never another exception,
and a refused call leaves the database exactly as it was.

Hypothesis runs many examples inside one pytest-django test (one database transaction).
Each example runs in a savepoint rolled back at its end, so no example sees another's
writes; that is why the fixtures, built once per test function, are safe to share and why
the function-scoped-fixture health check is suppressed.
"""

import datetime
import json
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

from marketplace.core.errors import DomainError

# Examples per test: enough to find NUL, the length limits and the type confusions within a
# few runs, few enough that the whole directory runs in well under two minutes on SQLite.
properties = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
few_properties = settings(properties, max_examples=20)

# -- hostile values ---------------------------------------------------------------------------

# Every code point, none excluded: controls, NUL, unassigned, private use and lone surrogates.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
SPECIMENS = [
    "\x00",
    "Damp\x00Sense",
    "\u202eevil.exe",  # right-to-left override
    "\u200f\u05e9\u05dc\u05d5\u05dd\u200e",
    "\ufeffBOM",
    "zero\u200bwidth",
    "e\u0301\u0301\u0301",
    "\x1b[31mred\x1b[0m",
    "'; DROP TABLE organisations_organisation; --",
    "<script>alert(1)</script>",
    "{{ 7|add:7 }}{% now 'Y' %}",
    '=HYPERLINK("http://x.example")',
    "🏠🔧" * 3,
    "\ud800",
    "\udfff lone",
    "null",
    "None",
    "0",
    "-1",
    "1e309",
    "NaN",
]
WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2028\u2029\u202f\u3000"
# Just under, at and over the limits the models set.
LENGTHS = [3, 10, 80, 100, 119, 120, 121, 160, 161, 199, 200, 201, 254, 255, 300, 301, 500,
           501, 1_200, 1_201, 2_000, 2_001, 5_001, 20_000, 20_001, 100_000]  # fmt: skip
UNITS = ["x", "é", "\u202e", "🏠", "ab ", "\x00"]


def _of_length(length_and_unit: tuple[int, str]) -> str:
    length, unit = length_and_unit
    return (unit * length)[:length]


def hostile_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(ANY_CHARACTER, max_size=30),
        st.sampled_from(SPECIMENS),
        st.tuples(st.text(max_size=6), st.sampled_from(SPECIMENS), st.text(max_size=6)).map(
            "".join
        ),
        st.text(st.sampled_from(WHITESPACE), min_size=1, max_size=6),
        st.tuples(st.sampled_from(LENGTHS), st.sampled_from(UNITS)).map(_of_length),
    )


def plausible_text() -> st.SearchStrategy[str]:
    """Mostly ordinary words, so that examples also get past validation and save."""
    return st.one_of(
        st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=40),
        st.sampled_from(["Damp sensors", "Tyne Homes", "Repairs triage", "  padded  "]),
    )


def text() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(), plausible_text())


EDGE_INTEGERS = [0, 1, -1, 2**15 - 1, 2**15, 2**31 - 1, 2**31, 2**32, 2**53 + 1,
                 2**63 - 1, 2**63, 2**64, -(2**31), -(2**63) - 1, 10**30]  # fmt: skip


def integers() -> st.SearchStrategy[int]:
    return st.one_of(
        st.integers(-1_000, 100_000), st.sampled_from(EDGE_INTEGERS), st.integers(-(2**80), 2**80)
    )


def wrong_type() -> st.SearchStrategy[Any]:
    """What a caller passing a loose data dict might hand over in place of the right type."""
    return st.one_of(
        st.none(),
        st.booleans(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        st.just(datetime.date(2027, 1, 1)),
        st.sampled_from(["", "12", "1.5", "abc", "2027-02-30", "\x00"]),
    )


def hostile_integer() -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), integers(), integers(), wrong_type())


def hostile_date() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.dates(),
        st.dates(datetime.date(2025, 1, 1), datetime.date(2030, 12, 31)),
        st.datetimes(),  # a datetime where a date is wanted
        wrong_type(),
    )


def hostile_choice(values: Iterable[str], *, loose: bool = True) -> st.SearchStrategy[Any]:
    """One of the values, one nearly so, any text; with `loose`, any type too."""
    values = list(values)
    choices = st.one_of(
        st.sampled_from(values),
        st.sampled_from(values),
        st.sampled_from(values).map(str.upper),
        st.sampled_from(values).map(lambda value: f" {value}"),
        st.sampled_from(values).map(lambda value: f"{value}\x00"),
        hostile_text(),
    )
    return st.one_of(choices, wrong_type()) if loose else choices


def hostile_dict(
    fields: dict[str, st.SearchStrategy], *, max_size: int = 4
) -> st.SearchStrategy[dict]:
    """A few of the fields, each with its own hostile values.

    A few rather than all: with every field hostile at once nearly every call is refused,
    and the properties of what gets saved would go untested.
    """
    names = st.lists(st.sampled_from(sorted(fields)), unique=True, max_size=max_size)
    return names.flatmap(lambda chosen: st.fixed_dictionaries({n: fields[n] for n in chosen}))


# -- JSON bodies ------------------------------------------------------------------------------

JSON_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    text(),
)
JSON = st.recursive(
    JSON_SCALAR,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


def json_body(fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """A JSON object: any of the fields with any JSON value, and now and then an unknown key."""
    known = {name: st.one_of(strategy, JSON) for name, strategy in fields.items()}
    return st.tuples(
        hostile_dict(known), st.dictionaries(st.text(max_size=8), JSON, max_size=1)
    ).map(lambda pair: {**pair[1], **pair[0]})


def send_json(client, method: str, url: str, body: Any):
    # Escaped as ASCII, as a client may send it: lone surrogates travel as \ud800.
    return client.generic(
        method, url, json.dumps(body, ensure_ascii=True), content_type="application/json"
    )


# -- the properties ---------------------------------------------------------------------------


@contextmanager
def isolated():
    """One example's world: whatever it writes is rolled back when it ends."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


Tables = list[type[models.Model]]


def rows_of(tables: Tables) -> dict[str, list[dict]]:
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in tables}


def through(model: type[models.Model], *names: str) -> Tables:
    return [getattr(model, name).through for name in names]


@dataclass
class Outcome:
    result: Any = None
    refusal: Exception | None = None

    @property
    def saved(self) -> bool:
        return self.refusal is None


def attempt(
    call: Callable[[], Any],
    *,
    fields: Iterable[str],
    tables: Tables,
    domain_codes: Iterable[str] = (),
) -> Outcome:
    """Call a service. A refusal must be the domain's, name sent fields, and change nothing.

    Field names may be dotted (`metrics.0.metric`); the part before the first dot is checked.
    DomainErrors are allowed only with one of `domain_codes`: refusals that are about state or
    permission, which the input could legitimately trigger.
    """
    fields, domain_codes = set(fields), set(domain_codes)
    before = rows_of(tables)
    try:
        result = call()
    except ValidationError as refusal:
        assert hasattr(refusal, "error_dict"), f"not tied to a field: {refusal.messages}"
        named = {name.split(".")[0] for name in refusal.message_dict}
        assert named <= fields, f"{sorted(named - fields)} not among {sorted(fields)}"
        assert all(refusal.message_dict.values())
        outcome = Outcome(refusal=refusal)
    except DomainError as refusal:
        assert refusal.code in domain_codes, f"{type(refusal).__name__}: {refusal.code}"
        outcome = Outcome(refusal=refusal)
    else:
        event("saved")
        return Outcome(result=result)
    event(f"refused: {type(outcome.refusal).__name__}")
    assert rows_of(tables) == before, "a refused call changed the database"
    return outcome


def fresh(instance: models.Model) -> models.Model:
    """The row as saved now: services may leave their refused changes on the instance passed."""
    return type(instance).objects.get(pk=instance.pk)
