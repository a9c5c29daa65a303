"""What the action endpoints do to the fake's objects (payments, receipts, approvals, network).

Each handler takes the request's `data` and returns `response_data`. Actions without a
handler answer an example of the response shape the spec gives.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .._facts import PAY_BILLS_MAX_BILLS
from ._catalog import ACTIONS, ENTITIES
from ._codes import (
    APPROVAL_APPROVED,
    APPROVAL_APPROVING,
    APPROVAL_ASSIGNED,
    APPROVAL_DENIED,
    APPROVAL_UNASSIGNED,
    APPROVER_APPROVED,
    APPROVER_DENIED,
    APPROVER_UPCOMING,
    APPROVER_VIEWED,
    APPROVER_WAITING,
    INACTIVE,
    NETWORK_CONNECTED,
    NETWORK_NOT_CONNECTED,
    NETWORK_PENDING,
    PAYMENT_ACH,
    PAYMENT_OTHER,
    PROFILE_ADMINISTRATOR,
    RECEIVED_PAID,
    RECEIVED_SCHEDULED,
    RECEIVED_VOID,
    SENT_APPROVING,
    SENT_CANCELED,
    SENT_PAID,
    SENT_SCHEDULED,
    SENT_VOID,
)
from ._errors import FakeError
from ._objects import ZERO_ID, Objects, fits, money, num

JSON = dict[str, Any]
#: A SentPay that can still be canceled: not yet paid out.
_NOT_YET_PAID = (SENT_APPROVING, SENT_SCHEDULED)
#: Approver rows whose decision is due.
_AWAITING = (APPROVER_WAITING, APPROVER_VIEWED)
Handler = Callable[[Objects, JSON], Any]

HANDLERS: dict[str, Handler] = {}


def handles(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[name] = handler
        return handler

    return register


def _amount(value: Any, field: str) -> Decimal:
    if not fits({"type": "number"}, value) or value <= 0:
        raise FakeError("BDC_1119", field, value)
    return num(value)


def _pays(
    objects: Objects, data: JSON, key: str, entity: str, ref: str
) -> list[tuple[JSON, Decimal]]:
    """The objects named in `data[key]` ([{<ref>, amount}]) with the amount for each."""
    items = data.get(key) or []
    if not isinstance(items, list):
        raise FakeError("BDC_1124", key)
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise FakeError("BDC_1124", key)
        target = objects.get(entity, item.get(ref))
        out.append((target, _amount(item.get("amount"), f"{key}.amount")))
    return out


# -- payables --------------------------------------------------------------------------------


def next_working_day(today: str) -> str:
    """The next weekday after `today` (YYYY-MM-DD); bank holidays are not modelled."""
    day = date.fromisoformat(today) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.isoformat()


def _sent_pay(
    objects: Objects, data: JSON, bills: list[tuple[JSON, Decimal]], online: bool
) -> JSON:
    vendors = {bill["vendorId"] for bill, _ in bills}
    if data.get("vendorId") and vendors != {data["vendorId"]}:
        raise FakeError("BDC_1119", "vendorId", data["vendorId"])
    # A payment Bill.com makes is debited on a bank working day, the next one at the earliest
    # (spec: PayBills.processDate); one recorded as made elsewhere may be dated any day.
    earliest = next_working_day(objects.now()[:10]) if online else None
    process_date = data.get("processDate") or earliest or objects.now()[:10]
    if earliest is not None and str(process_date) < earliest:
        raise FakeError("BDC_1119", "processDate", process_date)  # reading as for other values
    sent = objects.new(
        "SentPay",
        {
            "vendorId": bills[0][0]["vendorId"],
            "processDate": process_date,
            "amount": money(sum((amount for _, amount in bills), Decimal(0))),
            "status": SENT_SCHEDULED if online else SENT_PAID,
            "isOnline": online,
            "description": data.get("description"),
            "bankAccountId": data.get("bankAccountId") or ZERO_ID,
            "toPrintCheck": bool(data.get("toPrintCheck", False)),
            "billPays": [],
        },
        store=False,
    )
    for bill, amount in bills:
        pay = objects.new(
            "BillPay",
            {
                "billId": bill["id"],
                "sentPayId": sent["id"],
                "amount": amount,
                "name": bill.get("invoiceNumber"),
            },
            store=False,
        )
        sent["billPays"].append(pay)
        key = "scheduledAmount" if online else "paidAmount"
        bill[key] = money(num(bill.get(key)) + amount)
        objects.save("Bill", bill)
    objects.store.put("SentPay", sent)
    return sent


def _bills(objects: Objects, data: JSON) -> list[tuple[JSON, Decimal]]:
    bills = _pays(objects, data, "billPays", "Bill", "billId")
    if not bills:
        raise FakeError("BDC_1117", "billPays")
    if len(bills) > PAY_BILLS_MAX_BILLS:
        raise FakeError(
            "BDC_1129", "billPays", f"{len(bills)} bills (at most {PAY_BILLS_MAX_BILLS})"
        )
    # One rule for every payment: what is scheduled or paid never passes what the bill asks,
    # counting payments already scheduled and every line of this request.
    left: dict[str, Decimal] = {}
    for bill, amount in bills:
        open_amount = num(bill.get("dueAmount")) - num(bill.get("scheduledAmount"))
        left.setdefault(bill["id"], open_amount)
        if amount > left[bill["id"]]:
            raise FakeError("BDC_1119", "billPays.amount", amount)
        left[bill["id"]] -= amount
    return bills


@handles("PayBills")
def pay_bills(objects: Objects, data: JSON) -> JSON:
    """Schedules one online payment per vendor; the bills become scheduled."""
    bills = _bills(objects, data)
    by_vendor: dict[str, list[tuple[JSON, Decimal]]] = {}
    for bill, amount in bills:
        by_vendor.setdefault(bill["vendorId"], []).append((bill, amount))
    return {
        "sentPays": [_sent_pay(objects, data, group, online=True) for group in by_vendor.values()]
    }


@handles("RecordAPPayment")
def record_ap_payment(objects: Objects, data: JSON) -> JSON:
    """Records a payment made outside BILL: paid at once, one vendor per call."""
    return _sent_pay(objects, data, _bills(objects, data), online=False)


def _unwind(objects: Objects, sent: JSON, status: str) -> JSON:
    if sent.get("status") in (SENT_CANCELED, SENT_VOID):
        raise FakeError("BDC_1119", "sentPayId", sent["id"])
    key = "scheduledAmount" if sent.get("status") in _NOT_YET_PAID else "paidAmount"
    for pay in sent.get("billPays") or []:
        bill = objects.store.get("Bill", pay["billId"])
        if bill is not None:
            bill[key] = money(max(Decimal(0), num(bill.get(key)) - num(pay["amount"])))
            if key == "paidAmount" and not bill[key]:
                bill[key] = None
            objects.save("Bill", bill)
    sent["status"] = status
    return objects.save("SentPay", sent)


@handles("CancelAPPayment")
def cancel_ap_payment(objects: Objects, data: JSON) -> JSON:
    sent = objects.get("SentPay", data.get("sentPayId"))
    if sent.get("status") not in _NOT_YET_PAID:
        raise FakeError("BDC_1119", "sentPayId", sent["id"])  # past the cancel cut-off: void it
    return _unwind(objects, sent, SENT_CANCELED)


@handles("VoidAPPayment")
def void_ap_payment(objects: Objects, data: JSON) -> JSON:
    sent = objects.get("SentPay", data.get("sentPayId"))
    if sent.get("isOnline") and not (data.get("voidRequestType") and data.get("reason")):
        raise FakeError(
            "BDC_1117", "voidRequestType" if not data.get("voidRequestType") else "reason"
        )
    return _unwind(objects, sent, SENT_VOID)


@handles("ListPayments")
def list_payments(objects: Objects, data: JSON) -> JSON:
    return {
        "payments": objects.list(
            "SentPay", {k: v for k, v in data.items() if k != "disbursementStatus"}
        )
    }


# -- receivables -----------------------------------------------------------------------------


def _received(objects: Objects, data: JSON, *, online: bool) -> JSON:
    customer = objects.get("Customer", data.get("customerId"))
    invoices = _pays(objects, data, "invoicePays", "Invoice", "invoiceId")
    applied = sum((amount for _, amount in invoices), Decimal(0))
    key = "totalAmount" if online else "amount"  # ChargeCustomer names the total differently
    if data.get(key) is None and not invoices:
        raise FakeError("BDC_1117", key)
    total = _amount(data[key], key) if data.get(key) is not None else applied
    if applied > total:
        raise FakeError("BDC_1119", key, total)
    left: dict[str, Decimal] = {}  # every line of this request counts against what is due
    for invoice, amount in invoices:
        left.setdefault(invoice["id"], num(invoice.get("amountDue")))
        if invoice.get("customerId") != customer["id"] or amount > left[invoice["id"]]:
            raise FakeError("BDC_1119", "invoicePays.amount", amount)
        left[invoice["id"]] -= amount
    received = objects.new(
        "ReceivedPay",
        {
            "customerId": customer["id"],
            "status": RECEIVED_SCHEDULED if online else RECEIVED_PAID,
            "isOnline": online,
            "paymentDate": data.get("paymentDate") or objects.now()[:10],
            "paymentType": data.get("paymentType", PAYMENT_ACH if online else PAYMENT_OTHER),
            "amount": money(total),
            "description": data.get("memo" if online else "description"),
            "refNumber": "Bill.com ePayment" if online else data.get("refNumber"),
            "depositToAccountId": data.get("depositToAccountId") or ZERO_ID,
            "invoicePays": [
                objects.new("InvoicePay", {"invoiceId": inv["id"], "amount": amount}, store=False)
                for inv, amount in invoices
            ],
        },
    )
    for invoice, amount in invoices:
        objects.apply(invoice["id"], amount)
        objects.save("Invoice", invoice)  # recomputes amountDue and paymentStatus
    return received


@handles("RecordARPayment")
def record_ar_payment(objects: Objects, data: JSON) -> JSON:
    return _received(objects, data, online=False)


@handles("ChargeCustomer")
def charge_customer(objects: Objects, data: JSON) -> JSON:
    customer = objects.get("Customer", data.get("customerId"))
    account = objects.get("CustomerBankAccount", data.get("paymentAccountId"))
    if account.get("customerId") != customer["id"] or account.get("isActive") == INACTIVE:
        raise FakeError("BDC_1119", "paymentAccountId", account["id"])
    if not customer.get("hasAuthorizedToCharge"):
        raise FakeError("BDC_1150")
    return {"chargedReceivedPay": _received(objects, data, online=True)}


@handles("VoidARPayment")
def void_ar_payment(objects: Objects, data: JSON) -> None:
    received = objects.get("ReceivedPay", data.get("id"))
    if received.get("status") == RECEIVED_VOID:
        return  # voided already: nothing more to take back
    received["status"] = RECEIVED_VOID
    objects.save("ReceivedPay", received)
    for pay in received.get("invoicePays") or []:
        objects.apply(pay["invoiceId"], -num(pay.get("amount")))
        invoice = objects.store.get("Invoice", pay["invoiceId"])
        if invoice is not None:
            objects.save("Invoice", invoice)


@handles("SetCustomerAuthorization")
def set_customer_authorization(objects: Objects, data: JSON) -> JSON:
    customer = objects.get("Customer", data.get("customerId"))
    customer["hasAuthorizedToCharge"] = bool(data.get("hasAuthorizedToCharge"))
    return objects.save("Customer", customer)


@handles("SendInvoice")
def send_invoice(objects: Objects, data: JSON) -> None:
    invoice = objects.get("Invoice", data.get("invoiceId"))
    headers, content = data.get("headers") or {}, data.get("content") or {}
    if bool(headers.get("subject")) != bool(content.get("body")):
        raise FakeError("BDC_1117", "subject" if not headers.get("subject") else "body")
    invoice["lastSentTime"] = objects.now()
    objects.save("Invoice", invoice)


@handles("MailInvoice")
def mail_invoice(objects: Objects, data: JSON) -> JSON:
    invoice = objects.get("Invoice", data.get("invoiceId"))
    customer = objects.get("Customer", invoice.get("customerId"))
    if not all(customer.get(k) for k in ("billAddressCity", "billAddressState", "billAddressZip")):
        raise FakeError("BDC_1332")
    if customer.get("billAddressCountry") not in (None, "", "USA", "US", "United States"):
        raise FakeError("BDC_1333")
    return {}


# -- approvals -------------------------------------------------------------------------------

_APPROVER = {
    "Bill": ("BillApprover", "billid"),
    "VendorCredit": ("VendorCreditApprover", "vendorCreditId"),
}


def _approval_target(objects: Objects, data: JSON) -> tuple[JSON, str, str]:
    entity = "VendorCredit" if data.get("entity") == "VendCredit" else data.get("entity")
    if entity not in _APPROVER:
        raise FakeError("BDC_1119", "entity", data.get("entity"))
    approver_entity, link = _APPROVER[entity]
    return objects.get(entity, data.get("objectId")), approver_entity, link


def _approvers(objects: Objects, approver_entity: str, link: str, object_id: str) -> list[JSON]:
    rows = [r for r in objects.store.all(approver_entity) if r.get(link) == object_id]
    return sorted(rows, key=lambda r: r.get("sortOrder", 0))


@handles("SetApprovers")
def set_approvers(objects: Objects, data: JSON) -> None:
    target, approver_entity, link = _approval_target(objects, data)
    if _approvers(objects, approver_entity, link, target["id"]):
        raise FakeError("BDC_1119", "objectId", target["id"])  # clear first, then set
    users = data.get("approvers") or []
    for order, user in enumerate(users):
        values = {
            link: target["id"],
            "usersId": user,
            "sortOrder": order,
            "status": APPROVER_WAITING if order == 0 else APPROVER_UPCOMING,
        }
        if "usersIdType" in ENTITIES[approver_entity]["fields"]:
            values["usersIdType"] = "user"
        objects.new(approver_entity, values)
    target["approvalStatus"] = APPROVAL_ASSIGNED if users else APPROVAL_UNASSIGNED
    objects.save(target["entity"], target)


@handles("ClearApprovers")
def clear_approvers(objects: Objects, data: JSON) -> None:
    target, approver_entity, link = _approval_target(objects, data)
    for row in _approvers(objects, approver_entity, link, target["id"]):
        objects.store.delete(approver_entity, row["id"])
    target["approvalStatus"] = APPROVAL_UNASSIGNED
    objects.save(target["entity"], target)


@handles("ListApprovers")
def list_approvers(objects: Objects, data: JSON) -> list[JSON]:
    target, approver_entity, link = _approval_target(objects, data)
    return _approvers(objects, approver_entity, link, target["id"])


def _decide(objects: Objects, data: JSON, approve: bool) -> JSON:
    target, approver_entity, link = _approval_target(objects, data)
    rows = _approvers(objects, approver_entity, link, target["id"])
    current = next((r for r in rows if r.get("status") in _AWAITING), None)
    if current is None:
        raise FakeError("BDC_1119", "objectId", target["id"])  # nothing awaits a decision
    now = objects.now()
    current.update(status=APPROVER_APPROVED if approve else APPROVER_DENIED, statusChangedDate=now)
    objects.save(approver_entity, current)
    following = [r for r in rows if r.get("status") == APPROVER_UPCOMING]
    if not approve:
        target["approvalStatus"] = APPROVAL_DENIED
    elif following:
        following[0].update(status=APPROVER_WAITING, statusChangedDate=now)
        objects.save(approver_entity, following[0])
        target["approvalStatus"] = APPROVAL_APPROVING
    else:
        target["approvalStatus"] = APPROVAL_APPROVED
    objects.save(target["entity"], target)
    return {}


@handles("Approve")
def approve(objects: Objects, data: JSON) -> JSON:
    return _decide(objects, data, approve=True)


@handles("Deny")
def deny(objects: Objects, data: JSON) -> None:
    _decide(objects, data, approve=False)


@handles("ListUserApprovals")
def list_user_approvals(objects: Objects, data: JSON) -> JSON:
    entity = "VendorCredit" if data.get("entity") in ("VendorCredit", "VendCredit") else "Bill"
    approver_entity, link = _APPROVER[entity]
    waiting = {
        r[link]
        for r in objects.store.all(approver_entity)
        if r.get("usersId") == data.get("usersId") and r.get("status") in _AWAITING
    }
    return {
        "marker": None,
        "approvals": [o for o in objects.store.all(entity) if o["id"] in waiting],
    }


# -- network ---------------------------------------------------------------------------------

#: Where the fake keeps network invitations: not an entity of the API, so never listed.
INVITATION = "NetworkInvitation"


def _counterpart(objects: Objects, id: Any) -> JSON:
    """Our Vendor or Customer with this id: invitations and statuses take either."""
    for entity in ("Vendor", "Customer"):
        if isinstance(id, str) and (record := objects.store.get(entity, id)) is not None:
            return record
    raise FakeError("BDC_1120")


def _invitation_of(objects: Objects, object_id: str) -> JSON | None:
    """The latest invitation about one of our objects, if any."""
    found = [i for i in objects.store.all(INVITATION) if i["objectId"] == object_id]
    return max(found, key=lambda i: i["createdTime"]) if found else None


def _invite(objects: Objects, record: JSON, network_id: str | None) -> str:
    invitation = {
        "id": objects.new_id(INVITATION),
        "objectId": record["id"],
        "status": NETWORK_PENDING,
        "networkId": network_id,
        "createdTime": objects.now(),
    }
    objects.store.put(INVITATION, invitation)
    return str(invitation["id"])


@handles("SendInvite")
def send_invite(objects: Objects, data: JSON) -> JSON:
    """Invites the organization behind a network id; pending until it accepts."""
    return {"requestId": _invite(objects, _counterpart(objects, data["id"]), data["networkId"])}


@handles("SendVendorInvite")
def send_vendor_invite(objects: Objects, data: JSON) -> str:
    """E-mails a vendor outside the network; the answer is the bare request id."""
    vendor = objects.get("Vendor", data["vendorId"])
    vendor["numberOfInvitesSent"] = (vendor.get("numberOfInvitesSent") or 0) + 1
    objects.save("Vendor", vendor)
    return _invite(objects, vendor, None)


@handles("GetNetworkStatus")
def get_network_status(objects: Objects, data: JSON) -> JSON:
    record = _counterpart(objects, data["id"])
    invitation = _invitation_of(objects, record["id"])
    if invitation is None or invitation["status"] == NETWORK_NOT_CONNECTED:
        return {"objectId": record["id"], "status": NETWORK_NOT_CONNECTED}
    answer = {"objectId": record["id"], "status": invitation["status"]}
    answer["requestId"] = invitation["id"]
    if invitation["networkId"]:
        answer["networkId"] = invitation["networkId"]
    return answer


@handles("CancelInvite")
def cancel_invite(objects: Objects, data: JSON) -> None:
    invitation = objects.store.get(INVITATION, data["id"]) if isinstance(data["id"], str) else None
    if invitation is None:
        raise FakeError("BDC_1120")
    if invitation["status"] == NETWORK_CONNECTED:  # accepted: only a disconnect ends it now
        raise FakeError("BDC_1119", "id", data["id"])
    invitation["status"] = NETWORK_NOT_CONNECTED
    objects.store.put(INVITATION, invitation)


def _disconnect(objects: Objects, entity: str, id: Any) -> None:
    record = objects.get(entity, id)
    invitation = _invitation_of(objects, record["id"])
    if invitation is not None and invitation["status"] != NETWORK_NOT_CONNECTED:
        invitation["status"] = NETWORK_NOT_CONNECTED
        objects.store.put(INVITATION, invitation)


@handles("DisconnectCustomerFromNetwork")
def disconnect_customer(objects: Objects, data: JSON) -> None:
    _disconnect(objects, "Customer", data["customerId"])


@handles("DisconnectVendorFromNetwork")
def disconnect_vendor(objects: Objects, data: JSON) -> None:
    _disconnect(objects, "Vendor", data["vendorId"])


def accept_invitation(objects: Objects, request_id: str) -> None:
    """The invited organization accepts (what a test makes happen on the other side)."""
    invitation = objects.store.get(INVITATION, request_id)
    if invitation is None or invitation["status"] != NETWORK_PENDING:
        raise KeyError(f"no pending invitation {request_id!r}")
    invitation["status"] = NETWORK_CONNECTED
    objects.store.put(INVITATION, invitation)


# -- session ---------------------------------------------------------------------------------


@handles("CurrentTime")
def current_time(objects: Objects, data: JSON) -> JSON:
    """The fake's clock, so tests that move it see the server's time move too."""
    return {"currentTime": objects.now()}


# -- notes and documents ---------------------------------------------------------------------

#: The fake's own records (not entities of the API): notes on objects, attached documents.
MESSAGE = "Message"
DOCUMENT = "Document"


def _any_object(objects: Objects, id: Any) -> JSON:
    """The object of any entity with this id (notes and attachments go on many kinds)."""
    if isinstance(id, str) and id:
        for entity in ENTITIES:
            if (record := objects.store.get(entity, id)) is not None:
                return record
    raise FakeError("BDC_1120")


def _page(rows: list[JSON], data: JSON) -> list[JSON]:
    start, most = data.get("start", 0), data.get("max", 999)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in (start, most)):
        raise FakeError("BDC_1124", "start/max")
    return rows[int(start) : int(start) + int(most)]


@handles("SendMessage")
def send_message(objects: Objects, data: JSON) -> JSON:
    target = _any_object(objects, data["objectId"])
    user = objects.store.get("User", objects.users_id) or {}
    note = {
        "id": objects.new_id(MESSAGE),
        "objectId": target["id"],
        "message": str(data["message"]),
        "isPublic": data.get("isPublic") is True,
        "createdDate": objects.now(),
        "usersId": objects.users_id,
        "from": {
            "usersOrgName": objects.org_name,
            "usersFirstName": user.get("firstName", ""),
            "usersLastName": user.get("lastName", ""),
        },
    }
    objects.store.put(MESSAGE, note)
    return note


@handles("ListMessage")
def list_messages(objects: Objects, data: JSON) -> list[JSON]:
    target = _any_object(objects, data["objectId"])
    notes = [n for n in objects.store.all(MESSAGE) if n["objectId"] == target["id"]]
    return _page(sorted(notes, key=lambda n: n["createdDate"]), data)


@handles("UploadAttachment")
def upload_attachment(objects: Objects, data: JSON) -> JSON:
    """Keeps a record of the file on its target (the Inbox when no id is given)."""
    target = _any_object(objects, data["id"])["id"] if data.get("id") else None
    doc_id = objects.new_id(DOCUMENT)
    objects.store.put(DOCUMENT, {
        "id": doc_id, "objectId": target, "fileName": str(data["fileName"]),
        "createdDate": objects.now(), "numPages": 1, "fileUrl": f"Document/{doc_id}",
        "scanStatus": "clean",
    })  # fmt: skip
    return {}


def _documents(objects: Objects, object_id: str) -> list[JSON]:
    found = [d for d in objects.store.all(DOCUMENT) if d["objectId"] == object_id]
    return sorted(found, key=lambda d: d["createdDate"])


@handles("GetDocuments")
def get_documents(objects: Objects, data: JSON) -> JSON:
    bill = objects.get("Bill", data["id"])
    documents = _documents(objects, bill["id"])
    shown = [{k: v for k, v in d.items() if k != "objectId"} for d in _page(documents, data)]
    return {"documents": shown, "numPages": len(documents)}


@handles("GetDocumentPages")
def get_document_pages(objects: Objects, data: JSON) -> JSON:
    target = _any_object(objects, data["id"])
    if target.get("entity") not in ("Bill", "VendorCredit"):
        raise FakeError("BDC_1119", "id", data["id"])
    documents = _documents(objects, target["id"])
    first = documents[0] if documents else {"fileUrl": None, "numPages": 0}
    return {"documentPages": {"fileUrl": first["fileUrl"], "numPages": first["numPages"]}}


# -- organization ----------------------------------------------------------------------------


@handles("GetProfilePermissions")
def get_profile_permissions(objects: Objects, data: JSON) -> JSON:
    """An administrator may do everything; the fake grants other profiles nothing."""
    profile = objects.get("Profile", data["id"])
    granted = profile.get("type") == PROFILE_ADMINISTRATOR
    return dict.fromkeys(ACTIONS["GetProfilePermissions"]["response"]["fields"], granted)
