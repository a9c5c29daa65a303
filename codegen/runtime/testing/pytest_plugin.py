"""Pytest fixtures for testing code that uses billcom, registered as the `billcom` plugin.

    def test_pays_the_bill(billcom_client, billcom_fake):
        vendor = billcom_client.vendors.create(name="Acme")
        assert billcom_fake.get("Vendor", vendor.id)["name"] == "Acme"

`billcom_fake` is a fresh FakeBillCom per test; `billcom_client` a BillCom connected to it
in-process, and `billcom_async_client` an AsyncBillCom (usable under any event loop, so with
pytest-asyncio, anyio or a plain `asyncio.run`); `billcom_server` serves the same fake over
HTTP and gives its base URL, for code that builds its own client or speaks raw HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import AsyncBillCom, BillCom
    from ._fake import FakeBillCom


@pytest.fixture
def billcom_fake() -> FakeBillCom:
    """A fresh, empty fake Bill.com (seeded, so ids repeat from run to run)."""
    from ._fake import FakeBillCom

    return FakeBillCom(seed=0)


@pytest.fixture
def billcom_client(billcom_fake: FakeBillCom) -> Iterator[BillCom]:
    """A BillCom talking to `billcom_fake` in-process."""
    with billcom_fake.client() as client:
        yield client


@pytest.fixture
def billcom_async_client(billcom_fake: FakeBillCom) -> Iterator[AsyncBillCom]:
    """An AsyncBillCom talking to `billcom_fake` in-process; closed after the test."""
    import asyncio

    client = billcom_fake.async_client()
    yield client
    asyncio.run(client.close())  # harmless from another loop than the test's


@pytest.fixture
def billcom_server(billcom_fake: FakeBillCom) -> Iterator[str]:
    """`billcom_fake` served on a free loopback port; the v2 base URL."""
    from ._server import require_http, running_server

    try:
        require_http()
    except ModuleNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)
    with running_server(billcom_fake) as base_url:
        yield base_url
