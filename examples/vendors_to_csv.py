"""Mirror Bill.com's vendors to a CSV file, fetching only what changed since the last run.

The cursor is the newest `updatedTime` seen, kept in a small file beside the CSV. The next run
asks for `updatedTime >= cursor`: `>=`, not `>`, because another vendor may have changed in the
same millisecond after the last run read; the vendors of that millisecond are read again and
merged by id, so nothing is missed and nothing is doubled. Deleted vendors stay, as in Bill.com,
with `isActive` 2. The cursor is saved only once the CSV is, so a crash costs a re-read, not a row.

    python examples/vendors_to_csv.py    # two runs against a fake Bill.com it starts itself
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from billcom import BillCom
from billcom.models import Vendor, VendorFilter, VendorSort
from billcom.testing import FakeBillCom

#: Columns, by Bill.com's own names; values as Bill.com sends them (codes, timestamps).
COLUMNS = ["id", "name", "isActive", "email", "phone", "description", "updatedTime"]
#: Oldest change first; id breaks ties, so rows of one millisecond keep their order.
BY_CHANGE: list[VendorSort] = [{"field": "updatedTime", "asc": True}, {"field": "id", "asc": True}]


@dataclass
class SyncResult:
    fetched: int  # vendors read from Bill.com by this run
    rows: int  # vendors in the CSV now


def changed_since(client: BillCom, since: dt.datetime | None, page_size: int) -> Iterator[Vendor]:
    """Vendors changed at or after `since`, oldest change first.

    Each page asks again from the newest change read so far instead of moving an offset: a
    vendor changed while we read moves to the end of the order rather than shifting an unread
    one onto a page already read. A page that is all one millisecond is stepped over by offset.
    """
    start = 0
    while True:
        filters: list[VendorFilter] = []
        if since is not None:
            filters.append({"field": "updatedTime", "op": ">=", "value": since})
        found = client.vendors.list(
            filters=filters, sort=BY_CHANGE, page_size=page_size, start=start
        )
        page = next(found.iter_pages(), [])
        yield from page
        if len(page) < page_size:
            return
        newest = page[-1].updated_time
        if newest is None or newest == since:
            start += page_size
        else:
            since, start = newest, 0


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` in one step: a reader never sees half a file."""
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, newline="") as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)


def main(client: BillCom, csv_path: Path, page_size: int = 999) -> SyncResult:
    """Bring `csv_path` up to date with Bill.com's vendors (all of them on the first run)."""
    cursor_path = csv_path.with_name(csv_path.name + ".cursor")
    cursor = dt.datetime.fromisoformat(cursor_path.read_text()) if cursor_path.exists() else None
    rows: dict[str, dict[str, str]] = {}
    if csv_path.exists():
        with csv_path.open(newline="") as f:
            rows = {row["id"]: row for row in csv.DictReader(f)}

    fetched = 0
    for vendor in changed_since(client, cursor, page_size):
        fetched += 1
        wire = vendor.to_dict()
        rows[vendor.id] = {c: "" if wire.get(c) is None else str(wire[c]) for c in COLUMNS}
        if vendor.updated_time and (cursor is None or vendor.updated_time > cursor):
            cursor = vendor.updated_time

    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS)
    writer.writeheader()
    writer.writerows(rows[key] for key in sorted(rows))
    write_atomically(csv_path, out.getvalue())
    if cursor is not None:
        write_atomically(cursor_path, cursor.isoformat())
    print(f"{csv_path}: read {fetched} changed vendors, {len(rows)} in all")
    return SyncResult(fetched=fetched, rows=len(rows))


def demo(folder: Path) -> None:
    """Two runs against a fake Bill.com, with a change and a new vendor in between."""
    csv_path = folder / "vendors.csv"
    with FakeBillCom(seed=4).client() as client:
        for name in ["Acme Office Supplies", "Globex", "Initech"]:
            client.vendors.create(name=name, email=f"ap@{name.split()[0].lower()}.example")
        main(client, csv_path)  # all three
        acme = next(v for v in client.vendors.list() if v.name == "Acme Office Supplies")
        client.vendors.update(acme, phone="+1 415 555 0100")
        client.vendors.create(name="Hooli")
        main(client, csv_path)  # the two changes, and any vendor of the cursor's millisecond
    print(csv_path.read_text(), end="")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        demo(Path(folder))
