# Generated from spec/entities/Profile.yaml by codegen. Do not edit: run make generate.
"""Profile: A user role that governs what its users may do, such as approve or pay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Code,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Profile",
    "ProfileField",
    "ProfileFilter",
    "ProfileFilterField",
    "ProfileSort",
    "ProfileTextFilter",
    "ProfileTimeFilter",
    "ProfileType",
    "ProfileTypeFilter",
]


class ProfileType(StrEnum):
    """Codes of `Profile.type`: Kind of role profile."""

    ADMINISTRATOR = "2"
    CLERK = "3"
    APPROVER = "4"
    ACCOUNTANT = "5"
    CUSTOM = "6"
    PAYER = "7"
    PARTNER = "8"
    AUDITOR = "9"


class Profile(BillComModel):
    """A user role that governs what its users may do, such as approve or pay."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "description", "id", "name", "type", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "type": "enum",
    }

    entity: Lenient[str] = Field(default="Profile", alias="entity")
    """The wire name of the object's type: "Profile"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0po); sent on Read."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the profile was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the profile was last changed (UTC)."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Profile name, e.g. Administrator or Clerk."""
    type: Lenient[Annotated[ProfileType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """Kind of role profile."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Profile description."""


ProfileField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "name",
    "type",
    "description",
]
"""A field of Profile that List sorts may name."""

ProfileFilterField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "type",
]
"""A field of Profile that List filters may name: the API filters on these only."""


class ProfileTextFilter(TypedDict):
    """A List filter on id; `in` and `nin` take a sequence of values."""

    field: Literal["id",]
    op: FilterOperator
    value: str | Sequence[str]


class ProfileTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class ProfileTypeFilter(TypedDict):
    """A List filter on type; `in` and `nin` take a sequence of values."""

    field: Literal["type",]
    op: FilterOperator
    value: ProfileType | str | Sequence[ProfileType | str]


ProfileFilter = ProfileTextFilter | ProfileTimeFilter | ProfileTypeFilter
"""A List filter on Profile, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ProfileSort(TypedDict):
    """A List sort key on Profile."""

    field: ProfileField
    asc: bool
