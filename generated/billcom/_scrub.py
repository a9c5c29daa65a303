"""Secrets out of every error: the password, devKey, session ids and mfaId are masked wherever
an exception's message, arguments or attached data carry them, text a server echoed included.

Errors are scrubbed once, where the request loop first sees them, before anything logs them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MASK", "scrub_error", "scrub_value"]

MASK = "***"
#: Shorter values are not masked: they would blot out ordinary words, and no real secret is.
_MIN_LENGTH = 4


def scrub_value(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` with every secret masked: text, and text inside lists, tuples and dicts."""
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, MASK)
        return value
    if isinstance(value, dict):
        return {key: scrub_value(item, secrets) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub_value(item, secrets) for item in value)
    return value


def usable(secrets: Iterable[str | None]) -> tuple[str, ...]:
    """The secrets worth masking, longest first (so that one inside another goes too)."""
    found = {s for s in secrets if s and len(s) >= _MIN_LENGTH}
    return tuple(sorted(found, key=len, reverse=True))


def scrub_error(error: BaseException, secrets: Iterable[str | None]) -> None:
    """Mask `secrets` in the error's arguments, message, data and cause, in place."""
    masked = usable(secrets)
    if not masked:
        return
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(scrub_value(arg, masked) for arg in current.args)
        for name in ("message", "data"):
            if name in vars(current):
                setattr(current, name, scrub_value(getattr(current, name), masked))
        cause = getattr(current, "cause", None)
        current = cause if isinstance(cause, BaseException) else None
