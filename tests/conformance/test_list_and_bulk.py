"""List paging, filters, sort and flags; Bulk per-item envelopes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import Wire


def names(rows: list[dict[str, Any]]) -> list[str]:
    return [r["name"] for r in rows]


def seed(wire: Wire, count: int) -> None:
    """Vendors v00, v01, ... whose bill currency (a filterable field) is c00, c01, ..."""
    for i in range(count):
        vendor = {"entity": "Vendor", "name": f"v{i:02d}", "billCurrency": f"c{i:02d}"}
        wire.ok("Crud/Create/Vendor.json", {"obj": vendor})


@pytest.mark.fake_only("counts every vendor of the organization: needs an empty one")
def test_list_answers_an_array_and_pages(wire: Wire) -> None:
    seed(wire, 5)
    assert names(wire.ok("List/Vendor.json", {"start": 0, "max": 2})) == ["v00", "v01"]
    assert names(wire.ok("List/Vendor.json", {"start": 4, "max": 2})) == ["v04"]
    assert wire.ok("List/Vendor.json", {"start": 10, "max": 2}) == []
    assert len(wire.ok("List/Vendor.json", {})) == 5  # defaults: start 0, max 999


def test_list_pages_and_its_limits(wire: Wire) -> None:
    """The same, on any organization: pages are arrays of at most `max`, in a stable order."""
    vendor = wire.ok(
        "Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": wire.name("p")}}
    )
    oldest = [{"field": "createdTime", "asc": "true"}]
    two = wire.ok("List/Vendor.json", {"start": 0, "max": 2, "sort": oldest})
    assert isinstance(two, list) and 1 <= len(two) <= 2
    next_one = wire.ok("List/Vendor.json", {"start": 1, "max": 1, "sort": oldest})
    assert next_one == two[1:]
    mine = [{"field": "id", "op": "=", "value": vendor["id"]}]
    assert [v["id"] for v in wire.ok("List/Vendor.json", {"filters": mine})] == [vendor["id"]]
    assert wire.ok("List/Vendor.json", {"filters": mine, "start": 1, "max": 1}) == []
    assert wire.error("List/Vendor.json", {"max": 1000}) == "BDC_1129"
    assert wire.error("List/NoSuchThing.json", {}) == "BDC_1128"


@pytest.mark.fake_only("lists every vendor of the organization: needs an empty one")
def test_filters_and_sort(wire: Wire) -> None:
    seed(wire, 4)
    rows = wire.ok("List/Vendor.json", {})
    wire.ok("Crud/Delete/Vendor.json", {"id": rows[1]["id"]})
    assert len(wire.ok("List/Vendor.json", {})) == 4  # deleted rows are listed
    live = [{"field": "isActive", "op": "=", "value": "1"}]
    assert names(wire.ok("List/Vendor.json", {"filters": live})) == ["v00", "v02", "v03"]
    ops = {"<": ["v00"], "<=": ["v00", "v01"], ">": ["v02", "v03"], ">=": ["v01", "v02", "v03"],
           "!=": ["v00", "v02", "v03"], "in": ["v01", "v03"], "nin": ["v00", "v02"]}  # fmt: skip
    for op, expected in ops.items():
        value = "c01,c03" if op in ("in", "nin") else "c01"
        flt = [{"field": "billCurrency", "op": op, "value": value}]
        assert names(wire.ok("List/Vendor.json", {"filters": flt})) == expected, op
    sort = [{"field": "name", "asc": "false"}]
    assert names(wire.ok("List/Vendor.json", {"sort": sort})) == ["v03", "v02", "v01", "v00"]
    bad_field = [{"field": "nmae", "op": "=", "value": "x"}]
    assert wire.error("List/Vendor.json", {"filters": bad_field}) == "BDC_1130"
    not_filterable = [{"field": "name", "op": "=", "value": "v01"}]  # sortable, not filterable
    assert wire.error("List/Vendor.json", {"filters": not_filterable}) == "BDC_1130"
    bad_op = [{"field": "billCurrency", "op": "~", "value": "x"}]
    assert wire.error("List/Vendor.json", {"filters": bad_op}) == "BDC_1131"
    updated = [{"field": "updatedTime", "op": ">", "value": "2000-01-01T00:00:00.000+0000"}]
    assert len(wire.ok("List/Vendor.json", {"filters": updated})) == 4


def test_nested_and_show_audit(wire: Wire) -> None:
    v = wire.ok("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": wire.name("V")}})
    wire.ok("Crud/Create/Bill.json", {"obj": {
        "entity": "Bill", "vendorId": v["id"], "invoiceNumber": wire.name("1"), "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "billLineItems": [{"entity": "BillLineItem", "amount": 1}]}})  # fmt: skip
    mine = [{"field": "vendorId", "op": "=", "value": v["id"]}]
    plain = wire.ok("List/Bill.json", {"filters": mine})[0]
    # Children come without `nested` (spec: list_returns_children, from a real reply); who
    # created it is not told without showAudit (null, as every unset field).
    assert len(plain["billLineItems"]) == 1 and plain["createdBy"] is None
    full = wire.ok("List/Bill.json", {"filters": mine, "nested": True, "showAudit": True})[0]
    assert len(full["billLineItems"]) == 1 and full["createdBy"].startswith("006")
    assert wire.error("List/InvoiceLineItem.json", {}) == "BDC_1128"  # lines come nested only


def test_bulk_per_item_envelopes_in_order(wire: Wire) -> None:
    items = [{"obj": {"entity": "Vendor", "name": n and wire.name(n)}} for n in ("a", "", "c")]
    answer = wire.ok("Bulk/Crud/Create/Vendor.json", {"bulk": items})["bulk"]
    assert [e["response_status"] for e in answer] == [0, 1, 0]
    assert answer[1]["response_data"]["error_code"] == "BDC_1117"
    assert [answer[0]["response_data"]["name"], answer[2]["response_data"]["name"]] == [
        wire.name("a"),
        wire.name("c"),
    ]
    ids = [{"id": answer[0]["response_data"]["id"]}, {"id": "nope"}]
    deleted = wire.ok("Bulk/Crud/Delete/Vendor.json", {"bulk": ids})["bulk"]
    assert deleted[0]["response_data"]["isActive"] == "2"
    assert deleted[1]["response_data"]["error_code"] == "BDC_1120"
    too_many = {"bulk": [{"obj": {"entity": "Vendor", "name": wire.name("x")}}] * 101}
    assert wire.error("Bulk/Crud/Create/Vendor.json", too_many) == "BDC_1129"
    assert wire.error("Bulk/Crud/Update/VendorBankAccount.json", {"bulk": []}) == "BDC_1121"
