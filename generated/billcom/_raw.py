"""The HTTP answers behind a call, for when the parsed result is not enough (headers, status,
the exact bytes): `client.with_raw_response(lambda c: c.vendors.read(id))`.

Answers are collected per thread or task (a context variable), only while a caller asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from . import _json

T = TypeVar("T")

__all__ = ["RawResponse", "WithRawResponse"]

#: Login's own answers carry the session id: never handed out.
_NOT_KEPT = frozenset({"Login"})


@dataclass(frozen=True, repr=False)
class RawResponse:
    """One HTTP answer as received: operation, status, headers and body."""

    operation: str
    status_code: int
    headers: httpx.Headers
    content: bytes

    def json(self) -> Any:
        """The body parsed as JSON, numbers with a fraction as Decimal."""
        return _json.loads(self.content)

    def __repr__(self) -> str:  # the body may be anything the server sent: not shown
        return f"<RawResponse {self.operation}: HTTP {self.status_code}, {len(self.content)} bytes>"


@dataclass(repr=False)
class WithRawResponse(Generic[T]):
    """A call's parsed result with every HTTP answer it took (retries and pages included)."""

    parsed: T
    responses: list[RawResponse] = field(default_factory=list)

    @property
    def last(self) -> RawResponse:
        """The answer the result was parsed from (the last one)."""
        if not self.responses:
            raise LookupError("the call sent no request (a paginator fetches only when iterated)")
        return self.responses[-1]

    @property
    def status_code(self) -> int:
        return self.last.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.last.headers

    @property
    def content(self) -> bytes:
        return self.last.content

    def __repr__(self) -> str:
        kind = type(self.parsed).__name__
        return f"<WithRawResponse {kind}: {len(self.responses)} HTTP answer(s)>"


_collecting: ContextVar[list[RawResponse] | None] = ContextVar("billcom_raw", default=None)


@contextmanager
def collecting(into: list[RawResponse]) -> Iterator[list[RawResponse]]:
    token = _collecting.set(into)
    try:
        yield into
    finally:
        _collecting.reset(token)


def record_response(operation: str, status: int, headers: httpx.Headers, content: bytes) -> None:
    """Keep an answer if the current thread or task is collecting them (cheap when not)."""
    into = _collecting.get()
    if into is not None and operation not in _NOT_KEPT:
        into.append(RawResponse(operation, status, httpx.Headers(headers), content))
