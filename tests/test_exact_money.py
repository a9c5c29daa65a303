"""Amounts stay exact both ways: Decimal digits on the wire, Decimal from the text received."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import billcom
from billcom import BillCom, _json
from billcom._response import parser
from billcom.models import Bill, BillLineItemCreateParams
from billcom.testing import FakeBillCom, running_server

TWENTY_DIGITS = Decimal("123456789012345678.91")


class Recorder(httpx.BaseTransport):
    """A real HTTP transport that keeps the bytes of every request and answer."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[bytes] = []
        self.received: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.read())
        response = self.inner.handle_request(request)
        body = response.read()
        self.received.append(body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)

    def close(self) -> None:
        self.inner.close()


def _bill(client: BillCom, *amounts: Decimal) -> Bill:
    vendor = client.vendors.create(name="Exact Ltd")
    lines: list[BillLineItemCreateParams] = []
    for amount in amounts:  # built beforehand, as people do
        lines.append({"amount": amount})
    return client.bills.create(
        vendor_id=vendor.id,
        invoice_number="X-1",
        invoice_date=dt.date(2024, 7, 1),
        due_date="2024-07-31",
        bill_line_items=lines,
    )


def test_twenty_significant_digits_round_trip_over_http(fake: FakeBillCom) -> None:
    recorder = Recorder()
    with (
        running_server(fake) as base_url,
        httpx.Client(transport=recorder) as http,
        BillCom(**fake.credentials(base_url), http_client=http) as client,
    ):
        bill = _bill(client, TWENTY_DIGITS)
        again = client.bills.read(bill.id)
    create = next(body for body in recorder.sent if b"Crud/Create/Bill" in body or b"X-1" in body)
    assert b"%22amount%22%3A123456789012345678.91" in create  # form-encoded `"amount":...91`
    answers = [body for body in recorder.received if b"X-1" in body]
    assert answers and all(b'"amount":123456789012345678.91' in body for body in answers)
    assert bill.amount == TWENTY_DIGITS and again.amount == TWENTY_DIGITS
    assert bill.bill_line_items is not None
    assert bill.bill_line_items[0].amount == TWENTY_DIGITS


@pytest.mark.parametrize(
    "text",
    [
        "0.1",
        "0.30",
        "1E-7",
        "-12.5",
        "123456789012345678901234",  # an integer of any length is exact
        "99999999999999999999.99",
        "1000000000000000.03",  # a float would read 1000000000000000.0
        "0.10000000000000001",  # a float would read 0.1
    ],
)
def test_amounts_are_read_exactly(text: str) -> None:
    body = '{"response_status":0,"response_message":"Success","response_data":'
    body += '{"entity":"Bill","id":"00n01ABCDEFGHIJKLMNO","amount":' + text + "}}"
    bill = parser(Bill)(body.encode(), 200, "Crud/Read/Bill")
    assert isinstance(bill.amount, Decimal)
    assert bill.amount == Decimal(text)
    assert Decimal(json.loads(bill.to_json(), parse_float=str)["amount"]) == Decimal(text)


def test_sums_of_decimals_are_exact_in_the_fake(fake: FakeBillCom) -> None:
    with fake.client() as client:
        bill = _bill(client, Decimal("0.10"), Decimal("0.20"))
    assert bill.amount == Decimal("0.30")  # 0.1 + 0.2 in floats is 0.30000000000000004


@pytest.mark.parametrize("amount", [0.1 + 0.2, 12.5, float("nan")])
def test_a_float_amount_is_refused_with_the_decimal_to_use(
    fake: FakeBillCom, amount: float
) -> None:
    with fake.client() as client, pytest.raises(billcom.InvalidRequestError) as info:
        client.bills.create(
            vendor_id="00901ABCDEFGHIJKLMNO",
            invoice_number="1",
            invoice_date=dt.date(2024, 7, 1),
            due_date=dt.date(2024, 7, 31),
            bill_line_items=[{"amount": amount}],  # type: ignore[typeddict-item]
        )
    (problem,) = info.value.problems
    assert problem.startswith("bill_line_items[0].amount (billLineItems[0].amount): ")
    if amount == amount:
        expected = "0.30" if amount < 1 else "12.50"
        assert f'pass Decimal("{expected}"), not the float {amount!r}' in problem
    else:
        assert "finite" in problem
    assert fake.requests == []


@pytest.mark.parametrize("amount", [Decimal("12.50"), 12, "12.50"])
def test_decimal_int_and_decimal_text_are_amounts(fake: FakeBillCom, amount: Any) -> None:
    with fake.client() as client:
        bill = _bill(client, amount)
    assert bill.amount == Decimal(amount)


def test_the_wire_json_of_a_request_has_exact_digits() -> None:
    data = {"amount": Decimal("0.10"), "big": Decimal("1234567890.1234567890123")}
    assert _json.dumps(data) == '{"amount":0.10,"big":1234567890.1234567890123}'
    assert _json.loads(_json.dumps(data)) == data
    with pytest.raises(ValueError):
        _json.loads('{"amount": NaN}')
    assert json.loads(_json.dumps(data))["amount"] == 0.1
