# Generated from spec/entities/ReceivedPay.yaml by codegen. Do not edit: run make generate.
"""ReceivedPay: A payment received from a customer, recorded offline or charged online through BILL."""

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
from .invoice_pay import InvoicePay, InvoicePayCreateParams, InvoicePayCreateParamsModel
from .rp_conv_fee import RPConvFee

__all__ = [
    "ReceivedPay",
    "ReceivedPayAmountFilter",
    "ReceivedPayCreateParams",
    "ReceivedPayCreateParamsModel",
    "ReceivedPayDateFilter",
    "ReceivedPayField",
    "ReceivedPayFilter",
    "ReceivedPayFilterField",
    "ReceivedPayFlagFilter",
    "ReceivedPayPaymentType",
    "ReceivedPayPaymentTypeFilter",
    "ReceivedPaySort",
    "ReceivedPaySource",
    "ReceivedPaySourceFilter",
    "ReceivedPayStatus",
    "ReceivedPayStatusFilter",
    "ReceivedPayTextFilter",
    "ReceivedPayTimeFilter",
    "ReceivedPayUpdateParams",
    "ReceivedPayUpdateParamsModel",
]


class ReceivedPayStatus(StrEnum):
    """Codes of `ReceivedPay.status`: State of the payment; RecordARPayment sets 0, ChargeCustomer 2, VoidARPayment 1."""

    PAID = "0"
    VOID = "1"
    SCHEDULED = "2"
    CANCELED = "3"
    ESCHEATED = "4"


class ReceivedPayPaymentType(StrEnum):
    """Codes of `ReceivedPay.paymentType`: Payment method; settable for offline payments only (online charges are 3)."""

    CASH = "0"
    CHECK = "1"
    CREDIT_CARD = "2"
    ACH = "3"
    PAYPAL = "4"
    OTHER = "5"
    INSTANT_TRANSFER = "6"
    """Instant transfer (wallet)."""
    VIRTUAL_CARD = "7"
    """Virtual card (Vendor Direct)."""


class ReceivedPaySource(StrEnum):
    """Codes of `ReceivedPay.source`: Where the payment originated."""

    OTHER = "0"
    QUICKBOOKS = "1"
    """Intuit QuickBooks."""
    BILL = "2"
    NETSYNC = "3"
    INVOICE_AUTOPAY = "4"
    EINVOICE_PAYMENT = "5"
    """eInvoice payment."""
    INSTAPAY_ACH = "6"
    """Instapay ACH."""


class ReceivedPay(BillComModel):
    """A payment received from a customer, recorded offline or charged online through BILL."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "convFeeAmount",
            "createdTime",
            "customerBankAccountId",
            "holdDisbursement",
            "id",
            "isMarkedAsCompleted",
            "isOnline",
            "moneyOutId",
            "rPConvFee",
            "source",
            "status",
            "unappliedAmount",
            "updatedTime",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "rPConvFee": RPConvFee,
        "invoicePays": InvoicePay,
    }
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["amount", "customerId", "paymentDate", "paymentType"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "customerId": "string",
        "status": "enum",
        "paymentDate": "date",
        "paymentType": "enum",
        "amount": "number",
        "depositToAccountId": "string",
        "isOnline": "boolean",
        "unappliedAmount": "number",
        "convFeeAmount": "number",
        "payToBankAccountId": "string",
        "source": "enum",
        "customerBankAccountId": "string",
    }

    entity: Lenient[str] = Field(default="ReceivedPay", alias="entity")
    """The wire name of the object's type: "ReceivedPay"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 0rp); sent on Read and VoidARPayment."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the payment was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the payment was last changed (UTC)."""
    customer_id: Lenient[str] | None = Field(default=None, alias="customerId")
    """Paying customer."""
    status: Lenient[Annotated[ReceivedPayStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
    """State of the payment; RecordARPayment sets 0, ChargeCustomer 2, VoidARPayment 1."""
    payment_date: Lenient[Date] | None = Field(default=None, alias="paymentDate")
    """Date of the payment."""
    payment_type: Lenient[Annotated[ReceivedPayPaymentType, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentType"
    )
    """Payment method; settable for offline payments only (online charges are 3)."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Payment total."""
    deposit_to_account_id: Lenient[str] | None = Field(default=None, alias="depositToAccountId")
    """Ledger account the payment is posted to."""
    is_online: Lenient[Boolean] | None = Field(default=None, alias="isOnline")
    """Whether the payment was received through BILL."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Memo; set automatically for online payments."""
    ref_number: Lenient[str] | None = Field(default=None, alias="refNumber")
    """Reference such as a check number; online payments use 'Bill.com ePayment'."""
    unapplied_amount: Lenient[Number] | None = Field(default=None, alias="unappliedAmount")
    """Amount not applied to invoices; it becomes customer credit."""
    conv_fee_amount: Lenient[Number] | None = Field(default=None, alias="convFeeAmount")
    """Convenience fee paid by the customer."""
    pay_to_bank_account_id: Lenient[str] | None = Field(default=None, alias="payToBankAccountId")
    """Org BankAccount (prefix bac) an online payment is deposited to."""
    source: Lenient[Annotated[ReceivedPaySource, Code] | UnknownCode] | None = Field(
        default=None, alias="source"
    )
    """Where the payment originated."""
    money_out_id: Lenient[str] | None = Field(default=None, alias="moneyOutId")
    """Internal BILL money-out id."""
    is_marked_as_completed: Lenient[Boolean] | None = Field(
        default=None, alias="isMarkedAsCompleted"
    )
    """Whether the payment is marked as completed."""
    hold_disbursement: Lenient[Boolean] | None = Field(default=None, alias="holdDisbursement")
    """Whether disbursement of the funds is on hold."""
    customer_bank_account_id: Lenient[str] | None = Field(
        default=None, alias="customerBankAccountId"
    )
    """Customer bank account charged by ChargeCustomer."""
    r_p_conv_fee: Lenient[list[RPConvFee]] | None = Field(default=None, alias="rPConvFee")
    """Convenience fees on the payment (note the key casing)."""
    invoice_pays: Lenient[list[InvoicePay]] | None = Field(default=None, alias="invoicePays")
    """Applications of the payment to invoices."""


class ReceivedPayCreateParams(TypedDict, total=False):
    """Keyword arguments for ReceivedPay."""

    customer_id: Required[str]
    payment_date: Required[dt.date | str]
    payment_type: Required[ReceivedPayPaymentType | str]
    amount: Required[Decimal | int | str]
    deposit_to_account_id: NotRequired[str | None]
    description: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    invoice_pays: NotRequired[Sequence[InvoicePayCreateParams] | None]


class ReceivedPayCreateParamsModel(ParamsModel):
    """Validates and serializes `ReceivedPayCreateParams`."""

    __entity__: ClassVar[str | None] = "ReceivedPay"
    __model__: ClassVar[type[BillComModel] | None] = ReceivedPay

    customer_id: str = Field(alias="customerId")
    payment_date: DateInput = Field(alias="paymentDate")
    payment_type: Annotated[ReceivedPayPaymentType | str, CodeInput] = Field(alias="paymentType")
    amount: NumberInput = Field(alias="amount")
    deposit_to_account_id: str | None = Field(default=None, alias="depositToAccountId")
    description: str | None = Field(default=None, alias="description")
    ref_number: str | None = Field(default=None, alias="refNumber")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    invoice_pays: list[InvoicePayCreateParamsModel] | None = Field(
        default=None, alias="invoicePays"
    )


class ReceivedPayUpdateParams(TypedDict, total=False):
    """Keyword arguments for ReceivedPay."""

    customer_id: NotRequired[str | None]
    payment_date: NotRequired[dt.date | str | None]
    payment_type: NotRequired[ReceivedPayPaymentType | str | None]
    amount: NotRequired[Decimal | int | str | None]
    deposit_to_account_id: NotRequired[str | None]
    description: NotRequired[str | None]
    ref_number: NotRequired[str | None]
    pay_to_bank_account_id: NotRequired[str | None]
    invoice_pays: NotRequired[Sequence[InvoicePayCreateParams] | None]


class ReceivedPayUpdateParamsModel(ParamsModel):
    """Validates and serializes `ReceivedPayUpdateParams`."""

    __entity__: ClassVar[str | None] = "ReceivedPay"
    __model__: ClassVar[type[BillComModel] | None] = ReceivedPay

    customer_id: str | None = Field(default=None, alias="customerId")
    payment_date: DateInput | None = Field(default=None, alias="paymentDate")
    payment_type: Annotated[ReceivedPayPaymentType | str, CodeInput] | None = Field(
        default=None, alias="paymentType"
    )
    amount: NumberInput | None = Field(default=None, alias="amount")
    deposit_to_account_id: str | None = Field(default=None, alias="depositToAccountId")
    description: str | None = Field(default=None, alias="description")
    ref_number: str | None = Field(default=None, alias="refNumber")
    pay_to_bank_account_id: str | None = Field(default=None, alias="payToBankAccountId")
    invoice_pays: list[InvoicePayCreateParamsModel] | None = Field(
        default=None, alias="invoicePays"
    )


ReceivedPayField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "customerId",
    "status",
    "paymentDate",
    "paymentType",
    "amount",
    "depositToAccountId",
    "isOnline",
    "description",
    "refNumber",
    "unappliedAmount",
    "convFeeAmount",
    "payToBankAccountId",
    "source",
    "moneyOutId",
    "isMarkedAsCompleted",
    "holdDisbursement",
    "customerBankAccountId",
]
"""A field of ReceivedPay that List sorts may name."""

ReceivedPayFilterField = Literal[
    "id",
    "createdTime",
    "updatedTime",
    "customerId",
    "status",
    "paymentDate",
    "paymentType",
    "amount",
    "depositToAccountId",
    "isOnline",
    "unappliedAmount",
    "convFeeAmount",
    "payToBankAccountId",
    "source",
    "customerBankAccountId",
]
"""A field of ReceivedPay that List filters may name: the API filters on these only."""


class ReceivedPayTextFilter(TypedDict):
    """A List filter on id, customerId, depositToAccountId, payToBankAccountId, customerBankAccountId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "customerId",
        "depositToAccountId",
        "payToBankAccountId",
        "customerBankAccountId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ReceivedPayTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class ReceivedPayStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: ReceivedPayStatus | str | Sequence[ReceivedPayStatus | str]


class ReceivedPayDateFilter(TypedDict):
    """A List filter on paymentDate; `in` and `nin` take a sequence of values."""

    field: Literal["paymentDate",]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class ReceivedPayPaymentTypeFilter(TypedDict):
    """A List filter on paymentType; `in` and `nin` take a sequence of values."""

    field: Literal["paymentType",]
    op: FilterOperator
    value: ReceivedPayPaymentType | str | Sequence[ReceivedPayPaymentType | str]


class ReceivedPayAmountFilter(TypedDict):
    """A List filter on amount, unappliedAmount, convFeeAmount; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "unappliedAmount",
        "convFeeAmount",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class ReceivedPayFlagFilter(TypedDict):
    """A List filter on isOnline; `in` and `nin` take a sequence of values."""

    field: Literal["isOnline",]
    op: FilterOperator
    value: bool | Sequence[bool]


class ReceivedPaySourceFilter(TypedDict):
    """A List filter on source; `in` and `nin` take a sequence of values."""

    field: Literal["source",]
    op: FilterOperator
    value: ReceivedPaySource | str | Sequence[ReceivedPaySource | str]


ReceivedPayFilter = (
    ReceivedPayTextFilter
    | ReceivedPayTimeFilter
    | ReceivedPayStatusFilter
    | ReceivedPayDateFilter
    | ReceivedPayPaymentTypeFilter
    | ReceivedPayAmountFilter
    | ReceivedPayFlagFilter
    | ReceivedPaySourceFilter
)
"""A List filter on ReceivedPay, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ReceivedPaySort(TypedDict):
    """A List sort key on ReceivedPay."""

    field: ReceivedPayField
    asc: bool
