"""Every action endpoint through its generated method, against the fake over HTTP."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

import billcom
from billcom import BillCom
from billcom.models import Bill, GetNetworkStatusResponseStatus
from billcom.testing import FakeBillCom, FakeClock, FakeTransport, running_server
from billcom.testing._actions import HANDLERS
from codegen.generate import ROOT, action_request
from codegen.spec import Action, load_spec
from tests.payloads import required_kwargs

SPEC = load_spec(ROOT / "spec")


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeBillCom, str]]:
    fake = FakeBillCom(seed=5)
    with running_server(fake) as base_url:
        yield fake, base_url


def trusted_client(fake: FakeBillCom, base_url: str) -> BillCom:
    client = BillCom(**fake.credentials(base_url))
    challenge = client.session.mfa_challenge(use_backup=False)
    client.session.mfa_authenticate(
        challenge_id=challenge.challenge_id or "",
        token=fake.mfa_code,
        device_id="d",
        machine_name="m",
        remember_me=False,
    )
    return client


def make_bill(client: BillCom, amount: Decimal) -> Bill:
    vendor = client.vendors.create(name="Payee")
    return client.bills.create(
        vendor_id=vendor.id or "",
        invoice_number=f"B-{amount}",
        invoice_date=date(2024, 7, 1),
        due_date=date(2024, 7, 31),
        bill_line_items=[{"amount": amount}],
    )


def call(client: BillCom, fake: FakeBillCom, action: Action) -> Any:
    method = getattr(getattr(client, action.group), action.method)
    kwargs = required_kwargs(SPEC, action_request(SPEC, action).request)
    if action.name == "MFAAuthenticate":  # needs a real challenge and the texted code
        challenge = client.session.mfa_challenge(use_backup=False)
        kwargs.update(challenge_id=challenge.challenge_id, token=fake.mfa_code)
    if action.form == "multipart":
        return method(b"%PDF-1.4 sample", **kwargs)
    return method(**kwargs)


@pytest.mark.parametrize("name", sorted(a.name for a in SPEC.actions if a.name not in HANDLERS))
def test_action_answers_in_shape(served: tuple[FakeBillCom, str], name: str) -> None:
    fake, base_url = served
    action = next(a for a in SPEC.actions if a.name == name)
    with trusted_client(fake, base_url) as client:
        result = call(client, fake, action)
    response = action.response
    models = importlib.import_module("billcom.models")
    if response is None:
        assert result is None
    elif response.kind == "array":
        assert isinstance(result, list)
    elif response.entity:
        assert isinstance(result, getattr(models, response.entity))
        assert result.entity == response.entity
    elif response.fields is not None:
        assert isinstance(result, getattr(models, f"{name}Response"))
    else:
        assert isinstance(result, {"object": dict, "string": str}[response.kind])
    assert f"{name}.json" in fake.requests


def test_mfa_protected_action_on_an_untrusted_session_names_the_steps(
    served: tuple[FakeBillCom, str],
) -> None:
    fake, base_url = served
    with (
        BillCom(**fake.credentials(base_url)) as client,
        pytest.raises(billcom.MFARequiredError) as info,
    ):
        client.payments.pay_bills(bill_pays=[{"bill_id": "00n01ABCDEFGHIJKLMNO", "amount": 10}])
    message = str(info.value)
    assert info.value.code == "BDC_1361" and info.value.operation == "PayBills"
    assert "mfa_challenge" in message and "mfa_authenticate" in message and "mfa_id" in message


def test_remembered_mfa_gives_trusted_sessions_without_sms(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        challenge = client.session.mfa_challenge(use_backup=False)
        with pytest.raises(billcom.ValidationError):
            client.session.mfa_authenticate(
                challenge_id=challenge.challenge_id or "",
                token="000000",
                device_id="laptop",
                remember_me=False,
            )
        trust = client.session.mfa_authenticate(
            challenge_id=challenge.challenge_id or "",
            token=fake.mfa_code,
            device_id="laptop",
            machine_name="Office laptop",
            remember_me=True,
        )
    assert trust.mfa_id and "mfa_id='***'" in repr(trust)  # usable, but never shown

    remembered = BillCom(**fake.credentials(base_url), mfa_id=trust.mfa_id, device_id="laptop")
    with remembered:
        bill = make_bill(remembered, Decimal("10.00"))
        paid = remembered.payments.pay_bills(bill_pays=[{"bill_id": bill.id or "", "amount": 10}])
        assert [p.amount for p in paid.sent_pays or []] == [Decimal(10)]
    with pytest.raises(billcom.ConfigurationError):
        BillCom(**fake.credentials(base_url), mfa_id="only-half")


def test_session_group_manages_the_clients_session(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        login = client.session.login()
        assert client.is_logged_in and login.session_id and "***" in repr(login)
        info = client.session.info()
        assert info.organization_id == fake.org_id
        orgs = client.session.list_orgs()
        assert [o.org_id for o in orgs] == [fake.org_id]
        client.session.logout()
        assert not client.is_logged_in


def test_actions_attached_to_an_entity_resource(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        customer = client.customers.create(
            name="Globex",
            bill_address_city="Springfield",
            bill_address_state="IL",
            bill_address_zip="62701",
            bill_address_country="USA",
        )
        invoice = client.invoices.create(
            customer_id=customer.id or "",
            invoice_number="INV-77",
            invoice_date=date(2024, 7, 1),
            due_date=date(2024, 7, 31),
            invoice_line_items=[{"quantity": 1, "price": Decimal(5)}],
        )
        client.invoices.send(invoice_id=invoice.id or "", headers={}, content={})
        client.invoices.mail(invoice_id=invoice.id or "")
        assert fake.requests[-2:] == ["SendInvoice.json", "MailInvoice.json"]
        with pytest.raises(billcom.ValidationError) as info:
            client.request("SendInvoice", {"headers": {}, "content": {}})
        assert info.value.code == "BDC_1117"


def test_attachments_are_listed_on_their_bill(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        bill = make_bill(client, Decimal("5.00"))
        assert client.documents.get_documents(id=bill.id or "", start=0, max=99).documents == []
        client.documents.upload_attachment(b"%PDF-1.4", id=bill.id or "", file_name="a.pdf")
        assert fake.uploads[-1] == ("a.pdf", b"%PDF-1.4")
        client.documents.upload_attachment(b"%PDF-1.4 two", id=bill.id or "", file_name="b.pdf")
        listed = client.documents.get_documents(id=bill.id or "", start=0, max=99)
        assert [d.file_name for d in listed.documents or []] == ["a.pdf", "b.pdf"]
        assert listed.num_pages == 2
        pages = client.documents.get_document_pages(id=bill.id or "").document_pages
        assert pages is not None and pages.num_pages == 1 and pages.file_url
        uploads = len(fake.uploads)
        with pytest.raises(billcom.NotFoundError):  # refused, so nothing is kept
            client.documents.upload_attachment(b"x", id="00n01NOSUCHBILL00000", file_name="c.pdf")
        assert len(fake.uploads) == uploads


def test_notes_on_an_object(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as client:
        bill = make_bill(client, Decimal("6.00"))
        first = client.organization.send_message(object_id=bill.id or "", message="Checked")
        client.organization.send_message(object_id=bill.id or "", message="Paid?", is_public=True)
        assert (first.message, first.is_public, first.users_id) == ("Checked", False, fake.users_id)
        notes = client.organization.list_messages(object_id=bill.id or "", start=0, max=10)
        assert [(n.message, n.is_public) for n in notes] == [("Checked", False), ("Paid?", True)]
        later = client.organization.list_messages(object_id=bill.id or "", start=1, max=10)
        assert [n.message for n in later] == ["Paid?"]
        with pytest.raises(billcom.NotFoundError):
            client.organization.send_message(object_id="nothing", message="x")


def test_profile_permissions(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    admin = fake.add("Profile", {"name": "Administrator", "type": "2"})
    clerk = fake.add("Profile", {"name": "Clerk", "type": "3"})
    with BillCom(**fake.credentials(base_url)) as client:
        assert client.organization.get_profile_permissions(id=admin["id"]).edit_bill is True
        assert client.organization.get_profile_permissions(id=clerk["id"]).edit_bill is False
        with pytest.raises(billcom.NotFoundError):
            client.organization.get_profile_permissions(id="0po01NOSUCHPROFILE00")


@pytest.mark.parametrize("shape", ["wrapped", "list", "single"])
def test_pay_bills_accepts_every_reply_shape_seen(shape: str) -> None:
    fake = FakeBillCom(seed=3)
    inner = FakeTransport(fake)

    def older_server(request: httpx.Request) -> httpx.Response:
        response = inner.handle_request(request)
        if not request.url.path.endswith("PayBills.json") or shape == "wrapped":
            return response
        envelope = json.loads(response.content)
        sent = envelope["response_data"]["sentPays"]
        envelope["response_data"] = sent if shape == "list" else sent[0]
        return httpx.Response(200, json=envelope)

    creds = fake.credentials("https://f.test/api/v2")
    with BillCom(**creds, transport=httpx.MockTransport(older_server)) as client:
        client.session.mfa_authenticate(
            challenge_id=client.session.mfa_challenge(use_backup=False).challenge_id or "",
            token=fake.mfa_code,
            device_id="d",
            remember_me=False,
        )
        bill = make_bill(client, Decimal("12.00"))
        paid = client.payments.pay_bills(bill_pays=[{"bill_id": bill.id or "", "amount": 12}])
    assert [p.amount for p in paid.sent_pays or []] == [Decimal(12)]


def test_network_group_invites_checks_and_disconnects(served: tuple[FakeBillCom, str]) -> None:
    fake, base_url = served
    with trusted_client(fake, base_url) as client:
        vendor = client.vendors.create(name="Networked")
        request_id = client.network.send_vendor_invite(vendor_id=vendor.id or "", email="v@x.test")
        status = client.network.get_status(id=vendor.id or "")
        assert status.status is GetNetworkStatusResponseStatus.PENDING
        assert status.request_id == request_id
        fake.accept_invitation(request_id)
        assert client.network.get_status(id=vendor.id or "").status == "2"
        client.network.disconnect_vendor(vendor_id=vendor.id or "")
        status = client.network.get_status(id=vendor.id or "")
        assert status.status is GetNetworkStatusResponseStatus.NOT_CONNECTED
        with pytest.raises(billcom.NotFoundError):
            client.network.cancel_invite(id="no-such-request")


def test_current_time_is_the_servers_clock() -> None:
    fake = FakeBillCom(clock=FakeClock(start=1_720_000_000.0))
    with fake.client() as client:
        assert client.session.current_time().current_time == "2024-07-03T09:46:40.000+0000"
