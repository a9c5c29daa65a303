"""Rows per second of a full `billcom.sync` into DuckDB, against the client's own `list()`.

The fake Bill.com runs in its own process (served over HTTP, limits as in production: 3 requests
in flight), seeded with the tests' org of 20,200 objects over seven entities (bills and invoices
with two line items each). The baseline reads every object of those entities with `list()`, one
entity after another; the sync reads the same objects and writes them, typed, into a new DuckDB
file (line items as child tables). Both are warmed up first (imports, first connections).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from billcom import BillCom  # noqa: E402
from billcom._json import dumps  # noqa: E402
from tests.sync_data import ENTITIES, org_data, rows_in  # noqa: E402

ORG = "00801BENCHSYNC000001"
ROUNDS = 3


def _serve(seed: Path, work: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = work / "port"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    args = ["--port", "0", "--port-file", str(port_file), "--seed-data", str(seed)]
    args += ["--org-id", ORG, "--hourly-limit", "off", "--login-hourly-limit", "off"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "billcom.testing", "serve", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (port_file.exists() and port_file.read_text().strip()):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the fake Bill.com did not start")
        time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port_file.read_text().strip()}/api/v2"


def _client(base_url: str) -> BillCom:
    return BillCom(
        username="user@example.com",
        password="password",
        org_id=ORG,
        dev_key="fake-dev-key",
        base_url=base_url,
        wait_on_rate_limit=True,
    )


def _list_all(base_url: str, entities: list[str]) -> int:
    from billcom.sync import find_entity

    rows = 0
    with _client(base_url) as client:
        for name in entities:
            resource: Any = getattr(client, str(find_entity(name).resource))
            rows += sum(1 for _ in resource.list())
    return rows


def _sync(base_url: str, entities: list[str], db: Path) -> int:
    from billcom.sync import run_sync

    report = run_sync(
        db, entities=entities, client_factory=lambda org: _client(base_url), working_dir=db.parent
    )
    assert report.ok, report.table()
    return sum(e.added for e in report.entities)


def measure() -> dict[str, float]:
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    data = org_data(ORG)
    with tempfile.TemporaryDirectory(prefix="billcom-bench-sync-") as tmp:
        work = Path(tmp)
        seed = work / "seed.json"
        seed.write_text(dumps(data))
        proc, base_url = _serve(seed, work)
        try:
            _list_all(base_url, ["Department"])  # warm up: imports, connections
            _sync(base_url, ["Department"], work / "warm" / "warm.duckdb")
            list_s, sync_s = [], []
            for round_ in range(ROUNDS):
                started = time.perf_counter()
                listed = _list_all(base_url, ENTITIES)
                list_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                synced = _sync(base_url, ENTITIES, work / f"r{round_}" / "billcom.duckdb")
                sync_s.append(time.perf_counter() - started)
                assert listed == synced == rows_in(data), (listed, synced)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    rows = rows_in(data)
    print(
        "list",
        [round(x, 2) for x in list_s],
        "sync",
        [round(x, 2) for x in sync_s],
        file=sys.stderr,
    )
    # Each round's sync against the list() just before it: a slow spell of the machine hits
    # both; the median of those ratios is the figure.
    ratios = sorted(listed_s / synced_s for listed_s, synced_s in zip(list_s, sync_s, strict=True))
    return {
        "rows": rows,
        "list_rps": rows / statistics.median(list_s),
        "sync_rps": rows / statistics.median(sync_s),
        "list_s": statistics.median(list_s),
        "sync_s": statistics.median(sync_s),
        "ratio": ratios[len(ratios) // 2],
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
