"""What the reference on the v2 API names, kept by hand so that the spec is checked against it.

Operations follow the operation matrices (entities-ap.md §1.4, entities-ar-org.md §1.4);
"~" (expected, unconfirmed) counts as allowed, "N"/"A" (nested / via an action) as not.
"""

from __future__ import annotations

ALL = ("create", "read", "update", "delete", "undelete", "list")
ALL_BULK = ("create", "update", "delete", "undelete")
# entities-ar-org.md §16 #2: "all five verbs where full Crud exists" (Bulk Read included).
AR_BULK = ("create", "read", "update", "delete", "undelete")

# entity -> (operations, bulk verbs)
ENTITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # accounts payable
    "Vendor": (ALL, ALL_BULK),
    "VendorBankAccount": (("create", "read", "delete", "list"), ("create", "delete")),
    "Bill": (ALL, ALL_BULK),
    "BillLineItem": ((), ()),
    "RecurringBill": (ALL, ALL_BULK),
    "RecurringBillLineItem": ((), ()),
    "VendorCredit": (
        ("create", "read", "update", "delete", "list"),
        ("create", "update", "delete"),
    ),
    "VendorCreditLineItem": ((), ()),
    "PurchaseOrder": (("create", "list"), ()),
    "PurchaseOrderLineItem": ((), ()),
    "SentPay": (("read", "list"), ()),
    "VoidRequestQueue": ((), ()),
    "APConvFee": ((), ()),
    "BillPay": (("read", "list"), ()),
    "BillCredit": (("read", "list"), ()),
    "ApprovalPolicy": (ALL, ALL_BULK),
    "ApprovalPolicyApprover": (
        ("create", "read", "delete", "undelete", "list"),
        ("create", "delete", "undelete"),
    ),
    "BillApprover": (("read",), ()),
    "VendorCreditApprover": (("read", "list"), ()),
    "BankAccount": (("read", "list"), ()),
    "MoneyMovement": (("read", "list"), ()),
    "MoneyMovementItem": ((), ()),
    "CardAccount": (("list",), ()),
    # accounts receivable and organization
    "Customer": (ALL, AR_BULK),
    "CustomerContact": (ALL, AR_BULK),
    "CustomerBankAccount": (
        ("create", "read", "delete", "undelete", "list"),
        ("create", "delete", "undelete"),
    ),
    "Invoice": (ALL, AR_BULK),
    "InvoiceLineItem": (("list",), ()),
    "RecurringInvoice": (ALL, AR_BULK),
    "RecurringInvoiceLineItem": ((), ()),
    "ReceivedPay": (("read", "list"), ()),
    "InvoicePay": ((), ()),
    "RPConvFee": (("read", "list"), ()),
    "CreditMemo": (ALL, AR_BULK),
    "CreditMemoLineItem": ((), ()),
    "InvoiceCredit": ((), ()),
    "Item": (ALL, AR_BULK),
    "ChartOfAccount": (ALL, AR_BULK),
    "ActgClass": (ALL, AR_BULK),
    "Department": (ALL, AR_BULK),
    "Location": (ALL, AR_BULK),
    "Job": (ALL, AR_BULK),
    "Employee": (ALL, AR_BULK),
    "PaymentTerm": (ALL, AR_BULK),
    "User": (ALL, AR_BULK),
    "Profile": (("create", "read", "update", "list"), ()),
    "Organization": (("read", "list"), ()),
    # Reached through UploadAttachment/GetDocumentPages; the matrix's List "~" has no shape.
    "Attachment": ((), ()),
}

# Operations that need an MFA-trusted session (entities-ap.md §1.1, api-mechanics.md §1.4, §8).
MFA = {
    "VendorBankAccount": ("create", "read", "delete", "list"),
    "CustomerBankAccount": ("create",),
}

ACTIONS = {
    # session and MFA (api-mechanics.md §1.3, §1.4)
    "Login", "Logout", "GetSessionInfo", "ListOrgs", "MFAChallenge", "MFAAuthenticate", "MFAStatus",
    # payables (api-mechanics.md §6.1, entities-ap.md §13)
    "PayBills", "RecordAPPayment", "CancelAPPayment", "VoidAPPayment", "GetDisbursementData",
    "GetCheckImageData", "ListPayments", "GetAPSummary", "GetDynamicExchangeRateQuote",
    # receivables (api-mechanics.md §6.2, entities-ar-org.md §15)
    "RecordARPayment", "VoidARPayment", "ChargeCustomer", "SetCustomerAuthorization",
    "SendInvoice", "MailInvoice", "GetARSummary", "GetDynamicExchangeRateQuote2",
    # approvals (api-mechanics.md §6.3, entities-ap.md §11)
    "SetApprovers", "ClearApprovers", "ListApprovers", "ListUserApprovals", "Approve", "Deny",
    "GetAllBillApproverPolicy",
    # documents (api-mechanics.md §6.4)
    "UploadAttachment", "GetDocumentPages", "GetObjectUrl",
    # network (api-mechanics.md §6.5)
    "SearchEntity", "SendVendorInvite", "SendInvite", "NetworkSearch", "LargeBillerSearch",
    "ConnectLargeBillerAsVendor", "GetLargeBillerPaymentAddress",
    # organization and metadata (api-mechanics.md §6.6, entities-ap.md §12.1)
    "GetEntityMetadata", "GetBankBalance", "SetBankBalance", "Errors",
}  # fmt: skip

MONEY_MOVING = {
    "PayBills", "RecordAPPayment", "CancelAPPayment", "VoidAPPayment",
    "RecordARPayment", "VoidARPayment", "ChargeCustomer",
}  # fmt: skip
MFA_ACTIONS = {"PayBills", "SendVendorInvite", "SendInvite"}

# (entity, field) -> the codes the reference gives (api-mechanics.md §7.1, entities-ap.md §1.6
# and the entity tables).
ENUM_CODES: dict[tuple[str, str], set[str]] = {
    ("Bill", "paymentStatus"): {"0", "1", "2", "4", "5", "6"},
    ("Bill", "approvalStatus"): {"0", "1", "3", "4", "5"},
    ("Bill", "isActive"): {"1", "2", "5", "6"},
    ("BillLineItem", "lineType"): {"1", "2"},
    ("Vendor", "payBy"): {"0", "1", "2", "5", "6", "11"},
    ("Vendor", "isActive"): {"1", "2"},
    ("Vendor", "taxIdType"): {"1", "2"},
    ("Vendor", "accountType"): {"0", "1", "2"},
    ("Vendor", "vendorVCardStatus"): {"-1", "0", "1", "2", "3", "4", "5", "6"},
    ("Vendor", "processorVCardStatus"): {
        "-1", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
    },
    ("Vendor", "vStatusUpdateSource"): {"0", "1", "2", "3", "4", "5", "6", "7", "8"},
    ("Vendor", "eBillEnabledStatus"): {"0", "1", "2", "3", "4"},
    ("VendorBankAccount", "status"): {"0", "1", "2", "3", "4", "5"},
    ("SentPay", "status"): {"0", "1", "2", "3", "4", "5"},
    ("VendorCredit", "approvalStatus"): {"0", "1", "3", "4", "5"},
    ("BillApprover", "status"): {"0", "1", "2", "3", "4", "5", "6"},
    ("VendorCreditApprover", "status"): {"0", "1", "2", "3", "4", "5", "6"},
    ("RecurringBill", "timePeriod"): {"0", "1", "2", "3", "9"},
    ("MoneyMovement", "type"): {"1", "2", "3", "4"},
    ("MoneyMovement", "status"): {"0", "1", "2"},
    ("CardAccount", "cardType"): {"1", "2", "3", "4"},
    ("BankAccount", "verificationLevel"): {"0", "1", "2", "3"},
    ("Invoice", "paymentStatus"): {"0", "1", "2", "4"},
    ("Customer", "accountType"): {"0", "1", "2"},
    ("CustomerContact", "timezoneId"): {"3", "4", "5", "6"},
    ("ReceivedPay", "paymentType"): {"0", "1", "2", "3", "4", "5"},
}  # fmt: skip

# Action request enums (api-mechanics.md §7.1, entities-ap.md §13).
ACTION_ENUM_CODES: dict[tuple[str, str], set[str]] = {
    ("RecordARPayment", "paymentType"): {"0", "1", "2", "3", "4", "5"},
    ("VoidAPPayment", "voidRequestType"): {"0", "1", "2", "3"},
}
