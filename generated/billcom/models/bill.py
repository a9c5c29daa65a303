# Generated from spec/entities/Bill.yaml by codegen. Do not edit: run make generate.
"""Bill: A payable invoice received from a vendor."""

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
    Integer,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)
from .bill_line_item import BillLineItem, BillLineItemCreateParams, BillLineItemCreateParamsModel

__all__ = [
    "Bill",
    "BillAmountFilter",
    "BillApprovalStatus",
    "BillApprovalStatusFilter",
    "BillCreateParams",
    "BillCreateParamsModel",
    "BillDateFilter",
    "BillExpense",
    "BillExpenseChartOfAccountGroupItem",
    "BillField",
    "BillFilter",
    "BillFilterField",
    "BillFlagFilter",
    "BillIsActive",
    "BillIsActiveFilter",
    "BillItem",
    "BillPaymentStatus",
    "BillPaymentStatusFilter",
    "BillSort",
    "BillSource",
    "BillSourceFilter",
    "BillTextFilter",
    "BillTimeFilter",
    "BillUpdateParams",
    "BillUpdateParamsModel",
]


class BillIsActive(StrEnum):
    """Codes of `Bill.isActive`: Whether the bill is active or a draft; Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"
    DRAFT = "5"
    DRAFT_DELETED = "6"


class BillApprovalStatus(StrEnum):
    """Codes of `Bill.approvalStatus`: Approval state; changed only by the approval endpoints."""

    UNASSIGNED = "0"
    ASSIGNED = "1"
    APPROVED = "3"
    APPROVING = "4"
    DENIED = "5"


class BillPaymentStatus(StrEnum):
    """Codes of `Bill.paymentStatus`: Payment state of the bill."""

    PAID_IN_FULL = "0"
    OPEN = "1"
    PARTIALLY_PAID = "2"
    SCHEDULED = "4"
    IN_PROCESS = "6"


class BillSource(StrEnum):
    """Codes of `Bill.source`: How the bill was entered."""

    DEFAULT = "0"
    PAY_A_VENDOR = "1"
    SIMPLE_BASIC = "2"
    PAYMENTUS = "3"


class BillItem(BillComModel):
    """Rollup of the item lines."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    count: Lenient[Integer] | None = Field(default=None, alias="count")
    """Number of item lines."""
    total_amount: Lenient[Number] | None = Field(default=None, alias="totalAmount")
    """Sum of the item line amounts."""


class BillExpenseChartOfAccountGroupItem(BillComModel):
    """Per-account rollup, given when several lines share a ChartOfAccount."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """The shared ChartOfAccount."""
    count: Lenient[Integer] | None = Field(default=None, alias="count")
    """Number of expense lines on that account."""
    total_amount: Lenient[Number] | None = Field(default=None, alias="totalAmount")
    """Sum of those lines' amounts."""


class BillExpense(BillComModel):
    """Rollup of the expense lines (lines without an item)."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "chartOfAccountGroup": BillExpenseChartOfAccountGroupItem,
    }

    count: Lenient[Integer] | None = Field(default=None, alias="count")
    """Number of expense lines."""
    total_amount: Lenient[Number] | None = Field(default=None, alias="totalAmount")
    """Sum of the expense line amounts."""
    chart_of_account_group: Lenient[list[BillExpenseChartOfAccountGroupItem]] | None = Field(
        default=None, alias="chartOfAccountGroup"
    )
    """Per-account rollup, given when several lines share a ChartOfAccount."""


class Bill(BillComModel):
    """A payable invoice received from a vendor."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "approvalStatus",
            "createdBy",
            "createdTime",
            "creditAmount",
            "dueAmount",
            "expense",
            "fullPaymentDate",
            "hasLinkedPurchaseOrders",
            "id",
            "item",
            "lastPaymentDate",
            "localAmount",
            "multipleBillLineItems",
            "numApprPolicyEx",
            "paidAmount",
            "paymentStatus",
            "quickbooksId",
            "scheduledAmount",
            "uiPaymentStatus",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "item": BillItem,
        "expense": BillExpense,
        "billLineItems": BillLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["billLineItems", "dueDate", "invoiceDate", "invoiceNumber", "vendorId"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "vendorId": "string",
        "invoiceNumber": "string",
        "approvalStatus": "enum",
        "invoiceDate": "date",
        "dueDate": "date",
        "glPostingDate": "date",
        "amount": "number",
        "localAmount": "number",
        "scheduledAmount": "number",
        "paidAmount": "number",
        "paymentStatus": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "payFromBankAccountId": "string",
        "payFromChartOfAccountId": "string",
        "paymentTermId": "string",
        "hasAutoPay": "boolean",
        "eBillCreated": "boolean",
        "invoiceProductId": "string",
        "chartOfAccountId": "string",
        "departmentId": "string",
        "locationId": "string",
        "actgClassId": "string",
        "source": "enum",
        "defaultInvoiceNumber": "boolean",
        "isAutoSaved": "boolean",
        "billTemplateId": "string",
    }

    entity: Lenient[str] = Field(default="Bill", alias="entity")
    """The wire name of the object's type: "Bill"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 00n); required on Update."""
    is_active: Lenient[Annotated[BillIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the bill is active or a draft; Delete sets 2, Undelete sets 1."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor the bill is from."""
    invoice_number: Lenient[str] | None = Field(default=None, alias="invoiceNumber")
    """Vendor's invoice number; unique unless allowDuplicateInvNum is sent."""
    approval_status: Lenient[Annotated[BillApprovalStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="approvalStatus"
    )
    """Approval state; changed only by the approval endpoints."""
    invoice_date: Lenient[Date] | None = Field(default=None, alias="invoiceDate")
    """Date of the vendor's invoice."""
    due_date: Lenient[Date] | None = Field(default=None, alias="dueDate")
    """Date the bill is due."""
    gl_posting_date: Lenient[Date] | None = Field(default=None, alias="glPostingDate")
    """Accounting posting date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Bill total, the sum of the line amounts."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Bill total in the foreign currency."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate; required for international vendors."""
    scheduled_amount: Lenient[Number] | None = Field(default=None, alias="scheduledAmount")
    """Amount scheduled for payment."""
    paid_amount: Lenient[Number] | None = Field(default=None, alias="paidAmount")
    """Amount paid so far; null until paid."""
    due_amount: Lenient[Number] | None = Field(default=None, alias="dueAmount")
    """Amount still owed."""
    payment_status: Lenient[Annotated[BillPaymentStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentStatus"
    )
    """Payment state of the bill."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Bill description."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the bill was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the bill was last changed (UTC)."""
    pay_from_bank_account_id: Lenient[str] | None = Field(
        default=None, alias="payFromBankAccountId"
    )
    """Id of the org BankAccount paying the bill; set by PayBills, writable by select BILL partners only."""
    pay_from_chart_of_account_id: Lenient[str] | None = Field(
        default=None, alias="payFromChartOfAccountId"
    )
    """Id of the ChartOfAccount paying the bill; set by PayBills, writable by select BILL partners only."""
    payment_term_id: Lenient[str] | None = Field(default=None, alias="paymentTermId")
    """Id of the bill's PaymentTerm."""
    has_auto_pay: Lenient[Boolean] | None = Field(default=None, alias="hasAutoPay")
    """Whether the bill is paid by auto-pay."""
    e_bill_created: Lenient[Boolean] | None = Field(default=None, alias="eBillCreated")
    """Whether the bill was created from an eBill."""
    invoice_product_id: Lenient[str] | None = Field(default=None, alias="invoiceProductId")
    """Id of the invoice line/item this network bill comes from."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Header ChartOfAccount dimension."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Header Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Header Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """Header ActgClass dimension (class belongs on lines)."""
    source: Lenient[Annotated[BillSource, Code] | UnknownCode] | None = Field(
        default=None, alias="source"
    )
    """How the bill was entered."""
    num_appr_policy_ex: Lenient[Number] | None = Field(default=None, alias="numApprPolicyEx")
    """Number of approval-policy exceptions."""
    use_bill_desc: Lenient[Boolean] | None = Field(default=None, alias="useBillDesc")
    """Whether the bill description becomes the expense description."""
    default_invoice_number: Lenient[Boolean] | None = Field(
        default=None, alias="defaultInvoiceNumber"
    )
    """Whether the invoice number was defaulted from the date."""
    is_auto_saved: Lenient[Boolean] | None = Field(default=None, alias="isAutoSaved")
    """Whether this is an auto-saved draft."""
    bill_template_id: Lenient[str] | None = Field(default=None, alias="billTemplateId")
    """Id of the bill template used."""
    has_linked_purchase_orders: Lenient[Boolean] | None = Field(
        default=None, alias="hasLinkedPurchaseOrders"
    )
    """Whether purchase orders are linked to the bill."""
    multiple_bill_line_items: Lenient[Boolean] | None = Field(
        default=None, alias="multipleBillLineItems"
    )
    """Whether the bill has more than one line."""
    item: Lenient[BillItem] | None = Field(default=None, alias="item")
    """Rollup of the item lines."""
    expense: Lenient[BillExpense] | None = Field(default=None, alias="expense")
    """Rollup of the expense lines (lines without an item)."""
    bill_line_items: Lenient[list[BillLineItem]] | None = Field(default=None, alias="billLineItems")
    """Bill lines (at least one); sent on Update they replace all stored lines."""
    credit_amount: Lenient[Number] | None = Field(default=None, alias="creditAmount")
    """Vendor credits applied to the bill."""
    ui_payment_status: Lenient[str] | None = Field(default=None, alias="uiPaymentStatus")
    """Payment status as shown in the web app; codes unknown."""
    created_by: Lenient[str] | None = Field(default=None, alias="createdBy")
    """Id of the User who created the bill (Read, or List with showAudit)."""
    quickbooks_id: Lenient[str] | None = Field(default=None, alias="quickbooksId")
    """QuickBooks id of the bill."""
    last_payment_date: Lenient[str] | None = Field(default=None, alias="lastPaymentDate")
    """Date of the last payment."""
    full_payment_date: Lenient[str] | None = Field(default=None, alias="fullPaymentDate")
    """Date the bill was paid in full."""


class BillCreateParams(TypedDict, total=False):
    """Keyword arguments for Bill."""

    is_active: NotRequired[BillIsActive | str | None]
    vendor_id: Required[str]
    invoice_number: Required[str]
    invoice_date: Required[dt.date | str]
    due_date: Required[dt.date | str]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    pay_from_bank_account_id: NotRequired[str | None]
    pay_from_chart_of_account_id: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    has_auto_pay: NotRequired[bool | None]
    e_bill_created: NotRequired[bool | None]
    invoice_product_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    source: NotRequired[BillSource | str | None]
    use_bill_desc: NotRequired[bool | None]
    default_invoice_number: NotRequired[bool | None]
    is_auto_saved: NotRequired[bool | None]
    bill_template_id: NotRequired[str | None]
    bill_line_items: Required[Sequence[BillLineItemCreateParams]]


class BillCreateParamsModel(ParamsModel):
    """Validates and serializes `BillCreateParams`."""

    __entity__: ClassVar[str | None] = "Bill"
    __model__: ClassVar[type[BillComModel] | None] = Bill

    is_active: Annotated[BillIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str = Field(alias="vendorId")
    invoice_number: str = Field(alias="invoiceNumber")
    invoice_date: DateInput = Field(alias="invoiceDate")
    due_date: DateInput = Field(alias="dueDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    pay_from_bank_account_id: str | None = Field(default=None, alias="payFromBankAccountId")
    pay_from_chart_of_account_id: str | None = Field(default=None, alias="payFromChartOfAccountId")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    has_auto_pay: Boolean | None = Field(default=None, alias="hasAutoPay")
    e_bill_created: Boolean | None = Field(default=None, alias="eBillCreated")
    invoice_product_id: str | None = Field(default=None, alias="invoiceProductId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    source: Annotated[BillSource | str, CodeInput] | None = Field(default=None, alias="source")
    use_bill_desc: Boolean | None = Field(default=None, alias="useBillDesc")
    default_invoice_number: Boolean | None = Field(default=None, alias="defaultInvoiceNumber")
    is_auto_saved: Boolean | None = Field(default=None, alias="isAutoSaved")
    bill_template_id: str | None = Field(default=None, alias="billTemplateId")
    bill_line_items: list[BillLineItemCreateParamsModel] = Field(alias="billLineItems")


class BillUpdateParams(TypedDict, total=False):
    """Keyword arguments for Bill."""

    is_active: NotRequired[BillIsActive | str | None]
    vendor_id: NotRequired[str | None]
    invoice_number: NotRequired[str | None]
    invoice_date: NotRequired[dt.date | str | None]
    due_date: NotRequired[dt.date | str | None]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    pay_from_bank_account_id: NotRequired[str | None]
    pay_from_chart_of_account_id: NotRequired[str | None]
    payment_term_id: NotRequired[str | None]
    has_auto_pay: NotRequired[bool | None]
    e_bill_created: NotRequired[bool | None]
    invoice_product_id: NotRequired[str | None]
    chart_of_account_id: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    source: NotRequired[BillSource | str | None]
    use_bill_desc: NotRequired[bool | None]
    default_invoice_number: NotRequired[bool | None]
    is_auto_saved: NotRequired[bool | None]
    bill_template_id: NotRequired[str | None]
    bill_line_items: NotRequired[Sequence[BillLineItemCreateParams] | None]


class BillUpdateParamsModel(ParamsModel):
    """Validates and serializes `BillUpdateParams`."""

    __entity__: ClassVar[str | None] = "Bill"
    __model__: ClassVar[type[BillComModel] | None] = Bill

    is_active: Annotated[BillIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    vendor_id: str | None = Field(default=None, alias="vendorId")
    invoice_number: str | None = Field(default=None, alias="invoiceNumber")
    invoice_date: DateInput | None = Field(default=None, alias="invoiceDate")
    due_date: DateInput | None = Field(default=None, alias="dueDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    pay_from_bank_account_id: str | None = Field(default=None, alias="payFromBankAccountId")
    pay_from_chart_of_account_id: str | None = Field(default=None, alias="payFromChartOfAccountId")
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    has_auto_pay: Boolean | None = Field(default=None, alias="hasAutoPay")
    e_bill_created: Boolean | None = Field(default=None, alias="eBillCreated")
    invoice_product_id: str | None = Field(default=None, alias="invoiceProductId")
    chart_of_account_id: str | None = Field(default=None, alias="chartOfAccountId")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    source: Annotated[BillSource | str, CodeInput] | None = Field(default=None, alias="source")
    use_bill_desc: Boolean | None = Field(default=None, alias="useBillDesc")
    default_invoice_number: Boolean | None = Field(default=None, alias="defaultInvoiceNumber")
    is_auto_saved: Boolean | None = Field(default=None, alias="isAutoSaved")
    bill_template_id: str | None = Field(default=None, alias="billTemplateId")
    bill_line_items: list[BillLineItemCreateParamsModel] | None = Field(
        default=None, alias="billLineItems"
    )


BillField = Literal[
    "id",
    "isActive",
    "vendorId",
    "invoiceNumber",
    "approvalStatus",
    "invoiceDate",
    "dueDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "exchangeRate",
    "scheduledAmount",
    "paidAmount",
    "dueAmount",
    "paymentStatus",
    "description",
    "poNumber",
    "createdTime",
    "updatedTime",
    "payFromBankAccountId",
    "payFromChartOfAccountId",
    "paymentTermId",
    "hasAutoPay",
    "eBillCreated",
    "invoiceProductId",
    "chartOfAccountId",
    "departmentId",
    "locationId",
    "actgClassId",
    "source",
    "numApprPolicyEx",
    "useBillDesc",
    "defaultInvoiceNumber",
    "isAutoSaved",
    "billTemplateId",
    "hasLinkedPurchaseOrders",
    "multipleBillLineItems",
    "creditAmount",
    "uiPaymentStatus",
    "createdBy",
    "quickbooksId",
    "lastPaymentDate",
    "fullPaymentDate",
]
"""A field of Bill that List sorts may name."""

BillFilterField = Literal[
    "id",
    "isActive",
    "vendorId",
    "invoiceNumber",
    "approvalStatus",
    "invoiceDate",
    "dueDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "scheduledAmount",
    "paidAmount",
    "paymentStatus",
    "createdTime",
    "updatedTime",
    "payFromBankAccountId",
    "payFromChartOfAccountId",
    "paymentTermId",
    "hasAutoPay",
    "eBillCreated",
    "invoiceProductId",
    "chartOfAccountId",
    "departmentId",
    "locationId",
    "actgClassId",
    "source",
    "defaultInvoiceNumber",
    "isAutoSaved",
    "billTemplateId",
]
"""A field of Bill that List filters may name: the API filters on these only."""


class BillTextFilter(TypedDict):
    """A List filter on id, vendorId, invoiceNumber, payFromBankAccountId, payFromChartOfAccountId, paymentTermId, invoiceProductId, chartOfAccountId, departmentId, locationId, actgClassId, billTemplateId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "vendorId",
        "invoiceNumber",
        "payFromBankAccountId",
        "payFromChartOfAccountId",
        "paymentTermId",
        "invoiceProductId",
        "chartOfAccountId",
        "departmentId",
        "locationId",
        "actgClassId",
        "billTemplateId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class BillIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: BillIsActive | str | Sequence[BillIsActive | str]


class BillApprovalStatusFilter(TypedDict):
    """A List filter on approvalStatus; `in` and `nin` take a sequence of values."""

    field: Literal["approvalStatus",]
    op: FilterOperator
    value: BillApprovalStatus | str | Sequence[BillApprovalStatus | str]


class BillDateFilter(TypedDict):
    """A List filter on invoiceDate, dueDate, glPostingDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "invoiceDate",
        "dueDate",
        "glPostingDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class BillAmountFilter(TypedDict):
    """A List filter on amount, localAmount, scheduledAmount, paidAmount; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "localAmount",
        "scheduledAmount",
        "paidAmount",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class BillPaymentStatusFilter(TypedDict):
    """A List filter on paymentStatus; `in` and `nin` take a sequence of values."""

    field: Literal["paymentStatus",]
    op: FilterOperator
    value: BillPaymentStatus | str | Sequence[BillPaymentStatus | str]


class BillTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class BillFlagFilter(TypedDict):
    """A List filter on hasAutoPay, eBillCreated, defaultInvoiceNumber, isAutoSaved; `in` and `nin` take a sequence of values."""

    field: Literal[
        "hasAutoPay",
        "eBillCreated",
        "defaultInvoiceNumber",
        "isAutoSaved",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class BillSourceFilter(TypedDict):
    """A List filter on source; `in` and `nin` take a sequence of values."""

    field: Literal["source",]
    op: FilterOperator
    value: BillSource | str | Sequence[BillSource | str]


BillFilter = (
    BillTextFilter
    | BillIsActiveFilter
    | BillApprovalStatusFilter
    | BillDateFilter
    | BillAmountFilter
    | BillPaymentStatusFilter
    | BillTimeFilter
    | BillFlagFilter
    | BillSourceFilter
)
"""A List filter on Bill, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class BillSort(TypedDict):
    """A List sort key on Bill."""

    field: BillField
    asc: bool
