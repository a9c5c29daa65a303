"""Learn from recorded answers: where do real (or recorded) answers depart from the spec?

`python -m codegen learn DIR... [--format text|markdown|json] [--write FILE]` reads recordings,
one JSON file per exchange, as `make contract RECORD=DIR` writes them (or as anyone writes them:
only `operation` and `answer` are needed):

    {"operation": "Crud/Read/Vendor",          # the path without the base and `.json`
     "answer": {"response_status": 0, "response_message": "Success", "response_data": {...}},
     "request": {...}, "status": 200, "test": "...", "run": "..."}   # optional

and reports, with the rule ids, places and formats of `codegen audit`, what the answers show
that the spec does not say: fields it lacks (with the JSON types seen), fields no answer
carried, enum codes it lacks, values of another JSON type or format, ids of another entity,
error codes spec/errors.yaml lacks, and entities, operations and actions it lacks. With
`--write FILE` the new fields and codes are written to FILE as proposed spec edits, each marked
`learned` with the recording that showed it, for a human to review; spec/ is never edited.

A value a recording redacted (`<redacted:...>`) and a null are never compared.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen.audit import JSON_TYPE
from codegen.report import markdown_table
from codegen.spec import (
    Entity,
    FieldDef,
    Spec,
    SpecError,
    TypeRef,
    display_path,
    load_spec,
)

_FIELD_RULES: dict[str, str] = {
    "missing": "the answers carry {what} the spec lacks",
    "extra": "the spec has {what} no answer carried",
    "type-differs": "{what}'s JSON type in the answers differs from the spec's",
    "format-differs": "{what}'s format (date, date and time) in the answers differs",
    "ref-differs": "{what} holds the id of another entity than the spec says",
}

#: rule id -> what it means (the ids are `codegen audit`'s, plus error-code-missing)
RULES: dict[str, str] = {
    "entity-missing": "an entity answered that the spec lacks",
    "operation-missing": "a Crud or List operation answered that the spec does not allow",
    "bulk-missing": "a Bulk verb answered that the spec does not allow",
    "action-missing": "an action endpoint answered that the spec lacks",
    **{f"field-{k}": v.format(what="a field") for k, v in _FIELD_RULES.items()},
    "enum-code-missing": "the answers carry an enum code the spec lacks",
    **{
        f"response-field-{k}": v.format(what="an action response field")
        for k, v in _FIELD_RULES.items()
    },
    "error-code-missing": "an answer carries an error code spec/errors.yaml lacks",
}

_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
#: Bill.com's timestamp, as the client reads and writes it (codegen/runtime/_types.py).
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$")
_FORMAT = {"date": _DATE, "datetime": _TIMESTAMP}
_ZERO_ID = "0" * 20


class RecordingError(Exception):
    """Recordings that cannot be read, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Recording:
    path: str  # as shown in reports
    operation: str
    answer: Any


def read_recordings(paths: Iterable[Path]) -> list[Recording]:
    """Every recording in `paths` (files, or folders searched for *.json); RecordingError if
    one cannot be read."""
    problems: list[str] = []
    out: list[Recording] = []
    for root in paths:
        if root.is_dir():
            files = sorted(root.rglob("*.json"))
        elif root.is_file():
            files = [root]
        else:
            problems.append(f"{root}: no such file or folder")
            continue
        for path in files:
            shown = display_path(path)
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                problems.append(f"{shown}: not a JSON recording ({exc})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("operation"), str):
                problems.append(f"{shown}: a recording needs an `operation` (text) and an `answer`")
                continue
            out.append(
                Recording(shown, record["operation"].removesuffix(".json"), record.get("answer"))
            )
    if problems:
        raise RecordingError(problems)
    return out


# -- comparing ------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _fits(kind: str, value: Any) -> bool:
    want, have = JSON_TYPE[kind], _json_type(value)
    # An integer is a number; an enum code may come as a JSON number (e.g. -1 for "-1").
    return have == want or (have == "integer" and kind in ("number", "enum"))


def _spec_what(t: TypeRef) -> str:
    shown = {"date": "date", "datetime": "date and time", "enum": "enum code", "ref": "id"}
    return f"{JSON_TYPE[t.kind]} ({shown[t.kind]})" if t.kind in shown else JSON_TYPE[t.kind]


def _redacted(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("<redacted")


def _example(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass
class Learned:
    """One departure, with the first recording that showed it and how often it was seen."""

    rule: str
    place: str
    spec: str  # where it sits, or would sit, in spec/
    recording: str
    detail: str = ""
    seen: int = 0
    json_types: Counter[str] = field(default_factory=Counter)
    kinds: set[str] = field(default_factory=set)  # spec types the values would have
    # what --write proposes: (file, key path, name, entry), or None
    proposal: tuple[str, str, str, dict[str, Any]] | None = None

    @property
    def message(self) -> str:
        times = f"; seen {self.seen} times" if self.seen > 1 else ""
        if self.rule.endswith("-missing") and self.json_types:
            kinds = ", ".join(sorted(self.json_types))
            return f"{self.place} ({kinds}) is not in the spec{times}"
        return f"{self.place}: {self.detail}{times}"

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("detail", "proposal", "kinds")}
        out["message"] = self.message
        out["json_types"] = sorted(self.json_types)
        return out


@dataclass
class Tally:
    recordings: int = 0
    answers: int = 0  # successful answers compared
    errors: int = 0  # error answers
    unreadable: int = 0  # answers that were no envelope (an HTML 502, ...)
    objects: int = 0


@dataclass
class _Learner:
    spec: Spec
    found: dict[tuple[str, str], Learned] = field(default_factory=dict)
    tally: Tally = field(default_factory=Tally)
    # owner place -> (kind, source, key path, fields, objects seen, keys seen)
    owners: dict[str, tuple[str, str, str, tuple[FieldDef, ...], int, set[str]]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        self.entities = {e.name: e for e in self.spec.entities}
        self.actions = {a.name: a for a in self.spec.actions}
        self.prefixes = {e.id_prefix: e.name for e in self.spec.entities if e.id_prefix}
        self.codes = self.spec.error_codes
        self.errors_file = display_path(self.spec.root / "errors.yaml")

    def add(self, rule: str, place: str, spec: str, rec: Recording, detail: str = "") -> Learned:
        item = self.found.get((rule, place))
        if item is None:
            item = self.found[(rule, place)] = Learned(rule, place, spec, rec.path, detail)
        item.seen += 1
        return item

    # -- one exchange ------------------------------------------------------------------------

    def exchange(self, rec: Recording) -> None:
        self.tally.recordings += 1
        envelope = rec.answer
        if not isinstance(envelope, dict) or envelope.get("response_status") not in (0, 1):
            self.tally.unreadable += 1
            return
        data = envelope.get("response_data")
        if envelope["response_status"] == 1:
            self.error(data, rec)
            return
        self.tally.answers += 1
        parts = rec.operation.split("/")
        if parts[0] == "Crud" and len(parts) == 3:
            self.crud(parts[2], parts[1].lower(), "operations", [data], rec)
        elif parts[0] == "List" and len(parts) == 2:
            self.crud(
                parts[1], "list", "operations", data if isinstance(data, list) else [data], rec
            )
        elif parts[:2] == ["Bulk", "Crud"] and len(parts) == 4:
            items = data.get("bulk") if isinstance(data, dict) else None
            answered = []
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and item.get("response_status") == 1:
                    self.error(item.get("response_data"), rec)
                elif isinstance(item, dict):
                    answered.append(item.get("response_data"))
            self.crud(parts[3], parts[2].lower(), "bulk", answered, rec)
        elif len(parts) == 1:
            self.action(parts[0], data, rec)

    def error(self, data: Any, rec: Recording) -> None:
        self.tally.errors += 1
        if not isinstance(data, dict) or not isinstance(data.get("error_code"), str):
            return
        code = data["error_code"]
        if code not in self.codes:
            message = str(data.get("error_message") or "")
            item = self.add(
                "error-code-missing",
                code,
                f"{self.errors_file}: codes",
                rec,
                f"{message!r} is not in spec/errors.yaml",
            )
            item.proposal = (
                self.errors_file,
                "codes",
                code,
                {"family": None, "message": message},
            )

    def crud(self, name: str, verb: str, key: str, objects: list[Any], rec: Recording) -> None:
        entity = self.entities.get(name)
        if entity is None:
            self.add(
                "entity-missing",
                name,
                "",
                rec,
                f"{rec.operation} answered; no entity {name} in the spec",
            )
            return
        allowed = entity.operations if key == "operations" else entity.bulk
        if verb not in allowed:
            rule, place = (
                ("operation-missing", f"{name}/{verb}")
                if key == "operations"
                else (
                    "bulk-missing",
                    f"{name}/bulk-{verb}",
                )
            )
            self.add(rule, place, f"{entity.source}: {key}", rec, f"{rec.operation} answered")
        for obj in objects:
            if obj is not None:
                self.entity(entity, obj, rec)

    def action(self, name: str, data: Any, rec: Recording) -> None:
        action = self.actions.get(name)
        if action is None:
            self.add("action-missing", name, "", rec, f"{name} answered; it is not in the spec")
            return
        place, shape = f"{name}.response", action.response
        if shape is None:
            if data not in (None, {}, [], ""):
                item = self.add(
                    "response-field-missing",
                    place,
                    f"{action.source}: response",
                    rec,
                    f"the spec gives no answer; the answers carry {_example(data)}",
                )
                item.json_types[_json_type(data)] += 1
            return
        if action.response_wraps and isinstance(data, list):
            data = {action.response_wraps: data}  # an older server's bare list
        self.value("response-field", place, shape, data, action.source, "response", rec)

    # -- values ------------------------------------------------------------------------------

    def entity(self, entity: Entity, obj: Any, rec: Recording) -> None:
        if not isinstance(obj, dict):
            self.add(
                "field-type-differs",
                entity.name,
                entity.source,
                rec,
                f"an object in the spec, {_json_type(obj)} in the answers (e.g. {_example(obj)})",
            )
            return
        self.tally.objects += 1
        self.fields("field", entity.name, entity.source, "fields", entity.fields, obj, rec)

    def fields(
        self,
        kind: str,
        owner: str,
        source: str,
        key_path: str,
        fields: Sequence[FieldDef],
        obj: Mapping[str, Any],
        rec: Recording,
    ) -> None:
        have = {f.wire_name: f for f in fields}
        _, _, _, _, count, keys = self.owners.get(owner, (kind, source, key_path, (), 0, set()))
        self.owners[owner] = (kind, source, key_path, tuple(fields), count + 1, keys)
        for key, value in obj.items():
            if key == "entity" and kind == "field":
                continue  # implicit on every object
            place = f"{owner}.{key}"
            mine = have.get(key)
            if mine is None:
                item = self.add(f"{kind}-missing", place, f"{source}: {key_path}", rec)
                item.json_types[_json_type(value)] += 1
                item.kinds.add(_infer(value))
                item.proposal = (source, key_path, key, {})
                continue
            keys.add(key)
            self.value(kind, place, mine.type, value, source, f"{key_path}.{key}", rec)

    def value(
        self, kind: str, place: str, t: TypeRef, value: Any, source: str, key: str, rec: Recording
    ) -> None:
        if value is None or _redacted(value):
            return
        where = f"{source}: {key}"
        if not _fits(t.kind, value):
            self.add(
                f"{kind}-type-differs",
                place,
                where,
                rec,
                f"{_spec_what(t)} in the spec, {_json_type(value)} in the answers "
                f"(e.g. {_example(value)})",
            )
            return
        pattern = _FORMAT.get(t.kind)
        if pattern is not None and value != "" and not pattern.match(value):
            self.add(
                f"{kind}-format-differs",
                place,
                where,
                rec,
                f"{_spec_what(t)} in the spec; the answers carry {_example(value)}",
            )
        elif t.kind == "enum" and str(value) not in {v.code for v in t.enum}:
            item = self.add(
                "enum-code-missing",
                f"{place}={value}",
                where,
                rec,
                f"code {str(value)!r} is not in the spec",
            )
            slug = re.sub(r"[^a-z0-9]+", "_", str(value).lower()).strip("_") or "empty"
            entry = {
                "name": f"code_{slug}",
                "description": "Seen in answers; meaning not yet known.",
            }
            item.proposal = (source, f"{key}.enum", str(value), entry)
        elif t.kind == "ref" and t.ref and value not in ("", _ZERO_ID):
            target = self.prefixes.get(value[:3])
            want = self.entities[t.ref].id_prefix if t.ref in self.entities else None
            if target is not None and want is not None and target != t.ref:
                self.add(
                    f"{kind}-ref-differs",
                    place,
                    where,
                    rec,
                    f"an id of {t.ref} in the spec; the answers carry {_example(value)}, "
                    f"an id of {target}",
                )
        elif t.kind == "array" and t.items is not None:
            for item in value:
                self.value(kind, place, t.items, item, source, f"{key}.items", rec)
        elif t.kind == "object" and isinstance(value, dict):
            if t.entity and t.entity in self.entities:
                self.entity(self.entities[t.entity], value, rec)
            elif t.fields is not None:
                self.fields(kind, place, source, f"{key}.fields", t.fields, value, rec)

    def never_seen(self) -> None:
        """Fields of an object seen in the answers that none of them carried."""
        for owner, (kind, source, key_path, fields, count, keys) in self.owners.items():
            for f in fields:
                if f.wire_name not in keys:
                    place = f"{owner}.{f.wire_name}"
                    item = Learned(
                        f"{kind}-extra",
                        place,
                        f"{source}: {key_path}.{f.wire_name}",
                        "",
                        f"in the spec; none of the {count} answers with {owner} carried it",
                    )
                    self.found[(item.rule, place)] = item


def _infer(value: Any) -> str:
    kind = _json_type(value)
    if kind == "string":
        if _DATE.match(value):
            return "date"
        if _TIMESTAMP.match(value):
            return "datetime"
    return {"null": "", "array": "array", "object": "object"}.get(kind, kind)


def _spec_type(kinds: set[str]) -> str:
    """The spec type of a new field from the kinds of its values (nulls say nothing)."""
    kinds = kinds - {""}
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds and kinds <= {"integer", "number"}:
        return "number"
    return "string"  # none seen but nulls, or mixed: the JSON types seen go with it


def learn(spec: Spec, recordings: Iterable[Recording]) -> tuple[list[Learned], Tally]:
    """(departures sorted by place and rule, what was read)."""
    learner = _Learner(spec)
    for rec in recordings:
        learner.exchange(rec)
    learner.never_seen()
    found = sorted(learner.found.values(), key=lambda f: (f.place, f.rule))
    return found, learner.tally


# -- output ----------------------------------------------------------------------------------


def _read_line(t: Tally) -> str:
    return (
        f"read {t.recordings} recordings: {t.answers} answers ({t.objects} objects) and "
        f"{t.errors} errors compared, {t.unreadable} not an envelope"
    )


def render(found: list[Learned], tally: Tally, fmt: str) -> str:
    count = f"{len(found)} departure{'' if len(found) == 1 else 's'}"
    verdict = f"{count} from the spec" if found else "no departures from the spec"
    if fmt == "json":
        body = {"open": [f.as_json() for f in found], "read": asdict(tally)}
        return json.dumps(body, indent=2) + "\n"
    if fmt == "markdown":
        out = [f"## Learned from recordings: {verdict}", "", _read_line(tally), ""]
        if found:
            out += markdown_table(
                ("rule", "place", "departure", "spec", "recording"),
                [(f"`{f.rule}`", f"`{f.place}`", f.message, f.spec, f.recording) for f in found],
            )
        return "\n".join(out).rstrip() + "\n"
    out = []
    for f in found:
        out.append(f"{f.rule:<30} {f.place}: {f.message.removeprefix(f.place).lstrip(': ')}")
        sides = [
            f"spec {f.spec}" if f.spec else "",
            f"recording {f.recording}" if f.recording else "",
        ]
        out.append("    " + "; ".join(s for s in sides if s))
    out.append(f"{verdict}; {_read_line(tally)}")
    return "\n".join(out) + "\n"


_PROPOSALS_HEADER = """\
# Spec edits proposed by `python -m codegen learn` from recorded answers.
# Nothing here is a fact yet: review each item against the recording it names and the
# reference, give enum codes their meaning and error codes their family, then copy what holds
# into the file under `at` (spec/README.md gives the format) and run `make generate`.
"""


def proposals(found: list[Learned]) -> str:
    """The new fields and codes as YAML, each marked `learned` with its recording."""
    items = []
    for f in found:
        if f.proposal is None:
            continue
        file, at, name, entry = f.proposal
        if f.rule.endswith("field-missing"):
            entry = {"type": _spec_type(f.kinds)}
        items.append(
            {
                "file": file,
                "at": at,
                "add": {name: entry},
                "learned": {
                    "rule": f.rule,
                    "place": f.place,
                    "seen": f.seen,
                    **({"json_types": sorted(f.json_types)} if f.json_types else {}),
                    "recording": f.recording,
                },
            }
        )
    body = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=100)
    return _PROPOSALS_HEADER + body


def run(paths: list[Path], spec_dir: Path, fmt: str, write: Path | None) -> int:
    """Exit 0 when the answers agree with the spec, 1 when they depart, 2 when an input cannot
    be read (or --write points into the spec)."""
    if write is not None and write.resolve().is_relative_to(spec_dir.resolve()):
        print(
            f"error: {write}: proposals go to a file for review, never into {spec_dir}",
            file=sys.stderr,
        )
        return 2
    try:
        spec = load_spec(spec_dir)
        recordings = read_recordings(paths)
    except (SpecError, RecordingError) as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    found, tally = learn(spec, recordings)
    sys.stdout.write(render(found, tally, fmt))
    if write is not None:
        write.parent.mkdir(parents=True, exist_ok=True)
        write.write_text(proposals(found), encoding="utf-8")
        count = sum(1 for f in found if f.proposal is not None)
        print(f"wrote {count} proposed spec edits to {write}", file=sys.stderr)
    return 1 if found else 0
