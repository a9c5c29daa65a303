"""Typed parsing of success envelopes in one pydantic pass, with the error path kept cheap."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any, Generic, Literal, TypeVar

from pydantic import TypeAdapter, ValidationError
from typing_extensions import TypedDict

from . import _json
from ._core import Parser, decode_envelope, unreadable
from ._models import BillComModel
from ._types import floats_read

T = TypeVar("T")

logger = logging.getLogger("billcom")


class _Envelope(TypedDict, Generic[T]):
    # A TypedDict rather than a model: no envelope object to build for every answer.
    # Literal[0] makes an error envelope fail fast and take the slow path below.
    response_status: Literal[0]
    response_data: T


_reported: set[tuple[str, str]] = set()


def _log_unknown(operation: str, data: Any) -> None:
    """Say once, at DEBUG, which fields of a response the spec does not know (they are kept)."""
    objects = data if isinstance(data, list) else [data]
    for obj in objects:
        if not isinstance(obj, BillComModel) or not obj.model_extra:
            continue
        model = type(obj).__name__
        new = sorted(k for k in obj.model_extra if (model, k) not in _reported)
        if new:
            _reported.update((model, k) for k in new)
            logger.debug(
                "%s: %s fields the spec does not know: %s", operation, model, ", ".join(new)
            )


def wrapping_parser(tp: Any, key: str) -> Parser[Any]:
    """A parser for a response `{key: [...]}` that also accepts a bare list or one element.

    Some endpoints answered in those older shapes (e.g. PayBills); they are normalised into `tp`.
    """
    adapter = TypeAdapter(tp)

    def parse(content: bytes, http_status: int, operation: str) -> Any:
        data = decode_envelope(content, http_status, operation)
        if isinstance(data, list):
            data = {key: data}
        elif isinstance(data, dict) and key not in data and "entity" in data:
            data = {key: [data]}
        try:
            return adapter.validate_python(data)
        except (ValidationError, RecursionError):
            raise unreadable(
                operation, f"response_data is not {getattr(tp, '__name__', tp)}", http_status
            ) from None

    return parse


def parser(tp: Any) -> Parser[Any]:
    """A parser returning `response_data` validated as `tp` (e.g. `Vendor` or `list[Vendor]`).

    Built once per type: the schema is compiled on first use, not at import.
    """
    return _parser(tp)


@cache
def _parser(tp: Any) -> Parser[Any]:
    adapter = TypeAdapter(_Envelope[tp])

    def parse(content: bytes, http_status: int, operation: str) -> Any:
        try:
            floats_read.seen = False
            data = adapter.validate_json(content)["response_data"]
            if floats_read.seen and _json.has_long_number(content):
                # pydantic reads JSON numbers through float: read these again from their text
                data = adapter.validate_python(_json.loads(content))["response_data"]
        except (ValidationError, ValueError, RecursionError):
            pass
        else:
            if logger.isEnabledFor(logging.DEBUG):
                _log_unknown(operation, data)
            return data
        decode_envelope(content, http_status, operation)  # raises for an error envelope
        raise unreadable(
            operation, f"response_data is not {getattr(tp, '__name__', tp)}", http_status
        )

    return parse
