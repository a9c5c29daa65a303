"""Read what changed in one org's entity since the last sync, and tell new rows from changed ones.

No dlt here: the state this reads and writes is a plain dict (dlt keeps it with the data).

An entity whose `updatedTime` List can filter on is read from the last cursor on, oldest change
first. The cursor is the newest `updatedTime` seen, and the next sync asks for `updatedTime >=
cursor - overlap`: objects changed in the cursor's own millisecond after the sync read it (or, with
an overlap, a little before) are read again. Rows read again unchanged are recognised and dropped:
the state keeps a digest of each object in that window (not its timestamp: an object may change
twice in one millisecond). A timestamp Bill.com moves without `updatedTime` (a vendor's
`lastBalanceUpdate`) gets a cursor of its own, read the same way. Any other entity is read whole
each time, and the state keeps a short hash per object to see what changed.

Objects come as Bill.com sends them (exact JSON: amounts are Decimals) and are typed from the
spec here (`Typer`), without a model per object: the sync writes rows, and building models only
to take them apart again cost more than the rest of the read. Every row carries its org
(`org_id`) and when it was read (`synced_at`): of two reads of one object in one sync (it changed
while the sync read), the later one is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import _operations as ops
from .._core import decode_envelope, unreadable
from .._facts import LIST_MAX_PAGE_SIZE
from ._budget import HourlyBudget
from ._entities import ENTITIES
from ._entity import EntityInfo, Kind, resolve

if TYPE_CHECKING:
    from .._client import BillCom

#: The column every row carries: the organization it belongs to.
ORG_COLUMN = "org_id"
#: The column of when a row was read (UTC); of two reads of one object, the later one is kept.
SYNCED_COLUMN = "synced_at"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

Row = dict[str, Any]
#: One List page: (filters, sort, start, max) -> the objects as Bill.com sent them.
ListPage = Callable[[list[Row], list[Row], int, int], list[Row]]


def _raw_rows(content: bytes, http_status: int, operation: str) -> list[Row]:
    data = decode_envelope(content, http_status, operation)  # exact: amounts are Decimals
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise unreadable(operation, "response_data is not a list of objects", http_status)
    return data


def list_page(client: BillCom, entity: str) -> ListPage:
    """List pages of `entity` through `client` (its session, retries and limits), as plain
    objects: the sync types them itself (`Typer`), without building a model per object."""
    model = getattr(importlib.import_module("billcom.models"), entity)  # its filter kinds

    def fetch(filters: list[Row], sort: list[Row], start: int, size: int) -> list[Row]:
        page = ops.list_pages(
            entity,
            model,
            page_size=size,
            filters=filters or None,
            sort=sort or None,
            nested=None,
            show_audit=None,
        )
        rows: list[Row] = client.call(page(start, size)._replace(parse=_raw_rows))
        return rows

    return fetch


def _timestamp(value: Any) -> Any:
    """Bill.com's `2024-07-30T20:33:28.000+0000` as an aware datetime; anything else as it is."""
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return moment if moment.tzinfo is not None else value
    return None if value == "" else value


def _date(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return None if value == "" else value


def _no_text(value: Any) -> Any:
    return None if value == "" else value


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "datetime": _timestamp,
    "date": _date,
    "number": _no_text,
    "integer": _no_text,
    "boolean": _no_text,
}


class Typer:
    """Types an object as the spec gives its fields: timestamps and dates from their text
    (amounts already are Decimals), nulls and `entity` dropped, children typed alike. A value
    that does not fit its type is kept as received (dlt puts it in a variant column)."""

    def __init__(self, fields: dict[str, Kind]) -> None:
        self.scalars = [
            (k, _CONVERT[v]) for k, v in fields.items() if isinstance(v, str) and v in _CONVERT
        ]
        self.objects = [(k, Typer(v)) for k, v in fields.items() if isinstance(v, dict)]
        self.lists = [
            (k, Typer(v[0]))
            for k, v in fields.items()
            if isinstance(v, list) and isinstance(v[0], dict)
        ]

    @classmethod
    def of(cls, info: EntityInfo) -> Typer:
        fields = resolve(info.fields, ENTITIES)
        assert isinstance(fields, dict)
        return cls(fields)

    def __call__(self, raw: Row) -> Row:
        row = {key: value for key, value in raw.items() if value is not None}
        row.pop("entity", None)
        for key, convert in self.scalars:
            if key in row:
                value = convert(row[key])
                if value is None:
                    del row[key]
                else:
                    row[key] = value
        for key, typer in self.objects:
            value = row.get(key)
            if isinstance(value, dict):
                row[key] = typer(value)
        for key, typer in self.lists:
            value = row.get(key)
            if isinstance(value, list):
                row[key] = [typer(item) if isinstance(item, dict) else item for item in value]
        return row


@dataclass
class Tally:
    """What one sync did to one org's entity."""

    org_id: str
    entity: str
    #: Rows read from Bill.com (pages may overlap, so a row may be read twice).
    fetched: int = 0
    #: List calls made.
    pages: int = 0
    added: int = 0
    updated: int = 0
    #: Rows changed to deleted (`isActive` of a deleted object); Bill.com deletes softly.
    deleted: int = 0
    #: Why this entity was not read to the end, if it was not (its state is left as it was).
    error: str | None = None
    #: Whether it was read to the end (its cursors moved).
    done: bool = False

    @property
    def written(self) -> int:
        return self.added + self.updated + self.deleted


@dataclass
class EntityRead:
    """How to read one org's entity: where from, how much per page, and what to count."""

    info: EntityInfo
    org_id: str
    fetch: ListPage
    budget: HourlyBudget
    overlap: dt.timedelta
    page_size: int = LIST_MAX_PAGE_SIZE
    #: Told after every page (the tally so far): what drives progress displays.
    on_page: Callable[[Tally], None] = field(default=lambda tally: None, repr=False)
    tally: Tally = field(init=False)
    typer: Typer = field(init=False)
    _synced: dt.datetime | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.tally = Tally(self.org_id, self.info.name)
        self.typer = Typer.of(self.info)

    def _page(self, filters: list[Row], sort: list[Row], start: int) -> list[Row]:
        """One page of rows, typed, with their org."""
        self.budget.take()
        page = self.fetch(filters, sort, start, self.page_size)
        self.tally.pages += 1
        self.tally.fetched += len(page)
        self.on_page(self.tally)
        typer, org = self.typer, self.org_id
        rows = [typer(raw) for raw in page]
        for row in rows:
            row[ORG_COLUMN] = org
        return rows

    def changed_since(self, cursor: str, since: dt.datetime | None) -> Iterator[list[Row]]:
        """Pages of objects whose `cursor` (a timestamp) is at or after `since`, oldest first.

        Each page asks again from the newest timestamp read so far instead of moving an offset,
        so an object changed while we read moves to the end of the order rather than shifting
        an unread one onto a page already read; a page all of one millisecond is stepped over
        by offset.
        """
        start = 0
        order = [{"field": cursor, "asc": True}, {"field": "id", "asc": True}]
        while True:
            filters = [] if since is None else [{"field": cursor, "op": ">=", "value": since}]
            page = self._page(filters, order, start)
            yield page
            if len(page) < self.page_size:
                return
            newest = page[-1].get(cursor)
            if not isinstance(newest, dt.datetime) or newest == since:
                start += self.page_size
            else:
                since, start = newest, 0

    def everything(self) -> Iterator[list[Row]]:
        start = 0
        while True:
            page = self._page([], [], start)
            yield page
            if len(page) < self.page_size:
                return
            start += self.page_size

    def rows(self, state: dict[str, Any]) -> Iterator[list[Row]]:
        """Pages of rows to write: new and changed objects only. `state` is this org's part of
        the resource's state; it is brought up to date once the last page has been read."""
        if self.info.cursor:
            yield from self._incremental(state)
        else:
            yield from self._whole(state)
        self.tally.done = True

    def _incremental(self, state: dict[str, Any]) -> Iterator[list[Row]]:
        """A pass on updatedTime, then one on each timestamp Bill.com moves without it."""
        cursors: dict[str, Any] = state.setdefault("cursors", {})
        main = dict(cursors.get("updatedTime") or {})  # as the last sync left it
        emitted: dict[str, Row] = {}  # id -> the row this sync wrote last
        for name in ("updatedTime", *self.info.also_moved):
            here = cursors.setdefault(name, {})
            first = "cursor" not in here
            # A timestamp other than updatedTime starts, on the first sync, from the start of
            # time: objects without one (nothing ever moved it) are not read again.
            since = _EPOCH if first and name != "updatedTime" else None
            yield from self._pass(name, here, since, main, emitted)

    def _pass(
        self,
        name: str,
        here: dict[str, Any],
        since: dt.datetime | None,
        main: dict[str, Any],
        emitted: dict[str, Row],
    ) -> Iterator[list[Row]]:
        """One read on one timestamp (`name`); `here` is its cursor and window, `main` that of
        updatedTime before this sync (to tell new objects from changed ones)."""
        cursor = _parse(here.get("cursor"))
        window: dict[str, str] = here.get("window") or {}  # id -> digest, as last written
        if cursor is not None:
            since = cursor - self.overlap
        newest = cursor
        seen: dict[str, Row] = {}  # id -> the object as this pass read it
        for page in self.changed_since(name, since):
            out: list[Row] = []
            synced = self._now()
            for row in page:
                id = row["id"]
                if seen.get(id) == row:
                    continue  # read twice by this pass: a page asked again from its millisecond
                seen[id] = row
                moment = row.get(name)
                if isinstance(moment, dt.datetime) and (newest is None or moment > newest):
                    newest = moment
                if id in window and window[id] == _digest(row):
                    continue  # read again unchanged from the overlap: already written
                before = emitted.get(id)
                if before == row:
                    continue  # read again unchanged by another pass of this sync
                if before is None:
                    self._count(row, new=self._is_new(row, main))
                emitted[id] = row
                out.append({**row, SYNCED_COLUMN: synced})
            if out:
                yield out
        if newest is not None and seen:
            edge = newest - self.overlap
            here["cursor"] = newest.isoformat()
            # Every object changed in [edge, newest] was read by this pass (it asked from before
            # edge): what it read there is what the next sync will find unchanged, or not. The
            # content is compared, not the timestamp: an object may change twice in a millisecond.
            here["window"] = {
                id: _digest(row)
                for id, row in seen.items()
                if isinstance(row.get(name), dt.datetime) and row[name] >= edge
            }

    def _now(self) -> dt.datetime:
        """When a page was read: later pages of one sync win over earlier ones (`dedup_sort`)."""
        now = dt.datetime.now(dt.UTC)
        if self._synced is not None and now <= self._synced:
            now = self._synced + dt.timedelta(microseconds=1)
        self._synced = now
        return now

    def _is_new(self, row: Row, main: dict[str, Any]) -> bool:
        cursor = _parse(main.get("cursor"))
        if cursor is None:
            return True
        if row["id"] in (main.get("window") or {}):
            return False
        created = row.get("createdTime")
        # Created after the last sync's window opened and not in it: the last sync never saw it.
        return isinstance(created, dt.datetime) and created >= cursor - self.overlap

    def _whole(self, state: dict[str, Any]) -> Iterator[list[Row]]:
        known: dict[str, str] = state.get("hashes") or {}
        first = "hashes" not in state
        hashes: dict[str, str] = {}
        for page in self.everything():
            out: list[Row] = []
            synced = self._now()
            for row in page:
                digest = _digest(row)
                if row["id"] in hashes:
                    continue  # an offset page that overlapped the one before
                hashes[row["id"]] = digest
                if known.get(row["id"]) == digest:
                    continue
                self._count(row, new=first or row["id"] not in known)
                out.append({**row, SYNCED_COLUMN: synced})
            if out:
                yield out
        state["hashes"] = hashes

    def _count(self, row: Row, *, new: bool) -> None:
        tally = self.tally
        if new:
            tally.added += 1
        elif row.get("isActive") in self.info.deleted_codes:
            tally.deleted += 1
        else:
            tally.updated += 1


def _parse(text: Any) -> Any:
    return dt.datetime.fromisoformat(text) if isinstance(text, str) and text else None


def _digest(row: Row) -> str:
    return hashlib.blake2b(repr(sorted(row.items())).encode(), digest_size=8).hexdigest()
