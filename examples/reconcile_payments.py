"""Reconcile one day's Bill.com payments with the change in the bank balance that day.

Money out is the day's SentPays (by `processDate`, the debit date), money in the day's
ReceivedPays (by `paymentDate`); voided and canceled payments moved nothing and are left out.
Amounts are summed as Decimal, so a difference is a real one, never a rounding artefact:
what is left is for a person to explain (bank fees, payments made outside Bill.com).

    python examples/reconcile_payments.py    # against a fake Bill.com seeded with payments
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from billcom import BillCom
from billcom.models import (
    ReceivedPay,
    ReceivedPayFilter,
    ReceivedPayStatus,
    SentPay,
    SentPayFilter,
    SentPayStatus,
)
from billcom.testing import FakeBillCom


@dataclass
class Reconciliation:
    """The day's payments as Bill.com has them, and how far the bank disagrees."""

    sent: list[SentPay]
    received: list[ReceivedPay]
    sent_total: Decimal
    received_total: Decimal
    #: The bank's change minus Bill.com's net (received - sent): zero when they agree.
    difference: Decimal


def total(payments: list[SentPay] | list[ReceivedPay]) -> Decimal:
    """Exact, in Decimal; starting from Decimal(0), a day without payments totals Decimal too."""
    return sum((p.amount or Decimal(0) for p in payments), Decimal(0))


def main(client: BillCom, day: dt.date, bank_change: Decimal) -> Reconciliation:
    """Compare `bank_change` (the balance's move on `day`, from the statement) with Bill.com."""
    sent_filters: list[SentPayFilter] = [
        {"field": "processDate", "op": "=", "value": day},
        {"field": "status", "op": "nin", "value": [SentPayStatus.CANCELED, SentPayStatus.VOID]},
    ]
    received_filters: list[ReceivedPayFilter] = [
        {"field": "paymentDate", "op": "=", "value": day},
        {
            "field": "status",
            "op": "nin",
            "value": [ReceivedPayStatus.CANCELED, ReceivedPayStatus.VOID],
        },
    ]
    sent = list(client.sent_pays.list(filters=sent_filters))
    received = list(client.received_pays.list(filters=received_filters))
    sent_total, received_total = total(sent), total(received)
    difference = bank_change - (received_total - sent_total)
    for pay in sent:
        print(f"  out {pay.amount or 0:>12.2f}  {pay.description or pay.id}")
    for got in received:
        print(f"  in  {got.amount or 0:>12.2f}  {got.description or got.id}")
    print(f"Bill.com net {received_total - sent_total:.2f}, bank {bank_change:.2f}", end=": ")
    print("reconciled" if not difference else f"difference {difference:.2f} to explain")
    return Reconciliation(sent, received, sent_total, received_total, difference)


def demo_payments(day: dt.date) -> dict[str, list[dict[str, Any]]]:
    """The day's payments, one voided, and one of the day before (as Bill.com stores them)."""
    on, before = day.isoformat(), (day - dt.timedelta(days=1)).isoformat()

    def out(date: str, amount: str, status: SentPayStatus, memo: str) -> dict[str, Any]:
        return {
            "processDate": date,
            "amount": Decimal(amount),
            "status": status,
            "description": memo,
        }

    def into(date: str, amount: str, memo: str) -> dict[str, Any]:
        paid = ReceivedPayStatus.PAID
        return {"paymentDate": date, "amount": Decimal(amount), "status": paid, "description": memo}

    return {
        "SentPay": [
            out(on, "1250.50", SentPayStatus.PAID, "Acme Office Supplies"),
            out(on, "74.25", SentPayStatus.PAID, "Toner Ltd"),
            out(on, "500.00", SentPayStatus.VOID, "Voided check"),
            out(before, "99.99", SentPayStatus.PAID, "Yesterday's rent"),
        ],
        "ReceivedPay": [
            into(on, "4800.00", "Globex"),
            into(on, "0.10", "Initech"),
            into(before, "35.00", "Hooli"),
        ],
    }


if __name__ == "__main__":
    day = dt.date(2024, 7, 15)
    with FakeBillCom(seed=2, seed_data=demo_payments(day)).client() as fake_client:
        # The bank statement: +4800.10 in, -1324.75 out, and a 15.00 fee Bill.com never saw.
        main(fake_client, day, bank_change=Decimal("3460.35"))
