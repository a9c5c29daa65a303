"""Exact JSON: a Decimal is written with exactly its digits and read back from its text.

The standard library writes a Decimal through float (or not at all) and pydantic writes it as a
string; simplejson writes it as the JSON number it is, in C.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import simplejson

__all__ = ["dumps", "loads"]

_encoder = simplejson.JSONEncoder(
    separators=(",", ":"),
    ensure_ascii=False,
    use_decimal=True,
    namedtuple_as_object=False,
    allow_nan=False,
)


def dumps(value: Any) -> str:
    """Compact JSON text of `value`; Decimals keep their digits. Raises ValueError for NaN."""
    return _encoder.encode(value)


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(content: str | bytes) -> Any:
    """Parse JSON text with every non-integer number as the Decimal its text spells.

    NaN and Infinity, which Python's parser would accept, are refused: they are not JSON.
    """
    return json.loads(content, parse_float=Decimal, parse_constant=_not_json)
