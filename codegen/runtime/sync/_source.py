"""The dlt source: one resource per listable entity, typed from the spec, merged on (org, id)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import dlt
from dlt.extract import DltResource, DltSource

from .._exceptions import BillComError
from ._entities import ENTITIES
from ._entity import EntityInfo, child_tables, columns, resolve
from ._fetch import ORG_COLUMN, SYNCED_COLUMN, EntityRead, Row, Tally

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


def billcom_source(
    reads: dict[str, list[EntityRead]], on_done: Callable[[Tally], None] = lambda tally: None
) -> DltSource:
    """A dlt source of the given reads (entity name -> one read per org)."""
    resources = [entity_resource(ENTITIES[name], group, on_done) for name, group in reads.items()]

    @dlt.source(name=SOURCE_NAME)
    def billcom() -> list[DltResource]:
        return resources

    source: DltSource = billcom()
    return source
