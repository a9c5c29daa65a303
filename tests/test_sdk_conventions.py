"""What users of stripe-python and openai-python expect: a User-Agent naming the package,
options from BILLCOM_* variables, a proxy, raw HTTP answers beside parsed results, logging by
one variable, and reprs that say what an object is."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import billcom
from billcom import BillCom, WithRawResponse
from billcom.models import Vendor
from billcom.testing import FakeBillCom, running_server

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def forward_proxy() -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """A plain HTTP proxy on loopback that forwards to the target and notes what went through."""
    seen: list[tuple[str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append((self.path, dict(self.headers.items())))
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            answer = httpx.post(self.path, content=body, headers=headers)
            self.send_response(answer.status_code)
            self.send_header("Content-Type", answer.headers.get("content-type", ""))
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def served() -> Iterator[tuple[FakeBillCom, str]]:
    fake = FakeBillCom(seed=3)
    with running_server(fake) as base_url:
        yield fake, base_url


def test_requests_go_through_the_proxy_with_a_user_agent_naming_the_package(
    served: tuple[FakeBillCom, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base_url = served
    with forward_proxy() as (proxy, seen):
        with BillCom(**fake.credentials(base_url), proxy=proxy) as client:
            assert client.vendors.create(name="Via proxy").name == "Via proxy"
        monkeypatch.setenv("BILLCOM_PROXY", proxy)

        async def run() -> None:
            async with billcom.AsyncBillCom(**fake.credentials(base_url)) as client:
                assert (await client.vendors.create(name="Async")).name == "Async"

        asyncio.run(run())
    paths = [path.removeprefix(base_url) for path, _ in seen]
    assert paths == ["/Login.json", "/Crud/Create/Vendor.json"] * 2
    agent = seen[0][1]["User-Agent"]
    python = ".".join(map(str, sys.version_info[:3]))
    assert (
        agent == f"billcom-python/{billcom.__version__} httpx/{httpx.__version__} python/{python}"
    )


def test_options_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeBillCom(seed=1, faults="502/Crud/Read=1")
    monkeypatch.setenv("BILLCOM_MAX_RETRIES", "0")
    with fake.client() as client:
        vendor = client.vendors.create(name="V")
        sent = len(fake.requests)
        with pytest.raises(billcom.APIStatusError):
            client.vendors.read(vendor.id)
        assert len(fake.requests) == sent + 1  # no retry
    monkeypatch.setenv("BILLCOM_MAX_RETRIES", "2")
    with fake.client() as client:
        client.login()
        sent = len(fake.requests)
        with pytest.raises(billcom.APIStatusError):
            client.vendors.read(vendor.id)
        assert len(fake.requests) == sent + 3

    slow = FakeBillCom(seed=1, latency=2.0)
    monkeypatch.setenv("BILLCOM_TIMEOUT", "0.2")
    monkeypatch.setenv("BILLCOM_MAX_RETRIES", "0")
    with (
        running_server(slow) as base_url,
        BillCom(**slow.credentials(base_url)) as client,
        pytest.raises(billcom.APITimeoutError),
    ):
        client.login()

    for name, value in [("BILLCOM_TIMEOUT", "soon"), ("BILLCOM_MAX_RETRIES", "1.5")]:
        monkeypatch.setenv(name, value)
        with pytest.raises(billcom.ConfigurationError, match=name):
            fake.client()
        monkeypatch.delenv(name)


def test_a_remembered_mfa_trust_comes_from_the_environment(
    served: tuple[FakeBillCom, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        challenge = client.session.mfa_challenge(use_backup=False)
        trust = client.session.mfa_authenticate(
            challenge_id=challenge.challenge_id or "",
            token=fake.mfa_code,
            device_id="ci-runner",
            remember_me=True,
        )
    assert trust.mfa_id
    monkeypatch.setenv("BILLCOM_MFA_ID", trust.mfa_id)
    with pytest.raises(billcom.ConfigurationError, match="BILLCOM_DEVICE_ID"):
        BillCom(**fake.credentials(base_url))  # half a trust is refused: the device goes with it
    monkeypatch.setenv("BILLCOM_DEVICE_ID", "ci-runner")
    with BillCom(**fake.credentials(base_url)) as client:
        # Listing vendor bank accounts needs an MFA-trusted session (spec: mfa: [list]).
        assert list(client.vendor_bank_accounts.list()) == []
        assert trust.mfa_id not in repr(client)


def test_with_raw_response_gives_status_headers_and_body_beside_the_result(
    served: tuple[FakeBillCom, str],
) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        made = client.vendors.create(name="Raw")
        raw = client.with_raw_response(lambda c: c.vendors.read(made.id))
        assert isinstance(raw.parsed, Vendor) and raw.parsed.name == "Raw"
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.last.json()["response_data"]["name"] == "Raw"
        assert [r.operation for r in raw.responses] == ["Crud/Read/Vendor"]
        assert repr(raw) == "<WithRawResponse Vendor: 1 HTTP answer(s)>"
        assert "Raw" not in repr(raw.last).replace("RawResponse", "")  # bodies are not shown

        for n in range(4):
            client.vendors.create(name=f"V{n}")
        pages = client.with_raw_response(lambda c: list(c.vendors.list(page_size=2)))
        assert len(pages.parsed) == 5 and len(pages.responses) == 3

    fresh = BillCom(**fake.credentials(base_url))
    with fresh:  # the client's own Login is never handed out (it carries the session id)
        first = fresh.with_raw_response(lambda c: c.vendors.read(made.id))
        assert [r.operation for r in first.responses] == ["Crud/Read/Vendor"]

    async def run() -> WithRawResponse[Vendor]:
        async with billcom.AsyncBillCom(**fake.credentials(base_url)) as client:
            return await client.with_raw_response(lambda c: c.vendors.read(made.id))

    assert asyncio.run(run()).parsed.id == made.id


def test_a_paginator_says_what_it_lists_and_how_far_it_got() -> None:
    fake = FakeBillCom(seed=2)
    with fake.client() as client:
        for n in range(3):
            client.vendors.create(name=f"V{n}")
        pages = client.vendors.list(page_size=2)
        assert repr(pages) == (
            "<SyncPaginator List/Vendor from 0, 2 a page: 0 page(s), 0 object(s) fetched>"
        )
        assert len(list(pages)) == 3
        assert "2 page(s), 3 object(s) fetched" in repr(pages)


def test_billcom_log_turns_on_the_loggers_output_without_secrets() -> None:
    script = textwrap.dedent("""
        from billcom.testing import FakeBillCom
        fake = FakeBillCom(password="pw-SECRET-1", dev_key="dk-SECRET-2")
        with fake.client() as client:
            client.vendors.create(name="Logged")
        """)
    env = {**os.environ, "BILLCOM_LOG": "debug", "PYTHONPATH": str(ROOT / "generated")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "billcom DEBUG" in done.stderr and "Crud/Create/Vendor" in done.stderr
    assert "SECRET" not in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**env, "BILLCOM_LOG": ""},
        timeout=60,
    )
    assert quiet.stderr == ""
