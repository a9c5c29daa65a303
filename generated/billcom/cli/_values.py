"""Command-line text into the typed values the client takes: `--filter`, `--sort`, `--set`.

A field's type comes from the spec (the catalogue), so `amount > 10.5` compares a Decimal and
`dueDate < 2026-01-01` a date, exactly as the client's typed filters expect.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import _json
from .._facts import LIST_FILTER_OPERATORS

#: Longest first, so `<=` is not read as `<`.
_OPERATORS = sorted(LIST_FILTER_OPERATORS, key=len, reverse=True)


class BadValue(ValueError):
    """A value that cannot be what its field is: the message says what was expected."""


def field_name(fields: dict[str, dict[str, Any]], name: str) -> str:
    """The wire name of a field given by wire or Python name."""
    if name in fields:
        return name
    for wire, meta in fields.items():
        if meta["python"] == name:
            return wire
    close = sorted(w for w in fields if w.lower().startswith(name[:3].lower()))[:3]
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise BadValue(f"no field {name!r}{hint}")


def typed(kind: str, text: str, name: str) -> Any:
    """`text` as a value of the spec type `kind`."""
    try:
        if kind == "number":
            return Decimal(text)
        if kind == "integer":
            return int(text)
        if kind == "boolean":
            if text.lower() not in ("true", "false"):
                raise ValueError
            return text.lower() == "true"
        if kind == "date":
            return dt.date.fromisoformat(text)
        if kind == "datetime":
            return _timestamp(text)
        if kind in ("array", "object"):
            return _json.loads(text)
    except (ValueError, InvalidOperation):
        raise BadValue(f"{name}: {text!r} is not {_KINDS.get(kind, 'a ' + kind)}") from None
    return text


_KINDS = {
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "date": "a date (YYYY-MM-DD)",
    "datetime": "a timestamp (2026-01-31T09:30:00.000+0000 or ISO 8601)",
    "array": "a JSON array",
    "object": "a JSON object",
}


def _timestamp(text: str) -> dt.datetime:
    for pattern in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            pass
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_filter(fields: dict[str, dict[str, Any]], text: str) -> dict[str, Any]:
    """`'field op value'` (e.g. `'dueDate <= 2026-01-31'`, `'paymentStatus in 1,4'`)."""
    for op in _OPERATORS:
        padded = f" {op} " if op.isalpha() else op
        name, found, value = text.partition(padded)
        if found and name.strip():
            break
    else:
        ops = " ".join(LIST_FILTER_OPERATORS)
        raise BadValue(f"{text!r}: expected 'field op value', op one of {ops}")
    wire = field_name(fields, name.strip())
    meta = fields[wire]
    if not meta.get("filterable"):
        allowed = ", ".join(w for w, m in fields.items() if m.get("filterable"))
        raise BadValue(f"{wire} cannot be filtered on (filterable: {allowed})")
    value = value.strip()
    if op in ("in", "nin"):
        values = [typed(meta["type"], v.strip(), wire) for v in value.split(",") if v.strip()]
        return {"field": wire, "op": op, "value": values}
    return {"field": wire, "op": op, "value": typed(meta["type"], value, wire)}


def parse_sort(fields: dict[str, dict[str, Any]], text: str) -> dict[str, Any]:
    """`field` or `field:desc` (or `:asc`)."""
    name, _, order = text.partition(":")
    if order not in ("", "asc", "desc"):
        raise BadValue(f"{text!r}: the order is asc or desc")
    return {"field": field_name(fields, name.strip()), "asc": order != "desc"}


def parse_assignment(fields: dict[str, dict[str, Any]], text: str) -> tuple[str, Any]:
    """`field=value` for `update --set`: the Python name and the typed value."""
    name, found, value = text.partition("=")
    if not found:
        raise BadValue(f"{text!r}: expected field=value")
    wire = field_name(fields, name.strip())
    meta = fields[wire]
    if meta.get("read_only"):
        raise BadValue(f"{wire} is read-only: the server sets it")
    return meta["python"], None if value == "" else typed(meta["type"], value, wire)
