"""What services check before saving that a model's own validation lets through.

Django validates each field's format, but not that the database can store the text:
PostgreSQL refuses a NUL character in text and in JSON, and no database takes a lone
surrogate. It also runs a model's clean() even after a field failed to convert, so a
cross-field rule would compare a date with a string. Either became a 500, not a field error.

Text-direction controls (the right-to-left override and its kin) are refused here too, for
every text that services save, whether it came from a page or the API: invisible, they make
a name, a title or a comment read in a misleading order ("invoice_exe.pdf" for a file that
is really "invoice_fdp.exe").
"""

import math
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

NUL_MESSAGE = "Remove the null character (\\0): text cannot contain one."
UNENCODABLE_MESSAGE = "Remove the character that is not valid Unicode text."
NOT_FINITE_MESSAGE = "Enter a number."
NOT_NULL_MESSAGE = "This field cannot be null."
NOT_A_VALUE_MESSAGE = "Enter a valid value."
# Embeddings, overrides, isolates and the marks: Unicode's explicit bidirectional formatting
# characters. Right-to-left text displays correctly without them.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def bidi_message(character: str) -> str:
    return (
        f"Remove the invisible text-direction character (U+{ord(character):04X}): "
        "it can make text read in a misleading order."
    )


def text_problem(value: Any) -> str | None:
    """Why the value, or any text inside it, cannot be stored; None when it can."""
    if isinstance(value, str):
        if "\x00" in value:
            return NUL_MESSAGE
        if bidi := BIDI_CONTROLS.search(value):
            return bidi_message(bidi.group())
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return UNENCODABLE_MESSAGE
        return None
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list | tuple):
        return next((p for p in map(text_problem, value) if p is not None), None)
    return None


def storable_text_errors(**values: Any) -> dict[str, str]:
    """For each argument holding text that cannot be stored, why not."""
    return {name: problem for name, value in values.items() if (problem := text_problem(value))}


def require_storable_text(**values: Any) -> None:
    """Refuse text that cannot be stored, naming the argument it came in."""
    errors = storable_text_errors(**values)
    if errors:
        raise ValidationError(errors)


def _storable_errors(instance: models.Model, exclude: set[str]) -> dict[str, str]:
    errors = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude or not field.editable or field.primary_key:
            continue
        value = getattr(instance, field.attname)
        problem = text_problem(value)
        if problem is None and isinstance(value, float) and not math.isfinite(value):
            # NaN passes the min and max validators; SQLite would store it as NULL.
            problem = NOT_FINITE_MESSAGE
        if problem is None and _unconvertible(value, field):
            problem = NOT_A_VALUE_MESSAGE
        if problem is None and field.blank and _is_empty(value, field):
            # Model validation skips an empty optional field: only the field's own empty
            # value ("" for text, None where allowed, [] or {} for JSON) may get through.
            problem = _empty_problem(value, field)
        if problem is not None:
            errors[field.name] = problem
    return errors


def _unconvertible(value: Any, field: models.Field) -> bool:
    # Some fields raise TypeError or OverflowError, not a ValidationError, for a value of
    # the wrong type: a date field given a list, an integer field given infinity.
    try:
        field.to_python(value)
    except (TypeError, OverflowError):
        return True
    except ValidationError:
        pass
    return False


def _is_empty(value: Any, field: models.Field) -> bool:
    return any(
        value is empty or (type(value) is type(empty) and value == empty)
        for empty in field.empty_values
    )


def _empty_problem(value: Any, field: models.Field) -> str | None:
    if value is None:
        return None if field.null else NOT_NULL_MESSAGE
    if isinstance(field, models.JSONField):
        return None
    if isinstance(field, models.CharField | models.TextField) and value == "":
        return None
    return NOT_A_VALUE_MESSAGE


def full_clean(
    instance: models.Model, *, exclude: list[str] | None = None, validate_constraints: bool = True
) -> None:
    """Model.full_clean, after refusing what cannot be stored and any field that is not clean.

    clean(), uniqueness and constraints then only ever see values of the right type.
    """
    excluded = set(exclude or [])
    errors: dict = _storable_errors(instance, excluded)
    try:
        instance.clean_fields(exclude=excluded | set(errors))
    except ValidationError as exc:
        errors = exc.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
    instance.full_clean(exclude=exclude, validate_constraints=validate_constraints)


def validate_storable_text(value: Any) -> None:
    """The same check as a field validator, for forms and models saved outside services."""
    problem = text_problem(value)
    if problem:
        raise ValidationError(problem, code="unstorable_text")
