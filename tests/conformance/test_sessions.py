"""Login, session lifetime, MFA, and the errors for each way of getting them wrong."""

from __future__ import annotations

import re

import pytest

from billcom.testing import FakeClock
from tests.conformance.conftest import Serve, Wire
from tests.conformance.contract import Contract, Credentials


def test_login_answers_session_endpoint_org_and_user(serve: Serve, contract: Contract) -> None:
    wire = serve()
    data = wire.login()
    assert set(data) == {"sessionId", "orgId", "apiEndPoint", "usersId"}
    assert data["orgId"] == wire.credentials.org_id
    assert re.match(r"^https?://.+/api/v2$", data["apiEndPoint"])
    if contract.local:
        assert data["apiEndPoint"] == wire.base  # a fake answers where it was asked
    assert data["usersId"].startswith("006") and len(data["usersId"]) == 20


def _wrong_login(wire: Wire, change: dict[str, str]) -> str:
    response = wire.post("Login.json", {**wire.credentials.login_form(), **change})
    assert response.status_code == 200
    return response.json()["response_data"]["error_code"]  # type: ignore[no-any-return]


def test_a_wrong_key_or_org_gives_the_documented_codes(serve: Serve) -> None:
    wire = serve()
    assert _wrong_login(wire, {"devKey": "nope"}) == "BDC_1102"
    assert _wrong_login(wire, {"orgId": "00801OTHER0000000000"}) == "BDC_1123"


@pytest.mark.fake_only("a wrong password may count toward locking a real login (BDC_1110)")
def test_a_wrong_user_or_password_gives_the_documented_code(serve: Serve) -> None:
    wire = serve()
    assert _wrong_login(wire, {"password": "nope"}) == "BDC_1101"
    assert _wrong_login(wire, {"userName": "someone@else"}) == "BDC_1101"


@pytest.mark.fake_only("the suite's own password, with '+', '/' and '='")
def test_password_with_plus_is_form_decoded(serve: Serve) -> None:
    # "pw+with/odd=chars" only matches if '+' travelled as %2B and was decoded as '+'.
    assert serve().login()["sessionId"]


def test_list_orgs_and_session_info_and_logout(
    serve: Serve, contract: Contract, credentials: Credentials
) -> None:
    wire = serve()  # its own session: Logout ends it
    wire.login()
    creds = credentials
    form = {"userName": creds.username, "password": creds.password, "devKey": creds.dev_key}
    orgs = wire.post("ListOrgs.json", form).json()["response_data"]
    assert {"orgId": creds.org_id, "orgName": orgs[0]["orgName"]} in orgs
    if contract.local:
        assert orgs == [{"orgId": creds.org_id, "orgName": "Fake Organization"}]
    info = wire.ok("GetSessionInfo.json")
    assert info["organizationId"] == creds.org_id and info["userId"].startswith("006")
    assert wire.ok("Logout.json") == {}
    assert wire.error("GetSessionInfo.json") == "BDC_1109"


@pytest.mark.fake_only("moves the fake's clock")
def test_idle_timeout_slides_on_the_movable_clock(serve: Serve, clock: FakeClock) -> None:
    wire = serve(session_timeout=35 * 60)
    wire.login()
    clock.advance(34 * 60)
    wire.ok("GetSessionInfo.json")  # restarts the idle timer
    clock.advance(34 * 60)
    wire.ok("GetSessionInfo.json")
    clock.advance(36 * 60)
    assert wire.error("GetSessionInfo.json") == "BDC_1109"


@pytest.mark.fake_only("the fake's http_errors option")
def test_session_errors_can_use_http_statuses(serve: Serve) -> None:
    wire = serve(http_errors=True)
    wire.session = "unknown"
    form = {"devKey": wire.credentials.dev_key, "sessionId": "unknown"}
    response = wire.post("GetSessionInfo.json", form)
    assert response.status_code == 401
    assert response.json()["response_data"]["error_code"] == "BDC_1109"


@pytest.mark.fake_only("needs the MFA code the fake texts")
def test_mfa_challenge_authenticate_and_remembered_trust(serve: Serve) -> None:
    wire = serve(mfa_code="123456")
    wire.login()
    account = {
        "obj": {
            "entity": "VendorBankAccount",
            "vendorId": "x",
            "accountNumber": "1",
            "routingNumber": "2",
        }
    }
    assert wire.error("Crud/Create/VendorBankAccount.json", account) == "BDC_1361"
    assert wire.error("PayBills.json", {"billPays": []}) == "BDC_1361"

    challenge = wire.ok("MFAChallenge.json", {"useBackup": False})["challengeId"]
    bad = {"challengeId": challenge, "token": "000-000", "deviceId": "d1", "rememberMe": False}
    assert wire.error("MFAAuthenticate.json", bad) == "BDC_1119"
    trust = wire.ok("MFAAuthenticate.json", {**bad, "token": "123-456", "rememberMe": True})
    assert re.match(r"^!\S+$", trust["mfaId"])
    vendor = wire.ok("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "V"}})
    account["obj"]["vendorId"] = vendor["id"]
    assert wire.ok("Crud/Create/VendorBankAccount.json", account)["id"].startswith("vba")

    later = wire  # the same server, a new session:
    later.login()
    assert later.error("Crud/List/VendorBankAccount.json") == "BDC_1121"
    assert later.error("List/VendorBankAccount.json", {}) == "BDC_1361"
    later.login(mfaId=trust["mfaId"], deviceId="d1")
    assert later.ok("List/VendorBankAccount.json", {})[0]["id"].startswith("vba")
    later.login(mfaId=trust["mfaId"], deviceId="another-device")
    assert later.error("List/VendorBankAccount.json", {}) == "BDC_1361"
