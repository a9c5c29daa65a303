"""Validation errors in plain words: one line per problem, the parameter named both ways.

Pydantic's own messages speak of its schemas ("is-instance[Decimal]", "Extra inputs are not
permitted"); a user needs the name they typed, the wire name Bill.com uses, and what to do.
"""

from __future__ import annotations

import difflib
import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ._facts import SECRET_FIELDS
from ._types import show_value

__all__ = ["describe"]

#: Pydantic's error types for a value of the wrong kind, in plain words.
_EXPECTS = {
    "string_type": "expects text",
    "bool_type": "expects True or False",
    "int_type": "expects a whole number",
    "int_from_float": "expects a whole number",
    "int_parsing": "expects a whole number",
    "list_type": "expects a list",
    "dict_type": "expects a mapping",
    "model_type": "expects a mapping",
    "model_attributes_type": "expects a mapping",
}


def label(cls: type[BaseModel]) -> str:
    """`BillCreateParamsModel` -> `Bill`: the name of what a params class describes."""
    name = cls.__name__
    for suffix in ("CreateParamsModel", "UpdateParamsModel", "ParamsModel"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _nested(annotation: Any) -> type[BaseModel] | None:
    """The params class inside `X`, `X | None` or `list[X]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType, list) or get_args(annotation):
        for arg in get_args(annotation):
            found = _nested(arg)
            if found is not None:
                return found
    return None


def _field(cls: type[BaseModel], key: str) -> tuple[str, str, Any] | None:
    """(python name, wire name, annotation) of `key`, given either way."""
    for name, info in cls.model_fields.items():
        if key in (name, info.alias):
            return name, info.alias or name, info.annotation
    return None


def _suggest(cls: type[BaseModel], key: str) -> str:
    names = [n for name, info in cls.model_fields.items() for n in {name, info.alias or name}]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if not close:
        close = [n for n in names if n.lower() == key.lower().replace("_", "")]
    return f"; did you mean `{close[0]}`?" if close else ""


def _unknown(cls: type[BaseModel], key: str) -> str:
    model = getattr(cls, "__model__", None)
    if model is not None:
        for name, info in model.model_fields.items():
            if key in (name, info.alias) and (info.alias or name) in model.__read_only__:
                return "is set by Bill.com and cannot be sent"
    return f"is not a field of {label(cls)}{_suggest(cls, key)}"


def _line(err: ErrorDetails, root: type[BaseModel], required_for: str) -> str:
    cls: type[BaseModel] | None = root
    py: list[str] = []
    wire: list[str] = []
    loc = err["loc"]
    for i, part in enumerate(loc):
        if isinstance(part, int):
            py.append(f"[{part}]")
            wire.append(f"[{part}]")
            continue
        found = _field(cls, part) if cls is not None else None
        if found is None:
            if i == len(loc) - 1 and err["type"] == "extra_forbidden":
                py.append(f".{part}")
                wire.append(f".{part}")
            continue  # a tag pydantic puts in the path of a union member
        name, alias, annotation = found
        py.append(f".{name}")
        wire.append(f".{alias}")
        cls = _nested(annotation)
    py_path, wire_path = "".join(py).lstrip("."), "".join(wire).lstrip(".")
    where = py_path if py_path == wire_path else f"{py_path} ({wire_path})"
    kind = err["type"]
    if kind == "missing":
        what = f"is required {required_for}" if len(loc) == 1 else "is required"
    elif kind == "extra_forbidden":
        # The walk stopped at the unknown key: `cls` is the class it was checked against.
        what = _unknown(cls, str(loc[-1])) if cls is not None else "is not a field"
    elif kind in _EXPECTS and wire_path.rsplit(".", 1)[-1] in SECRET_FIELDS:
        what = _EXPECTS[kind]  # never quote a secret back
    elif kind in _EXPECTS:
        what = f"{_EXPECTS[kind]}, got {show_value(err.get('input'))}"
    else:
        message = err["msg"]
        what = message[:1].lower() + message[1:]
    return f"{where}: {what}" if where else what


def describe(exc: ValidationError, root: type[BaseModel], required_for: str) -> list[str]:
    """One line per problem, in the order pydantic found them, without repeats."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        line = _line(err, root, required_for)
        if line not in lines:
            lines.append(line)
    return lines
