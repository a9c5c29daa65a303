"""The enum codes the fake sets, found by the names the spec gives them (never written as numbers).

If the spec renames or drops one of these, importing the fake fails and says which.
"""

from __future__ import annotations

from ._catalog import ACTIONS, ENTITIES


def code(entity: str, field: str, name: str) -> str:
    for value, meaning in ENTITIES[entity]["fields"][field]["enum"].items():
        if meaning == name:
            return str(value)
    raise KeyError(f"the spec gives {entity}.{field} no code named {name!r}")


def answer_code(action: str, field: str, name: str) -> str:
    """A code of a field in an action's answer."""
    for value, meaning in ACTIONS[action]["response"]["fields"][field]["enum"].items():
        if meaning == name:
            return str(value)
    raise KeyError(f"the spec gives {action}'s answer field {field} no code named {name!r}")


ACTIVE = code("Vendor", "isActive", "active")
INACTIVE = code("Vendor", "isActive", "inactive")

LINE_EXPENSE = code("BillLineItem", "lineType", "expense")
LINE_ITEM = code("BillLineItem", "lineType", "item")

BILL_PAID = code("Bill", "paymentStatus", "paid_in_full")
BILL_OPEN = code("Bill", "paymentStatus", "open")
BILL_PARTIALLY_PAID = code("Bill", "paymentStatus", "partially_paid")
BILL_SCHEDULED = code("Bill", "paymentStatus", "scheduled")

INVOICE_PAID = code("Invoice", "paymentStatus", "paid_in_full")
INVOICE_OPEN = code("Invoice", "paymentStatus", "open")
INVOICE_PARTIALLY_PAID = code("Invoice", "paymentStatus", "partially_paid")

SENT_APPROVING = code("SentPay", "status", "approving")
SENT_SCHEDULED = code("SentPay", "status", "scheduled")
SENT_PAID = code("SentPay", "status", "paid")
SENT_CANCELED = code("SentPay", "status", "canceled")
SENT_VOID = code("SentPay", "status", "void")

RECEIVED_PAID = code("ReceivedPay", "status", "paid")
RECEIVED_VOID = code("ReceivedPay", "status", "void")
RECEIVED_SCHEDULED = code("ReceivedPay", "status", "scheduled")
PAYMENT_ACH = code("ReceivedPay", "paymentType", "ach")
PAYMENT_OTHER = code("ReceivedPay", "paymentType", "other")

# The same approval codes serve bills and vendor credits (entities-ap.md §1.6).
APPROVAL_UNASSIGNED = code("Bill", "approvalStatus", "unassigned")
APPROVAL_ASSIGNED = code("Bill", "approvalStatus", "assigned")
APPROVAL_APPROVED = code("Bill", "approvalStatus", "approved")
APPROVAL_APPROVING = code("Bill", "approvalStatus", "approving")
APPROVAL_DENIED = code("Bill", "approvalStatus", "denied")

APPROVER_WAITING = code("BillApprover", "status", "waiting")
APPROVER_VIEWED = code("BillApprover", "status", "viewed")
APPROVER_DENIED = code("BillApprover", "status", "denied")
APPROVER_APPROVED = code("BillApprover", "status", "approved")
APPROVER_UPCOMING = code("BillApprover", "status", "upcoming")

PROFILE_ADMINISTRATOR = code("Profile", "type", "administrator")

NETWORK_NOT_CONNECTED = answer_code("GetNetworkStatus", "status", "not_connected")
NETWORK_PENDING = answer_code("GetNetworkStatus", "status", "pending")
NETWORK_CONNECTED = answer_code("GetNetworkStatus", "status", "connected")
