# Generated from spec/entities/CreditMemo.yaml by codegen. Do not edit: run make generate.
"""CreditMemo: A customer credit that reduces what the customer owes on invoices."""

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
    Boolean,
    Code,
    CodeInput,
    Date,
    DateInput,
    Lenient,
    Number,
    NumberInput,
    UnknownCode,
)
from .credit_memo_line_item import (
    CreditMemoLineItem,
    CreditMemoLineItemCreateParams,
    CreditMemoLineItemCreateParamsModel,
)

__all__ = [
    "CreditMemo",
    "CreditMemoAmountFilter",
    "CreditMemoCreateParams",
    "CreditMemoCreateParamsModel",
    "CreditMemoDateFilter",
    "CreditMemoField",
    "CreditMemoFilter",
    "CreditMemoFilterField",
    "CreditMemoFlagFilter",
    "CreditMemoIsActive",
    "CreditMemoIsActiveFilter",
    "CreditMemoSort",
    "CreditMemoStatus",
    "CreditMemoStatusFilter",
    "CreditMemoTextFilter",
    "CreditMemoUpdateParams",
    "CreditMemoUpdateParamsModel",
]


class CreditMemoIsActive(StrEnum):
    """Codes of `CreditMemo.isActive`: Whether the credit memo is active (default 1); Delete sets 2."""

    ACTIVE = "1"
    INACTIVE = "2"


class CreditMemoStatus(StrEnum):
    """Codes of `CreditMemo.status`: How much of the credit has been applied."""

    FULLY_APPLIED = "0"
    NOT_APPLIED = "1"
    PARTIALLY_APPLIED = "2"


class CreditMemo(BillComModel):
    """A customer credit that reduces what the customer owes on invoices."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "id", "localAmount", "salesTaxPercentage", "salesTaxTotal"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "creditMemoLineItems": CreditMemoLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["creditDate", "creditMemoLineItems", "customerId", "refNumber"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "customerId": "string",
        "refNumber": "string",
        "creditDate": "date",
        "glPostingDate": "date",
        "amount": "number",
        "localAmount": "number",
        "availableAmount": "number",
        "appliedAmount": "number",
        "status": "enum",
        "isToBePrinted": "boolean",
        "isToBeEmailed": "boolean",
        "itemSalesTax": "string",
        "salesTaxTotal": "number",
        "departmentId": "string",
        "locationId": "string",
        "actgClassId": "string",
        "jobId": "string",
    }

    entity: Lenient[str] = Field(default="CreditMemo", alias="entity")
    """The wire name of the object's type: "CreditMemo"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix ccr); sent on Update/Read/Delete."""
    is_active: Lenient[Annotated[CreditMemoIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the credit memo is active (default 1); Delete sets 2."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer receiving the credit."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Reference number of the credit memo (v3 name referenceNumber)."""
    credit_date: Lenient[Date] | None = Field(default=None, alias="creditDate")
    """Date the credit is issued."""
    gl_posting_date: Lenient[Date] | None = Field(default=None, alias="glPostingDate")
    """Accounting posting date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Credit memo total."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Credit memo total in the organization's local currency."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate; required when the customer is international."""
    available_amount: Lenient[Number] | None = Field(default=None, alias="availableAmount")
    """Part of the credit not yet applied to invoices."""
    applied_amount: Lenient[Number] | None = Field(default=None, alias="appliedAmount")
    """Part of the credit applied to invoices."""
    status: Lenient[Annotated[CreditMemoStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """How much of the credit has been applied."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Description shown to the customer."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    is_to_be_printed: Lenient[Boolean] | None = Field(default=None, alias="isToBePrinted")
    """Whether the credit memo is to be printed (BILL does not post credit memos by US mail)."""
    is_to_be_emailed: Lenient[Boolean] | None = Field(default=None, alias="isToBeEmailed")
    """Whether the credit memo is to be e-mailed to the customer."""
    item_sales_tax: Lenient[str] | None = Field(default=None, alias="itemSalesTax")
    """Id of the sales-tax Item (type 6) applied to the taxable lines."""
    sales_tax_percentage: Lenient[Number] | None = Field(default=None, alias="salesTaxPercentage")
    """Sales-tax rate in percent units."""
    sales_tax_total: Lenient[Number] | None = Field(default=None, alias="salesTaxTotal")
    """Sales-tax amount, computed from itemSalesTax."""
    sales_rep: Lenient[str] | None = Field(default=None, alias="salesRep")
    """Sales representative."""
    fob: Lenient[str] | None = Field(default=None, alias="FOB")
    """Free-on-board point (upper-case key)."""
    ship_date: Lenient[Date] | None = Field(default=None, alias="shipDate")
    """Ship date."""
    ship_method: Lenient[str] | None = Field(default=None, alias="shipMethod")
    """Shipping method."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Header default Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Header default Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """Header default ActgClass dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Header default Job dimension."""
    pay_to_bank_account_id: Lenient[str] | None = Field(default=None, alias="payToBankAccountId")
    """Id of the org BankAccount tied to the credit memo (select partners only)."""
    pay_to_chart_of_account_id: Lenient[str] | None = Field(
        default=None, alias="payToChartOfAccountId"
    )
    """Id of the ChartOfAccount tied to the credit memo (select partners only)."""
    credit_memo_line_items: Lenient[list[CreditMemoLineItem]] | None = Field(
        default=None, alias="creditMemoLineItems"
    )
    """Lines of the credit memo."""


class CreditMemoCreateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemo."""

    is_active: NotRequired[CreditMemoIsActive | str | None]
    customer_id: Required[str]
    ref_number: Required[str]
    credit_date: Required[dt.date | str]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    available_amount: NotRequired[Decimal | int | str | None]
    applied_amount: NotRequired[Decimal | int | str | None]
    status: NotRequired[CreditMemoStatus | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    item_sales_tax: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    fob: NotRequired[str | None]
    ship_date: NotRequired[dt.date | str | None]
    ship_method: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    pay_to_chart_of_account_id: NotRequired[str | None]
    credit_memo_line_items: Required[Sequence[CreditMemoLineItemCreateParams]]


class CreditMemoCreateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoCreateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemo"
    __model__: ClassVar[type[BillComModel] | None] = CreditMemo

    is_active: Annotated[CreditMemoIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str = Field(alias="customerId")
    ref_number: str = Field(alias="refNumber")
    credit_date: DateInput = Field(alias="creditDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    available_amount: NumberInput | None = Field(default=None, alias="availableAmount")
    applied_amount: NumberInput | None = Field(default=None, alias="appliedAmount")
    status: Annotated[CreditMemoStatus | str, CodeInput] | None = Field(
        default=None, alias="status"
    )
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    fob: str | None = Field(default=None, alias="FOB")
    ship_date: DateInput | None = Field(default=None, alias="shipDate")
    ship_method: str | None = Field(default=None, alias="shipMethod")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    pay_to_chart_of_account_id: str | None = Field(default=None, alias="payToChartOfAccountId")
    credit_memo_line_items: list[CreditMemoLineItemCreateParamsModel] = Field(
        alias="creditMemoLineItems"
    )


class CreditMemoUpdateParams(TypedDict, total=False):
    """Keyword arguments for CreditMemo."""

    is_active: NotRequired[CreditMemoIsActive | str | None]
    customer_id: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    credit_date: NotRequired[dt.date | str | None]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    available_amount: NotRequired[Decimal | int | str | None]
    applied_amount: NotRequired[Decimal | int | str | None]
    status: NotRequired[CreditMemoStatus | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    item_sales_tax: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    fob: NotRequired[str | None]
    ship_date: NotRequired[dt.date | str | None]
    ship_method: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    pay_to_chart_of_account_id: NotRequired[str | None]
    credit_memo_line_items: NotRequired[Sequence[CreditMemoLineItemCreateParams] | None]


class CreditMemoUpdateParamsModel(ParamsModel):
    """Validates and serializes `CreditMemoUpdateParams`."""

    __entity__: ClassVar[str | None] = "CreditMemo"
    __model__: ClassVar[type[BillComModel] | None] = CreditMemo

    is_active: Annotated[CreditMemoIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str | None = Field(default=None, alias="customerId")
    ref_number: str | None = Field(default=None, alias="refNumber")
    credit_date: DateInput | None = Field(default=None, alias="creditDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    available_amount: NumberInput | None = Field(default=None, alias="availableAmount")
    applied_amount: NumberInput | None = Field(default=None, alias="appliedAmount")
    status: Annotated[CreditMemoStatus | str, CodeInput] | None = Field(
        default=None, alias="status"
    )
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    fob: str | None = Field(default=None, alias="FOB")
    ship_date: DateInput | None = Field(default=None, alias="shipDate")
    ship_method: str | None = Field(default=None, alias="shipMethod")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    pay_to_chart_of_account_id: str | None = Field(default=None, alias="payToChartOfAccountId")
    credit_memo_line_items: list[CreditMemoLineItemCreateParamsModel] | None = Field(
        default=None, alias="creditMemoLineItems"
    )


CreditMemoField = Literal[
    "id",
    "isActive",
    "customerId",
    "refNumber",
    "creditDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "exchangeRate",
    "availableAmount",
    "appliedAmount",
    "status",
    "description",
    "poNumber",
    "isToBePrinted",
    "isToBeEmailed",
    "itemSalesTax",
    "salesTaxPercentage",
    "salesTaxTotal",
    "salesRep",
    "FOB",
    "shipDate",
    "shipMethod",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "payToBankAccountId",
    "payToChartOfAccountId",
]
"""A field of CreditMemo that List sorts may name."""

CreditMemoFilterField = Literal[
    "id",
    "isActive",
    "customerId",
    "refNumber",
    "creditDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "availableAmount",
    "appliedAmount",
    "status",
    "isToBePrinted",
    "isToBeEmailed",
    "itemSalesTax",
    "salesTaxTotal",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
]
"""A field of CreditMemo that List filters may name: the API filters on these only."""


class CreditMemoTextFilter(TypedDict):
    """A List filter on id, customerId, refNumber, itemSalesTax, departmentId, locationId, actgClassId, jobId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
        "refNumber",
        "itemSalesTax",
        "departmentId",
        "locationId",
        "actgClassId",
        "jobId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class CreditMemoIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: CreditMemoIsActive | str | Sequence[CreditMemoIsActive | str]


class CreditMemoDateFilter(TypedDict):
    """A List filter on creditDate, glPostingDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "creditDate",
        "glPostingDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class CreditMemoAmountFilter(TypedDict):
    """A List filter on amount, localAmount, availableAmount, appliedAmount, salesTaxTotal; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "localAmount",
        "availableAmount",
        "appliedAmount",
        "salesTaxTotal",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class CreditMemoStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: CreditMemoStatus | str | Sequence[CreditMemoStatus | str]


class CreditMemoFlagFilter(TypedDict):
    """A List filter on isToBePrinted, isToBeEmailed; `in` and `nin` take a sequence of values."""

    field: Literal[
        "isToBePrinted",
        "isToBeEmailed",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


CreditMemoFilter = (
    CreditMemoTextFilter
    | CreditMemoIsActiveFilter
    | CreditMemoDateFilter
    | CreditMemoAmountFilter
    | CreditMemoStatusFilter
    | CreditMemoFlagFilter
)
"""A List filter on CreditMemo, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class CreditMemoSort(TypedDict):
    """A List sort key on CreditMemo."""

    field: CreditMemoField
    asc: bool
