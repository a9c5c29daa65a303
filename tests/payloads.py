"""Example wire payloads and create arguments for any entity, built from the spec."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from codegen.spec import Entity, FieldDef, Spec, TypeRef

# Values whose real type differs from the documented one, as the reference lists them
# (entities-ap.md §15 #2, #6; api-mechanics.md §7): they must be kept as received.
KNOWN_DRIFT: dict[tuple[str, str], Any] = {
    ("Vendor", "vendorBankAccountStatus"): -1,  # enum code documented, JSON number seen
    ("Vendor", "taxIdType"): None,  # null in older payloads
    ("Bill", "numApprPolicyEx"): "0",  # spec says string, real data a number
    ("BankAccount", "bankBalance"): "1234.56",  # Read schema: string
    ("BankAccount", "primaryAP"): "true",  # Read schema: string
    ("BankAccount", "isSavings"): "false",
    ("BillPay", "amount"): "100.00",  # spec says string
    ("BillPay", "allowExport"): "true",
    ("SentPay", "localAmount"): "95.10",
    ("MoneyMovement", "amount"): "-25.00",
    ("MoneyMovementItem", "amount"): "-25.00",
}
UNKNOWN_FIELD = {"someFieldAddedLater": {"values": [1, "two", None], "flag": True}}


def sample_id(spec: Spec, target: str | None) -> str:
    prefix = "0" * 3
    if target is not None:
        prefix = spec.entity(target).id_prefix or "zzz"
    return (prefix + "01ABCDEFGHIJKLMNOPQ")[:20]


def wire_value(spec: Spec, owner: str, field: FieldDef, t: TypeRef) -> Any:
    if (owner, field.wire_name) in KNOWN_DRIFT:
        return KNOWN_DRIFT[(owner, field.wire_name)]
    if field.nullable and t is field.type and field.type.kind not in ("array", "object"):
        return None
    match t.kind:
        case "string":
            return f"{field.wire_name} text"
        case "ref":
            return sample_id(spec, t.ref)
        case "number":
            return 1250.5
        case "integer":
            return 3
        case "boolean":
            return True
        case "date":
            return "2024-07-01"
        case "datetime":
            return "2024-07-30T20:33:28.000+0000"
        case "enum":
            return t.enum[-1].code
        case "array":
            return [] if t.items is None else [wire_value(spec, owner, field, t.items)]
    if t.entity is not None:
        return wire_object(spec, spec.entity(t.entity))
    if t.fields is not None:
        return {f.wire_name: wire_value(spec, owner, f, f.type) for f in t.fields}
    return {"count": 2, "totalAmount": 10.5}


def wire_object(spec: Spec, entity: Entity) -> dict[str, Any]:
    """Every field of the entity with a plausible value, plus a field the spec does not know."""
    wire: dict[str, Any] = {"entity": entity.name}
    for field in entity.fields:
        wire[field.wire_name] = wire_value(spec, entity.name, field, field.type)
    wire.update(UNKNOWN_FIELD)
    return wire


_unique = itertools.count(1)


def python_value(spec: Spec, t: TypeRef) -> Any:
    match t.kind:
        case "string":
            return f"sample-{next(_unique)}"  # unique, e.g. for invoice numbers
        case "ref":
            return sample_id(spec, t.ref)
        case "number":
            return Decimal("10.25")
        case "integer":
            return 1
        case "boolean":
            return True
        case "date":
            return dt.date(2024, 7, 1)
        case "datetime":
            return dt.datetime(2024, 7, 1, 12, 0, tzinfo=dt.UTC)
        case "enum":
            return t.enum[0].code
        case "array":
            return [] if t.items is None else [python_value(spec, t.items)]
    fields = spec.entity(t.entity).fields if t.entity else (t.fields or ())
    return required_kwargs(spec, fields)


def required_kwargs(spec: Spec, fields: tuple[FieldDef, ...]) -> dict[str, Any]:
    """Keyword arguments for the required writable fields."""
    return {f.py_name: python_value(spec, f.type) for f in fields if f.required and not f.read_only}


def changeable_field(entity: Entity) -> FieldDef | None:
    """An optional writable string field, to change on update."""
    for f in entity.fields:
        if f.type.kind == "string" and not f.required and not f.read_only and f.wire_name != "id":
            return f
    return None
