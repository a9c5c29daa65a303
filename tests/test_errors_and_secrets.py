"""API errors arrive typed and named; no secret leaks into reprs, messages or logs."""

from __future__ import annotations

import logging

import httpx
import pytest

import billcom
from billcom import BillCom
from billcom.testing import FakeBillCom, FakeTransport, decode_form

PASSWORD = "s3cret-Pa55word"
DEV_KEY = "DEVKEY-0123456789abcdef"


def test_not_found_is_an_api_error_with_code_message_and_operation(client: BillCom) -> None:
    with pytest.raises(billcom.NotFoundError) as info:
        client.vendors.read("00901NOSUCHVENDOR000")
    error = info.value
    assert isinstance(error, billcom.APIError) and isinstance(error, billcom.BillComError)
    assert (error.code, error.message, error.operation) == (
        "BDC_1120",
        "No data found.",
        "Crud/Read/Vendor",
    )
    assert str(error) == "Crud/Read/Vendor: BDC_1120 No data found."


def test_required_field_missing_on_the_server(client: BillCom) -> None:
    with pytest.raises(billcom.ValidationError) as info:
        client.vendors.create(name="")
    assert info.value.code == "BDC_1117"
    assert "name" in info.value.message


def test_bad_parameters_are_refused_before_sending(fake: FakeBillCom) -> None:
    with fake.client() as client:
        with pytest.raises(
            billcom.InvalidRequestError,
            match=r"invoice_date \(invoiceDate\): expects a date \(YYYY-MM-DD\), got 'not a date'",
        ) as info:
            client.bills.create(
                vendor_id="x",
                invoice_number="1",
                invoice_date="not a date",
                due_date="2024-01-01",
                bill_line_items=[{"amount": 1}],
            )
        assert info.value.operation == "Crud/Create/Bill"
        with pytest.raises(
            billcom.InvalidRequestError, match=r"balance: is set by Bill\.com and cannot be sent"
        ):
            client.vendors.create(name="x", balance=5)  # type: ignore[call-arg]
        assert fake.requests == []  # not even a Login


def test_wrong_credentials(fake: FakeBillCom) -> None:
    creds = fake.credentials("https://fake-billcom.test/api/v2")
    transport = FakeTransport(fake)
    for override, code in (
        ({"password": "wrong"}, "BDC_1101"),
        ({"dev_key": "wrong"}, "BDC_1102"),
        ({"org_id": "00801WRONGORG0000000"}, "BDC_1123"),
    ):
        with BillCom(**{**creds, **override}, transport=transport) as client:  # type: ignore[arg-type]
            with pytest.raises(billcom.AuthenticationError) as info:
                client.vendors.read("x")
            assert (info.value.code, info.value.operation) == (code, "Login")


def test_missing_credentials_name_the_environment_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for var in ("BILLCOM_USERNAME", "BILLCOM_PASSWORD", "BILLCOM_ORG_ID", "BILLCOM_DEV_KEY"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(billcom.ConfigurationError, match="BILLCOM_PASSWORD") as info:
        BillCom(username="u", org_id="o", dev_key="k")
    assert "BILLCOM_USERNAME" not in str(info.value)


def test_credentials_default_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, fake: FakeBillCom
) -> None:
    creds = fake.credentials("https://fake-billcom.test/api/v2")
    for key, var in (
        ("username", "BILLCOM_USERNAME"),
        ("password", "BILLCOM_PASSWORD"),
        ("org_id", "BILLCOM_ORG_ID"),
        ("dev_key", "BILLCOM_DEV_KEY"),
        ("base_url", "BILLCOM_BASE_URL"),
    ):
        monkeypatch.setenv(var, creds[key])  # type: ignore[literal-required]
    with BillCom(transport=FakeTransport(fake)) as client:
        assert client.base_url == "https://fake-billcom.test/api/v2"
        assert client.vendors.create(name="env").name == "env"


def test_default_base_url_is_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BILLCOM_BASE_URL", raising=False)
    with BillCom(username="u", password="p", org_id="o", dev_key="k") as client:
        assert client.base_url == billcom.PRODUCTION_BASE_URL == "https://api.bill.com/api/v2"
    assert billcom.SANDBOX_BASE_URL == "https://api-stage.bill.com/api/v2"


def test_calls_go_to_the_api_endpoint_login_returned() -> None:
    fake = FakeBillCom(password=PASSWORD, api_endpoint="https://api-sandbox.example/api/v2")
    hosts: list[str] = []
    inner = FakeTransport(fake)

    def route(request: httpx.Request) -> httpx.Response:
        hosts.append(f"{request.url.host}{request.url.path}")
        return inner.handle_request(request)

    creds = fake.credentials("https://login.example/api/v2")
    transport = httpx.MockTransport(route)
    with BillCom(**creds, transport=transport, trusted_hosts=["api-sandbox.example"]) as client:
        client.vendors.create(name="x")
    assert hosts == [
        "login.example/api/v2/Login.json",
        "api-sandbox.example/api/v2/Crud/Create/Vendor.json",
    ]
    # Without the option, another host than the base URL's is refused before anything is sent.
    hosts.clear()
    with (
        BillCom(**creds, transport=transport) as client,
        pytest.raises(billcom.AuthenticationError, match="apiEndPoint https://api-sandbox"),
    ):
        client.vendors.create(name="x")
    assert hosts == ["login.example/api/v2/Login.json"]


def test_the_form_is_what_the_api_expects() -> None:
    fake = FakeBillCom(password=PASSWORD, dev_key=DEV_KEY)
    seen: list[httpx.Request] = []
    inner = FakeTransport(fake)

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    with BillCom(
        **fake.credentials("https://x.test/api/v2"), transport=httpx.MockTransport(record)
    ) as c:
        vendor = c.vendors.create(name="A+B Co")
        assert vendor.name == "A+B Co"  # '+' survived form encoding
    login, create = seen
    assert login.method == create.method == "POST"
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert not login.url.query and not create.url.query  # secrets travel in the body only
    assert set(decode_form(login.content)) == {"userName", "password", "orgId", "devKey"}
    form = decode_form(create.content)
    assert set(form) == {"devKey", "sessionId", "data"}
    assert form["data"] == '{"obj":{"entity":"Vendor","name":"A+B Co"}}'


def test_no_secret_in_reprs_messages_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeBillCom(password=PASSWORD, dev_key=DEV_KEY)
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    texts: list[str] = []
    with fake.client() as trusting:  # remember an MFA trust, then log in with it
        challenge = trusting.session.mfa_challenge(use_backup=False)
        trust = trusting.session.mfa_authenticate(
            challenge_id=challenge.challenge_id or "",
            token=fake.mfa_code,
            device_id="laptop",
            remember_me=True,
        )
        mfa_id = trust.mfa_id or ""
        texts += [repr(trust), str(trust)]
    with fake.client(mfa_id=mfa_id, device_id="laptop") as client:
        vendor = client.vendors.create(name="x")
        assert vendor.id
        list(client.vendors.list())
        session = client._shared.session
        session_id = session.session_id if session else ""
        assert session_id
        for call in (
            lambda: client.vendors.read("nope"),
            lambda: client.vendors.create(name=""),
            lambda: client.request("No/Such/Endpoint"),
        ):
            with pytest.raises(billcom.APIError) as info:
                call()
            texts += [str(info.value), repr(info.value)]
        texts += [repr(client), str(client), repr(client._credentials), repr(session)]
        texts += [repr(fake), repr(vendor)]
    creds = fake.credentials("https://fake-billcom.test/api/v2")
    creds["password"] = "wrong-" + PASSWORD
    bad = BillCom(**creds, transport=FakeTransport(fake))
    with pytest.raises(billcom.AuthenticationError) as info:
        bad.vendors.read("x")
    texts += [str(info.value), repr(info.value), repr(bad)]
    texts.append(caplog.text)
    assert "Crud/Create/Vendor" in caplog.text  # the request log is there...
    for text in texts:
        for secret in (PASSWORD, DEV_KEY, session_id, mfa_id):
            assert secret not in text  # ...but no secret is


@pytest.mark.parametrize(
    ("base", "endpoint", "trusted"),
    [
        ("https://api.bill.com/api/v2", "https://app02.us.bill.com/api/v2", True),
        ("https://api-stage.bill.com/api/v2", "https://app-stage.bill.com/api/v2", True),
        ("https://api.bill.com/api/v2", "http://app02.bill.com/api/v2", False),  # not https
        ("https://api.bill.com/api/v2", "https://bill.com.evil.example/api/v2", False),
        ("https://api.bill.com/api/v2", "https://evilbill.com/api/v2", False),
        ("http://127.0.0.1:8999/api/v2", "http://127.0.0.1:8999/api/v2", True),  # the fake
        ("http://127.0.0.1:8999/api/v2", "http://127.0.0.1:9000/api/v2", False),  # other port
        ("https://proxy.corp.example/api/v2", "https://api.bill.com/api/v2", False),
    ],
)
def test_which_api_endpoints_a_session_may_go_to(base: str, endpoint: str, trusted: bool) -> None:
    from billcom._core import trusted_endpoint

    assert trusted_endpoint(endpoint, base, frozenset()) is trusted
