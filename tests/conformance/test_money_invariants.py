"""Invariants of money and of the org, on every write: references point at real objects, nothing
is paid or scheduled past what is owed, a refused request changes nothing (memory and SQLite),
and the user who logs in exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.conformance.conftest import Serve, Wire, open_trusted
from tests.conformance.contract import Contract
from tests.conformance.test_action_effects import new_bill, new_vendor, read


@pytest.fixture(
    params=["memory", pytest.param("sqlite", marks=pytest.mark.fake_only("the fake's --db"))]
)
def trusted(
    request: pytest.FixtureRequest, serve: Serve, contract: Contract, tmp_path: Path
) -> Wire:
    options: dict[str, Any] = {}
    if request.param == "sqlite":
        options["db"] = str(tmp_path / "fake.db")
    return open_trusted(serve, contract, **options)


def _state(wire: Wire) -> tuple[list[Any], list[Any]]:
    return wire.ok("List/Bill.json", {}), wire.ok("List/SentPay.json", {})


def test_a_reference_to_nothing_is_refused(trusted: Wire) -> None:
    before = _state(trusted)
    code = trusted.error("Crud/Create/Bill.json", {"obj": {
        "entity": "Bill", "vendorId": "00901NOPENOPENOPENOP", "invoiceNumber": trusted.name("X"),
        "invoiceDate": "2024-07-01", "dueDate": "2024-07-31",
        "billLineItems": [{"entity": "BillLineItem", "amount": 10}]}})  # fmt: skip
    assert code == "BDC_1119"
    assert _state(trusted) == before


@pytest.mark.money
def test_a_bill_is_never_scheduled_past_what_it_asks(trusted: Wire) -> None:
    bill = new_bill(trusted, 10.0)
    pay = {"billPays": [{"billId": bill["id"], "amount": 10}]}
    trusted.ok("PayBills.json", pay)
    assert trusted.error("PayBills.json", pay) == "BDC_1119"  # already scheduled in full
    record = {"processDate": "2024-07-02", "toPrintCheck": False, **pay}
    assert trusted.error("RecordAPPayment.json", record) == "BDC_1119"  # the same rule
    assert read(trusted, "Bill", bill["id"])["scheduledAmount"] == 10


@pytest.mark.money
def test_the_lines_of_one_request_count_together(trusted: Wire) -> None:
    bill = new_bill(trusted, 10.0)
    twice = {"billPays": [{"billId": bill["id"], "amount": 6}, {"billId": bill["id"], "amount": 6}]}
    assert trusted.error("PayBills.json", twice) == "BDC_1119"
    assert not read(trusted, "Bill", bill["id"]).get("scheduledAmount")


@pytest.mark.money
def test_a_refused_payment_changes_nothing(trusted: Wire) -> None:
    vendor, other = new_vendor(trusted, "V1"), new_vendor(trusted, "V2")
    good, bad = new_bill(trusted, 10.0, vendor["id"]), new_bill(trusted, 10.0, other["id"])
    before = _state(trusted)
    # One vendor named, bills of two vendors: refused once the first vendor's is scheduled.
    code = trusted.error("PayBills.json", {
        "vendorId": vendor["id"],
        "billPays": [{"billId": good["id"], "amount": 10}, {"billId": bad["id"], "amount": 10}]})  # fmt: skip
    assert code == "BDC_1119"
    assert _state(trusted) == before


def test_amounts_sort_as_numbers(trusted: Wire) -> None:
    vendor = new_vendor(trusted)["id"]
    for amount in (100.0, 25.0, 5.0):
        new_bill(trusted, amount, vendor)
    mine = [{"field": "vendorId", "op": "=", "value": vendor}]
    for asc, expected in (("true", [5, 25, 100]), ("false", [100, 25, 5])):
        sort = [{"field": "amount", "asc": asc}]
        rows = trusted.ok("List/Bill.json", {"filters": mine, "sort": sort})
        assert [row["amount"] for row in rows] == expected


def test_the_user_who_logs_in_exists(wire: Wire) -> None:
    user_id = wire.ok("GetSessionInfo.json")["userId"]
    assert wire.ok("Crud/Read/User.json", {"id": user_id})["id"] == user_id
    assert user_id in {user["id"] for user in wire.ok("List/User.json", {})}


def test_timestamp_filters_compare_moments_not_text(wire: Wire) -> None:
    vendor = new_vendor(wire)
    created = vendor["createdTime"]  # e.g. 2024-07-03T09:46:40.000+0000
    # The same moment on the clock of an offset of -0700 (seven hours earlier).
    moment = dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%f%z")
    west = moment.astimezone(dt.timezone(dt.timedelta(hours=-7)))
    shifted = f"{west:%Y-%m-%dT%H:%M:%S}.{west.microsecond // 1000:03d}-0700"
    assert shifted != created
    same = wire.ok(
        "List/Vendor.json", {"filters": [{"field": "createdTime", "op": "=", "value": shifted}]}
    )
    assert [v["id"] for v in same] == [vendor["id"]]
    later = wire.ok(
        "List/Vendor.json", {"filters": [{"field": "createdTime", "op": ">", "value": shifted}]}
    )
    assert later == []


def test_empty_text_for_unset_fields_is_accepted(wire: Wire) -> None:
    vendor = new_vendor(wire)
    bill = wire.ok("Crud/Create/Bill.json", {"obj": {
        "entity": "Bill", "vendorId": vendor["id"], "invoiceNumber": wire.name("E-1"), "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "glPostingDate": "", "paymentTermId": "", "exchangeRate": "",
        "hasAutoPay": "", "description": "",
        "billLineItems": [{"entity": "BillLineItem", "amount": 10, "chartOfAccountId": "", "quantity": ""}]}})  # fmt: skip
    assert bill.get("glPostingDate") is None and bill.get("exchangeRate") is None
    assert bill["paymentTermId"] == "0" * 20  # an empty reference, as the API writes one
    assert bill["billLineItems"][0]["chartOfAccountId"] == "0" * 20
    assert bill["description"] == ""  # text stays text


def test_answers_carry_every_field_unset_ones_null(wire: Wire) -> None:
    from billcom.testing._catalog import ENTITIES

    vendor = new_vendor(wire)
    scalar = {name for name, f in ENTITIES["Vendor"]["fields"].items() if f["type"] != "array"}
    assert scalar <= vendor.keys()
    assert vendor["phone"] is None
    listed = wire.ok("List/Vendor.json", {"max": 1})[0]
    assert scalar <= listed.keys()
