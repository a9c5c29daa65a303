"""`codegen audit`: every rule on a small hand-written OpenAPI document, the real spec against a
document built from it with known edits, accepted divergences, and the command's outputs."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.audit import RULES, audit, load_accepted
from codegen.generate import ROOT
from codegen.reference import ReferenceError, read_reference
from codegen.spec import Spec, SpecError, load_spec
from tests.openapi_from_spec import openapi_from_spec

# -- a small world: the spec ------------------------------------------------------------------

WIDGET = """\
entity: Widget
description: A thing made in the workshop.
id_prefix: "wid"
operations: [create, read, update, list]
bulk: [create]
options:
  allowCopies: {type: boolean}
fields:
  id: {type: string, read_only: true, filterable: true}
  name: {type: string, required: true, filterable: true}
  state:
    type: enum
    enum: {"1": active, "2": inactive}
  madeOn: {type: date}
  updatedTime: {type: datetime, read_only: true}
  size: {type: number}
  gadgetId: {type: ref, ref: Gadget}
  parts: {type: array, items: {type: object, entity: WidgetPart}}
  box: {type: object, fields: {depth: {type: integer}}}
"""
WIDGET_PART = """\
entity: WidgetPart
description: One part of a widget.
id_prefix: "wpt"
fields:
  id: {type: string, read_only: true}
  qty: {type: integer, required: true}
"""
GADGET = """\
entity: Gadget
description: A tool.
id_prefix: "gad"
operations: [read]
fields:
  id: {type: string, read_only: true}
"""
POLISH = """\
action: Polish
group: workshop
method: polish
description: Polish a widget.
safe_to_repeat: true
request:
  widgetId: {type: ref, ref: Widget, required: true}
  mode: {type: enum, enum: {"1": fast, "2": slow}}
response:
  type: object
  fields:
    shine: {type: integer}
    polishedOn: {type: date}
"""

# -- ... and the reference, written by hand in the v2 conventions -----------------------------


def form(data: dict[str, Any] | None) -> dict[str, Any]:
    props: dict[str, Any] = {"devKey": {"type": "string"}, "sessionId": {"type": "string"}}
    if data is not None:
        props["data"] = data
    schema = {"type": "object", "properties": props}
    return {"content": {"application/x-www-form-urlencoded": {"schema": schema}}}


def answer(data: dict[str, Any] | None) -> dict[str, Any]:
    props: dict[str, Any] = {"response_status": {"type": "integer"}}
    if data is not None:
        props["response_data"] = {
            "allOf": [{"$ref": "#/components/schemas/ErrorResponse"}],
            **data,
        }
    schema = {"type": "object", "properties": props}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def post(data: dict[str, Any] | None, response: dict[str, Any] | None) -> dict[str, Any]:
    return {"post": {"requestBody": form(data), "responses": answer(response)}}


PART_REQUEST = {
    "type": "object",
    "required": ["qty"],
    "properties": {
        "entity": {"type": "string", "description": "Set as `WidgetPart`."},
        "qty": {"type": "integer"},
    },
}
PART = {
    "type": "object",
    "properties": {
        "entity": {"type": "string", "description": "Object type. Set as `WidgetPart`."},
        "id": {"type": "string", "description": "Part id. The value begins with `wpt`."},
        "qty": {"type": "integer"},
    },
}
WIDGET_FIELDS = {
    "name": {"type": "string", "description": "Name. You can filter with this field."},
    "state": {"type": "string", "description": "State.\n* `1`: Active\n* `2`: Inactive"},
    "madeOn": {"type": "string", "description": "Made on, in the YYYY-MM-DD format."},
    "size": {"type": "number"},
    "gadgetId": {"type": "string", "description": "Gadget. The value begins with `gad`."},
    "box": {"type": "object", "properties": {"depth": {"type": "integer"}}},
}


def reference() -> dict[str, Any]:
    """The reference for the small world: it agrees with the spec in every point."""
    create: dict[str, Any] = {
        "type": "object",
        "properties": {
            "obj": {
                "type": "object",
                "required": ["entity", "name"],
                "properties": {
                    "entity": {"type": "string", "description": "Set as `Widget`."},
                    **WIDGET_FIELDS,
                    "parts": {"type": "array", "items": PART_REQUEST},
                },
            },
            "allowCopies": {"type": "boolean"},
        },
    }
    update = copy.deepcopy(create)
    update["properties"]["obj"]["required"] = ["id"]
    update["properties"]["obj"]["properties"]["id"] = {"type": "string"}
    widget = {
        "type": "object",
        "properties": {
            "entity": {"type": "string", "description": "Object type. Set as `Widget`."},
            "id": {
                "type": "string",
                "description": "Widget id. The value begins with `wid`. You can filter with this field.",
            },
            **WIDGET_FIELDS,
            "updatedTime": {"type": "string", "description": "Updated date and time"},
            "parts": {"type": "array", "items": PART},
        },
    }
    by_id = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    gadget = {
        "type": "object",
        "properties": {
            "entity": {"type": "string", "description": "Set as `Gadget`."},
            "id": {"type": "string", "description": "The value begins with `gad`."},
        },
    }
    polish_request = {
        "type": "object",
        "required": ["widgetId"],
        "properties": {
            "widgetId": {"type": "string", "description": "The value begins with `wid`."},
            "mode": {"type": "string", "description": "* `1`: Fast\n* `2`: Slow"},
        },
    }
    polish_answer = {
        "type": "object",
        "properties": {
            "shine": {"type": "integer"},
            "polishedOn": {"type": "string", "description": "YYYY-MM-DD"},
        },
    }
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "workshop", "version": "1"},
        "paths": {
            "/Crud/Create/Widget.json": post({"$ref": "#/components/schemas/CreateWidget"}, widget),
            "/Bulk/Crud/Create/Widget.json": post({"type": "object"}, None),
            "/Crud/Read/Widget.json": post(by_id, widget),
            "/Crud/Update/Widget.json": post(update, widget),
            "/List/Widget.json": post({"type": "object"}, {"type": "array", "items": widget}),
            "/Crud/Read/Gadget.json": post(by_id, gadget),
            "/Polish.json": post(polish_request, polish_answer),
        },
        "components": {
            "schemas": {
                "ErrorResponse": {
                    "type": "object",
                    "properties": {"error_code": {"type": "string"}},
                },
                "CreateWidget": create,
            }
        },
    }
    copied: dict[str, Any] = json.loads(json.dumps(doc))  # every object its own copy
    return copied


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "spec"
    (root / "entities").mkdir(parents=True)
    (root / "actions").mkdir()
    for name in ("api.yaml", "errors.yaml"):
        shutil.copy(ROOT / "spec" / name, root / name)
    for name, text in (("Widget", WIDGET), ("WidgetPart", WIDGET_PART), ("Gadget", GADGET)):
        (root / "entities" / f"{name}.yaml").write_text(text)
    (root / "actions" / "Polish.yaml").write_text(POLISH)
    monkeypatch.chdir(tmp_path)
    return root


def run_audit(root: Path, doc: dict[str, Any]) -> list[tuple[str, str]]:
    path = root.parent / "reference.json"
    path.write_text(json.dumps(doc))
    found, _, _ = audit(load_spec(root), read_reference([path]), load_accepted(root / "audit"))
    return [(f.rule, f.place) for f in found]


def test_the_small_world_agrees(world: Path) -> None:
    assert run_audit(world, reference()) == []


# -- one case per rule: an edit to the reference or to the spec, and the one divergence it makes


def props(doc: dict[str, Any], *path: str) -> dict[str, Any]:
    """The properties of the object at `path` (a path's name, then keys down the tree)."""
    node: Any = doc["paths"][path[0]]["post"]
    for key in path[1:]:
        node = node[key]
    return node["properties"]  # type: ignore[no-any-return]


def created(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["CreateWidget"]["properties"]["obj"]["properties"]  # type: ignore[no-any-return]


def read_widget(doc: dict[str, Any]) -> dict[str, Any]:
    return props(doc, "/Crud/Read/Widget.json", *RESPONSE)


def every_widget(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The properties of every Widget object: create, update, read, list."""
    return entity_objects(doc, "Widget")


def entity_objects(node: Any, name: str) -> Iterator[dict[str, Any]]:
    """The properties of every object in `node` that names itself `name`."""
    if isinstance(node, dict):
        inner = node.get("properties")
        if isinstance(inner, dict) and f"`{name}`" in str(
            inner.get("entity", {}).get("description")
        ):
            yield inner
        for value in node.values():
            yield from entity_objects(value, name)
    elif isinstance(node, list):
        for value in node:
            yield from entity_objects(value, name)


DATA = (
    "requestBody",
    "content",
    "application/x-www-form-urlencoded",
    "schema",
    "properties",
    "data",
)
RESPONSE = (
    "responses",
    "200",
    "content",
    "application/json",
    "schema",
    "properties",
    "response_data",
)
POLISH_PATH = "/Polish.json"


def in_spec(world: Path, file: str, old: str, new: str) -> None:
    path = world / file
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def edit_every_widget(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def apply(doc: dict[str, Any]) -> None:
        for widget in every_widget(doc):
            change(widget)

    return apply


def drop_option(doc: dict[str, Any], key: str) -> None:
    doc["components"]["schemas"]["CreateWidget"]["properties"].pop(key)
    props(doc, "/Crud/Update/Widget.json", *DATA).pop(key)


Doc = dict[str, Any]
CASES: dict[str, tuple[Callable[[Doc], None] | None, tuple[str, str, str] | None, str]] = {
    # rule: (edit to the reference, edit to a spec file (file, old, new), place reported)
    "entity-missing": (lambda d: d["paths"].update({"/Crud/Read/Sprocket.json": post(None, None)}), None, "Sprocket"),
    "entity-extra": (lambda d: d["paths"].pop("/Crud/Read/Gadget.json"), None, "Gadget"),
    "operation-missing": (lambda d: d["paths"].update({"/Crud/Delete/Widget.json": post(None, None)}), None, "Widget/delete"),
    "operation-extra": (None, ("entities/Widget.yaml", "update, list]", "update, delete, list]"), "Widget/delete"),
    "bulk-missing": (lambda d: d["paths"].update({"/Bulk/Crud/Update/Widget.json": post(None, None)}), None, "Widget/bulk-update"),
    "bulk-extra": (lambda d: d["paths"].pop("/Bulk/Crud/Create/Widget.json"), None, "Widget/bulk-create"),
    "id-prefix-missing": (None, ("entities/Gadget.yaml", 'id_prefix: "gad"\n', ""), "Gadget"),
    "id-prefix-extra": (lambda d: props(d, "/Crud/Read/Gadget.json", *RESPONSE)["id"].pop("description"), None, "Gadget"),
    "id-prefix-differs": (None, ("entities/Gadget.yaml", '"gad"', '"gdt"'), "Gadget"),
    "option-missing": (lambda d: d["components"]["schemas"]["CreateWidget"]["properties"].update(dryRun={"type": "boolean"}), None, "Widget.dryRun"),
    "option-extra": (lambda d: drop_option(d, "allowCopies"), None, "Widget.allowCopies"),
    "field-missing": (edit_every_widget(lambda w: w.update(colour={"type": "string"})), None, "Widget.colour"),
    "field-extra": (edit_every_widget(lambda w: w.pop("size")), None, "Widget.size"),
    "field-type-differs": (edit_every_widget(lambda w: w["size"].update(type="string")), None, "Widget.size"),
    "field-format-differs": (None, ("entities/Widget.yaml", "madeOn: {type: date}", "madeOn: {type: datetime}"), "Widget.madeOn"),
    "field-required-differs": (None, ("entities/Widget.yaml", "size: {type: number}", "size: {type: number, required: true}"), "Widget.size"),
    "field-ref-differs": (None, ("entities/Widget.yaml", "ref: Gadget}", "ref: Widget}"), "Widget.gadgetId"),
    "field-read-only-differs": (None, ("entities/Widget.yaml", "size: {type: number}", "size: {type: number, read_only: true}"), "Widget.size"),
    "field-filterable-differs": (None, ("entities/Widget.yaml", "size: {type: number}", "size: {type: number, filterable: true}"), "Widget.size"),
    "enum-code-missing": (edit_every_widget(lambda w: w["state"].update(description="* `1`: a\n* `2`: b\n* `3`: c")), None, "Widget.state=3"),
    "enum-code-extra": (edit_every_widget(lambda w: w["state"].update(description="* `1`: a")), None, "Widget.state=2"),
    "action-missing": (lambda d: d["paths"].update({"/Buff.json": post({"type": "object"}, None)}), None, "Buff"),
    "action-extra": (lambda d: d["paths"].pop(POLISH_PATH), None, "Polish"),
    "action-form-differs": (lambda d: d["paths"][POLISH_PATH]["post"]["requestBody"]["content"][
        "application/x-www-form-urlencoded"].update(schema=props(d, POLISH_PATH, *DATA[:-2])["data"]), None, "Polish"),
    "request-field-missing": (lambda d: props(d, POLISH_PATH, *DATA).update(force={"type": "boolean"}), None, "Polish.request.force"),
    "request-field-extra": (lambda d: props(d, POLISH_PATH, *DATA).pop("mode"), None, "Polish.request.mode"),
    "request-field-type-differs": (lambda d: props(d, POLISH_PATH, *DATA)["mode"].update(type="integer"), None, "Polish.request.mode"),
    "request-field-format-differs": (lambda d: props(d, POLISH_PATH, *DATA)["mode"].pop("description"), None, "Polish.request.mode"),
    "request-field-required-differs": (None, ("actions/Polish.yaml", "ref: Widget, required: true}", "ref: Widget}"), "Polish.request.widgetId"),
    "request-field-ref-differs": (None, ("actions/Polish.yaml", "ref: Widget, required", "ref: Gadget, required"), "Polish.request.widgetId"),
    "response-field-missing": (lambda d: props(d, POLISH_PATH, *RESPONSE).update(gloss={"type": "number"}), None, "Polish.response.gloss"),
    "response-field-extra": (lambda d: props(d, POLISH_PATH, *RESPONSE).pop("shine"), None, "Polish.response.shine"),
    "response-field-type-differs": (lambda d: props(d, POLISH_PATH, *RESPONSE)["shine"].update(type="string"), None, "Polish.response.shine"),
    "response-field-format-differs": (lambda d: props(d, POLISH_PATH, *RESPONSE)["polishedOn"].pop("description"), None, "Polish.response.polishedOn"),
    "response-field-ref-differs": (None, ("actions/Polish.yaml", "shine: {type: integer}", "shine: {type: integer}\n    widget: {type: ref, ref: Gadget}"), "Polish.response.widget"),
}  # fmt: skip


def test_every_rule_has_a_case() -> None:
    assert set(CASES) | {"accepted-stale"} == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_rule_on_a_small_document(world: Path, rule: str) -> None:
    edit_doc, edit_spec, place = CASES[rule]
    doc = reference()
    if edit_doc is not None:
        edit_doc(doc)
    if edit_spec is not None:
        in_spec(world, *edit_spec)
    if rule == "response-field-ref-differs":  # a field the reference has, with another prefix
        props(doc, POLISH_PATH, *RESPONSE)["widget"] = {
            "type": "string",
            "description": "The value begins with `wid`.",
        }
    assert run_audit(world, doc) == [(rule, place)]


def test_a_nested_entity_is_audited_as_an_entity(world: Path) -> None:
    doc = reference()
    for part in entity_objects(doc, "WidgetPart"):
        part["colour"] = {"type": "string"}
    assert run_audit(world, doc) == [("field-missing", "WidgetPart.colour")]


def test_a_nested_inline_object_is_audited_field_by_field(world: Path) -> None:
    doc = reference()
    for widget in every_widget(doc):
        widget["box"]["properties"]["width"] = {"type": "integer"}
    assert run_audit(world, doc) == [("field-missing", "Widget.box.width")]


def test_enum_keyword_and_format_keyword_are_read_too(world: Path) -> None:
    doc = reference()
    for widget in every_widget(doc):
        widget["state"] = {"type": "string", "enum": ["1", "2"]}
        widget["madeOn"] = {"type": "string", "format": "date"}
    assert run_audit(world, doc) == []


# -- accepted divergences -----------------------------------------------------------------------


def accept(world: Path, text: str) -> None:
    (world / "audit").mkdir(exist_ok=True)
    (world / "audit" / "workshop.yaml").write_text(text)


def test_an_accepted_divergence_is_not_open(world: Path) -> None:
    doc = reference()
    for widget in every_widget(doc):
        widget["size"]["type"] = "string"
    accept(
        world,
        "accepted:\n  - rule: field-type-differs\n    place: Widget.size\n"
        "    reason: Real widgets send a number.\n    evidence: a captured Widget reply\n",
    )
    path = world.parent / "reference.json"
    path.write_text(json.dumps(doc))
    found, kept, _ = audit(load_spec(world), read_reference([path]), load_accepted(world / "audit"))
    assert found == []
    assert [(f.rule, f.place, a.reason) for f, a in kept] == [
        ("field-type-differs", "Widget.size", "Real widgets send a number.")
    ]


def test_an_accepted_item_that_no_longer_diverges_is_reported(world: Path) -> None:
    accept(
        world,
        "accepted:\n  - rule: field-extra\n    places: [Widget.size, Widget.name]\n"
        "    reason: r\n    evidence: e\n",
    )
    assert run_audit(world, reference()) == [
        ("accepted-stale", "Widget.name"),
        ("accepted-stale", "Widget.size"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("accepted:\n  - {rule: nonsense, place: X, reason: r, evidence: e}\n", "unknown rule 'nonsense'"),
        ("accepted:\n  - {rule: field-extra, place: X, reason: r}\n", "evidence: Field required"),
        ("accepted:\n  - {rule: field-extra, reason: r, evidence: e}\n", "give exactly one of `place` or `places`"),
        ("accepted:\n  - {rule: field-extra, place: X, reason: r, evidence: e}\n"
         "  - {rule: field-extra, place: X, reason: r, evidence: e}\n", "field-extra X is also accepted"),
        ("accepted: [\n", "invalid YAML"),
    ],
)  # fmt: skip
def test_a_malformed_accepted_file_names_the_problem(world: Path, text: str, expected: str) -> None:
    accept(world, text)
    with pytest.raises(SpecError) as caught:
        load_accepted(world / "audit")
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith("spec/audit/workshop.yaml: ")
    assert expected in caught.value.problems[0]


# -- the real spec against a document built from it ----------------------------------------------

SPEC = load_spec(ROOT / "spec")


def unreachable(spec: Spec) -> set[str]:
    """Entities no path of the built document shows: no operations, and no field holds them."""
    held: set[str] = set()

    def walk(t: Any) -> None:
        if t is None:
            return
        if t.entity:
            held.add(t.entity)
        walk(t.items)
        for f in t.fields or ():
            walk(f.type)

    for entity in spec.entities:
        for f in entity.fields:
            walk(f.type)
    for action in spec.actions:
        for f in action.request:
            walk(f.type)
        walk(action.response)
    return {e.name for e in spec.entities if not e.operations and e.name not in held}


def audit_built(doc: dict[str, Any], tmp_path: Path) -> set[tuple[str, str]]:
    path = tmp_path / "built.json"
    path.write_text(json.dumps(doc))
    found, _, _ = audit(SPEC, read_reference([path]), [])
    return {(f.rule, f.place) for f in found}


def test_the_real_spec_agrees_with_a_document_built_from_it(tmp_path: Path) -> None:
    expected = {("entity-extra", name) for name in unreachable(SPEC)}
    assert audit_built(openapi_from_spec(SPEC), tmp_path) == expected


def test_known_edits_to_the_built_document_are_found_exactly(tmp_path: Path) -> None:
    doc = openapi_from_spec(SPEC)
    baseline = audit_built(doc, tmp_path)
    for vendor in entity_objects(doc, "Vendor"):
        vendor.pop("taxId", None)
        vendor["colour"] = {"type": "string"}
    for bill in entity_objects(doc, "Bill"):
        if "dueDate" in bill:
            bill["dueDate"]["type"] = "integer"
    del doc["paths"]["/Bulk/Crud/Create/Vendor.json"]
    doc["paths"]["/Frobnicate.json"] = post({"type": "object"}, None)
    pay_bills = doc["paths"]["/PayBills.json"]["post"]["requestBody"]["content"]
    pay_bills["application/x-www-form-urlencoded"]["schema"]["properties"]["data"]["properties"][
        "tip"
    ] = {"type": "number"}
    assert audit_built(doc, tmp_path) - baseline == {
        ("field-extra", "Vendor.taxId"),
        ("field-missing", "Vendor.colour"),
        ("field-type-differs", "Bill.dueDate"),
        ("bulk-extra", "Vendor/bulk-create"),
        ("action-missing", "Frobnicate"),
        ("request-field-missing", "PayBills.request.tip"),
    }


# -- the command ------------------------------------------------------------------------------------


def codegen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        check=False,
    )


def test_exit_codes_and_formats(world: Path) -> None:
    good = world.parent / "good.json"
    good.write_text(json.dumps(reference()))
    result = codegen("audit", str(good), "--spec", "spec", cwd=world.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no open divergences, 0 accepted" in result.stdout
    assert "7 paths in 1 documents" in result.stdout

    doc = reference()
    doc["paths"].pop("/Crud/Read/Gadget.json")
    bad = world.parent / "bad.json"
    bad.write_text(json.dumps(doc))
    text = codegen("audit", str(bad), "--spec", "spec", cwd=world.parent)
    assert text.returncode == 1
    assert text.stdout.splitlines()[0].split() == [
        "entity-extra", "Gadget:", "entity", "Gadget", "is", "not", "in", "the", "reference",
    ]  # fmt: skip
    assert text.stdout.splitlines()[1].strip() == "spec spec/entities/Gadget.yaml"
    as_json = json.loads(
        codegen("audit", str(bad), "--spec", "spec", "--format", "json", cwd=world.parent).stdout
    )
    assert [(f["rule"], f["place"]) for f in as_json["open"]] == [("entity-extra", "Gadget")]
    assert as_json["coverage"]["entities"] == [2, 2]
    markdown = codegen(
        "audit", str(bad), "--spec", "spec", "--format", "markdown", cwd=world.parent
    )
    assert "| `entity-extra` | `Gadget` |" in markdown.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not JSON or YAML"),
        ('{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3.x document"),
        ('{"openapi": "3.0.0", "paths": {"/Login.json": {"post": {"requestBody": {"$ref": "other.json#/x"}}}}}',
         "only local $ref is read"),
        ('{"openapi": "3.0.0", "paths": {"/Login.json": {"post": {"requestBody": {"content": {"a": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},'
         ' "components": {"schemas": {"A": {"$ref": "#/components/schemas/A"}}}}', "$ref loops"),
        ('{"openapi": "3.0.0", "paths": {"/Login.json": {"post": {"requestBody": {"content": {"a": {"schema": {"$ref": "#/nowhere"}}}}}}}}',
         "names nothing"),
    ],
)  # fmt: skip
def test_an_unreadable_reference_exits_2_with_one_line(
    world: Path, content: str, expected: str
) -> None:
    path = world.parent / "ref.json"
    path.write_text(content)
    result = codegen("audit", str(path), "--spec", "spec", cwd=world.parent)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and expected in line, line


def test_a_missing_file_or_empty_folder_exits_2(world: Path) -> None:
    missing = codegen("audit", "nowhere.json", "--spec", "spec", cwd=world.parent)
    assert missing.returncode == 2 and "nowhere.json: cannot read" in missing.stderr
    (world.parent / "empty").mkdir()
    empty = codegen("audit", "empty", "--spec", "spec", cwd=world.parent)
    assert empty.returncode == 2 and "no OpenAPI documents" in empty.stderr


def test_a_deeply_nested_document_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"openapi": "3.0.0", "paths": {}, "x": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(ReferenceError) as caught:
        read_reference([path])
    assert caught.value.problems == [f"{path}: nested too deeply"]
