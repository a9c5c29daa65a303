"""List filters: each value checked against its field's type, then written as Bill.com reads it.

Filter values travel as text: codes, ids, `YYYY-MM-DD` dates, Bill.com's timestamps, amounts with
exactly their digits, `true`/`false`; `in` and `nin` take the values joined by commas. A value of
the wrong type would only match nothing, silently, so it is refused before anything is sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from ._exceptions import InvalidRequestError
from ._types import float_refusal, format_timestamp, show_value

__all__ = ["encode_filters"]

_LISTS = ("in", "nin")


class _Refused(Exception):
    pass


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _Refused("expects text")


def _amount(value: Any) -> str:
    if isinstance(value, Decimal) and value.is_finite():
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        raise _Refused(float_refusal(value))
    raise _Refused("expects an amount (Decimal or int)")


def _integer(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise _Refused("expects a whole number")


def _flag(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    raise _Refused("expects True or False")


def _date(value: Any) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise _Refused("expects a date (datetime.date)")


def _time(value: Any) -> str:
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return format_timestamp(value)
    if isinstance(value, dt.datetime):
        raise _Refused("expects a timezone-aware datetime (e.g. tzinfo=datetime.UTC)")
    raise _Refused("expects a datetime")


def _code(value: Any) -> str:
    if isinstance(value, Enum) and isinstance(value.value, str):
        return value.value
    if isinstance(value, str):
        return value
    raise _Refused("expects a code as text, e.g. '1', or an enum member")


def _any(value: Any) -> str:
    """A field the spec does not mark filterable: sent as given, the API decides."""
    for kind in (_code, _flag, _time, _date, _amount):
        try:
            return kind(value)
        except _Refused:
            continue
    raise _Refused("expects text, a number, a date, a datetime or True/False")


_BY_KIND = {
    "string": _text,
    "number": _amount,
    "integer": _integer,
    "boolean": _flag,
    "date": _date,
    "datetime": _time,
    "enum": _code,
}


def _value(op: Any, value: Any, kind: str | None) -> str:
    write = _BY_KIND.get(kind or "", _any)
    if op not in _LISTS:
        return write(value)
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or not value:
        raise _Refused(f"expects a non-empty list of values for {op!r}")
    return ",".join(write(v) for v in value)


def encode_filters(
    filters: Sequence[Mapping[str, Any]], kinds: Mapping[str, str], operation: str
) -> list[dict[str, str]]:
    """Filters as the API takes them, or InvalidRequestError naming every bad one."""
    out: list[dict[str, str]] = []
    problems: list[str] = []
    for index, flt in enumerate(filters):
        if not isinstance(flt, Mapping) or {"field", "op", "value"} - flt.keys():
            problems.append(
                f"filters[{index}]: expects a mapping with field, op and value,"
                f" got {show_value(flt)}"
            )
            continue
        field, op, value = flt["field"], flt["op"], flt["value"]
        if not isinstance(field, str) or not isinstance(op, str):
            problems.append(f"filters[{index}]: field and op are text")
            continue
        try:
            out.append({"field": field, "op": op, "value": _value(op, value, kinds.get(field))})
        except _Refused as refused:
            text = str(refused)
            got = "" if "float" in text else f", got {show_value(value)}"
            problems.append(f"filters[{index}] ({field}): {text}{got}")
    if problems:
        raise InvalidRequestError(operation, problems)
    return out
