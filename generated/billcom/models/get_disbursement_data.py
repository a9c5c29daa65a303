# Generated from spec/actions/GetDisbursementData.yaml by codegen. Do not edit: run make generate.
"""Types of GetDisbursementData: Read how and when a payment was disbursed to the vendor."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Boolean, Code, Integer, Lenient, Number

__all__ = [
    "GetDisbursementDataParams",
    "GetDisbursementDataParamsModel",
    "GetDisbursementDataResponse",
    "GetDisbursementDataResponseCheckData",
    "GetDisbursementDataResponseDisbursementStatus",
    "GetDisbursementDataResponsePaymentType",
    "GetDisbursementDataResponseRppsData",
    "GetDisbursementDataResponseVcardReissueReason",
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

    check_number: Lenient[str] | None = Field(default=None, alias="checkNumber")
    check_date: Lenient[str] | None = Field(default=None, alias="checkDate")
    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    cleared_date: Lenient[str] | None = Field(default=None, alias="clearedDate")
    amount: Lenient[Number] | None = Field(default=None, alias="amount")
    memo: Lenient[str] | None = Field(default=None, alias="memo")
    expiration_date: Lenient[str] | None = Field(default=None, alias="expirationDate")
    tracking_info: Lenient[str] | None = Field(default=None, alias="trackingInfo")
    error_code: Lenient[str] | None = Field(default=None, alias="errorCode")


class GetDisbursementDataResponseRppsData(BillComModel):
    """ACH-to-large-biller (RPPS) disbursement details."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    arrives_by_date: Lenient[str] | None = Field(default=None, alias="arrivesByDate")
    sent_date: Lenient[str] | None = Field(default=None, alias="sentDate")
    error_code: Lenient[str] | None = Field(default=None, alias="errorCode")
    large_biller_id: Lenient[str] | None = Field(default=None, alias="largeBillerId")
    """Id of the large biller (verified national vendor)."""
    returned_date: Lenient[str] | None = Field(default=None, alias="returnedDate")
    trace_number: Lenient[str] | None = Field(default=None, alias="traceNumber")


class GetDisbursementDataResponse(BillComModel):
    """What GetDisbursementData answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "checkData": GetDisbursementDataResponseCheckData,
        "rppsData": GetDisbursementDataResponseRppsData,
    }

    payment_type: Lenient[Annotated[GetDisbursementDataResponsePaymentType, Code]] | None = Field(
        default=None, alias="paymentType"
    )
    """How the payment was disbursed."""
    disbursement_status: (
        Lenient[Annotated[GetDisbursementDataResponseDisbursementStatus, Code]] | None
    ) = Field(default=None, alias="disbursementStatus")
    """Disbursement state; empty until funds reach the vendor."""
    combined_status: Lenient[Integer] | None = Field(default=None, alias="combinedStatus")
    """Overall status: 0 none, 1 pending approval, 2 scheduled, 3 canceled, 4 processed, 5 on hold, 6 void, 11 sent (before arrival), 12 sent or cleared (on arrival date), 21 disbursement failed, 22 disbursement expired, 101 check issued over 20 days ago, 102 check void requested, 103 check issued under 20 days ago, 401 vcard expiring."""
    vcard_reissue_reason: (
        Lenient[Annotated[GetDisbursementDataResponseVcardReissueReason, Code]] | None
    ) = Field(default=None, alias="vcardReissueReason")
    """Why a virtual card was reissued."""
    vendor_name: Lenient[str] | None = Field(default=None, alias="vendorName")
    """Vendor name."""
    org_name: Lenient[str] | None = Field(default=None, alias="orgName")
    """Organization name."""
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
    ach_data: Lenient[dict[str, Any]] | None = Field(default=None, alias="achData")
    """ACH disbursement details (keys not given)."""
    pay_pal_data: Lenient[dict[str, Any]] | None = Field(default=None, alias="payPalData")
    """PayPal disbursement details (keys not given)."""
    intl_e_pmt_data: Lenient[dict[str, Any]] | None = Field(default=None, alias="intlEPmtData")
    """International ePayment details (keys not given)."""
    vcard_data: Lenient[dict[str, Any]] | None = Field(default=None, alias="vcardData")
    """Virtual card details (keys not given)."""
    wallet_data: Lenient[dict[str, Any]] | None = Field(default=None, alias="walletData")
    """Instant Transfer (wallet) details (keys not given)."""
