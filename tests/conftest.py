"""Shared fixtures: a fresh fake per test, reachable in-process or over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from billcom import BillCom
from billcom.testing import FakeBillCom, running_server


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
