# Generated from spec/entities/VendorCredit.yaml by codegen. Do not edit: run make generate.
"""VendorCredit: A credit memo received from a vendor, applied against its bills."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Code,
    CodeInput,
    Date,
    DateInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)
from .vendor_credit_line_item import (
    VendorCreditLineItem,
    VendorCreditLineItemCreateParams,
    VendorCreditLineItemCreateParamsModel,
)

__all__ = [
    "VendorCredit",
    "VendorCreditAmountFilter",
    "VendorCreditApprovalStatus",
    "VendorCreditApprovalStatusFilter",
    "VendorCreditCreateParams",
    "VendorCreditCreateParamsModel",
    "VendorCreditCreditStatus",
    "VendorCreditDateFilter",
    "VendorCreditField",
    "VendorCreditFilter",
    "VendorCreditFilterField",
    "VendorCreditIsActive",
    "VendorCreditIsActiveFilter",
    "VendorCreditSort",
    "VendorCreditTextFilter",
    "VendorCreditTimeFilter",
    "VendorCreditUpdateParams",
    "VendorCreditUpdateParamsModel",
]


class VendorCreditIsActive(StrEnum):
    """Codes of `VendorCredit.isActive`: Whether the credit is active; Delete sets 2."""

    ACTIVE = "1"
    INACTIVE = "2"


class VendorCreditApprovalStatus(StrEnum):
    """Codes of `VendorCredit.approvalStatus`: Approval state; changed only by the approval endpoints."""

    UNASSIGNED = "0"
    ASSIGNED = "1"
    APPROVED = "3"
    APPROVING = "4"
    DENIED = "5"


class VendorCreditCreditStatus(StrEnum):
    """Codes of `VendorCredit.creditStatus`: How much of the credit has been applied."""

    FULLY_APPLIED = "0"
    NOT_APPLIED = "1"
    PARTIALLY_APPLIED = "2"


class VendorCredit(BillComModel):
    """A credit memo received from a vendor, applied against its bills."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "appliedAmount",
            "approvalStatus",
            "createdTime",
            "creditStatus",
            "id",
            "localAmount",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "vendorCreditLineItems": VendorCreditLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["creditDate", "refNumber", "vendorCreditLineItems", "vendorId"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "vendorId": "string",
        "refNumber": "string",
        "approvalStatus": "enum",
        "creditDate": "date",
        "glPostingDate": "date",
        "amount": "number",
        "localAmount": "number",
        "createdTime": "datetime",
        "updatedTime": "datetime",
    }

    entity: Lenient[str] = Field(default="VendorCredit", alias="entity")
    """The wire name of the object's type: "VendorCredit"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix vcr); required on Update."""
    is_active: Lenient[Annotated[VendorCreditIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the credit is active; Delete sets 2."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor the credit is from."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Vendor's credit-memo number."""
    approval_status: Lenient[Annotated[VendorCreditApprovalStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="approvalStatus")
    )
    """Approval state; changed only by the approval endpoints."""
    credit_date: Lenient[Date] | None = Field(default=None, alias="creditDate")
    """Date of the credit."""
    gl_posting_date: Lenient[Date] | None = Field(default=None, alias="glPostingDate")
    """Accounting posting date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Credit total, the sum of the line amounts."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Credit total in the foreign currency."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate; required for international vendors."""
    applied_amount: Lenient[Number] | None = Field(default=None, alias="appliedAmount")
    """Amount already applied to bills."""
    credit_status: Lenient[Annotated[VendorCreditCreditStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="creditStatus"
    )
    """How much of the credit has been applied."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Credit description."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the credit was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the credit was last changed (UTC)."""
    apply_to_bank_account_id: Lenient[str] | None = Field(
        default=None, alias="applyToBankAccountId"
    )
    """Org BankAccount the credit applies to; partner-only."""
    apply_to_chart_of_account_id: Lenient[str] | None = Field(
        default=None, alias="applyToChartOfAccountId"
    )
    """ChartOfAccount the credit applies to; partner-only."""
    vendor_credit_line_items: Lenient[list[VendorCreditLineItem]] | None = Field(
        default=None, alias="vendorCreditLineItems"
    )
    """Credit lines (at least one); sent on Update they replace all stored lines."""


class VendorCreditCreateParams(TypedDict, total=False):
    """Keyword arguments for VendorCredit."""

    is_active: NotRequired[VendorCreditIsActive | str | None]
    vendor_id: Required[str]
    ref_number: Required[str]
    credit_date: Required[dt.date | str]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    apply_to_bank_account_id: NotRequired[str | None]
    apply_to_chart_of_account_id: NotRequired[str | None]
    vendor_credit_line_items: Required[Sequence[VendorCreditLineItemCreateParams]]


class VendorCreditCreateParamsModel(ParamsModel):
    """Validates and serializes `VendorCreditCreateParams`."""

    __entity__: ClassVar[str | None] = "VendorCredit"
    __model__: ClassVar[type[BillComModel] | None] = VendorCredit

    is_active: Annotated[VendorCreditIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str = Field(alias="vendorId")
    ref_number: str = Field(alias="refNumber")
    credit_date: DateInput = Field(alias="creditDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    apply_to_bank_account_id: str | None = Field(default=None, alias="applyToBankAccountId")
    apply_to_chart_of_account_id: str | None = Field(default=None, alias="applyToChartOfAccountId")
    vendor_credit_line_items: list[VendorCreditLineItemCreateParamsModel] = Field(
        alias="vendorCreditLineItems"
    )


class VendorCreditUpdateParams(TypedDict, total=False):
    """Keyword arguments for VendorCredit."""

    is_active: NotRequired[VendorCreditIsActive | str | None]
    vendor_id: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    credit_date: NotRequired[dt.date | str | None]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    apply_to_bank_account_id: NotRequired[str | None]
    apply_to_chart_of_account_id: NotRequired[str | None]
    vendor_credit_line_items: NotRequired[Sequence[VendorCreditLineItemCreateParams] | None]


class VendorCreditUpdateParamsModel(ParamsModel):
    """Validates and serializes `VendorCreditUpdateParams`."""

    __entity__: ClassVar[str | None] = "VendorCredit"
    __model__: ClassVar[type[BillComModel] | None] = VendorCredit

    is_active: Annotated[VendorCreditIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str | None = Field(default=None, alias="vendorId")
    ref_number: str | None = Field(default=None, alias="refNumber")
    credit_date: DateInput | None = Field(default=None, alias="creditDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    apply_to_bank_account_id: str | None = Field(default=None, alias="applyToBankAccountId")
    apply_to_chart_of_account_id: str | None = Field(default=None, alias="applyToChartOfAccountId")
    vendor_credit_line_items: list[VendorCreditLineItemCreateParamsModel] | None = Field(
        default=None, alias="vendorCreditLineItems"
    )


VendorCreditField = Literal[
    "id",
    "isActive",
    "vendorId",
    "refNumber",
    "approvalStatus",
    "creditDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "exchangeRate",
    "appliedAmount",
    "creditStatus",
    "description",
    "poNumber",
    "createdTime",
    "updatedTime",
    "applyToBankAccountId",
    "applyToChartOfAccountId",
]
"""A field of VendorCredit that List sorts may name."""

VendorCreditFilterField = Literal[
    "id",
    "isActive",
    "vendorId",
    "refNumber",
    "approvalStatus",
    "creditDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "createdTime",
    "updatedTime",
]
"""A field of VendorCredit that List filters may name: the API filters on these only."""


class VendorCreditTextFilter(TypedDict):
    """A List filter on id, vendorId, refNumber; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "vendorId",
        "refNumber",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class VendorCreditIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: VendorCreditIsActive | str | Sequence[VendorCreditIsActive | str]


class VendorCreditApprovalStatusFilter(TypedDict):
    """A List filter on approvalStatus; `in` and `nin` take a sequence of values."""

    field: Literal["approvalStatus",]
    op: FilterOperator
    value: VendorCreditApprovalStatus | str | Sequence[VendorCreditApprovalStatus | str]


class VendorCreditDateFilter(TypedDict):
    """A List filter on creditDate, glPostingDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "creditDate",
        "glPostingDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class VendorCreditAmountFilter(TypedDict):
    """A List filter on amount, localAmount; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "localAmount",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class VendorCreditTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


VendorCreditFilter = (
    VendorCreditTextFilter
    | VendorCreditIsActiveFilter
    | VendorCreditApprovalStatusFilter
    | VendorCreditDateFilter
    | VendorCreditAmountFilter
    | VendorCreditTimeFilter
)
"""A List filter on VendorCredit, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class VendorCreditSort(TypedDict):
    """A List sort key on VendorCredit."""

    field: VendorCreditField
    asc: bool
