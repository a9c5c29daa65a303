"""What the action endpoints do: payments, receipts, approvals, sending."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.conformance.conftest import Serve, Wire, trust

_numbers = itertools.count()
# A bank account's numbers: a routing number of the form banks use, an account number of 12
# digits (both distinctive, so a test can prove recordings never hold them).
ROUTING, ACCOUNT = "322271627", "840137264951"


def new_vendor(wire: Wire, name: str = "") -> dict[str, Any]:
    obj = {"entity": "Vendor", "name": wire.name(name or f"V-{next(_numbers)}")}
    return wire.ok("Crud/Create/Vendor.json", {"obj": obj})  # type: ignore[no-any-return]


def new_customer(wire: Wire, name: str = "C", **fields: Any) -> dict[str, Any]:
    obj = {"entity": "Customer", "name": wire.name(name), **fields}
    return wire.ok("Crud/Create/Customer.json", {"obj": obj})  # type: ignore[no-any-return]


def new_bill(wire: Wire, amount: float = 100.0, vendor: str | None = None) -> dict[str, Any]:
    if vendor is None:
        vendor = new_vendor(wire)["id"]
    number = wire.name(f"B-{next(_numbers)}")
    return wire.ok("Crud/Create/Bill.json", {"obj": {  # type: ignore[no-any-return]
        "entity": "Bill", "vendorId": vendor, "invoiceNumber": number, "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "billLineItems": [{"entity": "BillLineItem", "amount": amount}]}})  # fmt: skip


def read(wire: Wire, entity: str, id: str) -> dict[str, Any]:
    return wire.ok(f"Crud/Read/{entity}.json", {"id": id})  # type: ignore[no-any-return]


@pytest.mark.money
def test_pay_bills_schedules_and_cancel_restores(trusted: Wire) -> None:
    a, b = new_bill(trusted, 100.0), new_bill(trusted, 40.0)
    paid = trusted.ok("PayBills.json", {"billPays": [
        {"billId": a["id"], "amount": 100.0}, {"billId": b["id"], "amount": 15.0}]})  # fmt: skip
    sent = paid["sentPays"]
    assert (
        len(sent) == 2 and {s["status"] for s in sent} == {"1"} and all(s["isOnline"] for s in sent)
    )
    assert sent[0]["id"].startswith("stp") and sent[0]["billPays"][0]["billId"] == a["id"]
    assert read(trusted, "Bill", a["id"])["paymentStatus"] == "4"
    assert read(trusted, "Bill", a["id"])["scheduledAmount"] == 100.0
    assert read(trusted, "SentPay", sent[0]["id"])["amount"] == 100.0
    payments = trusted.ok("ListPayments.json", {"start": 0, "max": 999, "disbursementStatus": "0"})
    assert {s["id"] for s in sent} <= {p["id"] for p in payments["payments"]}

    canceled = trusted.ok("CancelAPPayment.json", {"sentPayId": sent[0]["id"]})
    assert canceled["status"] == "3"
    assert read(trusted, "Bill", a["id"])["paymentStatus"] == "1"
    assert trusted.error("CancelAPPayment.json", {"sentPayId": sent[0]["id"]}) == "BDC_1119"
    too_much = {"billPays": [{"billId": b["id"], "amount": 1000.0}]}
    assert trusted.error("PayBills.json", too_much) == "BDC_1119"


@pytest.mark.money
def test_record_ap_payment_settles_at_once_and_void_reverses(wire: Wire) -> None:
    bill = new_bill(wire, 80.0)
    sent = wire.ok("RecordAPPayment.json", {"vendorId": bill["vendorId"], "processDate": "2024-07-15",
                                            "toPrintCheck": False,
                                            "billPays": [{"billId": bill["id"], "amount": 30.0}]})  # fmt: skip
    assert (sent["status"], sent["isOnline"]) == ("2", False)
    after = read(wire, "Bill", bill["id"])
    assert (after["paidAmount"], after["dueAmount"], after["paymentStatus"]) == (30.0, 50.0, "2")
    wire.ok("RecordAPPayment.json", {"processDate": "2024-07-16", "toPrintCheck": False,
                                     "billPays": [{"billId": bill["id"], "amount": 50.0}]})  # fmt: skip
    assert read(wire, "Bill", bill["id"])["paymentStatus"] == "0"
    voided = wire.ok("VoidAPPayment.json", {"sentPayId": sent["id"]})
    assert voided["status"] == "4"
    assert read(wire, "Bill", bill["id"])["dueAmount"] == 30.0


@pytest.mark.money
def test_receivables_lower_the_due_amount(wire: Wire) -> None:
    customer = new_customer(wire)
    invoice = wire.ok("Crud/Create/Invoice.json", {"obj": {
        "entity": "Invoice", "customerId": customer["id"], "invoiceNumber": wire.name("I-9"), "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "invoiceLineItems": [{"entity": "InvoiceLineItem", "quantity": 1, "price": 300}]}})  # fmt: skip
    received = wire.ok("RecordARPayment.json", {
        "customerId": customer["id"], "paymentDate": "2024-07-10", "paymentType": "1", "amount": 120,
        "invoicePays": [{"invoiceId": invoice["id"], "amount": 100}]})  # fmt: skip
    assert (
        received["id"].startswith("0rp") and received["status"] == "0" and not received["isOnline"]
    )
    assert received["invoicePays"][0]["id"].startswith("0ip")
    after = read(wire, "Invoice", invoice["id"])
    assert (after["amountDue"], after["paymentStatus"]) == (200.0, "2")
    assert read(wire, "Customer", customer["id"])["balance"] == 200.0
    wire.ok("VoidARPayment.json", {"id": received["id"]})
    assert read(wire, "Invoice", invoice["id"])["amountDue"] == 300.0

    account = {"customerId": customer["id"], "paymentDate": "2024-07-11", "paymentType": "3",
               "paymentAccountId": "cba01NOSUCHACCOUNT00", "invoicePays": [{"invoiceId": invoice["id"], "amount": 300}]}  # fmt: skip
    assert wire.error("ChargeCustomer.json", account) == "BDC_1120"


@pytest.mark.money
def test_charge_customer_needs_an_account_and_authorization(trusted: Wire) -> None:
    customer = new_customer(trusted)
    bank = trusted.ok("Crud/Create/CustomerBankAccount.json", {"obj": {
        "entity": "CustomerBankAccount", "customerId": customer["id"], "nameOnAccount": trusted.name("C"),
        "routingNumber": ROUTING, "accountNumber": ACCOUNT, "agreedWithTOS": True}})  # fmt: skip
    invoice = trusted.ok("Crud/Create/Invoice.json", {"obj": {
        "entity": "Invoice", "customerId": customer["id"], "invoiceNumber": trusted.name("I-1"), "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "invoiceLineItems": [{"entity": "InvoiceLineItem", "quantity": 1, "price": 50}]}})  # fmt: skip
    charge = {"customerId": customer["id"], "paymentDate": "2024-07-11", "paymentType": "3",
              "paymentAccountId": bank["id"], "invoicePays": [{"invoiceId": invoice["id"], "amount": 50}]}  # fmt: skip
    assert trusted.error("ChargeCustomer.json", charge) == "BDC_1150"
    authorized = trusted.ok(
        "SetCustomerAuthorization.json",
        {"customerId": customer["id"], "hasAuthorizedToCharge": True},
    )
    assert authorized["hasAuthorizedToCharge"] is True
    charged = trusted.ok("ChargeCustomer.json", charge)["chargedReceivedPay"]
    assert (charged["status"], charged["isOnline"], charged["refNumber"]) == (
        "2",
        True,
        "Bill.com ePayment",
    )
    assert read(trusted, "Invoice", invoice["id"])["paymentStatus"] == "0"
    deposit = {**charge, "totalAmount": 20, "memo": "Deposit"}
    del deposit["invoicePays"]
    unapplied = trusted.ok("ChargeCustomer.json", deposit)["chargedReceivedPay"]
    assert (unapplied["amount"], unapplied["description"]) == (20, "Deposit")
    del deposit["totalAmount"]
    assert trusted.error("ChargeCustomer.json", deposit) == "BDC_1117"  # neither total nor invoices


@pytest.mark.fake_only("approvers the fake accepts without their users")
def test_approval_chain(wire: Wire) -> None:
    bill = new_bill(wire)
    users = ["00601APPROVER000001A", "00601APPROVER000002B"]
    wire.ok("SetApprovers.json", {"objectId": bill["id"], "entity": "Bill", "approvers": users})
    chain = wire.ok("ListApprovers.json", {"objectId": bill["id"], "entity": "Bill"})
    assert [(a["usersId"], a["sortOrder"], a["status"]) for a in chain] == [
        (users[0], 0, "0"),
        (users[1], 1, "5"),
    ]
    assert (
        chain[0]["id"].startswith("0ba") and read(wire, "Bill", bill["id"])["approvalStatus"] == "1"
    )
    todo = wire.ok("ListUserApprovals.json", {"usersId": users[0], "entity": "Bill", "max": 999})
    assert [b["id"] for b in todo["approvals"]] == [bill["id"]]
    assert (
        wire.ok("Approve.json", {"objectId": bill["id"], "entity": "Bill", "comment": "ok"}) == {}
    )
    assert read(wire, "Bill", bill["id"])["approvalStatus"] == "4"
    wire.ok("Approve.json", {"objectId": bill["id"], "entity": "Bill"})
    assert read(wire, "Bill", bill["id"])["approvalStatus"] == "3"
    assert wire.error("Approve.json", {"objectId": bill["id"], "entity": "Bill"}) == "BDC_1119"

    other = new_bill(wire)
    wire.ok("SetApprovers.json", {"objectId": other["id"], "entity": "Bill", "approvers": users})
    wire.ok("Deny.json", {"objectId": other["id"], "entity": "Bill", "comment": "wrong amount"})
    assert read(wire, "Bill", other["id"])["approvalStatus"] == "5"
    wire.ok("ClearApprovers.json", {"objectId": other["id"], "entity": "Bill"})
    assert read(wire, "Bill", other["id"])["approvalStatus"] == "0"
    assert wire.ok("ListApprovers.json", {"objectId": other["id"], "entity": "Bill"}) == []


@pytest.mark.fake_only("sends an invoice from the organization")
def test_sending_invoices(wire: Wire) -> None:
    customer = wire.ok("Crud/Create/Customer.json", {"obj": {"entity": "Customer", "name": wire.name("C"), "billAddressCity": "Paris",
                                                             "billAddressState": "IDF", "billAddressZip": "75001",
                                                             "billAddressCountry": "France"}})  # fmt: skip
    invoice = wire.ok("Crud/Create/Invoice.json", {"obj": {
        "entity": "Invoice", "customerId": customer["id"], "invoiceNumber": wire.name("I-2"), "invoiceDate": "2024-07-01",
        "dueDate": "2024-07-31", "invoiceLineItems": [{"entity": "InvoiceLineItem", "quantity": 1, "price": 5}]}})  # fmt: skip
    assert (
        wire.error(
            "SendInvoice.json",
            {"invoiceId": invoice["id"], "headers": {"subject": "Hi"}, "content": {}},
        )
        == "BDC_1117"
    )
    wire.ok("SendInvoice.json", {"invoiceId": invoice["id"], "headers": {}, "content": {}})
    assert read(wire, "Invoice", invoice["id"])["lastSentTime"]
    assert wire.error("MailInvoice.json", {"invoiceId": invoice["id"]}) == "BDC_1333"


@pytest.mark.fake_only("the fake accepts the invitation (wire.fake); invitations send mail")
def test_network_invitation_lifecycle(trusted: Wire) -> None:
    vendor = trusted.ok("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "V"}})
    customer = trusted.ok("Crud/Create/Customer.json", {"obj": {"entity": "Customer", "name": "C"}})
    assert trusted.ok("GetNetworkStatus.json", {"id": vendor["id"]}) == {
        "objectId": vendor["id"],
        "status": "0",
    }
    # SendVendorInvite answers the bare request id; GetNetworkStatus finds it.
    request = trusted.ok("SendVendorInvite.json", {"vendorId": vendor["id"], "email": "v@x.test"})
    assert isinstance(request, str) and request
    status = trusted.ok("GetNetworkStatus.json", {"id": vendor["id"]})
    assert (status["status"], status["requestId"]) == ("1", request)
    assert read(trusted, "Vendor", vendor["id"])["numberOfInvitesSent"] == 1
    trusted.ok("CancelInvite.json", {"id": request})
    assert trusted.ok("GetNetworkStatus.json", {"id": vendor["id"]})["status"] == "0"
    assert trusted.error("CancelInvite.json", {"id": "no-such-request"}) == "BDC_1120"

    # SendInvite (an organization already on the network) answers {requestId}.
    invite = {"networkId": "0123456789", "id": customer["id"]}
    request = trusted.ok("SendInvite.json", invite)["requestId"]
    trusted.fake.accept_invitation(request)  # type: ignore[attr-defined]
    status = trusted.ok("GetNetworkStatus.json", {"id": customer["id"]})
    assert status == {"objectId": customer["id"], "status": "2", "requestId": request,
                      "networkId": "0123456789"}  # fmt: skip
    assert trusted.error("CancelInvite.json", {"id": request}) == "BDC_1119"  # accepted already
    trusted.ok("DisconnectCustomerFromNetwork.json", {"customerId": customer["id"]})
    assert trusted.ok("GetNetworkStatus.json", {"id": customer["id"]})["status"] == "0"
    assert trusted.error("GetNetworkStatus.json", {"id": "00901NOSUCHVENDOR000"}) == "BDC_1120"
    assert trusted.error("SendInvite.json", {"networkId": "1"}) == "BDC_1117"


@pytest.mark.fake_only("moves the fake's clock")
def test_current_time_follows_the_servers_clock(serve: Serve) -> None:
    wire = serve()
    wire.login()
    before = wire.ok("CurrentTime.json")["currentTime"]
    wire.fake.clock.advance(60)  # type: ignore[attr-defined]
    after = wire.ok("CurrentTime.json")["currentTime"]
    assert before < after and before[:4] == "2024"


def test_a_customer_bank_account_needs_the_terms_of_service_flag(trusted: Wire) -> None:
    customer = new_customer(trusted)
    obj = {"entity": "CustomerBankAccount", "customerId": customer["id"], "nameOnAccount": trusted.name("C"),
           "routingNumber": ROUTING, "accountNumber": ACCOUNT}  # fmt: skip
    assert trusted.error("Crud/Create/CustomerBankAccount.json", {"obj": obj}) == "BDC_1117"
    beside = {"obj": obj, "agreedWithTOS": True}  # where the reference puts it
    assert trusted.ok("Crud/Create/CustomerBankAccount.json", beside)["id"].startswith("cba")
    inside = {"obj": {**obj, "agreedWithTOS": True}}  # where some real clients put it
    assert trusted.ok("Crud/Create/CustomerBankAccount.json", inside)["id"].startswith("cba")


@pytest.mark.fake_only("moves the fake's clock")
def test_pay_bills_debits_on_the_next_bank_working_day_at_the_earliest(
    trusted: Wire, clock: Any
) -> None:
    """The clock stands on Wednesday 2024-07-03: Thursday is the earliest; Friday's is Monday."""
    bill = new_bill(trusted, 30.0)
    one = [{"billId": bill["id"], "amount": 10.0}]
    assert trusted.error("PayBills.json", {"billPays": one, "processDate": "2024-07-03"}) == (
        "BDC_1119"
    )
    first = trusted.ok("PayBills.json", {"billPays": one})["sentPays"][0]
    assert first["processDate"] == "2024-07-04"
    later = trusted.ok("PayBills.json", {"billPays": one, "processDate": "2024-07-10"})
    assert later["sentPays"][0]["processDate"] == "2024-07-10"
    clock.advance(2 * 86400)  # Friday (the session has idled out meanwhile)
    trusted.login()
    trust(trusted, "111111")
    assert trusted.ok("PayBills.json", {"billPays": one})["sentPays"][0]["processDate"] == (
        "2024-07-08"
    )


@pytest.mark.money
def test_a_vendors_balance_is_what_its_active_bills_leave_open(wire: Wire) -> None:
    vendor = new_vendor(wire)
    assert vendor["balance"] == 0
    a, b = new_bill(wire, 100.0, vendor["id"]), new_bill(wire, 25.5, vendor["id"])
    assert read(wire, "Vendor", vendor["id"])["balance"] == 125.5
    wire.ok("RecordAPPayment.json", {"vendorId": vendor["id"], "processDate": "2024-07-02",
            "toPrintCheck": False, "billPays": [{"billId": a["id"], "amount": 40.0}]})  # fmt: skip
    assert read(wire, "Vendor", vendor["id"])["balance"] == 85.5
    wire.ok("Crud/Delete/Bill.json", {"id": b["id"]})
    settled = read(wire, "Vendor", vendor["id"])
    assert settled["balance"] == 60.0 and settled["lastBalanceUpdate"]


@pytest.mark.fake_only("arranges objects inside the fake (wire.fake)")
def test_timestamps_sort_as_moments_whatever_their_offset(wire: Wire) -> None:
    fake = wire.fake  # type: ignore[attr-defined]
    # 10:00 at -0700 is 17:00 UTC: later than 12:00 UTC, though it reads earlier as text.
    for name, created in [("west", "2024-07-01T10:00:00.000-0700"), ("utc", "2024-07-01T12:00:00.000+0000")]:  # fmt: skip
        fake.add("Vendor", {"name": name, "isActive": "1", "createdTime": created})
    rows = wire.ok("List/Vendor.json", {"sort": [{"field": "createdTime", "asc": "true"}]})
    assert [r["name"] for r in rows] == ["utc", "west"]
