"""A day of payables and receivables, typed end to end (`mypy --strict` checks this file).

Payables: enter a vendor's bill, then record payment of every bill of that vendor due by a
date. Receivables: invoice a customer, e-mail the invoice, record the customer's payment.
Run it as a script to drive the built-in fake Bill.com; point `BillCom` at the sandbox for real.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from billcom import BillCom, UnknownOutcomeError
from billcom.models import (
    Bill,
    BillFilter,
    BillLineItemCreateParams,
    BillPaymentStatus,
    Invoice,
    InvoiceLineItemCreateParams,
    InvoicePaymentStatus,
    ReceivedPay,
    RecordAPPaymentBillPaysItemParams,
    RecordARPaymentPaymentType,
    SentPay,
)
from billcom.testing import FakeBillCom

#: A line of a bill or invoice: what it is for, and its amount.
Line = tuple[str, Decimal]


def enter_bill(
    client: BillCom, vendor_id: str, number: str, due: dt.date, lines: Sequence[Line]
) -> Bill:
    """Enter a vendor's invoice as a bill; Bill.com adds up the lines."""
    items: list[BillLineItemCreateParams] = [
        {"description": text, "amount": amount} for text, amount in lines
    ]
    return client.bills.create(
        vendor_id=vendor_id,
        invoice_number=number,
        invoice_date=due - dt.timedelta(days=30),
        due_date=due,
        bill_line_items=items,
    )


def bills_due(client: BillCom, vendor_id: str, by: dt.date) -> list[Bill]:
    """The vendor's live, unpaid bills due on or before `by`."""
    filters: list[BillFilter] = [
        {"field": "vendorId", "op": "=", "value": vendor_id},
        {"field": "isActive", "op": "=", "value": "1"},
        {"field": "paymentStatus", "op": "=", "value": BillPaymentStatus.OPEN},
        {"field": "dueDate", "op": "<=", "value": by},
    ]
    return list(client.bills.list(filters=filters))


def record_payment_of_due_bills(
    client: BillCom, vendor_id: str, by: dt.date, paid_on: dt.date
) -> SentPay | None:
    """Record one payment, made outside Bill.com, that settles every bill due by `by`."""
    pays: list[RecordAPPaymentBillPaysItemParams] = [
        {"bill_id": bill.id, "amount": bill.due_amount}
        for bill in bills_due(client, vendor_id, by)
        if bill.due_amount
    ]
    if not pays:
        return None
    try:
        return client.payments.record_ap_payment(
            vendor_id=vendor_id, process_date=paid_on, to_print_check=False, bill_pays=pays
        )
    except UnknownOutcomeError:
        # The payment may have been recorded: never record it twice. Look before trying again.
        if bills_due(client, vendor_id, by):
            raise
        return None


def invoice_customer(
    client: BillCom, customer_id: str, number: str, on: dt.date, lines: Sequence[Line]
) -> Invoice:
    """Invoice a customer and e-mail the invoice with Bill.com's default template."""
    items: list[InvoiceLineItemCreateParams] = [
        {"description": text, "quantity": 1, "price": amount} for text, amount in lines
    ]
    invoice = client.invoices.create(
        customer_id=customer_id,
        invoice_number=number,
        invoice_date=on,
        due_date=on + dt.timedelta(days=30),
        invoice_line_items=items,
    )
    client.invoices.send(invoice_id=invoice.id, headers={})
    return invoice


def record_customer_payment(
    client: BillCom, customer_id: str, invoice: Invoice, on: dt.date
) -> ReceivedPay:
    """Record a check from the customer that pays the invoice in full."""
    amount = invoice.amount_due
    if not amount:
        raise ValueError(f"invoice {invoice.invoice_number} has nothing due")
    return client.receivables.record_ar_payment(
        customer_id=customer_id,
        payment_date=on,
        payment_type=RecordARPaymentPaymentType.CHECK,
        amount=amount,
        invoice_pays=[{"invoice_id": invoice.id, "amount": amount}],
    )


def main() -> None:
    today = dt.date(2024, 7, 15)
    with FakeBillCom(seed=3).client() as client:
        vendor = client.vendors.create(name="Acme Office Supplies", email="ar@acme.example")
        enter_bill(client, vendor.id, "ACME-7", today, [("Paper", Decimal("1250.50"))])
        enter_bill(
            client, vendor.id, "ACME-8", today + dt.timedelta(days=3), [("Toner", Decimal("74.25"))]
        )
        later = enter_bill(
            client, vendor.id, "ACME-9", today + dt.timedelta(days=40), [("Desk", Decimal("300"))]
        )
        sent = record_payment_of_due_bills(client, vendor.id, today + dt.timedelta(days=7), today)
        assert sent is not None
        print(f"paid {sent.amount} to {vendor.name} for {len(sent.bill_pays or [])} bills")
        print(f"still open: {later.invoice_number} due {later.due_date}, {later.due_amount}")

        customer = client.customers.create(name="Globex", email="ap@globex.example")
        invoice = invoice_customer(
            client, customer.id, "INV-2001", today, [("Consulting", Decimal("4800.00"))]
        )
        received = record_customer_payment(
            client, customer.id, invoice, today + dt.timedelta(days=12)
        )
        paid = client.invoices.read(invoice.id)
        assert paid.payment_status is InvoicePaymentStatus.PAID_IN_FULL
        print(f"received {received.amount} from {customer.name}; {paid.invoice_number} is paid")


if __name__ == "__main__":
    main()
