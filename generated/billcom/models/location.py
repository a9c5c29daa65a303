# Generated from spec/entities/Location.yaml by codegen. Do not edit: run make generate.
"""Location: A location, a dimension for coding transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Code,
    CodeInput,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Location",
    "LocationCreateParams",
    "LocationCreateParamsModel",
    "LocationField",
    "LocationFilter",
    "LocationFilterField",
    "LocationIsActive",
    "LocationIsActiveFilter",
    "LocationSort",
    "LocationTextFilter",
    "LocationTimeFilter",
    "LocationUpdateParams",
    "LocationUpdateParamsModel",
]


class LocationIsActive(StrEnum):
    """Codes of `Location.isActive`: Whether the location is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class Location(BillComModel):
    """A location, a dimension for coding transactions."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "mergedIntoId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["name"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "parentLocationId": "string",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="Location", alias="entity")
    """The wire name of the object's type: "Location"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix loc); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[LocationIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the location is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the location was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the location was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Location name (the leaf, not the full path)."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Location description."""
    parent_location_id: Lenient[str] | None = Field(default=None, alias="parentLocationId")
    """Parent location; twenty zeros when none."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Location this one was merged into; twenty zeros unless merged."""


class LocationCreateParams(TypedDict, total=False):
    """Keyword arguments for Location."""

    is_active: NotRequired[LocationIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_location_id: NotRequired[str | None]


class LocationCreateParamsModel(ParamsModel):
    """Validates and serializes `LocationCreateParams`."""

    __entity__: ClassVar[str | None] = "Location"
    __model__: ClassVar[type[BillComModel] | None] = Location

    is_active: Annotated[LocationIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_location_id: str | None = Field(default=None, alias="parentLocationId")


class LocationUpdateParams(TypedDict, total=False):
    """Keyword arguments for Location."""

    is_active: NotRequired[LocationIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_location_id: NotRequired[str | None]


class LocationUpdateParamsModel(ParamsModel):
    """Validates and serializes `LocationUpdateParams`."""

    __entity__: ClassVar[str | None] = "Location"
    __model__: ClassVar[type[BillComModel] | None] = Location

    is_active: Annotated[LocationIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_location_id: str | None = Field(default=None, alias="parentLocationId")


LocationField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "shortName",
    "description",
    "parentLocationId",
    "mergedIntoId",
]
"""A field of Location that List sorts may name."""

LocationFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentLocationId",
    "mergedIntoId",
]
"""A field of Location that List filters may name: the API filters on these only."""


class LocationTextFilter(TypedDict):
    """A List filter on id, parentLocationId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentLocationId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class LocationIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: LocationIsActive | str | Sequence[LocationIsActive | str]


class LocationTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


LocationFilter = LocationTextFilter | LocationIsActiveFilter | LocationTimeFilter
"""A List filter on Location, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class LocationSort(TypedDict):
    """A List sort key on Location."""

    field: LocationField
    asc: bool
