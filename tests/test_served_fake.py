"""`python -m billcom.testing serve` answers raw HTTP in the real wire format."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    port = free_port()
    args = ["--username", "U", "--password", "P", "--org-id", "O", "--dev-key", "K"]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "billcom.testing",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            *args,
        ],
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/api/v2"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.post(f"{url}/Login.json", data={})
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_login_then_crud_over_raw_http(base_url: str) -> None:
    login = httpx.post(
        f"{base_url}/Login.json",
        data={"userName": "U", "password": "P", "orgId": "O", "devKey": "K"},
    ).json()
    assert login["response_status"] == 0 and login["response_message"] == "Success"
    session = login["response_data"]
    assert session["apiEndPoint"] == base_url and session["orgId"] == "O"

    form = {"devKey": "K", "sessionId": session["sessionId"]}
    created = httpx.post(
        f"{base_url}/Crud/Create/Vendor.json",
        data={**form, "data": json.dumps({"obj": {"entity": "Vendor", "name": "Raw+Co"}})},
    ).json()["response_data"]
    assert created["name"] == "Raw+Co" and created["id"].startswith("009")

    listed = httpx.post(
        f"{base_url}/List/Vendor.json", data={**form, "data": json.dumps({"start": 0, "max": 10})}
    ).json()
    assert (
        isinstance(listed["response_data"], list)
        and listed["response_data"][0]["id"] == created["id"]
    )


def test_errors_use_http_200_and_the_documented_codes(base_url: str) -> None:
    bad_login = httpx.post(
        f"{base_url}/Login.json",
        data={"userName": "U", "password": "x", "orgId": "O", "devKey": "K"},
    )
    assert bad_login.status_code == 200
    assert bad_login.json() == {
        "response_status": 1,
        "response_message": "Error",
        "response_data": {
            "error_code": "BDC_1101",
            "error_message": "User name and/or password do not match our records.",
        },
    }
    stale = httpx.post(
        f"{base_url}/Crud/Read/Vendor.json", data={"devKey": "K", "sessionId": "nope", "data": "{}"}
    ).json()
    assert stale["response_data"]["error_code"] == "BDC_1109"
    wrong_case = httpx.post(
        f"{base_url}/crud/read/Vendor.json", data={"devKey": "K", "sessionId": "x"}
    )
    assert wrong_case.json()["response_data"]["error_code"] == "BDC_1121"
    not_allowed = httpx.post(f"{base_url}/Crud/Delete/BillLineItem.json", data={"devKey": "K"})
    assert not_allowed.json()["response_data"]["error_code"] == "BDC_1121"
    outside = httpx.post(f"{base_url[: -len('/api/v2')]}/Read/Vendor.json")
    assert (
        outside.status_code == 404 and outside.json()["response_data"]["error_code"] == "BDC_1121"
    )
