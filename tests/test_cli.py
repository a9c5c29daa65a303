"""The `billcom` command: in-process through typer's runner against the in-process fake, and
end to end as a subprocess against the served fake."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from billcom.cli._app import app
from billcom.testing import FakeBillCom, FakeTransport, running_server
from billcom.testing._fake import IN_PROCESS_BASE_URL

ROOT = Path(__file__).resolve().parent.parent
BILLCOM = Path(sys.executable).parent / "billcom"


@pytest.fixture(autouse=True)
def no_profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has its own (empty) profile folder and no BILLCOM_* credentials."""
    monkeypatch.setenv("BILLCOM_CONFIG_DIR", str(tmp_path / "config"))
    for name in list(os.environ):
        if name.startswith("BILLCOM_") and name != "BILLCOM_CONFIG_DIR":
            monkeypatch.delenv(name)


@pytest.fixture
def fake() -> FakeBillCom:
    return FakeBillCom(seed=5)


def cli(fake: FakeBillCom, *args: str, input: str | None = None) -> Any:
    """Run `billcom ARGS` in-process against `fake` (the embedding hook passes the transport)."""
    obj = {**fake.credentials(IN_PROCESS_BASE_URL), "transport": FakeTransport(fake)}
    return CliRunner().invoke(app, list(args), obj=obj, input=input)


def test_login_prints_org_user_and_mfa_trust(fake: FakeBillCom) -> None:
    done = cli(fake, "login")
    assert done.exit_code == 0, done.output
    assert f"organization: {fake.org_id}" in done.output
    assert f"user: {fake.username} ({fake.users_id})" in done.output
    assert "MFA-trusted: no" in done.output and "password" not in done.output


def test_lists_are_typed_filtered_sorted_and_exported(fake: FakeBillCom) -> None:
    for n, amount in enumerate(["5", "100", "25.50"]):
        vendor = fake.add("Vendor", {"name": f"V{n}", "isActive": "1"})
        fake.add(
            "Bill",
            {"vendorId": vendor["id"], "invoiceNumber": f"N{n}", "amount": Decimal(amount),
             "isActive": "1", "dueDate": f"2026-01-0{n + 1}"},
        )  # fmt: skip
    done = cli(fake, "bills", "list", "--filter", "amount > 10", "--sort", "amount:desc",
               "--format", "json", "--fields", "invoiceNumber,amount")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert json.loads(done.output) == [
        {"invoiceNumber": "N1", "amount": 100},
        {"invoiceNumber": "N2", "amount": 25.5},
    ]
    assert '"amount":25.50' in done.output or '"amount":25.5' in done.output  # exact digits
    dated = cli(fake, "bills", "list", "-f", "dueDate <= 2026-01-02", "--format", "jsonl")
    assert [json.loads(line)["invoiceNumber"] for line in dated.output.splitlines()] == ["N0", "N1"]
    table = cli(fake, "vendors", "list", "--format", "table", "--limit", "2")
    assert table.exit_code == 0 and "V0" in table.output and "V2" not in table.output


def test_bad_filters_are_usage_errors_named_plainly(fake: FakeBillCom) -> None:
    for args, words in [
        (["--filter", "amount > lots"], "amount: 'lots' is not a number"),
        (["--filter", "amont > 1"], "no field 'amont' (did you mean amount"),
        (["--filter", "description = x"], "description cannot be filtered on"),
        (["--filter", "amount"], "expected 'field op value'"),
        (["--format", "xml"], "one of table, json, jsonl, csv"),
    ]:
        done = cli(fake, "bills", "list", *args)
        assert done.exit_code == 2, (args, done.output)
        assert words in done.output, done.output
        assert "Traceback" not in done.output


def test_create_get_update_delete_round_trip(fake: FakeBillCom, tmp_path: Path) -> None:
    (tmp_path / "v.json").write_text('{"name": "Acme", "addressCity": "Oakland"}')
    made = cli(fake, "vendors", "create", "--data", f"@{tmp_path / 'v.json'}")
    assert made.exit_code == 0, made.output
    vendor = json.loads(made.output)
    assert vendor["name"] == "Acme" and vendor["addressCity"] == "Oakland"
    changed = cli(fake, "vendors", "update", vendor["id"], "--set", "name=Acme Inc",
                  "--set", "pay_days_before=3")  # fmt: skip
    assert changed.exit_code == 0, changed.output
    assert fake.get("Vendor", vendor["id"])["name"] == "Acme Inc"  # type: ignore[index]
    assert fake.get("Vendor", vendor["id"])["payDaysBefore"] == 3  # type: ignore[index]
    guarded = cli(fake, "vendors", "update", vendor["id"], "--set", "addressCity=Berkeley")
    assert guarded.exit_code == 1 and "BDC_1361" in guarded.output  # a payee change needs MFA
    assert json.loads(cli(fake, "vendors", "get", vendor["id"]).output)["name"] == "Acme Inc"
    assert cli(fake, "vendors", "delete", vendor["id"]).exit_code == 0
    assert fake.get("Vendor", vendor["id"])["isActive"] == "2"  # type: ignore[index]
    assert cli(fake, "vendors", "undelete", vendor["id"]).exit_code == 0
    assert fake.get("Vendor", vendor["id"])["isActive"] == "1"  # type: ignore[index]
    readonly = cli(fake, "vendors", "update", vendor["id"], "--set", "balance=5")
    assert readonly.exit_code == 2 and "balance is read-only" in readonly.output
    missing = cli(fake, "vendors", "get", "00901NOTTHERE0000000")
    assert (
        missing.exit_code == 1 and "BDC_" in missing.output and "Crud/Read/Vendor" in missing.output
    )
    # Only the operations an entity has: bill pays are read and listed, never created.
    assert cli(fake, "bill-pays", "create", "--data", "{}").exit_code == 2


def test_money_moving_actions_ask_first(fake: FakeBillCom) -> None:
    vendor = cli(fake, "vendors", "create", "--data", '{"name": "Payee"}')
    bill = cli(fake, "bills", "create", "--data", json.dumps({
        "vendorId": json.loads(vendor.output)["id"], "invoiceNumber": "1", "invoiceDate": "2026-01-01",
        "dueDate": "2026-01-31", "billLineItems": [{"amount": "40.10"}]}))  # fmt: skip
    bill_id = json.loads(bill.output)["id"]
    pay = json.dumps({"vendorId": json.loads(vendor.output)["id"], "processDate": "2026-01-02",
                      "toPrintCheck": False, "billPays": [{"billId": bill_id, "amount": "40.10"}]})  # fmt: skip
    refused = cli(fake, "call", "RecordAPPayment", "--data", pay)
    assert refused.exit_code == 2 and "moves money" in refused.output and "--yes" in refused.output
    assert fake.get("Bill", bill_id)["paidAmount"] in (None, 0)  # type: ignore[index]
    declined = cli(fake, "call", "RecordAPPayment", "--data", pay, input="n\n")
    assert declined.exit_code != 0
    done = cli(fake, "call", "recordappayment", "--data", pay, "--yes")
    assert done.exit_code == 0, done.output
    assert fake.get("Bill", bill_id)["paidAmount"] == Decimal("40.10")  # type: ignore[index]
    typo = cli(fake, "call", "PayBill", "--data", "{}")
    assert typo.exit_code == 2 and "did you mean PayBills" in typo.output
    invalid = cli(fake, "call", "GetSessionInfo", "--data", '{"nope": 1}')
    assert invalid.exit_code == 2 and "GetSessionInfo takes no data" in invalid.output
    checked = cli(fake, "call", "MFAStatus", "--data", '{"mfaId": "x", "devicId": "y"}')
    assert checked.exit_code == 2 and "devicId" in checked.output, checked.output


def test_bad_credentials_and_missing_ones(fake: FakeBillCom) -> None:
    obj = {**fake.credentials(IN_PROCESS_BASE_URL), "transport": FakeTransport(fake)}
    wrong = CliRunner().invoke(app, ["login"], obj={**obj, "password": "wrong-SECRET"})
    assert wrong.exit_code == 1 and "BDC_1101" in wrong.output and "SECRET" not in wrong.output
    nothing = CliRunner().invoke(app, ["login"])
    assert nothing.exit_code == 2 and "BILLCOM_USERNAME" in nothing.output


def test_configure_writes_a_private_profile_and_mfa_remembers_trust(
    fake: FakeBillCom, tmp_path: Path
) -> None:
    with running_server(fake) as base_url:
        answers = (
            "\n".join([fake.username, "password", fake.org_id, "fake-dev-key", base_url]) + "\n"
        )
        done = CliRunner().invoke(app, ["--profile", "test", "configure"], input=answers)
        assert done.exit_code == 0, done.output
        profiles = tmp_path / "config" / "profiles.json"
        assert stat.S_IMODE(profiles.stat().st_mode) == 0o600
        assert "password" not in done.output.replace("Password", "")
        login = CliRunner().invoke(app, ["--profile", "test", "login"])
        assert login.exit_code == 0 and "MFA-trusted: no" in login.output, login.output
        mfa = CliRunner().invoke(app, ["--profile", "test", "mfa"], input=fake.mfa_code + "\n")
        assert mfa.exit_code == 0, mfa.output
        stored = json.loads(profiles.read_text())["test"]
        assert stored["mfa_id"] and stored["mfa_id"] not in mfa.output
        trusted = CliRunner().invoke(app, ["--profile", "test", "login"])
        assert "MFA-trusted: yes" in trusted.output, trusted.output
        unknown = CliRunner().invoke(app, ["--profile", "nope", "login"])
        assert unknown.exit_code == 2 and "no profile 'nope'" in unknown.output


@pytest.fixture
def served() -> Iterator[tuple[FakeBillCom, dict[str, str]]]:
    fake = FakeBillCom(seed=9)
    with fake.objects.store.transaction():
        for n in range(2500):
            fake.add("Vendor", {"name": f"Vendor {n:04}", "isActive": "1", "email": f"v{n}@x.test"})
    with running_server(fake) as base_url:
        creds = fake.credentials(base_url)
        env = {
            "BILLCOM_USERNAME": creds["username"],
            "BILLCOM_PASSWORD": creds["password"],
            "BILLCOM_ORG_ID": creds["org_id"],
            "BILLCOM_DEV_KEY": creds["dev_key"],
            "BILLCOM_BASE_URL": base_url,
        }
        yield fake, env


def test_end_to_end_as_a_subprocess(
    served: tuple[FakeBillCom, dict[str, str]], tmp_path: Path
) -> None:
    fake, creds = served
    env = {**os.environ, **creds, "BILLCOM_CONFIG_DIR": str(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [BILLCOM, *args], env=env, capture_output=True, text=True, timeout=120
        )

    login = run("login")
    assert login.returncode == 0 and fake.org_id in login.stdout, login.stderr
    exported = run("vendors", "list", "--format", "csv", "--fields", "id,name,email")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == 2500 and list(rows[0]) == ["id", "name", "email"]
    assert {r["id"] for r in rows} == {v["id"] for v in fake.all("Vendor")}
    wanted = next(v for v in fake.all("Vendor") if v["name"] == "Vendor 0042")
    listed = run("vendors", "list", "-f", f"id = {wanted['id']}", "--format", "json")
    assert [v["email"] for v in json.loads(listed.stdout)] == ["v42@x.test"], listed.stderr
    refused = run("call", "PayBills", "--data", "{}")
    assert refused.returncode == 2 and "moves money" in refused.stderr
    bad = subprocess.run([BILLCOM, "login"], env={**env, "BILLCOM_PASSWORD": "wrong"},
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert bad.returncode == 1 and "BDC_1101" in bad.stderr and "Traceback" not in bad.stderr
    usage = run("vendors", "list", "--filter", "nope = 1")
    assert usage.returncode == 2 and "no field 'nope'" in usage.stderr
    assert run("--help").returncode == 0 and "vendors" in run("--help").stdout
    mirrored = run("sync", "--to", str(tmp_path / "mirror.duckdb"), "--entities", "Vendor")
    assert mirrored.returncode == 0, mirrored.stderr
    import duckdb

    with duckdb.connect(str(tmp_path / "mirror.duckdb"), read_only=True) as db:
        assert db.execute("select count(*) from vendors").fetchone() == (2500,)
    no_org = {k: v for k, v in env.items() if k != "BILLCOM_ORG_ID"}  # ListOrgs finds it
    every = subprocess.run([BILLCOM, "sync", "--to", tmp_path / "all.duckdb", "--entities",
                            "Vendor", "--orgs", "all"], env=no_org, capture_output=True,
                           text=True, timeout=120)  # fmt: skip
    assert every.returncode == 0, every.stderr
    fake_help = run("fake", "serve", "--help")
    assert fake_help.returncode == 0 and "--port" in fake_help.stdout
    module = subprocess.run([sys.executable, "-m", "billcom", "orgs", "--format", "json"],
                            env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert module.returncode == 0, module.stderr
    assert json.loads(module.stdout) == [{"orgId": fake.org_id, "orgName": fake.org_name}]


def test_sync_shows_bars_per_entity_on_a_terminal(
    served: tuple[FakeBillCom, dict[str, str]], tmp_path: Path
) -> None:
    """On a terminal, a live bar per org and entity (rows, pages, rate); the table on stdout."""
    _, creds = served
    env = {**os.environ, **creds, "BILLCOM_CONFIG_DIR": str(tmp_path), "COLUMNS": "160"}
    terminal, stderr = pty.openpty()
    args: list[str | Path] = [
        BILLCOM,
        "sync",
        "--to",
        tmp_path / "m.duckdb",
        "--entities",
        "Vendor",
    ]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=stderr)
    os.close(stderr)
    shown = b""
    while chunk := _read(terminal):
        shown += chunk
    out = proc.communicate(timeout=120)[0].decode()
    assert proc.returncode == 0
    screen = shown.decode(errors="replace")
    assert re.search(r"2500 rows, \d+ pages, \d+/s", screen), screen[-400:]
    assert "2500 added, 0 updated, 0 deleted" in screen
    assert "Vendor" in out and "2500" in out  # the closing table


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the other end closed
        return b""
