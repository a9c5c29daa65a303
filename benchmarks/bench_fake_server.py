"""Requests per second of the served fake answering Crud/Read, against a bare endpoint on the same stack.

Both servers run in their own process (uvicorn + starlette); one load generator of keep-alive
connections drives each for the same time, so the ratio compares the fake's work per request
with the stack's own cost.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
ORG = "00801BENCH0000000001"
CONNECTIONS = 8
SECONDS = 3.0

# The baseline: the same stack answering the same bytes the fake answers, with no work.
BARE_APP = """
import os
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

BODY = open(os.environ["BILLCOM_BENCH_BODY"], "rb").read()

async def endpoint(request):
    await request.body()
    return Response(BODY, media_type="application/json")

app = Starlette(routes=[Route("/{path:path}", endpoint, methods=["POST"])])
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"server on port {port} did not start")


def request_bytes(port: int, path: str, form: dict[str, str]) -> bytes:
    body = urlencode(form).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _connection(port: int, request: bytes, stop: float, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    done = 0
    while time.perf_counter() < stop:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        body = await reader.readexactly(length)
        if b'"response_status":0' not in body:
            raise RuntimeError(f"unexpected answer: {body[:200]!r}")
        done += 1
    counts.append(done)
    writer.close()


def load(port: int, request: bytes) -> float:
    """Requests per second over SECONDS with CONNECTIONS keep-alive connections."""

    async def run() -> float:
        counts: list[int] = []
        started = time.perf_counter()
        stop = started + SECONDS
        await asyncio.gather(
            *(_connection(port, request, stop, counts) for _ in range(CONNECTIONS))
        )
        return sum(counts) / (time.perf_counter() - started)

    return asyncio.run(run())


def login(port: int) -> tuple[str, str]:
    import httpx

    base = f"http://127.0.0.1:{port}/api/v2"
    creds = {"userName": "u", "password": "p", "orgId": ORG, "devKey": "k"}
    session = httpx.post(f"{base}/Login.json", data=creds).json()["response_data"]["sessionId"]
    vendor = httpx.post(
        f"{base}/Crud/Create/Vendor.json",
        data={
            "devKey": "k",
            "sessionId": session,
            "data": json.dumps({"obj": {"entity": "Vendor", "name": "Bench"}}),
        },
    ).json()["response_data"]
    return session, vendor["id"]


def _serve(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", *args], env=env, stderr=subprocess.DEVNULL)


def measure() -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    fake_port, bare_port = free_port(), free_port()
    limits = ["--hourly-limit", "off", "--max-concurrent", "off"]
    creds = ["--username", "u", "--password", "p", "--org-id", ORG, "--dev-key", "k"]
    fake = _serve(["billcom.testing", "serve", "--port", str(fake_port), *creds, *limits], env)
    work = Path(tempfile.mkdtemp(prefix="billcom-bench-"))
    bare: subprocess.Popen[bytes] | None = None
    try:
        wait_for(fake_port)
        session, vendor_id = login(fake_port)
        form = {"devKey": "k", "sessionId": session, "data": json.dumps({"id": vendor_id})}
        path = "/api/v2/Crud/Read/Vendor.json"
        read = request_bytes(fake_port, path, form)
        (work / "body.json").write_bytes(answer_body(fake_port, path, form))
        (work / "billcom_bench_bare.py").write_text(BARE_APP)
        bare_env = {**env, "BILLCOM_BENCH_BODY": str(work / "body.json")}
        bare = _serve(
            ["uvicorn", "--app-dir", str(work), "billcom_bench_bare:app", "--port", str(bare_port),
             "--log-level", "warning", "--no-access-log"],
            bare_env,
        )  # fmt: skip
        wait_for(bare_port)
        bare_request = request_bytes(bare_port, path, form)
        load(fake_port, read)  # warm up both
        load(bare_port, bare_request)
        fake_rps = load(fake_port, read)
        bare_rps = load(bare_port, bare_request)
    finally:
        for proc in (fake, bare):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)
    return {"fake_rps": fake_rps, "bare_rps": bare_rps, "ratio": fake_rps / bare_rps}


def answer_body(port: int, path: str, form: dict[str, str]) -> bytes:
    import httpx

    return httpx.post(f"http://127.0.0.1:{port}{path}", data=form).content


if __name__ == "__main__":
    r = measure()
    print(
        f"served fake Crud/Read: {r['fake_rps']:.0f} req/s; bare endpoint: {r['bare_rps']:.0f} req/s; "
        f"ratio {r['ratio']:.2f} (targets: >= 0.5 and >= 2000 req/s)"
    )
