# Generated from spec/entities/CustomerContact.yaml by codegen. Do not edit: run make generate.
"""CustomerContact: A contact person of a customer who receives its invoice emails."""

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
    "CustomerContact",
    "CustomerContactCreateParams",
    "CustomerContactCreateParamsModel",
    "CustomerContactField",
    "CustomerContactFilter",
    "CustomerContactFilterField",
    "CustomerContactIsActive",
    "CustomerContactIsActiveFilter",
    "CustomerContactSort",
    "CustomerContactTextFilter",
    "CustomerContactTimeFilter",
    "CustomerContactTimezoneId",
    "CustomerContactTimezoneIdFilter",
    "CustomerContactUpdateParams",
    "CustomerContactUpdateParamsModel",
]


class CustomerContactIsActive(StrEnum):
    """Codes of `CustomerContact.isActive`: Whether the contact is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class CustomerContactTimezoneId(StrEnum):
    """Codes of `CustomerContact.timezoneId`: Contact's time zone."""

    PACIFIC = "3"
    MOUNTAIN = "4"
    CENTRAL = "5"
    EASTERN = "6"


class CustomerContact(BillComModel):
    """A contact person of a customer who receives its invoice emails."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["customerId", "email", "firstName"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "customerId": "string",
        "timezoneId": "enum",
    }

    entity: Lenient[str] = Field(default="CustomerContact", alias="entity")
    """The wire name of the object's type: "CustomerContact"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix cpu); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[CustomerContactIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the contact is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the contact was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the contact was last changed (UTC); bumped on every write."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Owning customer."""
    first_name: Lenient[str] | None = Field(default=None, alias="firstName")
    """Contact's first name."""
    last_name: Lenient[str] | None = Field(default=None, alias="lastName")
    """Contact's last name."""
    email: Lenient[str] | None = Field(default=None, alias="email")
    """Email address that receives invoice emails."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number."""
    alt_phone: Lenient[str] | None = Field(default=None, alias="altPhone")
    """Alternate phone number."""
    fax: Lenient[str] | None = Field(default=None, alias="fax")
    """Fax number."""
    timezone_id: Lenient[Annotated[CustomerContactTimezoneId, Code] | UnknownCode] | None = Field(
        default=None, alias="timezoneId"
    )
    """Contact's time zone."""


class CustomerContactCreateParams(TypedDict, total=False):
    """Keyword arguments for CustomerContact."""

    is_active: NotRequired[CustomerContactIsActive | str | None]
    customer_id: Required[str]
    first_name: Required[str]
    last_name: NotRequired[str | None]
    email: Required[str]
    phone: NotRequired[str | None]
    alt_phone: NotRequired[str | None]
    fax: NotRequired[str | None]
    timezone_id: NotRequired[CustomerContactTimezoneId | str | None]


class CustomerContactCreateParamsModel(ParamsModel):
    """Validates and serializes `CustomerContactCreateParams`."""

    __entity__: ClassVar[str | None] = "CustomerContact"
    __model__: ClassVar[type[BillComModel] | None] = CustomerContact

    is_active: Annotated[CustomerContactIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str = Field(alias="customerId")
    first_name: str = Field(alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    email: str = Field(alias="email")
    phone: str | None = Field(default=None, alias="phone")
    alt_phone: str | None = Field(default=None, alias="altPhone")
    fax: str | None = Field(default=None, alias="fax")
    timezone_id: Annotated[CustomerContactTimezoneId | str, CodeInput] | None = Field(
        default=None, alias="timezoneId"
    )


class CustomerContactUpdateParams(TypedDict, total=False):
    """Keyword arguments for CustomerContact."""

    is_active: NotRequired[CustomerContactIsActive | str | None]
    customer_id: NotRequired[str | None]
    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    email: NotRequired[str | None]
    phone: NotRequired[str | None]
    alt_phone: NotRequired[str | None]
    fax: NotRequired[str | None]
    timezone_id: NotRequired[CustomerContactTimezoneId | str | None]


class CustomerContactUpdateParamsModel(ParamsModel):
    """Validates and serializes `CustomerContactUpdateParams`."""

    __entity__: ClassVar[str | None] = "CustomerContact"
    __model__: ClassVar[type[BillComModel] | None] = CustomerContact

    is_active: Annotated[CustomerContactIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str | None = Field(default=None, alias="customerId")
    first_name: str | None = Field(default=None, alias="firstName")
    last_name: str | None = Field(default=None, alias="lastName")
    email: str | None = Field(default=None, alias="email")
    phone: str | None = Field(default=None, alias="phone")
    alt_phone: str | None = Field(default=None, alias="altPhone")
    fax: str | None = Field(default=None, alias="fax")
    timezone_id: Annotated[CustomerContactTimezoneId | str, CodeInput] | None = Field(
        default=None, alias="timezoneId"
    )


CustomerContactField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "firstName",
    "lastName",
    "email",
    "phone",
    "altPhone",
    "fax",
    "timezoneId",
]
"""A field of CustomerContact that List sorts may name."""

CustomerContactFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "timezoneId",
]
"""A field of CustomerContact that List filters may name: the API filters on these only."""


class CustomerContactTextFilter(TypedDict):
    """A List filter on id, customerId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class CustomerContactIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: CustomerContactIsActive | str | Sequence[CustomerContactIsActive | str]


class CustomerContactTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class CustomerContactTimezoneIdFilter(TypedDict):
    """A List filter on timezoneId; `in` and `nin` take a sequence of values."""

    field: Literal["timezoneId",]
    op: FilterOperator
    value: CustomerContactTimezoneId | str | Sequence[CustomerContactTimezoneId | str]


CustomerContactFilter = (
    CustomerContactTextFilter
    | CustomerContactIsActiveFilter
    | CustomerContactTimeFilter
    | CustomerContactTimezoneIdFilter
)
"""A List filter on CustomerContact, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class CustomerContactSort(TypedDict):
    """A List sort key on CustomerContact."""

    field: CustomerContactField
    asc: bool
