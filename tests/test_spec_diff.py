"""The spec diff: every rule on a before/after pair, no change for the same spec, property tests."""

from __future__ import annotations

import copy
import dataclasses
import json
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.diff import RULES, diff, render
from codegen.generate import ROOT
from codegen.spec import EnumValue, FieldDef, Spec, TypeRef, load_spec

Data = dict[str, Any]

BASE: Data = {
    "entities": {
        "Widget": {
            "entity": "Widget",
            "description": "A widget.",
            "operations": ["create", "read", "update", "delete", "list"],
            "bulk": ["create"],
            "options": {"dryRun": {"type": "boolean"}},
            "fields": {
                "id": {"type": "string", "read_only": True, "always_returned": True},
                "name": {"type": "string", "required": True, "description": "Name."},
                "size": {"type": "number"},
                "state": {"type": "enum", "enum": {"1": "active", "2": "inactive"}},
                "ownerId": {"type": "ref", "ref": "Widget"},
                "createdTime": {"type": "datetime", "read_only": True},
                "parts": {"type": "array", "items": {"type": "object", "fields": {"count": {"type": "integer"}}}},
            },
        },
        "Gadget": {"entity": "Gadget", "description": "A gadget.", "operations": ["read"],
                   "fields": {"id": {"type": "string", "read_only": True}}},
    },
    "actions": {
        "Polish": {
            "action": "Polish", "group": "workshop", "method": "polish", "description": "Polish it.",
            "request": {"widgetId": {"type": "ref", "ref": "Widget", "required": True}, "shine": {"type": "integer"}},
            "response": {"type": "object", "fields": {"done": {"type": "boolean"}}},
        },
    },
}  # fmt: skip


def write_spec(folder: Path, data: Data) -> Path:
    for sub in ("entities", "actions"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for name, content in data[sub].items():
            (folder / sub / f"{name}.yaml").write_text(yaml.safe_dump(content))
    for name in ("api.yaml", "errors.yaml"):
        shutil.copy(ROOT / "spec" / name, folder / name)
    return folder


def widget(d: Data) -> Data:
    return d["entities"]["Widget"]  # type: ignore[no-any-return]


def fields(d: Data) -> Data:
    return widget(d)["fields"]  # type: ignore[no-any-return]


def polish(d: Data) -> Data:
    return d["actions"]["Polish"]  # type: ignore[no-any-return]


Edit = Callable[[Data], object]
# rule -> edit that should produce exactly that one change
CASES: dict[str, list[Edit]] = {
    "entity-removed": [lambda d: d["entities"].pop("Gadget")],
    "entity-added": [lambda d: d["entities"].update(Doohickey={**d["entities"]["Gadget"], "entity": "Doohickey"})],
    "operation-removed": [lambda d: widget(d)["operations"].remove("delete"), lambda d: widget(d).update(bulk=[])],
    "operation-added": [lambda d: widget(d)["operations"].append("undelete"), lambda d: widget(d)["bulk"].append("update")],
    "field-removed": [lambda d: fields(d).pop("size"), lambda d: fields(d)["parts"]["items"]["fields"].pop("count")],
    "field-added": [lambda d: fields(d).update(color={"type": "string"})],
    "required-field-added": [lambda d: fields(d).update(code={"type": "string", "required": True})],
    "field-renamed": [lambda d: fields(d).update(dimension={"type": "number", "renamed_from": "size"}) or fields(d).pop("size")],
    "field-type-changed": [
        lambda d: fields(d)["size"].update(type="string"),
        lambda d: fields(d)["ownerId"].update(ref="Gadget"),
        lambda d: fields(d).update(parts={"type": "array", "items": {"type": "string"}}),
    ],
    "field-made-required": [lambda d: fields(d)["size"].update(required=True)],
    "field-made-optional": [lambda d: fields(d)["name"].update(required=False)],
    "field-made-read-only": [lambda d: fields(d)["size"].update(read_only=True)],
    "field-made-writable": [lambda d: fields(d)["createdTime"].update(read_only=False)],
    "field-always-returned": [lambda d: fields(d)["size"].update(always_returned=True),
                              lambda d: polish(d)["response"]["fields"]["done"].update(always_returned=True)],
    "field-may-be-absent": [lambda d: fields(d)["id"].update(always_returned=False)],
    "enum-code-removed": [lambda d: fields(d)["state"]["enum"].pop("2")],
    "enum-code-added": [lambda d: fields(d)["state"]["enum"].update({"3": "archived"})],
    "enum-meaning-changed": [lambda d: fields(d)["state"]["enum"].update({"2": "retired"})],
    "description-changed": [lambda d: fields(d)["name"].update(description="The name."),
                            lambda d: widget(d).update(description="A better widget.")],
    "option-removed": [lambda d: widget(d).pop("options")],
    "option-added": [lambda d: widget(d)["options"].update(force={"type": "boolean"})],
    "mfa-changed": [lambda d: widget(d).update(mfa=["create"]), lambda d: widget(d).update(mfa_fields=["name"])],
    "server-fact-changed": [lambda d: widget(d).update(id_prefix="wgt"),
                            lambda d: fields(d)["size"].update(default=0)],
    "action-removed": [lambda d: d["actions"].pop("Polish")],
    "action-added": [lambda d: d["actions"].update(Buff={**polish(d), "action": "Buff", "method": "buff"})],
    "action-moved": [lambda d: polish(d).update(method="shine")],
    "action-request-field-removed": [lambda d: polish(d)["request"].pop("shine")],
    "action-request-field-changed": [lambda d: polish(d)["request"]["shine"].update(type="string"),
                                     lambda d: polish(d)["request"]["shine"].update(required=True)],
    "action-request-field-added": [lambda d: polish(d)["request"].update(gloss={"type": "boolean"})],
    "action-response-changed": [lambda d: polish(d)["response"]["fields"].pop("done"),
                                lambda d: polish(d).pop("response")],
    "action-response-field-added": [lambda d: polish(d)["response"]["fields"].update(when={"type": "datetime"})],
    "action-flags-changed": [lambda d: polish(d).update(mfa=True)],
}  # fmt: skip


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize(
    ("rule", "index"), [(rule, i) for rule, edits in CASES.items() for i in range(len(edits))]
)
def test_each_rule_on_a_before_after_pair(tmp_path: Path, rule: str, index: int) -> None:
    after = copy.deepcopy(BASE)
    CASES[rule][index](after)
    old = load_spec(write_spec(tmp_path / "old", BASE))
    new = load_spec(write_spec(tmp_path / "new", after))
    changes = diff(old, new)
    assert [c.rule for c in changes] == [rule]
    change = changes[0]
    assert change.breaking == (RULES[rule][0] == "breaking")
    assert change.message and change.python


def test_a_spec_compared_with_itself_has_no_change(tmp_path: Path) -> None:
    spec = load_spec(ROOT / "spec")
    assert diff(spec, spec) == []
    # Reordered keys, another YAML style, comments gone: still no change.
    shuffled = tmp_path / "spec"
    rng = random.Random(0)
    for source in (ROOT / "spec").rglob("*.yaml"):
        data = yaml.safe_load(source.read_text())
        target = shuffled / source.relative_to(ROOT / "spec")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            yaml.safe_dump(_shuffle(data, rng), default_flow_style=True, sort_keys=False)
        )
    assert diff(spec, load_spec(shuffled)) == []


def _shuffle(value: Any, rng: random.Random) -> Any:
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: _shuffle(v, rng) for k, v in items}
    if isinstance(value, list):
        return [_shuffle(v, rng) for v in value]
    return value


def run_diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "diff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_exit_status_and_formats(tmp_path: Path) -> None:
    old = write_spec(tmp_path / "old", BASE)
    added, removed = copy.deepcopy(BASE), copy.deepcopy(BASE)
    fields(added).update(color={"type": "string"})
    fields(removed).pop("size")
    assert run_diff(str(old), str(old)).returncode == 0
    ok = run_diff(str(old), str(write_spec(tmp_path / "added", added)), "--format", "json")
    assert ok.returncode == 0
    report = json.loads(ok.stdout)
    assert report["summary"] == {"breaking": 0, "non-breaking": 1, "info": 0}
    assert report["changes"][0] == {
        "rule": "field-added", "severity": "non-breaking", "breaking": False, "entity": "Widget",
        "field": "color", "operation": None, "old": None, "new": None,
        "message": "Widget.color added", "python": "billcom.models.Widget.color added",
    }  # fmt: skip
    bad = run_diff(str(old), str(write_spec(tmp_path / "removed", removed)), "--format", "markdown")
    assert bad.returncode == 1
    assert bad.stdout.startswith(
        "## Spec diff: **Breaking changes** (1 breaking, 0 non-breaking, 0 info)"
    )
    assert (
        "| `field-removed` | Widget.size removed | `billcom.models.Widget.size removed` |"
        in bad.stdout
    )
    broken = copy.deepcopy(BASE)
    fields(broken)["size"]["type"] = "numbr"
    failed = run_diff(str(old), str(write_spec(tmp_path / "broken", broken)))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert "entity Widget: field size: unknown type 'numbr'" in failed.stderr


def test_git_revisions_can_be_compared() -> None:
    result = run_diff("HEAD", "spec")
    assert result.returncode in (0, 1) and result.stdout.strip().endswith("info")
    missing = run_diff("no-such-revision", "spec")
    assert missing.returncode == 2 and "not a folder nor a git revision" in missing.stderr


def test_changelog_entry_speaks_of_the_generated_client() -> None:
    spec = load_spec(ROOT / "spec")
    vendor = spec.entity("Vendor")
    smaller = dataclasses.replace(
        vendor, operations=tuple(o for o in vendor.operations if o != "undelete")
    )
    changes = diff(spec, _replace_entity(spec, smaller))
    entry = render(changes, "changelog")
    assert entry.startswith("## Unreleased\n\n### Breaking changes\n")
    assert "- client.vendors.undelete removed" in entry


def _replace_entity(spec: Spec, entity: Any) -> Spec:
    return dataclasses.replace(
        spec, entities=tuple(entity if e.name == entity.name else e for e in spec.entities)
    )


SPEC = load_spec(ROOT / "spec")
EDITS = ("remove-field", "add-field", "add-required-field", "toggle-required", "toggle-read-only",
         "remove-code", "add-code", "describe", "remove-operation", "add-operation")  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_single_edits_are_reported_once(data: st.DataObject) -> None:
    entity = data.draw(st.sampled_from(SPEC.entities))
    edit = data.draw(st.sampled_from(EDITS))
    writable = [f for f in entity.fields if not f.read_only and f.wire_name != "id"]
    enums = [f for f in entity.fields if f.type.kind == "enum"]
    fields_ = list(entity.fields)
    expected_breaking: bool
    if edit == "remove-field":
        victim = data.draw(st.sampled_from(fields_))
        fields_.remove(victim)
        expected_breaking = True
    elif edit in ("add-field", "add-required-field"):
        required = edit == "add-required-field"
        fields_.append(
            FieldDef(
                "zzNewField", "zz_new_field", TypeRef("string"), required, False, False, False, ""
            )
        )
        expected_breaking = required
    elif edit == "toggle-required":
        if not writable:
            return
        victim = data.draw(st.sampled_from(writable))
        fields_[fields_.index(victim)] = dataclasses.replace(victim, required=not victim.required)
        expected_breaking = not victim.required
    elif edit == "toggle-read-only":
        victim = data.draw(st.sampled_from([f for f in fields_ if not f.required]))
        fields_[fields_.index(victim)] = dataclasses.replace(victim, read_only=not victim.read_only)
        expected_breaking = not victim.read_only
    elif edit in ("remove-code", "add-code"):
        if not enums:
            return
        victim = data.draw(st.sampled_from(enums))
        codes = list(victim.type.enum)
        if edit == "remove-code":
            codes.pop(data.draw(st.integers(0, len(codes) - 1)))
        else:
            codes.append(EnumValue("zz-new", "zz_new", ""))
        fields_[fields_.index(victim)] = dataclasses.replace(
            victim, type=dataclasses.replace(victim.type, enum=tuple(codes))
        )
        expected_breaking = edit == "remove-code"
    elif edit == "describe":
        victim = data.draw(st.sampled_from(fields_))
        fields_[fields_.index(victim)] = dataclasses.replace(
            victim, description=victim.description + " More."
        )
        expected_breaking = False
    else:
        ops = list(entity.operations)
        missing = [
            o for o in ("create", "read", "update", "delete", "undelete", "list") if o not in ops
        ]
        if edit == "remove-operation":
            if not ops:
                return
            ops.remove(data.draw(st.sampled_from(ops)))
        else:
            if not missing:
                return
            ops.append(data.draw(st.sampled_from(missing)))
        edited = dataclasses.replace(entity, operations=tuple(ops))
        changes = diff(SPEC, _replace_entity(SPEC, edited))
        assert len(changes) == 1 and changes[0].breaking == (edit == "remove-operation")
        return
    changes = diff(SPEC, _replace_entity(SPEC, dataclasses.replace(entity, fields=tuple(fields_))))
    assert len(changes) == 1, changes
    assert changes[0].breaking == expected_breaking, changes
    assert changes[0].entity == entity.name
