"""A malformed spec gives one line per problem naming file, entity and field; never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.generate import ROOT

GOOD_FIELDS = "fields:\n  name: {type: string, required: true}\n"

CASES = {
    "typo'd key": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\noperations: [read]\nfields:\n  name: {type: string, requird: true}\n",
        "spec/entities/Widget.yaml: entity Widget: field name: unknown key 'requird'",
    ),
    "unknown type": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\nfields:\n  size: {type: strng}\n",
        "spec/entities/Widget.yaml: entity Widget: field size: unknown type 'strng'",
    ),
    "bad ref": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\nfields:\n  vendorId: {type: ref, ref: Vendr}\n",
        "spec/entities/Widget.yaml: entity Widget: field vendorId: ref 'Vendr' names no entity",
    ),
    "missing entity name": (
        "Widget.yaml",
        "description: d\n" + GOOD_FIELDS,
        "spec/entities/Widget.yaml: entity ?: missing key 'entity'",
    ),
    "unknown operation": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\noperations: [read, erase]\n" + GOOD_FIELDS,
        "spec/entities/Widget.yaml: entity Widget: unknown operation 'erase'",
    ),
    "duplicate entity": (
        "Vendor2.yaml",
        "entity: Vendor\ndescription: d\n" + GOOD_FIELDS,
        "entity Vendor: duplicate entity",
    ),
    "bad nested entity": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\nfields:\n"
        "  lines: {type: array, items: {type: object, entity: WidgetLine}}\n",
        "spec/entities/Widget.yaml: entity Widget: field lines: entity 'WidgetLine' names no entity",
    ),
    "enum without codes": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\nfields:\n  state: {type: enum}\n",
        "spec/entities/Widget.yaml: entity Widget: field state: `enum` codes are given exactly when type is enum",
    ),
    "bad enum name": (
        "Widget.yaml",
        "entity: Widget\ndescription: d\nfields:\n  state: {type: enum, enum: {'1': Not Valid}}\n",
        "spec/entities/Widget.yaml: entity Widget: field state: enum.1.name: enum name 'Not Valid'",
    ),
    "invalid yaml": (
        "Widget.yaml",
        "entity: Widget\nfields: {name: [\n",
        "spec/entities/Widget.yaml: invalid YAML at line",
    ),
}


def run_codegen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        check=False,
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_spec_gives_one_line_error(tmp_path: Path, case: str) -> None:
    filename, text, expected = CASES[case]
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    (tmp_path / "spec" / "entities" / filename).write_text(text)
    out = tmp_path / "out"

    result = run_codegen("generate", "--spec", "spec", "--out", str(out), cwd=tmp_path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("error: spec/") for line in lines), result.stderr
    assert any(expected in line for line in lines), result.stderr
    assert not out.exists()  # nothing half-written


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    entities = tmp_path / "spec" / "entities"
    (entities / "Widget.yaml").write_text(CASES["typo'd key"][1])
    (entities / "Gadget.yaml").write_text(
        "entity: Gadget\ndescription: d\nfields:\n  x: {type: strng}\n"
    )
    result = run_codegen("check", "--spec", "spec", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 2


def test_file_name_must_match_entity(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    (tmp_path / "spec" / "entities" / "Widgit.yaml").write_text(
        "entity: Widget\ndescription: d\n" + GOOD_FIELDS
    )
    result = run_codegen("generate", "--spec", "spec", "--out", "out", cwd=tmp_path)
    assert result.stderr.strip() == (
        "error: spec/entities/Widgit.yaml: entity Widget: the file must be named Widget.yaml"
    )


def test_bad_error_table_names_the_code(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    errors = tmp_path / "spec" / "errors.yaml"
    errors.write_text(errors.read_text() + "  BDC_9999: {family: nonsense, message: m}\n")
    result = run_codegen("generate", "--spec", "spec", "--out", "out", cwd=tmp_path)
    assert (
        result.stderr.strip() == "error: spec/errors.yaml: code BDC_9999: unknown family 'nonsense'"
    )


def test_action_files_get_the_same_one_line_errors(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    actions = tmp_path / "spec" / "actions"
    (actions / "Buff.yaml").write_text(
        "action: Buff\ngroup: workshop\nmethod: buff\ndescription: d\nsafe_to_repaet: true\n"
    )
    (actions / "Shine.yaml").write_text(
        "action: Shine\ngroup: workshop\nmethod: shine\ndescription: d\n"
        "request: {widgetId: {type: ref, ref: Widget}}\n"
    )
    (actions / "Pay.yaml").write_text(
        "action: Pay\ngroup: workshop\nmethod: pay\ndescription: d\nmoves_money: true\nsafe_to_repeat: true\n"
    )
    result = run_codegen("generate", "--spec", "spec", "--out", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: spec/actions/Buff.yaml: action Buff: unknown key 'safe_to_repaet'",
        "error: spec/actions/Pay.yaml: action Pay: an action that moves money is never safe_to_repeat",
        "error: spec/actions/Shine.yaml: action Shine: field widgetId: ref 'Widget' names no entity in the spec",
    ]
