# Generated from spec/entities/User.yaml by codegen. Do not edit: run make generate.
"""User: A person who can sign in to the organization, with a role profile."""

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
    "User",
    "UserCreateParams",
    "UserCreateParamsModel",
    "UserField",
    "UserFilter",
    "UserFilterField",
    "UserIsActive",
    "UserIsActiveFilter",
    "UserSort",
    "UserTextFilter",
    "UserTimeFilter",
    "UserTimezoneId",
    "UserTimezoneIdFilter",
    "UserUpdateParams",
    "UserUpdateParamsModel",
]


class UserIsActive(StrEnum):
    """Codes of `User.isActive`: Whether the user is active (default 1); Delete deactivates (2), Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class UserTimezoneId(StrEnum):
    """Codes of `User.timezoneId`: User's time zone."""

    HAWAII_ALEUTIAN = "1"
    """HST"""
    ALASKA = "2"
    """AST"""
    PACIFIC = "3"
    """PST"""
    MOUNTAIN = "4"
    """MST"""
    CENTRAL = "5"
    """CST"""
    EASTERN = "6"
    """EST"""
    PUERTO_RICO_VIRGIN_ISLANDS = "7"
    """PRT"""
    ARGENTINA = "8"
    """AGT"""
    GREENWICH_MEAN = "9"
    """GMT"""
    EUROPEAN_CENTRAL = "10"
    """ECT"""
    EGYPT = "11"
    """ART"""
    EASTERN_AFRICAN = "12"
    """EAT"""
    INDIA = "13"
    """IST"""
    BANGLADESH = "14"
    """BST"""
    VIETNAM = "15"
    """VST"""
    CHINA = "16"
    """PRC"""
    JAPAN = "17"
    """JST"""
    AUSTRALIA_EASTERN = "18"
    """AET"""
    SOLOMON = "19"
    """SST"""
    NEW_ZEALAND = "21"
    """NST"""
    MST7MDT = "22"
    """US Mountain with daylight saving (MST7MDT)"""
    EST5EDT = "23"
    """US Eastern with daylight saving (EST5EDT)"""


class User(BillComModel):
    """A person who can sign in to the organization, with a role profile."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "loginId", "partnerUserGroupType", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["email", "firstName", "lastName", "profileId"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "profileId": "string",
        "timezoneId": "enum",
        "loginId": "string",
    }

    entity: Lenient[str] = Field(default="User", alias="entity")
    """The wire name of the object's type: "User"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 006); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[UserIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the user is active (default 1); Delete deactivates (2), Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the user was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the user was last changed (UTC); bumped on every write."""
    first_name: Lenient[str] | None = Field(default=None, alias="firstName")
    """User's first name."""
    last_name: Lenient[str] | None = Field(default=None, alias="lastName")
    """User's last name."""
    email: Lenient[str] | None = Field(default=None, alias="email")
    """Email address, also the login name."""
    profile_id: Lenient[str] | None = Field(default=None, alias="profileId")
    """Role profile (prefix 0po), which drives approve and pay rights."""
    timezone_id: Lenient[Annotated[UserTimezoneId, Code] | UnknownCode] | None = Field(
        default=None, alias="timezoneId"
    )
    """User's time zone."""
    login_id: Lenient[str] | None = Field(default=None, alias="loginId")
    """System-set login id (prefix 005)."""
    partner_user_group_type: Lenient[str] | None = Field(default=None, alias="partnerUserGroupType")
    """Partner-only user group type."""


class UserCreateParams(TypedDict, total=False):
    """Keyword arguments for User."""

    is_active: NotRequired[UserIsActive | str | None]
    first_name: Required[str]
    last_name: Required[str]
    email: Required[str]
    profile_id: Required[str]
    timezone_id: NotRequired[UserTimezoneId | str | None]


class UserCreateParamsModel(ParamsModel):
    """Validates and serializes `UserCreateParams`."""

    __entity__: ClassVar[str | None] = "User"
    __model__: ClassVar[type[BillComModel] | None] = User

    is_active: Annotated[UserIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    first_name: str = Field(alias="firstName")
    last_name: str = Field(alias="lastName")
    email: str = Field(alias="email")
    profile_id: str = Field(alias="profileId")
    timezone_id: Annotated[UserTimezoneId | str, CodeInput] | None = Field(
        default=None, alias="timezoneId"
    )


class UserUpdateParams(TypedDict, total=False):
    """Keyword arguments for User."""

    is_active: NotRequired[UserIsActive | str | None]
    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    email: NotRequired[str | None]
    profile_id: NotRequired[str | None]
    timezone_id: NotRequired[UserTimezoneId | str | None]


class UserUpdateParamsModel(ParamsModel):
    """Validates and serializes `UserUpdateParams`."""

    __entity__: ClassVar[str | None] = "User"
    __model__: ClassVar[type[BillComModel] | None] = User

    is_active: Annotated[UserIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    email: str | None = Field(default=None, alias="email")
    profile_id: str | None = Field(default=None, alias="profileId")
    timezone_id: Annotated[UserTimezoneId | str, CodeInput] | None = Field(
        default=None, alias="timezoneId"
    )


UserField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "firstName",
    "lastName",
    "email",
    "profileId",
    "timezoneId",
    "loginId",
    "partnerUserGroupType",
]
"""A field of User that List sorts may name."""

UserFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "profileId",
    "timezoneId",
    "loginId",
]
"""A field of User that List filters may name: the API filters on these only."""


class UserTextFilter(TypedDict):
    """A List filter on id, profileId, loginId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "profileId",
        "loginId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class UserIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: UserIsActive | str | Sequence[UserIsActive | str]


class UserTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class UserTimezoneIdFilter(TypedDict):
    """A List filter on timezoneId; `in` and `nin` take a sequence of values."""

    field: Literal["timezoneId",]
    op: FilterOperator
    value: UserTimezoneId | str | Sequence[UserTimezoneId | str]


UserFilter = UserTextFilter | UserIsActiveFilter | UserTimeFilter | UserTimezoneIdFilter
"""A List filter on User, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class UserSort(TypedDict):
    """A List sort key on User."""

    field: UserField
    asc: bool
