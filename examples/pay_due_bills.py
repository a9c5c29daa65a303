"""Pay every approved bill due this week through Bill.com, and never pay one twice.

PayBills moves money, so Bill.com wants an MFA-trusted session for it: the script asks Bill.com
to text a code (MFAChallenge) and trusts the session with it (MFAAuthenticate). If the answer
to PayBills is lost (a timeout, an HTTP 502), the client raises `UnknownOutcomeError` instead of
sending it again; the script then reads each bill to see whether the payment was scheduled,
and reports the bills it cannot confirm rather than paying them again.

    python examples/pay_due_bills.py           # against a fake Bill.com it starts itself
    python examples/pay_due_bills.py --live    # pays real bills: BILLCOM_* credentials, and
                                               # the texted code from BILLCOM_MFA_CODE or a prompt
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from billcom import BillCom, UnknownOutcomeError
from billcom.models import (
    Bill,
    BillApprovalStatus,
    BillFilter,
    BillPaymentStatus,
    PayBillsBillPaysItemParams,
)
from billcom.testing import FakeBillCom

#: PayBills takes at most 200 bills per call.
BATCH = 200
#: Names this machine to Bill.com when it trusts the session (any stable text of yours).
DEVICE_ID = "pay-due-bills-example"


@dataclass
class PaymentRun:
    """What a run did: amounts by bill id."""

    scheduled: dict[str, Decimal] = field(default_factory=dict)
    #: PayBills' outcome unknown and the bill shows no such payment: check before paying again.
    unconfirmed: dict[str, Decimal] = field(default_factory=dict)


def bills_due_this_week(client: BillCom, today: dt.date) -> list[Bill]:
    """Approved, active bills due Monday to Sunday of `today`'s week with nothing scheduled."""
    monday = today - dt.timedelta(days=today.weekday())
    filters: list[BillFilter] = [
        {"field": "isActive", "op": "=", "value": "1"},
        {"field": "approvalStatus", "op": "=", "value": BillApprovalStatus.APPROVED},
        {
            "field": "paymentStatus",
            "op": "in",
            "value": [BillPaymentStatus.OPEN, BillPaymentStatus.PARTIALLY_PAID],
        },
        {"field": "dueDate", "op": ">=", "value": monday},
        {"field": "dueDate", "op": "<=", "value": monday + dt.timedelta(days=6)},
    ]
    return [bill for bill in client.bills.list(filters=filters) if bill.due_amount]


def trust_session(client: BillCom, code: str) -> None:
    """MFA: the code Bill.com texted makes this session trusted (until it ends: remember_me=False,
    so there is no mfaId to keep safe; with True, store it and pass it as BillCom(mfa_id=...))."""
    challenge = client.session.mfa_challenge(use_backup=False)
    client.session.mfa_authenticate(
        challenge_id=challenge.challenge_id, token=code, device_id=DEVICE_ID, remember_me=False
    )


def settled(bill: Bill) -> Decimal:
    """What is scheduled or paid on a bill so far."""
    return (bill.scheduled_amount or Decimal(0)) + (bill.paid_amount or Decimal(0))


def pay(client: BillCom, bills: list[Bill], run: PaymentRun) -> None:
    """One PayBills call; when its outcome is unknown, look at the bills instead of retrying."""
    pays: list[PayBillsBillPaysItemParams] = [
        {"bill_id": bill.id, "amount": bill.due_amount or Decimal(0)} for bill in bills
    ]
    try:
        answer = client.payments.pay_bills(bill_pays=pays)
    except UnknownOutcomeError:
        for bill in bills:
            amount = bill.due_amount or Decimal(0)
            now = client.bills.read(bill.id)
            went_through = settled(now) - settled(bill) >= amount
            (run.scheduled if went_through else run.unconfirmed)[bill.id] = amount
        return
    for sent in answer.sent_pays or []:
        for bill_pay in sent.bill_pays or []:
            if bill_pay.bill_id and bill_pay.amount is not None:
                run.scheduled[bill_pay.bill_id] = bill_pay.amount


def main(client: BillCom, mfa_code: Callable[[], str], today: dt.date | None = None) -> PaymentRun:
    """Pay what is due this week; `mfa_code` is asked only when there is something to pay."""
    bills = bills_due_this_week(client, today or dt.date.today())
    run = PaymentRun()
    if bills:
        trust_session(client, mfa_code())
        for first in range(0, len(bills), BATCH):
            pay(client, bills[first : first + BATCH], run)
    numbers = {bill.id: bill.invoice_number for bill in bills}
    for bill_id, amount in run.scheduled.items():
        print(f"scheduled {amount:.2f} for {numbers.get(bill_id)}")
    for bill_id, amount in run.unconfirmed.items():
        print(f"NOT CONFIRMED {amount:.2f} for {numbers.get(bill_id)}: check before paying again")
    print(f"total scheduled: {sum(run.scheduled.values(), Decimal(0)):.2f}")
    return run


def demo(today: dt.date) -> PaymentRun:
    """A fake Bill.com with two approved bills due this week, one due next week, one unapproved."""
    fake = FakeBillCom(seed=5)
    with fake.client() as client:
        me = client.session.info().user_id or ""
        vendor = client.vendors.create(name="Acme Office Supplies")
        for number, days, amount, approved in [
            ("ACME-7", 0, "1250.50", True),
            ("ACME-8", 2, "74.25", True),
            ("ACME-9", 9, "300.00", True),
            ("ACME-10", 1, "99.99", False),
        ]:
            bill = client.bills.create(
                vendor_id=vendor.id,
                invoice_number=number,
                invoice_date=today - dt.timedelta(days=30),
                due_date=today + dt.timedelta(days=days),
                bill_line_items=[{"description": "Supplies", "amount": Decimal(amount)}],
            )
            if approved:
                client.approvals.set_approvers(object_id=bill.id, entity="Bill", approvers=[me])
                client.approvals.approve(object_id=bill.id, entity="Bill")
        return main(client, lambda: fake.mfa_code, today)


def code_from_user() -> str:
    """The texted code: from BILLCOM_MFA_CODE, else typed at a prompt (not echoed)."""
    return os.environ.get("BILLCOM_MFA_CODE") or getpass.getpass("Code Bill.com texted you: ")


if __name__ == "__main__":
    if "--live" in sys.argv[1:]:
        with BillCom() as live:  # credentials from the BILLCOM_* environment variables
            main(live, code_from_user)
    else:
        demo(dt.date(2024, 7, 15))  # a Monday
