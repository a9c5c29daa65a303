"""Where the fake keeps objects: in memory, or in SQLite so that state survives a restart."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

from .. import _json

JSON = dict[str, Any]


class Store(Protocol):
    def get(self, entity: str, id: str) -> JSON | None: ...
    def put(self, entity: str, record: JSON) -> None: ...
    def delete(self, entity: str, id: str) -> None: ...
    def all(self, entity: str) -> list[JSON]: ...


class MemoryStore:
    """Objects by entity and id, in creation order."""

    def __init__(self) -> None:
        self._tables: dict[str, dict[str, JSON]] = {}

    def get(self, entity: str, id: str) -> JSON | None:
        return self._tables.get(entity, {}).get(id)

    def put(self, entity: str, record: JSON) -> None:
        self._tables.setdefault(entity, {})[record["id"]] = record

    def delete(self, entity: str, id: str) -> None:
        self._tables.get(entity, {}).pop(id, None)

    def all(self, entity: str) -> list[JSON]:
        return list(self._tables.get(entity, {}).values())


class SqliteStore:
    """The same, in a SQLite file: one row per object, its JSON as stored."""

    def __init__(self, path: str | Path) -> None:
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS objects ("
                " entity TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,"
                " seq INTEGER NOT NULL, PRIMARY KEY (entity, id))"
            )

    def get(self, entity: str, id: str) -> JSON | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM objects WHERE entity = ? AND id = ?", (entity, id)
            ).fetchone()
        return None if row is None else dict(_json.loads(row[0]))

    def put(self, entity: str, record: JSON) -> None:
        body = _json.dumps(record)
        with self._lock, self._db:
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
        with self._lock, self._db:
            self._db.execute("DELETE FROM objects WHERE entity = ? AND id = ?", (entity, id))

    def all(self, entity: str) -> list[JSON]:
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM objects WHERE entity = ? ORDER BY seq", (entity,)
            ).fetchall()
        return [dict(_json.loads(body)) for (body,) in rows]

    def close(self) -> None:
        self._db.close()
