"""Field types of the generated models: lenient when reading, exact when writing.

`Lenient[T]` is `T` to a type checker and, at run time, `T` or the value as received: the API
changes without notice, so an unexpected code, type or format must never make a response
unreadable, and must round-trip unchanged when the object is sent back. Such a value is logged
once per field at DEBUG.

Request fields are exact: `NumberInput` takes `Decimal`, `int` or a decimal string, never a
float; `DateInput` takes a `date` or `YYYY-MM-DD`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, NewType, TypeVar, Union, cast

from pydantic import Field, Strict
from pydantic_core import PydanticCustomError, core_schema

__all__ = [
    "ABSENT",
    "WIRE",
    "Boolean",
    "Code",
    "CodeInput",
    "Date",
    "DateInput",
    "Integer",
    "Lenient",
    "Number",
    "NumberInput",
    "Timestamp",
    "float_refusal",
    "format_timestamp",
    "show_value",
]

T = TypeVar("T")

logger = logging.getLogger("billcom")

#: Serialization context of `to_dict()` and of requests: dates and timestamps as Bill.com
#: writes them, enum members as their codes, amounts as exact `Decimal`s.
WIRE: dict[str, bool] = {"billcom_wire": True}

#: Default of a field the server always sends: typed as present, yet a reply without it is read.
ABSENT: Any = None

_kept: set[tuple[str, str]] = set()


def _keep(value: Any, info: core_schema.ValidationInfo) -> Any:
    if isinstance(value, float):
        floats_read.seen = True
    model = str((info.config or {}).get("title") or "?")
    field = info.field_name or "?"
    if (model, field) not in _kept:
        _kept.add((model, field))
        logger.debug(
            "%s.%s: kept a %s value the spec does not type this way",
            model,
            field,
            type(value).__name__,
        )
    return value


class _Kept:
    """Whatever did not fit the documented type, unchanged."""

    @staticmethod
    def __get_pydantic_core_schema__(_source: Any, _handler: Any) -> core_schema.CoreSchema:
        return core_schema.with_info_plain_validator_function(_keep)


if TYPE_CHECKING:
    Lenient = Annotated[T, "lenient"]
else:
    Lenient = Annotated[Union[T, _Kept], Field(union_mode="left_to_right")]  # noqa: UP007


def _wire(info: core_schema.SerializationInfo) -> bool:
    # Only `to_dict()` and requests ask for Bill.com's forms; `model_dump()` stays pydantic's.
    return bool(info.context and info.context.get("billcom_wire"))


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


def _timestamp_out(value: Any, info: core_schema.SerializationInfo) -> Any:
    return format_timestamp(value) if _wire(info) and isinstance(value, dt.datetime) else value


def _date_out(value: Any, info: core_schema.SerializationInfo) -> Any:
    return value.isoformat() if _wire(info) and isinstance(value, dt.date) else value


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
        custom_error_type="timestamp",
        custom_error_message="expects a date and time (datetime, or text like"
        " 2024-07-30T20:33:28.000+0000)",
        serialization=core_schema.plain_serializer_function_ser_schema(
            _timestamp_out, info_arg=True
        ),
    )


#: Whether the current parse read a non-integer JSON number through a float (per thread: a
#: parse runs start to end in one thread). `_response` then checks the text for long numbers.
floats_read = threading.local()


def _from_float(value: float) -> Decimal:
    floats_read.seen = True
    return Decimal(repr(value))


def _number_schema(_source: Any, _handler: Any) -> core_schema.CoreSchema:
    # Only JSON numbers (and Decimal instances) become Decimal; a string stays a string.
    # An integer is exact at any length; a float is exact up to 15 significant digits, and a
    # longer number is read again from its text (see _response).
    return core_schema.union_schema(
        [
            core_schema.is_instance_schema(Decimal),
            core_schema.chain_schema(
                [core_schema.int_schema(strict=True), core_schema.decimal_schema()]
            ),
            core_schema.chain_schema(
                [
                    core_schema.float_schema(strict=True),
                    core_schema.no_info_plain_validator_function(_from_float),
                ]
            ),
        ],
        mode="left_to_right",
    )


_DECIMAL_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _exact_number(value: Any) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise PydanticCustomError(
                "exact_number", "expects a finite amount, got {value}", {"value": str(value)}
            )
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and _DECIMAL_TEXT.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            pass
    if isinstance(value, float):
        raise PydanticCustomError("float_amount", float_refusal(value))
    raise PydanticCustomError(
        "exact_number",
        "expects a number (Decimal, int or text like '12.50'), got {value}",
        {"value": show_value(value)},
    )


def float_refusal(value: float) -> str:
    """Why a float is not an amount, and the Decimal the caller most likely meant."""
    if value != value or value in (float("inf"), float("-inf")):
        return f"expects a finite amount, got the float {value!r}"
    cents = f"{value:.2f}"
    meant = cents if abs(float(cents) - value) < 1e-9 else repr(value)
    return f'expects an exact amount: pass Decimal("{meant}"), not the float {value!r}'


_DATE_TEXT = re.compile(r"^\d{4}-\d\d-\d\d$")


def _exact_date(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_TEXT.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError(
        "exact_date", "expects a date (YYYY-MM-DD), got {value}", {"value": show_value(value)}
    )


def show_value(value: Any) -> str:
    """A value as an error message quotes it: short, and typed when it is not text."""
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return (
        text
        if isinstance(value, str | int | float | Decimal)
        else f"{text} ({type(value).__name__})"
    )


class _TimestampMarker:
    __get_pydantic_core_schema__ = staticmethod(_timestamp_schema)


class _NumberMarker:
    __get_pydantic_core_schema__ = staticmethod(_number_schema)


class _Plain:
    """A request type checked by one function of ours (and written by another, if given)."""

    def __init__(
        self,
        check: Callable[[Any], Any],
        write: Callable[[Any, core_schema.SerializationInfo], Any] | None = None,
    ) -> None:
        self.check = check
        self.write = write

    def __get_pydantic_core_schema__(self, _source: Any, _handler: Any) -> core_schema.CoreSchema:
        written = (
            core_schema.plain_serializer_function_ser_schema(self.write, info_arg=True)
            if self.write is not None
            else None
        )
        return core_schema.no_info_plain_validator_function(self.check, serialization=written)


class _DateMarker:
    @staticmethod
    def __get_pydantic_core_schema__(source: Any, handler: Any) -> core_schema.CoreSchema:
        schema: dict[str, Any] = dict(handler(source))
        schema["serialization"] = core_schema.plain_serializer_function_ser_schema(
            _date_out, info_arg=True
        )
        return cast(core_schema.CoreSchema, schema)


#: An aware datetime on the wire as `yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm`.
Timestamp = Annotated[dt.datetime, _TimestampMarker()]
#: Money and quantities in a response: exact Decimal, a JSON number on the wire.
Number = Annotated[Decimal, _NumberMarker()]
#: Money and quantities in a request: Decimal, int or decimal text; a float is refused.
NumberInput = Annotated[Decimal, _Plain(_exact_number)]
#: A date written as ISO `YYYY-MM-DD`.
Date = Annotated[dt.date, _DateMarker()]
#: A date in a request: a `date` (not a datetime) or `YYYY-MM-DD` text.
DateInput = Annotated[dt.date, _Plain(_exact_date, _date_out)]


def _code_out(value: Any, info: core_schema.SerializationInfo) -> Any:
    return value.value if isinstance(value, Enum) and _wire(info) else value


class _CodeMarker:
    """An enum code is a string: anything else fails fast (in Rust) and is kept as received."""

    @staticmethod
    def __get_pydantic_core_schema__(source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.chain_schema(
            [core_schema.str_schema(strict=True), handler(source)],
            serialization=core_schema.plain_serializer_function_ser_schema(
                _code_out, info_arg=True
            ),
        )


#: Marks an enum field: `Annotated[VendorPayBy, Code]`.
Code = _CodeMarker()

#: A code the spec does not list, as received: an enum field reads `VendorPayBy | UnknownCode`.
#: A distinct type, so that a type checker keeps the enum in view (`VendorPayBy | str` would
#: collapse to `str`, the enum being a `str` itself); `isinstance(value, VendorPayBy)` tells
#: a listed code from an unknown one.
UnknownCode = NewType("UnknownCode", str)


def _code_in(value: Any) -> Any:
    if isinstance(value, str):  # a member of the field's enum, or a code the spec does not list
        return value
    raise PydanticCustomError(
        "code",
        "expects a code as text, e.g. '1', or an enum member, got {value}",
        {"value": show_value(value)},
    )


#: Marks an enum field of a request: `Annotated[VendorPayBy | str, CodeInput]` takes a member
#: or any code as text (the API decides on codes the spec does not list), nothing else.
CodeInput = _Plain(_code_in, _code_out)
#: Only JSON true/false: a "true" string is not silently turned into a bool.
Boolean = Annotated[bool, Strict()]
#: Only JSON integers.
Integer = Annotated[int, Strict()]
