# Generated from spec/entities/CustomerBankAccount.yaml by codegen. Do not edit: run make generate.
"""CustomerBankAccount: A customer's bank account that the organization can debit through ChargeCustomer."""

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
    Boolean,
    Code,
    CodeInput,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "CustomerBankAccount",
    "CustomerBankAccountCreateParams",
    "CustomerBankAccountCreateParamsModel",
    "CustomerBankAccountField",
    "CustomerBankAccountFilter",
    "CustomerBankAccountFilterField",
    "CustomerBankAccountIsActive",
    "CustomerBankAccountIsActiveFilter",
    "CustomerBankAccountSort",
    "CustomerBankAccountStatus",
    "CustomerBankAccountTextFilter",
    "CustomerBankAccountTimeFilter",
    "CustomerBankAccountUpdateParams",
    "CustomerBankAccountUpdateParamsModel",
]


class CustomerBankAccountIsActive(StrEnum):
    """Codes of `CustomerBankAccount.isActive`: Whether the account is active (default 1); Delete sets 2."""

    ACTIVE = "1"
    INACTIVE = "2"


class CustomerBankAccountStatus(StrEnum):
    """Codes of `CustomerBankAccount.status`: Verification state of the account."""

    NOT_VERIFIED = "0"
    VERIFIED = "1"
    PENDING = "2"
    BLOCKED = "3"
    EXPIRED = "4"
    INVALID = "5"


class CustomerBankAccount(BillComModel):
    """A customer's bank account that the organization can debit through ChargeCustomer."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "rndDepExpireDate", "status", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["accountNumber", "customerId", "nameOnAccount", "routingNumber"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "customerId": "string",
    }

    entity: Lenient[str] = Field(default="CustomerBankAccount", alias="entity")
    """The wire name of the object's type: "CustomerBankAccount"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix cba); sent on Read/Delete."""
    is_active: Lenient[Annotated[CustomerBankAccountIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the account is active (default 1); Delete sets 2."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the account was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the account was last changed (UTC); bumped on every write."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer owning the account."""
    name_on_account: Lenient[str] | None = Field(default=None, alias="nameOnAccount")
    """Account holder's name."""
    nickname: Lenient[str] | None = Field(default=None, alias="nickname")
    """Nickname for the account."""
    routing_number: Lenient[str] | None = Field(default=None, alias="routingNumber")
    """Nine-digit bank routing number."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Bank account number; may be masked on Read."""
    is_savings: Lenient[Boolean] | None = Field(default=None, alias="isSavings")
    """Whether this is a savings account (false means checking)."""
    is_personal_acct: Lenient[Boolean] | None = Field(default=None, alias="isPersonalAcct")
    """Whether this is a personal rather than a business account."""
    is_written_auth: Lenient[Boolean] | None = Field(default=None, alias="isWrittenAuth")
    """Whether the customer signed a written authorization."""
    is_locked_by_org: Lenient[Boolean] | None = Field(default=None, alias="isLockedByOrg")
    """Whether the account can be edited or deleted only in the BILL web app."""
    is_private: Lenient[Boolean] | None = Field(default=None, alias="isPrivate")
    """Whether the account is marked private."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number kept with the account."""
    cp_user_id: Lenient[str] | None = Field(default=None, alias="cpUserId")
    """The customer's BILL user name."""
    status: Lenient[Annotated[CustomerBankAccountStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Verification state of the account."""
    rnd_dep_expire_date: Lenient[str] | None = Field(default=None, alias="rndDepExpireDate")
    """When the random-deposit verification of the account expires; format not given."""


class CustomerBankAccountCreateParams(TypedDict, total=False):
    """Keyword arguments for CustomerBankAccount."""

    is_active: NotRequired[CustomerBankAccountIsActive | str | None]
    customer_id: Required[str]
    name_on_account: Required[str]
    nickname: NotRequired[str | None]
    routing_number: Required[str]
    account_number: Required[str]
    is_savings: NotRequired[bool | None]
    is_personal_acct: NotRequired[bool | None]
    is_written_auth: NotRequired[bool | None]
    is_locked_by_org: NotRequired[bool | None]
    is_private: NotRequired[bool | None]
    phone: NotRequired[str | None]
    cp_user_id: NotRequired[str | None]


class CustomerBankAccountCreateParamsModel(ParamsModel):
    """Validates and serializes `CustomerBankAccountCreateParams`."""

    __entity__: ClassVar[str | None] = "CustomerBankAccount"
    __model__: ClassVar[type[BillComModel] | None] = CustomerBankAccount

    is_active: Annotated[CustomerBankAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str = Field(alias="customerId")
    name_on_account: str = Field(alias="nameOnAccount")
    nickname: str | None = Field(default=None, alias="nickname")
    routing_number: str = Field(alias="routingNumber")
    account_number: str = Field(alias="accountNumber")
    is_savings: Boolean | None = Field(default=None, alias="isSavings")
    is_personal_acct: Boolean | None = Field(default=None, alias="isPersonalAcct")
    is_written_auth: Boolean | None = Field(default=None, alias="isWrittenAuth")
    is_locked_by_org: Boolean | None = Field(default=None, alias="isLockedByOrg")
    is_private: Boolean | None = Field(default=None, alias="isPrivate")
    phone: str | None = Field(default=None, alias="phone")
    cp_user_id: str | None = Field(default=None, alias="cpUserId")


class CustomerBankAccountUpdateParams(TypedDict, total=False):
    """Keyword arguments for CustomerBankAccount."""

    is_active: NotRequired[CustomerBankAccountIsActive | str | None]
    customer_id: NotRequired[str | None]
    name_on_account: NotRequired[str | None]
    nickname: NotRequired[str | None]
    routing_number: NotRequired[str | None]
    account_number: NotRequired[str | None]
    is_savings: NotRequired[bool | None]
    is_personal_acct: NotRequired[bool | None]
    is_written_auth: NotRequired[bool | None]
    is_locked_by_org: NotRequired[bool | None]
    is_private: NotRequired[bool | None]
    phone: NotRequired[str | None]
    cp_user_id: NotRequired[str | None]


class CustomerBankAccountUpdateParamsModel(ParamsModel):
    """Validates and serializes `CustomerBankAccountUpdateParams`."""

    __entity__: ClassVar[str | None] = "CustomerBankAccount"
    __model__: ClassVar[type[BillComModel] | None] = CustomerBankAccount

    is_active: Annotated[CustomerBankAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str | None = Field(default=None, alias="customerId")
    name_on_account: str | None = Field(default=None, alias="nameOnAccount")
    nickname: str | None = Field(default=None, alias="nickname")
    routing_number: str | None = Field(default=None, alias="routingNumber")
    account_number: str | None = Field(default=None, alias="accountNumber")
    is_savings: Boolean | None = Field(default=None, alias="isSavings")
    is_personal_acct: Boolean | None = Field(default=None, alias="isPersonalAcct")
    is_written_auth: Boolean | None = Field(default=None, alias="isWrittenAuth")
    is_locked_by_org: Boolean | None = Field(default=None, alias="isLockedByOrg")
    is_private: Boolean | None = Field(default=None, alias="isPrivate")
    phone: str | None = Field(default=None, alias="phone")
    cp_user_id: str | None = Field(default=None, alias="cpUserId")


CustomerBankAccountField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "nameOnAccount",
    "nickname",
    "routingNumber",
    "accountNumber",
    "isSavings",
    "isPersonalAcct",
    "isWrittenAuth",
    "isLockedByOrg",
    "isPrivate",
    "phone",
    "cpUserId",
    "status",
    "rndDepExpireDate",
]
"""A field of CustomerBankAccount that List sorts may name."""

CustomerBankAccountFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
]
"""A field of CustomerBankAccount that List filters may name: the API filters on these only."""


class CustomerBankAccountTextFilter(TypedDict):
    """A List filter on id, customerId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class CustomerBankAccountIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: CustomerBankAccountIsActive | str | Sequence[CustomerBankAccountIsActive | str]


class CustomerBankAccountTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


CustomerBankAccountFilter = (
    CustomerBankAccountTextFilter
    | CustomerBankAccountIsActiveFilter
    | CustomerBankAccountTimeFilter
)
"""A List filter on CustomerBankAccount, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class CustomerBankAccountSort(TypedDict):
    """A List sort key on CustomerBankAccount."""

    field: CustomerBankAccountField
    asc: bool
