"""The dlt source: one resource per listable entity, typed from the spec, merged on (org, id)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import dlt
from dlt.extract import DltResource, DltSource

from .._exceptions import BillComError, ConfigurationError
from .._facts import LIST_MAX_PAGE_SIZE
from ._budget import HourlyBudget
from ._entities import ENTITIES
from ._entity import EntityInfo, child_tables, columns, resolve
from ._fetch import ORG_COLUMN, SYNCED_COLUMN, EntityRead, Row, Tally, list_page

if TYPE_CHECKING:
    from .._client import BillCom

#: The dlt source's (and schema's) name.
SOURCE_NAME = "billcom"


def table_hints(info: EntityInfo) -> tuple[dict[str, Any], dict[tuple[str, ...], Any]]:
    """Column hints of the entity's table and of its child tables, from the spec."""
    fields = resolve(info.fields, ENTITIES)
    assert isinstance(fields, dict)
    cols = columns(fields)
    cols[ORG_COLUMN] = {"name": ORG_COLUMN, "data_type": "text", "nullable": False}
    cols["id"] = {"name": "id", "data_type": "text", "nullable": False}
    # Two reads of one object in a load (a sync read it again after it changed): the later wins.
    cols[SYNCED_COLUMN] = {
        "name": SYNCED_COLUMN,
        "data_type": "timestamp",
        "nullable": False,
        "dedup_sort": "desc",
    }
    nested = {path: {"columns": hints} for path, hints in child_tables(fields).items()}
    return cols, nested


def entity_resource(
    info: EntityInfo, reads: Sequence[EntityRead], on_done: Callable[[Tally], None]
) -> DltResource:
    """The resource of one entity over every org: new and changed rows, merged by (org, id)."""
    name = info.resource
    assert name is not None, f"{info.name} cannot be listed"

    def rows() -> Iterator[list[Row]]:
        # Named explicitly: the generator runs on dlt's worker threads.
        orgs: dict[str, Any] = dlt.current.resource_state(name).setdefault("orgs", {})
        for read in reads:
            try:
                yield from read.rows(orgs.setdefault(read.org_id, {}))
            except BillComError as exc:
                # The rest of the entity is read next time (its cursor did not move); other
                # entities and orgs go on.
                read.tally.error = f"{type(exc).__name__}: {exc}"
            on_done(read.tally)

    cols, nested = table_hints(info)
    resource: DltResource = dlt.resource(  # type: ignore[call-overload]
        rows,
        name=name,
        table_name=name,
        primary_key=[ORG_COLUMN, "id"],
        write_disposition={"disposition": "merge", "strategy": "delete-insert"},
        columns=cols,
        nested_hints=nested,
        parallelized=True,
    )
    return resource


def default_entities() -> list[str]:
    """Every entity List can read without an MFA-trusted session, in spec order."""
    return [e.name for e in ENTITIES.values() if e.resource and not e.list_mfa]


def find_entity(name: str) -> EntityInfo:
    """An entity by its name (`Bill`) or its table's (`bills`), in any case."""
    wanted = name.strip().lower()
    for info in ENTITIES.values():
        if info.resource and wanted in (info.name.lower(), info.resource):
            return info
    known = ", ".join(sorted(e.name for e in ENTITIES.values() if e.resource))
    raise ConfigurationError(f"not an entity List can read: {name!r} (known: {known})")


def entity_infos(entities: Sequence[str] | None) -> list[EntityInfo]:
    """The entities named (default: `default_entities()`), each once, in the order given."""
    infos = [find_entity(name) for name in (entities or default_entities())]
    return list({info.name: info for info in infos}.values())


def entity_reads(
    clients: Mapping[str, BillCom],
    infos: Sequence[EntityInfo],
    budget: HourlyBudget,
    overlap: dt.timedelta,
    page_size: int,
    on_page: Callable[[Tally], None] = lambda tally: None,
) -> dict[str, list[EntityRead]]:
    """Entity name -> one read per org, each through that org's client."""
    return {
        info.name: [
            EntityRead(info, org, list_page(client, info.name), budget, overlap, page_size, on_page)
            for org, client in clients.items()
        ]
        for info in infos
    }


def source_of(
    reads: dict[str, list[EntityRead]], on_done: Callable[[Tally], None] = lambda tally: None
) -> DltSource:
    """A dlt source of the given reads (entity name -> one read per org)."""
    resources = [entity_resource(ENTITIES[name], group, on_done) for name, group in reads.items()]

    @dlt.source(name=SOURCE_NAME)
    def billcom() -> list[DltResource]:
        return resources

    source: DltSource = billcom()
    return source


def billcom_source(
    clients: Mapping[str, BillCom],
    entities: Sequence[str] | None = None,
    *,
    overlap: dt.timedelta = dt.timedelta(0),
    budget: HourlyBudget | None = None,
    page_size: int = LIST_MAX_PAGE_SIZE,
) -> DltSource:
    """The dlt source of the given orgs (org id -> its client) for a pipeline of your own:
    one merged, incremental resource per entity (default: every one List reads without MFA).

        pipeline = dlt.pipeline("billcom", destination="postgres", dataset_name="billcom")
        pipeline.run(billcom_source({client.org_id: client}))

    `run_sync` does the same with reports, progress and DuckDB's faster load."""
    return source_of(
        entity_reads(clients, entity_infos(entities), budget or HourlyBudget(), overlap, page_size)
    )
