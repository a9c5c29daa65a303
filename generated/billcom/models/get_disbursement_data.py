# Generated from spec/actions/GetDisbursementData.yaml by codegen. Do not edit: run make generate.
"""Types of GetDisbursementData: Read how and when a payment was disbursed to the vendor."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    Code,
    Integer,
    Lenient,
    Number,
    UnknownCode,
)

__all__ = [
    "GetDisbursementDataParams",
    "GetDisbursementDataParamsModel",
    "GetDisbursementDataResponse",
    "GetDisbursementDataResponseAchData",
    "GetDisbursementDataResponseCheckData",
    "GetDisbursementDataResponseCheckDataDeliveryTypeActual",
    "GetDisbursementDataResponseCheckDataErrorCode",
    "GetDisbursementDataResponseDisbursementStatus",
    "GetDisbursementDataResponseIntlEPmtData",
    "GetDisbursementDataResponseIntlEPmtDataConfirmStatus",
    "GetDisbursementDataResponseIntlEPmtDataIntlEPmtType",
    "GetDisbursementDataResponsePayPalData",
    "GetDisbursementDataResponsePaymentType",
    "GetDisbursementDataResponseRppsData",
    "GetDisbursementDataResponseVcardData",
    "GetDisbursementDataResponseVcardDataStatus",
    "GetDisbursementDataResponseVcardReissueReason",
    "GetDisbursementDataResponseWalletData",
]


class GetDisbursementDataResponsePaymentType(StrEnum):
    """Codes of `GetDisbursementDataResponse.paymentType`: How the payment was disbursed."""

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


class GetDisbursementDataResponseDisbursementStatus(StrEnum):
    """Codes of `GetDisbursementDataResponse.disbursementStatus`: Disbursement state; empty until funds reach the vendor."""

    SCHEDULED = "0"
    DONE = "3"
    FAILED = "4"
    VOID = "5"
    HOLD = "6"
    FX_HOLD = "7"


class GetDisbursementDataResponseVcardReissueReason(StrEnum):
    """Codes of `GetDisbursementDataResponse.vcardReissueReason`: Why a virtual card was reissued."""

    NONE = "0"
    ORG_OPT_OUT = "1"
    VENDOR_OPT_OUT = "2"
    CARD_EXPIRED = "3"
    BILL_FORCED = "4"
    PAYER_REISSUED_CARD = "5"
    PAYER_REISSUED_OTHER_METHOD = "6"


class GetDisbursementDataResponseCheckDataDeliveryTypeActual(StrEnum):
    """Codes of `GetDisbursementDataResponseCheckData.deliveryTypeActual`: How the check was actually delivered (same codes as SentPay.deliveryTypeRequested)."""

    STANDARD = "0"
    USPS_PRIORITY = "1"
    UPS_1_DAY = "10"
    UPS_2_DAY = "11"
    UPS_3_DAY = "12"
    RTP = "13"
    """Real-time payment"""


class GetDisbursementDataResponseCheckDataErrorCode(StrEnum):
    """Codes of `GetDisbursementDataResponseCheckData.errorCode`: Why the check failed."""

    EXPIRED = "E01"
    """Uncashed check expired after 90 days"""
    RETURNED = "E02"
    """Check could not be processed and came back"""


class GetDisbursementDataResponseIntlEPmtDataConfirmStatus(StrEnum):
    """Codes of `GetDisbursementDataResponseIntlEPmtData.confirmStatus`: State of the payment confirmation."""

    AWAITING_SWIFT = "-1"
    """Waiting for SWIFT confirmation"""
    PENDING = "0"
    RETRIEVED = "1"
    FAILED = "2"


class GetDisbursementDataResponseIntlEPmtDataIntlEPmtType(StrEnum):
    """Codes of `GetDisbursementDataResponseIntlEPmtData.intlEPmtType`: Kind of international ePayment (as intlPaymentType)."""

    NONE = "0"
    WIRE = "1"
    INTL_ACH = "2"
    """International ACH"""


class GetDisbursementDataResponseVcardDataStatus(StrEnum):
    """Codes of `GetDisbursementDataResponseVcardData.status`: State of the virtual card."""

    REQUESTED = "0"
    ISSUED = "1"
    FAILED = "2"
    VOID = "3"
    USED = "4"


class GetDisbursementDataParams(TypedDict, total=False):
    """Keyword arguments for GetDisbursementData."""

    sent_pay_id: Required[str]


class GetDisbursementDataParamsModel(ParamsModel):
    """Validates and serializes `GetDisbursementDataParams`."""

    sent_pay_id: str = Field(alias="sentPayId")


class GetDisbursementDataResponseCheckData(BillComModel):
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
        Lenient[
            Annotated[GetDisbursementDataResponseCheckDataDeliveryTypeActual, Code] | UnknownCode
        ]
        | None
    ) = Field(default=None, alias="deliveryTypeActual")
    """How the check was actually delivered (same codes as SentPay.deliveryTypeRequested)."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    """Date the funds returned to the payer (when errorCode is set)."""
    payee_address: Lenient[str] | None = Field(default=None, alias="payeeAddress")
    """Vendor address the check was mailed to."""
    error_code: (
        Lenient[Annotated[GetDisbursementDataResponseCheckDataErrorCode, Code] | UnknownCode] | None
    ) = Field(default=None, alias="errorCode")
    """Why the check failed."""


class GetDisbursementDataResponseRppsData(BillComModel):
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


class GetDisbursementDataResponseAchData(BillComModel):
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


class GetDisbursementDataResponsePayPalData(BillComModel):
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


class GetDisbursementDataResponseIntlEPmtData(BillComModel):
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
        Lenient[Annotated[GetDisbursementDataResponseIntlEPmtDataConfirmStatus, Code] | UnknownCode]
        | None
    ) = Field(default=None, alias="confirmStatus")
    """State of the payment confirmation."""
    intl_e_pmt_type: (
        Lenient[Annotated[GetDisbursementDataResponseIntlEPmtDataIntlEPmtType, Code] | UnknownCode]
        | None
    ) = Field(default=None, alias="intlEPmtType")
    """Kind of international ePayment (as intlPaymentType)."""


class GetDisbursementDataResponseVcardData(BillComModel):
    """Virtual card (Vendor Direct) details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    status: (
        Lenient[Annotated[GetDisbursementDataResponseVcardDataStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="status")
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


class GetDisbursementDataResponseWalletData(BillComModel):
    """Instant Transfer (wallet) details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    deposit_date: Lenient[str] | None = Field(default=None, alias="depositDate")
    """Date the payment reaches the vendor's account."""
    transact_id: Lenient[str] | None = Field(default=None, alias="transactId")
    """Unique id of the Instant Transfer."""
    received_pay_id: Lenient[str] | None = Field(default=None, alias="receivedPayId")
    """Vendor-side ReceivedPay of the payment."""


class GetDisbursementDataResponse(BillComModel):
    """What GetDisbursementData answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "checkData": GetDisbursementDataResponseCheckData,
        "rppsData": GetDisbursementDataResponseRppsData,
        "achData": GetDisbursementDataResponseAchData,
        "payPalData": GetDisbursementDataResponsePayPalData,
        "intlEPmtData": GetDisbursementDataResponseIntlEPmtData,
        "vcardData": GetDisbursementDataResponseVcardData,
        "walletData": GetDisbursementDataResponseWalletData,
    }

    payment_type: (
        Lenient[Annotated[GetDisbursementDataResponsePaymentType, Code] | UnknownCode] | None
    ) = Field(default=None, alias="paymentType")
    """How the payment was disbursed."""
    disbursement_status: (
        Lenient[Annotated[GetDisbursementDataResponseDisbursementStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="disbursementStatus")
    """Disbursement state; empty until funds reach the vendor."""
    combined_status: Lenient[Integer] | None = Field(default=None, alias="combinedStatus")
    """Overall status: 0 none, 1 pending approval, 2 scheduled, 3 canceled, 4 processed, 5 on hold, 6 void, 11 sent (before arrival), 12 sent or cleared (on arrival date), 21 disbursement failed, 22 disbursement expired, 101 check issued over 20 days ago, 102 check void requested, 103 check issued under 20 days ago, 401 vcard expiring."""
    vcard_reissue_reason: (
        Lenient[Annotated[GetDisbursementDataResponseVcardReissueReason, Code] | UnknownCode] | None
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
    check_data: Lenient[GetDisbursementDataResponseCheckData] | None = Field(
        default=None, alias="checkData"
    )
    """Check disbursement details."""
    rpps_data: Lenient[GetDisbursementDataResponseRppsData] | None = Field(
        default=None, alias="rppsData"
    )
    """ACH-to-large-biller (RPPS) disbursement details."""
    ach_data: Lenient[GetDisbursementDataResponseAchData] | None = Field(
        default=None, alias="achData"
    )
    """ACH disbursement details."""
    pay_pal_data: Lenient[GetDisbursementDataResponsePayPalData] | None = Field(
        default=None, alias="payPalData"
    )
    """PayPal disbursement details."""
    intl_e_pmt_data: Lenient[GetDisbursementDataResponseIntlEPmtData] | None = Field(
        default=None, alias="intlEPmtData"
    )
    """International ePayment details."""
    vcard_data: Lenient[GetDisbursementDataResponseVcardData] | None = Field(
        default=None, alias="vcardData"
    )
    """Virtual card (Vendor Direct) details."""
    wallet_data: Lenient[GetDisbursementDataResponseWalletData] | None = Field(
        default=None, alias="walletData"
    )
    """Instant Transfer (wallet) details."""
