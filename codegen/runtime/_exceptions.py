"""The errors this package raises; every one derives from BillComError.

Messages name the operation and the Bill.com code, never a credential or session id.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "BillComError",
    "BulkError",
    "ConfigurationError",
    "InvalidRequestError",
    "UnknownOutcomeError",
]


class BillComError(Exception):
    """Base of every error raised by billcom."""


class ConfigurationError(BillComError, ValueError):
    """The client was built without something it needs (e.g. a missing credential)."""


class InvalidRequestError(BillComError, ValueError):
    """Parameters failed validation before anything was sent.

    `problems` has one line per invalid parameter, e.g.
    `invoice_date (invoiceDate): expects a date (YYYY-MM-DD), got '2024-13-01'`.
    """

    def __init__(self, operation: str, message: str | list[str]) -> None:
        problems = [message] if isinstance(message, str) else list(message)
        if len(problems) == 1:
            text = f"{operation}: {problems[0]}"
        else:
            text = f"{operation}: {len(problems)} problems:" + "".join(
                f"\n  - {p}" for p in problems
            )
        super().__init__(text)
        self.operation = operation
        self.problems = problems


class APIConnectionError(BillComError):
    """The request could not be completed at the transport level.

    `sent` is False only when the request provably never reached the server (the connection
    was never made), which makes any call safe to repeat.
    """

    def __init__(self, operation: str, message: str, *, sent: bool = True) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation
        self.sent = sent
        self.http_status: int | None = None


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseError(BillComError):
    """The server answered with something that is not a Bill.com envelope of the expected shape."""

    def __init__(self, operation: str, message: str, *, http_status: int | None = None) -> None:
        status = f" (HTTP {http_status})" if http_status is not None else ""
        super().__init__(f"{operation}: {message}{status}")
        self.operation = operation
        self.http_status = http_status


class APIStatusError(APIResponseError):
    """An HTTP 5xx without a Bill.com envelope: a gateway or server failure."""


class APIError(BillComError):
    """Bill.com answered `response_status: 1` with an error code and message."""

    #: Seconds to wait before trying again, when the error implies it (the hourly quota).
    retry_after: float | None = None

    def __init__(
        self, code: str, message: str, *, operation: str, http_status: int | None = None
    ) -> None:
        super().__init__(f"{operation}: {code} {message}")
        self.code = code
        self.message = message
        self.operation = operation
        self.http_status = http_status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"operation={self.operation!r})"
        )


class UnknownOutcomeError(BillComError):
    """The request may have reached Bill.com, and repeating it is not safe, so it was not.

    Creates, updates and money-moving actions are never sent twice after an ambiguous failure
    (a timeout, a dropped connection, HTTP 5xx). Check whether it took effect, with a Read or a
    List, before trying again. `data` is what was sent (e.g. `{"obj": {...}}` for a create).
    """

    def __init__(
        self, operation: str, data: Any, cause: BillComError, *, http_status: int | None = None
    ) -> None:
        super().__init__(
            f"{operation}: outcome unknown: the request may have reached Bill.com ({cause}); "
            "it was not repeated because repeating it is not safe. Check with a read or list "
            "before trying again."
        )
        self.operation = operation
        self.data = data
        self.cause = cause
        self.http_status = http_status

    def __repr__(self) -> str:
        return (
            f"UnknownOutcomeError(operation={self.operation!r}, http_status={self.http_status!r})"
        )


class BulkError(BillComError):
    """A Bulk call of several chunks failed part-way; nothing already done is lost.

    `results` has one result per item of the chunks that completed (the object, or the
    APIError of an item the server refused), in order. `unknown` holds the items of the chunk
    that failed: the server may have done them (check before sending them again) unless
    `cause` is an APIError, a refusal of the whole chunk. `unsent` holds the items never sent.
    """

    def __init__(
        self,
        operation: str,
        cause: BillComError,
        *,
        results: list[Any],
        unknown: list[Any],
        unsent: list[Any],
        chunk: int,
        chunks: int,
    ) -> None:
        super().__init__(
            f"{operation}: chunk {chunk} of {chunks} failed ({cause}); {len(results)} results "
            f"kept, {len(unknown)} items unknown, {len(unsent)} not sent"
        )
        self.operation = operation
        self.cause = cause
        self.results = results
        self.unknown = unknown
        self.unsent = unsent

    def __repr__(self) -> str:
        return (
            f"BulkError(operation={self.operation!r}, results={len(self.results)}, "
            f"unknown={len(self.unknown)}, unsent={len(self.unsent)})"
        )
