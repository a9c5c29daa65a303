"""Create arguments for each entity of the spec that has Crud, and a change to apply on update."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from billcom import BillCom


def _vendor(client: BillCom) -> str:
    return client.vendors.create(name="Sample Vendor").id or ""


def _customer(client: BillCom) -> str:
    return client.customers.create(name="Sample Customer").id or ""


# entity -> (resource attribute, create kwargs built with a client, update change)
SAMPLES: dict[str, tuple[str, Callable[[BillCom], dict[str, Any]], dict[str, Any]]] = {
    "Vendor": (
        "vendors",
        lambda c: {"name": "Acme", "email": "ap@acme.example", "track1099": True},
        {"description": "changed"},
    ),
    "Customer": (
        "customers",
        lambda c: {"name": "Globex", "email": "ar@globex.example"},
        {"description": "changed"},
    ),
    "Bill": (
        "bills",
        lambda c: {
            "vendor_id": _vendor(c),
            "invoice_number": "B-1",
            "invoice_date": dt.date(2024, 7, 1),
            "due_date": dt.date(2024, 7, 31),
            "bill_line_items": [
                {"amount": Decimal("100.10"), "description": "one"},
                {"amount": 25, "description": "two"},
            ],
        },
        {"description": "changed"},
    ),
    "Invoice": (
        "invoices",
        lambda c: {
            "customer_id": _customer(c),
            "invoice_number": "I-1",
            "invoice_date": dt.date(2024, 7, 1),
            "due_date": dt.date(2024, 7, 31),
            "invoice_line_items": [{"quantity": 2, "price": Decimal("50.00")}],
        },
        {"description": "changed"},
    ),
}
