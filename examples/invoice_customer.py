"""Invoice a customer, e-mail the invoice, record their payment, and see the invoice paid.

Bill.com computes each line's amount (quantity x price) and the invoice's total and amount due;
the script reads them back rather than adding them up itself. Recording a payment moves money
on the books, so an unknown outcome is checked on the invoice, never recorded a second time.

    python examples/invoice_customer.py    # against a fake Bill.com it starts itself
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from billcom import BillCom, UnknownOutcomeError
from billcom.models import (
    Invoice,
    InvoiceLineItemCreateParams,
    InvoicePaymentStatus,
    ReceivedPay,
    RecordARPaymentPaymentType,
)
from billcom.testing import FakeBillCom

#: What the demo invoices: (description, quantity, unit price).
LINES = [
    ("Consulting, days", Decimal(3), Decimal("1200.00")),
    ("Travel, hours", Decimal("2.5"), Decimal("150.00")),
]


@dataclass
class Receivable:
    """The invoice as Bill.com shows it after each step."""

    sent: Invoice
    paid: Invoice
    payment: ReceivedPay | None  # None: recorded, but its answer was lost


def main(client: BillCom, number: str = "INV-2001", today: dt.date | None = None) -> Receivable:
    """Invoice Globex for LINES as `number`, e-mail it, and record their check paying it."""
    today = today or dt.date.today()
    email = "ap@globex.example"
    customer = client.customers.create(name="Globex Corporation", email=email)
    lines: list[InvoiceLineItemCreateParams] = [
        {"description": text, "quantity": quantity, "price": price}
        for text, quantity, price in LINES
    ]
    invoice = client.invoices.create(
        customer_id=customer.id,
        invoice_number=number,
        invoice_date=today,
        due_date=today + dt.timedelta(days=30),
        invoice_line_items=lines,
    )
    # Subject and body go together (or neither, for Bill.com's default template).
    client.invoices.send(
        invoice_id=invoice.id,
        headers={"to_email_addresses": [email], "subject": f"Invoice {number}"},
        content={
            "body": "Hello {:Customer.Name:}, {:Invoice.AmountDue:} is due {:Invoice.DueDate:}."
        },
    )
    sent = client.invoices.read(invoice.id)
    print(f"sent {sent.invoice_number} for {sent.amount or 0:.2f} at {sent.last_sent_time}")

    due = sent.amount_due or Decimal(0)
    payment: ReceivedPay | None = None
    try:
        payment = client.receivables.record_ar_payment(
            customer_id=customer.id,
            payment_date=today + dt.timedelta(days=12),
            payment_type=RecordARPaymentPaymentType.CHECK,
            amount=due,
            ref_number="check 1042",
            invoice_pays=[{"invoice_id": invoice.id, "amount": due}],
        )
    except UnknownOutcomeError:
        # Recorded twice, the customer would seem to have paid twice: look at the invoice.
        if client.invoices.read(invoice.id).amount_due != 0:
            raise
    paid = client.invoices.read(invoice.id)
    in_full = paid.payment_status is InvoicePaymentStatus.PAID_IN_FULL
    status = "paid in full" if in_full else f"not paid in full ({paid.amount_due:.2f} due)"
    print(f"received {due:.2f} from {customer.name}; {paid.invoice_number} is {status}")
    return Receivable(sent=sent, paid=paid, payment=payment)


if __name__ == "__main__":
    with FakeBillCom(seed=11).client() as fake_client:
        main(fake_client)
