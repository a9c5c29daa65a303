"""Where the fake keeps objects: in memory, or in SQLite so that state survives a restart."""

from __future__ import annotations

import pickle
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from .. import _json

JSON = dict[str, Any]


class Store(Protocol):
    """Records by entity and id. What `get` and `all` return are copies: a change counts only
    once it is `put`, and `transaction()` undoes every put and delete of a request that fails."""

    def get(self, entity: str, id: str) -> JSON | None: ...
    def put(self, entity: str, record: JSON) -> None: ...
    def delete(self, entity: str, id: str) -> None: ...
    def all(self, entity: str) -> list[JSON]: ...
    def find(self, entity: str, field: str, value: str) -> list[JSON]: ...
    def transaction(self) -> AbstractContextManager[None]: ...


class MemoryStore:
    """Objects by entity and id, in creation order, each kept pickled (so every read is a copy)."""

    def __init__(self) -> None:
        self._tables: dict[str, dict[str, bytes]] = {}
        #: Inside a transaction: the value each touched record had before it (None: absent).
        self._journal: dict[tuple[str, str], bytes | None] | None = None
        #: (entity, field) -> value -> ids: built on the first `find` of that field, then kept.
        self._indexes: dict[tuple[str, str], dict[Any, set[str]]] = {}

    def get(self, entity: str, id: str) -> JSON | None:
        raw = self._tables.get(entity, {}).get(id)
        return None if raw is None else dict(pickle.loads(raw))

    def _remember(self, entity: str, id: str) -> None:
        if self._journal is not None and (entity, id) not in self._journal:
            self._journal[(entity, id)] = self._tables.get(entity, {}).get(id)

    def _set(self, entity: str, id: str, raw: bytes | None) -> None:
        """Store (or, for None, drop) one record's bytes, keeping the indexes in step."""
        table = self._tables.setdefault(entity, {})
        for (indexed, field), index in self._indexes.items():
            if indexed != entity:
                continue
            old = table.get(id)
            if old is not None:
                index.get(pickle.loads(old).get(field), set()).discard(id)
            if raw is not None:
                index.setdefault(pickle.loads(raw).get(field), set()).add(id)
        if raw is None:
            table.pop(id, None)
        else:
            table[id] = raw

    def put(self, entity: str, record: JSON) -> None:
        self._remember(entity, record["id"])
        self._set(entity, record["id"], pickle.dumps(record))

    def delete(self, entity: str, id: str) -> None:
        self._remember(entity, id)
        self._set(entity, id, None)

    def all(self, entity: str) -> list[JSON]:
        return [dict(pickle.loads(raw)) for raw in self._tables.get(entity, {}).values()]

    def find(self, entity: str, field: str, value: str) -> list[JSON]:
        """Records whose `field` equals `value`, through an index (no scan once it is built)."""
        index = self._indexes.get((entity, field))
        if index is None:
            index = self._indexes[(entity, field)] = {}
            for id, raw in self._tables.get(entity, {}).items():
                index.setdefault(pickle.loads(raw).get(field), set()).add(id)
        table = self._tables.get(entity, {})
        return [dict(pickle.loads(table[id])) for id in index.get(value, ()) if id in table]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._journal = {}
        try:
            yield
        except BaseException:
            for (entity, id), before in self._journal.items():
                self._set(entity, id, before)
            raise
        finally:
            self._journal = None


class SqliteStore:
    """The same, in a SQLite file: one row per object, its JSON as stored.

    Each request is one transaction (`BEGIN IMMEDIATE`): it commits whole or not at all, and
    servers sharing the file take turns, so every check sees every committed write.
    """

    def __init__(self, path: str | Path) -> None:
        # Autocommit mode: transactions are begun and ended here, explicitly.
        self._db = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=30
        )
        self._lock = threading.RLock()
        self._indexed: set[str] = set()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects ("
                " entity TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
                " seq INTEGER NOT NULL, PRIMARY KEY (entity, id))"
            )
            self._db.execute("CREATE INDEX IF NOT EXISTS objects_by_seq ON objects (entity, seq)")
            # MAX(seq) for the next object, without reading the table.
            self._db.execute("CREATE INDEX IF NOT EXISTS objects_seq ON objects (seq)")

    def get(self, entity: str, id: str) -> JSON | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM objects WHERE entity = ? AND id = ?", (entity, id)
            ).fetchone()
        return None if row is None else dict(_json.loads(row[0]))

    def put(self, entity: str, record: JSON) -> None:
        body = _json.dumps(record)
        with self._lock:
            updated = self._db.execute(
                "UPDATE objects SET body = ? WHERE entity = ? AND id = ?",
                (body, entity, record["id"]),
            ).rowcount
            if not updated:
                self._db.execute(
                    "INSERT INTO objects (entity, id, body, seq)"
                    " VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM objects))",
                    (entity, record["id"], body),
                )

    def delete(self, entity: str, id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM objects WHERE entity = ? AND id = ?", (entity, id))

    def all(self, entity: str) -> list[JSON]:
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM objects WHERE entity = ? ORDER BY seq", (entity,)
            ).fetchall()
        return [dict(_json.loads(body)) for (body,) in rows]

    def find(self, entity: str, field: str, value: str) -> list[JSON]:
        """Records whose `field` equals `value`, through an expression index made on first use."""
        if not field.isidentifier():
            raise ValueError(f"not a field name: {field!r}")
        path = f"$.{field}"
        with self._lock:
            if field not in self._indexed:
                self._db.execute(
                    f"CREATE INDEX IF NOT EXISTS objects_by_{field}"
                    f" ON objects (entity, json_extract(body, '{path}'))"
                )
                self._indexed.add(field)
            rows = self._db.execute(
                # No ORDER BY: sorting by seq would lead SQLite to scan the entity instead.
                f"SELECT body FROM objects WHERE entity = ? AND json_extract(body, '{path}') = ?",
                (entity, value),
            ).fetchall()
        return [dict(_json.loads(body)) for (body,) in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
