"""The worked examples run against the fake as written, and do what they say."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import runpy
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from billcom import APIError, BillCom, UnknownOutcomeError
from billcom.models import InvoicePaymentStatus
from billcom.testing import FakeBillCom, FakeClock
from codegen.generate import ROOT

#: What each script prints when run as `python examples/<script>` (against its own fake).
SCRIPT_OUTPUT = {
    "demo.py": ["INV-1001", "1324.75"],
    "payables_and_receivables.py": [
        "paid 1324.75 to Acme Office Supplies for 2 bills",
        "INV-2001 is paid",
    ],
    "pay_due_bills.py": ["scheduled 1250.50 for ACME-7", "total scheduled: 1324.75"],
    "invoice_customer.py": ["sent INV-2001 for 3975.00", "INV-2001 is paid in full"],
    "reconcile_payments.py": ["Bill.com net 3475.35, bank 3460.35: difference -15.00"],
    "vendors_to_csv.py": ["read 3 changed vendors, 3 in all", "Hooli,1"],
}


@pytest.mark.parametrize("script", sorted(SCRIPT_OUTPUT))
def test_example_runs(
    script: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", [script])
    runpy.run_path(str(ROOT / "examples" / script), run_name="__main__")
    out = capsys.readouterr().out
    for expected in SCRIPT_OUTPUT[script]:
        assert expected in out


def example(name: str) -> ModuleType:
    """An example script as a module, its `__main__` block not run."""
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# -- pay_due_bills -------------------------------------------------------------------------------

MONDAY = dt.date(2024, 7, 15)
#: label: (vendor, days after MONDAY due, amount, approved, paid beforehand)
BILLS = {
    "a_wed": ("A", 2, "1250.50", True, None),
    "a_sun": ("A", 6, "74.25", True, None),
    "b_mon": ("B", 0, "300.00", True, None),
    "b_part": ("B", 3, "400.00", True, "100.00"),  # partly paid: the rest, 300.00, is due
    "a_next_mon": ("A", 7, "10.00", True, None),  # next week
    "a_last_sun": ("A", -1, "20.00", True, None),  # last week
    "b_unapproved": ("B", 1, "30.00", False, None),
    "a_paid": ("A", 1, "40.00", True, "40.00"),
}
DUE_THIS_WEEK = {
    "a_wed": Decimal("1250.50"),
    "a_sun": Decimal("74.25"),
    "b_mon": Decimal("300.00"),
    "b_part": Decimal("300.00"),
}


def arrange_bills(client: BillCom) -> dict[str, str]:
    """The bills of BILLS, and one more approved bill due this week but deleted; their ids."""
    me = client.session.info().user_id or ""
    vendors = {key: client.vendors.create(name=f"Vendor {key}").id for key in "AB"}
    ids: dict[str, str] = {}
    for label, (vendor, days, amount, approved, paid) in {
        **BILLS,
        "b_deleted": ("B", 1, "50.00", True, None),
    }.items():
        bill = client.bills.create(
            vendor_id=vendors[vendor],
            invoice_number=label,
            invoice_date=MONDAY - dt.timedelta(days=30),
            due_date=MONDAY + dt.timedelta(days=days),
            bill_line_items=[{"amount": Decimal(amount)}],
        )
        ids[label] = bill.id
        if approved:
            client.approvals.set_approvers(object_id=bill.id, entity="Bill", approvers=[me])
            client.approvals.approve(object_id=bill.id, entity="Bill")
        if paid:
            client.payments.record_ap_payment(
                process_date=MONDAY - dt.timedelta(days=3),
                to_print_check=False,
                bill_pays=[{"bill_id": bill.id, "amount": Decimal(paid)}],
            )
    client.bills.delete(ids["b_deleted"])
    return ids


def scheduled_amounts(fake: FakeBillCom) -> dict[str, Decimal]:
    return {b["id"]: Decimal(b["scheduledAmount"]) for b in fake.all("Bill")}


def online_payments(fake: FakeBillCom) -> list[dict[str, Any]]:
    return [p for p in fake.all("SentPay") if p["isOnline"]]


def test_pay_due_bills_pays_the_approved_bills_due_this_week_after_mfa() -> None:
    pay_due_bills = example("pay_due_bills")
    fake = FakeBillCom(seed=21)
    with fake.client() as client:
        ids = arrange_bills(client)
        codes_asked: list[str] = []

        def mfa_code() -> str:
            codes_asked.append(fake.mfa_code)
            return fake.mfa_code

        run = pay_due_bills.main(client, mfa_code, MONDAY + dt.timedelta(days=2))  # a Wednesday
        expected = {ids[label]: amount for label, amount in DUE_THIS_WEEK.items()}
        assert run.scheduled == expected and run.unconfirmed == {}
        assert all(type(amount) is Decimal for amount in run.scheduled.values())
        assert scheduled_amounts(fake) == {id: expected.get(id, Decimal(0)) for id in ids.values()}
        # One payment per vendor, made in a session MFA made trusted just before.
        by_vendor = sorted(Decimal(p["amount"]) for p in online_payments(fake))
        assert by_vendor == [Decimal("600.00"), Decimal("1324.75")]
        assert len(codes_asked) == 1
        calls = fake.requests
        assert calls.index("MFAChallenge.json") < calls.index("MFAAuthenticate.json")
        assert calls.index("MFAAuthenticate.json") < calls.index("PayBills.json")

        # Run again: everything due is scheduled, so nothing is paid and no code is asked for.
        again = pay_due_bills.main(client, mfa_code, MONDAY + dt.timedelta(days=2))
        assert again.scheduled == {} and again.unconfirmed == {}
        assert fake.requests.count("PayBills.json") == 1 and len(codes_asked) == 1


def test_pay_due_bills_confirms_a_payment_whose_answer_was_lost_and_never_repeats_it() -> None:
    pay_due_bills = example("pay_due_bills")
    fake = FakeBillCom(seed=22, faults="502@after/PayBills=1")  # done, then answered 502
    with fake.client() as client:
        ids = arrange_bills(client)
        run = pay_due_bills.main(client, lambda: fake.mfa_code, MONDAY)
        assert fake.stats["faults"] == 1
        expected = {ids[label]: amount for label, amount in DUE_THIS_WEEK.items()}
        # Read back, each bill shows the payment once: reported as scheduled, not re-sent.
        assert run.scheduled == expected and run.unconfirmed == {}
        assert scheduled_amounts(fake) == {id: expected.get(id, Decimal(0)) for id in ids.values()}
        assert len(online_payments(fake)) == 2
        assert fake.requests.count("PayBills.json") == 1

        pay_due_bills.main(client, lambda: fake.mfa_code, MONDAY)  # the next run pays nothing
        assert fake.requests.count("PayBills.json") == 1 and len(online_payments(fake)) == 2


def test_pay_due_bills_reports_a_payment_it_cannot_confirm_and_does_not_retry_it() -> None:
    pay_due_bills = example("pay_due_bills")
    fake = FakeBillCom(seed=23, faults="502/PayBills=1")  # answered 502, nothing done
    with fake.client() as client:
        ids = arrange_bills(client)
        run = pay_due_bills.main(client, lambda: fake.mfa_code, MONDAY)
        assert run.scheduled == {}
        assert run.unconfirmed == {ids[label]: amount for label, amount in DUE_THIS_WEEK.items()}
        assert fake.requests.count("PayBills.json") == 1
        assert online_payments(fake) == []
        assert set(scheduled_amounts(fake).values()) == {Decimal(0)}


def test_pay_due_bills_pays_nothing_with_a_wrong_mfa_code() -> None:
    pay_due_bills = example("pay_due_bills")
    fake = FakeBillCom(seed=24)
    with fake.client() as client:
        arrange_bills(client)
        with pytest.raises(APIError):
            pay_due_bills.main(client, lambda: "000000", MONDAY)
        assert "PayBills.json" not in fake.requests and online_payments(fake) == []


# -- invoice_customer ----------------------------------------------------------------------------


def test_invoice_customer_sends_the_invoice_and_records_its_payment() -> None:
    invoice_customer = example("invoice_customer")
    fake = FakeBillCom(seed=31)
    with fake.client() as client:
        result = invoice_customer.main(client, "INV-77", MONDAY)
    sent, paid, payment = result.sent, result.paid, result.payment
    # 3 x 1200.00 + 2.5 x 150.00, computed by Bill.com, exact.
    assert [line.amount for line in sent.invoice_line_items] == [Decimal(3600), Decimal(375)]
    assert sent.amount == Decimal("3975.00") and type(sent.amount) is Decimal
    assert sent.last_sent_time is not None and sent.payment_status is InvoicePaymentStatus.OPEN
    assert paid.payment_status is InvoicePaymentStatus.PAID_IN_FULL and paid.amount_due == 0
    assert payment is not None and payment.amount == Decimal("3975.00")
    (received,) = fake.all("ReceivedPay")
    assert received["paymentDate"] == "2024-07-27" and received["refNumber"] == "check 1042"
    assert [(p["invoiceId"], p["amount"]) for p in received["invoicePays"]] == [
        (paid.id, Decimal("3975.00"))
    ]
    (customer,) = fake.all("Customer")
    assert customer["balance"] == 0


def test_invoice_customer_checks_the_invoice_when_recording_the_payment_has_no_answer() -> None:
    invoice_customer = example("invoice_customer")
    fake = FakeBillCom(seed=32, faults="502@after/RecordARPayment=1")
    with fake.client() as client:
        result = invoice_customer.main(client, "INV-78", MONDAY)
    assert result.payment is None  # its answer was lost...
    assert result.paid.payment_status is InvoicePaymentStatus.PAID_IN_FULL  # ...but it was made
    assert len(fake.all("ReceivedPay")) == 1 and fake.requests.count("RecordARPayment.json") == 1


def test_invoice_customer_raises_when_the_payment_was_not_recorded() -> None:
    invoice_customer = example("invoice_customer")
    fake = FakeBillCom(seed=33, faults="502/RecordARPayment=1")
    with fake.client() as client, pytest.raises(UnknownOutcomeError):
        invoice_customer.main(client, "INV-79", MONDAY)
    assert fake.all("ReceivedPay") == []
    assert [i["paymentStatus"] for i in fake.all("Invoice")] == [InvoicePaymentStatus.OPEN]


# -- reconcile_payments --------------------------------------------------------------------------


def payments_around(day: dt.date) -> dict[str, list[dict[str, Any]]]:
    on, before, after = (str(day + dt.timedelta(days=n)) for n in (0, -1, 1))
    sent = [  # (processDate, amount, status)
        (on, "1250.50", "2"),
        (on, "74.25", "1"),  # scheduled for the day: debited that day
        (on, "0.10", "2"),
        (on, "500.00", "3"),  # canceled
        (on, "600.00", "4"),  # void
        (before, "99.99", "2"),
        (after, "88.88", "1"),
    ]
    received = [  # (paymentDate, amount, status)
        (on, "4800.00", "0"),
        (on, "0.10", "0"),
        (on, "0.10", "0"),
        (on, "0.10", "0"),
        (on, "700.00", "1"),  # void
        (after, "35.00", "0"),
    ]
    return {
        "SentPay": [{"processDate": d, "amount": Decimal(a), "status": s} for d, a, s in sent],
        "ReceivedPay": [
            {"paymentDate": d, "amount": Decimal(a), "status": s} for d, a, s in received
        ],
    }


def test_reconcile_payments_sums_the_days_payments_exactly_and_reports_the_difference(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reconcile_payments = example("reconcile_payments")
    fake = FakeBillCom(seed=41, seed_data=payments_around(MONDAY))
    with fake.client() as client:
        result = reconcile_payments.main(client, MONDAY, Decimal("3460.45"))
        assert sorted(p.amount for p in result.sent) == [
            Decimal("0.1"),
            Decimal("74.25"),
            Decimal("1250.5"),
        ]
        assert result.sent_total == Decimal("1324.85")
        assert result.received_total == Decimal("4800.30")  # 0.10 three times: exactly 0.30
        assert result.difference == Decimal("-15.00")
        assert "difference -15.00 to explain" in capsys.readouterr().out

        agreed = reconcile_payments.main(client, MONDAY, Decimal("3475.45"))
        assert agreed.difference == 0 and type(agreed.difference) is Decimal
        assert capsys.readouterr().out.rstrip().endswith("reconciled")


def test_reconcile_payments_on_a_day_without_payments_expects_no_change() -> None:
    reconcile_payments = example("reconcile_payments")
    fake = FakeBillCom(seed=42, seed_data=payments_around(MONDAY))
    with fake.client() as client:
        quiet = reconcile_payments.main(client, MONDAY - dt.timedelta(days=10), Decimal(0))
    assert quiet.sent == [] and quiet.received == [] and quiet.difference == 0


# -- vendors_to_csv ------------------------------------------------------------------------------


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def assert_mirrors(path: Path, fake: FakeBillCom, columns: list[str]) -> None:
    """The CSV holds every vendor of the fake once, each exactly as stored."""
    rows = csv_rows(path)
    assert len({row["id"] for row in rows}) == len(rows)  # no duplicates
    stored = {
        v["id"]: {c: "" if v.get(c) is None else str(v[c]) for c in columns}
        for v in fake.all("Vendor")
    }
    assert {row["id"]: row for row in rows} == stored


def test_vendors_to_csv_second_run_reads_only_what_changed(tmp_path: Path) -> None:
    vendors_to_csv = example("vendors_to_csv")
    clock = FakeClock(start=1_720_000_000.0)
    fake = FakeBillCom(seed=51, clock=clock)
    target = tmp_path / "vendors.csv"
    with fake.client() as client:
        for n in range(6):
            client.vendors.create(name=f"Vendor {n}", email=f"ap{n}@example.com")
            clock.advance(1)
        first = vendors_to_csv.main(client, target)
        assert (first.fetched, first.rows) == (6, 6)
        assert_mirrors(target, fake, vendors_to_csv.COLUMNS)
        assert (tmp_path / "vendors.csv.cursor").exists()

        clock.advance(60)
        by_name = {v.name: v for v in client.vendors.list()}
        client.vendors.update(by_name["Vendor 1"], phone="+1 415 555 0101")
        client.vendors.update(by_name["Vendor 2"], description="Paper and toner")
        clock.advance(0.25)
        client.vendors.delete(by_name["Vendor 3"].id)
        client.vendors.create(name="Vendor 6")
        client.vendors.create(name="Vendor 7")
        second = vendors_to_csv.main(client, target)
        # The 5 changed vendors, and Vendor 5 again: it changed in the cursor's millisecond.
        assert (second.fetched, second.rows) == (5 + 1, 8)
        assert_mirrors(target, fake, vendors_to_csv.COLUMNS)
        rows = {row["name"]: row for row in csv_rows(target)}
        assert rows["Vendor 1"]["phone"] == "+1 415 555 0101"
        assert rows["Vendor 3"]["isActive"] == "2"

        clock.advance(5)
        third = vendors_to_csv.main(client, target)  # nothing changed: only the overlap
        assert (third.fetched, third.rows) == (3, 8)  # Vendors 3, 6 and 7: the cursor's ms


def test_vendors_to_csv_keeps_a_change_made_in_the_cursors_millisecond(tmp_path: Path) -> None:
    vendors_to_csv = example("vendors_to_csv")
    clock = FakeClock(start=1_720_000_000.0)
    fake = FakeBillCom(seed=52, clock=clock)
    target = tmp_path / "vendors.csv"
    with fake.client() as client:
        acme = client.vendors.create(name="Acme")
        vendors_to_csv.main(client, target)
        # Same millisecond as the cursor: a `>` cursor would never see these.
        client.vendors.update(acme, phone="555-0100")
        client.vendors.create(name="Globex")
        assert vendors_to_csv.main(client, target).fetched == 2
    assert_mirrors(target, fake, vendors_to_csv.COLUMNS)
    assert {row["name"]: row["phone"] for row in csv_rows(target)} == {
        "Acme": "555-0100",
        "Globex": "",
    }


def test_vendors_to_csv_pages_through_many_vendors_of_one_millisecond(tmp_path: Path) -> None:
    vendors_to_csv = example("vendors_to_csv")
    clock = FakeClock(start=1_720_000_000.0)
    fake = FakeBillCom(seed=53, clock=clock)
    target = tmp_path / "vendors.csv"
    with fake.client() as client:
        client.vendors.bulk_create([{"name": f"Bulk {n}"} for n in range(5)])  # one millisecond
        clock.advance(1)
        client.vendors.create(name="Later")
        run = vendors_to_csv.main(client, target, page_size=2)
        assert run.rows == 6
        assert_mirrors(target, fake, vendors_to_csv.COLUMNS)
