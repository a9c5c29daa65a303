"""kill -9 a served fake with `--db` during concurrent payments; after a restart every bill's paid
amount matches the payments recorded for it: no write is ever half done."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

import billcom
from billcom import BillCom

pytestmark = pytest.mark.fake_only("kills the fake's process with SIGKILL")


CREDENTIALS: dict[str, Any] = {
    "username": "user@example.com",
    "password": "password",
    "org_id": "00801FAKEORG00000001",
    "dev_key": "fake-dev-key",
}


@contextmanager
def served(db: Path, port_file: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port_file.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "billcom.testing", "serve", "--db", str(db), "--port", "0",
         "--port-file", str(port_file), "--hourly-limit", "off", "--max-concurrent", "off"],
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not (port_file.exists() and port_file.read_text().strip()):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    base_url = f"http://127.0.0.1:{int(port_file.read_text())}/api/v2"
    while True:
        try:
            httpx.post(f"{base_url}/Login.json", data={})
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    try:
        yield proc, base_url
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_kill_9_during_payments_leaves_no_half_write(tmp_path: Path) -> None:
    db, port_file = tmp_path / "fake.db", tmp_path / "port"
    with served(db, port_file) as (proc, base_url), BillCom(**CREDENTIALS, base_url=base_url) as c:
        vendor = c.vendors.create(name="Crash Ltd").id
        bills = [
            c.bills.create(
                vendor_id=vendor,
                invoice_number=f"K-{i}",
                invoice_date=dt.date(2024, 7, 1),
                due_date=dt.date(2024, 7, 31),
                bill_line_items=[{"amount": Decimal("10.00")}],
            ).id
            for i in range(120)
        ]

        answered = threading.Semaphore(0)

        def payer(mine: list[str]) -> None:
            with BillCom(**CREDENTIALS, base_url=base_url, max_retries=0) as client:
                for bill_id in mine:
                    try:
                        client.payments.record_ap_payment(
                            vendor_id=vendor,
                            process_date=dt.date(2024, 7, 2),
                            to_print_check=False,
                            bill_pays=[{"bill_id": bill_id, "amount": Decimal("10.00")}],
                        )
                        answered.release()
                    except billcom.BillComError:
                        return  # the server is gone

        threads = [threading.Thread(target=payer, args=(bills[i::4],)) for i in range(4)]
        for thread in threads:
            thread.start()
        for _ in range(10):  # kill once ten payments are answered, with others in flight
            assert answered.acquire(timeout=60)
        os.kill(proc.pid, signal.SIGKILL)
        for thread in threads:
            thread.join(timeout=60)

    with served(db, port_file) as (_, base_url), BillCom(**CREDENTIALS, base_url=base_url) as c:
        stored = {bill.id: bill for bill in c.bills.list()}
        paid = {i: stored[i].paid_amount or Decimal(0) for i in bills}
    recorded = {i: sum_pays(tmp_path, i) for i in bills}
    assert paid == recorded  # every paid amount has its payment, and every payment its bill
    assert all(amount in (Decimal(0), Decimal("10.00")) for amount in paid.values())
    assert 10 <= sum(1 for amount in paid.values() if amount) < len(bills)  # killed mid-way


def sum_pays(tmp_path: Path, bill_id: str) -> Decimal:
    """The amounts of the BillPays recorded for a bill, read straight from the database file."""
    import json
    import sqlite3

    total = Decimal(0)
    with sqlite3.connect(tmp_path / "fake.db") as db:
        for (body,) in db.execute("SELECT body FROM objects WHERE entity = 'SentPay'"):
            for pay in json.loads(body, parse_float=Decimal).get("billPays") or []:
                if pay.get("billId") == bill_id:
                    total += Decimal(str(pay["amount"]))
    return total
