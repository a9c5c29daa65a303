"""Field types of the generated models: lenient when reading, exact when writing.

`Lenient[T]` keeps a value that does not fit `T` as received: the API changes without notice,
so an unexpected code, type or format must never make a response unreadable, and must
round-trip unchanged when the object is sent back.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, TypeVar, Union

from pydantic import Field, PlainSerializer, Strict
from pydantic_core import core_schema

__all__ = ["Boolean", "Date", "Integer", "Lenient", "Number", "Timestamp", "format_timestamp"]

T = TypeVar("T")

Lenient = Annotated[Union[T, Any], Field(union_mode="left_to_right")]  # noqa: UP007


def format_timestamp(value: dt.datetime) -> str:
    """Bill.com's own format: `2024-07-30T20:33:28.000+0000` (milliseconds, offset without colon)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    millis = value.microsecond // 1000
    return f"{value:%Y-%m-%dT%H:%M:%S}.{millis:03d}{value:%z}"


def _parse_timestamp(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    # Accept only what we can write back byte for byte, so a round trip is lossless.
    if parsed.tzinfo is None or format_timestamp(parsed) != value:
        raise ValueError("not a Bill.com timestamp")
    return parsed


def _timestamp_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    from_str = core_schema.no_info_after_validator_function(
        _parse_timestamp, core_schema.str_schema(strict=True)
    )
    return core_schema.union_schema(
        [core_schema.is_instance_schema(dt.datetime), from_str],
        serialization=core_schema.plain_serializer_function_ser_schema(
            format_timestamp, when_used="json"
        ),
    )


def _to_decimal(value: int | float) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _number_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    # Only JSON numbers (and Decimal instances) become Decimal; a string stays a string.
    from_number = core_schema.no_info_after_validator_function(
        _to_decimal,
        core_schema.union_schema(
            [core_schema.int_schema(strict=True), core_schema.float_schema(strict=True)]
        ),
    )
    return core_schema.union_schema(
        [core_schema.is_instance_schema(Decimal), from_number],
        mode="left_to_right",
        serialization=core_schema.plain_serializer_function_ser_schema(
            _decimal_to_json, when_used="json"
        ),
    )


def _decimal_to_json(value: Decimal) -> int | float:
    return (
        int(value) if value == value.to_integral_value() and "." not in str(value) else float(value)
    )


class _TimestampMarker:
    __get_pydantic_core_schema__ = staticmethod(_timestamp_schema)


class _NumberMarker:
    __get_pydantic_core_schema__ = staticmethod(_number_schema)


#: An aware datetime on the wire as `yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm`.
Timestamp = Annotated[dt.datetime, _TimestampMarker()]
#: Money and quantities: exact Decimal in Python, a JSON number on the wire.
Number = Annotated[Decimal, _NumberMarker()]
#: A date written as ISO `YYYY-MM-DD`.
Date = Annotated[dt.date, PlainSerializer(dt.date.isoformat, when_used="json")]
#: Only JSON true/false: a "true" string is not silently turned into a bool.
Boolean = Annotated[bool, Strict()]
#: Only JSON integers.
Integer = Annotated[int, Strict()]
