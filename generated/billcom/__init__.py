# Generated from spec/errors.yaml by codegen. Do not edit: run make generate.
"""Typed client for the Bill.com v2 API.

    from billcom import BillCom

    with BillCom() as client:  # credentials from BILLCOM_* environment variables
        vendor = client.vendors.create(name="Acme Supplies")

Models live in `billcom.models`, the fake Bill.com for offline tests in `billcom.testing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AsyncBillCom, BillCom
from ._errors import (
    AuthenticationError,
    ConcurrencyLimitError,
    MFARequiredError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SessionExpiredError,
    ValidationError,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    BillComError,
    BulkError,
    ConfigurationError,
    InvalidRequestError,
    UnknownOutcomeError,
)
from ._facts import PRODUCTION_BASE_URL, SANDBOX_BASE_URL
from ._logs import configure_from_env
from ._retry import RetryPolicy
from ._version import __version__

configure_from_env()  # BILLCOM_LOG=debug|info

if TYPE_CHECKING:
    from ._models import BillComModel
    from ._operations import Filter, Sort
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._raw import RawResponse, WithRawResponse
    from ._types import UnknownCode

__all__ = [
    "PRODUCTION_BASE_URL",
    "SANDBOX_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBillCom",
    "AsyncPaginator",
    "AuthenticationError",
    "BillCom",
    "BillComError",
    "BillComModel",
    "BulkError",
    "ConcurrencyLimitError",
    "ConfigurationError",
    "Filter",
    "InvalidRequestError",
    "MFARequiredError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "ServerError",
    "SessionExpiredError",
    "Sort",
    "SyncPaginator",
    "UnknownCode",
    "UnknownOutcomeError",
    "ValidationError",
    "WithRawResponse",
    "__version__",
]

# Importing these pulls in pydantic; they load on first access to keep `import billcom` cheap.
_LAZY = {
    "BillComModel": "._models",
    "Filter": "._operations",
    "Sort": "._operations",
    "AsyncPaginator": "._pagination",
    "SyncPaginator": "._pagination",
    "UnknownCode": "._types",
    "RawResponse": "._raw",
    "WithRawResponse": "._raw",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
