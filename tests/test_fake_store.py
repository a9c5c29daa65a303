"""The fake's stores: copies out, one unit of work per request, indexed look-ups that roll back."""

from __future__ import annotations

from pathlib import Path

import pytest

from billcom.testing._store import MemoryStore, SqliteStore, Store


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    return MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "s.db")


def test_find_follows_puts_deletes_and_rollbacks(store: Store) -> None:
    store.put("Bill", {"id": "b1", "invoiceNumber": "A"})
    assert [r["id"] for r in store.find("Bill", "invoiceNumber", "A")] == ["b1"]  # index built
    store.put("Bill", {"id": "b2", "invoiceNumber": "A"})
    store.put("Bill", {"id": "b1", "invoiceNumber": "B"})  # renumbered
    assert [r["id"] for r in store.find("Bill", "invoiceNumber", "A")] == ["b2"]
    with pytest.raises(RuntimeError), store.transaction():
        store.put("Bill", {"id": "b3", "invoiceNumber": "A"})
        store.delete("Bill", "b2")
        raise RuntimeError("refused")
    assert [r["id"] for r in store.find("Bill", "invoiceNumber", "A")] == ["b2"]  # as before
    assert store.get("Bill", "b3") is None
    with store.transaction():
        store.delete("Bill", "b2")
    assert store.find("Bill", "invoiceNumber", "A") == []


def test_reads_are_copies(store: Store) -> None:
    store.put("Vendor", {"id": "v1", "name": "A"})
    record = store.get("Vendor", "v1")
    assert record is not None
    record["name"] = "changed, not saved"
    assert store.get("Vendor", "v1") == {"id": "v1", "name": "A"}
    assert store.all("Vendor") == [{"id": "v1", "name": "A"}]
