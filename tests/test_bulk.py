"""Bulk calls: split into calls of at most 100, one result per input in order, over HTTP."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

import billcom
from billcom import BillCom
from billcom.models import Vendor
from billcom.testing import FakeBillCom


def test_bulk_create_splits_and_keeps_order(client: BillCom, fake: FakeBillCom) -> None:
    items = [{"name": f"v{i:03d}"} for i in range(250)]
    items[120] = {"name": ""}  # the server refuses this one, and only this one
    results = client.vendors.bulk_create(items)  # type: ignore[arg-type]

    assert len(results) == 250
    assert fake.requests.count("Bulk/Crud/Create/Vendor.json") == 3  # 100 + 100 + 50
    error = results[120]
    assert isinstance(error, billcom.ValidationError) and error.code == "BDC_1117"
    created = [r for r in results if isinstance(r, Vendor)]
    assert [v.name for v in created] == [f"v{i:03d}" for i in range(250) if i != 120]
    assert len(fake.all("Vendor")) == 249


def test_bulk_update_delete_undelete(client: BillCom, fake: FakeBillCom) -> None:
    vendors = [
        r
        for r in client.vendors.bulk_create([{"name": "a"}, {"name": "b"}])
        if isinstance(r, Vendor)
    ]
    for v in vendors:
        v.description = "bulk"
    updated = client.vendors.bulk_update(vendors)
    assert [u.description for u in updated if isinstance(u, Vendor)] == ["bulk", "bulk"]

    ids = [v.id or "" for v in vendors]
    deleted = client.vendors.bulk_delete([*ids, "00900000000000000000"])
    assert [d.is_active for d in deleted[:2] if isinstance(d, Vendor)] == ["2", "2"]
    assert isinstance(deleted[2], billcom.NotFoundError)
    restored = client.vendors.bulk_undelete(ids)
    assert [r.is_active for r in restored if isinstance(r, Vendor)] == ["1", "1"]


def test_bulk_create_validates_every_item_before_sending(fake: FakeBillCom) -> None:
    with fake.client() as client, pytest.raises(billcom.InvalidRequestError, match="balance"):
        client.vendors.bulk_create([{"name": "ok"}, {"name": "x", "balance": 1}])  # type: ignore[typeddict-unknown-key]
    assert fake.requests == []


def test_more_than_100_in_one_raw_call_is_refused(client: BillCom) -> None:
    with pytest.raises(billcom.ValidationError) as info:
        client.request(
            "Bulk/Crud/Create/Vendor", {"bulk": [{"obj": {"entity": "Vendor", "name": "x"}}] * 101}
        )
    assert info.value.code == "BDC_1129"


def test_async_bulk(fake: FakeBillCom) -> None:
    async def scenario() -> list[Vendor | billcom.APIError]:
        async with fake.async_client() as client:
            return await client.vendors.bulk_create([{"name": f"a{i}"} for i in range(105)])

    results = asyncio.run(scenario())
    assert [r.name for r in results if isinstance(r, Vendor)] == [f"a{i}" for i in range(105)]


def test_request_options_travel_beside_each_bulk_item(client: BillCom) -> None:
    vendor = client.vendors.create(name="V")
    same = {
        "vendor_id": vendor.id or "",
        "invoice_number": "DUP-1",
        "invoice_date": date(2024, 7, 1),
        "due_date": date(2024, 7, 31),
        "bill_line_items": [{"amount": 5}],
    }
    refused = client.bills.bulk_create([same, same])  # type: ignore[list-item]
    assert isinstance(refused[1], billcom.ValidationError) and refused[1].code == "BDC_1119"
    allowed = client.bills.bulk_create([same, same], allow_duplicate_inv_num=True)  # type: ignore[list-item]
    assert [type(b).__name__ for b in allowed] == ["Bill", "Bill"]
