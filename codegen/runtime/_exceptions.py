"""The errors this package raises; every one derives from BillComError.

Messages name the operation and the Bill.com code, never a credential or session id.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APITimeoutError",
    "BillComError",
    "ConfigurationError",
    "InvalidRequestError",
]


class BillComError(Exception):
    """Base of every error raised by billcom."""


class ConfigurationError(BillComError, ValueError):
    """The client was built without something it needs (e.g. a missing credential)."""


class InvalidRequestError(BillComError, ValueError):
    """Parameters failed validation before anything was sent."""

    def __init__(self, operation: str, message: str) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation


class APIConnectionError(BillComError):
    """The request could not be completed at the transport level."""

    def __init__(self, operation: str, message: str) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseError(BillComError):
    """The server answered with something that is not a Bill.com envelope of the expected shape."""

    def __init__(self, operation: str, message: str, *, http_status: int | None = None) -> None:
        status = f" (HTTP {http_status})" if http_status is not None else ""
        super().__init__(f"{operation}: {message}{status}")
        self.operation = operation
        self.http_status = http_status


class APIError(BillComError):
    """Bill.com answered `response_status: 1` with an error code and message."""

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
