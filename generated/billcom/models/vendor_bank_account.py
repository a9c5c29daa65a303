# Generated from spec/entities/VendorBankAccount.yaml by codegen. Do not edit: run make generate.
"""VendorBankAccount: A vendor's bank account for ePayments."""

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
    "VendorBankAccount",
    "VendorBankAccountBankAddSource",
    "VendorBankAccountBankAddSourceFilter",
    "VendorBankAccountCreateParams",
    "VendorBankAccountCreateParamsModel",
    "VendorBankAccountField",
    "VendorBankAccountFilter",
    "VendorBankAccountFilterField",
    "VendorBankAccountFlagFilter",
    "VendorBankAccountIntlPaymentType",
    "VendorBankAccountIntlPaymentTypeFilter",
    "VendorBankAccountIsActive",
    "VendorBankAccountIsActiveFilter",
    "VendorBankAccountSort",
    "VendorBankAccountStatus",
    "VendorBankAccountStatusFilter",
    "VendorBankAccountTextFilter",
    "VendorBankAccountTimeFilter",
    "VendorBankAccountUpdateParams",
    "VendorBankAccountUpdateParamsModel",
]


class VendorBankAccountIsActive(StrEnum):
    """Codes of `VendorBankAccount.isActive`: Whether the account is active; Delete sets 2."""

    ACTIVE = "1"
    INACTIVE = "2"


class VendorBankAccountStatus(StrEnum):
    """Codes of `VendorBankAccount.status`: Verification status (VS codes); 3, 4 or 5 reset the vendor's payBy to check."""

    NOT_VERIFIED = "0"
    VERIFIED = "1"
    PENDING = "2"
    BLOCKED = "3"
    EXPIRED = "4"
    INVALID = "5"


class VendorBankAccountIntlPaymentType(StrEnum):
    """Codes of `VendorBankAccount.intlPaymentType`: International payment type."""

    NONE = "0"
    WIRE = "1"
    INTERNATIONAL_ACH = "2"


class VendorBankAccountBankAddSource(StrEnum):
    """Codes of `VendorBankAccount.bankAddSource`: How the account was added; 1 after an API create."""

    NOT_AVAILABLE = "1"
    USER_MANUAL = "2"
    USER_IVA = "3"
    """User via IVA"""
    VENDOR_PORTAL = "4"
    USER_CLONE = "5"
    INTL_PROCESSOR_MIGRATION = "6"


class VendorBankAccount(BillComModel):
    """A vendor's bank account for ePayments."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["bankCountry", "createdTime", "id", "intlEPaymentAcct", "status", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["accountNumber", "routingNumber", "vendorId"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "vendorId": "string",
        "usersId": "string",
        "status": "enum",
        "isSavings": "boolean",
        "isPersonalAcct": "boolean",
        "intlEPaymentAcct": "boolean",
        "intlPaymentType": "enum",
        "paymentCurrency": "string",
        "bankCountry": "string",
        "bankAddSource": "enum",
    }

    entity: Lenient[str] = Field(default="VendorBankAccount", alias="entity")
    """The wire name of the object's type: "VendorBankAccount"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix vba)."""
    is_active: Lenient[Annotated[VendorBankAccountIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the account is active; Delete sets 2."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the account was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the account was last changed (UTC)."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor that owns the account."""
    name_on_acct: Lenient[str] | None = Field(default=None, alias="nameOnAcct")
    """Account holder name."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Bank account number; masked on read, e.g. '******4321'."""
    routing_number: Lenient[str] | None = Field(default=None, alias="routingNumber")
    """Bank routing number; masked in older replies, plain in recent ones."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who added the account."""
    status: Lenient[Annotated[VendorBankAccountStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Verification status (VS codes); 3, 4 or 5 reset the vendor's payBy to check."""
    is_savings: Lenient[Boolean] | None = Field(default=None, alias="isSavings")
    """Savings (true) or checking (false) account; required for international accounts."""
    is_personal_acct: Lenient[Boolean] | None = Field(default=None, alias="isPersonalAcct")
    """Personal (true) or business (false) account."""
    intl_e_payment_acct: Lenient[Boolean] | None = Field(default=None, alias="intlEPaymentAcct")
    """Whether the account is eligible for international ePayment."""
    intl_payment_type: (
        Lenient[Annotated[VendorBankAccountIntlPaymentType, Code] | UnknownCode] | None
    ) = Field(default=None, alias="intlPaymentType")
    """International payment type."""
    payment_currency: Lenient[str] | None = Field(default=None, alias="paymentCurrency")
    """Payment currency (ISO 4217 alpha-3); sets the vendor's paymentCurrency."""
    bank_country: Lenient[str] | None = Field(default=None, alias="bankCountry")
    """Country of the bank."""
    vendor_bank_data: Lenient[str] | None = Field(default=None, alias="vendorBankData")
    """International bank data."""
    intl_template_key: Lenient[str] | None = Field(default=None, alias="intlTemplateKey")
    """International bank-data template key."""
    bank_add_source: (
        Lenient[Annotated[VendorBankAccountBankAddSource, Code] | UnknownCode] | None
    ) = Field(default=None, alias="bankAddSource")
    """How the account was added; 1 after an API create."""
    regulatory1: Lenient[str] | None = Field(default=None, alias="regulatory1")
    """Country-specific regulatory field 1; select partners only."""
    regulatory2: Lenient[str] | None = Field(default=None, alias="regulatory2")
    """Country-specific regulatory field 2; select partners only."""
    regulatory3: Lenient[str] | None = Field(default=None, alias="regulatory3")
    """Country-specific regulatory field 3; select partners only."""
    regulatory4: Lenient[str] | None = Field(default=None, alias="regulatory4")
    """Country-specific regulatory field 4; select partners only."""
    regulatory5: Lenient[str] | None = Field(default=None, alias="regulatory5")
    """Country-specific regulatory field 5; select partners only."""
    regulatory6: Lenient[str] | None = Field(default=None, alias="regulatory6")
    """Country-specific regulatory field 6; select partners only."""
    regulatory7: Lenient[str] | None = Field(default=None, alias="regulatory7")
    """Country-specific regulatory field 7; select partners only."""


class VendorBankAccountCreateParams(TypedDict, total=False):
    """Keyword arguments for VendorBankAccount."""

    is_active: NotRequired[VendorBankAccountIsActive | str | None]
    vendor_id: Required[str]
    name_on_acct: NotRequired[str | None]
    account_number: Required[str]
    routing_number: Required[str]
    users_id: NotRequired[str | None]
    is_savings: NotRequired[bool | None]
    is_personal_acct: NotRequired[bool | None]
    intl_payment_type: NotRequired[VendorBankAccountIntlPaymentType | str | None]
    payment_currency: NotRequired[str | None]
    vendor_bank_data: NotRequired[str | None]
    intl_template_key: NotRequired[str | None]
    bank_add_source: NotRequired[VendorBankAccountBankAddSource | str | None]
    regulatory1: NotRequired[str | None]
    regulatory2: NotRequired[str | None]
    regulatory3: NotRequired[str | None]
    regulatory4: NotRequired[str | None]
    regulatory5: NotRequired[str | None]
    regulatory6: NotRequired[str | None]
    regulatory7: NotRequired[str | None]


class VendorBankAccountCreateParamsModel(ParamsModel):
    """Validates and serializes `VendorBankAccountCreateParams`."""

    __entity__: ClassVar[str | None] = "VendorBankAccount"
    __model__: ClassVar[type[BillComModel] | None] = VendorBankAccount

    is_active: Annotated[VendorBankAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str = Field(alias="vendorId")
    name_on_acct: str | None = Field(default=None, alias="nameOnAcct")
    account_number: str = Field(alias="accountNumber")
    routing_number: str = Field(alias="routingNumber")
    users_id: str | None = Field(default=None, alias="usersId")
    is_savings: Boolean | None = Field(default=None, alias="isSavings")
    is_personal_acct: Boolean | None = Field(default=None, alias="isPersonalAcct")
    intl_payment_type: Annotated[VendorBankAccountIntlPaymentType | str, CodeInput] | None = Field(
        default=None, alias="intlPaymentType"
    )
    payment_currency: str | None = Field(default=None, alias="paymentCurrency")
    vendor_bank_data: str | None = Field(default=None, alias="vendorBankData")
    intl_template_key: str | None = Field(default=None, alias="intlTemplateKey")
    bank_add_source: Annotated[VendorBankAccountBankAddSource | str, CodeInput] | None = Field(
        default=None, alias="bankAddSource"
    )
    regulatory1: str | None = Field(default=None, alias="regulatory1")
    regulatory2: str | None = Field(default=None, alias="regulatory2")
    regulatory3: str | None = Field(default=None, alias="regulatory3")
    regulatory4: str | None = Field(default=None, alias="regulatory4")
    regulatory5: str | None = Field(default=None, alias="regulatory5")
    regulatory6: str | None = Field(default=None, alias="regulatory6")
    regulatory7: str | None = Field(default=None, alias="regulatory7")


class VendorBankAccountUpdateParams(TypedDict, total=False):
    """Keyword arguments for VendorBankAccount."""

    is_active: NotRequired[VendorBankAccountIsActive | str | None]
    vendor_id: NotRequired[str | None]
    name_on_acct: NotRequired[str | None]
    account_number: NotRequired[str | None]
    routing_number: NotRequired[str | None]
    users_id: NotRequired[str | None]
    is_savings: NotRequired[bool | None]
    is_personal_acct: NotRequired[bool | None]
    intl_payment_type: NotRequired[VendorBankAccountIntlPaymentType | str | None]
    payment_currency: NotRequired[str | None]
    vendor_bank_data: NotRequired[str | None]
    intl_template_key: NotRequired[str | None]
    bank_add_source: NotRequired[VendorBankAccountBankAddSource | str | None]
    regulatory1: NotRequired[str | None]
    regulatory2: NotRequired[str | None]
    regulatory3: NotRequired[str | None]
    regulatory4: NotRequired[str | None]
    regulatory5: NotRequired[str | None]
    regulatory6: NotRequired[str | None]
    regulatory7: NotRequired[str | None]


class VendorBankAccountUpdateParamsModel(ParamsModel):
    """Validates and serializes `VendorBankAccountUpdateParams`."""

    __entity__: ClassVar[str | None] = "VendorBankAccount"
    __model__: ClassVar[type[BillComModel] | None] = VendorBankAccount

    is_active: Annotated[VendorBankAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str | None = Field(default=None, alias="vendorId")
    name_on_acct: str | None = Field(default=None, alias="nameOnAcct")
    account_number: str | None = Field(default=None, alias="accountNumber")
    routing_number: str | None = Field(default=None, alias="routingNumber")
    users_id: str | None = Field(default=None, alias="usersId")
    is_savings: Boolean | None = Field(default=None, alias="isSavings")
    is_personal_acct: Boolean | None = Field(default=None, alias="isPersonalAcct")
    intl_payment_type: Annotated[VendorBankAccountIntlPaymentType | str, CodeInput] | None = Field(
        default=None, alias="intlPaymentType"
    )
    payment_currency: str | None = Field(default=None, alias="paymentCurrency")
    vendor_bank_data: str | None = Field(default=None, alias="vendorBankData")
    intl_template_key: str | None = Field(default=None, alias="intlTemplateKey")
    bank_add_source: Annotated[VendorBankAccountBankAddSource | str, CodeInput] | None = Field(
        default=None, alias="bankAddSource"
    )
    regulatory1: str | None = Field(default=None, alias="regulatory1")
    regulatory2: str | None = Field(default=None, alias="regulatory2")
    regulatory3: str | None = Field(default=None, alias="regulatory3")
    regulatory4: str | None = Field(default=None, alias="regulatory4")
    regulatory5: str | None = Field(default=None, alias="regulatory5")
    regulatory6: str | None = Field(default=None, alias="regulatory6")
    regulatory7: str | None = Field(default=None, alias="regulatory7")


VendorBankAccountField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "vendorId",
    "nameOnAcct",
    "accountNumber",
    "routingNumber",
    "usersId",
    "status",
    "isSavings",
    "isPersonalAcct",
    "intlEPaymentAcct",
    "intlPaymentType",
    "paymentCurrency",
    "bankCountry",
    "vendorBankData",
    "intlTemplateKey",
    "bankAddSource",
    "regulatory1",
    "regulatory2",
    "regulatory3",
    "regulatory4",
    "regulatory5",
    "regulatory6",
    "regulatory7",
]
"""A field of VendorBankAccount that List sorts may name."""

VendorBankAccountFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "vendorId",
    "usersId",
    "status",
    "isSavings",
    "isPersonalAcct",
    "intlEPaymentAcct",
    "intlPaymentType",
    "paymentCurrency",
    "bankCountry",
    "bankAddSource",
]
"""A field of VendorBankAccount that List filters may name: the API filters on these only."""


class VendorBankAccountTextFilter(TypedDict):
    """A List filter on id, vendorId, usersId, paymentCurrency, bankCountry; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "vendorId",
        "usersId",
        "paymentCurrency",
        "bankCountry",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class VendorBankAccountIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: VendorBankAccountIsActive | str | Sequence[VendorBankAccountIsActive | str]


class VendorBankAccountTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class VendorBankAccountStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: VendorBankAccountStatus | str | Sequence[VendorBankAccountStatus | str]


class VendorBankAccountFlagFilter(TypedDict):
    """A List filter on isSavings, isPersonalAcct, intlEPaymentAcct; `in` and `nin` take a sequence of values."""

    field: Literal[
        "isSavings",
        "isPersonalAcct",
        "intlEPaymentAcct",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class VendorBankAccountIntlPaymentTypeFilter(TypedDict):
    """A List filter on intlPaymentType; `in` and `nin` take a sequence of values."""

    field: Literal["intlPaymentType",]
    op: FilterOperator
    value: VendorBankAccountIntlPaymentType | str | Sequence[VendorBankAccountIntlPaymentType | str]


class VendorBankAccountBankAddSourceFilter(TypedDict):
    """A List filter on bankAddSource; `in` and `nin` take a sequence of values."""

    field: Literal["bankAddSource",]
    op: FilterOperator
    value: VendorBankAccountBankAddSource | str | Sequence[VendorBankAccountBankAddSource | str]


VendorBankAccountFilter = (
    VendorBankAccountTextFilter
    | VendorBankAccountIsActiveFilter
    | VendorBankAccountTimeFilter
    | VendorBankAccountStatusFilter
    | VendorBankAccountFlagFilter
    | VendorBankAccountIntlPaymentTypeFilter
    | VendorBankAccountBankAddSourceFilter
)
"""A List filter on VendorBankAccount, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class VendorBankAccountSort(TypedDict):
    """A List sort key on VendorBankAccount."""

    field: VendorBankAccountField
    asc: bool
