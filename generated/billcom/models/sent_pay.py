# Generated from spec/entities/SentPay.yaml by codegen. Do not edit: run make generate.
"""SentPay: One outgoing vendor payment, online or recorded offline."""

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
    Integer,
    Lenient,
    Number,
    Timestamp,
    UnknownCode,
)
from .ap_conv_fee import APConvFee
from .bill_credit import BillCredit
from .bill_pay import BillPay
from .void_request_queue import (
    VoidRequestQueue,
)

__all__ = [
    "SentPay",
    "SentPayAmountFilter",
    "SentPayDateFilter",
    "SentPayDeliveryTypeRequested",
    "SentPayDeliveryTypeRequestedFilter",
    "SentPayDisbursement",
    "SentPayDisbursementAchData",
    "SentPayDisbursementCheckData",
    "SentPayDisbursementCheckDataDeliveryTypeActual",
    "SentPayDisbursementCheckDataErrorCode",
    "SentPayDisbursementDisbursementStatus",
    "SentPayDisbursementIntlEPmtData",
    "SentPayDisbursementIntlEPmtDataConfirmStatus",
    "SentPayDisbursementIntlEPmtDataIntlEPmtType",
    "SentPayDisbursementPayPalData",
    "SentPayDisbursementPaymentType",
    "SentPayDisbursementRppsData",
    "SentPayDisbursementVcardData",
    "SentPayDisbursementVcardDataStatus",
    "SentPayDisbursementVcardReissueReason",
    "SentPayDisbursementWalletData",
    "SentPayExtraData",
    "SentPayExtraDataDisbursementStatus",
    "SentPayField",
    "SentPayFilter",
    "SentPayFilterField",
    "SentPayFlagFilter",
    "SentPayFundingType",
    "SentPayPaymentType",
    "SentPayPaymentTypeFilter",
    "SentPaySort",
    "SentPaySource",
    "SentPaySourceFilter",
    "SentPayStatus",
    "SentPayStatusFilter",
    "SentPayTextFilter",
    "SentPayTimeFilter",
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


class SentPayDisbursementPaymentType(StrEnum):
    """Codes of `SentPayDisbursement.paymentType`: How the payment was disbursed."""

    CHECK = "0"
    LARGE_BILLER_ACH = "1"
    """ACH to a verified national vendor (RPPS)"""
    ACH = "2"
    PAYPAL = "3"
    INTL_EPAYMENT = "5"
    VIRTUAL_CARD = "7"
    """Vendor Direct virtual card"""
    INSTANT_TRANSFER = "9"
    """Instant Transfer (wallet) / Basic Receivables"""


class SentPayDisbursementDisbursementStatus(StrEnum):
    """Codes of `SentPayDisbursement.disbursementStatus`: Disbursement state; empty until funds reach the vendor."""

    SCHEDULED = "0"
    DONE = "3"
    FAILED = "4"
    VOID = "5"
    HOLD = "6"
    FX_HOLD = "7"


class SentPayDisbursementVcardReissueReason(StrEnum):
    """Codes of `SentPayDisbursement.vcardReissueReason`: Why a virtual card was reissued."""

    NONE = "0"
    ORG_OPT_OUT = "1"
    VENDOR_OPT_OUT = "2"
    CARD_EXPIRED = "3"
    BILL_FORCED = "4"
    PAYER_REISSUED_CARD = "5"
    PAYER_REISSUED_OTHER_METHOD = "6"


class SentPayDisbursementCheckDataDeliveryTypeActual(StrEnum):
    """Codes of `SentPayDisbursementCheckData.deliveryTypeActual`: How the check was actually delivered (same codes as SentPay.deliveryTypeRequested)."""

    STANDARD = "0"
    USPS_PRIORITY = "1"
    UPS_1_DAY = "10"
    UPS_2_DAY = "11"
    UPS_3_DAY = "12"
    RTP = "13"
    """Real-time payment"""


class SentPayDisbursementCheckDataErrorCode(StrEnum):
    """Codes of `SentPayDisbursementCheckData.errorCode`: Why the check failed."""

    EXPIRED = "E01"
    """Uncashed check expired after 90 days"""
    RETURNED = "E02"
    """Check could not be processed and came back"""


class SentPayDisbursementIntlEPmtDataConfirmStatus(StrEnum):
    """Codes of `SentPayDisbursementIntlEPmtData.confirmStatus`: State of the payment confirmation."""

    AWAITING_SWIFT = "-1"
    """Waiting for SWIFT confirmation"""
    PENDING = "0"
    RETRIEVED = "1"
    FAILED = "2"


class SentPayDisbursementIntlEPmtDataIntlEPmtType(StrEnum):
    """Codes of `SentPayDisbursementIntlEPmtData.intlEPmtType`: Kind of international ePayment (as intlPaymentType)."""

    NONE = "0"
    WIRE = "1"
    INTL_ACH = "2"
    """International ACH"""


class SentPayDisbursementVcardDataStatus(StrEnum):
    """Codes of `SentPayDisbursementVcardData.status`: State of the virtual card."""

    REQUESTED = "0"
    ISSUED = "1"
    FAILED = "2"
    VOID = "3"
    USED = "4"


class SentPayExtraDataDisbursementStatus(StrEnum):
    """Codes of `SentPayExtraData.disbursementStatus`: Disbursement state (as GetDisbursementData.disbursementStatus)."""

    SCHEDULED = "0"
    DONE = "3"
    FAILED = "4"
    VOID = "5"
    HOLD = "6"
    FX_HOLD = "7"


class SentPayDisbursementCheckData(BillComModel):
    """Check disbursement details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    check_number: Lenient[Integer] | None = Field(default=None, alias="checkNumber")
    """Number printed on the check."""
    check_date: Lenient[str] | None = Field(default=None, alias="checkDate")
    """Date printed on the check."""
    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    """Expected date the vendor receives the check."""
    cleared_date: Lenient[str] | None = Field(default=None, alias="clearedDate")
    """Date the vendor cashed the check and it cleared."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Check amount."""
    memo: Lenient[str] | None = Field(default=None, alias="memo")
    """Payment memo sent to the vendor."""
    expiration_date: Lenient[str] | None = Field(default=None, alias="expirationDate")
    """Date after which an uncashed check is voided and the funds return."""
    tracking_info: Lenient[str] | None = Field(default=None, alias="trackingInfo")
    """Tracking details of a faster check."""
    delivery_type_actual: (
        Lenient[Annotated[SentPayDisbursementCheckDataDeliveryTypeActual, Code] | UnknownCode]
        | None
    ) = Field(default=None, alias="deliveryTypeActual")
    """How the check was actually delivered (same codes as SentPay.deliveryTypeRequested)."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    """Date the funds returned to the payer (when errorCode is set)."""
    payee_address: Lenient[str] | None = Field(default=None, alias="payeeAddress")
    """Vendor address the check was mailed to."""
    error_code: (
        Lenient[Annotated[SentPayDisbursementCheckDataErrorCode, Code] | UnknownCode] | None
    ) = Field(default=None, alias="errorCode")
    """Why the check failed."""


class SentPayDisbursementRppsData(BillComModel):
    """ACH-to-large-biller (RPPS) disbursement details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    """Date the ACH deposit reaches the vendor's account."""
    sent_date: Lenient[str] | None = Field(default=None, alias="sentDate")
    """Date the ACH payment was sent."""
    error_code: Lenient[str] | None = Field(default=None, alias="errorCode")
    """NACHA return code, if the payment came back."""
    large_biller_id: Lenient[Number] | None = Field(default=None, alias="largeBillerId")
    """Numeric id of the vendor in the verified national vendor network."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    """Date the payment returned to the payer (when errorCode is set)."""
    trace_number: Lenient[Integer] | None = Field(default=None, alias="traceNumber")
    """Trace number identifying the payment within its batch."""
    batch_number: Lenient[Integer] | None = Field(default=None, alias="batchNumber")
    """Batch number of the payment."""


class SentPayDisbursementAchData(BillComModel):
    """ACH disbursement details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    deposit_date: Lenient[str] | None = Field(default=None, alias="depositDate")
    """Date the ACH deposit reaches the vendor's account."""
    routing_number: Lenient[str] | None = Field(default=None, alias="routingNumber")
    """Vendor bank routing number."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Vendor bank account number."""
    sent_date: Lenient[str] | None = Field(default=None, alias="sentDate")
    """Date the ACH payment was sent."""
    error_code: Lenient[str] | None = Field(default=None, alias="errorCode")
    """NACHA return code, if the payment came back."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    """Date the payment returned to the payer (when errorCode is set)."""
    unique_id: Lenient[str] | None = Field(default=None, alias="uniqueId")
    """Unique id of the ACH payment."""


class SentPayDisbursementPayPalData(BillComModel):
    """PayPal disbursement details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    sender_email: Lenient[str] | None = Field(default=None, alias="senderEmail")
    """Payer's PayPal account email."""
    receiver_email: Lenient[str] | None = Field(default=None, alias="receiverEmail")
    """Vendor's PayPal (or plain) email."""
    txn_status: Lenient[str] | None = Field(default=None, alias="txnStatus")
    """PayPal transaction status."""
    pending_reason: Lenient[str] | None = Field(default=None, alias="pendingReason")
    """PayPal's pending_reason while the payment is pending."""
    void_reason: Lenient[str] | None = Field(default=None, alias="voidReason")
    """Void reason code, if voided."""
    void_message: Lenient[str] | None = Field(default=None, alias="voidMessage")
    """Void reason text, if voided."""


class SentPayDisbursementIntlEPmtData(BillComModel):
    """International ePayment details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    """Date the payment reaches the vendor's bank account."""
    routing_number: Lenient[str] | None = Field(default=None, alias="routingNumber")
    """Vendor bank routing number."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Vendor bank account number."""
    local_amount: Lenient[Number] | None = Field(default=None, alias="localAmount")
    """Amount in the vendor's local currency."""
    sent_date: Lenient[str] | None = Field(default=None, alias="sentDate")
    """Date the payment was sent to the vendor's bank."""
    trace_number: Lenient[Integer] | None = Field(default=None, alias="traceNumber")
    """Payment trace number."""
    error_code: Lenient[str] | None = Field(default=None, alias="errorCode")
    """Error code, if the disbursement failed."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    """Date the payment returned to the payer (when errorCode is set)."""
    vendor_bank_data: Lenient[str] | None = Field(default=None, alias="vendorBankData")
    """Vendor bank details (none for Basic Receivables vendors)."""
    confirm_id: Lenient[str] | None = Field(default=None, alias="confirmId")
    """Unique id of the payment confirmation."""
    confirm_date: Lenient[str] | None = Field(default=None, alias="confirmDate")
    """Date the confirmation was sent to the vendor."""
    confirm_msg: Lenient[str] | None = Field(default=None, alias="confirmMsg")
    """Confirmation message sent to the vendor."""
    confirm_status: (
        Lenient[Annotated[SentPayDisbursementIntlEPmtDataConfirmStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="confirmStatus")
    """State of the payment confirmation."""
    intl_e_pmt_type: (
        Lenient[Annotated[SentPayDisbursementIntlEPmtDataIntlEPmtType, Code] | UnknownCode] | None
    ) = Field(default=None, alias="intlEPmtType")
    """Kind of international ePayment (as intlPaymentType)."""


class SentPayDisbursementVcardData(BillComModel):
    """Virtual card (Vendor Direct) details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    status: Lenient[Annotated[SentPayDisbursementVcardDataStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="status")
    )
    """State of the virtual card."""
    token_expiration: Lenient[str] | None = Field(default=None, alias="tokenExpiration")
    """Date the card token expires."""
    masked_card_number: Lenient[str] | None = Field(default=None, alias="maskedCardNumber")
    """Masked card number."""
    card_issue_date: Lenient[str] | None = Field(default=None, alias="cardIssueDate")
    """Date the card was issued."""
    settlement_date: Lenient[str] | None = Field(default=None, alias="settlementDate")
    """Date the card payment settled."""
    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    """Date the card payment reaches the vendor's account."""
    vcard_account_number: Lenient[str] | None = Field(default=None, alias="vcardAccountNumber")
    """Card account number."""
    masked_vcard_account_number: Lenient[str] | None = Field(
        default=None, alias="maskedVcardAccountNumber"
    )
    """Masked card account number."""
    cvv: Lenient[str] | None = Field(default=None, alias="cvv")
    """Card security code."""
    vcard_expiration: Lenient[str] | None = Field(default=None, alias="vcardExpiration")
    """Card expiration date."""
    vcard_authorized_date: Lenient[str] | None = Field(default=None, alias="vcardAuthorizedDate")
    """Date the vendor's processor authorized the charge; voidable only before it."""
    remit_email: Lenient[str] | None = Field(default=None, alias="remitEmail")
    """Email of the card payment's receiver."""
    zip_code: Lenient[str] | None = Field(default=None, alias="zipCode")
    """Sender (BILL) ZIP code for the card payment."""


class SentPayDisbursementWalletData(BillComModel):
    """Instant Transfer (wallet) details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    deposit_date: Lenient[str] | None = Field(default=None, alias="depositDate")
    """Date the payment reaches the vendor's account."""
    transact_id: Lenient[str] | None = Field(default=None, alias="transactId")
    """Unique id of the Instant Transfer."""
    received_pay_id: Lenient[str] | None = Field(default=None, alias="receivedPayId")
    """Vendor-side ReceivedPay of the payment."""


class SentPayDisbursement(BillComModel):
    """Disbursement details of the payment, as GetDisbursementData answers them."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "checkData": SentPayDisbursementCheckData,
        "rppsData": SentPayDisbursementRppsData,
        "achData": SentPayDisbursementAchData,
        "payPalData": SentPayDisbursementPayPalData,
        "intlEPmtData": SentPayDisbursementIntlEPmtData,
        "vcardData": SentPayDisbursementVcardData,
        "walletData": SentPayDisbursementWalletData,
    }

    payment_type: Lenient[Annotated[SentPayDisbursementPaymentType, Code] | UnknownCode] | None = (
        Field(default=None, alias="paymentType")
    )
    """How the payment was disbursed."""
    disbursement_status: (
        Lenient[Annotated[SentPayDisbursementDisbursementStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="disbursementStatus")
    """Disbursement state; empty until funds reach the vendor."""
    combined_status: Lenient[Integer] | None = Field(default=None, alias="combinedStatus")
    """Overall status code (0 none ... 401 vcard expiring), as GetDisbursementData.combinedStatus."""
    vcard_reissue_reason: (
        Lenient[Annotated[SentPayDisbursementVcardReissueReason, Code] | UnknownCode] | None
    ) = Field(default=None, alias="vcardReissueReason")
    """Why a virtual card was reissued."""
    vendor_name: Lenient[str] | None = Field(default=None, alias="vendorName")
    """Vendor name."""
    org_name: Lenient[str] | None = Field(default=None, alias="orgName")
    """Organization name."""
    address1: Lenient[str] | None = Field(default=None, alias="address1")
    """Vendor address line 1."""
    address2: Lenient[str] | None = Field(default=None, alias="address2")
    """Vendor address line 2."""
    address3: Lenient[str] | None = Field(default=None, alias="address3")
    """Vendor address line 3."""
    address4: Lenient[str] | None = Field(default=None, alias="address4")
    """Vendor address line 4."""
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    """Payee address city."""
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    """Payee address state."""
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")
    """Payee address ZIP code."""
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    """Payee address country."""
    is_voidable: Lenient[Boolean] | None = Field(default=None, alias="isVoidable")
    """Whether the payment can be voided."""
    is_voidable_from_ui: Lenient[Boolean] | None = Field(default=None, alias="isVoidableFromUI")
    """Whether the payment can be voided in the web app."""
    can_reissue: Lenient[Boolean] | None = Field(default=None, alias="canReissue")
    """Whether the payment can be reissued."""
    is_vendor_direct_v_card: Lenient[Boolean] | None = Field(
        default=None, alias="isVendorDirectVCard"
    )
    """Whether paid by Vendor Direct virtual card."""
    check_data: Lenient[SentPayDisbursementCheckData] | None = Field(
        default=None, alias="checkData"
    )
    """Check disbursement details."""
    rpps_data: Lenient[SentPayDisbursementRppsData] | None = Field(default=None, alias="rppsData")
    """ACH-to-large-biller (RPPS) disbursement details."""
    ach_data: Lenient[SentPayDisbursementAchData] | None = Field(default=None, alias="achData")
    """ACH disbursement details."""
    pay_pal_data: Lenient[SentPayDisbursementPayPalData] | None = Field(
        default=None, alias="payPalData"
    )
    """PayPal disbursement details."""
    intl_e_pmt_data: Lenient[SentPayDisbursementIntlEPmtData] | None = Field(
        default=None, alias="intlEPmtData"
    )
    """International ePayment details."""
    vcard_data: Lenient[SentPayDisbursementVcardData] | None = Field(
        default=None, alias="vcardData"
    )
    """Virtual card (Vendor Direct) details."""
    wallet_data: Lenient[SentPayDisbursementWalletData] | None = Field(
        default=None, alias="walletData"
    )
    """Instant Transfer (wallet) details."""


class SentPayExtraData(BillComModel):
    """Additional disbursement details of the payment."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    estimated_arrives_by_date: Lenient[str] | None = Field(
        default=None, alias="estimatedArrivesByDate"
    )
    """Expected arrival date of the payment."""
    bank_name: Lenient[str] | None = Field(default=None, alias="bankName")
    """Name of the receiving bank."""
    account_number: Lenient[str] | None = Field(default=None, alias="accountNumber")
    """Receiving bank account number."""
    is_savings: Lenient[Boolean] | None = Field(default=None, alias="isSavings")
    """Whether the receiving account is a savings account."""
    disbursement_status: (
        Lenient[Annotated[SentPayExtraDataDisbursementStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="disbursementStatus")
    """Disbursement state (as GetDisbursementData.disbursementStatus)."""
    disbursement_status_description: Lenient[str] | None = Field(
        default=None, alias="disbursementStatusDescription"
    )
    """Disbursement state as a word: Scheduled, Done, Failed, Void, Hold or FxHold."""
    adjusted_combined_status: Lenient[Integer] | None = Field(
        default=None, alias="adjustedCombinedStatus"
    )
    """Overall status code (0 none ... 401 vcard expiring), as GetDisbursementData.combinedStatus."""


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
            "disbursement",
            "exchangeRate",
            "extraData",
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
            "vendorAddressCountry",
            "vendorBankCountry",
            "vendorId",
            "voidRequests",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "disbursement": SentPayDisbursement,
        "extraData": SentPayExtraData,
        "billPays": BillPay,
        "billCredits": BillCredit,
        "voidRequests": VoidRequestQueue,
        "apConvFee": APConvFee,
    }
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "processDate": "date",
        "amount": "number",
        "status": "enum",
        "txnNumber": "string",
        "vendorId": "string",
        "isOnline": "boolean",
        "fasterPayment": "boolean",
        "paymentType": "enum",
        "deliveryTypeRequested": "enum",
        "chartOfAccountId": "string",
        "syncReference": "string",
        "toPrintCheck": "boolean",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "createdBy": "string",
        "bankAccountId": "string",
        "needAttnReviewed": "boolean",
        "source": "enum",
        "allowExport": "boolean",
        "localAmount": "number",
        "exchangeRate": "number",
        "paymentPurpose": "string",
        "remittanceEmail": "string",
        "requestedDeliveryDate": "date",
        "pmtCurrencyInfoId": "string",
    }

    entity: Lenient[str] = Field(default="SentPay", alias="entity")
    """The wire name of the object's type: "SentPay"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix stp)."""
    process_date: Lenient[Date] | None = Field(default=None, alias="processDate")
    """Debit date."""
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    """Total paid."""
    status: Lenient[Annotated[SentPayStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="status"
    )
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
    payment_type: Lenient[Annotated[SentPayPaymentType, Code] | UnknownCode] | None = Field(
        default=None, alias="paymentType"
    )
    """Payment method."""
    delivery_type_requested: (
        Lenient[Annotated[SentPayDeliveryTypeRequested, Code] | UnknownCode] | None
    ) = Field(default=None, alias="deliveryTypeRequested")
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
    source: Lenient[Annotated[SentPaySource, Code] | UnknownCode] | None = Field(
        default=None, alias="source"
    )
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
    requested_delivery_date: Lenient[Date] | None = Field(
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
    funding_type: Lenient[Annotated[SentPayFundingType, Code] | UnknownCode] | None = Field(
        default=None, alias="fundingType"
    )
    """How the payment is funded; numbering differs from paymentType."""
    vendor_bank_country: Lenient[str] | None = Field(default=None, alias="vendorBankCountry")
    """Country of the vendor's bank."""
    vendor_address_country: Lenient[str] | None = Field(default=None, alias="vendorAddressCountry")
    """Country of the vendor's address."""
    disbursement: Lenient[SentPayDisbursement] | None = Field(default=None, alias="disbursement")
    """Disbursement details of the payment, as GetDisbursementData answers them."""
    extra_data: Lenient[SentPayExtraData] | None = Field(default=None, alias="extraData")
    """Additional disbursement details of the payment."""
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
    "vendorBankCountry",
    "vendorAddressCountry",
]
"""A field of SentPay that List sorts may name."""

SentPayFilterField = Literal[
    "id",
    "processDate",
    "amount",
    "status",
    "txnNumber",
    "vendorId",
    "isOnline",
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
    "needAttnReviewed",
    "source",
    "allowExport",
    "localAmount",
    "exchangeRate",
    "paymentPurpose",
    "remittanceEmail",
    "requestedDeliveryDate",
    "pmtCurrencyInfoId",
]
"""A field of SentPay that List filters may name: the API filters on these only."""


class SentPayTextFilter(TypedDict):
    """A List filter on id, txnNumber, vendorId, chartOfAccountId, syncReference, createdBy, bankAccountId, paymentPurpose, remittanceEmail, pmtCurrencyInfoId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "txnNumber",
        "vendorId",
        "chartOfAccountId",
        "syncReference",
        "createdBy",
        "bankAccountId",
        "paymentPurpose",
        "remittanceEmail",
        "pmtCurrencyInfoId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class SentPayDateFilter(TypedDict):
    """A List filter on processDate, requestedDeliveryDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "processDate",
        "requestedDeliveryDate",
    ]
    op: FilterOperator
    value: dt.date | Sequence[dt.date]


class SentPayAmountFilter(TypedDict):
    """A List filter on amount, localAmount, exchangeRate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "amount",
        "localAmount",
        "exchangeRate",
    ]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class SentPayStatusFilter(TypedDict):
    """A List filter on status; `in` and `nin` take a sequence of values."""

    field: Literal["status",]
    op: FilterOperator
    value: SentPayStatus | str | Sequence[SentPayStatus | str]


class SentPayFlagFilter(TypedDict):
    """A List filter on isOnline, fasterPayment, toPrintCheck, needAttnReviewed, allowExport; `in` and `nin` take a sequence of values."""

    field: Literal[
        "isOnline",
        "fasterPayment",
        "toPrintCheck",
        "needAttnReviewed",
        "allowExport",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class SentPayPaymentTypeFilter(TypedDict):
    """A List filter on paymentType; `in` and `nin` take a sequence of values."""

    field: Literal["paymentType",]
    op: FilterOperator
    value: SentPayPaymentType | str | Sequence[SentPayPaymentType | str]


class SentPayDeliveryTypeRequestedFilter(TypedDict):
    """A List filter on deliveryTypeRequested; `in` and `nin` take a sequence of values."""

    field: Literal["deliveryTypeRequested",]
    op: FilterOperator
    value: SentPayDeliveryTypeRequested | str | Sequence[SentPayDeliveryTypeRequested | str]


class SentPayTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class SentPaySourceFilter(TypedDict):
    """A List filter on source; `in` and `nin` take a sequence of values."""

    field: Literal["source",]
    op: FilterOperator
    value: SentPaySource | str | Sequence[SentPaySource | str]


SentPayFilter = (
    SentPayTextFilter
    | SentPayDateFilter
    | SentPayAmountFilter
    | SentPayStatusFilter
    | SentPayFlagFilter
    | SentPayPaymentTypeFilter
    | SentPayDeliveryTypeRequestedFilter
    | SentPayTimeFilter
    | SentPaySourceFilter
)
"""A List filter on SentPay, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class SentPaySort(TypedDict):
    """A List sort key on SentPay."""

    field: SentPayField
    asc: bool
