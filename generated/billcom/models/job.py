# Generated from spec/entities/Job.yaml by codegen. Do not edit: run make generate.
"""Job: A job or project, a dimension for coding transactions."""

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
    "Job",
    "JobCreateParams",
    "JobCreateParamsModel",
    "JobField",
    "JobFilter",
    "JobFilterField",
    "JobIsActive",
    "JobIsActiveFilter",
    "JobSort",
    "JobTextFilter",
    "JobTimeFilter",
    "JobUpdateParams",
    "JobUpdateParamsModel",
]


class JobIsActive(StrEnum):
    """Codes of `Job.isActive`: Whether the job is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class Job(BillComModel):
    """A job or project, a dimension for coding transactions."""

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
        "parentJobId": "string",
        "mergedIntoId": "string",
    }

    entity: Lenient[str] = Field(default="Job", alias="entity")
    """The wire name of the object's type: "Job"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix job); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[JobIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the job is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the job was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the job was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Job name (the leaf, not the full path)."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short name."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Job description."""
    parent_job_id: Lenient[str] | None = Field(default=None, alias="parentJobId")
    """Parent job; twenty zeros when none."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Job this one was merged into; twenty zeros unless merged."""


class JobCreateParams(TypedDict, total=False):
    """Keyword arguments for Job."""

    is_active: NotRequired[JobIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_job_id: NotRequired[str | None]


class JobCreateParamsModel(ParamsModel):
    """Validates and serializes `JobCreateParams`."""

    __entity__: ClassVar[str | None] = "Job"
    __model__: ClassVar[type[BillComModel] | None] = Job

    is_active: Annotated[JobIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_job_id: str | None = Field(default=None, alias="parentJobId")


class JobUpdateParams(TypedDict, total=False):
    """Keyword arguments for Job."""

    is_active: NotRequired[JobIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_job_id: NotRequired[str | None]


class JobUpdateParamsModel(ParamsModel):
    """Validates and serializes `JobUpdateParams`."""

    __entity__: ClassVar[str | None] = "Job"
    __model__: ClassVar[type[BillComModel] | None] = Job

    is_active: Annotated[JobIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    description: str | None = Field(default=None, alias="description")
    parent_job_id: str | None = Field(default=None, alias="parentJobId")


JobField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "shortName",
    "description",
    "parentJobId",
    "mergedIntoId",
]
"""A field of Job that List sorts may name."""

JobFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "parentJobId",
    "mergedIntoId",
]
"""A field of Job that List filters may name: the API filters on these only."""


class JobTextFilter(TypedDict):
    """A List filter on id, parentJobId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentJobId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class JobIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: JobIsActive | str | Sequence[JobIsActive | str]


class JobTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


JobFilter = JobTextFilter | JobIsActiveFilter | JobTimeFilter
"""A List filter on Job, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class JobSort(TypedDict):
    """A List sort key on Job."""

    field: JobField
    asc: bool
