"""Render the package `billcom` from the spec: templates for generated modules, the runtime copied verbatim.

Output is written to a temporary folder, formatted with ruff, then swapped into place, so a
failed run never leaves a half-written package behind.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2

from codegen import openapi
from codegen import shapes as sh
from codegen.spec import Action, Entity, FieldDef, Spec, SpecError, TypeRef, python_name

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
PACKAGE = "billcom"


class GenerationError(Exception):
    """The spec loaded, but the package could not be written (nothing was replaced)."""


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
    # Inside a resource class `list` names the List method, so annotations use the builtin.
    env.filters["builtin_list"] = lambda annotation: re.sub(
        r"\blist\[", "builtins.list[", annotation
    )
    env.globals.update(
        header=header,
        model_annotation=sh.model_annotation,
        model_default=sh.model_default,
        params_annotation=sh.params_annotation,
        typed_annotation=sh.typed_annotation,
        children=sh.children,
    )
    return env


def _type_catalog(kind: TypeRef) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind.kind}
    if kind.enum:
        out["enum"] = {value.code: value.name for value in kind.enum}
    if kind.entity:
        out["entity"] = kind.entity
    if kind.ref:
        out["ref"] = kind.ref
    if kind.items is not None:
        out["items"] = _type_catalog(kind.items)
    if kind.fields is not None:
        out["fields"] = {f.wire_name: _field_catalog(f) for f in kind.fields}
    return out


def _field_catalog(field: FieldDef) -> dict[str, Any]:
    out = _type_catalog(field.type)
    if field.required:
        out["required"] = True
    if field.read_only:
        out["read_only"] = True
    if field.filterable:
        out["filterable"] = True
    if field.default:
        out["default"] = field.default[0]
    return out


def catalog(spec: Spec) -> dict[str, Any]:
    return {
        e.name: {
            "id_prefix": e.id_prefix,
            "operations": list(e.operations),
            "bulk": list(e.bulk),
            "mfa": list(e.mfa),
            "mfa_fields": list(e.mfa_fields),
            "options": {o.wire_name: _field_catalog(o) for o in e.options},
            "fields": {f.wire_name: _field_catalog(f) for f in e.fields},
        }
        for e in spec.entities
    }


def action_catalog(spec: Spec) -> dict[str, Any]:
    return {
        a.name: {
            "form": a.form,
            "mfa": a.mfa,
            "moves_money": a.moves_money,
            "request": {f.wire_name: _field_catalog(f) for f in a.request},
            "response": _type_catalog(a.response) if a.response is not None else None,
        }
        for a in spec.actions
    }


def cli_catalog(spec: Spec) -> tuple[dict[str, Any], dict[str, Any]]:
    """The `billcom` command's resources (by command name) and actions (by action name)."""
    resources = {
        e.resource_attr.replace("_", "-"): {
            "entity": e.name,
            "attr": e.resource_attr,
            "summary": _first_sentence(e.description),
            "operations": list(e.operations),
            "fields": {
                f.wire_name: {
                    "type": f.type.kind,
                    "python": f.py_name,
                    **({"filterable": True} if f.filterable else {}),
                    **({"read_only": True} if f.read_only else {}),
                }
                for f in e.fields
            },
        }
        for e in spec.resources
    }
    actions = {
        a.name: {
            "group": a.group,
            "method": a.method,
            "summary": _first_sentence(a.description),
            "moves_money": a.moves_money,
            "mfa": a.mfa,
            "takes_data": bool(a.request),
        }
        for a in spec.actions
    }
    return resources, actions


def _first_sentence(text: str) -> str:
    first = text.strip().split(". ")[0].strip()
    return first if first.endswith(".") else first + "."


def _exports(
    enums: list[tuple[Any, str, str]], shapes: list[sh.Shape], extra: list[str]
) -> list[str]:
    names = [cls for _, cls, _ in enums]
    for shape in shapes:
        if shape.model:
            names.append(shape.name)
        if shape.params and not shape.entity:
            names += [f"{shape.name}Params", f"{shape.name}ParamsModel"]
    return sorted(set(names + extra))


def _entity_context(spec: Spec, entity: Entity) -> dict[str, Any]:
    root = sh.entity_shape(entity)
    enums, shapes = sh.expand(root)
    extra = []
    if root.params:
        extra += [
            f"{entity.name}{kind}Params{m}" for kind in ("Create", "Update") for m in ("", "Model")
        ]
    listed = entity.has("list")
    if listed:
        extra += [f"{entity.name}{kind}" for kind in ("Field", "FilterField", "Filter", "Sort")]
        extra += [group.name for group in sh.filter_groups(entity)]
    return {
        "entity": entity,
        "root": root,
        "enums": enums,
        "shapes": shapes,
        "nested": [e for e in sh.nested_entities(entity.fields) if e != entity.name],
        "module_of": lambda name: spec.entity(name).module,
        "sort_fields": sh.sort_fields(entity) if listed else [],
        "filter_fields": sh.filter_fields(entity) if listed else [],
        "filter_groups": sh.filter_groups(entity) if listed else [],
        "filter_kinds": sh.filter_kinds(entity) if listed else {},
        "exports": _exports(enums, shapes, extra),
    }


def action_request(spec: Spec, action: Action) -> Action:
    """The action as its method exposes it: credentials are filled in by the client."""
    if action.form != "credentials":
        return action
    hidden = set(spec.facts.get("credential_fields", {}))
    return dataclasses.replace(
        action, request=tuple(f for f in action.request if f.wire_name not in hidden)
    )


def _action_context(spec: Spec, action: Action) -> dict[str, Any]:
    action = action_request(spec, action)
    enums: list[tuple[Any, str, str]] = []
    shapes: list[sh.Shape] = []
    for root in sh.action_shapes(action):
        e, s = sh.expand(root)
        enums += e
        shapes += s
    return {
        "action": action,
        "enums": enums,
        "shapes": shapes,
        "nested": sh.nested_entities(action.request, action.response),
        "module_of": lambda name: spec.entity(name).module,
        "exports": _exports(enums, shapes, []),
    }


def render(spec: Spec) -> dict[str, str]:
    """Every file of the package, path relative to the package -> content (before formatting)."""
    env = _environment()
    files: dict[str, str] = {}
    modules: list[tuple[str, list[str]]] = []
    for entity in spec.entities:
        ctx = _entity_context(spec, entity)
        files[f"models/{entity.module}.py"] = env.get_template("models/entity.py.jinja").render(ctx)
        modules.append((entity.module, ctx["exports"]))
    for action in spec.actions:
        ctx = _action_context(spec, action)
        files[f"models/{action.module}.py"] = env.get_template("models/action.py.jinja").render(ctx)
        modules.append((action.module, ctx["exports"]))
    clashes = sorted({m for m, _ in modules if [n for n, _ in modules].count(m) > 1})
    if clashes:
        raise SpecError(
            [f"spec: module name clash between an entity and an action: {', '.join(clashes)}"]
        )
    files["models/__init__.py"] = env.get_template("models/__init__.py.jinja").render(
        modules=sorted(modules)
    )
    helpers = _resource_helpers(spec, dict(modules))
    for entity in spec.resources:
        files[f"resources/{entity.resource_attr}.py"] = env.get_template(
            "resources/resource.py.jinja"
        ).render(
            entity=entity,
            facts=spec.facts,
            actions=spec.actions_of(entity.resource_attr),
            **helpers,
        )
    for group in spec.action_groups:
        files[f"resources/{group}.py"] = env.get_template("resources/group.py.jinja").render(
            group=group, actions=spec.actions_of(group), **helpers
        )
    files["resources/__init__.py"] = env.get_template("resources/__init__.py.jinja").render(
        spec=spec
    )
    files["_client.py"] = env.get_template("_client.py.jinja").render(
        spec=spec, group_class=group_class
    )
    files["_errors.py"] = env.get_template("_errors.py.jinja").render(
        families=spec.error_families, codes=spec.error_codes
    )
    files["__init__.py"] = env.get_template("__init__.py.jinja").render(
        families=spec.error_families
    )
    files["_facts.py"] = env.get_template("_facts.py.jinja").render(
        facts=spec.facts,
        secret_attributes=sorted(python_name(w) for w in spec.facts.get("secret_fields", [])),
    )
    files["testing/_catalog.py"] = env.get_template("testing/_catalog.py.jinja").render(
        catalog=catalog(spec), actions=action_catalog(spec)
    )
    files["sync/_entities.py"] = env.get_template("sync/_entities.py.jinja").render(spec=spec)
    cli_resources, cli_actions = cli_catalog(spec)
    files["cli/_catalog.py"] = env.get_template("cli/_catalog.py.jinja").render(
        resources=cli_resources, actions=cli_actions
    )
    for path in sorted(RUNTIME.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[str(path.relative_to(RUNTIME))] = path.read_text(encoding="utf-8")
    return files


_EXAMPLES = {
    "string": '"text"',
    "ref": '"00000000000000000001"',
    "number": 'Decimal("100.00")',
    "integer": "1",
    "boolean": "True",
    "date": "date(2024, 7, 1)",
    "datetime": "datetime(2024, 7, 1, tzinfo=UTC)",
}


def _example_value(spec: Spec, t: TypeRef) -> str:
    if t.kind in _EXAMPLES:
        return _EXAMPLES[t.kind]
    if t.kind == "enum":
        return repr(t.enum[0].code)
    if t.kind == "array":
        return f"[{_example_value(spec, t.items)}]" if t.items else "[]"
    fields = spec.entity(t.entity).fields if t.entity else (t.fields or ())
    inner = ", ".join(
        f'"{f.py_name}": {_example_value(spec, f.type)}'
        for f in fields
        if f.required and not f.read_only
    )
    return "{" + inner + "}"


def _example_args(spec: Spec, fields: tuple[FieldDef, ...], own: dict[str, str]) -> list[str]:
    """Keyword arguments for the required fields; a reference in `own` gets that expression."""
    return [
        f"{f.py_name}={own.get(f.type.ref or '') or _example_value(spec, f.type)}"
        for f in fields
        if f.required and not f.read_only
    ]


def _example_call(head: str, args: list[str]) -> str:
    """`head(args)` on one line, or one argument a line when that would be long."""
    line = f"{head}({', '.join(args)})"
    if len(line) <= 88:
        return line
    return f"{head}(\n" + "".join(f"    {arg},\n" for arg in args) + ")"


def _list_filter(entity: Entity) -> str:
    """A filter on `id` (or another field the API filters on), or none when none is filterable."""
    fields = [f for f in entity.fields if f.filterable and f.type.kind in _EXAMPLES]
    chosen = next((f for f in fields if f.wire_name == "id"), fields[0] if fields else None)
    if chosen is None:
        return ""
    value = '"..."' if chosen.wire_name == "id" else _EXAMPLES[chosen.type.kind]
    return f'filters=[{{"field": "{chosen.wire_name}", "op": "=", "value": {value}}}]'


def example_call(spec: Spec, entity: Entity) -> str:
    """A create call with the required arguments and options, for the reference docs."""
    name = entity.module
    if entity.has("create"):
        args = _example_args(spec, entity.fields + entity.options, {})
        return _example_call(f"{name} = client.{entity.resource_attr}.create", args)
    return ""


def operation_examples(spec: Spec, entity: Entity, actions: tuple[Action, ...]) -> str:
    """One call of every method of the entity's resource, each building on the ones before."""
    name, attr = entity.module, f"client.{entity.resource_attr}"
    prefix = entity.id_prefix or ""
    some_id = f'"{prefix}{"X" * (20 - len(prefix))}"'
    lines: list[str] = []
    if entity.has("create"):
        lines += ["# create: returns the object as stored", example_call(spec, entity)]
    held = entity.has("create") or entity.has("read")  # `name` holds an object from here on
    if entity.has("read"):
        source = f"{name}.id" if entity.has("create") else some_id
        lines += ["# read one by id", f"{name} = {attr}.read({source})"]
    if entity.has("update") and held:
        scalars = [
            f
            for f in entity.writable_fields
            if f.type.kind in ("string", "number", "integer", "boolean")
            and f.wire_name not in ("id", *entity.mfa_fields)
        ]
        scalars.sort(key=lambda f: (f.wire_name != "description", f.type.kind != "string"))
        if scalars:
            f = scalars[0]
            change = f"{f.py_name}={_example_value(spec, f.type)}"
            lines += [
                "# update: send back an object you read, with changes",
                f"{name} = {attr}.update({name}, {change})",
            ]
    for op in ("delete", "undelete"):
        if entity.has(op) and held:
            note = 'soft: isActive becomes "2"' if op == "delete" else "active again"
            lines += [f"# {op} ({note})", f"{name} = {attr}.{op}({name}.id)"]
    if entity.has("list"):
        lines += [
            "# list: lazy, fetched page by page as you iterate",
            f"for {name} in {attr}.list({_list_filter(entity)}):",
            f"    print({name}.id)",
        ]
    if entity.bulk:
        lines.append(f"# bulk: one result per item, in order: the {entity.name} or an APIError")
    for op in entity.bulk:
        if op == "create":
            keys = [a.replace("=", '": ', 1) for a in _example_args(spec, entity.fields, {})]
            item = "{" + ", ".join(f'"{key}' for key in keys) + "}"
            if len(item) > 72:
                item = "{\n" + "".join(f'        "{key},\n' for key in keys) + "    }"
            args = [f"[{item}]", *_example_args(spec, entity.options, {})]
            lines.append(_example_call(f"results = {attr}.bulk_create", args))
        elif op == "update" and held:
            lines.append(f"results = {attr}.bulk_update([{name}])")
        elif held:
            lines.append(f"results = {attr}.bulk_{op}([{name}.id])")
    own = {entity.name: f"{name}.id"} if held else {}
    for action in actions:
        args = _example_args(spec, action_request(spec, action).request, own)
        lines += [f"# {action.name}", _example_call(f"{attr}.{action.method}", args)]
    return "\n".join(lines)


def render_docs(spec: Spec) -> dict[str, str]:
    """The reference documentation: an index, one page per entity, one of actions, one of errors."""
    env = _environment()
    env.filters["md"] = lambda text: " ".join(str(text).split()).replace("|", "\\|")
    helpers = _resource_helpers(spec, {})
    env.globals.update(type_text=TypeRef.describe, pascal=sh.pascal, **helpers)
    files = {"README.md": env.get_template("docs/index.md.jinja").render(spec=spec)}
    for entity in spec.entities:
        files[f"{entity.module}.md"] = env.get_template("docs/entity.md.jinja").render(
            entity=entity,
            actions=spec.actions_of(entity.resource_attr),
            example=operation_examples(spec, entity, spec.actions_of(entity.resource_attr)),
            bulk_max=spec.facts.get("bulk_max_items"),
        )
    groups = sorted({a.group for a in spec.actions})
    files["actions.md"] = env.get_template("docs/actions.md.jinja").render(spec=spec, groups=groups)
    files["errors.md"] = env.get_template("docs/errors.md.jinja").render(spec=spec)
    return files


def group_class(group: str) -> str:
    return sh.pascal(group)


def _resource_helpers(spec: Spec, exports: dict[str, list[str]]) -> dict[str, Any]:
    """Functions the resource templates call."""

    def mfa_note(entity: Entity, operation: str) -> str:
        return "; needs an MFA-trusted session" if operation in entity.mfa else ""

    def option_params(entity: Entity, *, creating: bool) -> str:
        """Keyword-only option parameters; an option the spec requires has no default on create."""
        out = []
        for o in entity.options:
            if creating and o.required:
                out.append(
                    f"{o.py_name}: {sh.typed_annotation(o.py_name, o, required=True)[9:-1]}, "
                )
            else:
                typed = sh.typed_annotation(o.py_name, o, required=False)[len("NotRequired[") : -1]
                out.append(f"{o.py_name}: {typed} = None, ")
        return "".join(out)

    return {
        "request_of": lambda a: action_request(spec, a),
        "response_annotation": lambda a: sh.response_annotation(a.name, a.response),
        "exports_of": exports.__getitem__,
        "mfa_note": mfa_note,
        "option_params": option_params,
        "group_class": group_class,
        "module_of": lambda name: spec.entity(name).module,
        "response_entities": lambda a: [
            e
            for e in sh.nested_entities((), a.response)
            if a.response is not None and _top_entity(a.response) == e
        ],
    }


def _top_entity(t: TypeRef) -> str | None:
    """The entity a response is, or is a list of (not one merely nested inside it)."""
    if t.kind == "array" and t.items is not None:
        t = t.items
    return t.entity


def _ruff(folder: Path) -> None:
    config = ["--config", str(ROOT / "pyproject.toml")]
    base = [sys.executable, "-m", "ruff"]
    for args in (
        ["check", "--fix-only", "--exit-zero", "-q", "--no-cache"],
        ["format", "-q", "--no-cache"],
    ):
        done = subprocess.run(
            [*base, *args, *config, str(folder)], cwd=folder, capture_output=True, text=True
        )
        if done.returncode != 0:
            # A template or runtime file produced invalid Python: say where, without a traceback.
            lines = [ln.strip() for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
            raise GenerationError(
                f"ruff {args[0]} failed on the generated code: {' '.join(lines[:3])}"
            )


def _write_tree(files: dict[str, str], target: Path, *, format_python: bool) -> None:
    """Write `files` into `target`, replacing it only once everything succeeded."""
    target = target.absolute()  # ruff runs inside the staging folder
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}-") as tmp:
        staging = Path(tmp) / target.name
        for rel, content in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
        if format_python:
            _ruff(staging)
        if target.exists():
            target.rename(Path(tmp) / "old")
        staging.rename(target)


def write_package(spec: Spec, out_dir: Path, docs_dir: Path | None = None) -> Path:
    """Generate `out_dir/billcom` and, if given, the reference docs in `docs_dir`."""
    package_files = render(spec)
    docs_files = render_docs(spec) if docs_dir is not None else {}
    target = out_dir / PACKAGE
    _write_tree(package_files, target, format_python=True)
    if docs_dir is not None:
        _write_tree(docs_files, docs_dir, format_python=False)
    openapi.write(spec, out_dir)  # generated/openapi.json, the spec for other tools
    return target


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def diff_trees(expected: Path, actual: Path, label: str) -> str:
    """A unified diff of every file that differs between two folders."""
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


def check(spec: Spec, out_dir: Path, docs_dir: Path | None = None) -> str:
    """Regenerate into a temporary folder; return the diff against the checked-in trees."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh_docs = Path(tmp) / "docs" if docs_dir is not None else None
        fresh = write_package(spec, Path(tmp), fresh_docs)
        diff = diff_trees(fresh, out_dir / PACKAGE, str(out_dir / PACKAGE))
        if docs_dir is not None and fresh_docs is not None:
            diff += diff_trees(fresh_docs, docs_dir, str(docs_dir))
        return diff + openapi.stale(spec, out_dir)
