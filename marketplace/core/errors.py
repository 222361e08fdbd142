from django.core.exceptions import ValidationError


class DomainError(Exception):
    """An action the domain refuses; the message is safe to show to the user."""

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class NotAllowed(DomainError):
    """The acting user may not do this to this object."""

    def __init__(self, message: str = "You are not allowed to do that.") -> None:
        super().__init__(message, code="not_allowed")


__all__ = ["DomainError", "NotAllowed", "ValidationError"]
