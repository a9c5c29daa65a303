"""Seed data for the sync's tests and benchmark: an org of many objects over several entities.

Objects are stored as the fake keeps them (wire names, codes, exact amounts, Bill.com's
timestamp format), each entity's `updatedTime`s 3 ms apart from START on, line items on bills
and invoices, and a few deleted ones.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from billcom._types import format_timestamp

JSON = dict[str, Any]
START = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)
#: Objects per entity at scale 1 (20,200 in all, and two line items per bill and invoice).
SHAPE = {
    "Vendor": 3000,
    "Customer": 3000,
    "Bill": 6000,
    "Invoice": 6000,
    "Item": 1500,
    "ChartOfAccount": 500,
    "Department": 200,
}
#: The entities seeded, as `run_sync(entities=...)` takes them.
ENTITIES = list(SHAPE)


def org_data(org: str, scale: float = 1.0, *, start: dt.datetime = START) -> dict[str, list[JSON]]:
    """`{entity: [object, ...]}` for one org; ids carry `org` so two orgs never share one."""
    tag = org[-4:]
    count = {name: max(1, int(n * scale)) for name, n in SHAPE.items()}

    def base(prefix: str, i: int) -> JSON:
        moment = format_timestamp(start + dt.timedelta(milliseconds=3 * i))
        deleted = i % 97 == 13
        return {
            "id": f"{prefix}{tag}{i:011d}",
            "isActive": "2" if deleted else "1",
            "createdTime": moment,
            "updatedTime": moment,
        }

    data: dict[str, list[JSON]] = {}
    data["ChartOfAccount"] = [
        {**base("0ca", i), "name": f"Account {i}", "accountType": "7"}
        for i in range(count["ChartOfAccount"])
    ]
    data["Department"] = [
        {**base("0de", i), "name": f"Department {i}"} for i in range(count["Department"])
    ]
    data["Item"] = [
        {
            **base("0ii", i),
            "name": f"Item {i}",
            "type": "1",
            "price": Decimal(i % 500) + Decimal("0.99"),
        }
        for i in range(count["Item"])
    ]
    data["Vendor"] = [
        {
            **base("009", i),
            "name": f"Vendor {i}",
            "email": f"ap{i}@vendor.example",
            "balance": Decimal("0.00"),
        }
        for i in range(count["Vendor"])
    ]
    data["Customer"] = [
        {**base("0cu", i), "name": f"Customer {i}", "balance": Decimal("0.00")}
        for i in range(count["Customer"])
    ]
    vendors, customers = data["Vendor"], data["Customer"]
    data["Bill"] = []
    for i in range(count["Bill"]):
        head = base("00n", i)
        amounts = [Decimal(i % 1000) + Decimal("0.25"), Decimal("12345678901.07")]
        data["Bill"].append(
            {
                **head,
                "vendorId": vendors[i % len(vendors)]["id"],
                "invoiceNumber": f"B-{i}",
                "invoiceDate": "2024-02-01",
                "dueDate": "2024-03-01",
                "amount": sum(amounts),
                "dueAmount": sum(amounts),
                "paymentStatus": "1",
                "billLineItems": [
                    {
                        "entity": "BillLineItem",
                        "id": f"0bl{tag}{i:010d}{n}",
                        "amount": amount,
                        "description": f"line {n}",
                    }
                    for n, amount in enumerate(amounts)
                ],
            }
        )
    data["Invoice"] = []
    for i in range(count["Invoice"]):
        head = base("00e", i)
        lines = [
            (Decimal("3"), Decimal("19.99")),
            (Decimal("1"), Decimal(i % 300) + Decimal("0.5")),
        ]
        total = sum(q * p for q, p in lines)
        data["Invoice"].append(
            {
                **head,
                "customerId": customers[i % len(customers)]["id"],
                "invoiceNumber": f"I-{i}",
                "invoiceDate": "2024-02-01",
                "dueDate": "2024-03-01",
                "amount": total,
                "amountDue": total,
                "paymentStatus": "1",
                "invoiceLineItems": [
                    {
                        "entity": "InvoiceLineItem",
                        "id": f"0il{tag}{i:010d}{n}",
                        "quantity": quantity,
                        "price": price,
                        "amount": quantity * price,
                    }
                    for n, (quantity, price) in enumerate(lines)
                ],
            }
        )
    return data


def rows_in(data: dict[str, list[JSON]]) -> int:
    return sum(len(objects) for objects in data.values())


def newest(scale: float = 1.0, *, start: dt.datetime = START) -> dt.datetime:
    """The newest `updatedTime` of `org_data(..., scale)`: bills' and invoices' last."""
    return start + dt.timedelta(milliseconds=3 * (max(1, int(max(SHAPE.values()) * scale)) - 1))
