# Generated from spec/entities/Profile.yaml by codegen. Do not edit: run make generate.
"""Profile: A user role that governs what its users may do, such as approve or pay."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import Code, Lenient, Timestamp

__all__ = [
    "Profile",
    "ProfileCreateParams",
    "ProfileCreateParamsModel",
    "ProfileField",
    "ProfileFilter",
    "ProfileFilterField",
    "ProfileIsActive",
    "ProfileSort",
    "ProfileUpdateParams",
    "ProfileUpdateParamsModel",
]


class ProfileIsActive(StrEnum):
    """Codes of `Profile.isActive`: Whether the profile is active (default 1)."""

    ACTIVE = "1"
    INACTIVE = "2"


class Profile(BillComModel):
    """A user role that governs what its users may do, such as approve or pay."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    is_active: Lenient[Annotated[ProfileIsActive, Code]] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the profile is active (default 1)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the profile was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the profile was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Profile name, e.g. Administrator or Clerk."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Profile description."""


class ProfileCreateParams(TypedDict, total=False):
    """Keyword arguments for Profile."""

    is_active: NotRequired[ProfileIsActive | str | None]
    name: Required[str]
    description: NotRequired[str | None]


class ProfileCreateParamsModel(ParamsModel):
    """Validates and serializes `ProfileCreateParams`."""

    __entity__: ClassVar[str | None] = "Profile"

    is_active: ProfileIsActive | str | None = Field(default=None, alias="isActive")
    name: str = Field(alias="name")
    description: str | None = Field(default=None, alias="description")


class ProfileUpdateParams(TypedDict, total=False):
    """Keyword arguments for Profile."""

    is_active: NotRequired[ProfileIsActive | str | None]
    name: NotRequired[str | None]
    description: NotRequired[str | None]


class ProfileUpdateParamsModel(ParamsModel):
    """Validates and serializes `ProfileUpdateParams`."""

    __entity__: ClassVar[str | None] = "Profile"

    is_active: ProfileIsActive | str | None = Field(default=None, alias="isActive")
    name: str | None = Field(default=None, alias="name")
    description: str | None = Field(default=None, alias="description")


ProfileField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "description",
]
"""A field of Profile that List sorts may name."""

ProfileFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
]
"""A field of Profile that List filters may name: the API filters on these only."""


class ProfileFilter(TypedDict):
    """A List filter on Profile, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: ProfileFilterField
    op: FilterOperator
    value: Any


class ProfileSort(TypedDict):
    """A List sort key on Profile."""

    field: ProfileField
    asc: bool
