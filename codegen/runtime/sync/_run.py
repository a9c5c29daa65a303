"""`run_sync`: bring a database up to date with one or more Bill.com organizations."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit, urlunsplit

import dlt
from dlt.common.destination import TLoaderFileFormat

from .._client import BillCom
from .._core import ENV_VARS
from .._exceptions import ConfigurationError
from .._facts import LIST_MAX_PAGE_SIZE
from ._budget import HourlyBudget
from ._entity import EntityInfo
from ._fetch import EntityRead, Tally
from ._require import INSTALL_HINT
from ._source import entity_infos, entity_reads, source_of

__all__ = [
    "ClientFactory",
    "EntityReport",
    "Progress",
    "SyncReport",
    "destination_of",
    "run_sync",
]

#: Makes the client of an org id (None: the org configured by default, e.g. BILLCOM_ORG_ID).
ClientFactory = Callable[[str | None], BillCom]
#: Where a sync writes when told nothing.
DEFAULT_DUCKDB = "billcom.duckdb"
#: The dataset (schema) written to: DuckDB's own `main` in a file of its own, else `billcom`.
DUCKDB_DATASET = "main"
DATASET = "billcom"
#: dlt destinations a bare word names (`--to bigquery`); anything else is a DuckDB file.
_NAMED = frozenset(
    [
        "athena",
        "bigquery",
        "clickhouse",
        "databricks",
        "dremio",
        "duckdb",
        "filesystem",
        "lancedb",
        "motherduck",
        "mssql",
        "postgres",
        "qdrant",
        "redshift",
        "snowflake",
        "sqlalchemy",
        "synapse",
        "weaviate",
    ]
)


@dataclass(frozen=True)
class Progress:
    """What a sync is doing: a phase starting, a page of an org's entity read (`page`, with the
    tally so far), or an org's entity read to the end (`read` with its `tally`)."""

    phase: Literal["resume", "read", "page", "normalize", "load", "done"]
    tally: Tally | None = None


@dataclass(frozen=True)
class EntityReport:
    """What a sync did to one entity's table, over every org."""

    entity: str
    table: str
    added: int
    updated: int
    deleted: int
    #: Rows read from Bill.com, and List calls made.
    fetched: int
    list_calls: int
    #: One line per org whose entity could not be read to the end.
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncReport:
    """What `run_sync` did: per entity, and per org and entity in `tallies`."""

    destination: str
    dataset: str
    orgs: tuple[str, ...]
    entities: tuple[EntityReport, ...]
    tallies: tuple[Tally, ...] = field(repr=False)
    seconds: float
    #: Whether an interrupted sync's data was loaded first.
    resumed: bool = False

    @property
    def ok(self) -> bool:
        return not any(e.errors for e in self.entities)

    @property
    def list_calls(self) -> int:
        return sum(e.list_calls for e in self.entities)

    def table(self) -> str:
        """The closing table: rows added, updated and deleted per entity."""
        head = ("entity", "table", "added", "updated", "deleted", "read", "List calls")
        body = [
            (e.entity, e.table, e.added, e.updated, e.deleted, e.fetched, e.list_calls)
            for e in self.entities
        ]
        total = ("total", "", *(sum(int(row[i]) for row in body) for i in range(2, 7)))
        rows = [tuple(str(v) for v in row) for row in (head, *body, total)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(head))]

        def line(row: tuple[str, ...]) -> str:
            cells = [
                cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i])
                for i, cell in enumerate(row)
            ]
            return "  ".join(cells).rstrip()

        out = [line(rows[0]), "  ".join("-" * w for w in widths), *map(line, rows[1:-1])]
        out += ["  ".join("-" * w for w in widths), line(rows[-1])]
        for e in self.entities:
            out += [f"error: {e.entity}: {message}" for message in e.errors]
        return "\n".join(out)


def _default_factory(org_id: str | None) -> BillCom:
    return BillCom(org_id=org_id, wait_on_rate_limit=True)


def _any_org_factory(org_id: str | None) -> BillCom:
    return BillCom(org_id=org_id or os.environ.get(ENV_VARS["org_id"]) or "-")


def destination_of(to: str | Path | Any) -> tuple[Any, str, Path | None]:
    """(dlt destination, a description without secrets, the DuckDB file if it is one)."""
    if not isinstance(to, str | Path):
        return to, str(getattr(to, "destination_name", type(to).__name__)), None
    text = str(to)
    if "://" not in text:
        if text in _NAMED and text != "duckdb":
            return text, text, None  # configured as dlt reads configuration (env, secrets.toml)
        path = Path(text or DEFAULT_DUCKDB)
        return _duckdb(path), f"duckdb {path}", path
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "duckdb":
        # SQLAlchemy's form: duckdb:///relative.duckdb, duckdb:////absolute/path.duckdb
        path = Path(text.split(":///", 1)[1] if ":///" in text else parts.netloc + parts.path)
        return _duckdb(path), f"duckdb {path}", path
    shown = _without_password(parts)
    if scheme in ("postgres", "postgresql"):
        return dlt.destinations.postgres(credentials=text), shown, None
    from dlt.common.destination import Destination

    return Destination.from_reference(scheme, credentials=text), shown, None


def _duckdb(path: Path) -> Any:
    """DuckDB at `path` (imported here: a warehouse needs no duckdb installed)."""
    try:
        from ._duckdb import TypedDuckDb
    except ImportError as exc:
        raise ModuleNotFoundError(
            f"a DuckDB destination needs duckdb, from the sync extra: {INSTALL_HINT}", name="duckdb"
        ) from exc
    return TypedDuckDb(str(path))


def _without_password(parts: Any) -> str:
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}:***@{host}" if ":" in user else netloc
    return str(urlunsplit((parts.scheme, netloc, parts.path, "", "")))


def _orgs(orgs: Sequence[str] | Literal["all"] | None, make: ClientFactory) -> list[str]:
    if orgs == "all":
        # ListOrgs needs no organization: the default client gets a stand-in if none is set.
        listing = make if make is not _default_factory else _any_org_factory
        with listing(None) as client:
            found = [o.org_id for o in client.session.list_orgs() if o.org_id]
        if not found:
            raise ConfigurationError("ListOrgs found no organization for these credentials")
        return found
    if orgs is None:
        with make(None) as client:
            return [client.org_id]
    return list(dict.fromkeys(orgs))


def run_sync(
    to: str | Path | Any = DEFAULT_DUCKDB,
    *,
    orgs: Sequence[str] | Literal["all"] | None = None,
    client_factory: ClientFactory | None = None,
    entities: Sequence[str] | None = None,
    full_refresh: bool = False,
    overlap: dt.timedelta = dt.timedelta(0),
    dataset_name: str | None = None,
    pipeline_name: str = "billcom",
    working_dir: str | Path | None = None,
    budget: HourlyBudget | None = None,
    page_size: int = LIST_MAX_PAGE_SIZE,
    loader_file_format: TLoaderFileFormat | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> SyncReport:
    """Mirror organizations into a database; return what changed.

    `to`: a DuckDB file (path or `duckdb:///file`), a connection URL (`postgresql://...`,
    `snowflake://...`), a dlt destination name configured the dlt way (`bigquery`), or a dlt
    destination object. `orgs`: org ids, `"all"` (every org ListOrgs gives), or None (the one
    the client is configured for). `client_factory(org_id)` makes each org's client (default:
    `BillCom(org_id=..., wait_on_rate_limit=True)`, credentials from BILLCOM_*); every org gets
    its own, within its concurrency cap, and they share one `budget` of the developer key's
    hourly requests. `entities`: names (`Bill`) or tables (`bills`); default: all that List
    reads without MFA. `full_refresh`: drop the entities' tables (every org's rows) and cursors,
    and read everything again.
    `overlap`: how far before the last cursor to read again (the cursor's own millisecond is
    always read again). `dataset_name`: the schema the tables go in (default: `main` in a DuckDB
    file, so `SELECT * FROM bills` works there; `billcom` elsewhere). `working_dir`: dlt's working folder, where an interrupted sync's data
    waits to be loaded (default: beside a DuckDB file, else dlt's own).
    """
    started = time.monotonic()
    make = client_factory or _default_factory
    notify = on_progress or (lambda progress: None)
    destination, shown, duckdb_file = destination_of(to)
    if duckdb_file is not None:
        dataset_name = dataset_name or DUCKDB_DATASET
        if dataset_name == duckdb_file.stem:
            raise ConfigurationError(
                f"DuckDB names the file's catalog {duckdb_file.stem!r}, so the dataset cannot "
                "have that name too: choose another dataset or file name"
            )
        if working_dir is None:
            working_dir = duckdb_file.with_name(duckdb_file.name + ".dlt")
        loader_file_format = loader_file_format or "jsonl"  # see _duckdb
    dataset_name = dataset_name or DATASET
    infos = entity_infos(entities)
    budget = budget or HourlyBudget()
    org_ids = _orgs(orgs, make)
    lock = threading.Lock()

    def done(tally: Tally) -> None:
        with lock:
            notify(Progress("read", tally))

    def paged(tally: Tally) -> None:
        with lock:
            notify(Progress("page", tally))

    with ExitStack() as stack:
        stack.enter_context(dlt.config.values(_dlt_settings()))
        pipeline = dlt.pipeline(
            pipeline_name=pipeline_name,
            # dlt's own folder (under ~/.dlt) when None, though its signature says str
            pipelines_dir=cast(str, None if working_dir is None else str(working_dir)),
            destination=destination,
            dataset_name=dataset_name,
        )
        resumed = pipeline.has_pending_data
        if resumed:
            # A sync was interrupted after reading: load what it read before reading anew.
            notify(Progress("resume"))
            pipeline.normalize()
            pipeline.load()
        else:
            # The cursors travel with the data: a working folder lost (a fresh container, CI)
            # takes them back from the destination, as dlt's own run() does.
            pipeline.sync_destination()
        clients = {}
        for org in org_ids:
            client = stack.enter_context(make(org))
            if not client.options.wait_on_rate_limit:
                client = client.with_options(wait_on_rate_limit=True)
            clients[org] = client
        reads = entity_reads(clients, infos, budget, overlap, page_size, paged)
        notify(Progress("read"))
        pipeline.extract(
            source_of(reads, done),
            refresh="drop_resources" if full_refresh else None,
            loader_file_format=loader_file_format,
        )
        notify(Progress("normalize"))
        pipeline.normalize()
        notify(Progress("load"))
        pipeline.load()
    report = SyncReport(
        destination=shown,
        dataset=dataset_name,
        orgs=tuple(org_ids),
        entities=tuple(_entity_report(info, reads[info.name]) for info in infos),
        tallies=tuple(read.tally for group in reads.values() for read in group),
        seconds=time.monotonic() - started,
        resumed=resumed,
    )
    notify(Progress("done"))
    return report


def _dlt_settings() -> dict[str, Any]:
    """dlt configuration for the run: intermediate files uncompressed (they live minutes and
    gzip costs more CPU than the load), and deleted once loaded, as is the staging copy in the
    database (a mirror run every hour would otherwise keep every load twice); no telemetry
    unless configured."""
    settings: dict[str, Any] = {
        "data_writer.disable_compression": True,
        "load.delete_completed_jobs": True,
        "load.truncate_staging_dataset": True,
    }
    if "runtime.dlthub_telemetry" not in dlt.config and not os.environ.get(
        "RUNTIME__DLTHUB_TELEMETRY"
    ):
        settings["runtime.dlthub_telemetry"] = False
    return settings


def _entity_report(info: EntityInfo, reads: list[EntityRead]) -> EntityReport:
    tallies = [read.tally for read in reads]
    return EntityReport(
        entity=info.name,
        table=str(info.resource),
        added=sum(t.added for t in tallies),
        updated=sum(t.updated for t in tallies),
        deleted=sum(t.deleted for t in tallies),
        fetched=sum(t.fetched for t in tallies),
        list_calls=sum(t.pages for t in tallies),
        errors=tuple(f"org {t.org_id}: {t.error}" for t in tallies if t.error),
    )
