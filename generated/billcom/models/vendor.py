# Generated from spec/entities/Vendor.yaml by codegen. Do not edit: run make generate.
"""Vendor: A company or person the organization pays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    CodeInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "Vendor",
    "VendorAccountType",
    "VendorAccountTypeFilter",
    "VendorAmountFilter",
    "VendorAutoSaveStatus",
    "VendorAutoSaveStatusFilter",
    "VendorBillSyncPref",
    "VendorBillSyncPrefFilter",
    "VendorCreateParams",
    "VendorCreateParamsModel",
    "VendorCreationSource",
    "VendorCreationSourceFilter",
    "VendorEBillEnabledStatus",
    "VendorEBillEnabledStatusFilter",
    "VendorField",
    "VendorFilter",
    "VendorFilterField",
    "VendorFlagFilter",
    "VendorIntlPaymentType",
    "VendorIntlPaymentTypeFilter",
    "VendorIsActive",
    "VendorIsActiveFilter",
    "VendorOrgVCardOptOutCustReason",
    "VendorOrgVCardOptOutCustReasonFilter",
    "VendorOrgVCardStatus",
    "VendorOrgVCardStatusFilter",
    "VendorPayBy",
    "VendorPayByFilter",
    "VendorPrefPmtMethod",
    "VendorPrefPmtMethodFilter",
    "VendorPrefRemitEmail",
    "VendorPrefRemitEmailFilter",
    "VendorProcessorVCardStatus",
    "VendorProcessorVCardStatusFilter",
    "VendorSort",
    "VendorStpProcessor",
    "VendorTaxIdType",
    "VendorTaxIdTypeFilter",
    "VendorTextFilter",
    "VendorTimeFilter",
    "VendorUpdateParams",
    "VendorUpdateParamsModel",
    "VendorVStatusUpdateSource",
    "VendorVStatusUpdateSourceFilter",
    "VendorVendorBankAccountStatus",
    "VendorVendorVCardStatus",
    "VendorVendorVCardStatusFilter",
]


class VendorIsActive(StrEnum):
    """Codes of `Vendor.isActive`: Whether the vendor is active; Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class VendorTaxIdType(StrEnum):
    """Codes of `Vendor.taxIdType`: Kind of tax id in taxId."""

    EIN = "1"
    SSN = "2"


class VendorPayBy(StrEnum):
    """Codes of `Vendor.payBy`: How the vendor is paid; derived by BILL (reverts to check when the bank account fails or is deactivated)."""

    CHECK = "0"
    ACH = "1"
    LARGE_BILLER_ACH = "2"
    """ACH to a verified national vendor (large biller; RPPS in older tables)"""
    INTL_EPAYMENT = "5"
    """International ePayment"""
    OFFLINE = "6"
    VIRTUAL_CARD = "7"
    """Virtual card (Vendor Direct)"""
    INSTANT_TRANSFER = "11"
    """Instant Transfer (wallet)"""


class VendorAccountType(StrEnum):
    """Codes of `Vendor.accountType`: Whether the vendor is a business or a person."""

    NONE = "0"
    BUSINESS = "1"
    PERSON = "2"


class VendorBillSyncPref(StrEnum):
    """Codes of `Vendor.billSyncPref`: Whether the vendor's bills sync to the accounting system."""

    SYNC = "0"
    DONT_SYNC = "1"


class VendorPrefPmtMethod(StrEnum):
    """Codes of `Vendor.prefPmtMethod`: Preferred payment method."""

    CARD = "0"
    OTHER = "1"
    VIRTUAL_CARD = "7"
    """Virtual card (Vendor Direct)"""


class VendorVendorBankAccountStatus(StrEnum):
    """Codes of `Vendor.vendorBankAccountStatus`: Whether the vendor has a linked bank account."""

    NO_ACCOUNT = "-1"
    NOT_LINKED = "0"
    LINKED = "1"


class VendorVendorVCardStatus(StrEnum):
    """Codes of `Vendor.vendorVCardStatus`: Vendor's virtual-card enrollment status (VCS codes)."""

    UNKNOWN = "-1"
    OPEN = "0"
    PENDING = "1"
    MORE_INFO_REQUIRED = "2"
    PAY_FOR_YOU = "3"
    """Vendor takes phone/portal payments"""
    PHONE_NUMBER_REQUIRED = "4"
    ENROLLED = "5"
    DECLINED = "6"


class VendorOrgVCardStatus(StrEnum):
    """Codes of `Vendor.orgVCardStatus`: The paying organization's virtual-card choice for this vendor."""

    OPT_OUT = "0"
    OPT_IN = "1"
    NEVER_CALL = "2"


class VendorPrefRemitEmail(StrEnum):
    """Codes of `Vendor.prefRemitEmail`: Which email receives remittance notices."""

    NOT_SET = "0"
    REMIT_EMAIL = "1"
    """remitEmail"""
    VENDOR_VCARD_REMIT_EMAIL = "2"
    """vendorVCardRemitEmail"""


class VendorProcessorVCardStatus(StrEnum):
    """Codes of `Vendor.processorVCardStatus`: Virtual-card status at the card processor (VCS codes plus processor codes)."""

    UNKNOWN = "-1"
    OPEN = "0"
    PENDING = "1"
    MORE_INFO_REQUIRED = "2"
    PAY_FOR_YOU = "3"
    """Vendor takes phone/portal payments"""
    PHONE_NUMBER_REQUIRED = "4"
    ENROLLED = "5"
    DECLINED = "6"
    PROCESSOR_CONFIRMED_ENROLLED = "7"
    RECRUITING = "8"
    VERBAL_COMMITMENT = "9"
    PAYER_ASSIST = "10"
    ON_HOLD = "11"


class VendorVStatusUpdateSource(StrEnum):
    """Codes of `Vendor.vStatusUpdateSource`: Who last updated the virtual-card status."""

    BILL_OPS = "0"
    PAYER = "1"
    PROCESSOR = "2"
    COMDATA_WEBHOOK = "3"
    """Comdata webhook (card number request)"""
    COMDATA_INFOBURST = "4"
    """Comdata infoburst (card transaction)"""
    VENDOR_BUSINESS_PROFILE = "5"
    BILL_SYSTEM = "6"
    VENDOR = "7"
    CUSTOMER = "8"


class VendorIntlPaymentType(StrEnum):
    """Codes of `Vendor.intlPaymentType`: International payment type."""

    NONE = "0"
    WIRE = "1"
    INTERNATIONAL_ACH = "2"


class VendorOrgVCardOptOutCustReason(StrEnum):
    """Codes of `Vendor.orgVCardOptOutCustReason`: Why the organization opted out of virtual cards for this vendor."""

    VENDOR_REFUSES_CARDS = "0"
    VENDOR_CHARGES_FEES = "1"
    PREFERS_OTHER_METHOD = "2"
    TROUBLE_RECEIVING_VCARDS = "3"
    CUSTOMER_CHOSE_NOT_TO = "4"
    OTHER = "5"


class VendorAutoSaveStatus(StrEnum):
    """Codes of `Vendor.autoSaveStatus`: Auto-save status."""

    DISABLED = "-1"
    ELIGIBLE = "0"
    ENABLED = "1"


class VendorCreationSource(StrEnum):
    """Codes of `Vendor.creationSource`: How the vendor was created."""

    API = "0"
    """Created through the API"""
    ENTER_BILL_OR_PAY_VENDOR_FLOW = "1"
    """Enter-bill / pay-vendor flow"""
    NETWORK_VENDOR_IN_FLOW = "2"
    """Network vendor in the enter-bill / pay-vendor flows"""
    ADD_VENDOR_SCREEN = "3"
    """Add Vendor screen"""
    IVA_FROM_UPLOADED_BILL = "4"
    """IVA from an uploaded bill"""
    NETWORK_MENU = "6"
    """Network vendor via the NETWORK menu"""
    ACCOUNTING_SYNC = "7"
    CSV_IMPORT = "8"
    INBOX = "9"


class VendorStpProcessor(StrEnum):
    """Codes of `Vendor.stpProcessor`: Payment processor for the vendor."""

    NONE = "0"
    PAYMENTUS = "1"


class VendorEBillEnabledStatus(StrEnum):
    """Codes of `Vendor.eBillEnabledStatus`: eBill enablement status."""

    DISABLED = "0"
    ENABLED = "1"
    PENDING = "2"
    DELAYED = "3"
    SWITCHED_OFF = "4"


class Vendor(BillComModel):
    """A company or person the organization pays."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        [
            "acctBalance",
            "allowConnectedVendorEditAddress",
            "autoPayConflict",
            "autoSaveStatus",
            "availCredit",
            "balance",
            "createdTime",
            "eBillEligible",
            "hasBankAccountAutoPay",
            "hasRecurringPayments",
            "id",
            "informConnectedVendorAddressSyncModified",
            "intlPaymentType",
            "invalidCountryCurrencyAtNewVendorSync",
            "isAccountNumberRequired",
            "isAddressValidated",
            "isSyncVendorCountryMapped",
            "largeBillerId",
            "lastAcctBalanceUpdate",
            "lastBalanceUpdate",
            "mergedIntoId",
            "nameOnCheckRemediation",
            "networkStatus",
            "optedOutOfVCardByOrg",
            "orgVCardOptOutCustOther",
            "payBy",
            "paymentCurrency",
            "paymentEmails",
            "required",
            "updatedTime",
            "vcardDeclineDate",
            "vcardEnrollDate",
            "vcardProcessor",
            "vendorBankAccountStatus",
        ]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["name"])
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "isActive": "enum",
        "taxIdType": "enum",
        "track1099": "boolean",
        "payBy": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "accountType": "enum",
        "sendNotifications": "boolean",
        "balance": "number",
        "lastBalanceUpdate": "datetime",
        "enabledCombinePayments": "boolean",
        "billCurrency": "string",
        "paymentCurrency": "string",
        "billSyncPref": "enum",
        "prefPmtMethod": "enum",
        "bankCountry": "string",
        "sendInviteForPrivateVendor": "boolean",
        "vendorVCardStatus": "enum",
        "orgVCardStatus": "enum",
        "prefRemitEmail": "enum",
        "processorVCardStatus": "enum",
        "vStatusUpdateSource": "enum",
        "intlPaymentType": "enum",
        "vcardEnrollDate": "string",
        "vcardDeclineDate": "string",
        "largeBillerId": "string",
        "orgVCardOptOutCustReason": "enum",
        "enableFundedInvite": "boolean",
        "lastPaymentDate": "string",
        "autoSaveStatus": "enum",
        "creationSource": "enum",
        "eBillEnabledStatus": "enum",
    }

    entity: Lenient[str] = Field(default="Vendor", alias="entity")
    """The wire name of the object's type: "Vendor"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix 009); required on Update."""
    is_active: Lenient[Annotated[VendorIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the vendor is active; Delete sets 2, Undelete sets 1."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Unique vendor name; the payee when nameOnCheck is empty."""
    short_name: Lenient[str] | None = Field(default=None, alias="shortName")
    """Short label for the vendor."""
    company_name: Lenient[str] | None = Field(default=None, alias="companyName")
    """Legal company name."""
    name_on_check: Lenient[str] | None = Field(default=None, alias="nameOnCheck")
    """Payee name on checks and ePayments; changing it needs an MFA-trusted session."""
    acc_number: Lenient[str] | None = Field(default=None, alias="accNumber")
    """The payer's account number at the vendor; printed on the check memo."""
    tax_id: Lenient[str] | None = Field(default=None, alias="taxId")
    """EIN or SSN used for 1099 reporting."""
    tax_id_type: Lenient[Annotated[VendorTaxIdType, Code] | UnknownCode] | None = Field(
        default=None, alias="taxIdType"
    )
    """Kind of tax id in taxId."""
    track1099: Lenient[Boolean] | None = Field(default=None, alias="track1099")
    """Whether the vendor is tracked for 1099 reporting."""
    address1: Lenient[str] | None = Field(default=None, alias="address1")
    """Street address line 1; MFA to change."""
    address2: Lenient[str] | None = Field(default=None, alias="address2")
    """Street address line 2; MFA to change."""
    address3: Lenient[str] | None = Field(default=None, alias="address3")
    """Street address line 3; MFA to change."""
    address4: Lenient[str] | None = Field(default=None, alias="address4")
    """Street address line 4; MFA to change."""
    address_city: Lenient[str] | None = Field(default=None, alias="addressCity")
    """Address city; MFA to change."""
    address_state: Lenient[str] | None = Field(default=None, alias="addressState")
    """Address state (2-letter for US); MFA to change."""
    address_zip: Lenient[str] | None = Field(default=None, alias="addressZip")
    """Address postal code; MFA to change."""
    address_country: Lenient[str] | None = Field(default=None, alias="addressCountry")
    """Country name from BILL's list, e.g. 'United States'/'USA', 'United Kingdom' (not 'England'); MFA to change."""
    email: Lenient[str] | None = Field(default=None, alias="email")
    """Vendor email address; MFA to change."""
    fax: Lenient[str] | None = Field(default=None, alias="fax")
    """Fax number."""
    phone: Lenient[str] | None = Field(default=None, alias="phone")
    """Phone number."""
    payment_phone: Lenient[str] | None = Field(default=None, alias="paymentPhone")
    """Phone number for payment matters."""
    description: Lenient[str] | None = Field(default=None, alias="description")
    """Free-text description of the vendor."""
    contact_first_name: Lenient[str] | None = Field(default=None, alias="contactFirstName")
    """Contact person's first name."""
    contact_last_name: Lenient[str] | None = Field(default=None, alias="contactLastName")
    """Contact person's last name."""
    remit_email: Lenient[str] | None = Field(default=None, alias="remitEmail")
    """Remittance email address."""
    payment_email: Lenient[str] | None = Field(default=None, alias="paymentEmail")
    """Address for payment notices; falls back to email."""
    pay_by: Lenient[Annotated[VendorPayBy, Code] | UnknownCode] | None = Field(
        default=None, alias="payBy"
    )
    """How the vendor is paid; derived by BILL (reverts to check when the bank account fails or is deactivated)."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the vendor was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the vendor was last changed (UTC)."""
    merged_into_id: Lenient[str] | None = Field(default=None, alias="mergedIntoId")
    """Vendor this one was merged into; twenty zeros if none."""
    account_type: Lenient[Annotated[VendorAccountType, Code] | UnknownCode] | None = Field(
        default=None, alias="accountType"
    )
    """Whether the vendor is a business or a person."""
    payment_term_id: Lenient[str] | None = Field(default=None, alias="paymentTermId")
    """Id of the vendor's default PaymentTerm; twenty zeros if none."""
    send_notifications: Lenient[Boolean] | None = Field(default=None, alias="sendNotifications")
    """Whether the vendor receives BILL emails."""
    balance: Lenient[Number] | None = Field(default=None, alias="balance")
    """Open accounts-payable amount owed to the vendor."""
    last_balance_update: Lenient[Timestamp] | None = Field(default=None, alias="lastBalanceUpdate")
    """When balance was last updated."""
    external_bill_pay_in12m: Lenient[Number] | None = Field(
        default=None, alias="externalBillPayIn12m"
    )
    """Amount paid via the accounting system in the last 12 months; null if unset."""
    since: Lenient[Number] | None = Field(default=None, alias="since")
    """Year (YYYY) since which this is a vendor; null if unset."""
    pay_days_before: Lenient[Number] | None = Field(default=None, alias="payDaysBefore")
    """Payment lead time in days; null if unset."""
    enabled_combine_payments: Lenient[Boolean] | None = Field(
        default=None, alias="enabledCombinePayments"
    )
    """Whether same-day bills are combined into one payment."""
    has_bank_account_auto_pay: Lenient[Boolean] | None = Field(
        default=None, alias="hasBankAccountAutoPay"
    )
    """Whether bank-account auto-pay is set up."""
    has_recurring_payments: Lenient[Boolean] | None = Field(
        default=None, alias="hasRecurringPayments"
    )
    """Whether the vendor has recurring payments."""
    bill_currency: Lenient[str] | None = Field(default=None, alias="billCurrency")
    """Currency of the vendor's bills (ISO 4217 alpha-3)."""
    payment_currency: Lenient[str] | None = Field(default=None, alias="paymentCurrency")
    """Payment currency (ISO 4217 alpha-3); set via VendorBankAccount."""
    bill_sync_pref: Lenient[Annotated[VendorBillSyncPref, Code] | UnknownCode] | None = Field(
        default=None, alias="billSyncPref"
    )
    """Whether the vendor's bills sync to the accounting system."""
    pref_pmt_method: Lenient[Annotated[VendorPrefPmtMethod, Code] | UnknownCode] | None = Field(
        default=None, alias="prefPmtMethod"
    )
    """Preferred payment method."""
    payment_purpose: Lenient[str] | None = Field(default=None, alias="paymentPurpose")
    """Payment purpose text some countries require."""
    bank_country: Lenient[str] | None = Field(default=None, alias="bankCountry")
    """Country of the vendor's bank."""
    vendor_bank_account_status: (
        Lenient[Annotated[VendorVendorBankAccountStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="vendorBankAccountStatus")
    """Whether the vendor has a linked bank account."""
    send_invite_for_private_vendor: Lenient[Boolean] | None = Field(
        default=None, alias="sendInviteForPrivateVendor"
    )
    """Whether to send a network invite to a private vendor."""
    vendor_v_card_remit_email: Lenient[str] | None = Field(
        default=None, alias="vendorVCardRemitEmail"
    )
    """Remittance email for virtual-card payments."""
    vendor_v_card_status: Lenient[Annotated[VendorVendorVCardStatus, Code] | UnknownCode] | None = (
        Field(default=None, alias="vendorVCardStatus")
    )
    """Vendor's virtual-card enrollment status (VCS codes)."""
    org_v_card_status: Lenient[Annotated[VendorOrgVCardStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="orgVCardStatus"
    )
    """The paying organization's virtual-card choice for this vendor."""
    pref_remit_email: Lenient[Annotated[VendorPrefRemitEmail, Code] | UnknownCode] | None = Field(
        default=None, alias="prefRemitEmail"
    )
    """Which email receives remittance notices."""
    processor_v_card_status: (
        Lenient[Annotated[VendorProcessorVCardStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="processorVCardStatus")
    """Virtual-card status at the card processor (VCS codes plus processor codes)."""
    v_status_update_source: (
        Lenient[Annotated[VendorVStatusUpdateSource, Code] | UnknownCode] | None
    ) = Field(default=None, alias="vStatusUpdateSource")
    """Who last updated the virtual-card status."""
    allow_connected_vendor_edit_address: Lenient[Boolean] | None = Field(
        default=None, alias="allowConnectedVendorEditAddress"
    )
    """Network vendor address flag: the connected vendor may edit the address."""
    inform_connected_vendor_address_sync_modified: Lenient[Boolean] | None = Field(
        default=None, alias="informConnectedVendorAddressSyncModified"
    )
    """Network vendor address flag: the connected vendor's address sync was modified."""
    intl_payment_type: Lenient[Annotated[VendorIntlPaymentType, Code] | UnknownCode] | None = Field(
        default=None, alias="intlPaymentType"
    )
    """International payment type."""
    vcard_enroll_date: Lenient[str] | None = Field(default=None, alias="vcardEnrollDate")
    """Virtual-card enrollment date."""
    vcard_decline_date: Lenient[str] | None = Field(default=None, alias="vcardDeclineDate")
    """Virtual-card decline date."""
    is_account_number_required: Lenient[Boolean] | None = Field(
        default=None, alias="isAccountNumberRequired"
    )
    """Whether accNumber is mandatory for this vendor."""
    large_biller_id: Lenient[str] | None = Field(default=None, alias="largeBillerId")
    """Id of the verified national vendor (large biller); twenty zeros if none."""
    org_v_card_opt_out_cust_reason: (
        Lenient[Annotated[VendorOrgVCardOptOutCustReason, Code] | UnknownCode] | None
    ) = Field(default=None, alias="orgVCardOptOutCustReason")
    """Why the organization opted out of virtual cards for this vendor."""
    enable_funded_invite: Lenient[Boolean] | None = Field(default=None, alias="enableFundedInvite")
    """Whether a funded invite moves the vendor from check to ePayment."""
    last_payment_date: Lenient[str] | None = Field(default=None, alias="lastPaymentDate")
    """Date of the last payment."""
    number_of_invites_sent: Lenient[Number] | None = Field(
        default=None, alias="numberOfInvitesSent"
    )
    """Number of network invites sent."""
    eligible_for_ebills: Lenient[Boolean] | None = Field(default=None, alias="eligibleForEbills")
    """Whether the vendor is eligible for eBills."""
    acknowledged_ebill_banner: Lenient[Boolean] | None = Field(
        default=None, alias="acknowledgedEbillBanner"
    )
    """Whether the eBill banner was acknowledged."""
    acknowledged_ebill_error: Lenient[Boolean] | None = Field(
        default=None, alias="acknowledgedEbillError"
    )
    """Whether the eBill error was acknowledged."""
    e_bill_enablement_failed: Lenient[Boolean] | None = Field(
        default=None, alias="eBillEnablementFailed"
    )
    """Whether eBill enablement failed."""
    setup_auto_pay_prompt: Lenient[Boolean] | None = Field(default=None, alias="setupAutoPayPrompt")
    """Whether to prompt for auto-pay setup."""
    paymentus_merchant_id: Lenient[str] | None = Field(default=None, alias="PaymentusMerchantId")
    """Paymentus merchant id (capital P)."""
    paymentus_pmt_type: Lenient[str] | None = Field(default=None, alias="PaymentusPmtType")
    """Paymentus payment type (capital P)."""
    paymentus_acct_token: Lenient[str] | None = Field(default=None, alias="PaymentusAcctToken")
    """Paymentus account token (capital P)."""
    paymentus_acct_token2: Lenient[str] | None = Field(default=None, alias="PaymentusAcctToken2")
    """Second Paymentus account token (capital P)."""
    paymentus_acct_token3: Lenient[str] | None = Field(default=None, alias="PaymentusAcctToken3")
    """Third Paymentus account token (capital P)."""
    unmodified_bills_count: Lenient[str] | None = Field(default=None, alias="unmodifiedBillsCount")
    """Count of unmodified bills, sent as a string."""
    auto_save: Lenient[str] | None = Field(default=None, alias="autoSave")
    """Auto-save setting, sent as a string."""
    auto_pay_conflict: Lenient[Boolean] | None = Field(default=None, alias="autoPayConflict")
    """Whether an auto-pay conflict exists."""
    e_bill_eligible: Lenient[Boolean] | None = Field(default=None, alias="eBillEligible")
    """Whether the vendor is eBill eligible."""
    auto_save_status: Lenient[Annotated[VendorAutoSaveStatus, Code] | UnknownCode] | None = Field(
        default=None, alias="autoSaveStatus"
    )
    """Auto-save status."""
    creation_source: Lenient[Annotated[VendorCreationSource, Code] | UnknownCode] | None = Field(
        default=None, alias="creationSource"
    )
    """How the vendor was created."""
    stp_processor: Lenient[Annotated[VendorStpProcessor, Code] | UnknownCode] | None = Field(
        default=None, alias="stpProcessor"
    )
    """Payment processor for the vendor."""
    e_bill_enabled_status: (
        Lenient[Annotated[VendorEBillEnabledStatus, Code] | UnknownCode] | None
    ) = Field(default=None, alias="eBillEnabledStatus")
    """eBill enablement status."""
    avail_credit: Lenient[Number] | None = Field(default=None, alias="availCredit")
    """Available vendor credit."""
    acct_balance: Lenient[Number] | None = Field(default=None, alias="acctBalance")
    """Account balance."""
    last_acct_balance_update: Lenient[str] | None = Field(
        default=None, alias="lastAcctBalanceUpdate"
    )
    """When acctBalance was last updated."""
    payment_emails: Lenient[str] | None = Field(default=None, alias="paymentEmails")
    """Payment email addresses."""
    network_status: Lenient[str] | None = Field(default=None, alias="networkStatus")
    """BILL network connection status; codes opaque."""
    name_on_check_remediation: Lenient[Boolean] | None = Field(
        default=None, alias="nameOnCheckRemediation"
    )
    """Whether nameOnCheck needs remediation."""
    is_address_validated: Lenient[Boolean] | None = Field(default=None, alias="isAddressValidated")
    """Whether the address has been validated."""
    is_sync_vendor_country_mapped: Lenient[Boolean] | None = Field(
        default=None, alias="isSyncVendorCountryMapped"
    )
    """Whether the synced vendor country is mapped."""
    opted_out_of_v_card_by_org: Lenient[Boolean] | None = Field(
        default=None, alias="optedOutOfVCardByOrg"
    )
    """Whether the organization opted out of virtual cards for this vendor."""
    invalid_country_currency_at_new_vendor_sync: Lenient[Boolean] | None = Field(
        default=None, alias="invalidCountryCurrencyAtNewVendorSync"
    )
    """Whether the country/currency was invalid at new-vendor sync."""
    org_v_card_opt_out_cust_other: Lenient[str] | None = Field(
        default=None, alias="orgVCardOptOutCustOther"
    )
    """Free-text virtual-card opt-out reason."""
    vcard_processor: Lenient[str] | None = Field(default=None, alias="vcardProcessor")
    """Virtual-card processor code; opaque."""
    required: Lenient[list[Any]] | None = Field(default=None, alias="required")
    """List of required items; only empty lists seen."""


class VendorCreateParams(TypedDict, total=False):
    """Keyword arguments for Vendor."""

    is_active: NotRequired[VendorIsActive | str | None]
    name: Required[str]
    short_name: NotRequired[str | None]
    company_name: NotRequired[str | None]
    name_on_check: NotRequired[str | None]
    acc_number: NotRequired[str | None]
    tax_id: NotRequired[str | None]
    tax_id_type: NotRequired[VendorTaxIdType | str | None]
    track1099: NotRequired[bool | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    address3: NotRequired[str | None]
    address4: NotRequired[str | None]
    address_city: NotRequired[str | None]
    address_state: NotRequired[str | None]
    address_zip: NotRequired[str | None]
    address_country: NotRequired[str | None]
    email: NotRequired[str | None]
    fax: NotRequired[str | None]
    phone: NotRequired[str | None]
    payment_phone: NotRequired[str | None]
    description: NotRequired[str | None]
    contact_first_name: NotRequired[str | None]
    contact_last_name: NotRequired[str | None]
    remit_email: NotRequired[str | None]
    payment_email: NotRequired[str | None]
    account_type: NotRequired[VendorAccountType | str | None]
    payment_term_id: NotRequired[str | None]
    send_notifications: NotRequired[bool | None]
    external_bill_pay_in12m: NotRequired[Decimal | int | str | None]
    since: NotRequired[Decimal | int | str | None]
    pay_days_before: NotRequired[Decimal | int | str | None]
    enabled_combine_payments: NotRequired[bool | None]
    bill_currency: NotRequired[str | None]
    bill_sync_pref: NotRequired[VendorBillSyncPref | str | None]
    pref_pmt_method: NotRequired[VendorPrefPmtMethod | str | None]
    payment_purpose: NotRequired[str | None]
    bank_country: NotRequired[str | None]
    send_invite_for_private_vendor: NotRequired[bool | None]
    vendor_v_card_remit_email: NotRequired[str | None]
    vendor_v_card_status: NotRequired[VendorVendorVCardStatus | str | None]
    org_v_card_status: NotRequired[VendorOrgVCardStatus | str | None]
    pref_remit_email: NotRequired[VendorPrefRemitEmail | str | None]
    processor_v_card_status: NotRequired[VendorProcessorVCardStatus | str | None]
    v_status_update_source: NotRequired[VendorVStatusUpdateSource | str | None]
    org_v_card_opt_out_cust_reason: NotRequired[VendorOrgVCardOptOutCustReason | str | None]
    enable_funded_invite: NotRequired[bool | None]
    last_payment_date: NotRequired[str | None]
    number_of_invites_sent: NotRequired[Decimal | int | str | None]
    eligible_for_ebills: NotRequired[bool | None]
    acknowledged_ebill_banner: NotRequired[bool | None]
    acknowledged_ebill_error: NotRequired[bool | None]
    e_bill_enablement_failed: NotRequired[bool | None]
    setup_auto_pay_prompt: NotRequired[bool | None]
    paymentus_merchant_id: NotRequired[str | None]
    paymentus_pmt_type: NotRequired[str | None]
    paymentus_acct_token: NotRequired[str | None]
    paymentus_acct_token2: NotRequired[str | None]
    paymentus_acct_token3: NotRequired[str | None]
    unmodified_bills_count: NotRequired[str | None]
    auto_save: NotRequired[str | None]
    creation_source: NotRequired[VendorCreationSource | str | None]
    stp_processor: NotRequired[VendorStpProcessor | str | None]
    e_bill_enabled_status: NotRequired[VendorEBillEnabledStatus | str | None]


class VendorCreateParamsModel(ParamsModel):
    """Validates and serializes `VendorCreateParams`."""

    __entity__: ClassVar[str | None] = "Vendor"
    __model__: ClassVar[type[BillComModel] | None] = Vendor

    is_active: Annotated[VendorIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str = Field(alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    company_name: str | None = Field(default=None, alias="companyName")
    name_on_check: str | None = Field(default=None, alias="nameOnCheck")
    acc_number: str | None = Field(default=None, alias="accNumber")
    tax_id: str | None = Field(default=None, alias="taxId")
    tax_id_type: Annotated[VendorTaxIdType | str, CodeInput] | None = Field(
        default=None, alias="taxIdType"
    )
    track1099: Boolean | None = Field(default=None, alias="track1099")
    address1: str | None = Field(default=None, alias="address1")
    address2: str | None = Field(default=None, alias="address2")
    address3: str | None = Field(default=None, alias="address3")
    address4: str | None = Field(default=None, alias="address4")
    address_city: str | None = Field(default=None, alias="addressCity")
    address_state: str | None = Field(default=None, alias="addressState")
    address_zip: str | None = Field(default=None, alias="addressZip")
    address_country: str | None = Field(default=None, alias="addressCountry")
    email: str | None = Field(default=None, alias="email")
    fax: str | None = Field(default=None, alias="fax")
    phone: str | None = Field(default=None, alias="phone")
    payment_phone: str | None = Field(default=None, alias="paymentPhone")
    description: str | None = Field(default=None, alias="description")
    contact_first_name: str | None = Field(default=None, alias="contactFirstName")
    contact_last_name: str | None = Field(default=None, alias="contactLastName")
    remit_email: str | None = Field(default=None, alias="remitEmail")
    payment_email: str | None = Field(default=None, alias="paymentEmail")
    account_type: Annotated[VendorAccountType | str, CodeInput] | None = Field(
        default=None, alias="accountType"
    )
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    send_notifications: Boolean | None = Field(default=None, alias="sendNotifications")
    external_bill_pay_in12m: NumberInput | None = Field(default=None, alias="externalBillPayIn12m")
    since: NumberInput | None = Field(default=None, alias="since")
    pay_days_before: NumberInput | None = Field(default=None, alias="payDaysBefore")
    enabled_combine_payments: Boolean | None = Field(default=None, alias="enabledCombinePayments")
    bill_currency: str | None = Field(default=None, alias="billCurrency")
    bill_sync_pref: Annotated[VendorBillSyncPref | str, CodeInput] | None = Field(
        default=None, alias="billSyncPref"
    )
    pref_pmt_method: Annotated[VendorPrefPmtMethod | str, CodeInput] | None = Field(
        default=None, alias="prefPmtMethod"
    )
    payment_purpose: str | None = Field(default=None, alias="paymentPurpose")
    bank_country: str | None = Field(default=None, alias="bankCountry")
    send_invite_for_private_vendor: Boolean | None = Field(
        default=None, alias="sendInviteForPrivateVendor"
    )
    vendor_v_card_remit_email: str | None = Field(default=None, alias="vendorVCardRemitEmail")
    vendor_v_card_status: Annotated[VendorVendorVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="vendorVCardStatus"
    )
    org_v_card_status: Annotated[VendorOrgVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="orgVCardStatus"
    )
    pref_remit_email: Annotated[VendorPrefRemitEmail | str, CodeInput] | None = Field(
        default=None, alias="prefRemitEmail"
    )
    processor_v_card_status: Annotated[VendorProcessorVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="processorVCardStatus"
    )
    v_status_update_source: Annotated[VendorVStatusUpdateSource | str, CodeInput] | None = Field(
        default=None, alias="vStatusUpdateSource"
    )
    org_v_card_opt_out_cust_reason: (
        Annotated[VendorOrgVCardOptOutCustReason | str, CodeInput] | None
    ) = Field(default=None, alias="orgVCardOptOutCustReason")
    enable_funded_invite: Boolean | None = Field(default=None, alias="enableFundedInvite")
    last_payment_date: str | None = Field(default=None, alias="lastPaymentDate")
    number_of_invites_sent: NumberInput | None = Field(default=None, alias="numberOfInvitesSent")
    eligible_for_ebills: Boolean | None = Field(default=None, alias="eligibleForEbills")
    acknowledged_ebill_banner: Boolean | None = Field(default=None, alias="acknowledgedEbillBanner")
    acknowledged_ebill_error: Boolean | None = Field(default=None, alias="acknowledgedEbillError")
    e_bill_enablement_failed: Boolean | None = Field(default=None, alias="eBillEnablementFailed")
    setup_auto_pay_prompt: Boolean | None = Field(default=None, alias="setupAutoPayPrompt")
    paymentus_merchant_id: str | None = Field(default=None, alias="PaymentusMerchantId")
    paymentus_pmt_type: str | None = Field(default=None, alias="PaymentusPmtType")
    paymentus_acct_token: str | None = Field(default=None, alias="PaymentusAcctToken")
    paymentus_acct_token2: str | None = Field(default=None, alias="PaymentusAcctToken2")
    paymentus_acct_token3: str | None = Field(default=None, alias="PaymentusAcctToken3")
    unmodified_bills_count: str | None = Field(default=None, alias="unmodifiedBillsCount")
    auto_save: str | None = Field(default=None, alias="autoSave")
    creation_source: Annotated[VendorCreationSource | str, CodeInput] | None = Field(
        default=None, alias="creationSource"
    )
    stp_processor: Annotated[VendorStpProcessor | str, CodeInput] | None = Field(
        default=None, alias="stpProcessor"
    )
    e_bill_enabled_status: Annotated[VendorEBillEnabledStatus | str, CodeInput] | None = Field(
        default=None, alias="eBillEnabledStatus"
    )


class VendorUpdateParams(TypedDict, total=False):
    """Keyword arguments for Vendor."""

    is_active: NotRequired[VendorIsActive | str | None]
    name: NotRequired[str | None]
    short_name: NotRequired[str | None]
    company_name: NotRequired[str | None]
    name_on_check: NotRequired[str | None]
    acc_number: NotRequired[str | None]
    tax_id: NotRequired[str | None]
    tax_id_type: NotRequired[VendorTaxIdType | str | None]
    track1099: NotRequired[bool | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    address3: NotRequired[str | None]
    address4: NotRequired[str | None]
    address_city: NotRequired[str | None]
    address_state: NotRequired[str | None]
    address_zip: NotRequired[str | None]
    address_country: NotRequired[str | None]
    email: NotRequired[str | None]
    fax: NotRequired[str | None]
    phone: NotRequired[str | None]
    payment_phone: NotRequired[str | None]
    description: NotRequired[str | None]
    contact_first_name: NotRequired[str | None]
    contact_last_name: NotRequired[str | None]
    remit_email: NotRequired[str | None]
    payment_email: NotRequired[str | None]
    account_type: NotRequired[VendorAccountType | str | None]
    payment_term_id: NotRequired[str | None]
    send_notifications: NotRequired[bool | None]
    external_bill_pay_in12m: NotRequired[Decimal | int | str | None]
    since: NotRequired[Decimal | int | str | None]
    pay_days_before: NotRequired[Decimal | int | str | None]
    enabled_combine_payments: NotRequired[bool | None]
    bill_currency: NotRequired[str | None]
    bill_sync_pref: NotRequired[VendorBillSyncPref | str | None]
    pref_pmt_method: NotRequired[VendorPrefPmtMethod | str | None]
    payment_purpose: NotRequired[str | None]
    bank_country: NotRequired[str | None]
    send_invite_for_private_vendor: NotRequired[bool | None]
    vendor_v_card_remit_email: NotRequired[str | None]
    vendor_v_card_status: NotRequired[VendorVendorVCardStatus | str | None]
    org_v_card_status: NotRequired[VendorOrgVCardStatus | str | None]
    pref_remit_email: NotRequired[VendorPrefRemitEmail | str | None]
    processor_v_card_status: NotRequired[VendorProcessorVCardStatus | str | None]
    v_status_update_source: NotRequired[VendorVStatusUpdateSource | str | None]
    org_v_card_opt_out_cust_reason: NotRequired[VendorOrgVCardOptOutCustReason | str | None]
    enable_funded_invite: NotRequired[bool | None]
    last_payment_date: NotRequired[str | None]
    number_of_invites_sent: NotRequired[Decimal | int | str | None]
    eligible_for_ebills: NotRequired[bool | None]
    acknowledged_ebill_banner: NotRequired[bool | None]
    acknowledged_ebill_error: NotRequired[bool | None]
    e_bill_enablement_failed: NotRequired[bool | None]
    setup_auto_pay_prompt: NotRequired[bool | None]
    paymentus_merchant_id: NotRequired[str | None]
    paymentus_pmt_type: NotRequired[str | None]
    paymentus_acct_token: NotRequired[str | None]
    paymentus_acct_token2: NotRequired[str | None]
    paymentus_acct_token3: NotRequired[str | None]
    unmodified_bills_count: NotRequired[str | None]
    auto_save: NotRequired[str | None]
    creation_source: NotRequired[VendorCreationSource | str | None]
    stp_processor: NotRequired[VendorStpProcessor | str | None]
    e_bill_enabled_status: NotRequired[VendorEBillEnabledStatus | str | None]


class VendorUpdateParamsModel(ParamsModel):
    """Validates and serializes `VendorUpdateParams`."""

    __entity__: ClassVar[str | None] = "Vendor"
    __model__: ClassVar[type[BillComModel] | None] = Vendor

    is_active: Annotated[VendorIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    name: str | None = Field(default=None, alias="name")
    short_name: str | None = Field(default=None, alias="shortName")
    company_name: str | None = Field(default=None, alias="companyName")
    name_on_check: str | None = Field(default=None, alias="nameOnCheck")
    acc_number: str | None = Field(default=None, alias="accNumber")
    tax_id: str | None = Field(default=None, alias="taxId")
    tax_id_type: Annotated[VendorTaxIdType | str, CodeInput] | None = Field(
        default=None, alias="taxIdType"
    )
    track1099: Boolean | None = Field(default=None, alias="track1099")
    address1: str | None = Field(default=None, alias="address1")
    address2: str | None = Field(default=None, alias="address2")
    address3: str | None = Field(default=None, alias="address3")
    address4: str | None = Field(default=None, alias="address4")
    address_city: str | None = Field(default=None, alias="addressCity")
    address_state: str | None = Field(default=None, alias="addressState")
    address_zip: str | None = Field(default=None, alias="addressZip")
    address_country: str | None = Field(default=None, alias="addressCountry")
    email: str | None = Field(default=None, alias="email")
    fax: str | None = Field(default=None, alias="fax")
    phone: str | None = Field(default=None, alias="phone")
    payment_phone: str | None = Field(default=None, alias="paymentPhone")
    description: str | None = Field(default=None, alias="description")
    contact_first_name: str | None = Field(default=None, alias="contactFirstName")
    contact_last_name: str | None = Field(default=None, alias="contactLastName")
    remit_email: str | None = Field(default=None, alias="remitEmail")
    payment_email: str | None = Field(default=None, alias="paymentEmail")
    account_type: Annotated[VendorAccountType | str, CodeInput] | None = Field(
        default=None, alias="accountType"
    )
    payment_term_id: str | None = Field(default=None, alias="paymentTermId")
    send_notifications: Boolean | None = Field(default=None, alias="sendNotifications")
    external_bill_pay_in12m: NumberInput | None = Field(default=None, alias="externalBillPayIn12m")
    since: NumberInput | None = Field(default=None, alias="since")
    pay_days_before: NumberInput | None = Field(default=None, alias="payDaysBefore")
    enabled_combine_payments: Boolean | None = Field(default=None, alias="enabledCombinePayments")
    bill_currency: str | None = Field(default=None, alias="billCurrency")
    bill_sync_pref: Annotated[VendorBillSyncPref | str, CodeInput] | None = Field(
        default=None, alias="billSyncPref"
    )
    pref_pmt_method: Annotated[VendorPrefPmtMethod | str, CodeInput] | None = Field(
        default=None, alias="prefPmtMethod"
    )
    payment_purpose: str | None = Field(default=None, alias="paymentPurpose")
    bank_country: str | None = Field(default=None, alias="bankCountry")
    send_invite_for_private_vendor: Boolean | None = Field(
        default=None, alias="sendInviteForPrivateVendor"
    )
    vendor_v_card_remit_email: str | None = Field(default=None, alias="vendorVCardRemitEmail")
    vendor_v_card_status: Annotated[VendorVendorVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="vendorVCardStatus"
    )
    org_v_card_status: Annotated[VendorOrgVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="orgVCardStatus"
    )
    pref_remit_email: Annotated[VendorPrefRemitEmail | str, CodeInput] | None = Field(
        default=None, alias="prefRemitEmail"
    )
    processor_v_card_status: Annotated[VendorProcessorVCardStatus | str, CodeInput] | None = Field(
        default=None, alias="processorVCardStatus"
    )
    v_status_update_source: Annotated[VendorVStatusUpdateSource | str, CodeInput] | None = Field(
        default=None, alias="vStatusUpdateSource"
    )
    org_v_card_opt_out_cust_reason: (
        Annotated[VendorOrgVCardOptOutCustReason | str, CodeInput] | None
    ) = Field(default=None, alias="orgVCardOptOutCustReason")
    enable_funded_invite: Boolean | None = Field(default=None, alias="enableFundedInvite")
    last_payment_date: str | None = Field(default=None, alias="lastPaymentDate")
    number_of_invites_sent: NumberInput | None = Field(default=None, alias="numberOfInvitesSent")
    eligible_for_ebills: Boolean | None = Field(default=None, alias="eligibleForEbills")
    acknowledged_ebill_banner: Boolean | None = Field(default=None, alias="acknowledgedEbillBanner")
    acknowledged_ebill_error: Boolean | None = Field(default=None, alias="acknowledgedEbillError")
    e_bill_enablement_failed: Boolean | None = Field(default=None, alias="eBillEnablementFailed")
    setup_auto_pay_prompt: Boolean | None = Field(default=None, alias="setupAutoPayPrompt")
    paymentus_merchant_id: str | None = Field(default=None, alias="PaymentusMerchantId")
    paymentus_pmt_type: str | None = Field(default=None, alias="PaymentusPmtType")
    paymentus_acct_token: str | None = Field(default=None, alias="PaymentusAcctToken")
    paymentus_acct_token2: str | None = Field(default=None, alias="PaymentusAcctToken2")
    paymentus_acct_token3: str | None = Field(default=None, alias="PaymentusAcctToken3")
    unmodified_bills_count: str | None = Field(default=None, alias="unmodifiedBillsCount")
    auto_save: str | None = Field(default=None, alias="autoSave")
    creation_source: Annotated[VendorCreationSource | str, CodeInput] | None = Field(
        default=None, alias="creationSource"
    )
    stp_processor: Annotated[VendorStpProcessor | str, CodeInput] | None = Field(
        default=None, alias="stpProcessor"
    )
    e_bill_enabled_status: Annotated[VendorEBillEnabledStatus | str, CodeInput] | None = Field(
        default=None, alias="eBillEnabledStatus"
    )


VendorField = Literal[
    "id",
    "isActive",
    "name",
    "shortName",
    "companyName",
    "nameOnCheck",
    "accNumber",
    "taxId",
    "taxIdType",
    "track1099",
    "address1",
    "address2",
    "address3",
    "address4",
    "addressCity",
    "addressState",
    "addressZip",
    "addressCountry",
    "email",
    "fax",
    "phone",
    "paymentPhone",
    "description",
    "contactFirstName",
    "contactLastName",
    "remitEmail",
    "paymentEmail",
    "payBy",
    "createdTime",
    "updatedTime",
    "mergedIntoId",
    "accountType",
    "paymentTermId",
    "sendNotifications",
    "balance",
    "lastBalanceUpdate",
    "externalBillPayIn12m",
    "since",
    "payDaysBefore",
    "enabledCombinePayments",
    "hasBankAccountAutoPay",
    "hasRecurringPayments",
    "billCurrency",
    "paymentCurrency",
    "billSyncPref",
    "prefPmtMethod",
    "paymentPurpose",
    "bankCountry",
    "vendorBankAccountStatus",
    "sendInviteForPrivateVendor",
    "vendorVCardRemitEmail",
    "vendorVCardStatus",
    "orgVCardStatus",
    "prefRemitEmail",
    "processorVCardStatus",
    "vStatusUpdateSource",
    "allowConnectedVendorEditAddress",
    "informConnectedVendorAddressSyncModified",
    "intlPaymentType",
    "vcardEnrollDate",
    "vcardDeclineDate",
    "isAccountNumberRequired",
    "largeBillerId",
    "orgVCardOptOutCustReason",
    "enableFundedInvite",
    "lastPaymentDate",
    "numberOfInvitesSent",
    "eligibleForEbills",
    "acknowledgedEbillBanner",
    "acknowledgedEbillError",
    "eBillEnablementFailed",
    "setupAutoPayPrompt",
    "PaymentusMerchantId",
    "PaymentusPmtType",
    "PaymentusAcctToken",
    "PaymentusAcctToken2",
    "PaymentusAcctToken3",
    "unmodifiedBillsCount",
    "autoSave",
    "autoPayConflict",
    "eBillEligible",
    "autoSaveStatus",
    "creationSource",
    "stpProcessor",
    "eBillEnabledStatus",
    "availCredit",
    "acctBalance",
    "lastAcctBalanceUpdate",
    "paymentEmails",
    "networkStatus",
    "nameOnCheckRemediation",
    "isAddressValidated",
    "isSyncVendorCountryMapped",
    "optedOutOfVCardByOrg",
    "invalidCountryCurrencyAtNewVendorSync",
    "orgVCardOptOutCustOther",
    "vcardProcessor",
]
"""A field of Vendor that List sorts may name."""

VendorFilterField = Literal[
    "id",
    "isActive",
    "taxIdType",
    "track1099",
    "payBy",
    "createdTime",
    "updatedTime",
    "accountType",
    "sendNotifications",
    "balance",
    "lastBalanceUpdate",
    "enabledCombinePayments",
    "billCurrency",
    "paymentCurrency",
    "billSyncPref",
    "prefPmtMethod",
    "bankCountry",
    "sendInviteForPrivateVendor",
    "vendorVCardStatus",
    "orgVCardStatus",
    "prefRemitEmail",
    "processorVCardStatus",
    "vStatusUpdateSource",
    "intlPaymentType",
    "vcardEnrollDate",
    "vcardDeclineDate",
    "largeBillerId",
    "orgVCardOptOutCustReason",
    "enableFundedInvite",
    "lastPaymentDate",
    "autoSaveStatus",
    "creationSource",
    "eBillEnabledStatus",
]
"""A field of Vendor that List filters may name: the API filters on these only."""


class VendorTextFilter(TypedDict):
    """A List filter on id, billCurrency, paymentCurrency, bankCountry, vcardEnrollDate, vcardDeclineDate, largeBillerId, lastPaymentDate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "billCurrency",
        "paymentCurrency",
        "bankCountry",
        "vcardEnrollDate",
        "vcardDeclineDate",
        "largeBillerId",
        "lastPaymentDate",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class VendorIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: VendorIsActive | str | Sequence[VendorIsActive | str]


class VendorTaxIdTypeFilter(TypedDict):
    """A List filter on taxIdType; `in` and `nin` take a sequence of values."""

    field: Literal["taxIdType",]
    op: FilterOperator
    value: VendorTaxIdType | str | Sequence[VendorTaxIdType | str]


class VendorFlagFilter(TypedDict):
    """A List filter on track1099, sendNotifications, enabledCombinePayments, sendInviteForPrivateVendor, enableFundedInvite; `in` and `nin` take a sequence of values."""

    field: Literal[
        "track1099",
        "sendNotifications",
        "enabledCombinePayments",
        "sendInviteForPrivateVendor",
        "enableFundedInvite",
    ]
    op: FilterOperator
    value: bool | Sequence[bool]


class VendorPayByFilter(TypedDict):
    """A List filter on payBy; `in` and `nin` take a sequence of values."""

    field: Literal["payBy",]
    op: FilterOperator
    value: VendorPayBy | str | Sequence[VendorPayBy | str]


class VendorTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime, lastBalanceUpdate; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
        "lastBalanceUpdate",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


class VendorAccountTypeFilter(TypedDict):
    """A List filter on accountType; `in` and `nin` take a sequence of values."""

    field: Literal["accountType",]
    op: FilterOperator
    value: VendorAccountType | str | Sequence[VendorAccountType | str]


class VendorAmountFilter(TypedDict):
    """A List filter on balance; `in` and `nin` take a sequence of values."""

    field: Literal["balance",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class VendorBillSyncPrefFilter(TypedDict):
    """A List filter on billSyncPref; `in` and `nin` take a sequence of values."""

    field: Literal["billSyncPref",]
    op: FilterOperator
    value: VendorBillSyncPref | str | Sequence[VendorBillSyncPref | str]


class VendorPrefPmtMethodFilter(TypedDict):
    """A List filter on prefPmtMethod; `in` and `nin` take a sequence of values."""

    field: Literal["prefPmtMethod",]
    op: FilterOperator
    value: VendorPrefPmtMethod | str | Sequence[VendorPrefPmtMethod | str]


class VendorVendorVCardStatusFilter(TypedDict):
    """A List filter on vendorVCardStatus; `in` and `nin` take a sequence of values."""

    field: Literal["vendorVCardStatus",]
    op: FilterOperator
    value: VendorVendorVCardStatus | str | Sequence[VendorVendorVCardStatus | str]


class VendorOrgVCardStatusFilter(TypedDict):
    """A List filter on orgVCardStatus; `in` and `nin` take a sequence of values."""

    field: Literal["orgVCardStatus",]
    op: FilterOperator
    value: VendorOrgVCardStatus | str | Sequence[VendorOrgVCardStatus | str]


class VendorPrefRemitEmailFilter(TypedDict):
    """A List filter on prefRemitEmail; `in` and `nin` take a sequence of values."""

    field: Literal["prefRemitEmail",]
    op: FilterOperator
    value: VendorPrefRemitEmail | str | Sequence[VendorPrefRemitEmail | str]


class VendorProcessorVCardStatusFilter(TypedDict):
    """A List filter on processorVCardStatus; `in` and `nin` take a sequence of values."""

    field: Literal["processorVCardStatus",]
    op: FilterOperator
    value: VendorProcessorVCardStatus | str | Sequence[VendorProcessorVCardStatus | str]


class VendorVStatusUpdateSourceFilter(TypedDict):
    """A List filter on vStatusUpdateSource; `in` and `nin` take a sequence of values."""

    field: Literal["vStatusUpdateSource",]
    op: FilterOperator
    value: VendorVStatusUpdateSource | str | Sequence[VendorVStatusUpdateSource | str]


class VendorIntlPaymentTypeFilter(TypedDict):
    """A List filter on intlPaymentType; `in` and `nin` take a sequence of values."""

    field: Literal["intlPaymentType",]
    op: FilterOperator
    value: VendorIntlPaymentType | str | Sequence[VendorIntlPaymentType | str]


class VendorOrgVCardOptOutCustReasonFilter(TypedDict):
    """A List filter on orgVCardOptOutCustReason; `in` and `nin` take a sequence of values."""

    field: Literal["orgVCardOptOutCustReason",]
    op: FilterOperator
    value: VendorOrgVCardOptOutCustReason | str | Sequence[VendorOrgVCardOptOutCustReason | str]


class VendorAutoSaveStatusFilter(TypedDict):
    """A List filter on autoSaveStatus; `in` and `nin` take a sequence of values."""

    field: Literal["autoSaveStatus",]
    op: FilterOperator
    value: VendorAutoSaveStatus | str | Sequence[VendorAutoSaveStatus | str]


class VendorCreationSourceFilter(TypedDict):
    """A List filter on creationSource; `in` and `nin` take a sequence of values."""

    field: Literal["creationSource",]
    op: FilterOperator
    value: VendorCreationSource | str | Sequence[VendorCreationSource | str]


class VendorEBillEnabledStatusFilter(TypedDict):
    """A List filter on eBillEnabledStatus; `in` and `nin` take a sequence of values."""

    field: Literal["eBillEnabledStatus",]
    op: FilterOperator
    value: VendorEBillEnabledStatus | str | Sequence[VendorEBillEnabledStatus | str]


VendorFilter = (
    VendorTextFilter
    | VendorIsActiveFilter
    | VendorTaxIdTypeFilter
    | VendorFlagFilter
    | VendorPayByFilter
    | VendorTimeFilter
    | VendorAccountTypeFilter
    | VendorAmountFilter
    | VendorBillSyncPrefFilter
    | VendorPrefPmtMethodFilter
    | VendorVendorVCardStatusFilter
    | VendorOrgVCardStatusFilter
    | VendorPrefRemitEmailFilter
    | VendorProcessorVCardStatusFilter
    | VendorVStatusUpdateSourceFilter
    | VendorIntlPaymentTypeFilter
    | VendorOrgVCardOptOutCustReasonFilter
    | VendorAutoSaveStatusFilter
    | VendorCreationSourceFilter
    | VendorEBillEnabledStatusFilter
)
"""A List filter on Vendor, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class VendorSort(TypedDict):
    """A List sort key on Vendor."""

    field: VendorField
    asc: bool
