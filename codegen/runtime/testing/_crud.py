"""The rules of Crud and Bulk requests, above the objects: what a create or update must carry.

Each function reads the request's `data` and either changes `objects` or raises FakeError;
the caller's unit of work undoes everything a refused request did.
"""

from __future__ import annotations

from typing import Any

from .._facts import BULK_MAX_ITEMS
from ._catalog import ENTITIES
from ._envelope import failure, success
from ._errors import FakeError
from ._objects import Objects, fits

JSON = dict[str, Any]


def crud(objects: Objects, verb: str, entity: str, data: JSON) -> JSON:
    """One `Crud/{verb}/{entity}` request."""
    if verb in ("Create", "Update"):
        obj = data.get("obj")
        if not isinstance(obj, dict):
            raise FakeError("BDC_1108", "obj")
        if obj.get("entity") != entity:
            raise FakeError("BDC_1118", entity, obj.get("entity"))
        for name, meta in ENTITIES[entity]["options"].items():  # of the type the spec gives
            if data.get(name) is not None and not fits(meta, data[name]):
                raise FakeError("BDC_1124", name)
        _check_duplicate(objects, entity, obj, data)
        if verb == "Create":
            _check_options(entity, obj, data)
            return objects.create(entity, obj)
        return objects.update(entity, obj)
    if verb == "Read":
        return objects.get(entity, data.get("id"))
    return objects.set_active(entity, data.get("id"), verb == "Undelete")


def bulk(objects: Objects, verb: str, entity: str, data: JSON) -> JSON:
    """One `Bulk/Crud/{verb}/{entity}` request: an envelope per item, in order."""
    items = data.get("bulk")
    if not isinstance(items, list):
        raise FakeError("BDC_1108", "bulk")
    if len(items) > BULK_MAX_ITEMS:
        raise FakeError("BDC_1129", "bulk", f"{len(items)} objects (at most {BULK_MAX_ITEMS})")
    results = []
    for item in items:
        try:
            if not isinstance(item, dict):
                raise FakeError("BDC_1122")
            results.append(success(crud(objects, verb, entity, item)))
        except FakeError as exc:
            results.append(failure(exc.code, exc.message))
    return {"bulk": results}


def changes_guarded_fields(objects: Objects, entity: str, data: JSON) -> bool:
    """Whether an update changes a field that needs an MFA-trusted session (a vendor's payee)."""
    guarded = ENTITIES[entity]["mfa_fields"]
    if not guarded:
        return False
    objs = [i.get("obj") for i in data.get("bulk") or []] if "bulk" in data else [data.get("obj")]
    for obj in objs:
        if isinstance(obj, dict):
            stored = objects.store.get(entity, obj.get("id", "")) or {}
            if any(obj.get(name) != stored.get(name) for name in guarded):
                return True
    return False


def _check_options(entity: str, obj: JSON, data: JSON) -> None:
    """A create needs its required flags beside `obj` (real clients also put them inside)."""
    for name, meta in ENTITIES[entity]["options"].items():
        if meta.get("required") and data.get(name, obj.get(name)) in (None, ""):
            raise FakeError("BDC_1117", name)


def _check_duplicate(objects: Objects, entity: str, obj: JSON, data: JSON) -> None:
    """Invoice numbers are unique: per vendor for bills (unless allowed), per org for invoices."""
    if entity not in ("Bill", "Invoice") or data.get("allowDuplicateInvNum") is True:
        return
    number = obj.get("invoiceNumber")
    if not isinstance(number, str):
        return
    scope = "vendorId" if entity == "Bill" else None
    for other in objects.store.find(entity, "invoiceNumber", number):
        same_scope = scope is None or other.get(scope) == obj.get(scope)
        if same_scope and other["id"] != obj.get("id"):
            raise FakeError("BDC_1119", "invoiceNumber", number)
