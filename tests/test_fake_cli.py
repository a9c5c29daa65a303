"""`python -m billcom.testing serve` as scripts use it: one-line errors, a free port, env credentials."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import billcom
from billcom.testing import FakeBillCom

PROG = [sys.executable, "-m", "billcom.testing", "serve"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--port", "99999"], "expects a port from 0 to 65535"),
        (["--port", "http"], "expects a whole number"),
        (["--max-concurrent", "-1"], "expects 0 or more"),
        (["--seed-data", "/no/such/seed.json"], "No such file or directory"),
        (["--latency", "-1"], "--latency is 0 or more"),
        (["--fault-rate", "BDC_1322=7"], "error:"),
    ],
)
def test_a_bad_flag_is_one_line_and_exit_2(args: list[str], says: str, tmp_path: Path) -> None:
    done = subprocess.run([*PROG, *args], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "state.db"
    bogus.write_text("not a database, just text " * 100)
    done = subprocess.run(
        [*PROG, "--db", str(bogus)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_port_0_serves_on_a_free_port_and_reads_credentials_from_the_environment(
    tmp_path: Path,
) -> None:
    port_file = tmp_path / "port"
    env = {**os.environ, "BILLCOM_PASSWORD": "from-the-environment", "BILLCOM_DEV_KEY": "env-key"}
    proc = subprocess.Popen(
        [*PROG, "--port", "0", "--port-file", str(port_file)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        port = int(port_file.read_text())
        assert port > 0
        base_url = f"http://127.0.0.1:{port}/api/v2"
        while True:  # the port is bound before uvicorn takes requests
            try:
                login = httpx.post(
                    f"{base_url}/Login.json",
                    data={
                        "userName": "user@example.com",
                        "password": "from-the-environment",
                        "orgId": "00801FAKEORG00000001",
                        "devKey": "env-key",
                    },
                ).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert login["response_status"] == 0
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"127.0.0.1:{port}/api/v2" in err.splitlines()[0]
    assert "from-the-environment" not in err


def test_client_overrides_log_in_with_other_credentials() -> None:
    fake = FakeBillCom()
    with fake.client(password="wrong") as client, pytest.raises(billcom.AuthenticationError):
        client.vendors.create(name="Acme")
    with fake.client(max_retries=0) as client:
        assert client.vendors.create(name="Acme").name == "Acme"
