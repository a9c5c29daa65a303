"""Every operation of every entity, through the generated client, against the fake."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from decimal import Decimal

import httpx
import pytest

import billcom
from billcom import BillCom
from billcom.testing import FakeBillCom, FakeTransport, decode_form
from codegen.generate import ROOT
from codegen.spec import load_spec
from tests.samples import SAMPLES

SPEC = load_spec(ROOT / "spec")


@pytest.mark.parametrize("entity", sorted(SAMPLES))
def test_every_operation(client: BillCom, entity: str) -> None:
    attr, make, change = SAMPLES[entity]
    resource = getattr(client, attr)
    operations = SPEC.entity(entity).operations

    created = resource.create(**make(client))
    assert created.entity == entity
    assert created.id and created.id.startswith(SPEC.entity(entity).id_prefix or "")
    assert created.is_active == "1"
    assert isinstance(created.created_time, dt.datetime) and created.created_time.tzinfo

    read = resource.read(created.id)
    assert read.to_wire() == created.to_wire()

    if "update" in operations:
        updated = resource.update(read, **change)
        for key, value in change.items():
            assert getattr(updated, key) == value
        assert resource.read(created.id).to_wire() == updated.to_wire()

    if "delete" in operations:
        assert resource.delete(created.id).is_active == "2"
        assert resource.read(created.id).is_active == "2"
    if "undelete" in operations:
        assert resource.undelete(created.id).is_active == "1"

    listed = [obj.id for obj in resource.list()]
    assert created.id in listed


def test_nested_line_items_are_typed(client: BillCom) -> None:
    _, make, _ = SAMPLES["Bill"]
    bill = client.bills.create(**make(client))
    lines = bill.bill_line_items or []
    assert [line.amount for line in lines] == [Decimal("100.10"), Decimal(25)]
    assert all(line.entity == "BillLineItem" and line.bill_id == bill.id for line in lines)
    assert isinstance(bill.due_date, dt.date)


def test_update_sends_the_whole_object_back(client: BillCom, fake: FakeBillCom) -> None:
    vendor = client.vendors.create(name="Acme", email="ap@acme.example", phone="555-0100")
    updated = client.vendors.update(vendor, phone="555-0199")
    # The fields not named in the change survive, because the object read is the base.
    assert (updated.name, updated.email, updated.phone) == ("Acme", "ap@acme.example", "555-0199")


def test_update_keeps_fields_the_spec_does_not_know(fake: FakeBillCom) -> None:
    sent: list[dict[str, str]] = []
    inner = FakeTransport(fake)

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(decode_form(request.read()))
        return inner.handle_request(request)

    creds = fake.credentials("https://fake-billcom.test/api/v2")
    with BillCom(**creds, transport=httpx.MockTransport(record)) as client:
        vendor = client.vendors.create(name="Acme")
        assert vendor.id is not None
        # A field the API added after this spec was written arrives with the object...
        fake.add("Vendor", {**vendor.to_wire(), "futureFlag": "x"})
        read = client.vendors.read(vendor.id)
        assert read.model_extra == {"futureFlag": "x"}
        # ...and is sent back on update, so a read-modify-write loses nothing.
        client.vendors.update(read, description="d")
    obj = json.loads(sent[-1]["data"])["obj"]
    assert obj["futureFlag"] == "x" and obj["description"] == "d" and obj["id"] == vendor.id
    assert "createdTime" not in obj  # server-set fields are not sent


def test_list_filters_and_sort(client: BillCom) -> None:
    for name in ("b", "a", "c"):
        client.vendors.create(name=name)
    gone = client.vendors.create(name="gone")
    assert gone.id
    client.vendors.delete(gone.id)

    everyone = [v.name for v in client.vendors.list(sort=[{"field": "name", "asc": True}])]
    assert everyone == ["a", "b", "c", "gone"]  # deleted rows are listed, as the real API does
    active = client.vendors.list(
        filters=[{"field": "isActive", "op": "=", "value": "1"}],
        sort=[{"field": "name", "asc": False}],
    )
    assert [v.name for v in active] == ["c", "b", "a"]


def test_list_pages_across_more_than_999_rows(client: BillCom, fake: FakeBillCom) -> None:
    for i in range(2100):
        fake.add("Vendor", {"name": f"v{i:04d}", "isActive": "1"})
    paginator = client.vendors.list()
    assert fake.requests == []  # lazy: nothing is fetched before iteration
    names = [v.name for v in paginator]
    assert names == [f"v{i:04d}" for i in range(2100)]
    assert fake.requests.count("List/Vendor.json") == 3  # 999 + 999 + 102

    pages = [len(p) for p in client.vendors.list(page_size=1000 - 1).iter_pages()]
    assert pages == [999, 999, 102]


def test_list_page_ends_exactly_on_a_boundary(fake: FakeBillCom) -> None:
    with fake.client() as client:
        for i in range(4):
            client.vendors.create(name=f"v{i}")
        fake.requests.clear()
        assert len(list(client.vendors.list(page_size=2))) == 4
        # Two full pages, then the empty page that proves the end.
        assert fake.requests.count("List/Vendor.json") == 3


def test_list_rejects_a_page_size_the_api_does_not_allow(client: BillCom) -> None:
    with pytest.raises(billcom.InvalidRequestError, match="page_size"):
        client.vendors.list(page_size=1000)


def test_async_client_every_operation(fake: FakeBillCom) -> None:
    async def scenario() -> None:
        async with fake.async_client() as client:
            vendor = await client.vendors.create(name="Async Acme")
            assert vendor.id
            assert (await client.vendors.read(vendor.id)).name == "Async Acme"
            updated = await client.vendors.update(vendor, description="d")
            assert updated.description == "d"
            assert (await client.vendors.delete(vendor.id)).is_active == "2"
            assert (await client.vendors.undelete(vendor.id)).is_active == "1"
            names = [v.name async for v in client.vendors.list()]
            assert names == ["Async Acme"]
            pages = [page async for page in client.vendors.list(page_size=1).iter_pages()]
            assert len(pages) == 1

    asyncio.run(scenario())


def test_logs_in_once_and_follows_api_endpoint(fake: FakeBillCom) -> None:
    with fake.client() as client:
        assert not client.is_logged_in
        client.vendors.create(name="x")
        client.vendors.create(name="y")
        assert fake.requests.count("Login.json") == 1
        assert client.request("GetSessionInfo") == {
            "organizationId": fake.org_id,
            "userId": fake.users_id,
        }
        client.logout()
        assert not client.is_logged_in
        client.vendors.create(name="z")
        assert fake.requests.count("Login.json") == 2


def test_fields_the_spec_does_not_know_are_logged_once_at_debug(
    fake: FakeBillCom, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="billcom")
    fake.add("Vendor", {"name": "a", "isActive": "1", "shinyNewField": 1})
    fake.add("Vendor", {"name": "b", "isActive": "1", "shinyNewField": 2})
    with fake.client() as client:
        assert [v.model_extra for v in client.vendors.list()] == [
            {"shinyNewField": 1},
            {"shinyNewField": 2},
        ]
        list(client.vendors.list())
    lines = [r.getMessage() for r in caplog.records if "does not know" in r.getMessage()]
    assert lines == ["List/Vendor: Vendor fields the spec does not know: shinyNewField"]
