"""Shared fixtures: a fresh fake per test, reachable in-process or over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from billcom import BillCom
from billcom.testing import FakeBillCom, running_server


def pytest_configure(config: pytest.Config) -> None:
    # The conformance suite's markers (tests/conformance/conftest.py applies them).
    config.addinivalue_line(
        "markers", "fake_only(reason): only the fake can run this test; skipped against a server"
    )
    config.addinivalue_line(
        "markers", "money: moves money; against a server it runs only with CONTRACT_MONEY=1"
    )


@pytest.fixture
def fake() -> FakeBillCom:
    return FakeBillCom(seed=1234)


@pytest.fixture(params=["in-process", "http"])
def client(request: pytest.FixtureRequest, fake: FakeBillCom) -> Iterator[BillCom]:
    """A client talking to `fake`, once without sockets and once over a real HTTP server."""
    if request.param == "in-process":
        with fake.client() as c:
            yield c
    else:
        with running_server(fake) as base_url, BillCom(**fake.credentials(base_url)) as c:
            yield c
