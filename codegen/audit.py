"""Audit the loaded spec against OpenAPI documents of the v2 API: where do they part?

Every divergence has a stable rule id and a place (`Vendor.payBy`, `Vendor/bulk-read`,
`PayBills.request.billPays.amount`, `Vendor.payBy=11`), with where it sits on both sides.
Divergences kept on purpose are listed, each with its reason and evidence, in `spec/audit/*.yaml`;
an accepted item that no longer diverges is reported too, so that the file cannot rot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from codegen.reference import RefAction, RefEntity, Reference, RefField
from codegen.report import markdown_table
from codegen.spec import (
    Action,
    Entity,
    FieldDef,
    Spec,
    SpecError,
    TypeRef,
    read_yaml,
)
from codegen.spec import (
    display_path as _display,
)

_FIELD_RULES: dict[str, str] = {
    "missing": "the reference gives {what} the spec lacks",
    "extra": "the spec has {what} the reference does not show",
    "type-differs": "{what}'s JSON type differs",
    "format-differs": "{what}'s format (date, date and time, enum codes) differs",
    "required-differs": "{what} is required in one and not the other",
    "ref-differs": "{what} points at an entity whose id prefix the reference does not give",
}

#: rule id -> what it means
RULES: dict[str, str] = {
    "entity-missing": "the reference has an entity the spec lacks",
    "entity-extra": "the spec has an entity the reference does not show",
    "operation-missing": "the reference has a Crud or List operation the spec lacks",
    "operation-extra": "the spec allows an operation the reference does not show",
    "bulk-missing": "the reference has a Bulk verb the spec lacks",
    "bulk-extra": "the spec allows a Bulk verb the reference does not show",
    "id-prefix-missing": "the reference gives an id prefix the spec lacks",
    "id-prefix-extra": "the spec gives an id prefix the reference does not show",
    "id-prefix-differs": "the id prefixes differ",
    "option-missing": "the reference sends a request key beside obj the spec lacks",
    "option-extra": "the spec sends a request key beside obj the reference does not show",
    **{f"field-{k}": v.format(what="a field") for k, v in _FIELD_RULES.items()},
    "field-read-only-differs": "a field is server-set in one and writable in the other",
    "field-filterable-differs": "a field is a List filter in one and not the other",
    "enum-code-missing": "the reference gives an enum code the spec lacks",
    "enum-code-extra": "the spec has an enum code the reference does not show",
    "action-missing": "the reference has an action endpoint the spec lacks",
    "action-extra": "the spec has an action endpoint the reference does not show",
    "action-form-differs": "an action's form (data, credentials, session, multipart) differs",
    **{
        f"request-field-{k}": v.format(what="an action request field")
        for k, v in _FIELD_RULES.items()
    },
    **{
        f"response-field-{k}": v.format(what="an action response field")
        for k, v in _FIELD_RULES.items()
        if k != "required-differs"
    },
    "accepted-stale": "an accepted divergence no longer diverges: remove it from spec/audit/",
}

#: The JSON type each spec type travels as (shared with `codegen learn`).
JSON_TYPE = {
    "string": "string",
    "ref": "string",
    "enum": "string",
    "date": "string",
    "datetime": "string",
    "number": "number",
    "integer": "integer",
    "boolean": "boolean",
    "array": "array",
    "object": "object",
}
_FORMAT = {"enum": "enum", "date": "date", "datetime": "datetime"}


@dataclass(frozen=True)
class Finding:
    rule: str
    place: str
    message: str
    spec: str  # where it sits in spec/ (file and key path), or "" when the spec lacks it
    reference: str  # where it sits in the reference (document#/pointer), or ""

    def as_json(self) -> dict[str, str]:
        return asdict(self)


# -- accepted divergences (spec/audit.yaml) -----------------------------------------------


class _AcceptedSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    place: str | None = None
    places: list[str] = Field(default_factory=list)
    reason: str = Field(min_length=1)
    evidence: str = Field(min_length=1)

    @model_validator(mode="after")
    def _known(self) -> _AcceptedSpec:
        if self.rule not in RULES or self.rule == "accepted-stale":
            raise ValueError(f"unknown rule {self.rule!r}")
        if (self.place is None) == (not self.places):
            raise ValueError("give exactly one of `place` or `places`")
        return self


class _AuditFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    accepted: list[_AcceptedSpec] = Field(default_factory=list)


@dataclass(frozen=True)
class Accepted:
    rule: str
    place: str
    reason: str
    evidence: str
    source: str = ""  # the file that accepts it


def load_accepted(folder: Path) -> list[Accepted]:
    """The accepted divergences in `folder/*.yaml` (none when it is absent); SpecError if malformed."""
    problems: list[str] = []
    out: list[Accepted] = []
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        display = _display(path)
        raw, errors = read_yaml(path, display)
        if errors:
            problems += errors
            continue
        try:
            parsed = _AuditFile.model_validate(raw if raw is not None else {})
        except ValidationError as exc:
            problems += [
                f"{display}: {'.'.join(str(p) for p in e['loc']) or 'top level'}: "
                f"{str(e['msg']).removeprefix('Value error, ')}"
                for e in exc.errors()
            ]
            continue
        for item in parsed.accepted:
            for place in [item.place] if item.place else item.places:
                key = (item.rule, place)
                if key in seen:
                    problems.append(
                        f"{display}: {item.rule} {place} is also accepted in {seen[key]}"
                    )
                seen[key] = display
                out.append(Accepted(item.rule, place, item.reason, item.evidence, display))
    if problems:
        raise SpecError(problems)
    return out


# -- comparing --------------------------------------------------------------------------------


def _spec_format(t: TypeRef) -> str | None:
    return _FORMAT.get(t.kind)


def _what(found: RefField) -> str:
    shape = found.json_type or "untyped"
    return f"{shape} {found.format}" if found.format else shape


def _spec_what(t: TypeRef) -> str:
    fmt = _spec_format(t)
    return f"{JSON_TYPE[t.kind]} {fmt}" if fmt else JSON_TYPE[t.kind]


@dataclass
class Coverage:
    entities: tuple[int, int] = (0, 0)
    fields: tuple[int, int] = (0, 0)
    actions: tuple[int, int] = (0, 0)
    action_fields: tuple[int, int] = (0, 0)
    paths: int = 0
    documents: int = 0


@dataclass
class _Auditor:
    spec: Spec
    ref: Reference
    findings: list[Finding] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)
    counted: dict[str, list[int]] = field(default_factory=dict)

    def add(self, rule: str, place: str, message: str, spec: str = "", reference: str = "") -> None:
        self.findings.append(Finding(rule, place, message, spec, reference))

    def count(self, key: str, have: bool) -> None:
        tally = self.counted.setdefault(key, [0, 0])
        tally[0] += have
        tally[1] += 1

    # entities --------------------------------------------------------------------------------

    def entities(self) -> None:
        mine = {e.name: e for e in self.spec.entities}
        self.prefixes = {e.id_prefix: e.name for e in self.spec.entities if e.id_prefix}
        for name, theirs in sorted(self.ref.entities.items()):
            self.count("entities", name in mine)
            if name not in mine:
                self.add(
                    "entity-missing",
                    name,
                    f"entity {name} is not in the spec",
                    reference=theirs.where,
                )
                self.count_fields(theirs.fields.values(), "fields", have=False)
                continue
            self.entity(mine[name], theirs)
        for name in sorted(mine.keys() - self.ref.entities.keys()):
            self.add(
                "entity-extra",
                name,
                f"entity {name} is not in the reference",
                spec=mine[name].source,
            )

    def entity(self, mine: Entity, theirs: RefEntity) -> None:
        name, source = mine.name, mine.source
        for label, key, have, want in (
            ("operation", "operations", set(mine.operations), theirs.operations),
            ("bulk", "bulk", set(mine.bulk), theirs.bulk),
        ):
            verb = "" if label == "operation" else "bulk-"
            for op in sorted(want - have):
                self.add(
                    f"{label}-missing",
                    f"{name}/{verb}{op}",
                    f"{name}: the reference has {label} {op}",
                    spec=f"{source}: {key}",
                    reference=theirs.where,
                )
            for op in sorted(have - want):
                self.add(
                    f"{label}-extra",
                    f"{name}/{verb}{op}",
                    f"{name}: the reference shows no {label} {op}",
                    spec=f"{source}: {key}",
                    reference=theirs.where,
                )
        if theirs.id_prefix != mine.id_prefix:
            id_where = theirs.fields["id"].where if "id" in theirs.fields else theirs.where
            if mine.id_prefix is None:
                self.add(
                    "id-prefix-missing",
                    name,
                    f"{name}: ids begin with {theirs.id_prefix!r}",
                    spec=f"{source}: id_prefix",
                    reference=id_where,
                )
            elif theirs.id_prefix is None:
                self.add(
                    "id-prefix-extra",
                    name,
                    f"{name}: the reference gives no id prefix (spec: {mine.id_prefix!r})",
                    spec=f"{source}: id_prefix",
                    reference=id_where,
                )
            else:
                self.add(
                    "id-prefix-differs",
                    name,
                    f"{name}: id prefix {mine.id_prefix!r} in the "
                    f"spec, {theirs.id_prefix!r} in the reference",
                    spec=f"{source}: id_prefix",
                    reference=id_where,
                )
        options = {o.wire_name: o for o in mine.options}
        for key in sorted(theirs.options.keys() - options.keys()):
            self.add(
                "option-missing",
                f"{name}.{key}",
                f"{name}: request key {key} beside obj",
                spec=f"{source}: options",
                reference=theirs.options[key].where,
            )
        for key in sorted(options.keys() - theirs.options.keys()):
            self.add(
                "option-extra",
                f"{name}.{key}",
                f"{name}: the reference sends no {key} beside obj",
                spec=f"{source}: options.{key}",
                reference=theirs.where,
            )
        self.fields(
            "field",
            name,
            source,
            "fields",
            mine.fields,
            theirs.fields,
            writable=theirs.has_requests,
            requests=theirs.has_requests,
        )

    def count_fields(self, fields: Iterable[RefField], key: str, *, have: bool) -> None:
        for found in fields:
            self.count(key, have)
            inner = found.items if found.items is not None else found
            if inner.fields and not inner.entity:
                self.count_fields(inner.fields.values(), key, have=have)

    def fields(
        self,
        kind: str,  # field, request-field or response-field
        owner: str,
        source: str,
        key_path: str,
        mine: Iterable[FieldDef],
        theirs: Mapping[str, RefField],
        *,
        writable: bool = False,
        requests: bool = False,
    ) -> None:
        have = {f.wire_name: f for f in mine}
        tally = "fields" if kind == "field" else "action_fields"
        for wire, found in theirs.items():
            place = f"{owner}.{wire}"
            self.count(tally, wire in have)
            if wire not in have:
                self.add(
                    f"{kind}-missing",
                    place,
                    f"{place} ({_what(found)}) is not in the spec",
                    spec=f"{source}: {key_path}",
                    reference=found.where,
                )
                self.count_fields(
                    found.fields.values() if found.fields and not found.entity else (),
                    tally,
                    have=False,
                )
                continue
            self.field(
                kind,
                place,
                source,
                f"{key_path}.{wire}",
                have[wire],
                found,
                writable=writable,
                requests=requests,
            )
        for wire in have.keys() - theirs.keys():
            place = f"{owner}.{wire}"
            self.add(
                f"{kind}-extra",
                place,
                f"{place} is not in the reference",
                spec=f"{source}: {key_path}.{wire}",
            )

    def field(
        self,
        kind: str,
        place: str,
        source: str,
        key: str,
        mine: FieldDef,
        theirs: RefField,
        *,
        writable: bool,
        requests: bool,
    ) -> None:
        self.shape(kind, place, source, key, mine.type, theirs)
        where = f"{source}: {key}"
        if (
            kind == "field"
            and writable
            and mine.wire_name != "id"
            and mine.read_only == theirs.in_request
        ):
            state = "server-set" if mine.read_only else "writable"
            other = (
                "is sent in a create or update request"
                if theirs.in_request
                else "appears in responses only"
            )
            self.add(
                "field-read-only-differs",
                place,
                f"{place}: {state} in the spec; the reference {other}",
                spec=where,
                reference=theirs.where,
            )
        if kind == "field" and mine.filterable != theirs.filterable:
            self.add(
                "field-filterable-differs",
                place,
                f"{place}: {'a' if mine.filterable else 'not a'} List filter in the spec, "
                f"{'a' if theirs.filterable else 'not a'} filter in the reference",
                spec=where,
                reference=theirs.where,
            )
        if (
            kind == "request-field" or (kind == "field" and requests)
        ) and mine.required != theirs.required:
            self.add(
                f"{kind}-required-differs",
                place,
                f"{place}: {'required' if mine.required else 'optional'} in the spec, "
                f"{'required' if theirs.required else 'optional'} in the reference",
                spec=where,
                reference=theirs.where,
            )

    def shape(
        self, kind: str, place: str, source: str, key: str, mine: TypeRef, theirs: RefField
    ) -> None:
        """Type, format, codes, id prefix and inner shape of one value."""
        where = f"{source}: {key}"
        if not theirs.json_type:
            return  # the reference gives no type: nothing to compare
        if JSON_TYPE[mine.kind] != theirs.json_type:
            self.add(
                f"{kind}-type-differs",
                place,
                f"{place}: {_spec_what(mine)} in the spec, {_what(theirs)} in the reference",
                spec=where,
                reference=theirs.where,
            )
            return
        if _spec_format(mine) != theirs.format:
            self.add(
                f"{kind}-format-differs",
                place,
                f"{place}: {_spec_what(mine)} in the spec, {_what(theirs)} in the reference",
                spec=where,
                reference=theirs.where,
            )
        elif mine.kind == "enum":
            codes = {v.code for v in mine.enum}
            for code in theirs.codes:
                if code not in codes:
                    self.add(
                        "enum-code-missing",
                        f"{place}={code}",
                        f"{place}: code {code!r} is not in the spec",
                        spec=where,
                        reference=theirs.where,
                    )
            for code in sorted(codes - set(theirs.codes)):
                self.add(
                    "enum-code-extra",
                    f"{place}={code}",
                    f"{place}: code {code!r} is not in the reference",
                    spec=where,
                    reference=theirs.where,
                )
        if mine.kind == "ref" and mine.ref and theirs.prefix:
            target = self.prefixes.get(theirs.prefix)
            if target is not None and target != mine.ref:
                self.add(
                    f"{kind}-ref-differs",
                    place,
                    f"{place}: id of {mine.ref} in the spec; the reference's prefix "
                    f"{theirs.prefix!r} is {target}'s",
                    spec=where,
                    reference=theirs.where,
                )
        if mine.kind == "array" and mine.items is not None and theirs.items is not None:
            self.shape(kind, place, source, f"{key}.items", mine.items, theirs.items)
        elif mine.kind == "object":
            if mine.entity or theirs.entity:
                if mine.entity != theirs.entity:
                    self.add(
                        f"{kind}-type-differs",
                        place,
                        f"{place}: {mine.entity or 'an inline object'} in the spec, "
                        f"{theirs.entity or 'an inline object'} in the reference",
                        spec=where,
                        reference=theirs.where,
                    )
            elif theirs.fields:
                self.fields(
                    kind,
                    place,
                    source,
                    f"{key}.fields",
                    mine.fields or (),
                    theirs.fields,
                    requests=kind == "request-field",
                )

    # actions ---------------------------------------------------------------------------------

    def actions(self) -> None:
        mine = {a.name: a for a in self.spec.actions}
        for name, theirs in sorted(self.ref.actions.items()):
            self.count("actions", name in mine)
            if name not in mine:
                self.add(
                    "action-missing",
                    name,
                    f"action {name} is not in the spec",
                    reference=theirs.where,
                )
                self.count_fields(theirs.request.values(), "action_fields", have=False)
                continue
            self.action(mine[name], theirs)
        for name in sorted(mine.keys() - self.ref.actions.keys()):
            self.add(
                "action-extra",
                name,
                f"action {name} is not in the reference",
                spec=mine[name].source,
            )

    def action(self, mine: Action, theirs: RefAction) -> None:
        name, source = mine.name, mine.source
        if mine.form != theirs.form:
            self.add(
                "action-form-differs",
                name,
                f"{name}: form {mine.form} in the spec, {theirs.form} in the reference",
                spec=f"{source}: form",
                reference=theirs.where,
            )
        self.fields(
            "request-field", f"{name}.request", source, "request", mine.request, theirs.request
        )
        response, found = mine.response, theirs.response
        place = f"{name}.response"
        if found is None:
            return  # the reference shows no response_data
        if response is None:
            self.add(
                "response-field-missing",
                place,
                f"{name}: the reference answers {_what(found)}",
                spec=f"{source}: response",
                reference=found.where,
            )
            return
        if JSON_TYPE[response.kind] != found.json_type:
            self.add(
                "response-field-type-differs",
                place,
                f"{name}: the spec answers {_spec_what(response)}, the reference {_what(found)}",
                spec=f"{source}: response",
                reference=found.where,
            )
            return
        self.shape("response-field", place, source, "response", response, found)


def audit(
    spec: Spec, ref: Reference, accepted: list[Accepted]
) -> tuple[list[Finding], list[tuple[Finding, Accepted]], Coverage]:
    """(open findings, accepted findings with their reasons, coverage of the reference).

    The accepted divergences are from BILL's reference; a document exported from the spec
    itself must agree with it outright, so none applies to one.
    """
    if ref.exported:
        accepted = []
    auditor = _Auditor(spec, ref)
    auditor.entities()
    auditor.actions()
    by_key = {(a.rule, a.place): a for a in accepted}
    open_: list[Finding] = []
    kept: list[tuple[Finding, Accepted]] = []
    matched: set[tuple[str, str]] = set()
    for finding in sorted(auditor.findings, key=lambda f: (f.place, f.rule)):
        item = by_key.get((finding.rule, finding.place))
        if item is None:
            open_.append(finding)
        else:
            kept.append((finding, item))
            matched.add((finding.rule, finding.place))
    for item in accepted:
        if (item.rule, item.place) not in matched:
            open_.append(
                Finding(
                    "accepted-stale",
                    item.place,
                    f"{item.rule} {item.place} is accepted but no longer diverges",
                    item.source,
                    "",
                )
            )

    def tally(key: str) -> tuple[int, int]:
        have, total = auditor.counted.get(key, [0, 0])
        return have, total

    coverage = Coverage(
        entities=tally("entities"),
        fields=tally("fields"),
        actions=tally("actions"),
        action_fields=tally("action_fields"),
        paths=ref.paths,
        documents=ref.documents,
    )
    return sorted(open_, key=lambda f: (f.place, f.rule)), kept, coverage


# -- output ----------------------------------------------------------------------------------


def _coverage_line(c: Coverage) -> str:
    def part(label: str, pair: tuple[int, int]) -> str:
        return f"{pair[0]}/{pair[1]} {label}"

    return f"reference: {c.paths} paths in {c.documents} documents; in the spec: " + ", ".join(
        (
            part("entities", c.entities),
            part("entity fields", c.fields),
            part("actions", c.actions),
            part("action fields", c.action_fields),
        )
    )


def render(
    findings: list[Finding], kept: list[tuple[Finding, Accepted]], coverage: Coverage, fmt: str
) -> str:
    verdict = (
        f"{len(findings)} open, {len(kept)} accepted"
        if findings
        else f"no open divergences, {len(kept)} accepted"
    )
    if fmt == "json":
        return (
            json.dumps(
                {
                    "open": [f.as_json() for f in findings],
                    "accepted": [
                        {**f.as_json(), "reason": a.reason, "evidence": a.evidence} for f, a in kept
                    ],
                    "coverage": asdict(coverage),
                },
                indent=2,
            )
            + "\n"
        )
    if fmt == "markdown":
        out = [f"## Spec audit: {verdict}", "", _coverage_line(coverage), ""]
        if findings:
            out += [f"### Open ({len(findings)})", ""]
            out += markdown_table(
                ("rule", "place", "divergence", "spec", "reference"),
                [(f"`{f.rule}`", f"`{f.place}`", f.message, f.spec, f.reference) for f in findings],
            )
            out.append("")
        if kept:
            out += [f"### Accepted ({len(kept)})", ""]
            out += markdown_table(
                ("rule", "place", "reason", "evidence"),
                [(f"`{f.rule}`", f"`{f.place}`", a.reason, a.evidence) for f, a in kept],
            )
        return "\n".join(out).rstrip() + "\n"
    out = []
    for f in findings:
        out.append(f"{f.rule:<30} {f.place}: {f.message.removeprefix(f.place + ': ')}")
        sides = [
            f"spec {f.spec}" if f.spec else "",
            f"reference {f.reference}" if f.reference else "",
        ]
        out.append("    " + "; ".join(s for s in sides if s))
    out.append(f"{verdict}; {_coverage_line(coverage)}")
    return "\n".join(out) + "\n"
