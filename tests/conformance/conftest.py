"""Raw HTTP against the served fake: httpx and json only, no billcom client."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from billcom.testing import FakeBillCom, FakeClock, running_server

USER, PASSWORD, ORG, KEY = "ap@example.com", "pw+with/odd=chars", "00801CONFORMANCE0001", "dev-key"


@dataclass
class Wire:
    """A tiny v2 client written from the API reference, for asserting wire-level answers."""

    base: str
    session: str = ""
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10))

    def post(self, path: str, form: dict[str, str]) -> httpx.Response:
        return self.http.post(f"{self.base}/{path}", data=form)

    def login(self, **extra: str) -> dict[str, Any]:
        form = {"userName": USER, "password": PASSWORD, "orgId": ORG, "devKey": KEY, **extra}
        envelope = self.post("Login.json", form).json()
        assert envelope["response_status"] == 0, envelope
        self.session = envelope["response_data"]["sessionId"]
        return envelope["response_data"]  # type: ignore[no-any-return]

    def call(self, path: str, data: Any = None, *, raw: str | None = None) -> dict[str, Any]:
        """POST devKey + sessionId + data=<JSON>; the whole envelope."""
        form = {"devKey": KEY, "sessionId": self.session}
        if raw is not None:
            form["data"] = raw
        elif data is not None:
            form["data"] = json.dumps(data)
        response = self.post(path, form)
        assert response.headers["content-type"].startswith("application/json")
        return response.json()  # type: ignore[no-any-return]

    def ok(self, path: str, data: Any = None) -> Any:
        envelope = self.call(path, data)
        assert envelope["response_status"] == 0, envelope
        assert envelope["response_message"] == "Success"
        return envelope["response_data"]

    def error(self, path: str, data: Any = None, *, raw: str | None = None) -> str:
        envelope = self.call(path, data, raw=raw)
        assert envelope["response_status"] == 1 and envelope["response_message"] == "Error", (
            envelope
        )
        assert set(envelope["response_data"]) == {"error_code", "error_message"}
        return envelope["response_data"]["error_code"]  # type: ignore[no-any-return]


Serve = Callable[..., Wire]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=1_720_000_000.0)


@pytest.fixture
def serve(clock: FakeClock) -> Iterator[Serve]:
    """Start a fake with the given options on a free port; a logged-out Wire for it."""
    stack: list[Any] = []

    def start(**options: Any) -> Wire:
        options.setdefault("clock", clock)
        fake = FakeBillCom(
            username=USER, password=PASSWORD, org_id=ORG, dev_key=KEY, seed=1, **options
        )
        server = running_server(fake)
        base = server.__enter__()
        stack.append(server)
        wire = Wire(base)
        wire.fake = fake  # type: ignore[attr-defined]
        return wire

    yield start
    for server in reversed(stack):
        server.__exit__(None, None, None)


@pytest.fixture
def wire(serve: Serve) -> Wire:
    """A logged-in Wire on a fake with default settings."""
    w = serve()
    w.login()
    return w


def trust(wire: Wire, code: str) -> None:
    """Make `wire`'s session MFA-trusted (the fake accepts `code` as the texted token)."""
    challenge = wire.ok("MFAChallenge.json", {"useBackup": False})["challengeId"]
    wire.ok(
        "MFAAuthenticate.json",
        {"challengeId": challenge, "token": code, "deviceId": "d", "rememberMe": False},
    )
