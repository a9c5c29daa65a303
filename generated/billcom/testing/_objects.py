"""Crud and List on stored objects, with the fields Bill.com computes kept consistent.

Everything entity-specific comes from the catalogue (required, read-only, defaults, enum codes,
nesting); the few computed fields the reference describes are in `_derive`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from .._facts import LIST_MAX_PAGE_SIZE, LIST_RETURNS_CHILDREN
from ._catalog import ENTITIES
from ._codes import (
    ACTIVE,
    BILL_OPEN,
    BILL_PAID,
    BILL_PARTIALLY_PAID,
    BILL_SCHEDULED,
    INACTIVE,
    INVOICE_OPEN,
    INVOICE_PAID,
    INVOICE_PARTIALLY_PAID,
    LINE_EXPENSE,
    LINE_ITEM,
)
from ._errors import FakeError
from ._store import Store

JSON = dict[str, Any]
#: The fake's own table (not an entity of the API): what receipts applied to each invoice.
APPLIED = "InvoiceApplied"
#: Documents that make up a balance: entity -> (owner entity, reference to it, open amount).
_BALANCES = {
    "Invoice": ("Customer", "customerId", "amountDue"),
    "Bill": ("Vendor", "vendorId", "dueAmount"),
}
ZERO_ID = "0" * 20
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a is not None and a < b,
    ">": lambda a, b: a is not None and a > b,
    "<=": lambda a, b: a is not None and a <= b,
    ">=": lambda a, b: a is not None and a >= b,
    "in": lambda a, b: a in b,
    "nin": lambda a, b: a not in b,
}


def _is_day(text: str) -> bool:
    """Whether YYYY-MM-DD names a day of the calendar (2024-02-30 does not)."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "enum": lambda v: isinstance(v, str),  # codes are text ("1"), as the API writes them
    "ref": lambda v: isinstance(v, str),
    "number": lambda v: isinstance(v, int | Decimal) and not isinstance(v, bool) and _fits(v),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, str) and bool(_DATE.match(v)) and _is_day(v),
    "datetime": lambda v: isinstance(v, str),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


_CENT = Decimal("0.01")
#: Digits an amount may have: what exact arithmetic here carries (Decimal's default context).
_DIGITS = 28


def _fits(value: int | Decimal) -> bool:
    number = Decimal(value) if isinstance(value, int) else value
    return number.is_finite() and len(number.as_tuple().digits) <= _DIGITS


def fits(meta: JSON, value: Any) -> bool:
    """Whether `value` is of the type a field's catalogue entry gives (`meta["type"]`)."""
    return _TYPES[meta["type"]](value)


def num(value: Any) -> Decimal:
    """A stored amount as an exact Decimal (None counts as zero)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(0) if value is None else Decimal(str(value))


def money(value: Decimal | int) -> Decimal:
    """An amount the server computed: exact, rounded to cents only where arithmetic went past."""
    value = num(value) + 0  # no negative zero
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        return value.quantize(_CENT, rounding=ROUND_HALF_UP)
    return value


def child_entity(meta: JSON) -> str | None:
    return meta.get("items", meta).get("entity")  # type: ignore[no-any-return]


class Objects:
    """The object store seen through Bill.com's rules."""

    def __init__(
        self,
        store: Store,
        now: Callable[[], str],
        new_id: Callable[[str], str],
        users_id: str,
        org_name: str = "",
    ) -> None:
        self.store = store
        self.now = now
        self.new_id = new_id
        self.users_id = users_id
        self.org_name = org_name

    # -- Crud ----------------------------------------------------------------------------------

    def get(self, entity: str, id: Any) -> JSON:
        if not isinstance(id, str) or not id:
            raise FakeError("BDC_1108", "id")
        record = self.store.get(entity, id)
        if record is None:
            raise FakeError("BDC_1120")
        return record

    def create(self, entity: str, obj: JSON) -> JSON:
        return self.save(entity, self._build(entity, obj, None, None))

    def update(self, entity: str, obj: JSON) -> JSON:
        existing = self.get(entity, obj.get("id"))
        return self.save(entity, self._build(entity, obj, existing, None))

    def set_active(self, entity: str, id: Any, active: bool) -> JSON:
        record = self.get(entity, id)
        if "isActive" in ENTITIES[entity]["fields"]:
            record["isActive"] = ACTIVE if active else INACTIVE
            return self.save(entity, record)
        return record

    def save(self, entity: str, record: JSON) -> JSON:
        """Recompute what the server derives, then store."""
        self._derive(entity, record)
        if "updatedTime" in ENTITIES[entity]["fields"]:
            record["updatedTime"] = self.now()
        self._put(entity, record)
        return record

    def _put(self, entity: str, record: JSON) -> None:
        """Store `record`; a bill or invoice moves its vendor's or customer's balance."""
        before = self.store.get(entity, record["id"]) if entity in _BALANCES else None
        self.store.put(entity, record)
        if entity in _BALANCES:
            self._rebalance(entity, before, record)

    def new(self, entity: str, values: JSON, *, store: bool = True) -> JSON:
        """An object the server makes itself (payments, approvers): defaults, then `values`."""
        record = self._fresh(entity)
        if "updatedTime" in ENTITIES[entity]["fields"]:
            record["updatedTime"] = record["createdTime"]
        record.update(values)
        if store:
            self.store.put(entity, record)
        return record

    def _fresh(self, entity: str) -> JSON:
        """A new object with what the server fills in: id, defaults, empty refs, timestamps."""
        fields: dict[str, JSON] = ENTITIES[entity]["fields"]
        record: JSON = {"entity": entity, "id": self.new_id(entity)}
        for name, meta in fields.items():
            if "default" in meta:
                record[name] = meta["default"]
            elif meta["type"] == "ref" and name != "id":
                record[name] = ZERO_ID  # an unset reference is twenty zeros, not null
        for name, value in (("isActive", ACTIVE), ("createdTime", self.now())):
            if name in fields:
                record[name] = value
        return record

    def add(self, entity: str, record: JSON) -> JSON:
        """Store an object as given (seed data, tests), filling in only `entity` and `id`."""
        record = {"entity": entity, **record}
        record.setdefault("id", self.new_id(entity))
        self.store.put(entity, record)  # as given: balances are the seed's to state
        return record

    def _build(
        self, entity: str, obj: JSON, existing: JSON | None, parent: tuple[str, str] | None
    ) -> JSON:
        """A stored object from a written one: read-only fields dropped, defaults filled in."""
        fields: dict[str, JSON] = ENTITIES[entity]["fields"]
        for name, meta in fields.items():
            if meta.get("required") and obj.get(name) in (None, "", []):
                raise FakeError("BDC_1117", name)
        if existing is not None:
            # Update replaces the object: only what the server owns survives.
            record: JSON = {"entity": entity}
            record.update({k: v for k, v in existing.items() if fields.get(k, {}).get("read_only")})
            record["id"] = existing["id"]
        else:
            record = self._fresh(entity)
            if "createdBy" in fields:
                record["createdBy"] = self.users_id
        if parent is not None:
            link = parent[0][:1].lower() + parent[0][1:] + "Id"
            for name in fields:
                if name.lower() == link.lower():
                    record[name] = parent[1]
        for name, value in obj.items():
            field = fields.get(name)
            if field is None or field.get("read_only") or name == "entity":
                continue
            record[name] = self._value(entity, name, field, value, record["id"], existing)
        return record

    def _refers(self, target: str | None, value: Any) -> bool:
        """Whether an id points at a stored object of the entity the spec says it refers to."""
        if target not in ENTITIES or value in ("", ZERO_ID, self.users_id):
            return True  # no reference, an entity the fake does not keep, or the user itself
        if "create" not in ENTITIES[target]["operations"]:
            return True  # objects the caller cannot make here (the org's own) are not checked
        return self.store.get(target, value) is not None

    def _value(
        self, entity: str, name: str, meta: JSON, value: Any, owner: str, existing: JSON | None
    ) -> Any:
        if value is None:
            return None
        if value == "" and meta["type"] != "string":
            # Clients that serialise whole structs send "" for every field they leave unset:
            # unset it is. An empty reference is stored as the API writes one, twenty zeros.
            return ZERO_ID if meta["type"] == "ref" else None
        if not fits(meta, value):
            raise FakeError("BDC_1124", name)
        if meta["type"] == "enum" and str(value) not in meta["enum"]:
            raise FakeError("BDC_1119", name, value)
        if meta["type"] == "ref" and not self._refers(meta.get("ref"), value):
            # The reference gives no code for an id of nothing: its "invalid field,value" reads so.
            raise FakeError("BDC_1119", name, value)
        child = child_entity(meta)
        if child is None:
            return value
        old = {c.get("id"): c for c in (existing or {}).get(name) or [] if isinstance(c, dict)}
        items = value if isinstance(value, list) else [value]
        built = []
        for item in items:
            if not isinstance(item, dict):
                raise FakeError("BDC_1124", name)
            line = self._build(child, item, old.get(item.get("id")), (entity, owner))
            if item.get("id") in old:  # a line sent back with its id keeps its identity
                line["id"] = item["id"]
            built.append(line)
        return built if isinstance(value, list) else built[0]

    # -- what the server computes ---------------------------------------------------------------

    def _derive(self, entity: str, record: JSON) -> None:
        fields = ENTITIES[entity]["fields"]
        for name, meta in fields.items():
            child = child_entity(meta)
            if child and meta["type"] == "array" and isinstance(record.get(name), list):
                for line in record[name]:
                    self._derive_line(line, record[name])
                if "amount" in fields and fields["amount"].get("read_only"):
                    total = sum(num(line.get("amount")) for line in record[name])
                    record["amount"] = money(total + num(record.get("salesTaxTotal")))
        if entity == "Bill":
            self._bill_status(record)
        elif entity == "Invoice":
            self._invoice_status(record)

    @staticmethod
    def _derive_line(line: JSON, lines: list[JSON]) -> None:
        if "lineType" in ENTITIES[line["entity"]]["fields"]:
            line["lineType"] = LINE_ITEM if line.get("itemId", ZERO_ID) != ZERO_ID else LINE_EXPENSE
        if line["entity"] == "InvoiceLineItem":
            if line.get("price") is not None:
                quantity = line.get("quantity")
                line["amount"] = money(
                    num(line["price"]) * num(1 if quantity is None else quantity)
                )
            elif line.get("ratePercent") is not None:
                base = sum(num(o.get("amount")) for o in lines if o.get("ratePercent") is None)
                line["amount"] = money(base * num(line["ratePercent"]) / 100)

    @staticmethod
    def _bill_status(bill: JSON) -> None:
        amount = num(bill.get("amount"))
        paid = num(bill.get("paidAmount"))
        credit = num(bill.get("creditAmount"))
        bill["dueAmount"] = money(amount - paid - credit)
        if amount and bill["dueAmount"] <= 0:
            bill["paymentStatus"] = BILL_PAID
        elif num(bill.get("scheduledAmount")) > 0:
            bill["paymentStatus"] = BILL_SCHEDULED
        else:
            bill["paymentStatus"] = BILL_PARTIALLY_PAID if paid + credit > 0 else BILL_OPEN

    def _invoice_status(self, invoice: JSON) -> None:
        applied = self.applied_to(invoice["id"])
        amount = num(invoice.get("amount"))
        invoice["amountDue"] = money(amount - applied)
        if applied <= 0:
            invoice["paymentStatus"] = INVOICE_OPEN
        else:
            paid_in_full = invoice["amountDue"] <= 0
            invoice["paymentStatus"] = INVOICE_PAID if paid_in_full else INVOICE_PARTIALLY_PAID

    def applied_to(self, invoice_id: str) -> Decimal:
        """What receipts that stand (not voided) have applied to an invoice."""
        kept = self.store.get(APPLIED, invoice_id)
        return Decimal(0) if kept is None else num(kept["amount"])

    def apply(self, invoice_id: str, amount: Decimal) -> None:
        """Count a receipt's line against an invoice (negative: a voided one's): kept as the
        fake's own running total, so an invoice's status never scans every receipt."""
        total = self.applied_to(invoice_id) + amount
        self.store.put(APPLIED, {"id": invoice_id, "amount": total})

    def _rebalance(self, entity: str, before: JSON | None, after: JSON) -> None:
        """Move a customer's or vendor's balance (what its active invoices or bills leave open)
        by what this document leaves open now less what it did before: no scan of the owner's
        documents, so a write costs the same at 100k bills of one vendor as at one."""
        owner_entity, ref, open_field = _BALANCES[entity]
        deltas: dict[Any, Decimal] = {}
        for doc, sign in ((before, -1), (after, 1)):
            if doc is not None and doc.get("isActive") == ACTIVE:
                owner_id = doc.get(ref)
                deltas[owner_id] = deltas.get(owner_id, Decimal(0)) + sign * num(
                    doc.get(open_field)
                )
        for owner_id, delta in deltas.items():
            owner = self.store.get(owner_entity, owner_id) if isinstance(owner_id, str) else None
            if owner is None or not delta:
                continue
            owner["balance"] = money(num(owner.get("balance")) + delta)
            if "lastBalanceUpdate" in ENTITIES[owner_entity]["fields"]:
                owner["lastBalanceUpdate"] = self.now()
            self.store.put(owner_entity, owner)

    # -- List ----------------------------------------------------------------------------------

    def rows(self, entity: str) -> Iterator[JSON]:
        """Stored objects of an entity, and those nested in other objects (e.g. invoice lines)."""
        yield from self.store.all(entity)
        for parent, meta in ENTITIES.items():
            for name, field in meta["fields"].items():
                if parent != entity and child_entity(field) == entity:
                    for record in self.store.all(parent):
                        value = record.get(name)
                        yield from value if isinstance(value, list) else ([value] if value else [])

    def list(self, entity: str, data: JSON) -> list[JSON]:
        meta = ENTITIES[entity]
        start, size = data.get("start", 0), data.get("max", LIST_MAX_PAGE_SIZE)
        if not isinstance(start, int) or isinstance(start, bool) or start < 0:
            raise FakeError("BDC_1129", "start", start)
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not 1 <= size <= LIST_MAX_PAGE_SIZE
        ):
            raise FakeError("BDC_1129", "max", size)
        rows = list(self.rows(entity))
        filters, sort = data.get("filters") or [], data.get("sort") or []
        for key, value in (("filters", filters), ("sort", sort)):
            if not isinstance(value, list):
                raise FakeError("BDC_1124", key)
        for key in ("nested", "showAudit"):
            if data.get(key) is not None and not isinstance(data[key], bool):
                raise FakeError("BDC_1124", key)
        for flt in filters:
            rows = _filter(meta, rows, flt)
        for key in reversed(sort):
            name = key.get("field") if isinstance(key, dict) else None
            if not isinstance(name, str) or name not in meta["fields"]:
                raise FakeError("BDC_1130", name)
            asc = key.get("asc", "true")
            # Sent as text, "true" or "false"; a boolean is taken too.
            if not isinstance(asc, bool) and str(asc).lower() not in ("true", "false"):
                raise FakeError("BDC_1129", "asc", asc)
            descending = str(asc).lower() == "false"
            kind = meta["fields"][name]["type"]
            rows.sort(key=lambda r: _sort_key(r.get(name), kind), reverse=descending)
        # Children come with every listed object when the spec says so (`nested` or not).
        hidden = (
            set()
            if LIST_RETURNS_CHILDREN or data.get("nested")
            else {k for k, f in meta["fields"].items() if child_entity(f)}
        )
        if not data.get("showAudit"):
            hidden.add("createdBy")
        return [
            {k: v for k, v in row.items() if k not in hidden} for row in rows[start : start + size]
        ]


def _moment(text: str) -> datetime | str:
    """A timestamp as the moment it names, whatever its offset (`+0000`, `-0700`); else the text."""
    if len(text) == 28 and text[10] == "T" and text[19] == "." and text[23] in "+-":
        # Bill.com's own form (2024-07-30T20:33:28.000+0000): fromisoformat reads it 50x faster
        # than strptime, and every List sorted or filtered on a timestamp reads one per object.
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z")
    except ValueError:
        return text


def _sort_key(value: Any, kind: str) -> tuple[bool, Decimal, float, str]:
    """Numbers sort as numbers (25 before 100), timestamps as moments whatever their offset,
    everything else as text; nulls last."""
    number = isinstance(value, int | Decimal) and not isinstance(value, bool)
    if kind in ("number", "integer") and number:
        return (False, Decimal(value), 0.0, "")
    if kind == "datetime" and isinstance(value, str):
        moment = _moment(value)
        if isinstance(moment, datetime):
            return (False, Decimal(0), moment.timestamp(), "")
    return (value is None, Decimal(0), 0.0, "" if value is None else str(value))


def _filter(meta: JSON, rows: list[JSON], flt: Any) -> list[JSON]:
    if not isinstance(flt, dict):
        raise FakeError("BDC_1122")
    name, op, value = flt.get("field"), flt.get("op"), flt.get("value")
    # Only the fields the reference marks filterable can be filtered on.
    if not isinstance(name, str) or not meta["fields"].get(name, {}).get("filterable"):
        raise FakeError("BDC_1130", name)
    compare = _OPERATORS.get(str(op))
    if compare is None:
        raise FakeError("BDC_1131", op)
    if value is None:
        raise FakeError("BDC_1108", "value")
    # Values travel as text: a code, an id, digits, a date or a moment (a list for in, nin).
    if not all(isinstance(v, str) for v in (value if isinstance(value, list) else [value])):
        raise FakeError("BDC_1124", "value")
    if op in ("in", "nin") and isinstance(value, str):
        value = value.split(",")
    kind = meta["fields"][name]["type"]

    def typed(text: Any) -> Any:
        # Filter values travel as text; numbers, flags and moments are compared as what they are.
        if isinstance(text, str) and kind in ("number", "integer"):
            return Decimal(text)
        if isinstance(text, str) and kind == "boolean":
            return {"true": True, "false": False}.get(text, text)
        if isinstance(text, str) and kind == "datetime":
            return _moment(text)
        return text

    try:
        wanted = [typed(v) for v in value] if isinstance(value, list) else typed(value)
    except (ValueError, InvalidOperation):  # e.g. a word where a number is filtered on
        return []

    def keep(row: JSON) -> bool:
        actual = row.get(name)
        if kind == "datetime" and isinstance(actual, str):
            actual = _moment(actual)
        try:
            return compare(actual, wanted)
        except TypeError:  # e.g. a stored value of another type
            return False

    return [row for row in rows if keep(row)]
