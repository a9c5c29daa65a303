"""Secrets never follow a server elsewhere, and never come back out in errors, logs or reprs,
even when a server echoes them. Against a real loopback server of the tests' own."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

import billcom
from billcom import AsyncBillCom, BillCom
from billcom.models.login import LoginParamsModel
from billcom.models.mfa_status import MFAStatusParamsModel
from tests.hostile import CREDENTIALS, Answer, error, serving

SESSION = "s-SESSION-SECRET"
MFA_ID = "mfa-SECRET-ID"
SECRETS = (CREDENTIALS["password"], CREDENTIALS["dev_key"], SESSION, MFA_ID)


def _login(base_url: str) -> dict[str, Any]:
    return {"sessionId": SESSION, "orgId": "o", "usersId": "u", "apiEndPoint": base_url}


def _echo(path: str, form: dict[str, str], n: int) -> Answer:
    """A server that quotes the request back in its error messages."""
    echoed = f"bad request devKey={form.get('devKey')} sessionId={form.get('sessionId')} data={form.get('data')}"
    if path == "Crud/Read/Vendor":
        return error("BDC_1124", echoed)
    return error("BDC_9999", echoed, status=503)  # unknown code on a 5xx: outcome unknown


def _texts(err: BaseException) -> list[str]:
    out = [str(err), repr(err), *map(str, err.args)]
    for name in ("message", "data", "cause"):
        if hasattr(err, name):
            out.append(str(getattr(err, name)))
    return out


def _assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, (secret, text)


def test_echoed_secrets_are_masked_in_errors_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with (
        serving(_echo, login=_login) as server,
        BillCom(
            **CREDENTIALS,
            base_url=server.base_url,
            mfa_id=MFA_ID,
            device_id="dev-1",
            backoff_initial=0.001,
        ) as client,
    ):
        with pytest.raises(billcom.ValidationError) as refused:
            client.vendors.read("00901ABCDEFGHIJKLMNO")
        texts += _texts(refused.value)
        assert "***" in refused.value.message  # the echo is there, masked
        with pytest.raises(billcom.APIStatusError) as failed:
            client.session.mfa_status(mfa_id=MFA_ID, device_id="dev-1")  # safe: retried
        texts += _texts(failed.value)
        with pytest.raises(billcom.UnknownOutcomeError) as unknown:
            client.vendors.create(name="Acme", email=f"{MFA_ID}@example.com")
        texts += _texts(unknown.value) + _texts(unknown.value.cause)
        assert unknown.value.data["obj"]["email"] == "***@example.com"
        texts.append(repr(client))
    texts.append(caplog.text)
    _assert_clean(texts)


def test_the_async_client_masks_them_too() -> None:
    async def scenario() -> list[str]:
        async with AsyncBillCom(**CREDENTIALS, base_url=server.base_url) as client:
            with pytest.raises(billcom.ValidationError) as refused:
                await client.vendors.read("00901ABCDEFGHIJKLMNO")
            return _texts(refused.value)

    with serving(_echo, login=_login) as server:
        _assert_clean(asyncio.run(scenario()))


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://evil.example/api/v2",  # another host
        "http://{host}/api/v2/../../elsewhere",  # fine: same host and port
    ],
)
def test_a_foreign_api_endpoint_gets_nothing(endpoint: str) -> None:
    def login(base_url: str) -> dict[str, Any]:
        host = base_url.split("//", 1)[1].split("/", 1)[0]
        return {**_login(base_url), "apiEndPoint": endpoint.format(host=host)}

    def answer(path: str, form: dict[str, str], n: int) -> Answer:
        return Answer(200, b'{"response_status": 0, "response_data": {"id": "x"}}')

    with (
        serving(answer, login=login) as server,
        BillCom(**CREDENTIALS, base_url=server.base_url) as client,
    ):
        if "evil" in endpoint:
            with pytest.raises(billcom.AuthenticationError, match=r"evil\.example") as info:
                client.vendors.read("00901ABCDEFGHIJKLMNO")
            assert [path for path, _ in server.requests] == ["Login"]  # nothing else, anywhere
            _assert_clean(_texts(info.value))
        else:
            client.vendors.read("00901ABCDEFGHIJKLMNO")


def test_request_models_hide_the_mfa_id() -> None:
    for model in (
        LoginParamsModel(mfa_id=MFA_ID, device_id="dev-1"),
        MFAStatusParamsModel(mfa_id=MFA_ID, device_id="dev-1"),
    ):
        assert MFA_ID not in repr(model) and MFA_ID not in str(model)
        assert "dev-1" in repr(model)


def test_an_invalid_secret_parameter_is_not_quoted(caplog: pytest.LogCaptureFixture) -> None:
    with (
        serving(_echo, login=_login) as server,
        BillCom(**CREDENTIALS, base_url=server.base_url) as client,
        pytest.raises(billcom.InvalidRequestError) as info,
    ):
        client.session.mfa_status(mfa_id=12345678, device_id="d")  # type: ignore[arg-type]
    assert "12345678" not in str(info.value) and "mfa_id (mfaId): expects text" in str(info.value)


def test_the_request_form_hides_its_secrets_from_crash_reporters() -> None:
    from billcom._core import call_form

    form = call_form(CREDENTIALS["dev_key"], SESSION, {"id": "x"}, "Crud/Read/Vendor")
    assert form["devKey"] == CREDENTIALS["dev_key"] and form["sessionId"] == SESSION
    _assert_clean([repr(form), str(form)])
