"""Crud semantics from the reference, at the wire."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conformance.conftest import Serve, Wire

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$")
ZERO = "0" * 20


def bill(
    wire: Wire, vendor_id: str, number: str = "B-1", lines: tuple[float, ...] = (100.0, 25.5)
) -> dict[str, Any]:
    return {
        "obj": {
            "entity": "Bill",
            "vendorId": vendor_id,
            "invoiceNumber": wire.name(number),
            "invoiceDate": "2024-07-01",
            "dueDate": "2024-07-31",
            "billLineItems": [{"entity": "BillLineItem", "amount": a} for a in lines],
        }
    }


def vendor(wire: Wire, **fields: object) -> dict[str, Any]:
    created: dict[str, Any] = wire.ok(
        "Crud/Create/Vendor.json",
        {"obj": {"entity": "Vendor", "name": wire.name("Acme"), **fields}},
    )
    return created


def test_create_returns_the_stored_object_with_server_fields(wire: Wire) -> None:
    v = vendor(wire, payBy="1", balance=99)  # both read-only: ignored
    assert re.match(r"^00901[A-Za-z0-9]{15}$", v["id"])
    assert (
        v["isActive"] == "1"
        and TIMESTAMP.match(v["createdTime"])
        and TIMESTAMP.match(v["updatedTime"])
    )
    assert v["payBy"] == "0" and v["balance"] == 0  # the defaults, not what was sent
    assert v["paymentTermId"] == ZERO and v["mergedIntoId"] == ZERO  # unset refs are 20 zeros
    assert v["vendorBankAccountStatus"] == -1
    assert wire.ok("Crud/Read/Vendor.json", {"id": v["id"]}) == v


def test_required_fields_and_types(wire: Wire) -> None:
    assert wire.error("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor"}}) == "BDC_1117"
    bad_type = {"obj": {"entity": "Vendor", "name": wire.name("x"), "track1099": "yes"}}
    assert wire.error("Crud/Create/Vendor.json", bad_type) == "BDC_1124"
    bad_code = {"obj": {"entity": "Vendor", "name": wire.name("x"), "accountType": "9"}}
    assert wire.error("Crud/Create/Vendor.json", bad_code) == "BDC_1119"


def test_malformed_requests(wire: Wire) -> None:
    assert (
        wire.error("Crud/Create/Vendor.json", {"obj": {"entity": "Bill", "name": wire.name("x")}})
        == "BDC_1118"
    )
    assert wire.error("Crud/Create/Vendor.json", raw="{not json") == "BDC_1122"
    assert wire.error("Crud/Read/Vendor.json") == "BDC_1108"
    assert wire.error("Crud/Read/Vendor.json", {"id": "00901NOSUCHVENDOR000"}) == "BDC_1120"
    for path in ("Crud/Read/Vendr.json", "crud/read/Vendor.json", "Crud/Fetch/Vendor.json",
                 "Read/Vendor.json", "Crud/Update/SentPay.json", "Crud/Create/BillLineItem.json",
                 "Approve/Bill.json", "GetApprovers.json", "Crud/Read/Vendor"):  # fmt: skip
        assert wire.error(path, {"id": "x"}) == "BDC_1121", path


def test_bill_totals_are_computed_from_lines(wire: Wire) -> None:
    v = vendor(wire)
    b = wire.ok("Crud/Create/Bill.json", bill(wire, v["id"]))
    assert (b["amount"], b["dueAmount"], b["paidAmount"], b["scheduledAmount"]) == (
        125.5,
        125.5,
        None,
        0,
    )
    assert (b["paymentStatus"], b["approvalStatus"], b["isActive"]) == ("1", "0", "1")
    lines = b["billLineItems"]
    assert [line["billId"] for line in lines] == [b["id"]] * 2
    assert all(line["id"].startswith("bli") and line["lineType"] == "1" for line in lines)


def test_update_replaces_the_object_and_its_lines(wire: Wire) -> None:
    v = vendor(wire, phone="555", description="supplies")
    updated = wire.ok(
        "Crud/Update/Vendor.json",
        {"obj": {"entity": "Vendor", "id": v["id"], "name": wire.name("Acme 2")}},
    )
    # Omitted optional fields are cleared.
    assert updated["name"] == wire.name("Acme 2")
    assert updated["phone"] is None and updated["description"] is None  # cleared: null
    assert updated["createdTime"] == v["createdTime"]

    b = wire.ok("Crud/Create/Bill.json", bill(wire, v["id"]))
    changed = bill(wire, v["id"], lines=(10.0,))
    changed["obj"]["id"] = b["id"]
    after = wire.ok("Crud/Update/Bill.json", changed)
    assert after["amount"] == 10.0 and len(after["billLineItems"]) == 1
    assert after["billLineItems"][0]["id"] not in {line["id"] for line in b["billLineItems"]}


@pytest.mark.fake_only("needs an untrusted session and the code the fake texts")
def test_changing_a_vendors_payee_or_address_needs_mfa(serve: Serve) -> None:
    wire = serve(mfa_code="246810")
    wire.login()
    v = vendor(wire, email="ap@acme.example")
    same = {"obj": {**{k: v[k] for k in ("entity", "id", "name", "email")}, "phone": "555"}}
    assert wire.ok("Crud/Update/Vendor.json", same)["phone"] == "555"  # payee and address unchanged
    moved = {"obj": {**same["obj"], "address1": "2 New St"}}
    assert wire.error("Crud/Update/Vendor.json", moved) == "BDC_1361"
    assert wire.error("Bulk/Crud/Update/Vendor.json", {"bulk": [moved]}) == "BDC_1361"
    challenge = wire.ok("MFAChallenge.json", {"useBackup": False})["challengeId"]
    wire.ok(
        "MFAAuthenticate.json",
        {"challengeId": challenge, "token": "246810", "deviceId": "d", "rememberMe": False},
    )
    assert wire.ok("Crud/Update/Vendor.json", moved)["address1"] == "2 New St"


def test_invoice_lines_keep_their_id_and_amounts_follow(wire: Wire) -> None:
    c = wire.ok(
        "Crud/Create/Customer.json", {"obj": {"entity": "Customer", "name": wire.name("Globex")}}
    )
    obj = {"entity": "Invoice", "customerId": c["id"], "invoiceNumber": wire.name("I-1"), "invoiceDate": "2024-07-01",
           "dueDate": "2024-07-31", "invoiceLineItems": [
               {"entity": "InvoiceLineItem", "quantity": 10, "price": 100},
               {"entity": "InvoiceLineItem", "quantity": 1, "ratePercent": 10},
           ]}  # fmt: skip
    inv = wire.ok("Crud/Create/Invoice.json", {"obj": obj})
    assert [line["amount"] for line in inv["invoiceLineItems"]] == [1000.0, 100.0]
    assert inv["amount"] == inv["amountDue"] == 1100.0 and inv["paymentStatus"] == "1"
    assert wire.ok("Crud/Read/Customer.json", {"id": c["id"]})["balance"] == 1100.0
    first = inv["invoiceLineItems"][0]
    obj["id"] = inv["id"]
    obj["invoiceLineItems"] = [
        {"entity": "InvoiceLineItem", "id": first["id"], "quantity": 2, "price": 100}
    ]
    after = wire.ok("Crud/Update/Invoice.json", {"obj": obj})
    assert [(line["id"], line["amount"]) for line in after["invoiceLineItems"]] == [
        (first["id"], 200.0)
    ]
    assert after["invoiceLineItems"][0]["createdTime"] == first["createdTime"]


def test_duplicate_invoice_numbers(wire: Wire) -> None:
    v = vendor(wire)
    wire.ok("Crud/Create/Bill.json", bill(wire, v["id"], "DUP"))
    assert wire.error("Crud/Create/Bill.json", bill(wire, v["id"], "DUP")) == "BDC_1119"
    allowed = {**bill(wire, v["id"], "DUP"), "allowDuplicateInvNum": True}
    assert wire.ok("Crud/Create/Bill.json", allowed)["invoiceNumber"] == wire.name("DUP")
    other = vendor(wire, name=wire.name("Other"))
    wire.ok("Crud/Create/Bill.json", bill(wire, other["id"], "DUP"))  # unique per vendor


def test_delete_is_soft_and_undelete_restores(wire: Wire) -> None:
    v = vendor(wire)
    assert wire.ok("Crud/Delete/Vendor.json", {"id": v["id"]})["isActive"] == "2"
    assert wire.ok("Crud/Read/Vendor.json", {"id": v["id"]})["isActive"] == "2"
    assert wire.ok("Crud/Undelete/Vendor.json", {"id": v["id"]})["isActive"] == "1"
    vc = wire.ok("Crud/Create/VendorCredit.json", {"obj": {
        "entity": "VendorCredit", "vendorId": v["id"], "refNumber": wire.name("C-1"), "creditDate": "2024-07-01",
        "vendorCreditLineItems": [{"entity": "VendorCreditLineItem", "amount": 5}]}})  # fmt: skip
    assert wire.error("Crud/Undelete/VendorCredit.json", {"id": vc["id"]}) == "BDC_1121"
