"""Facts of the spec that the audit against BILL's reference does not check (`make audit` does the rest)."""

from __future__ import annotations

from codegen.generate import ROOT
from codegen.spec import load_spec

SPEC = load_spec(ROOT / "spec")


def test_money_moving_actions_are_never_repeated() -> None:
    moving = {a.name for a in SPEC.actions if a.moves_money}
    assert {"PayBills", "RecordAPPayment", "ChargeCustomer", "RecordARPayment"} <= moving
    assert not any(a.safe_to_repeat for a in SPEC.actions if a.moves_money)


def test_mfa_protects_what_bills_mfa_guide_names() -> None:
    # The four protected endpoints of the MFAChallenge page: SendVendorInvite, SendInvite,
    # creating a VendorBankAccount and PayBills.
    assert {"PayBills", "SendVendorInvite", "SendInvite"} <= {a.name for a in SPEC.actions if a.mfa}
    assert "create" in SPEC.entity("VendorBankAccount").mfa


def test_every_error_code_of_the_reference() -> None:
    codes = set(SPEC.error_codes)
    known = {1001, 1002, 1003, 1005, *range(1101, 1112), 1113, *range(1114, 1132), 1144, 1150}
    known |= {1322, 1332, 1333, 1361}
    known -= {1112}
    assert {f"BDC_{n}" for n in known} <= codes
    assert SPEC.error_codes["BDC_1120"][0] == "NotFoundError"
    assert SPEC.error_codes["BDC_1109"][0] == "SessionExpiredError"
    assert SPEC.error_codes["BDC_1322"][0] == "ConcurrencyLimitError"
    assert SPEC.error_codes["BDC_1144"][0] == "RateLimitError"
    assert SPEC.error_codes["BDC_1361"][0] == "MFARequiredError"
