# Generated from spec/entities/Department.yaml by codegen. Do not edit: run make generate.
"""Department: A department, a dimension for coding transactions."""

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
    "Department",
    "DepartmentCreateParams",
    "DepartmentCreateParamsModel",
    "DepartmentField",
    "DepartmentFilter",
    "DepartmentFilterField",
    "DepartmentIsActive",
    "DepartmentIsActiveFilter",
    "DepartmentSort",
    "DepartmentTextFilter",
    "DepartmentTimeFilter",
    "DepartmentUpdateParams",
    "DepartmentUpdateParamsModel",
]


class DepartmentIsActive(StrEnum):
    """Codes of `Department.isActive`: Whether the department is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class Department(BillComModel):
    """A department, a dimension for coding transactions."""

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
        "parentDepartmentId": "string",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="Department", alias="entity")
    """The wire name of the object's type: "Department"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0de); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[DepartmentIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the department is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the department was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the department was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Department name (the leaf, not the full path)."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Department description."""
    parent_department_id: Lenient[str] | None = Field(default=None, alias="parentDepartmentId")
    """Parent department; twenty zeros when none."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Department this one was merged into; twenty zeros unless merged."""


class DepartmentCreateParams(TypedDict, total=False):
    """Keyword arguments for Department."""

    is_active: NotRequired[DepartmentIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_department_id: NotRequired[str | None]


class DepartmentCreateParamsModel(ParamsModel):
    """Validates and serializes `DepartmentCreateParams`."""

    __entity__: ClassVar[str | None] = "Department"
    __model__: ClassVar[type[BillComModel] | None] = Department

    is_active: Annotated[DepartmentIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_department_id: str | None = Field(default=None, alias="parentDepartmentId")


class DepartmentUpdateParams(TypedDict, total=False):
    """Keyword arguments for Department."""

    is_active: NotRequired[DepartmentIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_department_id: NotRequired[str | None]


class DepartmentUpdateParamsModel(ParamsModel):
    """Validates and serializes `DepartmentUpdateParams`."""

    __entity__: ClassVar[str | None] = "Department"
    __model__: ClassVar[type[BillComModel] | None] = Department

    is_active: Annotated[DepartmentIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_department_id: str | None = Field(default=None, alias="parentDepartmentId")


DepartmentField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "shortName",
    "description",
    "parentDepartmentId",
    "mergedIntoId",
]
"""A field of Department that List sorts may name."""

DepartmentFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentDepartmentId",
    "mergedIntoId",
]
"""A field of Department that List filters may name: the API filters on these only."""


class DepartmentTextFilter(TypedDict):
    """A List filter on id, parentDepartmentId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentDepartmentId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class DepartmentIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: DepartmentIsActive | str | Sequence[DepartmentIsActive | str]


class DepartmentTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


DepartmentFilter = DepartmentTextFilter | DepartmentIsActiveFilter | DepartmentTimeFilter
"""A List filter on Department, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class DepartmentSort(TypedDict):
    """A List sort key on Department."""

    field: DepartmentField
    asc: bool
