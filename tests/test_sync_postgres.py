"""The org mirror into a real Postgres: Debian's server started by the test in a temporary
folder (skipped, saying why, where the postgresql package is not installed)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg2
import pytest

from billcom.sync import run_sync
from tests.test_sync import ORG_A, seeded, served

_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
PASSWORD = "mirror-SECRET-pw"


def _as_postgres(args: list[str]) -> list[str]:
    """Postgres refuses to run as root: as root, run it as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture
def postgres() -> Iterator[str]:
    if not _BIN or (os.geteuid() == 0 and shutil.which("runuser") is None):
        pytest.skip("Debian's postgresql package is not installed (apt-get install postgresql)")
    bin_dir = Path(_BIN[-1])
    # Not under pytest's own temporary folder, which only its owner may enter.
    base = Path(tempfile.mkdtemp(prefix="billcom-pg-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    secret = base / "pw"
    secret.write_text(PASSWORD)
    secret.chmod(0o644)
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "billcom", "-A", "scram-sha-256",
              f"--pwfile={secret}"]  # fmt: skip
    subprocess.run(_as_postgres(initdb), check=True, capture_output=True, timeout=120)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        _as_postgres([str(bin_dir / "postgres"), "-D", str(data), "-h", "127.0.0.1",
                      "-p", str(port), "-k", str(data)]),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"postgresql://billcom:{PASSWORD}@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg2.connect(url).close()
                break
            except psycopg2.OperationalError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(base, ignore_errors=True)


def test_a_sync_into_postgres_holds_the_orgs_rows_with_exact_amounts(
    postgres: str, tmp_path: Path
) -> None:
    fake = seeded(ORG_A, 0.02)
    entities = ["Vendor", "Bill"]
    with served(fake) as client:
        report = run_sync(
            postgres, client_factory=client, entities=entities, working_dir=tmp_path / "dlt"
        )
        again = run_sync(
            postgres, client_factory=client, entities=entities, working_dir=tmp_path / "dlt"
        )
    assert report.ok and again.ok
    assert sum(e.added + e.updated + e.deleted for e in again.entities) == 0
    with psycopg2.connect(postgres) as db, db.cursor() as cur:
        cur.execute("select id, amount from billcom.bills")
        bills = dict(cur.fetchall())
        cur.execute("select count(*) from billcom.vendors")
        vendors = cur.fetchone()
        cur.execute("select count(*) from billcom.bills__bill_line_items")
        lines = cur.fetchone()
    assert bills == {b["id"]: Decimal(b["amount"]) for b in fake.all("Bill")}
    assert vendors == (len(fake.all("Vendor")),)
    assert lines == (sum(len(b.get("billLineItems") or []) for b in fake.all("Bill")),)
    assert "127.0.0.1" in report.destination and PASSWORD not in report.destination
