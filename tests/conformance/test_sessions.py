"""Login, session lifetime, MFA, and the errors for each way of getting them wrong."""

from __future__ import annotations

import re

from billcom.testing import FakeClock
from tests.conformance.conftest import KEY, ORG, PASSWORD, USER, Serve, Wire


def test_login_answers_session_endpoint_org_and_user(serve: Serve) -> None:
    wire = serve()
    data = wire.login()
    assert set(data) == {"sessionId", "orgId", "apiEndPoint", "usersId"}
    assert data["orgId"] == ORG and data["apiEndPoint"] == wire.base
    assert data["usersId"].startswith("006") and len(data["usersId"]) == 20


def test_wrong_credentials_give_the_documented_codes(serve: Serve) -> None:
    wire = serve()
    good = {"userName": USER, "password": PASSWORD, "orgId": ORG, "devKey": KEY}
    for change, code in (
        ({"password": "nope"}, "BDC_1101"),
        ({"userName": "someone@else"}, "BDC_1101"),
        ({"devKey": "nope"}, "BDC_1102"),
        ({"orgId": "00801OTHER0000000000"}, "BDC_1123"),
    ):
        response = wire.post("Login.json", {**good, **change})
        assert response.status_code == 200
        assert response.json()["response_data"]["error_code"] == code


def test_password_with_plus_is_form_decoded(serve: Serve) -> None:
    # "pw+with/odd=chars" only matches if '+' travelled as %2B and was decoded as '+'.
    assert serve().login()["sessionId"]


def test_list_orgs_and_session_info_and_logout(wire: Wire) -> None:
    orgs = wire.post(
        "ListOrgs.json", {"userName": USER, "password": PASSWORD, "devKey": KEY}
    ).json()
    assert orgs["response_data"] == [{"orgId": ORG, "orgName": "Fake Organization"}]
    info = wire.ok("GetSessionInfo.json")
    assert info["organizationId"] == ORG and info["userId"].startswith("006")
    assert wire.ok("Logout.json") == {}
    assert wire.error("GetSessionInfo.json") == "BDC_1109"


def test_idle_timeout_slides_on_the_movable_clock(serve: Serve, clock: FakeClock) -> None:
    wire = serve(session_timeout=35 * 60)
    wire.login()
    clock.advance(34 * 60)
    wire.ok("GetSessionInfo.json")  # restarts the idle timer
    clock.advance(34 * 60)
    wire.ok("GetSessionInfo.json")
    clock.advance(36 * 60)
    assert wire.error("GetSessionInfo.json") == "BDC_1109"


def test_session_errors_can_use_http_statuses(serve: Serve) -> None:
    wire = serve(http_errors=True)
    wire.session = "unknown"
    response = wire.post("GetSessionInfo.json", {"devKey": KEY, "sessionId": "unknown"})
    assert response.status_code == 401
    assert response.json()["response_data"]["error_code"] == "BDC_1109"


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
