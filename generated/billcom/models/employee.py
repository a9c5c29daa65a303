# Generated from spec/entities/Employee.yaml by codegen. Do not edit: run make generate.
"""Employee: An employee as an expense-coding dimension (not a User)."""

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
    "Employee",
    "EmployeeCreateParams",
    "EmployeeCreateParamsModel",
    "EmployeeField",
    "EmployeeFilter",
    "EmployeeFilterField",
    "EmployeeIsActive",
    "EmployeeIsActiveFilter",
    "EmployeeSort",
    "EmployeeTextFilter",
    "EmployeeTimeFilter",
    "EmployeeUpdateParams",
    "EmployeeUpdateParamsModel",
]


class EmployeeIsActive(StrEnum):
    """Codes of `Employee.isActive`: Whether the employee is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class Employee(BillComModel):
    """An employee as an expense-coding dimension (not a User)."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "mergedIntoId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["firstName", "lastName"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "parentEmployeeId": "string",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="Employee", alias="entity")
    """The wire name of the object's type: "Employee"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix emp); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[EmployeeIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the employee is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the employee was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the employee was last changed (UTC); bumped on every write."""
    first_name: Lenient[str] | None = Field(default=None, alias="firstName")
    """Employee's first name."""
    last_name: Lenient[str] | None = Field(default=None, alias="lastName")
    """Employee's last name."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    parent_employee_id: Lenient[str] | None = Field(default=None, alias="parentEmployeeId")
    """Parent employee; twenty zeros when none."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Employee this one was merged into; twenty zeros unless merged."""


class EmployeeCreateParams(TypedDict, total=False):
    """Keyword arguments for Employee."""

    is_active: NotRequired[EmployeeIsActive | str | None]
    first_name: Required[str]
    last_name: Required[str]
    short_name: NotRequired[str | None]
    parent_employee_id: NotRequired[str | None]


class EmployeeCreateParamsModel(ParamsModel):
    """Validates and serializes `EmployeeCreateParams`."""

    __entity__: ClassVar[str | None] = "Employee"
    __model__: ClassVar[type[BillComModel] | None] = Employee

    is_active: Annotated[EmployeeIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    first_name: str = Field(alias="firstName")
    last_name: str = Field(alias="lastName")
    short_name: str | None = Field(default=None, alias="shortName")
    parent_employee_id: str | None = Field(default=None, alias="parentEmployeeId")


class EmployeeUpdateParams(TypedDict, total=False):
    """Keyword arguments for Employee."""

    is_active: NotRequired[EmployeeIsActive | str | None]
    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    parent_employee_id: NotRequired[str | None]


class EmployeeUpdateParamsModel(ParamsModel):
    """Validates and serializes `EmployeeUpdateParams`."""

    __entity__: ClassVar[str | None] = "Employee"
    __model__: ClassVar[type[BillComModel] | None] = Employee

    is_active: Annotated[EmployeeIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    short_name: str | None = Field(default=None, alias="shortName")
    parent_employee_id: str | None = Field(default=None, alias="parentEmployeeId")


EmployeeField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "firstName",
    "lastName",
    "shortName",
    "parentEmployeeId",
    "mergedIntoId",
]
"""A field of Employee that List sorts may name."""

EmployeeFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentEmployeeId",
    "mergedIntoId",
]
"""A field of Employee that List filters may name: the API filters on these only."""


class EmployeeTextFilter(TypedDict):
    """A List filter on id, parentEmployeeId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentEmployeeId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class EmployeeIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: EmployeeIsActive | str | Sequence[EmployeeIsActive | str]


class EmployeeTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


EmployeeFilter = EmployeeTextFilter | EmployeeIsActiveFilter | EmployeeTimeFilter
"""A List filter on Employee, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class EmployeeSort(TypedDict):
    """A List sort key on Employee."""

    field: EmployeeField
    asc: bool
