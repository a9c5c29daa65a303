"""What the sync knows of an entity (from the spec, in `_entities`) and the column types it gives.

Spec types become dlt column types: amounts `decimal` (never a float), dates `date`,
timestamps `timestamp`, codes and ids `text`. An inline object's fields become columns of the
same table (`expense__total_amount`); an array becomes a child table (`bills__bill_line_items`),
typed from its items the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

#: A spec type: a kind name, `"@Entity"` for a nested entity, a dict for an inline object,
#: or a one-item list for an array of that kind.
Kind: TypeAlias = "str | list[Kind] | dict[str, Kind]"

#: Digits kept of an amount (precision, scale): what dlt uses by default, written down.
DECIMAL = (38, 9)
#: Nested entities are followed this deep (a cycle in the spec cannot loop forever).
MAX_DEPTH = 4

_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"data_type": "text"},
    "ref": {"data_type": "text"},
    "enum": {"data_type": "text"},
    "number": {"data_type": "decimal", "precision": DECIMAL[0], "scale": DECIMAL[1]},
    "integer": {"data_type": "bigint"},
    "boolean": {"data_type": "bool"},
    "date": {"data_type": "date"},
    "datetime": {"data_type": "timestamp"},
    "json": {"data_type": "json"},
}


def _column(name: str, kind: str) -> dict[str, Any]:
    return {"name": name, **_SCALARS.get(kind, _SCALARS["string"]), "nullable": True}


@dataclass(frozen=True)
class EntityInfo:
    """One entity of the spec, as the sync sees it."""

    name: str
    #: The client attribute that lists it (`bills`), also its table's name; None: not listable.
    resource: str | None
    #: Whether List needs an MFA-trusted session.
    list_mfa: bool
    #: Whether `updatedTime` is a timestamp List can filter on (else every sync reads it all).
    cursor: bool
    #: Whether objects carry `createdTime` (tells a new object from a changed one).
    created: bool
    #: Timestamps Bill.com moves without moving `updatedTime`, each read from its own cursor
    #: too (a vendor's `lastBalanceUpdate`: its balance changes with its bills).
    also_moved: tuple[str, ...]
    #: `isActive` codes of a deleted object (Delete sets them); empty without `isActive`.
    deleted_codes: tuple[str, ...]
    fields: dict[str, Kind]


def resolve(kind: Kind, entities: dict[str, EntityInfo], depth: int = 0) -> Kind:
    """`kind` with nested entities replaced by their fields (to MAX_DEPTH, then `json`)."""
    if isinstance(kind, str):
        if not kind.startswith("@"):
            return kind
        if depth >= MAX_DEPTH or kind[1:] not in entities:
            return "json"
        kind = entities[kind[1:]].fields
    if isinstance(kind, list):
        return [resolve(kind[0], entities, depth + 1)]
    return {name: resolve(sub, entities, depth + 1) for name, sub in kind.items()}


def columns(fields: dict[str, Kind], prefix: str = "") -> dict[str, dict[str, Any]]:
    """Column hints of a table: scalars, and the fields of inline objects flattened with `__`."""
    out: dict[str, dict[str, Any]] = {}
    for name, kind in fields.items():
        if isinstance(kind, str):
            out[prefix + name] = _column(prefix + name, kind)
        elif isinstance(kind, dict):
            out.update(columns(kind, f"{prefix}{name}__"))
    return out


def child_tables(
    fields: dict[str, Kind], path: tuple[str, ...] = (), prefix: str = ""
) -> dict[tuple[str, ...], dict[str, dict[str, Any]]]:
    """Column hints of the child tables dlt makes of arrays, by their path from the parent (an
    array inside an inline object belongs to the object's table: `expense__chartOfAccountGroup`)."""
    out: dict[tuple[str, ...], dict[str, dict[str, Any]]] = {}
    for name, kind in fields.items():
        if isinstance(kind, list):
            item = kind[0]
            here = (*path, prefix + name)
            if isinstance(item, dict):
                out[here] = columns(item)
                out.update(child_tables(item, here))
            elif isinstance(item, str):
                out[here] = {"value": _column("value", item)}
        elif isinstance(kind, dict):
            out.update(child_tables(kind, path, f"{prefix}{name}__"))
    return out
