"""List filter values are typed by their field, checked, and written as Bill.com reads them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import billcom
from billcom import BillCom
from billcom.models import BillFilter, BillIsActive, BillPaymentStatus
from billcom.testing import FakeBillCom, FakeTransport, decode_form


def _bills(client: BillCom) -> list[str]:
    vendor = client.vendors.create(name="V")
    ids = []
    for number, (due, amount) in enumerate(
        [
            (dt.date(2024, 7, 1), Decimal("100.00")),
            (dt.date(2024, 8, 1), Decimal("25.50")),
            (dt.date(2024, 9, 1), Decimal("5")),
        ]
    ):
        bill = client.bills.create(
            vendor_id=vendor.id,
            invoice_number=f"N-{number}",
            invoice_date=dt.date(2024, 6, 1),
            due_date=due,
            bill_line_items=[{"amount": amount}],
            has_auto_pay=number == 0,
        )
        ids.append(bill.id)
    return ids


def _listed(client: BillCom, *filters: BillFilter) -> list[str]:
    return [bill.invoice_number or "" for bill in client.bills.list(filters=list(filters))]


def test_values_of_each_type_select_the_right_rows(client: BillCom) -> None:
    ids = _bills(client)
    assert _listed(client, {"field": "dueDate", "op": "<", "value": dt.date(2024, 8, 15)}) == [
        "N-0",
        "N-1",
    ]
    assert _listed(client, {"field": "amount", "op": ">", "value": Decimal("25.5")}) == ["N-0"]
    assert _listed(client, {"field": "amount", "op": ">=", "value": 25}) == ["N-0", "N-1"]
    assert _listed(client, {"field": "isActive", "op": "=", "value": BillIsActive.ACTIVE}) == [
        "N-0",
        "N-1",
        "N-2",
    ]
    assert _listed(client, {"field": "id", "op": "in", "value": [ids[0], ids[2]]}) == [
        "N-0",
        "N-2",
    ]
    assert (
        _listed(client, {"field": "paymentStatus", "op": "nin", "value": [BillPaymentStatus.OPEN]})
        == []
    )
    assert _listed(client, {"field": "hasAutoPay", "op": "=", "value": True}) == ["N-0"]
    later = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    assert _listed(client, {"field": "createdTime", "op": "<", "value": later}) == [
        "N-0",
        "N-1",
        "N-2",
    ]


class Recording(FakeTransport):
    """The in-process fake, keeping the form of every request."""

    def __init__(self, fake: FakeBillCom) -> None:
        super().__init__(fake)
        self.forms: list[dict[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(decode_form(request.read()))
        return super().handle_request(request)


def test_values_travel_as_the_text_bill_com_reads(fake: FakeBillCom) -> None:
    when = dt.datetime(2024, 7, 30, 20, 33, 28, 123000, tzinfo=dt.UTC)
    transport = Recording(fake)
    credentials = fake.credentials("https://fake-billcom.test/api/v2")
    with BillCom(**credentials, transport=transport) as client:
        list(
            client.bills.list(
                filters=[
                    {"field": "dueDate", "op": "=", "value": dt.date(2024, 7, 1)},
                    {"field": "updatedTime", "op": ">", "value": when},
                    {"field": "amount", "op": "<", "value": Decimal("10.10")},
                    {"field": "hasAutoPay", "op": "=", "value": True},
                    {"field": "isActive", "op": "in", "value": [BillIsActive.ACTIVE, "2"]},
                ]
            )
        )
    sent = json.loads(transport.forms[-1]["data"])["filters"]
    assert sent == [
        {"field": "dueDate", "op": "=", "value": "2024-07-01"},
        {"field": "updatedTime", "op": ">", "value": "2024-07-30T20:33:28.123+0000"},
        {"field": "amount", "op": "<", "value": "10.10"},
        {"field": "hasAutoPay", "op": "=", "value": "true"},
        {"field": "isActive", "op": "in", "value": "1,2"},
    ]


@pytest.mark.parametrize(
    ("flt", "problem"),
    [
        ({"field": "isActive", "op": "=", "value": 1}, "expects a code as text"),
        ({"field": "dueDate", "op": "<", "value": "2024-01-01"}, "expects a date"),
        ({"field": "amount", "op": ">", "value": 0.5}, 'pass Decimal("0.50")'),
        ({"field": "hasAutoPay", "op": "=", "value": "true"}, "expects True or False"),
        (
            {"field": "updatedTime", "op": ">", "value": dt.datetime(2024, 1, 1)},
            "timezone-aware",
        ),
        ({"field": "dueDate", "op": "in", "value": dt.date(2024, 1, 1)}, "a non-empty list"),
        ({"field": "vendorId", "op": "="}, "expects a mapping with field, op and value"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_before_sending(
    fake: FakeBillCom, flt: Any, problem: str
) -> None:
    with fake.client() as client, pytest.raises(billcom.InvalidRequestError) as info:
        client.bills.list(filters=[flt])
    (line,) = info.value.problems
    assert line.startswith("filters[0]") and problem in line
    assert fake.requests == []


def test_a_field_the_spec_does_not_filter_on_is_still_sent(fake: FakeBillCom) -> None:
    with fake.client() as client, pytest.raises(billcom.ValidationError) as info:
        list(client.vendors.list(filters=[{"field": "name", "op": "=", "value": "x"}]))  # type: ignore[misc,list-item]
    assert info.value.code == "BDC_1130"  # the API decides
