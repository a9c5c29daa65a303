# Generated from spec/entities/Invoice.yaml by codegen. Do not edit: run make generate.
"""Invoice: A receivable invoice the organization sends to a customer."""

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
    Timestamp,
    UnknownCode,
)
from .invoice_line_item import (
    InvoiceLineItem,
    InvoiceLineItemCreateParams,
    InvoiceLineItemCreateParamsModel,
)

__all__ = [
    "Invoice",
    "InvoiceAmountFilter",
    "InvoiceCreateParams",
    "InvoiceCreateParamsModel",
    "InvoiceDateFilter",
    "InvoiceEmailDeliveryOption",
    "InvoiceEmailDeliveryOptionFilter",
    "InvoiceField",
    "InvoiceFilter",
    "InvoiceFilterField",
    "InvoiceFlagFilter",
    "InvoiceIsActive",
    "InvoiceIsActiveFilter",
    "InvoiceMailDeliveryOption",
    "InvoiceMailDeliveryOptionFilter",
    "InvoicePaymentStatus",
    "InvoicePaymentStatusFilter",
    "InvoiceSort",
    "InvoiceTextFilter",
    "InvoiceTimeFilter",
    "InvoiceUpdateParams",
    "InvoiceUpdateParamsModel",
]


class InvoiceIsActive(StrEnum):
    """Codes of `Invoice.isActive`: Whether the invoice is active (default 1); Delete sets 2, Undelete sets 1; 5/6 mark drafts."""

    ACTIVE = "1"
    INACTIVE = "2"
    DRAFT = "5"
    DRAFT_DELETED = "6"
    """A draft that was deleted."""


class InvoicePaymentStatus(StrEnum):
    """Codes of `Invoice.paymentStatus`: Payment state of the invoice."""

    PAID_IN_FULL = "0"
    OPEN = "1"
    PARTIALLY_PAID = "2"
    SCHEDULED = "4"


class InvoiceEmailDeliveryOption(StrEnum):
    """Codes of `Invoice.emailDeliveryOption`: When the invoice is to be e-mailed (by SendInvoice)."""

    NOT_SELECTED = "0"
    NOW = "1"
    LATER = "2"


class InvoiceMailDeliveryOption(StrEnum):
    """Codes of `Invoice.mailDeliveryOption`: When the invoice is to be posted by US mail (by MailInvoice)."""

    NOT_SELECTED = "0"
    NOW = "1"
    LATER = "2"


class Invoice(BillComModel):
    """A receivable invoice the organization sends to a customer."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "amount",
            "amountDue",
            "createdBy",
            "createdTime",
            "creditAmount",
            "id",
            "lastSentTime",
            "localAmount",
            "paymentStatus",
            "quickbooksId",
            "salesTaxPercentage",
            "salesTaxTotal",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "invoiceLineItems": InvoiceLineItem,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["customerId", "dueDate", "invoiceDate", "invoiceLineItems", "invoiceNumber"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "customerId": "string",
        "invoiceNumber": "string",
        "invoiceDate": "date",
        "dueDate": "date",
        "glPostingDate": "date",
        "amount": "number",
        "localAmount": "number",
        "amountDue": "number",
        "creditAmount": "number",
        "paymentStatus": "enum",
        "shipDate": "date",
        "isToBePrinted": "boolean",
        "isToBeEmailed": "boolean",
        "lastSentTime": "datetime",
        "departmentId": "string",
        "locationId": "string",
        "actgClassId": "string",
        "jobId": "string",
        "invoiceTemplateId": "string",
        "hasAutoPay": "boolean",
        "emailDeliveryOption": "enum",
        "mailDeliveryOption": "enum",
        "quickbooksId": "string",
        "recInvoiceTemplateId": "string",
    }

    entity: Lenient[str] = Field(default="Invoice", alias="entity")
    """The wire name of the object's type: "Invoice"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 00e); sent on Update/Read/Delete/Undelete."""
    is_active: Lenient[Annotated[InvoiceIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the invoice is active (default 1); Delete sets 2, Undelete sets 1; 5/6 mark drafts."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the invoice was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the invoice was last changed (UTC); bumped on every write."""
    created_by: Lenient[str] | None = Field(default=None, alias="createdBy")
    """Id of the User who created the invoice."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Customer being invoiced."""
    invoice_number: Lenient[str] | None = Field(default=None, alias="invoiceNumber")
    """Invoice number; unique per organization (duplicates are rejected)."""
    invoice_date: Lenient[Date] | None = Field(default=None, alias="invoiceDate")
    """Invoice date."""
    due_date: Lenient[Date] | None = Field(default=None, alias="dueDate")
    """Date the invoice is due."""
    gl_posting_date: Lenient[Date] | None = Field(default=None, alias="glPostingDate")
    """Accounting posting date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Invoice total: sum of line amounts plus salesTaxTotal."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Invoice total in the organization's local currency."""
    amount_due: Lenient[Number] | None = Field(default=None, alias="amountDue")
    """Remaining balance (Bill's equivalent is dueAmount)."""
    credit_amount: Lenient[Number] | None = Field(default=None, alias="creditAmount")
    """Total of the credits applied to the invoice."""
    payment_status: Lenient[Annotated[InvoicePaymentStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentStatus"
    )
    """Payment state of the invoice."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate; required when the customer is international."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Message to the customer."""
    po_number: Lenient[str] | None = Field(default=None, alias="poNumber")
    """Purchase order number."""
    terms: Lenient[str] | None = Field(default=None, alias="terms")
    """Payment-terms text."""
    sales_rep: Lenient[str] | None = Field(default=None, alias="salesRep")
    """Sales representative."""
    fob: Lenient[str] | None = Field(default=None, alias="FOB")
    """Free-on-board point (upper-case key)."""
    ship_date: Lenient[Date] | None = Field(default=None, alias="shipDate")
    """Ship date."""
    ship_method: Lenient[str] | None = Field(default=None, alias="shipMethod")
    """Shipping method."""
    is_to_be_printed: Lenient[Boolean] | None = Field(default=None, alias="isToBePrinted")
    """Whether the invoice is in the print/mail queue."""
    is_to_be_emailed: Lenient[Boolean] | None = Field(default=None, alias="isToBeEmailed")
    """Whether the invoice is in the email queue."""
    last_sent_time: Lenient[Timestamp] | None = Field(default=None, alias="lastSentTime")
    """When the invoice was last sent; server-managed."""
    item_sales_tax: Lenient[str] | None = Field(default=None, alias="itemSalesTax")
    """Id of the sales-tax Item (type 6)."""
    sales_tax_percentage: Lenient[Number] | None = Field(default=None, alias="salesTaxPercentage")
    """Sales-tax rate in percent units; may be fractional."""
    sales_tax_total: Lenient[Number] | None = Field(default=None, alias="salesTaxTotal")
    """Sales-tax amount."""
    department_id: Lenient[str] | None = Field(default=None, alias="departmentId")
    """Header default Department dimension."""
    location_id: Lenient[str] | None = Field(default=None, alias="locationId")
    """Header default Location dimension."""
    actg_class_id: Lenient[str] | None = Field(default=None, alias="actgClassId")
    """Header default ActgClass dimension."""
    job_id: Lenient[str] | None = Field(default=None, alias="jobId")
    """Header default Job dimension."""
    pay_to_bank_account_id: Lenient[str] | None = Field(default=None, alias="payToBankAccountId")
    """Id of the org BankAccount receiving payment."""
    pay_to_chart_of_account_id: Lenient[str] | None = Field(
        default=None, alias="payToChartOfAccountId"
    )
    """Id of the receiving ChartOfAccount; settable since 2024-12-26."""
    invoice_template_id: Lenient[str] | None = Field(default=None, alias="invoiceTemplateId")
    """Id of the invoice template (prefix itm)."""
    has_auto_pay: Lenient[Boolean] | None = Field(default=None, alias="hasAutoPay")
    """Whether the invoice is paid by auto-pay."""
    email_delivery_option: (
        Lenient[Annotated[InvoiceEmailDeliveryOption, Code] | UnknownCode] | None
    ) = Field(default=None, alias="emailDeliveryOption")
    """When the invoice is to be e-mailed (by SendInvoice)."""
    mail_delivery_option: (
        Lenient[Annotated[InvoiceMailDeliveryOption, Code] | UnknownCode] | None
    ) = Field(default=None, alias="mailDeliveryOption")
    """When the invoice is to be posted by US mail (by MailInvoice)."""
    quickbooks_id: Lenient[str] | None = Field(default=None, alias="quickbooksId")
    """Id of the invoice in QuickBooks."""
    rec_invoice_template_id: Lenient[str] | None = Field(default=None, alias="recInvoiceTemplateId")
    """Id of the RecurringInvoice that generated this invoice."""
    invoice_line_items: Lenient[list[InvoiceLineItem]] | None = Field(
        default=None, alias="invoiceLineItems"
    )
    """Invoice lines (at least one, each with price or ratePercent)."""


class InvoiceCreateParams(TypedDict, total=False):
    """Keyword arguments for Invoice."""

    is_active: NotRequired[InvoiceIsActive | str | None]
    customer_id: Required[str]
    invoice_number: Required[str]
    invoice_date: Required[dt.date | str]
    due_date: Required[dt.date | str]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    terms: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    fob: NotRequired[str | None]
    ship_date: NotRequired[dt.date | str | None]
    ship_method: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    item_sales_tax: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    pay_to_chart_of_account_id: NotRequired[str | None]
    invoice_template_id: NotRequired[str | None]
    has_auto_pay: NotRequired[bool | None]
    email_delivery_option: NotRequired[InvoiceEmailDeliveryOption | str | None]
    mail_delivery_option: NotRequired[InvoiceMailDeliveryOption | str | None]
    rec_invoice_template_id: NotRequired[str | None]
    invoice_line_items: Required[Sequence[InvoiceLineItemCreateParams]]


class InvoiceCreateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceCreateParams`."""

    __entity__: ClassVar[str | None] = "Invoice"
    __model__: ClassVar[type[BillComModel] | None] = Invoice

    is_active: Annotated[InvoiceIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str = Field(alias="customerId")
    invoice_number: str = Field(alias="invoiceNumber")
    invoice_date: DateInput = Field(alias="invoiceDate")
    due_date: DateInput = Field(alias="dueDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    terms: str | None = Field(default=None, alias="terms")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    fob: str | None = Field(default=None, alias="FOB")
    ship_date: DateInput | None = Field(default=None, alias="shipDate")
    ship_method: str | None = Field(default=None, alias="shipMethod")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    pay_to_chart_of_account_id: str | None = Field(default=None, alias="payToChartOfAccountId")
    invoice_template_id: str | None = Field(default=None, alias="invoiceTemplateId")
    has_auto_pay: Boolean | None = Field(default=None, alias="hasAutoPay")
    email_delivery_option: Annotated[InvoiceEmailDeliveryOption | str, CodeInput] | None = Field(
        default=None, alias="emailDeliveryOption"
    )
    mail_delivery_option: Annotated[InvoiceMailDeliveryOption | str, CodeInput] | None = Field(
        default=None, alias="mailDeliveryOption"
    )
    rec_invoice_template_id: str | None = Field(default=None, alias="recInvoiceTemplateId")
    invoice_line_items: list[InvoiceLineItemCreateParamsModel] = Field(alias="invoiceLineItems")


class InvoiceUpdateParams(TypedDict, total=False):
    """Keyword arguments for Invoice."""

    is_active: NotRequired[InvoiceIsActive | str | None]
    customer_id: NotRequired[str | None]
    invoice_number: NotRequired[str | None]
    invoice_date: NotRequired[dt.date | str | None]
    due_date: NotRequired[dt.date | str | None]
    gl_posting_date: NotRequired[dt.date | str | None]
    exchange_rate: NotRequired[Decimal | int | str | None]
    description: NotRequired[str | None]
    po_number: NotRequired[str | None]
    terms: NotRequired[str | None]
    sales_rep: NotRequired[str | None]
    fob: NotRequired[str | None]
    ship_date: NotRequired[dt.date | str | None]
    ship_method: NotRequired[str | None]
    is_to_be_printed: NotRequired[bool | None]
    is_to_be_emailed: NotRequired[bool | None]
    item_sales_tax: NotRequired[str | None]
    department_id: NotRequired[str | None]
    location_id: NotRequired[str | None]
    actg_class_id: NotRequired[str | None]
    job_id: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    pay_to_chart_of_account_id: NotRequired[str | None]
    invoice_template_id: NotRequired[str | None]
    has_auto_pay: NotRequired[bool | None]
    email_delivery_option: NotRequired[InvoiceEmailDeliveryOption | str | None]
    mail_delivery_option: NotRequired[InvoiceMailDeliveryOption | str | None]
    rec_invoice_template_id: NotRequired[str | None]
    invoice_line_items: NotRequired[Sequence[InvoiceLineItemCreateParams] | None]


class InvoiceUpdateParamsModel(ParamsModel):
    """Validates and serializes `InvoiceUpdateParams`."""

    __entity__: ClassVar[str | None] = "Invoice"
    __model__: ClassVar[type[BillComModel] | None] = Invoice

    is_active: Annotated[InvoiceIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    customer_id: str | None = Field(default=None, alias="customerId")
    invoice_number: str | None = Field(default=None, alias="invoiceNumber")
    invoice_date: DateInput | None = Field(default=None, alias="invoiceDate")
    due_date: DateInput | None = Field(default=None, alias="dueDate")
    gl_posting_date: DateInput | None = Field(default=None, alias="glPostingDate")
    exchange_rate: NumberInput | None = Field(default=None, alias="exchangeRate")
    description: str | None = Field(default=None, alias="description")
    po_number: str | None = Field(default=None, alias="poNumber")
    terms: str | None = Field(default=None, alias="terms")
    sales_rep: str | None = Field(default=None, alias="salesRep")
    fob: str | None = Field(default=None, alias="FOB")
    ship_date: DateInput | None = Field(default=None, alias="shipDate")
    ship_method: str | None = Field(default=None, alias="shipMethod")
    is_to_be_printed: Boolean | None = Field(default=None, alias="isToBePrinted")
    is_to_be_emailed: Boolean | None = Field(default=None, alias="isToBeEmailed")
    item_sales_tax: str | None = Field(default=None, alias="itemSalesTax")
    department_id: str | None = Field(default=None, alias="departmentId")
    location_id: str | None = Field(default=None, alias="locationId")
    actg_class_id: str | None = Field(default=None, alias="actgClassId")
    job_id: str | None = Field(default=None, alias="jobId")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    pay_to_chart_of_account_id: str | None = Field(default=None, alias="payToChartOfAccountId")
    invoice_template_id: str | None = Field(default=None, alias="invoiceTemplateId")
    has_auto_pay: Boolean | None = Field(default=None, alias="hasAutoPay")
    email_delivery_option: Annotated[InvoiceEmailDeliveryOption | str, CodeInput] | None = Field(
        default=None, alias="emailDeliveryOption"
    )
    mail_delivery_option: Annotated[InvoiceMailDeliveryOption | str, CodeInput] | None = Field(
        default=None, alias="mailDeliveryOption"
    )
    rec_invoice_template_id: str | None = Field(default=None, alias="recInvoiceTemplateId")
    invoice_line_items: list[InvoiceLineItemCreateParamsModel] | None = Field(
        default=None, alias="invoiceLineItems"
    )


InvoiceField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "createdBy",
    "customerId",
    "invoiceNumber",
    "invoiceDate",
    "dueDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "amountDue",
    "creditAmount",
    "paymentStatus",
    "exchangeRate",
    "description",
    "poNumber",
    "terms",
    "salesRep",
    "FOB",
    "shipDate",
    "shipMethod",
    "isToBePrinted",
    "isToBeEmailed",
    "lastSentTime",
    "itemSalesTax",
    "salesTaxPercentage",
    "salesTaxTotal",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "payToBankAccountId",
    "payToChartOfAccountId",
    "invoiceTemplateId",
    "hasAutoPay",
    "emailDeliveryOption",
    "mailDeliveryOption",
    "quickbooksId",
    "recInvoiceTemplateId",
]
"""A field of Invoice that List sorts may name."""

InvoiceFilterField = Literal[
    "id",
    "isActive",
    "createdTime",
    "updatedTime",
    "customerId",
    "invoiceNumber",
    "invoiceDate",
    "dueDate",
    "glPostingDate",
    "amount",
    "localAmount",
    "amountDue",
    "creditAmount",
    "paymentStatus",
    "shipDate",
    "isToBePrinted",
    "isToBeEmailed",
    "lastSentTime",
    "departmentId",
    "locationId",
    "actgClassId",
    "jobId",
    "invoiceTemplateId",
    "hasAutoPay",
    "emailDeliveryOption",
    "mailDeliveryOption",
    "quickbooksId",
    "recInvoiceTemplateId",
]
"""A field of Invoice that List filters may name: the API filters on these only."""


class InvoiceTextFilter(TypedDict):
    """A List filter on id, customerId, invoiceNumber, departmentId, locationId, actgClassId, jobId, invoiceTemplateId, quickbooksId, recInvoiceTemplateId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
        "invoiceNumber",
        "departmentId",
        "locationId",
        "actgClassId",
        "jobId",
        "invoiceTemplateId",
        "quickbooksId",
        "recInvoiceTemplateId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class InvoiceIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: InvoiceIsActive | str | Sequence[InvoiceIsActive | str]


class InvoiceTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime, lastSentTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
        "lastSentTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class InvoiceDateFilter(TypedDict):
    """A List filter on invoiceDate, dueDate, glPostingDate, shipDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "invoiceDate",
        "dueDate",
        "glPostingDate",
        "shipDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class InvoiceAmountFilter(TypedDict):
    """A List filter on amount, localAmount, amountDue, creditAmount; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "localAmount",
        "amountDue",
        "creditAmount",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class InvoicePaymentStatusFilter(TypedDict):
    """A List filter on paymentStatus; `in` and `nin` take a sequence of values."""

    field: Literal["paymentStatus",]
    op: FilterOperator
    value: InvoicePaymentStatus | str | Sequence[InvoicePaymentStatus | str]


class InvoiceFlagFilter(TypedDict):
    """A List filter on isToBePrinted, isToBeEmailed, hasAutoPay; `in` and `nin` take a sequence of values."""

    field: Literal[
        "isToBePrinted",
        "isToBeEmailed",
        "hasAutoPay",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class InvoiceEmailDeliveryOptionFilter(TypedDict):
    """A List filter on emailDeliveryOption; `in` and `nin` take a sequence of values."""

    field: Literal["emailDeliveryOption",]
    op: FilterOperator
    value: InvoiceEmailDeliveryOption | str | Sequence[InvoiceEmailDeliveryOption | str]


class InvoiceMailDeliveryOptionFilter(TypedDict):
    """A List filter on mailDeliveryOption; `in` and `nin` take a sequence of values."""

    field: Literal["mailDeliveryOption",]
    op: FilterOperator
    value: InvoiceMailDeliveryOption | str | Sequence[InvoiceMailDeliveryOption | str]


InvoiceFilter = (
    InvoiceTextFilter
    | InvoiceIsActiveFilter
    | InvoiceTimeFilter
    | InvoiceDateFilter
    | InvoiceAmountFilter
    | InvoicePaymentStatusFilter
    | InvoiceFlagFilter
    | InvoiceEmailDeliveryOptionFilter
    | InvoiceMailDeliveryOptionFilter
)
"""A List filter on Invoice, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class InvoiceSort(TypedDict):
    """A List sort key on Invoice."""

    field: InvoiceField
    asc: bool
