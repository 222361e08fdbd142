"""JSON from outside, refused with a reason where Python or PostgreSQL could not hold it.

The standard decoder accepts nesting deep enough to exhaust the recursion limit (it raises
RecursionError, not ValueError), lone surrogates (\\ud800) that no UTF-8 text can carry, and
NUL characters that PostgreSQL's text and jsonb columns refuse. Each would surface later as
a 500: when the value is walked, stored, or quoted in an error message.
"""

import json
from typing import Any

# Far deeper than anything we or Stripe send, far shallower than the recursion limit.
MAX_DEPTH = 64


class UnsafeJSON(ValueError):
    """Well-formed JSON that cannot be used; the message says why, for the sender."""


def json_loads(raw: bytes | str, *, max_depth: int = MAX_DEPTH, refuse_nul: bool = True) -> Any:
    """Decode and check: ValueError (UnsafeJSON among them) for anything but usable JSON."""
    try:
        data = json.loads(raw)
    except RecursionError as exc:
        raise UnsafeJSON("nested too deeply") from exc
    json_check(data, max_depth=max_depth, refuse_nul=refuse_nul)
    return data


def json_check(data: Any, *, max_depth: int = MAX_DEPTH, refuse_nul: bool = True) -> None:
    """Raise UnsafeJSON for decoded JSON nested past max_depth or holding unusable text.

    Walks with a list, not recursion, so no depth of input can exhaust the Python stack.
    """
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value, refuse_nul)
            continue
        if isinstance(value, dict):
            children = list(value.values())
            for key in value:
                _check_text(key, refuse_nul)
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > max_depth:
            raise UnsafeJSON(f"nested more than {max_depth} deep")
        pending.extend((child, depth + 1) for child in children)


def _check_text(text: str, refuse_nul: bool) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnsafeJSON("a string holds a lone surrogate (\\ud800-\\udfff)") from None
    if refuse_nul and "\x00" in text:
        raise UnsafeJSON("a string holds a NUL character (\\u0000)")
