"""Describe Crud, Bulk, List and action calls as `Call`s; the generated code only picks the types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypedDict, TypeVar

from pydantic import ValidationError

from . import _facts
from ._core import Call, decode_envelope, unreadable, unwrap
from ._exceptions import APIError, InvalidRequestError
from ._filters import encode_filters
from ._invalid import describe
from ._models import BillComModel, ParamsModel
from ._response import parser, wrapping_parser
from ._types import WIRE, show_value

M = TypeVar("M", bound=BillComModel)
T = TypeVar("T")

#: Crud verbs that may be repeated after an ambiguous failure (from the spec).
_SAFE = _facts.SAFE_TO_REPEAT_OPERATIONS


#: A filter value: text (ids, codes), an amount, a flag, a date or a timestamp.
FilterValue = str | int | Decimal | bool | dt.date | dt.datetime


class Filter(TypedDict):
    """A List filter, e.g. `{"field": "isActive", "op": "=", "value": "1"}`.

    Each entity has a tighter one (`BillFilter`) whose value type follows the field.
    """

    field: str
    op: _facts.FilterOperator
    value: FilterValue | Sequence[FilterValue]


class Sort(TypedDict):
    field: str
    asc: bool


def _checked(
    params_type: type[ParamsModel], values: object, required_for: str
) -> tuple[dict[str, Any], list[str]]:
    """Wire data of valid `values`, or the problems found, one line each."""
    try:
        validated = params_type.model_validate(values)
    except ValidationError as exc:
        return {}, describe(exc, params_type, required_for)
    data: dict[str, Any] = validated.model_dump(
        mode="python", by_alias=True, exclude_unset=True, context=WIRE
    )
    return data, []


def params(
    params_type: type[ParamsModel], values: Mapping[str, Any], operation: str
) -> dict[str, Any]:
    """Validate keyword arguments and return them as wire data; nothing is sent if they are wrong."""
    data, problems = _checked(params_type, values, _required_for(operation))
    if problems:
        raise InvalidRequestError(operation, problems)
    return data


def _required_for(operation: str) -> str:
    """How a missing required parameter is described: `to create a Bill`, `by PayBills`."""
    verb, _, entity = operation.rpartition("/")
    if verb.endswith("Create"):
        return f"to create {'an' if entity[:1] in 'AEIOU' else 'a'} {entity}"
    return f"by {entity}"


def _listed(value: Any, name: str, operation: str) -> Sequence[Any]:
    """`value` if it is a list (or another sequence that is not text), else InvalidRequestError."""
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return value
    raise InvalidRequestError(operation, f"{name}: expects a list, got {show_value(value)}")


def _options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    return {key: value for key, value in (options or {}).items() if value is not None}


def create(
    entity: str,
    params_type: type[ParamsModel],
    values: Mapping[str, Any],
    model: type[M],
    *,
    options: Mapping[str, Any] | None = None,
) -> Call[M]:
    operation = f"Crud/Create/{entity}"
    data = {"obj": params(params_type, values, operation), **_options(options)}
    return Call(operation, data, parser(model), safe_to_repeat="create" in _SAFE)


def _writable(
    entity: str,
    params_type: type[ParamsModel],
    obj: M,
    changes: Mapping[str, Any],
    model: type[M],
) -> tuple[dict[str, Any], list[str]]:
    """The object as read, minus server-set fields, plus `changes`: what an Update sends."""
    if not isinstance(obj, model):
        return {}, [f"expects a {model.__name__}, got {type(obj).__name__}"]
    id = getattr(obj, "id", None)
    if not isinstance(id, str) or not id:
        return {}, [f"the {model.__name__} has no id: update an object read from Bill.com"]
    wire = model.writable_wire(obj.to_wire())
    updates, problems = _checked(params_type, changes, "")
    wire.update(updates)
    problems += _missing(model, wire)
    wire["entity"] = entity
    wire["id"] = id
    return wire, problems


def _missing(model: type[BillComModel], wire: Mapping[str, Any]) -> list[str]:
    """What an Update must carry (it replaces the stored object) and this object lacks."""
    problems = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in model.__required__ or wire.get(key) is not None:
            continue
        where = name if name == key else f"{name} ({key})"
        how = (
            "start from an object read with `read(id)` or listed, which carry them"
            if key in model.__children__
            else "start from an object read with `read(id)`, or pass it"
        )
        problems.append(
            f"{where}: missing from this {model.__name__}, and an update sends the whole "
            f"object; {how}"
        )
    return problems


def update(
    entity: str,
    params_type: type[ParamsModel],
    obj: M,
    changes: Mapping[str, Any],
    model: type[M],
    *,
    options: Mapping[str, Any] | None = None,
) -> Call[M]:
    """Send the whole object back (read-modify-write), with `changes` applied on top.

    Bill.com may clear optional fields left out of an Update, so the object as read is the
    base; server-set fields are dropped and unknown fields are sent back as received.
    """
    operation = f"Crud/Update/{entity}"
    wire, problems = _writable(entity, params_type, obj, changes, model)
    if problems:
        raise InvalidRequestError(operation, problems)
    data = {"obj": wire, **_options(options)}
    return Call(operation, data, parser(model), safe_to_repeat="update" in _SAFE)


def by_id(verb: str, entity: str, id: str, model: type[M]) -> Call[M]:
    operation = f"Crud/{verb}/{entity}"
    if not isinstance(id, str) or not id:
        raise InvalidRequestError(
            operation, f"expects an id (non-empty text), got {show_value(id)}"
        )
    return Call(operation, {"id": id}, parser(model), safe_to_repeat=verb.lower() in _SAFE)


def list_pages(
    entity: str,
    model: type[M],
    *,
    page_size: int,
    filters: Sequence[Mapping[str, Any]] | None,
    sort: Sequence[Mapping[str, Any]] | None,
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
    if filters is not None:
        filters = _listed(filters, "filters", operation)
        if filters:
            options["filters"] = encode_filters(filters, model.__filters__, operation)
    if sort is not None:
        sort = _listed(sort, "sort", operation)
        if sort:
            options["sort"] = _sort(sort, operation)
    if nested is not None:
        options["nested"] = nested
    if show_audit is not None:
        options["showAudit"] = show_audit
    parse = parser(list[model])  # type: ignore[valid-type]
    safe = "list" in _SAFE

    def page(start: int, max: int) -> Call[list[M]]:
        return Call(operation, {"start": start, "max": max, **options}, parse, safe_to_repeat=safe)

    return page


def _sort(sort: Sequence[Mapping[str, Any]], operation: str) -> list[dict[str, str]]:
    """Sort keys as the API takes them: `asc` as the text "true" or "false"."""
    out, problems = [], []
    for index, key in enumerate(sort):
        if (
            isinstance(key, Mapping)
            and isinstance(key.get("field"), str)
            and isinstance(key.get("asc"), bool)
        ):
            out.append({"field": key["field"], "asc": "true" if key["asc"] else "false"})
        else:
            problems.append(
                f"sort[{index}]: expects {{'field': <name>, 'asc': True or False}},"
                f" got {show_value(key)}"
            )
    if problems:
        raise InvalidRequestError(operation, problems)
    return out


# -- Bulk -------------------------------------------------------------------------------------


def _bulk_parser(model: type[M], sent: int) -> Callable[[bytes, int, str], list[M | APIError]]:
    """One result per item sent: the object, or the APIError of an item the server refused.

    An answer that does not account for every item, or an item that is not an envelope,
    proves nothing about the chunk: it fails as a whole (its outcome is unknown).
    """

    def parse(content: bytes, http_status: int, operation: str) -> list[M | APIError]:
        data = decode_envelope(content, http_status, operation)
        items = data.get("bulk") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise unreadable(operation, "Bulk answer without a bulk list", http_status)
        if len(items) != sent:
            raise unreadable(
                operation, f"Bulk answer with {len(items)} results for {sent} items", http_status
            )
        results: list[M | APIError] = []
        for index, item in enumerate(items):
            try:
                results.append(model.model_validate(unwrap(item, http_status, operation)))
            except APIError as error:
                results.append(error)
            except (ValidationError, RecursionError):
                raise unreadable(
                    operation, f"Bulk result {index} is not a {model.__name__}", http_status
                ) from None
        return results

    return parse


def _bulk(
    verb: str, entity: str, items: list[dict[str, Any]], model: type[M]
) -> list[Call[list[M | APIError]]]:
    operation = f"Bulk/Crud/{verb}/{entity}"
    size = _facts.BULK_MAX_ITEMS
    safe = verb.lower() in _SAFE
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    return [
        Call(operation, {"bulk": chunk}, _bulk_parser(model, len(chunk)), safe_to_repeat=safe)
        for chunk in chunks
    ]


def bulk_create(
    entity: str,
    params_type: type[ParamsModel],
    values: Sequence[Mapping[str, Any]],
    model: type[M],
    *,
    options: Mapping[str, Any] | None = None,
) -> list[Call[list[M | APIError]]]:
    """Calls of at most 100 objects each; every object is validated before the first is sent.

    Request options go beside each item's `obj`, as on a single create.
    """
    operation = f"Bulk/Crud/Create/{entity}"
    extra = _options(options)
    required_for = _required_for(f"Crud/Create/{entity}")
    items, problems = [], []
    for index, value in enumerate(_listed(values, "items", operation)):
        data, found = _checked(params_type, value, required_for)
        items.append({"obj": data, **extra})
        problems += [f"item {index}: {line}" for line in found]
    if problems:
        raise InvalidRequestError(operation, problems)
    return _bulk("Create", entity, items, model)


def bulk_update(
    entity: str,
    params_type: type[ParamsModel],
    objs: Sequence[M],
    model: type[M],
    *,
    options: Mapping[str, Any] | None = None,
) -> list[Call[list[M | APIError]]]:
    operation = f"Bulk/Crud/Update/{entity}"
    extra = _options(options)
    items, problems = [], []
    for index, obj in enumerate(_listed(objs, "objs", operation)):
        wire, found = _writable(entity, params_type, obj, {}, model)
        items.append({"obj": wire, **extra})
        problems += [f"item {index}: {line}" for line in found]
    if problems:
        raise InvalidRequestError(operation, problems)
    return _bulk("Update", entity, items, model)


def bulk_by_id(
    verb: str, entity: str, ids: Sequence[str], model: type[M]
) -> list[Call[list[M | APIError]]]:
    operation = f"Bulk/Crud/{verb}/{entity}"
    problems = [
        f"item {index}: expects an id (non-empty text), got {show_value(i)}"
        for index, i in enumerate(_listed(ids, "ids", operation))
        if not isinstance(i, str) or not i
    ]
    if problems:
        raise InvalidRequestError(operation, problems)
    return _bulk(verb, entity, [{"id": i} for i in ids], model)


# -- Actions ----------------------------------------------------------------------------------


def _no_content(content: bytes, http_status: int, operation: str) -> None:
    decode_envelope(content, http_status, operation)


def _action(
    name: str,
    params_type: type[ParamsModel] | None,
    values: Mapping[str, Any],
    parse: Callable[[bytes, int, str], T],
    safe_to_repeat: bool,
    form: str,
    file: bytes | None,
) -> Call[T]:
    data = params(params_type, values, name) if params_type is not None else None
    files = None
    if file is not None:
        # The file travels as its own multipart part, named as the `fileName` it is sent with.
        file_name = str((data or {}).get("fileName") or "file")
        files = {"file": (file_name, file, "application/octet-stream")}
    return Call(name, data, parse, safe_to_repeat=safe_to_repeat, form=form, files=files)


def action(
    name: str,
    params_type: type[ParamsModel] | None,
    values: Mapping[str, Any],
    response: type[T],
    *,
    safe_to_repeat: bool,
    form: str = "data",
    file: bytes | None = None,
    response_wraps: str | None = None,
) -> Call[T]:
    """An action endpoint call whose response_data is parsed as `response`."""
    parse = (
        parser(response) if response_wraps is None else wrapping_parser(response, response_wraps)
    )
    return _action(name, params_type, values, parse, safe_to_repeat, form, file)


def action_no_content(
    name: str,
    params_type: type[ParamsModel] | None,
    values: Mapping[str, Any],
    *,
    safe_to_repeat: bool,
    form: str = "data",
    file: bytes | None = None,
) -> Call[None]:
    """An action endpoint call whose answer carries nothing of use."""
    return _action(name, params_type, values, _no_content, safe_to_repeat, form, file)
