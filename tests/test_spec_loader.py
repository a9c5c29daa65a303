"""The spec loader cannot be fooled: YAML coercions, unreadable files and broken files each give
one line naming the file (and the entity and field where there is one), never a traceback, and
one broken file does not bring follow-on errors about what it would have defined."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from codegen.generate import ROOT
from codegen.spec import SpecError, load_spec

WIDGET = "spec/entities/Widget.yaml"
GADGET = "entity: Gadget\ndescription: d\nfields:\n  widgetId: {type: ref, ref: Widget}\n"


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small valid spec (the real api.yaml and errors.yaml, one entity) in a fresh folder."""
    root = tmp_path / "spec"
    (root / "entities").mkdir(parents=True)
    (root / "actions").mkdir()
    for name in ("api.yaml", "errors.yaml"):
        shutil.copy(ROOT / "spec" / name, root / name)
    (root / "entities" / "Gadget.yaml").write_text(GADGET.replace("ref, ref: Widget", "string"))
    monkeypatch.chdir(tmp_path)
    load_spec(root)  # valid as it stands
    return root


def problems(root: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_spec(root)
    return caught.value.problems


def enum_with(code: str) -> str:
    return (
        "entity: Widget\ndescription: d\nfields:\n  state:\n    type: enum\n"
        f"    enum:\n      {code}: first\n      '2': second\n"
    )


@pytest.mark.parametrize(
    ("code", "read_as"),
    [("010", "8"), ("0x1F", "31"), ("1:30", "90"), ("on", "True"), ("true", "True"), ("~", "None")],
)
def test_an_unquoted_enum_code_is_an_error_not_another_code(
    spec: Path, code: str, read_as: str
) -> None:
    (spec / "entities" / "Widget.yaml").write_text(enum_with(code))
    assert problems(spec) == [
        f"{WIDGET}: entity Widget: field state: enum code {code} must be quoted: YAML reads it as {read_as}"
    ]


def test_a_quoted_code_keeps_its_digits(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text(enum_with("'010'"))
    field = load_spec(spec).entity("Widget").fields[0]
    assert [v.code for v in field.type.enum] == ["010", "2"]


def test_an_unquoted_key_elsewhere_is_named_too(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text(
        "entity: Widget\ndescription: d\nfields:\n  on: {type: string}\n"
    )
    assert problems(spec) == [
        f"{WIDGET}: entity Widget: key on in fields must be quoted: YAML reads it as True"
    ]


@pytest.mark.parametrize("default", ["'3'", "3", "true"])
def test_a_default_must_be_one_of_the_codes(spec: Path, default: str) -> None:
    (spec / "entities" / "Widget.yaml").write_text(
        "entity: Widget\ndescription: d\nfields:\n"
        f"  state: {{type: enum, default: {default}, enum: {{'1': first, '2': second}}}}\n"
    )
    [line] = problems(spec)
    assert line.startswith(f"{WIDGET}: entity Widget: field state: default ")
    assert line.endswith("is not one of the codes (1, 2)")


def test_a_numeric_default_that_spells_a_code_is_accepted(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text(
        "entity: Widget\ndescription: d\nfields:\n"
        "  state: {type: enum, default: -1, enum: {'-1': none, '1': some}}\n"
    )
    assert load_spec(spec).entity("Widget").fields[0].default == (-1,)


def test_a_binary_file(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_bytes(b"\x00\x01entity: Widget\n")
    assert problems(spec) == [f"{WIDGET}: a binary file, not YAML"]


def test_a_file_that_is_not_utf8(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_bytes(b"entity: Widget\ndescription: caf\xe9\n")
    assert problems(spec) == [f"{WIDGET}: not UTF-8 text"]


def test_a_directory_named_like_a_spec_file(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").mkdir()
    assert problems(spec) == [f"{WIDGET}: a directory, not a file"]


def test_a_dangling_symlink(spec: Path) -> None:
    os.symlink("Nowhere.yaml", spec / "entities" / "Widget.yaml")
    assert problems(spec) == [f"{WIDGET}: cannot read (no such file or directory)"]


def test_a_looping_symlink(spec: Path) -> None:
    os.symlink("Widget.yaml", spec / "entities" / "Widget.yaml")
    assert problems(spec) == [f"{WIDGET}: cannot read (too many levels of symbolic links)"]


def test_deep_nesting(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text("entity: " + "[" * 5000 + "]" * 5000 + "\n")
    assert problems(spec) == [f"{WIDGET}: nested too deeply to read"]


def test_a_list_used_as_a_key(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text(
        "entity: Widget\ndescription: d\nfields:\n  ? [a, b]\n  : {type: string}\n"
    )
    assert problems(spec) == [
        f"{WIDGET}: invalid YAML at line 4: a list or a mapping cannot be a key"
    ]


def test_a_key_given_twice(spec: Path) -> None:
    (spec / "entities" / "Widget.yaml").write_text(
        "entity: Widget\ndescription: d\nfields:\n  a: {type: string}\n  a: {type: integer}\n"
    )
    assert problems(spec) == [f"{WIDGET}: invalid YAML at line 5: duplicate key 'a'"]


def test_a_missing_actions_folder(spec: Path) -> None:
    (spec / "actions").rmdir()
    assert problems(spec) == ["spec/actions: missing folder (action files, *.yaml)"]


@pytest.mark.parametrize(
    "broken",
    [
        "entity: Widget\nfields: {a: {type: strin\n",  # not YAML
        "- just\n- a list\n",  # not a mapping
        "entity: [Widget]\ndescription: d\nfields: {}\n",  # no usable name
        b"\xff\xfe",  # not UTF-8
    ],
)
def test_one_broken_file_does_not_cascade(spec: Path, broken: str | bytes) -> None:
    (spec / "entities" / "Gadget.yaml").write_text(GADGET)  # refers to Widget
    path = spec / "entities" / "Widget.yaml"
    if isinstance(broken, bytes):
        path.write_bytes(broken)
    else:
        path.write_text(broken)
    found = problems(spec)
    assert len(found) >= 1
    assert all(line.startswith(WIDGET) for line in found), found
