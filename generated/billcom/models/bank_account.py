# Generated from spec/entities/BankAccount.yaml by codegen. Do not edit: run make generate.
"""BankAccount: One of the organization's own bank accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    Date,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "BankAccount",
    "BankAccountAmountFilter",
    "BankAccountDateFilter",
    "BankAccountField",
    "BankAccountFilter",
    "BankAccountFilterField",
    "BankAccountFlagFilter",
    "BankAccountIsActive",
    "BankAccountIsActiveFilter",
    "BankAccountSort",
    "BankAccountStatus",
    "BankAccountStatusFilter",
    "BankAccountTextFilter",
    "BankAccountTimeFilter",
    "BankAccountVerificationLevel",
    "BankAccountVerificationLevelFilter",
    "BankAccountVerifyStatus",
    "BankAccountVerifyStatusFilter",
]


class BankAccountIsActive(StrEnum):
    """Codes of `BankAccount.isActive`: Whether the account is active."""

    ACTIVE = "1"
    INACTIVE = "2"


class BankAccountStatus(StrEnum):
    """Codes of `BankAccount.status`: Verification status (VS codes)."""

    NOT_VERIFIED = "0"
    VERIFIED = "1"
    PENDING = "2"
    BLOCKED = "3"
    EXPIRED = "4"
    INVALID = "5"


class BankAccountVerificationLevel(StrEnum):
    """Codes of `BankAccount.verificationLevel`: Fraud verification level."""

    NONE = "0"
    RELAXED_FRAUD_VERIFICATION = "1"
    STRICT_FRAUD_VERIFICATION = "2"
    VERIFIED = "3"


class BankAccountVerifyStatus(StrEnum):
    """Codes of `BankAccount.verifyStatus`: ACH and Instant Transfer verification state."""

    ACH_VERIFIED = "0"
    INSTANT_TRANSFER_AVAILABILITY_CHECK = "1"
    """Instant Transfer availability check running"""
    INSTANT_TRANSFER_APPROVAL = "2"
    """Instant Transfer approval running"""
    INSTANT_TRANSFER_VERIFIED = "3"
    """Instant Transfer verified (falls back to ACH verified on failure)"""


class BankAccount(BillComModel):
    """One of the organization's own bank accounts."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "accountNumber",
            "autoAdminAuth",
            "bankBalance",
            "bankName",
            "chartOfAccountId",
            "createdTime",
            "dateEstablished",
            "id",
            "isActive",
            "isPersonalAcct",
            "isSavings",
            "nameOnAcct",
            "primaryAP",
            "primaryAR",
            "routingNumber",
            "status",
            "updatedTime",
            "usersId",
            "verificationLevel",
            "verifyStatus",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "usersId": "string",
        "chartOfAccountId": "string",
        "status": "enum",
        "primaryAP": "boolean",
        "primaryAR": "boolean",
        "isSavings": "boolean",
        "isPersonalAcct": "boolean",
        "autoAdminAuth": "boolean",
        "dateEstablished": "date",
        "verificationLevel": "enum",
        "bankBalance": "number",
        "verifyStatus": "enum",
    }

    entity: Lenient[str] = Field(default="BankAccount", alias="entity")
    """The wire name of the object's type: "BankAccount"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix bac)."""
    is_active: Lenient[Annotated[BankAccountIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the account is active."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the account was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the account was last changed (UTC)."""
    bank_name: Lenient[str] | None = Field(default=None, alias="bankName")
    """Name of the bank."""
    name_on_acct: Lenient[str] | None = Field(default=None, alias="nameOnAcct")
    """Account holder name."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Account number, masked, e.g. '******9606'."""
    routing_number: Lenient[str] | None = Field(default=None, alias="routingNumber")
    """Routing number, masked, e.g. '*****0021'."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User the account belongs to."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Mapped GL account."""
    status: Lenient[Annotated[BankAccountStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """Verification status (VS codes)."""
    primary_ap: Lenient[Boolean] | None = Field(default=None, alias="primaryAP")
    """Whether this is the default pay-from account."""
    primary_ar: Lenient[Boolean] | None = Field(default=None, alias="primaryAR")
    """Whether this is the default deposit account."""
    is_savings: Lenient[Boolean] | None = Field(default=None, alias="isSavings")
    """Savings (true) or checking (false) account."""
    is_personal_acct: Lenient[Boolean] | None = Field(default=None, alias="isPersonalAcct")
    """Personal (true) or business (false) account."""
    auto_admin_auth: Lenient[Boolean] | None = Field(default=None, alias="autoAdminAuth")
    """Whether administrators are auto-authorized."""
    date_established: Lenient[Date] | None = Field(default=None, alias="dateEstablished")
    """Date the account was established; null seen."""
    verification_level: (
        Lenient[Annotated[BankAccountVerificationLevel, Code] | UnknownCode] | None
    ) = Field(default=None, alias="verificationLevel")
    """Fraud verification level."""
    bank_balance: Lenient[Number] | None = Field(default=None, alias="bankBalance")
    """Bank balance."""
    verify_status: Lenient[Annotated[BankAccountVerifyStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="verifyStatus"
    )
    """ACH and Instant Transfer verification state."""


BankAccountField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "bankName",
    "nameOnAcct",
    "accountNumber",
    "routingNumber",
    "usersId",
    "chartOfAccountId",
    "status",
    "primaryAP",
    "primaryAR",
    "isSavings",
    "isPersonalAcct",
    "autoAdminAuth",
    "dateEstablished",
    "verificationLevel",
    "bankBalance",
    "verifyStatus",
]
"""A field of BankAccount that List sorts may name."""

BankAccountFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "usersId",
    "chartOfAccountId",
    "status",
    "primaryAP",
    "primaryAR",
    "isSavings",
    "isPersonalAcct",
    "autoAdminAuth",
    "dateEstablished",
    "verificationLevel",
    "bankBalance",
    "verifyStatus",
]
"""A field of BankAccount that List filters may name: the API filters on these only."""


class BankAccountTextFilter(TypedDict):
    """A List filter on id, usersId, chartOfAccountId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "usersId",
        "chartOfAccountId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class BankAccountIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: BankAccountIsActive | str | Sequence[BankAccountIsActive | str]


class BankAccountTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class BankAccountStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: BankAccountStatus | str | Sequence[BankAccountStatus | str]


class BankAccountFlagFilter(TypedDict):
    """A List filter on primaryAP, primaryAR, isSavings, isPersonalAcct, autoAdminAuth; `in` and `nin` take a sequence of values."""

    field: Literal[
        "primaryAP",
        "primaryAR",
        "isSavings",
        "isPersonalAcct",
        "autoAdminAuth",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class BankAccountDateFilter(TypedDict):
    """A List filter on dateEstablished; `in` and `nin` take a sequence of values."""

    field: Literal["dateEstablished",]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class BankAccountVerificationLevelFilter(TypedDict):
    """A List filter on verificationLevel; `in` and `nin` take a sequence of values."""

    field: Literal["verificationLevel",]
    op: FilterOperator
    value: BankAccountVerificationLevel | str | Sequence[BankAccountVerificationLevel | str]


class BankAccountAmountFilter(TypedDict):
    """A List filter on bankBalance; `in` and `nin` take a sequence of values."""

    field: Literal["bankBalance",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class BankAccountVerifyStatusFilter(TypedDict):
    """A List filter on verifyStatus; `in` and `nin` take a sequence of values."""

    field: Literal["verifyStatus",]
    op: FilterOperator
    value: BankAccountVerifyStatus | str | Sequence[BankAccountVerifyStatus | str]


BankAccountFilter = (
    BankAccountTextFilter
    | BankAccountIsActiveFilter
    | BankAccountTimeFilter
    | BankAccountStatusFilter
    | BankAccountFlagFilter
    | BankAccountDateFilter
    | BankAccountVerificationLevelFilter
    | BankAccountAmountFilter
    | BankAccountVerifyStatusFilter
)
"""A List filter on BankAccount, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class BankAccountSort(TypedDict):
    """A List sort key on BankAccount."""

    field: BankAccountField
    asc: bool
