"""The matcher's errors, for the web layers to answer with (marketplace.api, frontend)."""

from matching.api import MatcherError, MatcherUnavailable, NotIndexed

__all__ = ["MatcherError", "MatcherUnavailable", "NotIndexed"]
