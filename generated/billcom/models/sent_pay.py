# Generated from spec/entities/SentPay.yaml by codegen. Do not edit: run make generate.
"""SentPay: One outgoing vendor payment, online or recorded offline."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel
from .._types import Boolean, Code, Date, Lenient, Number, Timestamp
from .ap_conv_fee import APConvFee
from .bill_credit import BillCredit
from .bill_pay import BillPay
from .void_request_queue import (
    VoidRequestQueue,
)

__all__ = [
    "SentPay",
    "SentPayDeliveryTypeRequested",
    "SentPayField",
    "SentPayFilter",
    "SentPayFilterField",
    "SentPayFundingType",
    "SentPayPaymentType",
    "SentPaySort",
    "SentPaySource",
    "SentPayStatus",
]


class SentPayStatus(StrEnum):
    """Codes of `SentPay.status`: Payment state; changed by the cancel and void actions."""

    APPROVING = "0"
    SCHEDULED = "1"
    PAID = "2"
    CANCELED = "3"
    VOID = "4"
    ESCHEATED = "5"
    """Escheated (checks only)"""


class SentPayPaymentType(StrEnum):
    """Codes of `SentPay.paymentType`: Payment method."""

    CHECK = "0"
    ACH = "1"
    LARGE_BILLER_ACH = "2"
    """ACH to a verified national vendor (large biller)"""
    PAYPAL = "3"
    OTHER = "4"
    INTL_EPAYMENT = "5"
    """International ePayment"""
    AMERICAN_EXPRESS = "6"
    VIRTUAL_CARD = "7"
    """Virtual card (Vendor Direct)"""
    INSTANT_TRANSFER = "11"
    """Instant Transfer (wallet)"""
    CREDIT_CARD = "12"


class SentPayDeliveryTypeRequested(StrEnum):
    """Codes of `SentPay.deliveryTypeRequested`: Requested check delivery."""

    STANDARD = "0"
    USPS_PRIORITY = "1"
    UPS_1_DAY = "10"
    UPS_2_DAY = "11"
    UPS_3_DAY = "12"
    RTP = "13"
    """RTP"""


class SentPaySource(StrEnum):
    """Codes of `SentPay.source`: How the payment originated."""

    BILL = "0"
    """BILL"""
    BILL_AUTOPAY = "1"
    NETSYNC_ONLINE = "2"
    NETSYNC_OFFLINE = "3"
    EBILL_AUTOPAY = "4"
    EBILL = "5"
    RECURRING_PAYMENT = "6"


class SentPayFundingType(StrEnum):
    """Codes of `SentPay.fundingType`: How the payment is funded; numbering differs from paymentType."""

    CHECK = "0"
    LARGE_BILLER_ACH = "1"
    """ACH to a verified national vendor (large biller)"""
    ACH = "2"
    PAYPAL = "3"
    CREDIT_CARD = "4"
    INTL_EPAYMENT = "5"
    """International ePayment"""
    AMERICAN_EXPRESS = "6"
    VIRTUAL_CARD = "7"
    REAL_TIME_PAYMENT = "8"
    INSTANT_TRANSFER = "9"
    """Instant Transfer (wallet)"""
    DEBIT_CARD = "10"


class SentPay(BillComModel):
    """One outgoing vendor payment, online or recorded offline."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "allowExport",
            "amount",
            "apConvFee",
            "bankAccountId",
            "billCredits",
            "billPays",
            "cardAccountId",
            "chartOfAccountId",
            "createdBy",
            "createdTime",
            "creditAccountId",
            "deliveryTypeRequested",
            "description",
            "exchangeRate",
            "fasterPayment",
            "fundingType",
            "fundsHeldDate",
            "id",
            "isOnline",
            "localAmount",
            "name",
            "needAttnReviewed",
            "paymentPurpose",
            "paymentType",
            "pmtCurrencyInfoId",
            "processDate",
            "pt14CardId",
            "remittanceEmail",
            "requestedDeliveryDate",
            "simpleBasicAutoCancel",
            "source",
            "status",
            "syncReference",
            "toPrintCheck",
            "txnNumber",
            "updatedTime",
            "useAltPmtType",
            "vendorId",
            "voidRequests",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "billPays": BillPay,
        "billCredits": BillCredit,
        "voidRequests": VoidRequestQueue,
        "apConvFee": APConvFee,
    }

    process_date: Lenient[Date] | None = Field(default=None, alias="processDate")
    """Debit date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Total paid."""
    status: Lenient[Annotated[SentPayStatus, Code]] | None = Field(default=None, alias="status")
    """Payment state; changed by the cancel and void actions."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Payment memo."""
    txn_number: Lenient[str] | None = Field(default=None, alias="txnNumber")
    """20-char transaction number, e.g. 'EYBKMKPBBYTSHELLCRKX'."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Confirmation number, 'P######## - #######'."""
    vendor_id: Lenient[str] | None = Field(default=None, alias="vendorId")
    """Vendor paid."""
    is_online: Lenient[Boolean] | None = Field(default=None, alias="isOnline")
    """Whether paid through BILL; false means recorded offline."""
    use_alt_pmt_type: Lenient[Boolean] | None = Field(default=None, alias="useAltPmtType")
    """Whether the method differs from the vendor's preference."""
    faster_payment: Lenient[Boolean] | None = Field(default=None, alias="fasterPayment")
    """Whether this is a faster payment."""
    payment_type: Lenient[Annotated[SentPayPaymentType, Code]] | None = Field(
        default=None, alias="paymentType"
    )
    """Payment method."""
    delivery_type_requested: Lenient[Annotated[SentPayDeliveryTypeRequested, Code]] | None = Field(
        default=None, alias="deliveryTypeRequested"
    )
    """Requested check delivery."""
    chart_of_account_id: Lenient[str] | None = Field(default=None, alias="chartOfAccountId")
    """Online, BILL's clearing account; offline, the caller-set account."""
    sync_reference: Lenient[str] | None = Field(default=None, alias="syncReference")
    """Offline payment reference, e.g. the check number."""
    to_print_check: Lenient[Boolean] | None = Field(default=None, alias="toPrintCheck")
    """Whether a check is to be printed."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the payment was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the payment was last changed (UTC)."""
    created_by: Lenient[str] | None = Field(default=None, alias="createdBy")
    """User who created the payment."""
    bank_account_id: Lenient[str] | None = Field(default=None, alias="bankAccountId")
    """Funding org BankAccount (org primary by default)."""
    pt14_card_id: Lenient[str] | None = Field(default=None, alias="pt14CardId")
    """Partner-only card id."""
    simple_basic_auto_cancel: Lenient[str] | None = Field(
        default=None, alias="simpleBasicAutoCancel"
    )
    """Partner-only auto-cancel setting."""
    need_attn_reviewed: Lenient[Boolean] | None = Field(default=None, alias="needAttnReviewed")
    """Whether the payment needs review."""
    source: Lenient[Annotated[SentPaySource, Code]] | None = Field(default=None, alias="source")
    """How the payment originated."""
    allow_export: Lenient[Boolean] | None = Field(default=None, alias="allowExport")
    """Whether the payment syncs to the accounting system."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Amount in the payment currency."""
    exchange_rate: Lenient[Number] | None = Field(default=None, alias="exchangeRate")
    """Exchange rate of an international payment."""
    payment_purpose: Lenient[str] | None = Field(default=None, alias="paymentPurpose")
    """Payment purpose text some countries require."""
    remittance_email: Lenient[str] | None = Field(default=None, alias="remittanceEmail")
    """Remittance email address."""
    requested_delivery_date: Lenient[str] | None = Field(
        default=None, alias="requestedDeliveryDate"
    )
    """Requested delivery date."""
    pmt_currency_info_id: Lenient[str] | None = Field(default=None, alias="pmtCurrencyInfoId")
    """Payment currency info id."""
    credit_account_id: Lenient[str] | None = Field(default=None, alias="creditAccountId")
    """Credit account id."""
    funds_held_date: Lenient[str] | None = Field(default=None, alias="fundsHeldDate")
    """Date funds were held."""
    card_account_id: Lenient[str] | None = Field(default=None, alias="cardAccountId")
    """CardAccount that funded the payment."""
    funding_type: Lenient[Annotated[SentPayFundingType, Code]] | None = Field(
        default=None, alias="fundingType"
    )
    """How the payment is funded; numbering differs from paymentType."""
    bill_pays: Lenient[list[BillPay]] | None = Field(default=None, alias="billPays")
    """Per-bill portions of the payment."""
    bill_credits: Lenient[list[BillCredit]] | None = Field(default=None, alias="billCredits")
    """Vendor credits applied; nested rows carry no isActive."""
    void_requests: Lenient[list[VoidRequestQueue]] | None = Field(
        default=None, alias="voidRequests"
    )
    """Void requests made by VoidAPPayment."""
    ap_conv_fee: Lenient[APConvFee] | None = Field(default=None, alias="apConvFee")
    """Convenience fee charged on the payment."""


SentPayField = Literal[
    "id",
    "processDate",
    "amount",
    "status",
    "description",
    "txnNumber",
    "name",
    "vendorId",
    "isOnline",
    "useAltPmtType",
    "fasterPayment",
    "paymentType",
    "deliveryTypeRequested",
    "chartOfAccountId",
    "syncReference",
    "toPrintCheck",
    "createdTime",
    "updatedTime",
    "createdBy",
    "bankAccountId",
    "pt14CardId",
    "simpleBasicAutoCancel",
    "needAttnReviewed",
    "source",
    "allowExport",
    "localAmount",
    "exchangeRate",
    "paymentPurpose",
    "remittanceEmail",
    "requestedDeliveryDate",
    "pmtCurrencyInfoId",
    "creditAccountId",
    "fundsHeldDate",
    "cardAccountId",
    "fundingType",
]
"""A field of SentPay that List sorts may name."""

SentPayFilterField = Literal[
    "id",
    "processDate",
    "amount",
    "status",
    "vendorId",
    "isOnline",
    "fasterPayment",
    "paymentType",
    "deliveryTypeRequested",
    "chartOfAccountId",
    "createdTime",
    "updatedTime",
    "allowExport",
]
"""A field of SentPay that List filters may name: the API filters on these only."""


class SentPayFilter(TypedDict):
    """A List filter on SentPay, e.g. `{"field": "id", "op": "=", "value": "1"}`."""

    field: SentPayFilterField
    op: FilterOperator
    value: Any


class SentPaySort(TypedDict):
    """A List sort key on SentPay."""

    field: SentPayField
    asc: bool
