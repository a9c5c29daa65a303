"""Field types of the generated models: lenient when reading, exact when writing.

`Lenient[T]` keeps a value that does not fit `T` as received: the API changes without notice,
so an unexpected code, type or format must never make a response unreadable, and must
round-trip unchanged when the object is sent back.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, TypeVar, Union

from pydantic import Field, PlainSerializer, Strict
from pydantic_core import core_schema

__all__ = [
    "Boolean",
    "Code",
    "Date",
    "Integer",
    "Lenient",
    "Number",
    "Timestamp",
    "format_timestamp",
]

T = TypeVar("T")

Lenient = Annotated[Union[T, Any], Field(union_mode="left_to_right")]  # noqa: UP007


#: Exactly the shape `format_timestamp` writes, so that whatever parses writes back unchanged.
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$")


def format_timestamp(value: dt.datetime) -> str:
    """Bill.com's own format: `2024-07-30T20:33:28.000+0000` (milliseconds, offset without colon)."""
    offset = value.utcoffset()
    minutes = 0 if offset is None else int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}:"
        f"{value.second:02d}.{value.microsecond // 1000:03d}{sign}{hours:02d}{minutes:02d}"
    )


def _timestamp_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    # All in pydantic-core: the exact shape is checked, then the text parsed as a datetime.
    from_text = core_schema.chain_schema(
        [
            core_schema.str_schema(strict=True, pattern=_TIMESTAMP.pattern),
            core_schema.datetime_schema(),
        ]
    )
    return core_schema.union_schema(
        [core_schema.is_instance_schema(dt.datetime), from_text],
        mode="left_to_right",
        serialization=core_schema.plain_serializer_function_ser_schema(
            format_timestamp, when_used="json"
        ),
    )


def _number_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    # Only JSON numbers (and Decimal instances) become Decimal; a string stays a string.
    from_number = core_schema.chain_schema(
        [
            core_schema.union_schema(
                [core_schema.int_schema(strict=True), core_schema.float_schema(strict=True)]
            ),
            core_schema.decimal_schema(),
        ]
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


class _CodeMarker:
    """An enum code is a string: anything else fails fast (in Rust) and is kept as received."""

    @staticmethod
    def __get_pydantic_core_schema__(source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.chain_schema([core_schema.str_schema(strict=True), handler(source)])


#: Marks an enum field: `Annotated[VendorPayBy, Code]`.
Code = _CodeMarker()
#: Only JSON true/false: a "true" string is not silently turned into a bool.
Boolean = Annotated[bool, Strict()]
#: Only JSON integers.
Integer = Annotated[int, Strict()]
