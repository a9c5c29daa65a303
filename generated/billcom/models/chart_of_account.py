# Generated from spec/entities/ChartOfAccount.yaml by codegen. Do not edit: run make generate.
"""ChartOfAccount: A ledger account of the organization's chart of accounts."""

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
    "ChartOfAccount",
    "ChartOfAccountAccountType",
    "ChartOfAccountAccountTypeFilter",
    "ChartOfAccountCa1099FormType",
    "ChartOfAccountCa1099FormTypeFilter",
    "ChartOfAccountCa1099Type",
    "ChartOfAccountCa1099TypeFilter",
    "ChartOfAccountCreateParams",
    "ChartOfAccountCreateParamsModel",
    "ChartOfAccountField",
    "ChartOfAccountFilter",
    "ChartOfAccountFilterField",
    "ChartOfAccountIsActive",
    "ChartOfAccountIsActiveFilter",
    "ChartOfAccountSort",
    "ChartOfAccountTextFilter",
    "ChartOfAccountTimeFilter",
    "ChartOfAccountUpdateParams",
    "ChartOfAccountUpdateParamsModel",
]


class ChartOfAccountIsActive(StrEnum):
    """Codes of `ChartOfAccount.isActive`: Whether the account is active (default 1); Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class ChartOfAccountAccountType(StrEnum):
    """Codes of `ChartOfAccount.accountType`: Kind of ledger account."""

    UNSPECIFIED = "0"
    ACCOUNTS_PAYABLE = "1"
    ACCOUNTS_RECEIVABLE = "2"
    BANK = "3"
    COST_OF_GOODS_SOLD = "4"
    CREDIT_CARD = "5"
    EQUITY = "6"
    EXPENSE = "7"
    FIXED_ASSET = "8"
    INCOME = "9"
    LONG_TERM_LIABILITY = "10"
    OTHER_ASSET = "11"
    OTHER_CURRENT_ASSET = "12"
    OTHER_CURRENT_LIABILITY = "13"
    OTHER_EXPENSE = "14"
    OTHER_INCOME = "15"
    NON_POSTING = "16"


class ChartOfAccountCa1099FormType(StrEnum):
    """Codes of `ChartOfAccount.ca1099FormType`: 1099 form type, used for Sage Intacct sync."""

    NONE = "0"
    MISC = "1"
    """1099-MISC (2021 form)."""
    NEC = "2"
    """1099-NEC (2021 form)."""


class ChartOfAccountCa1099Type(StrEnum):
    """Codes of `ChartOfAccount.ca1099Type`: 1099 box the account's payments are reported in, used for Sage Intacct sync."""

    NONE = "0"
    BOX_1 = "1"
    BOX_2 = "2"
    BOX_3 = "3"
    BOX_4 = "4"
    BOX_5 = "5"
    BOX_6 = "6"
    BOX_7 = "7"
    BOX_8 = "8"
    BOX_9 = "9"
    BOX_10 = "10"
    BOX_11 = "11"
    BOX_12 = "12"
    BOX_13 = "13"
    BOX_14 = "14"


class ChartOfAccount(BillComModel):
    """A ledger account of the organization's chart of accounts."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdTime", "id", "mergedIntoId", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["accountType", "name"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "accountType": "enum",
        "parentChartOfAccountId": "string",
        "mergedIntoId": "string",
        "ca1099FormType": "enum",
        "ca1099Type": "enum",
    }

    entity: Lenient[str] = Field(default="ChartOfAccount", alias="entity")
    """The wire name of the object's type: "ChartOfAccount"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0ca); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[ChartOfAccountIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the account is active (default 1); Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the account was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the account was last changed (UTC); bumped on every write."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Account name."""
    account_type: Lenient[Annotated[ChartOfAccountAccountType, Code] | UnknownCode] | None = Field(
        default=None, alias="accountType"
    )
    """Kind of ledger account."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Account number, shown when the org setting Show Account Numbers is on."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Account description."""
    parent_chart_of_account_id: Lenient[str] | None = Field(
        default=None, alias="parentChartOfAccountId"
    )
    """Parent account in the sub-account hierarchy."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Account this one was merged into; twenty zeros unless merged."""
    ca1099_form_type: (
        Lenient[Annotated[ChartOfAccountCa1099FormType, Code] | UnknownCode] | None
    ) = Field(default=None, alias="ca1099FormType")
    """1099 form type, used for Sage Intacct sync."""
    ca1099_type: Lenient[Annotated[ChartOfAccountCa1099Type, Code] | UnknownCode] | None = Field(
        default=None, alias="ca1099Type"
    )
    """1099 box the account's payments are reported in, used for Sage Intacct sync."""


class ChartOfAccountCreateParams(TypedDict, total=False):
    """Keyword arguments for ChartOfAccount."""

    is_active: NotRequired[ChartOfAccountIsActive | str | None]
    name: Required[str]
    account_type: Required[ChartOfAccountAccountType | str]
    account_number: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_chart_of_account_id: NotRequired[str | None]
    ca1099_form_type: NotRequired[ChartOfAccountCa1099FormType | str | None]
    ca1099_type: NotRequired[ChartOfAccountCa1099Type | str | None]


class ChartOfAccountCreateParamsModel(ParamsModel):
    """Validates and serializes `ChartOfAccountCreateParams`."""

    __entity__: ClassVar[str | None] = "ChartOfAccount"
    __model__: ClassVar[type[BillComModel] | None] = ChartOfAccount

    is_active: Annotated[ChartOfAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    account_type: Annotated[ChartOfAccountAccountType | str, CodeInput] = Field(alias="accountType")
    account_number: str | None = Field(default=None, alias="accountNumber")
    description: str | None = Field(default=None, alias="description")
    parent_chart_of_account_id: str | None = Field(default=None, alias="parentChartOfAccountId")
    ca1099_form_type: Annotated[ChartOfAccountCa1099FormType | str, CodeInput] | None = Field(
        default=None, alias="ca1099FormType"
    )
    ca1099_type: Annotated[ChartOfAccountCa1099Type | str, CodeInput] | None = Field(
        default=None, alias="ca1099Type"
    )


class ChartOfAccountUpdateParams(TypedDict, total=False):
    """Keyword arguments for ChartOfAccount."""

    is_active: NotRequired[ChartOfAccountIsActive | str | None]
    name: NotRequired[str | None]
    account_type: NotRequired[ChartOfAccountAccountType | str | None]
    account_number: NotRequired[str | None]
    description: NotRequired[str | None]
    parent_chart_of_account_id: NotRequired[str | None]
    ca1099_form_type: NotRequired[ChartOfAccountCa1099FormType | str | None]
    ca1099_type: NotRequired[ChartOfAccountCa1099Type | str | None]


class ChartOfAccountUpdateParamsModel(ParamsModel):
    """Validates and serializes `ChartOfAccountUpdateParams`."""

    __entity__: ClassVar[str | None] = "ChartOfAccount"
    __model__: ClassVar[type[BillComModel] | None] = ChartOfAccount

    is_active: Annotated[ChartOfAccountIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    account_type: Annotated[ChartOfAccountAccountType | str, CodeInput] | None = Field(
        default=None, alias="accountType"
    )
    account_number: str | None = Field(default=None, alias="accountNumber")
    description: str | None = Field(default=None, alias="description")
    parent_chart_of_account_id: str | None = Field(default=None, alias="parentChartOfAccountId")
    ca1099_form_type: Annotated[ChartOfAccountCa1099FormType | str, CodeInput] | None = Field(
        default=None, alias="ca1099FormType"
    )
    ca1099_type: Annotated[ChartOfAccountCa1099Type | str, CodeInput] | None = Field(
        default=None, alias="ca1099Type"
    )


ChartOfAccountField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "name",
    "accountType",
    "accountNumber",
    "description",
    "parentChartOfAccountId",
    "mergedIntoId",
    "ca1099FormType",
    "ca1099Type",
]
"""A field of ChartOfAccount that List sorts may name."""

ChartOfAccountFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "accountType",
    "parentChartOfAccountId",
    "mergedIntoId",
    "ca1099FormType",
    "ca1099Type",
]
"""A field of ChartOfAccount that List filters may name: the API filters on these only."""


class ChartOfAccountTextFilter(TypedDict):
    """A List filter on id, parentChartOfAccountId, mergedIntoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "parentChartOfAccountId",
        "mergedIntoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ChartOfAccountIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: ChartOfAccountIsActive | str | Sequence[ChartOfAccountIsActive | str]


class ChartOfAccountTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class ChartOfAccountAccountTypeFilter(TypedDict):
    """A List filter on accountType; `in` and `nin` take a sequence of values."""

    field: Literal["accountType",]
    op: FilterOperator
    value: ChartOfAccountAccountType | str | Sequence[ChartOfAccountAccountType | str]


class ChartOfAccountCa1099FormTypeFilter(TypedDict):
    """A List filter on ca1099FormType; `in` and `nin` take a sequence of values."""

    field: Literal["ca1099FormType",]
    op: FilterOperator
    value: ChartOfAccountCa1099FormType | str | Sequence[ChartOfAccountCa1099FormType | str]


class ChartOfAccountCa1099TypeFilter(TypedDict):
    """A List filter on ca1099Type; `in` and `nin` take a sequence of values."""

    field: Literal["ca1099Type",]
    op: FilterOperator
    value: ChartOfAccountCa1099Type | str | Sequence[ChartOfAccountCa1099Type | str]


ChartOfAccountFilter = (
    ChartOfAccountTextFilter
    | ChartOfAccountIsActiveFilter
    | ChartOfAccountTimeFilter
    | ChartOfAccountAccountTypeFilter
    | ChartOfAccountCa1099FormTypeFilter
    | ChartOfAccountCa1099TypeFilter
)
"""A List filter on ChartOfAccount, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ChartOfAccountSort(TypedDict):
    """A List sort key on ChartOfAccount."""

    field: ChartOfAccountField
    asc: bool
