"""Two servers on one `--db` file keep every invariant: each request is one transaction."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import billcom
from billcom import BillCom
from billcom.testing import FakeBillCom, running_server

pytestmark = pytest.mark.fake_only("two fakes share one --db file")


def test_racing_duplicate_invoice_numbers_on_two_servers(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.db")
    fakes = [FakeBillCom(db=db, max_concurrent=None, hourly_limit=None) for _ in range(2)]
    with running_server(fakes[0]) as one, running_server(fakes[1]) as two:
        with BillCom(**fakes[0].credentials(one)) as first:
            vendor = first.vendors.create(name="Shared").id
        accepted: list[str] = []
        refused: list[str] = []

        def racer(base_url: str, fake: FakeBillCom) -> None:
            with BillCom(**fake.credentials(base_url)) as client:
                for number in range(30):
                    try:
                        client.bills.create(
                            vendor_id=vendor,
                            invoice_number=f"DUP-{number}",
                            invoice_date="2024-07-01",
                            due_date="2024-07-31",
                            bill_line_items=[{"amount": 1}],
                        )
                        accepted.append(f"DUP-{number}")
                    except billcom.APIError:
                        refused.append(f"DUP-{number}")

        threads = [
            threading.Thread(target=racer, args=(url, fake))
            for url, fake in ((one, fakes[0]), (two, fakes[1]))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert sorted(accepted) == sorted(f"DUP-{n}" for n in range(30))  # each number once
    assert len(refused) == 30
    assert len(fakes[0].all("Bill")) == 30 == len(fakes[1].all("Bill"))
