"""Models read leniently, type what they can, and write back exactly what they read."""

from __future__ import annotations

import datetime as dt
import json
import logging
from decimal import Decimal

import pytest

from billcom import _json, _types
from billcom._operations import params
from billcom.models import (
    Bill,
    BillCreateParamsModel,
    BillPaymentStatus,
    Vendor,
    VendorPayBy,
)

BILL_WIRE = {
    "entity": "Bill",
    "id": "00n01TUPMWVLJHJUR1mg",
    "isActive": "1",
    "vendorId": "00902YSABCAKZHY25m0r",
    "invoiceNumber": "INV-7",
    "invoiceDate": "2024-07-01",
    "dueDate": "2024-07-31",
    "amount": 1250.5,
    "paidAmount": None,
    "paymentStatus": "1",
    "numApprPolicyEx": "0",  # documented as number, seen as a string
    "createdTime": "2024-07-30T20:33:28.000+0000",
    "paymentTermId": "00000000000000000000",
    "someNewField": {"nested": [1, 2]},
    "billLineItems": [
        {
            "entity": "BillLineItem",
            "id": "bli01ABCDEFGHIJKLMNO",
            "amount": 1250.5,
            "lineType": "1",
            "cdFieldId1": "x",
        }
    ],
}


def test_round_trip_is_lossless() -> None:
    bill = Bill.model_validate(BILL_WIRE)
    assert json.loads(bill.to_json()) == BILL_WIRE
    assert bill.to_dict() == BILL_WIRE
    assert Bill.model_validate_json(bill.to_json()).to_dict() == BILL_WIRE


def test_typed_access() -> None:
    bill = Bill.model_validate(BILL_WIRE)
    assert bill.due_date == dt.date(2024, 7, 31)
    assert bill.created_time == dt.datetime(2024, 7, 30, 20, 33, 28, tzinfo=dt.UTC)
    assert bill.amount == Decimal("1250.5")
    assert bill.payment_status is BillPaymentStatus.OPEN
    assert bill.paid_amount is None
    lines = bill.bill_line_items or []
    assert lines[0].amount == Decimal("1250.5")
    assert lines[0].model_extra == {"cdFieldId1": "x"}
    assert bill.model_extra == {"someNewField": {"nested": [1, 2]}}


def test_unexpected_codes_and_types_are_kept_as_received() -> None:
    wire = {
        "entity": "Vendor",
        "payBy": "42",  # a code the spec does not know yet
        "vendorBankAccountStatus": -1,  # documented as a string code, real data is a number
        "createdTime": "2024-07-30",  # not the documented timestamp format
        "track1099": "true",  # a string where a boolean is documented
        "balance": "12.50",  # a string where a number is documented
    }
    vendor = Vendor.model_validate(wire)
    assert vendor.pay_by == "42" and not isinstance(vendor.pay_by, VendorPayBy)
    # Typed as documented, kept as received: what does not fit is still readable.
    kept: list[object] = [
        vendor.vendor_bank_account_status,
        vendor.created_time,
        vendor.track1099,
        vendor.balance,
    ]
    assert kept == [-1, "2024-07-30", "true", "12.50"]
    assert vendor.to_wire() == wire
    text = vendor.to_json()
    assert json.loads(text) == wire
    for key, value in wire.items():  # each value written back exactly as it came
        assert f"{json.dumps(key)}:{json.dumps(value)}" in text


def test_a_kept_value_is_logged_once_per_field(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="billcom")
    _types._kept.clear()  # once per process: forget what earlier tests logged
    for _ in range(3):
        Vendor.model_validate({"entity": "Vendor", "track1099": "yes", "balance": "1.00"})
    kept = [r.getMessage() for r in caplog.records if "kept a" in r.getMessage()]
    assert sorted(kept) == [
        "Vendor.balance: kept a str value the spec does not type this way",
        "Vendor.track1099: kept a str value the spec does not type this way",
    ]


def test_snake_case_and_wire_names_are_both_accepted() -> None:
    by_wire = Vendor.model_validate({"name": "A", "nameOnCheck": "A Inc"})
    by_name = Vendor(name="A", name_on_check="A Inc")
    assert by_wire.to_wire() == by_name.to_wire() == {"name": "A", "nameOnCheck": "A Inc"}


def test_timestamps_are_written_in_the_api_format() -> None:
    vendor = Vendor(created_time=dt.datetime(2024, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC))
    assert vendor.to_wire() == {"createdTime": "2024-01-02T03:04:05.678+0000"}


def test_create_params_name_the_entity_at_every_level() -> None:
    wire = params(
        BillCreateParamsModel,
        {
            "vendor_id": "v",
            "invoice_number": "1",
            "invoice_date": "2024-07-01",
            "due_date": dt.date(2024, 7, 31),
            "bill_line_items": [{"amount": Decimal("10.10")}, {"amount": 5}],
        },
        "Crud/Create/Bill",
    )
    assert '"amount":10.10' in _json.dumps(wire)
    assert wire == {
        "entity": "Bill",
        "vendorId": "v",
        "invoiceNumber": "1",
        "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31",
        "billLineItems": [
            {"entity": "BillLineItem", "amount": Decimal("10.10")},
            {"entity": "BillLineItem", "amount": Decimal(5)},
        ],
    }


def test_repr_shows_only_what_was_set() -> None:
    assert repr(Vendor(name="A")) == "Vendor(name='A')"
