"""`billcom.sync` against the served fake: the mirror equals the fake row by row, a second sync
reads only what changed, a sync killed at any moment and run again ends exact, orgs stay apart."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest
from dlt.common.normalizers.naming.snake_case import NamingConvention

from billcom import BillCom
from billcom._retry import Retrier
from billcom._types import format_timestamp
from billcom.sync import HourlyBudget, SyncReport, billcom_source, destination_of, run_sync
from billcom.testing import FakeBillCom, FakeClock, running_server
from billcom.testing._catalog import ENTITIES as CATALOG
from tests.sync_data import ENTITIES, START, newest, org_data, rows_in

ORG_A = "00801SYNCORGA0000001"
ORG_B = "00801SYNCORGB0000002"
TABLES = {
    "Vendor": "vendors",
    "Customer": "customers",
    "Bill": "bills",
    "Invoice": "invoices",
    "Item": "items",
    "ChartOfAccount": "chart_of_accounts",
    "Department": "departments",
}
_name = NamingConvention().normalize_identifier
JSON = dict[str, Any]


# -- the fake, seeded and served ------------------------------------------------------------------


def seeded(org: str, scale: float, clock: FakeClock | None = None, **options: Any) -> FakeBillCom:
    """A fake of one org holding `org_data(org, scale)`, added in one unit of work."""
    fake = FakeBillCom(org_id=org, seed=int(org[-4:]), clock=clock or FakeClock(), **options)
    with fake.objects.store.transaction():
        for entity, objects in org_data(org, scale).items():
            for obj in objects:
                fake.add(entity, obj)
    return fake


@contextmanager
def served(*fakes: FakeBillCom) -> Iterator[Callable[[str | None], BillCom]]:
    """Serve each fake over HTTP; yield a client factory mapping an org id to its fake."""
    with ExitStack() as stack:
        urls = {f.org_id: stack.enter_context(running_server(f)) for f in fakes}
        by_org = {f.org_id: f for f in fakes}

        def client(org: str | None) -> BillCom:
            fake = by_org[org or fakes[0].org_id]
            return BillCom(**fake.credentials(urls[fake.org_id]), wait_on_rate_limit=True)

        yield client


# -- the mirror against the fake ------------------------------------------------------------------


def _expected(kind: JSON, value: Any) -> Any:
    """A stored value as the mirror should hold it, typed from the fake's own catalogue."""
    if value is None:
        return None
    if kind["type"] == "datetime":
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f%z")
    if kind["type"] == "date":
        return dt.date.fromisoformat(value)
    if kind["type"] == "number":
        assert not isinstance(value, float)
        return Decimal(value)
    if kind["type"] == "enum":
        return str(value)  # a code, text in the mirror even when it came as a number
    return value


def _flat(entity_fields: JSON, record: JSON, prefix: str = "") -> JSON:
    """Scalar fields by column name; inline objects flattened as dlt does (`expense__count`)."""
    out: JSON = {}
    for name, kind in entity_fields.items():
        if kind["type"] == "array" or kind.get("entity") or name == "createdBy":
            continue  # child tables; createdBy is listed only with showAudit
        if kind["type"] == "object":
            out.update(_flat(kind.get("fields", {}), record.get(name) or {}, f"{prefix}{name}__"))
        else:
            out[_name(prefix + name)] = _expected(kind, record.get(name))
    return out


def _table(con: duckdb.DuckDBPyConnection, sql: str) -> list[JSON]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def assert_mirror(db: Path, fakes: list[FakeBillCom], entities: list[str] = ENTITIES) -> None:
    """Every table holds exactly the fakes' objects, column by column, line items included."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        for entity in entities:
            table, fields = TABLES[entity], CATALOG[entity]["fields"]
            rows = _table(con, f"SELECT * FROM {table}")
            mirrored = {(r["org_id"], r["id"]): r for r in rows}
            assert len(mirrored) == len(rows), f"{table}: a row is there twice"
            expected = {(f.org_id, r["id"]): r for f in fakes for r in f.all(entity)}
            assert mirrored.keys() == expected.keys(), f"{table}: other objects than the fake's"
            for key, record in expected.items():
                row = mirrored[key]
                for column, value in _flat(fields, record).items():
                    assert row.get(column) == value, f"{table} {key} {column}"
            for name, kind in fields.items():
                child = kind.get("items", {}).get("entity")
                if kind["type"] != "array" or child is None:
                    continue
                lines = _table(
                    con,
                    f"SELECT p.org_id AS parent_org, p.id AS parent, c.* FROM {table} p"
                    f" JOIN {table}__{_name(name)} c ON c._dlt_parent_id = p._dlt_id"
                    " ORDER BY p.org_id, p.id, c._dlt_list_idx",
                )
                got: dict[tuple[str, str], list[JSON]] = {}
                for line in lines:
                    got.setdefault((line["parent_org"], line["parent"]), []).append(line)
                for key, record in expected.items():
                    want = [_flat(CATALOG[child]["fields"], c) for c in record.get(name) or []]
                    have = got.get(key, [])
                    assert len(have) == len(want), f"{table} {key} {name}"
                    for line_want, line_have in zip(want, have, strict=True):
                        for column, value in line_want.items():
                            assert line_have.get(column) == value, f"{table} {key} {name} {column}"
    finally:
        con.close()


def list_calls(fake: FakeBillCom, since: int) -> list[str]:
    return [path for path in fake.requests[since:] if path.startswith("List/")]


def by_entity(report: SyncReport) -> dict[str, tuple[int, int, int]]:
    return {e.entity: (e.added, e.updated, e.deleted) for e in report.entities}


# -- a first sync, then only the changes --------------------------------------------------------


def _cursor_of(fake: FakeBillCom, entity: str) -> dt.datetime:
    return max(
        dt.datetime.strptime(r["updatedTime"], "%Y-%m-%dT%H:%M:%S.%f%z") for r in fake.all(entity)
    )


def change_org(fake: FakeBillCom, clock: FakeClock, client: BillCom, salt: str = "") -> None:
    """100 updates (four in the Bill cursor's own millisecond, many sharing one), 10 deletes,
    50 creates, through the API; every change to a bill moves its vendor's balance."""
    # Active ones (a few were seeded deleted), ids in the order of their times.
    bills = sorted((b for b in client.bills.list() if b.is_active == "1"), key=lambda b: b.id)
    # The newest bill's millisecond, as the last sync's cursor left it (nothing is newer): the
    # newest bill changes again in it, and three others change into it. `>` would miss them.
    clock.now = max(clock.now, _cursor_of(fake, "Bill").timestamp())
    for bill in bills[-4:]:
        client.bills.update(bill, description=f"same millisecond as the cursor{salt}")
    for n, bill in enumerate(bills[:26]):
        if n % 5 == 0:
            clock.advance(0.001)  # five changes a millisecond
        client.bills.update(bill, description=f"checked{salt}")
    clock.advance(1)
    vendors = sorted((v for v in client.vendors.list() if v.is_active == "1"), key=lambda v: v.id)
    for n, vendor in enumerate(vendors[:30]):
        client.vendors.update(vendor, phone=f"+1 415 555 01{n:02d}")
    clock.advance(0.002)
    customers = (c for c in client.customers.list() if c.is_active == "1")
    for customer in sorted(customers, key=lambda c: c.id)[:20]:
        client.customers.update(customer, email=f"ar{salt}@customer.example")
    items = sorted((i for i in client.items.list() if i.is_active == "1"), key=lambda i: i.id)
    for item in items[:20]:
        client.items.update(item, description=f"sold by the dozen{salt}")
    clock.advance(0.5)
    for bill in bills[30:34]:
        client.bills.delete(bill.id)
    for item in items[20:23]:
        client.items.delete(item.id)
    departments = (d for d in client.departments.list() if d.is_active == "1")
    for department in sorted(departments, key=lambda d: d.id)[:3]:
        client.departments.delete(department.id)
    clock.advance(0.25)
    for n in range(20):
        client.vendors.create(name=f"New vendor {n}{salt}")
    for n in range(10):
        client.bills.create(
            vendor_id=vendors[n].id,
            invoice_number=f"NEW-{n}{salt}",
            invoice_date=dt.date(2024, 3, 5),
            due_date=dt.date(2024, 4, 5),
            bill_line_items=[{"amount": Decimal("99.99")}, {"amount": Decimal("0.01")}],
        )
    for n in range(10):
        client.items.create(name=f"New item {n}{salt}", type="1")
        client.departments.create(name=f"New department {n}{salt}")
    clock.advance(1)


def test_first_sync_mirrors_the_org_then_the_second_reads_only_changes(tmp_path: Path) -> None:
    clock = FakeClock(newest(1.0).timestamp())
    fake = seeded(ORG_A, 1.0, clock)
    db = tmp_path / "mirror.duckdb"
    with served(fake) as client:
        first = run_sync(db, client_factory=client, entities=ENTITIES)
        assert first.ok and first.orgs == (ORG_A,)
        assert sum(e.added for e in first.entities) == rows_in(org_data(ORG_A)) >= 20_000
        assert {e.entity: e.added for e in first.entities} == {
            e: len(objs) for e, objs in org_data(ORG_A).items()
        }
        assert_mirror(db, [fake])

        with client(ORG_A) as api:
            change_org(fake, clock, api)
        seen = len(fake.requests)
        second = run_sync(db, client_factory=client, entities=ENTITIES)
    assert second.ok
    assert_mirror(db, [fake])
    counts = by_entity(second)
    assert counts["Vendor"][0] == 20 and counts["Vendor"][1] >= 30  # and balances moved by bills
    assert counts["Bill"] == (10, 30, 4)
    assert counts["Customer"] == (0, 20, 0)
    assert counts["Item"] == (10, 20, 3)
    assert counts["Department"] == (10, 0, 3)
    assert counts["Invoice"] == counts["ChartOfAccount"] == (0, 0, 0)
    # One List call per entity (and one on vendors' lastBalanceUpdate): all changes fit a page.
    calls = list_calls(fake, seen)
    assert len(calls) == second.list_calls == len(ENTITIES) + 1
    written = sum(e.added + e.updated + e.deleted for e in second.entities)
    read = sum(e.fetched for e in second.entities)
    # What was read: the changes; per cursor, the objects of its own millisecond again; and the
    # vendors whose balance moved, read on that timestamp too (first time: every such vendor).
    moved = sum(1 for v in fake.all("Vendor") if v.get("lastBalanceUpdate"))
    assert written <= read <= written + len(calls) + moved
    # Nothing changed since: a third sync writes nothing.
    with served(fake) as client:
        third = run_sync(db, client_factory=client, entities=ENTITIES)
    assert sum(e.added + e.updated + e.deleted for e in third.entities) == 0
    assert_mirror(db, [fake])


# -- killed at any moment -----------------------------------------------------------------------


def _sync_process(db: Path, base_url: str, fake: FakeBillCom) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "BILLCOM_USERNAME": fake.username,
        "BILLCOM_PASSWORD": fake.sessions.password,
        "BILLCOM_ORG_ID": fake.org_id,
        "BILLCOM_DEV_KEY": fake.sessions.dev_key,
        "BILLCOM_BASE_URL": base_url,
    }
    command = [sys.executable, "-m", "billcom.sync", "--to", f"duckdb:///{db}"]
    return subprocess.Popen(
        [*command, "--entities", *ENTITIES],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_when(proc: subprocess.Popen[str], ready: Callable[[list[str]], bool]) -> list[str]:
    """SIGKILL the sync once `ready(stderr lines so far)`; return those lines."""
    lines: list[str] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line.rstrip("\n"))
        if ready(lines):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return lines


def _loading_for_a_while(seen: list[str]) -> bool:
    if not seen[-1].endswith(": loading"):
        return False
    time.sleep(0.2)  # some of the load's jobs done, others not
    return True


def test_a_sync_killed_at_any_moment_and_run_again_ends_exact(tmp_path: Path) -> None:
    clock = FakeClock(newest(0.5).timestamp())
    fake = seeded(ORG_A, 0.5, clock, latency=0.01)
    db = tmp_path / "killed.duckdb"
    with running_server(fake) as base_url, BillCom(**fake.credentials(base_url)) as api:
        # 1. Killed while reading: some entities read, others not, nothing loaded.
        first = len(fake.requests)
        lines = _kill_when(
            _sync_process(db, base_url, fake), lambda _: len(list_calls(fake, first)) >= 6
        )
        assert not any("preparing the load" in line for line in lines)
        change_org(fake, clock, api, salt=" (1)")
        # 2. Killed while preparing the load of what it read.
        _kill_when(_sync_process(db, base_url, fake), lambda seen: "preparing" in seen[-1])
        change_org(fake, clock, api, salt=" (2)")
        # 3. Killed while loading: it first loads what run 2 had read, then reads anew.
        lines = _kill_when(_sync_process(db, base_url, fake), _loading_for_a_while)
        assert "billcom.sync: loading what an interrupted sync had read" in lines
        change_org(fake, clock, api, salt=" (3)")
        # 4. Run to the end: it finishes run 3's load, then reads what is left.
        done = _sync_process(db, base_url, fake)
        out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert "billcom.sync: loading what an interrupted sync had read" in err
    assert "total" in out and "added" in out
    assert_mirror(db, [fake])


def test_a_lost_working_folder_takes_the_cursors_back_from_the_database(tmp_path: Path) -> None:
    clock = FakeClock(newest(0.02).timestamp())
    fake = seeded(ORG_A, 0.02, clock)
    db = tmp_path / "kept.duckdb"
    with served(fake) as client:
        run_sync(db, client_factory=client, entities=["Vendor", "Item"])
        shutil.rmtree(tmp_path / "kept.duckdb.dlt")  # a fresh container: only the database left
        with client(ORG_A) as api:
            clock.advance(1)
            api.items.create(name="Made after the first sync", type="1")
        again = run_sync(db, client_factory=client, entities=["Vendor", "Item"])
    assert by_entity(again) == {"Vendor": (0, 0, 0), "Item": (1, 0, 0)}
    assert_mirror(db, [fake], ["Vendor", "Item"])


# -- many orgs ----------------------------------------------------------------------------------


def test_two_orgs_share_one_budget_and_stay_apart(tmp_path: Path) -> None:
    clock = FakeClock(newest(0.05).timestamp() + 60)
    a = seeded(ORG_A, 0.05, clock, latency=0.005)
    b = seeded(ORG_B, 0.05, clock, latency=0.005)
    waits: list[float] = []
    budget_clock = FakeClock(3600 * 1000 + 3590)  # ten seconds before a clock hour

    def wait(seconds: float) -> None:
        waits.append(seconds)
        budget_clock.advance(seconds)

    budget = HourlyBudget(10, clock=budget_clock, sleep=wait)
    db = tmp_path / "orgs.duckdb"
    with served(a, b) as client:
        report = run_sync(db, orgs=[ORG_A, ORG_B], client_factory=client, budget=budget)
        assert report.ok and report.orgs == (ORG_A, ORG_B)
        assert_mirror(db, [a, b])
        # Each org's rows carry it, and no org read the other's.
        con = duckdb.connect(str(db), read_only=True)
        try:
            orgs = dict(con.execute("SELECT org_id, count(*) FROM bills GROUP BY 1").fetchall())
        finally:
            con.close()
        assert orgs == {ORG_A: len(a.all("Bill")), ORG_B: len(b.all("Bill"))}
        # Every List of both orgs drew on one budget of 10 an hour: the sync waited, not failed.
        lists = len(list_calls(a, 0)) + len(list_calls(b, 0))
        assert budget.taken == lists > 10 and waits and sum(waits) >= 10
        # One client per org, each within the org's cap of requests in flight.
        assert a.stats["max_in_flight"] <= 3 and b.stats["max_in_flight"] <= 3

        # A change to one org is read from that org only.
        with client(ORG_B) as api:
            vendor = next(iter(api.vendors.list()))
            api.vendors.update(vendor, description="org B only")
        again = run_sync(db, orgs=[ORG_A, ORG_B], client_factory=client, budget=budget)
    changed = [(t.org_id, t.entity) for t in again.tallies if t.written]
    assert changed == [(ORG_B, "Vendor")]
    assert_mirror(db, [a, b])


def test_a_refusal_for_the_hourly_quota_is_waited_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(newest(0.05).timestamp() + 60)
    fake = seeded(ORG_A, 0.05, clock, hourly_limit=4)  # BDC_1144 past 4 calls an hour
    waits: list[float] = []
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        if seconds < 60:
            real_sleep(seconds)
        else:  # the client waits for the next clock hour: the fake's clock gets there at once
            waits.append(seconds)
            clock.advance(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(Retrier, "now", lambda self: clock())
    with served(fake) as client:
        report = run_sync(
            tmp_path / "quota.duckdb", client_factory=client, entities=["Item"], page_size=10
        )
    assert report.ok and report.entities[0].list_calls > 4
    assert waits and all(0 < w <= 3600 for w in waits)
    assert_mirror(tmp_path / "quota.duckdb", [fake], ["Item"])


def test_an_object_changed_while_the_sync_reads_is_written_as_last_read(tmp_path: Path) -> None:
    clock = FakeClock(newest(0.05).timestamp() + 60)
    fake = seeded(ORG_A, 0.05, clock)
    first_item = sorted(fake.all("Item"), key=lambda i: i["id"])[0]["id"]

    class Meddling(HourlyBudget):
        def take(self) -> None:
            super().take()
            if self.taken == 3:  # two pages read: the oldest item changes, moving to the end
                clock.advance(1)
                with fake.client() as api:
                    api.items.update(api.items.read(first_item), description="changed mid-sync")

    with served(fake) as client:
        report = run_sync(
            tmp_path / "moving.duckdb",
            client_factory=client,
            entities=["Item"],
            page_size=10,
            budget=Meddling(),
        )
    item = report.entities[0]
    assert item.fetched > len(fake.all("Item")) == item.added  # read twice, written as one
    assert fake.get("Item", first_item)["description"] == "changed mid-sync"  # type: ignore[index]
    assert_mirror(tmp_path / "moving.duckdb", [fake], ["Item"])


def test_all_orgs_from_list_orgs_and_entities_by_table_name(tmp_path: Path) -> None:
    fake = seeded(ORG_A, 0.01)
    with served(fake) as client:
        report = run_sync(
            tmp_path / "all.duckdb", orgs="all", client_factory=client, entities=["vendors", "Bill"]
        )
    assert report.orgs == (ORG_A,)
    assert [e.table for e in report.entities] == ["vendors", "bills"]
    assert_mirror(tmp_path / "all.duckdb", [fake], ["Vendor", "Bill"])
    assert "vendors" in report.table() and "total" in report.table()


def test_the_source_runs_in_a_pipeline_of_ones_own(tmp_path: Path) -> None:
    fake = seeded(ORG_A, 0.02)
    pipeline = dlt.pipeline(
        "own",
        destination=dlt.destinations.duckdb(str(tmp_path / "own.duckdb")),
        dataset_name="mirror",
        pipelines_dir=str(tmp_path / "dlt"),
    )
    with served(fake) as client, client(ORG_A) as api:
        pipeline.run(billcom_source({ORG_A: api}, ["Department"]))
    con = duckdb.connect(str(tmp_path / "own.duckdb"), read_only=True)
    try:
        (count,) = con.execute("SELECT count(DISTINCT id) FROM mirror.departments").fetchone() or (
            0,
        )
    finally:
        con.close()
    assert count == len(fake.all("Department"))


def test_full_refresh_reads_everything_again(tmp_path: Path) -> None:
    fake = seeded(ORG_A, 0.02)
    db = tmp_path / "refresh.duckdb"
    with served(fake) as client:
        run_sync(db, client_factory=client, entities=["Item"])
        again = run_sync(db, client_factory=client, entities=["Item"], full_refresh=True)
    assert again.entities[0].added == len(fake.all("Item"))
    assert_mirror(db, [fake], ["Item"])


# -- types, budget, destinations, packaging ----------------------------------------------------


def test_columns_are_typed_from_the_spec(tmp_path: Path) -> None:
    fake = seeded(ORG_A, 0.01)
    db = tmp_path / "types.duckdb"
    with served(fake) as client:
        run_sync(db, client_factory=client, entities=["Bill", "Vendor"])
    con = duckdb.connect(str(db), read_only=True)
    try:
        types = {
            (table, column): kind
            for table, column, kind in con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
            ).fetchall()
        }
        amount = con.execute(
            "SELECT amount FROM bills__bill_line_items WHERE amount > 1e9 LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert types[("bills", "amount")] == "DECIMAL(38,9)"
    assert types[("bills", "due_date")] == "DATE"
    assert types[("bills", "updated_time")] == "TIMESTAMP WITH TIME ZONE"
    assert types[("bills", "is_active")] == "VARCHAR"
    assert types[("bills", "org_id")] == "VARCHAR"
    assert types[("bills__bill_line_items", "amount")] == "DECIMAL(38,9)"
    assert types[("vendors", "balance")] == "DECIMAL(38,9)"
    assert types[("vendors", "last_balance_update")] == "TIMESTAMP WITH TIME ZONE"
    assert amount == (Decimal("12345678901.07"),)  # exact: a float would end in ...07000004


def test_the_budget_waits_for_the_next_clock_hour_across_threads() -> None:
    clock = FakeClock(7200 - 5)
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        clock.advance(seconds)

    budget = HourlyBudget(4, clock=clock, sleep=sleep)
    threads = [threading.Thread(target=budget.take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert waited == []
    budget.take()  # the fifth in the hour waits for the next one
    assert waited == [5] and budget.taken == 5


def test_destinations_are_named_without_secrets(tmp_path: Path) -> None:
    _, shown, path = destination_of(f"duckdb:///{tmp_path}/x.duckdb")
    assert path == tmp_path / "x.duckdb" and shown == f"duckdb {tmp_path}/x.duckdb"
    _, shown, path = destination_of("duckdb:///relative.duckdb")
    assert path == Path("relative.duckdb")
    _, shown, path = destination_of("postgresql://loader:s3cret@db.internal:5432/warehouse")
    assert shown == "postgresql://loader:***@db.internal:5432/warehouse" and path is None
    assert destination_of("bigquery")[:2] == ("bigquery", "bigquery")


def test_a_dataset_cannot_share_the_duckdb_file_name(tmp_path: Path) -> None:
    from billcom import ConfigurationError

    fake = seeded(ORG_A, 0.01)
    with pytest.raises(ConfigurationError, match="catalog 'main'"), served(fake) as client:
        run_sync(tmp_path / "main.duckdb", client_factory=client, entities=["Item"])


def test_importing_billcom_loads_no_dlt() -> None:
    code = (
        "import sys, billcom; billcom.BillCom(username='u', password='p', org_id='o',"
        " dev_key='k'); assert 'dlt' not in sys.modules and 'duckdb' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_the_extra_one_line_names_the_install() -> None:
    blocked = "import sys; sys.modules['dlt'] = None; "
    done = subprocess.run(
        [sys.executable, "-c", blocked + "import billcom.sync"], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        'ModuleNotFoundError: billcom.sync needs dlt, from the sync extra: pip install "billcom[sync]"'
    )
    command = blocked + "import runpy; sys.argv = ['-m']; runpy.run_module('billcom.sync')"
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True)
    assert done.returncode == 2
    assert (
        done.stderr
        == 'error: billcom.sync needs dlt, from the sync extra: pip install "billcom[sync]"\n'
    )


def test_the_command_line_prints_progress_and_a_closing_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from billcom.sync.__main__ import main

    fake = seeded(ORG_A, 0.01)
    with running_server(fake) as base_url:
        for key, value in fake.credentials(base_url).items():
            monkeypatch.setenv(f"BILLCOM_{key.upper()}", str(value))
        status = main(["--to", f"duckdb:///{tmp_path}/cli.duckdb", "--entities", "Item", "Bill"])
    out, err = capsys.readouterr()
    assert status == 0
    assert f"billcom.sync: Item (org {ORG_A}): {len(fake.all('Item'))} read" in err
    table = out.splitlines()
    assert table[1].split()[:5] == ["entity", "table", "added", "updated", "deleted"]
    assert fake.sessions.password not in out + err and fake.sessions.dev_key not in out + err
    assert main(["--to", str(tmp_path / "cli.duckdb"), "--entities", "Nope"]) == 2
    assert "not an entity List can read: 'Nope'" in capsys.readouterr().err


def test_seed_timestamps_are_the_apis_format() -> None:
    record = org_data(ORG_A, 0.001)["Bill"][0]
    assert record["updatedTime"] == format_timestamp(START)
    assert isinstance(record["amount"], Decimal)
