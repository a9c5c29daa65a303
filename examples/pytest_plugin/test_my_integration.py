"""What a user's own test looks like: the `billcom` pytest plugin gives a fake and a client.

Nothing here imports the project's test helpers; the fixtures come from the installed package.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal

import httpx

from billcom import AsyncBillCom, BillCom
from billcom.models import RecordAPPaymentBillPaysItemParams
from billcom.testing import FakeBillCom


def pay_open_bills(client: BillCom, vendor_id: str) -> Decimal | None:
    """The code under test: record payment of every open bill of a vendor."""
    bills = client.bills.list(
        filters=[
            {"field": "vendorId", "op": "=", "value": vendor_id},
            {"field": "paymentStatus", "op": "=", "value": "1"},
        ]
    )
    pays: list[RecordAPPaymentBillPaysItemParams] = [
        {"bill_id": b.id, "amount": b.due_amount} for b in bills if b.due_amount
    ]
    sent = client.payments.record_ap_payment(
        vendor_id=vendor_id, process_date=dt.date(2024, 7, 15), to_print_check=False, bill_pays=pays
    )
    return sent.amount


def test_pays_every_open_bill(billcom_client: BillCom, billcom_fake: FakeBillCom) -> None:
    vendor = billcom_client.vendors.create(name="Acme")
    for number, amount in (("A-1", "100.00"), ("A-2", "25.50")):
        billcom_client.bills.create(
            vendor_id=vendor.id,
            invoice_number=number,
            invoice_date=dt.date(2024, 7, 1),
            due_date=dt.date(2024, 7, 31),
            bill_line_items=[{"amount": Decimal(amount)}],
        )

    assert pay_open_bills(billcom_client, vendor.id) == Decimal("125.5")
    assert {b["paymentStatus"] for b in billcom_fake.all("Bill")} == {"0"}  # paid in full


def test_served_fake_speaks_the_wire_format(billcom_server: str, billcom_fake: FakeBillCom) -> None:
    creds = billcom_fake.credentials(billcom_server)
    login = httpx.post(
        f"{billcom_server}/Login.json",
        data={
            "userName": creds["username"],
            "password": creds["password"],
            "orgId": creds["org_id"],
            "devKey": creds["dev_key"],
        },
    ).json()
    assert login["response_status"] == 0 and login["response_data"]["sessionId"]


def test_async_code_gets_its_own_client(billcom_async_client: AsyncBillCom) -> None:
    async def create_two() -> list[str]:
        made = [await billcom_async_client.vendors.create(name=n) for n in ("A", "B")]
        return [vendor.id for vendor in made]

    assert len(set(asyncio.run(create_two()))) == 2
