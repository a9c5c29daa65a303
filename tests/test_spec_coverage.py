"""The spec covers everything the reference names, with the operations it allows."""

from __future__ import annotations

import pytest

from codegen.generate import ROOT
from codegen.spec import load_spec
from tests import reference

SPEC = load_spec(ROOT / "spec")


def test_every_entity_with_exactly_its_operations() -> None:
    found = {e.name: (e.operations, e.bulk) for e in SPEC.entities}
    assert set(found) == set(reference.ENTITIES)
    for name, (operations, bulk) in reference.ENTITIES.items():
        assert found[name] == (operations, bulk), name


def test_mfa_protected_operations() -> None:
    assert {e.name: e.mfa for e in SPEC.entities if e.mfa} == reference.MFA


def test_every_action_endpoint() -> None:
    assert {a.name for a in SPEC.actions} == reference.ACTIONS
    assert {a.name for a in SPEC.actions if a.moves_money} == reference.MONEY_MOVING
    assert {a.name for a in SPEC.actions if a.mfa} == reference.MFA_ACTIONS
    assert not any(a.safe_to_repeat for a in SPEC.actions if a.moves_money)


@pytest.mark.parametrize(("entity", "field"), sorted(reference.ENUM_CODES))
def test_every_enum_code_the_reference_gives(entity: str, field: str) -> None:
    spec_field = next(f for f in SPEC.entity(entity).fields if f.wire_name == field)
    assert {v.code for v in spec_field.type.enum} >= reference.ENUM_CODES[(entity, field)]


@pytest.mark.parametrize(("action", "field"), sorted(reference.ACTION_ENUM_CODES))
def test_action_enum_codes(action: str, field: str) -> None:
    spec_action = next(a for a in SPEC.actions if a.name == action)
    spec_field = next(f for f in spec_action.request if f.wire_name == field)
    assert {v.code for v in spec_field.type.enum} >= reference.ACTION_ENUM_CODES[(action, field)]


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
