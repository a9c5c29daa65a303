"""Semantic diff of two specs: every change classified, with a stable rule id and severity.

It compares the loaded IR, not YAML text, so reordering, comments and formatting are no
change. Each change also says what it does to the generated Python API.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from codegen.report import markdown_table
from codegen.shapes import pascal
from codegen.spec import Action, Entity, FieldDef, Spec, TypeRef, load_spec

BREAKING, NON_BREAKING, INFO = "breaking", "non-breaking", "info"

#: rule id -> (severity, what it means)
RULES: dict[str, tuple[str, str]] = {
    "entity-removed": (BREAKING, "an entity was removed"),
    "entity-added": (NON_BREAKING, "an entity was added"),
    "operation-removed": (BREAKING, "an operation (or Bulk verb) was removed"),
    "operation-added": (NON_BREAKING, "an operation (or Bulk verb) was added"),
    "field-removed": (BREAKING, "a field was removed"),
    "field-added": (NON_BREAKING, "an optional field was added"),
    "required-field-added": (BREAKING, "a new field is required on create"),
    "field-renamed": (BREAKING, "a field was renamed (renamed_from)"),
    "field-type-changed": (BREAKING, "a field's type, ref or item type changed"),
    "field-made-required": (BREAKING, "a field became required on create"),
    "field-made-optional": (NON_BREAKING, "a field is no longer required"),
    "field-made-read-only": (BREAKING, "a field became read-only"),
    "field-made-writable": (NON_BREAKING, "a field is no longer read-only"),
    "field-always-returned": (
        NON_BREAKING,
        "a field is now always in responses (typed T, not T | None)",
    ),
    "field-may-be-absent": (BREAKING, "a field may now be missing from responses (typed T | None)"),
    "enum-code-removed": (BREAKING, "an enum code was removed"),
    "enum-code-added": (NON_BREAKING, "an enum code was added"),
    "enum-meaning-changed": (INFO, "an enum code's name or meaning changed"),
    "description-changed": (INFO, "a description changed"),
    "option-removed": (BREAKING, "a request option (sent beside obj) was removed"),
    "option-added": (NON_BREAKING, "a request option was added"),
    "mfa-changed": (INFO, "which operations or field changes need an MFA-trusted session changed"),
    "server-fact-changed": (INFO, "an id prefix or a field's server default changed"),
    "action-removed": (BREAKING, "an action endpoint was removed"),
    "action-added": (NON_BREAKING, "an action endpoint was added"),
    "action-moved": (BREAKING, "an action's group or method name changed"),
    "action-request-field-removed": (BREAKING, "an action's request field was removed"),
    "action-request-field-changed": (BREAKING, "an action's request field changed"),
    "action-request-field-added": (NON_BREAKING, "an optional request field was added"),
    "action-response-changed": (BREAKING, "an action's response lost or changed a field"),
    "action-response-field-added": (NON_BREAKING, "an action's response gained a field"),
    "action-flags-changed": (INFO, "moves_money, mfa, safe_to_repeat or form changed"),
}


@dataclass(frozen=True)
class Change:
    rule: str
    entity: str | None
    field: str | None
    operation: str | None
    old: Any
    new: Any
    message: str
    python: str

    @property
    def severity(self) -> str:
        return RULES[self.rule][0]

    @property
    def breaking(self) -> bool:
        return self.severity == BREAKING

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "severity": self.severity, "breaking": self.breaking}


def _type_text(t: TypeRef | None) -> str:
    return "nothing" if t is None else t.describe()


def _same_type(a: TypeRef, b: TypeRef) -> bool:
    """Type identity for the diff: kind, ref, nested entity, item type (not codes or sub-fields)."""
    if (a.kind, a.ref, a.entity) != (b.kind, b.ref, b.entity):
        return False
    if (a.items is None) != (b.items is None):
        return False
    return a.items is None or b.items is None or _same_type(a.items, b.items)


class _Differ:
    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(
        self,
        rule: str,
        message: str,
        python: str,
        *,
        entity: str | None = None,
        field: str | None = None,
        operation: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.changes.append(Change(rule, entity, field, operation, old, new, message, python))

    # -- entities ------------------------------------------------------------------------------

    def entities(self, old: Spec, new: Spec) -> None:
        before = {e.name: e for e in old.entities}
        after = {e.name: e for e in new.entities}
        for name in sorted(before.keys() - after.keys()):
            self.add(
                "entity-removed",
                f"entity {name} removed",
                f"billcom.models.{name} removed",
                entity=name,
            )
        for name in sorted(after.keys() - before.keys()):
            self.add(
                "entity-added", f"entity {name} added", f"billcom.models.{name} added", entity=name
            )
        for name in sorted(before.keys() & after.keys()):
            self.entity(before[name], after[name])

    def entity(self, old: Entity, new: Entity) -> None:
        name = new.name
        if old.description != new.description:
            self.add("description-changed", f"{name}: description changed", "docstrings only",
                     entity=name, old=old.description, new=new.description)  # fmt: skip
        for label, before, after, method in (
            ("operation", old.operations, new.operations, "{op}"),
            ("bulk", old.bulk, new.bulk, "bulk_{op}"),
        ):
            for op in sorted(set(before) - set(after)):
                attr = f"client.{new.resource_attr}.{method.format(op=op)}"
                self.add("operation-removed", f"{name}: {label} {op} removed", f"{attr} removed",
                         entity=name, operation=op if label == "operation" else f"bulk {op}")  # fmt: skip
            for op in sorted(set(after) - set(before)):
                attr = f"client.{new.resource_attr}.{method.format(op=op)}"
                self.add("operation-added", f"{name}: {label} {op} added", f"{attr} added",
                         entity=name, operation=op if label == "operation" else f"bulk {op}")  # fmt: skip
        before_opts = {o.wire_name: o for o in old.options}
        after_opts = {o.wire_name: o for o in new.options}
        for wire in sorted(before_opts.keys() - after_opts.keys()):
            attr = f"the {before_opts[wire].py_name}= argument of client.{new.resource_attr}"
            self.add("option-removed", f"{name}: option {wire} removed", f"{attr} removed",
                     entity=name, field=wire)  # fmt: skip
        for wire in sorted(after_opts.keys() - before_opts.keys()):
            attr = f"the {after_opts[wire].py_name}= argument of client.{new.resource_attr}"
            self.add("option-added", f"{name}: option {wire} added", f"{attr} added",
                     entity=name, field=wire)  # fmt: skip
        for label, before, after in (
            ("operations", old.mfa, new.mfa),
            ("field changes", old.mfa_fields, new.mfa_fields),
        ):
            if set(before) != set(after):
                self.add("mfa-changed", f"{name}: MFA-protected {label} {sorted(before)} -> {sorted(after)}",
                         f"client.{new.resource_attr} needs MFA for other calls", entity=name,
                         old=sorted(before), new=sorted(after))  # fmt: skip
        if old.id_prefix != new.id_prefix:
            self.add("server-fact-changed", f"{name}: id prefix {old.id_prefix} -> {new.id_prefix}",
                     "the fake's ids", entity=name, old=old.id_prefix, new=new.id_prefix)  # fmt: skip
        self.fields(name, f"billcom.models.{name}", old.fields, new.fields, entity_level=True)

    def fields(
        self,
        owner: str,
        python: str,
        old: tuple[FieldDef, ...],
        new: tuple[FieldDef, ...],
        *,
        entity_level: bool,
        prefix: str = "",
    ) -> None:
        before = {f.wire_name: f for f in old}
        after = {f.wire_name: f for f in new}
        renamed = {
            f.renamed_from: f
            for f in new
            if f.renamed_from and f.renamed_from in before and f.renamed_from not in after
        }
        for wire in sorted(before.keys() - after.keys()):
            if wire in renamed:
                field = renamed[wire]
                self.add(
                    "field-renamed",
                    f"{owner}.{prefix}{wire} renamed to {field.wire_name}",
                    f"{python}.{before[wire].py_name} is now {python}.{field.py_name}",
                    entity=owner, field=prefix + field.wire_name, old=wire, new=field.wire_name,
                )  # fmt: skip
                self.field(owner, python, before[wire], field, prefix)
                continue
            self.add("field-removed", f"{owner}.{prefix}{wire} removed",
                     f"{python}.{before[wire].py_name} removed", entity=owner, field=prefix + wire)  # fmt: skip
        for wire in sorted(after.keys() - before.keys()):
            field = after[wire]
            if field.renamed_from in renamed:
                continue
            rule = (
                "required-field-added" if field.required and not field.read_only else "field-added"
            )
            self.add(rule, f"{owner}.{prefix}{wire} added" + (" (required)" if rule != "field-added" else ""),
                     f"{python}.{field.py_name} added", entity=owner, field=prefix + wire)  # fmt: skip
        for wire in sorted(before.keys() & after.keys()):
            self.field(owner, python, before[wire], after[wire], prefix)

    def field(self, owner: str, python: str, old: FieldDef, new: FieldDef, prefix: str) -> None:
        where = f"{owner}.{prefix}{new.wire_name}"
        attr = f"{python}.{new.py_name}"
        field = prefix + new.wire_name
        if not _same_type(old.type, new.type):
            self.add("field-type-changed", f"{where}: type {_type_text(old.type)} -> {_type_text(new.type)}",
                     f"{attr} changes type", entity=owner, field=field,
                     old=_type_text(old.type), new=_type_text(new.type))  # fmt: skip
        else:
            self.codes(owner, field, where, f"{python}{pascal(new.py_name)}", old.type, new.type)
            self.nested(owner, python, new, old.type, new.type, prefix)
        if old.required != new.required:
            rule = "field-made-required" if new.required else "field-made-optional"
            self.add(rule, f"{where}: {'now' if new.required else 'no longer'} required on create",
                     f"{attr} {'now' if new.required else 'no longer'} required in create()",
                     entity=owner, field=field, old=old.required, new=new.required)  # fmt: skip
        if old.read_only != new.read_only:
            rule = "field-made-read-only" if new.read_only else "field-made-writable"
            self.add(rule, f"{where}: {'now' if new.read_only else 'no longer'} read-only",
                     f"{attr} {'can no longer' if new.read_only else 'can now'} be sent",
                     entity=owner, field=field, old=old.read_only, new=new.read_only)  # fmt: skip
        if old.always_returned != new.always_returned:
            rule = "field-always-returned" if new.always_returned else "field-may-be-absent"
            self.add(rule, f"{where}: {'always' if new.always_returned else 'not always'} returned",
                     f"{attr} is typed {'without' if new.always_returned else 'with'} `| None`",
                     entity=owner, field=field, old=old.always_returned, new=new.always_returned)  # fmt: skip
        if old.description != new.description:
            self.add("description-changed", f"{where}: description changed", "docstrings only",
                     entity=owner, field=field, old=old.description, new=new.description)  # fmt: skip
        if old.default != new.default:
            self.add("server-fact-changed", f"{where}: server default {old.default} -> {new.default}",
                     "the fake's defaults", entity=owner, field=field, old=old.default, new=new.default)  # fmt: skip

    def codes(
        self, owner: str, field: str, where: str, enum_cls: str, old: TypeRef, new: TypeRef
    ) -> None:
        if old.kind == "array" and old.items and new.items:
            old, new = old.items, new.items
        before = {v.code: v for v in old.enum}
        after = {v.code: v for v in new.enum}
        for code in sorted(before.keys() - after.keys()):
            self.add("enum-code-removed", f"{where}: code {code!r} ({before[code].name}) removed",
                     f"{enum_cls}.{before[code].member} removed", entity=owner, field=field, old=code)  # fmt: skip
        for code in sorted(after.keys() - before.keys()):
            self.add("enum-code-added", f"{where}: code {code!r} ({after[code].name}) added",
                     f"{enum_cls}.{after[code].member} added", entity=owner, field=field, new=code)  # fmt: skip
        for code in sorted(before.keys() & after.keys()):
            a, b = before[code], after[code]
            if (a.name, a.description) != (b.name, b.description):
                self.add("enum-meaning-changed", f"{where}: code {code!r} now means {b.name}",
                         f"{enum_cls}.{a.member} is now {b.member}" if a.name != b.name else "docstrings only",
                         entity=owner, field=field, old=a.name, new=b.name)  # fmt: skip

    def nested(
        self, owner: str, python: str, field: FieldDef, old: TypeRef, new: TypeRef, prefix: str
    ) -> None:
        if old.kind == "array" and old.items and new.items:
            old, new = old.items, new.items
        if old.fields is not None and new.fields is not None:
            self.fields(owner, f"{python}.{field.py_name}", old.fields, new.fields,
                        entity_level=False, prefix=f"{prefix}{field.wire_name}.")  # fmt: skip

    # -- actions -------------------------------------------------------------------------------

    def actions(self, old: Spec, new: Spec) -> None:
        before = {a.name: a for a in old.actions}
        after = {a.name: a for a in new.actions}
        for name in sorted(before.keys() - after.keys()):
            a = before[name]
            self.add("action-removed", f"action {name} removed", f"client.{a.group}.{a.method} removed",
                     operation=name)  # fmt: skip
        for name in sorted(after.keys() - before.keys()):
            a = after[name]
            self.add("action-added", f"action {name} added", f"client.{a.group}.{a.method} added",
                     operation=name)  # fmt: skip
        for name in sorted(before.keys() & after.keys()):
            self.action(before[name], after[name])

    def action(self, old: Action, new: Action) -> None:
        name = new.name
        method = f"client.{new.group}.{new.method}"
        if (old.group, old.method) != (new.group, new.method):
            self.add("action-moved", f"action {name}: client.{old.group}.{old.method} -> {method}",
                     f"client.{old.group}.{old.method} is now {method}", operation=name,
                     old=f"{old.group}.{old.method}", new=f"{new.group}.{new.method}")  # fmt: skip
        flags = ("moves_money", "mfa", "safe_to_repeat", "form")
        for flag in flags:
            if getattr(old, flag) != getattr(new, flag):
                self.add("action-flags-changed", f"action {name}: {flag} {getattr(old, flag)} -> {getattr(new, flag)}",
                         "retry and MFA behaviour of " + method, operation=name,
                         old=getattr(old, flag), new=getattr(new, flag))  # fmt: skip
        if old.description != new.description:
            self.add("description-changed", f"action {name}: description changed", "docstrings only",
                     operation=name, old=old.description, new=new.description)  # fmt: skip
        request = _Differ()
        request.fields(
            name, f"billcom.models.{name}Params", old.request, new.request, entity_level=False
        )
        for change in request.changes:
            rule = {
                "field-removed": "action-request-field-removed",
                "field-added": "action-request-field-added",
                "description-changed": "description-changed",
                "enum-code-added": "enum-code-added",
                "enum-meaning-changed": "enum-meaning-changed",
            }.get(change.rule, "action-request-field-changed")
            self.changes.append(_with(change, rule=rule, entity=None, operation=name))
        response = _Differ()
        old_fields = old.response.fields if old.response and old.response.fields else ()
        new_fields = new.response.fields if new.response and new.response.fields else ()
        if (old.response is None) != (new.response is None) or (
            old.response and new.response and not _same_type(old.response, new.response)
        ):
            self.add("action-response-changed",
                     f"action {name}: response {_type_text(old.response)} -> {_type_text(new.response)}",
                     f"{method} returns another type", operation=name,
                     old=_type_text(old.response), new=_type_text(new.response))  # fmt: skip
            return
        response.fields(
            name, f"billcom.models.{name}Response", old_fields, new_fields, entity_level=False
        )
        for change in response.changes:
            rule = {
                "field-added": "action-response-field-added",
                "required-field-added": "action-response-field-added",
                "description-changed": "description-changed",
                "enum-code-added": "enum-code-added",
                "enum-meaning-changed": "enum-meaning-changed",
                "field-made-optional": "description-changed",
                "field-made-required": "description-changed",
                "field-made-read-only": "description-changed",
                "field-made-writable": "description-changed",
                "field-always-returned": "field-always-returned",
                "field-may-be-absent": "field-may-be-absent",
            }.get(change.rule, "action-response-changed")
            self.changes.append(_with(change, rule=rule, entity=None, operation=name))


def _with(change: Change, **values: Any) -> Change:
    return Change(**{**asdict(change), **values})


def diff(old: Spec, new: Spec) -> list[Change]:
    differ = _Differ()
    differ.entities(old, new)
    differ.actions(old, new)
    return differ.changes


def summary(changes: list[Change]) -> dict[str, int]:
    counts = {BREAKING: 0, NON_BREAKING: 0, INFO: 0}
    for change in changes:
        counts[change.severity] += 1
    return counts


# -- loading a side: a folder or a git revision -------------------------------------------------


def load_side(ref: str, root: Path) -> Spec:
    """`ref` is a spec folder (or a checkout holding `spec/`), else a git revision of `root`."""
    path = Path(ref)
    if path.is_dir():
        return load_spec(path / "spec" if (path / "spec").is_dir() else path)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "spec"], cwd=root, capture_output=True, check=False
    )
    if archive.returncode != 0:
        from codegen.spec import SpecError

        reason = archive.stderr.decode(errors="replace").strip().splitlines()
        raise SpecError(
            [f"{ref}: not a folder nor a git revision with spec/ ({' '.join(reason[:1])})"]
        )
    tmp = Path(tempfile.mkdtemp(prefix="billcom-spec-"))
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tmp, filter="data")
    return load_spec(tmp / "spec")


# -- output ----------------------------------------------------------------------------------


def _grouped(changes: list[Change]) -> Iterator[tuple[str, list[Change]]]:
    for severity in (BREAKING, NON_BREAKING, INFO):
        group = [c for c in changes if c.severity == severity]
        if group:
            yield severity, group


def render(changes: list[Change], fmt: str) -> str:
    counts = summary(changes)
    line = f"{counts[BREAKING]} breaking, {counts[NON_BREAKING]} non-breaking, {counts[INFO]} info"
    if fmt == "json":
        return (
            json.dumps(
                {"changes": [c.as_json() for c in changes], "summary": counts},
                indent=2,
                default=str,
            )
            + "\n"
        )
    if fmt == "markdown":
        verdict = "**Breaking changes**" if counts[BREAKING] else "No breaking changes"
        out = [f"## Spec diff: {verdict} ({line})", ""]
        if not changes:
            out.append("The spec is unchanged.")
        for severity, group in _grouped(changes):
            out += [f"### {severity.capitalize()} ({len(group)})", ""]
            out += markdown_table(
                ("rule", "change", "generated client"),
                [(f"`{c.rule}`", c.message, f"`{c.python}`") for c in group],
            )
            out.append("")
        return "\n".join(out).rstrip() + "\n"
    if fmt == "changelog":
        out = ["## Unreleased", ""]
        titles = {BREAKING: "Breaking changes", NON_BREAKING: "Added", INFO: "Changed"}
        for severity, group in _grouped(changes):
            out += [f"### {titles[severity]}", ""]
            out += [f"- {c.python}: {c.message}." for c in group if c.python != "docstrings only"]
            out += [
                f"- {c.message} (documentation)." for c in group if c.python == "docstrings only"
            ]
            out.append("")
        return "\n".join(out).rstrip() + "\n"
    out = [f"{c.severity:>12}  {c.rule:<30} {c.message}  [{c.python}]" for c in changes]
    out.append(line)
    return "\n".join(out) + "\n"
