# Generated from spec/entities/ActgClass.yaml by codegen. Do not edit: run make generate.
"""ActgClass: An accounting class, a dimension for coding transactions."""

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
    "ActgClass",
    "ActgClassCreateParams",
    "ActgClassCreateParamsModel",
    "ActgClassField",
    "ActgClassFilter",
    "ActgClassFilterField",
    "ActgClassIsActive",
    "ActgClassIsActiveFilter",
    "ActgClassSort",
    "ActgClassTextFilter",
    "ActgClassTimeFilter",
    "ActgClassUpdateParams",
    "ActgClassUpdateParamsModel",
]


class ActgClassIsActive(StrEnum):
    """Codes of `ActgClass.isActive`: Whether the class is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class ActgClass(BillComModel):
    """An accounting class, a dimension for coding transactions."""

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
        "parentActgClassId": "string",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="ActgClass", alias="entity")
    """The wire name of the object's type: "ActgClass"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix cls); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[ActgClassIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the class is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the class was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the class was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Class name (the leaf, not the full path)."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Class description."""
    parent_actg_class_id: Lenient[str] | None = Field(default=None, alias="parentActgClassId")
    """Parent class; twenty zeros when none."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Class this one was merged into; twenty zeros unless merged."""


class ActgClassCreateParams(TypedDict, total=False):
    """Keyword arguments for ActgClass."""

    is_active: NotRequired[ActgClassIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_actg_class_id: NotRequired[str | None]


class ActgClassCreateParamsModel(ParamsModel):
    """Validates and serializes `ActgClassCreateParams`."""

    __entity__: ClassVar[str | None] = "ActgClass"
    __model__: ClassVar[type[BillComModel] | None] = ActgClass

    is_active: Annotated[ActgClassIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_actg_class_id: str | None = Field(default=None, alias="parentActgClassId")


class ActgClassUpdateParams(TypedDict, total=False):
    """Keyword arguments for ActgClass."""

    is_active: NotRequired[ActgClassIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_actg_class_id: NotRequired[str | None]


class ActgClassUpdateParamsModel(ParamsModel):
    """Validates and serializes `ActgClassUpdateParams`."""

    __entity__: ClassVar[str | None] = "ActgClass"
    __model__: ClassVar[type[BillComModel] | None] = ActgClass

    is_active: Annotated[ActgClassIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_actg_class_id: str | None = Field(default=None, alias="parentActgClassId")


ActgClassField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "shortName",
    "description",
    "parentActgClassId",
    "mergedIntoId",
]
"""A field of ActgClass that List sorts may name."""

ActgClassFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentActgClassId",
    "mergedIntoId",
]
"""A field of ActgClass that List filters may name: the API filters on these only."""


class ActgClassTextFilter(TypedDict):
    """A List filter on id, parentActgClassId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentActgClassId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ActgClassIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: ActgClassIsActive | str | Sequence[ActgClassIsActive | str]


class ActgClassTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


ActgClassFilter = ActgClassTextFilter | ActgClassIsActiveFilter | ActgClassTimeFilter
"""A List filter on ActgClass, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ActgClassSort(TypedDict):
    """A List sort key on ActgClass."""

    field: ActgClassField
    asc: bool
