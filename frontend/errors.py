"""How a refused service call reaches the person: on the form that caused it, or as a message."""

from django import forms
from django.core.exceptions import ValidationError

from marketplace.core.errors import DomainError


def add_errors(form: forms.Form, exc: ValidationError | DomainError) -> None:
    if isinstance(exc, DomainError):
        form.add_error(None, exc.message)
        return
    for field, errors in exc.message_dict.items() if hasattr(exc, "error_dict") else []:
        form.add_error(field if field in form.fields else None, errors)
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)


def message_of(exc: ValidationError | DomainError) -> str:
    if isinstance(exc, DomainError):
        return exc.message
    return " ".join(exc.messages)
