from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from marketplace.core.errors import DomainError, NotAllowed
from marketplace.matchmaking.errors import MatcherError, MatcherUnavailable, NotIndexed
from marketplace.proposals.errors import StaleVersion, TransitionRefused

# Refusals that depend on the object's state rather than on what was sent.
CONFLICT_CODES = {"sign_off_missing", "nothing_picked"}


def exception_handler(exc, context):
    """DRF's handler, taught the domain's errors so they become 400/403/409 JSON, never 500."""
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, NotAllowed) or (
        isinstance(exc, DomainError) and exc.code == "membership_lapsed"
    ):
        return Response({"detail": exc.message, "code": exc.code}, status=status.HTTP_403_FORBIDDEN)
    elif isinstance(exc, StaleVersion):
        return Response(
            {"detail": exc.message, "code": exc.code, "current_version": exc.current_version},
            status=status.HTTP_409_CONFLICT,
        )
    elif isinstance(exc, TransitionRefused) or (
        isinstance(exc, DomainError) and exc.code in CONFLICT_CODES
    ):
        # Not wrong input: right request, wrong moment. It may succeed once the state moves on.
        return Response({"detail": exc.message, "code": exc.code}, status=status.HTTP_409_CONFLICT)
    elif isinstance(exc, NotIndexed):
        # Published moments ago: its embedding task has not finished. Worth a retry shortly.
        return Response(
            {"detail": str(exc), "code": "not_indexed"},
            status=status.HTTP_409_CONFLICT,
            headers={"Retry-After": "5"},
        )
    elif isinstance(exc, MatcherUnavailable):
        # The index is being rebuilt: nothing wrong with the request, try again shortly.
        return Response(
            {"detail": str(exc), "code": "matcher_unavailable"},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": "60"},
        )
    elif isinstance(exc, MatcherError):
        return Response(
            {"detail": str(exc), "code": "not_matchable"}, status=status.HTTP_400_BAD_REQUEST
        )
    elif isinstance(exc, DomainError):
        return Response(
            {"detail": exc.message, "code": exc.code}, status=status.HTTP_400_BAD_REQUEST
        )
    return drf_exception_handler(exc, context)
