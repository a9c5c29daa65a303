"""Describe Crud and List calls as `Call`s; the generated resources only pick the types."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from pydantic import ValidationError

from . import _facts
from ._core import Call
from ._exceptions import InvalidRequestError
from ._models import BillComModel, ParamsModel
from ._response import parser

M = TypeVar("M", bound=BillComModel)


class Filter(TypedDict):
    """A List filter, e.g. `{"field": "isActive", "op": "=", "value": "1"}`."""

    field: str
    op: str
    value: Any


class Sort(TypedDict):
    field: str
    asc: bool


def _params(
    params_type: type[ParamsModel], values: Mapping[str, Any], operation: str
) -> dict[str, Any]:
    try:
        validated = params_type.model_validate(values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'value'}: {err['msg']}"
            for err in exc.errors()
        )
        raise InvalidRequestError(operation, problems) from None
    return validated.model_dump(mode="json", by_alias=True, exclude_unset=True)


def create(
    entity: str, params_type: type[ParamsModel], values: Mapping[str, Any], model: type[M]
) -> Call[M]:
    operation = f"Crud/Create/{entity}"
    return Call(operation, {"obj": _params(params_type, values, operation)}, parser(model))


def update(
    entity: str, params_type: type[ParamsModel], obj: M, changes: Mapping[str, Any], model: type[M]
) -> Call[M]:
    """Send the whole object back (read-modify-write), with `changes` applied on top.

    Bill.com may clear optional fields left out of an Update, so the object as read is the
    base; server-set fields are dropped and unknown fields are sent back as received.
    """
    operation = f"Crud/Update/{entity}"
    if not isinstance(obj, model):
        raise InvalidRequestError(
            operation, f"expected a {model.__name__}, got {type(obj).__name__}"
        )
    if not obj.id:
        raise InvalidRequestError(operation, f"the {model.__name__} has no id")
    wire = model.writable_wire(obj.to_wire())
    wire.update(_params(params_type, changes, operation))
    wire["entity"] = entity
    wire["id"] = obj.id
    return Call(operation, {"obj": wire}, parser(model))


def by_id(verb: str, entity: str, id: str, model: type[M]) -> Call[M]:
    operation = f"Crud/{verb}/{entity}"
    if not isinstance(id, str) or not id:
        raise InvalidRequestError(operation, "id must be a non-empty string")
    return Call(operation, {"id": id}, parser(model))


def list_pages(
    entity: str,
    model: type[M],
    *,
    page_size: int,
    filters: Sequence[Filter] | None,
    sort: Sequence[Sort] | None,
    nested: bool | None,
    show_audit: bool | None,
) -> Callable[[int, int], Call[list[M]]]:
    """Check the options once; return what describes the List call for any (start, max)."""
    operation = f"List/{entity}"
    if not 1 <= page_size <= _facts.LIST_MAX_PAGE_SIZE:
        raise InvalidRequestError(
            operation,
            f"page_size must be between 1 and {_facts.LIST_MAX_PAGE_SIZE}, got {page_size}",
        )
    options: dict[str, Any] = {}
    if filters:
        options["filters"] = [dict(f) for f in filters]
    if sort:
        # The API takes `asc` as the strings "true"/"false".
        options["sort"] = [
            {"field": s["field"], "asc": "true" if s["asc"] else "false"} for s in sort
        ]
    if nested is not None:
        options["nested"] = nested
    if show_audit is not None:
        options["showAudit"] = show_audit
    parse = parser(list[model])  # type: ignore[valid-type]

    def page(start: int, max: int) -> Call[list[M]]:
        return Call(operation, {"start": start, "max": max, **options}, parse)

    return page
