"""Typed parsing of success envelopes in one pydantic pass, with the error path kept cheap."""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, Literal, TypeVar

from pydantic import TypeAdapter, ValidationError
from typing_extensions import TypedDict

from ._core import Parser, decode_envelope
from ._exceptions import APIResponseError

T = TypeVar("T")


class _Envelope(TypedDict, Generic[T]):
    # A TypedDict rather than a model: no envelope object to build for every answer.
    # Literal[0] makes an error envelope fail fast and take the slow path below.
    response_status: Literal[0]
    response_data: T


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
        except ValidationError:
            raise APIResponseError(
                operation,
                f"response_data is not {getattr(tp, '__name__', tp)}",
                http_status=http_status,
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
            return adapter.validate_json(content)["response_data"]
        except ValidationError:
            pass
        decode_envelope(content, http_status, operation)  # raises for an error envelope
        raise APIResponseError(
            operation,
            f"response_data is not {getattr(tp, '__name__', tp)}",
            http_status=http_status,
        )

    return parse
