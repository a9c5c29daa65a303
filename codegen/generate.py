"""Render the package `billcom` from the spec: templates for generated modules, the runtime copied verbatim.

Output is written to a temporary folder, formatted with ruff, then swapped into place, so a
failed run never leaves a half-written package behind.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from codegen import types as t
from codegen.spec import Entity, FieldDef, Spec, TypeRef

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
PACKAGE = "billcom"


def header(source: str) -> str:
    return f"# Generated from {source} by codegen. Do not edit: run make generate."


def _doc(text: str) -> str:
    """Make text safe inside a one-line triple-quoted docstring."""
    return " ".join(text.replace("\\", "\\\\").replace('"""', "'''").split()).rstrip('"')


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["doc"] = _doc
    env.filters["pyrepr"] = repr
    env.globals.update(
        header=header,
        model_annotation=t.model_annotation,
        params_annotation=t.params_annotation,
        typed_annotation=t.typed_annotation,
    )
    return env


def _type_catalog(kind: TypeRef) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind.kind}
    if kind.enum:
        out["enum"] = [value.code for value in kind.enum]
    if kind.entity:
        out["entity"] = kind.entity
    if kind.items is not None:
        out["items"] = _type_catalog(kind.items)
    return out


def _field_catalog(field: FieldDef) -> dict[str, Any]:
    out = _type_catalog(field.type)
    if field.required:
        out["required"] = True
    if field.read_only:
        out["read_only"] = True
    if field.filterable:
        out["filterable"] = True
    return out


def catalog(spec: Spec) -> dict[str, Any]:
    return {
        e.name: {
            "id_prefix": e.id_prefix,
            "operations": list(e.operations),
            "bulk": list(e.bulk),
            "fields": {f.wire_name: _field_catalog(f) for f in e.fields},
        }
        for e in spec.entities
    }


def _model_context(spec: Spec, entity: Entity) -> dict[str, Any]:
    enums = [(f, t.enum_class(entity, f)) for f in entity.fields if f.type.kind == "enum"]
    writable = bool(entity.writable_fields)
    model_fields = [f for f in entity.fields if f.wire_name != "id"]
    type_imports = {"Lenient"} | t.uses(entity, "model")
    if writable:
        type_imports |= t.uses(entity, "params")
    kinds = {f.type.kind for f in entity.fields} | {
        f.type.items.kind for f in entity.fields if f.type.items is not None
    }
    exports = [cls for _, cls in enums] + [entity.name]
    if writable:
        exports += [
            f"{entity.name}CreateParams",
            f"{entity.name}CreateParamsModel",
            f"{entity.name}UpdateParams",
            f"{entity.name}UpdateParamsModel",
        ]
    return {
        "entity": entity,
        "enums": enums,
        "writable": writable,
        "model_fields": model_fields,
        "read_only": [f.wire_name for f in entity.fields if f.read_only],
        "children": t.children(entity),
        "nested": t.nested_entities(entity),
        "module_of": lambda name: spec.entity(name).module,
        "type_imports": sorted(type_imports),
        "uses_dt": writable and bool(kinds & {"date", "datetime"}),
        "uses_decimal": writable and "number" in kinds,
        "exports": exports,
    }


def render(spec: Spec) -> dict[str, str]:
    """Every file of the package, path relative to the package -> content (before formatting)."""
    env = _environment()
    files: dict[str, str] = {}
    for entity in spec.entities:
        ctx = _model_context(spec, entity)
        files[f"models/{entity.module}.py"] = env.get_template("models/entity.py.jinja").render(ctx)
    modules = [(e.module, _model_context(spec, e)["exports"]) for e in spec.entities]
    files["models/__init__.py"] = env.get_template("models/__init__.py.jinja").render(
        modules=modules
    )
    for entity in spec.resources:
        files[f"resources/{entity.resource_attr}.py"] = env.get_template(
            "resources/resource.py.jinja"
        ).render(entity=entity, facts=spec.facts)
    files["resources/__init__.py"] = env.get_template("resources/__init__.py.jinja").render(
        spec=spec
    )
    files["_client.py"] = env.get_template("_client.py.jinja").render(spec=spec)
    files["_errors.py"] = env.get_template("_errors.py.jinja").render(
        families=spec.error_families, codes=spec.error_codes
    )
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        families=spec.error_families
    )
    files["_facts.py"] = env.get_template("_facts.py.jinja").render(facts=spec.facts)
    files["testing/_catalog.py"] = env.get_template("testing/_catalog.py.jinja").render(
        catalog=catalog(spec)
    )
    for path in sorted(RUNTIME.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[str(path.relative_to(RUNTIME))] = path.read_text(encoding="utf-8")
    return files


def _ruff(folder: Path) -> None:
    config = ["--config", str(ROOT / "pyproject.toml")]
    base = [sys.executable, "-m", "ruff"]
    for args in (
        ["check", "--fix-only", "--exit-zero", "-q", "--no-cache"],
        ["format", "-q", "--no-cache"],
    ):
        subprocess.run([*base, *args, *config, str(folder)], check=True, cwd=folder)


def write_package(spec: Spec, out_dir: Path) -> Path:
    """Generate into `out_dir/billcom`, replacing what was there only once everything succeeded."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / PACKAGE
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".billcom-") as tmp:
        staging = Path(tmp) / PACKAGE
        for rel, content in render(spec).items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        _ruff(staging)
        old = Path(tmp) / "old"
        if target.exists():
            target.rename(old)
        staging.rename(target)
    return target


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def diff_trees(expected: Path, actual: Path, label: str) -> str:
    """A unified diff of every file that differs between two package folders."""
    want, have = _tree(expected), (_tree(actual) if actual.exists() else {})
    chunks: list[str] = []
    for rel in sorted(want.keys() | have.keys()):
        if want.get(rel) != have.get(rel):
            chunks.extend(
                difflib.unified_diff(
                    have.get(rel, "").splitlines(keepends=True),
                    want.get(rel, "").splitlines(keepends=True),
                    fromfile=f"{label}/{rel} (checked in)",
                    tofile=f"{label}/{rel} (fresh generation)",
                )
            )
    return "".join(chunks)


def check(spec: Spec, out_dir: Path) -> str:
    """Regenerate into a temporary folder; return the diff against `out_dir/billcom` ('' if equal)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = write_package(spec, Path(tmp))
        return diff_trees(fresh, out_dir / PACKAGE, str(out_dir / PACKAGE))


def clean(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
