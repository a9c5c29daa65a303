"""Drive the generated client against the built-in fake Bill.com, served over real HTTP.

Creates a vendor and a bill with two line items, lists the bills, and prints them.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

from billcom import BillCom
from billcom.models import BillPaymentStatus
from billcom.testing import FakeBillCom, running_server


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s %(message)s")
    fake = FakeBillCom(seed=7)
    with running_server(fake) as base_url, BillCom(**fake.credentials(base_url)) as client:
        print(f"fake Bill.com serving at {base_url}")
        vendor = client.vendors.create(
            name="Acme Office Supplies",
            email="billing@acme.example",
            address1="1 Market St",
            address_city="San Francisco",
            address_state="CA",
            address_zip="94105",
            address_country="USA",
        )
        print(f"created vendor {vendor.id} {vendor.name!r} (isActive={vendor.is_active!r})")

        today = dt.date.today()
        bill = client.bills.create(
            vendor_id=vendor.id,
            invoice_number="INV-1001",
            invoice_date=today,
            due_date=today + dt.timedelta(days=30),
            bill_line_items=[
                {"amount": Decimal("1250.50"), "description": "Printer paper, 50 boxes"},
                {"amount": Decimal("74.25"), "description": "Toner cartridges"},
            ],
        )
        print(f"created bill {bill.id} with {len(bill.bill_line_items or [])} line items")

        print("\nbills:")
        for listed in client.bills.list(nested=True):
            code = listed.payment_status  # by name when the spec lists the code
            status = code.name if isinstance(code, BillPaymentStatus) else code
            print(
                f"  {listed.id}  {listed.invoice_number} due {listed.due_date}  "
                f"amount {listed.amount}  due {listed.due_amount}  {status}"
            )
            for line in listed.bill_line_items or []:
                print(f"      {line.id}  {line.amount!s:>10}  {line.description}")


if __name__ == "__main__":
    main()
