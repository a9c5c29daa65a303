"""`generated/openapi.json`: valid OpenAPI 3.1, written by `codegen openapi` as `generate` writes
it, and ours: `codegen audit` reads it back and finds nothing the spec does not say."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen.audit import audit
from codegen.generate import ROOT
from codegen.openapi import FILE_NAME, TIMESTAMP_PATTERN, build, render
from codegen.reference import read_reference
from codegen.spec import load_spec

SPEC = load_spec(ROOT / "spec")
EXPORTED = ROOT / "generated" / FILE_NAME


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(EXPORTED.read_text(encoding="utf-8"))
    return loaded


def codegen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_export_is_valid_openapi_3_1(doc: dict[str, Any]) -> None:
    errors = [e.message for e in OpenAPIV31SpecValidator(doc).iter_errors()]
    assert errors == []
    assert doc["openapi"] == "3.1.0"


def test_the_checked_in_export_is_a_fresh_one_and_generation_is_stable() -> None:
    text = render(SPEC)
    assert text == render(SPEC)
    assert text.endswith("}\n")
    assert EXPORTED.read_text(encoding="utf-8") == text


def test_codegen_openapi_writes_the_document(tmp_path: Path) -> None:
    result = codegen("openapi", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / FILE_NAME).read_text(encoding="utf-8") == render(SPEC)


def test_it_has_every_operation_the_spec_allows(doc: dict[str, Any]) -> None:
    verbs = {"create": "Create", "read": "Read", "update": "Update"}
    verbs |= {"delete": "Delete", "undelete": "Undelete"}
    expected = {f"/{a.name}.json" for a in SPEC.actions}
    for e in SPEC.resources:
        expected |= {
            f"/List/{e.name}.json" if op == "list" else f"/Crud/{verbs[op]}/{e.name}.json"
            for op in e.operations
        }
        expected |= {f"/Bulk/Crud/{verbs[op]}/{e.name}.json" for op in e.bulk}
    assert set(doc["paths"]) == expected
    assert [s["url"] for s in doc["servers"]] == [
        SPEC.facts["production_base_url"],
        SPEC.facts["sandbox_base_url"],
    ]


def test_forms_envelopes_and_errors_are_spelled_out(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    create = doc["paths"]["/Crud/Create/Vendor.json"]["post"]
    form = create["requestBody"]["content"]["application/x-www-form-urlencoded"]
    assert form["schema"]["required"] == ["devKey", "sessionId", "data"]
    data = form["schema"]["properties"]["data"]
    assert data["type"] == "string" and data["contentMediaType"] == "application/json"
    assert data["contentSchema"] == {"$ref": "#/components/schemas/VendorCreateData"}
    assert form["encoding"] == {"data": {"contentType": "application/json"}}
    login = doc["paths"]["/Login.json"]["post"]["requestBody"]["content"]
    assert set(login["application/x-www-form-urlencoded"]["schema"]["required"]) == {
        "userName",
        "password",
        "orgId",
        "devKey",
    }
    upload = doc["paths"]["/UploadAttachment.json"]["post"]["requestBody"]["content"]
    assert "file" in upload["multipart/form-data"]["schema"]["required"]
    answer = create["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"]
    assert answer[0]["properties"]["response_data"] == {"$ref": "#/components/schemas/Vendor"}
    assert answer[1] == {"$ref": "#/components/schemas/ErrorResponse"}
    code = schemas["ErrorResponse"]["properties"]["response_data"]["properties"]["error_code"]
    assert set(code["x-billcom-codes"]) == set(SPEC.error_codes)
    # Entities: codes with their names, formats, server-set and filterable fields, create needs.
    bill = schemas["Bill"]["properties"]
    status = bill["paymentStatus"]["anyOf"][0]
    assert status["enum"][:2] == ["0", "1"] and len(status["x-enum-varnames"]) == len(
        status["enum"]
    )
    assert bill["dueDate"]["anyOf"][0]["format"] == "date"
    assert bill["createdTime"]["anyOf"][0]["pattern"] == TIMESTAMP_PATTERN
    assert bill["amount"]["anyOf"][0] == {"type": "number", "format": "decimal"}
    assert bill["amount"]["readOnly"] is True and bill["dueDate"]["x-filterable"] is True
    assert "vendorId" in schemas["BillCreate"]["required"]
    assert "amount" not in schemas["BillCreate"]["properties"]


def test_every_component_is_named_for_what_it_holds(doc: dict[str, Any]) -> None:
    verbs = ("Create", "Read", "Update", "Delete", "Undelete")
    suffixes: tuple[str, ...] = ("", "Create", "Update", "CreateData", "UpdateData", "ListData")
    suffixes += tuple(f"Bulk{verb}Data" for verb in verbs)
    names = {"ErrorResponse", "IdData", "AnyData"}
    names |= {e.name + suffix for e in SPEC.entities for suffix in suffixes}
    names |= {a.name + suffix for a in SPEC.actions for suffix in ("Request", "Response")}
    schemas = doc["components"]["schemas"]
    assert set(schemas) <= names
    assert [name for name, schema in schemas.items() if not schema] == []
    assert {e.name for e in SPEC.entities} <= set(schemas)


def audit_of(doc: dict[str, Any], tmp_path: Path) -> set[tuple[str, str]]:
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps(doc), encoding="utf-8")
    found, kept, _ = audit(SPEC, read_reference([path]), [])
    assert kept == []
    return {(f.rule, f.place) for f in found}


def test_codegen_audit_of_the_export_reports_no_divergence() -> None:
    result = codegen("audit", str(EXPORTED.relative_to(ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("no open divergences, 0 accepted")
    assert "48/48 entities" in result.stdout


def test_edits_to_the_export_are_found_exactly(tmp_path: Path) -> None:
    doc = copy.deepcopy(build(SPEC))
    schemas = doc["components"]["schemas"]
    del schemas["Vendor"]["properties"]["track1099"]["x-filterable"]
    schemas["Vendor"]["properties"]["payBy"]["anyOf"][0]["enum"].append("99")
    schemas["BillCreate"]["required"].remove("vendorId")
    del doc["paths"]["/Bulk/Crud/Create/Vendor.json"]
    login = doc["paths"]["/Login.json"]["post"]["requestBody"]["content"]
    del login["application/x-www-form-urlencoded"]["schema"]["properties"]["mfaId"]
    assert audit_of(doc, tmp_path) == {
        ("field-filterable-differs", "Vendor.track1099"),
        ("enum-code-missing", "Vendor.payBy=99"),
        ("field-required-differs", "Bill.vendorId"),
        ("bulk-extra", "Vendor/bulk-create"),
        ("request-field-extra", "Login.request.mfaId"),
    }
