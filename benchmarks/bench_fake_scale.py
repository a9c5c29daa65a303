"""The fake with `--db` as its data grows: a Bill create and a Bill read at 100k stored bills, as
ratios to the same at 1k. Both run in-process through the client, median of each."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from billcom.testing import FakeBillCom

SMALL, LARGE = 1_000, 100_000
SAMPLES = 60


def _costs(rows: int, folder: Path) -> tuple[float, float]:
    fake = FakeBillCom(
        db=folder / f"fake-{rows}.db", hourly_limit=None, max_concurrent=None, record_requests=False
    )
    with fake.client() as client:
        vendor = client.vendors.create(name="Scale Ltd").id
        with fake.objects.store.transaction():  # seeded in one commit
            for i in range(rows):
                fake.add(
                    "Bill",
                    {"vendorId": vendor, "invoiceNumber": f"S-{i}", "amount": 1, "isActive": "1"},
                )
        creates, reads = [], []
        for i in range(SAMPLES):
            started = time.perf_counter()
            bill = client.bills.create(
                vendor_id=vendor,
                invoice_number=f"T-{i}",
                invoice_date="2024-07-01",
                due_date="2024-07-31",
                bill_line_items=[{"amount": 1}],
            )
            creates.append(time.perf_counter() - started)
            started = time.perf_counter()
            client.bills.read(bill.id)
            reads.append(time.perf_counter() - started)
    return statistics.median(creates), statistics.median(reads)


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        small = _costs(SMALL, Path(tmp))
        large = _costs(LARGE, Path(tmp))
    return {
        "create_small_ms": small[0] * 1000,
        "create_large_ms": large[0] * 1000,
        "read_small_ms": small[1] * 1000,
        "read_large_ms": large[1] * 1000,
        "create_ratio": large[0] / small[0],
        "read_ratio": large[1] / small[1],
    }


if __name__ == "__main__":
    print(measure())
