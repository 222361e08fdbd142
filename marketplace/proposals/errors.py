from marketplace.core.errors import DomainError


class StaleVersion(DomainError):
    """The proposal changed since the user loaded it; their save would overwrite that."""

    def __init__(self, current_version: int) -> None:
        super().__init__(
            "Someone else changed this proposal since you opened it. Reload to see their "
            "changes, then make yours again.",
            code="stale_version",
        )
        self.current_version = current_version


class TransitionRefused(DomainError):
    """Not from this state: the message names the state and what is possible."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="invalid_state")
