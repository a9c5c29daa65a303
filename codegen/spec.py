"""Load and validate the YAML spec into a small typed IR.

Every consumer (templates, docs, the fake's catalogue, the differ) reads this IR, never raw YAML.
Problems are collected as values and reported one line each, naming file, entity and field.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

FieldType = Literal[
    "string", "number", "integer", "boolean", "date", "datetime", "enum", "ref", "array", "object"
]
OperationName = Literal["create", "read", "update", "delete", "undelete", "list"]
BulkName = Literal["create", "read", "update", "delete", "undelete"]

OPERATION_ORDER: tuple[str, ...] = ("create", "read", "update", "delete", "undelete", "list")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_ENTITY_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_WIRE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Attribute names that would shadow pydantic.BaseModel members.
_RESERVED = {"copy", "dict", "json", "schema", "construct", "validate", "fields"}


class SpecError(Exception):
    """One or more problems in the spec, each already formatted as one line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EnumValueSpec(_Strict):
    name: str
    description: str = ""

    @field_validator("name")
    @classmethod
    def _identifier(cls, v: str) -> str:
        if not _IDENTIFIER.match(v) or keyword.iskeyword(v):
            raise ValueError(f"enum name {v!r} is not a lower snake_case identifier")
        return v


class FieldSpec(_Strict):
    type: FieldType
    required: bool = False
    read_only: bool = False
    nullable: bool = False
    filterable: bool = False
    #: The server sends the field on every object it returns (e.g. `id`): typed as present.
    always_returned: bool = False
    description: str = ""
    enum: dict[str, EnumValueSpec] | None = None
    ref: str | None = None
    items: FieldSpec | None = None
    entity: str | None = None
    fields: dict[str, FieldSpec] | None = None
    #: What the server sets when a create leaves the field out (null allowed).
    default: str | int | float | bool | None = None
    #: The field's previous wire name, so that a spec diff reports one rename.
    renamed_from: str | None = None

    @field_validator("enum", mode="before")
    @classmethod
    def _short_enum(cls, v: Any) -> Any:
        if isinstance(v, Mapping):
            return {
                str(code): {"name": meaning} if isinstance(meaning, str) else meaning
                for code, meaning in v.items()
            }
        return v

    @model_validator(mode="after")
    def _consistent(self) -> FieldSpec:
        if (self.type == "enum") != (self.enum is not None):
            raise ValueError("`enum` codes are given exactly when type is enum")
        if self.enum is not None:
            names = [value.name for value in self.enum.values()]
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                raise ValueError(f"enum names repeat: {', '.join(dupes)}")
            if not self.enum:
                raise ValueError("enum has no codes")
        if self.items is not None and self.type != "array":
            raise ValueError("`items` is only for type array")
        if self.ref is not None and self.type != "ref":
            raise ValueError("`ref` is only for type ref")
        if self.entity is not None and self.type != "object":
            raise ValueError("`entity` is only for type object")
        if self.fields is not None and self.type != "object":
            raise ValueError("`fields` is only for type object")
        if self.fields is not None and self.entity is not None:
            raise ValueError("an object has either `entity` or `fields`, not both")
        if self.required and self.read_only:
            raise ValueError("a field cannot be both required and read_only")
        given = self.default if "default" in self.model_fields_set else None
        codes = self.enum or {}
        if given is not None and codes and (isinstance(given, bool) or str(given) not in codes):
            raise ValueError(f"default {given!r} is not one of the codes ({', '.join(codes)})")
        return self


class EntityFile(_Strict):
    entity: str
    description: str
    id_prefix: str | None = None
    operations: list[OperationName] = Field(default_factory=list)
    bulk: list[BulkName] = Field(default_factory=list)
    mfa: list[OperationName] = Field(default_factory=list)
    #: Fields whose change on update needs an MFA-trusted session.
    mfa_fields: list[str] = Field(default_factory=list)
    options: dict[str, FieldSpec] = Field(default_factory=dict)
    fields: dict[str, FieldSpec]

    @model_validator(mode="after")
    def _operations_known(self) -> EntityFile:
        unknown = sorted(set(self.mfa_fields) - set(self.fields))
        if unknown:
            raise ValueError(f"mfa_fields names fields the entity lacks: {', '.join(unknown)}")
        both = sorted(set(self.options) & set(self.fields))
        if both:
            raise ValueError(f"options repeat fields: {', '.join(both)}")
        for key, ops in (("bulk", self.bulk), ("mfa", self.mfa)):
            extra = sorted(set(ops) - set(self.operations))
            if extra:
                raise ValueError(f"{key} names operations the entity lacks: {', '.join(extra)}")
        return self

    @field_validator("entity")
    @classmethod
    def _entity_name(cls, v: str) -> str:
        if not _ENTITY_NAME.match(v):
            raise ValueError(f"entity name {v!r} must be CamelCase letters and digits")
        return v


# ---------------------------------------------------------------------------
# The IR handed to the generator.


@dataclass(frozen=True)
class EnumValue:
    code: str
    name: str
    description: str

    @property
    def member(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class TypeRef:
    """A field's type, resolved: nested entities point at their Entity by name."""

    kind: str
    enum: tuple[EnumValue, ...] = ()
    ref: str | None = None
    entity: str | None = None
    items: TypeRef | None = None
    fields: tuple[FieldDef, ...] | None = None  # an inline object with known keys

    def describe(self) -> str:
        """The type in words, for docs and diffs: `id of Vendor`, `array of BillLineItem`."""
        if self.kind == "array":
            return f"array of {self.items.describe()}" if self.items else "array"
        if self.kind == "ref":
            return f"id of {self.ref}" if self.ref else "id"
        if self.kind == "object":
            return self.entity or "object"
        return self.kind


@dataclass(frozen=True)
class FieldDef:
    wire_name: str
    py_name: str
    type: TypeRef
    required: bool
    read_only: bool
    nullable: bool
    filterable: bool
    description: str
    default: tuple[Any, ...] = ()  # (value,) when the spec gives a server default
    renamed_from: str | None = None
    always_returned: bool = False

    @property
    def writable(self) -> bool:
        return not self.read_only


@dataclass(frozen=True)
class Entity:
    name: str
    description: str
    id_prefix: str | None
    operations: tuple[str, ...]
    bulk: tuple[str, ...]
    fields: tuple[FieldDef, ...]
    source: str
    mfa: tuple[str, ...] = ()
    options: tuple[FieldDef, ...] = ()
    mfa_fields: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return snake_case(self.name)

    @property
    def resource_attr(self) -> str:
        return plural(self.module)

    @property
    def resource_class(self) -> str:
        return "".join(part.capitalize() for part in self.resource_attr.split("_"))

    @property
    def writable_fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for f in self.fields if f.writable)

    def has(self, operation: str) -> bool:
        return operation in self.operations


@dataclass(frozen=True)
class Action:
    """An action endpoint, `POST {base}/<name>.json`."""

    name: str
    group: str
    method: str
    description: str
    moves_money: bool
    mfa: bool
    safe_to_repeat: bool
    form: str
    request: tuple[FieldDef, ...]
    response: TypeRef | None
    source: str
    response_wraps: str | None = None

    @property
    def module(self) -> str:
        return snake_case(self.name)


@dataclass(frozen=True)
class ErrorFamily:
    name: str
    class_name: str
    description: str
    codes: tuple[tuple[str, str], ...]  # (code, message template)


@dataclass(frozen=True)
class Spec:
    entities: tuple[Entity, ...]
    root: Path
    facts: Mapping[str, Any] = field(default_factory=dict)
    error_families: tuple[ErrorFamily, ...] = ()
    actions: tuple[Action, ...] = ()

    def actions_of(self, group: str) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.group == group)

    @property
    def action_groups(self) -> tuple[str, ...]:
        """Groups that are not an entity's resource: each becomes a client attribute of its own."""
        resources = {e.resource_attr for e in self.resources}
        return tuple(sorted({a.group for a in self.actions} - resources))

    @property
    def error_codes(self) -> dict[str, tuple[str, str]]:
        """Code -> (exception class name, message template), sorted by code."""
        return dict(
            sorted(
                (code, (family.class_name, message))
                for family in self.error_families
                for code, message in family.codes
            )
        )

    def entity(self, name: str) -> Entity:
        for entity in self.entities:
            if entity.name == name:
                return entity
        raise KeyError(name)

    @property
    def resources(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.operations)


# ---------------------------------------------------------------------------
# Naming rules, in one place.


def snake_case(name: str) -> str:
    """`isActive` -> `is_active`, `FOB` -> `fob`, `eBillEnabledStatus` -> `e_bill_enabled_status`."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def plural(snake: str) -> str:
    head, _, last = snake.rpartition("_")
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|x|ch|sh)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head}_{last}" if head else last


def python_name(wire_name: str) -> str:
    name = snake_case(wire_name)
    if keyword.iskeyword(name) or name in _RESERVED or name.startswith("model_"):
        name += "_"
    return name


# ---------------------------------------------------------------------------
# Loading.


def _describe_loc(loc: tuple[str | int, ...]) -> tuple[str | None, str]:
    """Split a pydantic error location into (field wire name, path inside it)."""
    parts = [str(p) for p in loc]
    if len(parts) >= 2 and parts[0] == "fields":
        return parts[1], ".".join(parts[2:])
    return None, ".".join(parts)


def _message(error: Mapping[str, Any], where: str) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        return f"unknown key {where.rsplit('.', 1)[-1]!r}" if where else "unknown key"
    if kind == "missing":
        return f"missing key {where.rsplit('.', 1)[-1]!r}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        what = "operation" if where.startswith(("operations", "bulk")) else where or "value"
        if what.endswith("type"):
            what = "type"
        return f"unknown {what} {value!r} (expected one of {expected})"
    msg = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def _file_problems(path: str, entity: str, exc: ValidationError, kind: str = "entity") -> list[str]:
    problems = []
    for error in exc.errors():
        field_name, where = _describe_loc(tuple(error["loc"]))
        # Errors raised by a field's own validator sit on the field, not on a key inside it.
        prefix = f"{path}: {kind} {entity}"
        if field_name is not None:
            prefix += f": field {field_name}"
        problems.append(f"{prefix}: {_message(error, where)}")
    return problems


class UnquotedKey(str):
    """A mapping key YAML 1.1 would have read as another type (`010` -> 8, `on` -> True).

    It keeps the text as written, so that no coercion changes a fact; the loader then refuses it,
    because the author meant a string and should say so.
    """

    def __new__(cls, text: str, value: Any) -> UnquotedKey:
        key = super().__new__(cls, text)
        key.value = value
        return key

    value: Any


class _SpecLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (PyYAML keeps the last) and keeps unquoted keys as text."""

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, "expected a mapping", node.start_mark
            )
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a list or a mapping cannot be a key", key_node.start_mark
                )
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                key = UnquotedKey(key_node.value, key)
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {str(key)!r}", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def read_yaml(path: Path, display: str) -> tuple[Any, list[str]]:
    """(parsed YAML or None, problems): every way a file can fail is one line naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [f"{display}: not UTF-8 text"]
    except IsADirectoryError:
        return None, [f"{display}: a directory, not a file"]
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return None, [f"{display}: cannot read ({reason.lower()})"]
    if "\x00" in text:
        return None, [f"{display}: a binary file, not YAML"]
    try:
        return yaml.load(text, Loader=_SpecLoader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        return None, [f"{display}: invalid YAML{at}: {problem}"]
    except RecursionError:
        return None, [f"{display}: nested too deeply to read"]


def _unquoted_keys(
    node: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], UnquotedKey]]:
    """Every key YAML would have coerced, with the path of keys leading to it."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, UnquotedKey):
                yield path, key
            yield from _unquoted_keys(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unquoted_keys(value, (*path, str(index)))


def _quote_problems(raw: Any, prefix: str) -> list[str]:
    problems = []
    for path, key in _unquoted_keys(raw):
        field_name, where = _describe_loc(path)
        line = prefix + (f": field {field_name}" if field_name is not None else "")
        what = "enum code" if path and path[-1] == "enum" else "key"
        at = f" in {where}" if where and what == "key" else ""
        problems.append(
            f"{line}: {what} {key!s}{at} must be quoted: YAML reads it as {key.value!r}"
        )
    return problems


M = TypeVar("M", bound=BaseModel)


def _parse_file(path: Path, model: type[M], kind: str) -> tuple[str, M | None, str, list[str]]:
    """(display path, parsed file or None, its name or "?", problems) for one spec file."""
    display = display_path(path)
    raw, errors = read_yaml(path, display)
    if errors:
        return display, None, "?", errors
    if not isinstance(raw, dict):
        return display, None, "?", [f"{display}: expected a mapping at the top level"]
    name = raw.get(kind)
    label = name if isinstance(name, str) and name else "?"
    problems = _quote_problems(raw, f"{display}: {kind} {label}")
    try:
        parsed = model.model_validate(raw)
    except ValidationError as exc:
        return display, None, label, problems + _file_problems(display, label, exc, kind)
    except RecursionError:
        return display, None, label, [f"{display}: {kind} {label}: nested too deeply to read"]
    return display, None if problems else parsed, label, problems


def _resolve_type(spec: FieldSpec) -> TypeRef:
    if spec.type == "array":
        items = _resolve_type(spec.items) if spec.items is not None else None
        return TypeRef(kind="array", items=items)
    enum = tuple(
        EnumValue(code=code, name=value.name, description=value.description)
        for code, value in (spec.enum or {}).items()
    )
    inline = _resolve_fields(spec.fields) if spec.fields is not None else None
    return TypeRef(kind=spec.type, enum=enum, ref=spec.ref, entity=spec.entity, fields=inline)


def _resolve_fields(fields: Mapping[str, FieldSpec]) -> tuple[FieldDef, ...]:
    return tuple(
        FieldDef(
            wire_name=wire,
            py_name=python_name(wire),
            type=_resolve_type(spec),
            required=spec.required,
            read_only=spec.read_only,
            nullable=spec.nullable,
            filterable=spec.filterable,
            description=spec.description,
            default=(spec.default,) if "default" in spec.model_fields_set else (),
            renamed_from=spec.renamed_from,
            always_returned=spec.always_returned,
        )
        for wire, spec in fields.items()
    )


def _check_links(
    display: str, entity: str, wire: str, spec: FieldSpec, known: set[str], kind: str = "entity"
) -> Iterator[str]:
    where = f"{display}: {kind} {entity}: field {wire}"
    if spec.ref is not None and spec.ref not in known:
        yield f"{where}: ref {spec.ref!r} names no entity in the spec"
    if spec.entity is not None and spec.entity not in known:
        yield f"{where}: entity {spec.entity!r} names no entity in the spec"
    if spec.items is not None:
        yield from _check_links(display, entity, wire, spec.items, known, kind)
    for name, inner in (spec.fields or {}).items():
        yield from _check_links(display, entity, f"{wire}.{name}", inner, known, kind)


def load_spec(root: Path) -> Spec:
    """Load `root/entities/*.yaml` (and `root/api.yaml`); raise SpecError listing every problem."""
    problems: list[str] = []
    loaded: list[tuple[str, EntityFile]] = []
    invalid: set[str] = set()
    entity_dir = root / "entities"
    files = sorted(entity_dir.glob("*.yaml")) if entity_dir.is_dir() else []
    if not files:
        raise SpecError([f"{entity_dir}: no entity files (*.yaml) found"])
    for path in files:
        display, parsed, label, errors = _parse_file(path, EntityFile, "entity")
        problems += errors
        if parsed is None:
            # Still an entity: refs to it are not reported as well.
            invalid |= {path.stem} | ({label} if label != "?" else set())
            continue
        if parsed.entity != path.stem:
            problems.append(
                f"{display}: entity {parsed.entity}: the file must be named {parsed.entity}.yaml"
            )
        for wire in parsed.fields:
            if not _WIRE_NAME.match(wire):
                problems.append(
                    f"{display}: entity {parsed.entity}: field {wire}: invalid wire name"
                )
            if wire == "entity":
                problems.append(
                    f"{display}: entity {parsed.entity}: field entity: implicit on every object; remove it"
                )
        loaded.append((display, parsed))

    seen: dict[str, str] = {}
    for display, parsed in loaded:
        if parsed.entity in seen:
            problems.append(
                f"{display}: entity {parsed.entity}: duplicate entity (also in {seen[parsed.entity]})"
            )
        seen.setdefault(parsed.entity, display)
    known = set(seen) | invalid
    for display, parsed in loaded:
        for wire, spec in parsed.fields.items():
            problems += _check_links(display, parsed.entity, wire, spec, known)
        py_names: dict[str, str] = {}
        for wire in parsed.fields:
            py = python_name(wire)
            if py in py_names:
                problems.append(
                    f"{display}: entity {parsed.entity}: field {wire}: python name {py!r} "
                    f"clashes with field {py_names[py]}"
                )
            py_names[py] = wire

    resource_attrs = {plural(snake_case(p.entity)) for _, p in loaded if p.operations}
    actions, action_problems = _load_actions(root, known, resource_attrs)
    problems += action_problems
    facts, fact_problems = _load_facts(root)
    problems += fact_problems
    families, error_problems = _load_errors(root)
    problems += error_problems
    if problems:
        raise SpecError(problems)

    entities = tuple(
        Entity(
            name=parsed.entity,
            description=parsed.description,
            id_prefix=parsed.id_prefix,
            operations=tuple(op for op in OPERATION_ORDER if op in parsed.operations),
            bulk=tuple(op for op in OPERATION_ORDER if op in parsed.bulk),
            fields=_resolve_fields(parsed.fields),
            source=display,
            mfa=tuple(op for op in OPERATION_ORDER if op in parsed.mfa),
            options=_resolve_fields(parsed.options),
            mfa_fields=tuple(parsed.mfa_fields),
        )
        for display, parsed in sorted(loaded, key=lambda item: item[1].entity)
    )
    return Spec(entities=entities, root=root, facts=facts, error_families=families, actions=actions)


class ApiFacts(_Strict):
    """Transport-level facts: base URLs and limits (spec/api.yaml)."""

    production_base_url: str
    sandbox_base_url: str
    list_max_page_size: int
    bulk_max_items: int
    session_idle_timeout_minutes: int
    max_concurrent_requests_per_org: int
    requests_per_hour_per_dev_key: int
    login_requests_per_hour_per_dev_key: int
    pay_bills_max_bills: int
    list_returns_children: bool = False  # absent in specs older than the key
    list_filter_operators: list[str]
    safe_to_repeat_operations: list[OperationName]
    credential_fields: dict[str, Literal["username", "password", "org_id", "dev_key"]]
    secret_fields: list[str]


def _load_facts(root: Path) -> tuple[dict[str, Any], list[str]]:
    path = root / "api.yaml"
    display = display_path(path)
    if not path.is_file():
        return {}, [f"{display}: missing file"]
    raw, errors = read_yaml(path, display)
    if errors:
        return {}, errors
    try:
        return ApiFacts.model_validate(raw).model_dump(), []
    except ValidationError as exc:
        return {}, [
            f"{display}: {_message(e, '.'.join(str(p) for p in e['loc']))}" for e in exc.errors()
        ]


def display_path(path: Path) -> str:
    """The path relative to the working directory when it lies inside it (symlinks not followed)."""
    try:
        return str(path.absolute().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class _FamilySpec(_Strict):
    class_: str = Field(alias="class", pattern=r"^[A-Z][A-Za-z]*Error$")
    description: str


class _CodeSpec(_Strict):
    family: str
    message: str


class ErrorsFile(_Strict):
    families: dict[str, _FamilySpec]
    codes: dict[str, _CodeSpec]

    @field_validator("codes")
    @classmethod
    def _code_format(cls, v: dict[str, _CodeSpec]) -> dict[str, _CodeSpec]:
        bad = [code for code in v if not re.match(r"^BDC_[0-9]{4}$", code)]
        if bad:
            raise ValueError(f"codes must look like BDC_1234: {', '.join(bad)}")
        return v


def _load_errors(root: Path) -> tuple[tuple[ErrorFamily, ...], list[str]]:
    path = root / "errors.yaml"
    display = display_path(path)
    if not path.is_file():
        return (), [f"{display}: missing file"]
    raw, errors = read_yaml(path, display)
    if errors:
        return (), errors
    try:
        parsed = ErrorsFile.model_validate(raw)
    except ValidationError as exc:
        return (), [
            f"{display}: {_message(e, '.'.join(str(p) for p in e['loc']))}" for e in exc.errors()
        ]
    problems = [
        f"{display}: code {code}: unknown family {spec.family!r}"
        for code, spec in parsed.codes.items()
        if spec.family not in parsed.families
    ]
    families = tuple(
        ErrorFamily(
            name=name,
            class_name=family.class_,
            description=family.description,
            codes=tuple(
                (code, spec.message)
                for code, spec in sorted(parsed.codes.items())
                if spec.family == name
            ),
        )
        for name, family in sorted(parsed.families.items())
    )
    return families, problems


FormKind = Literal["data", "credentials", "session", "multipart"]


class ActionFile(_Strict):
    action: str
    group: str
    method: str
    description: str
    moves_money: bool = False
    mfa: bool = False
    safe_to_repeat: bool = False
    form: FormKind = "data"
    request: dict[str, FieldSpec] = Field(default_factory=dict)
    response: FieldSpec | None = None
    #: The response's list field that older servers send bare (a list) or as its one element.
    response_wraps: str | None = None

    @field_validator("action")
    @classmethod
    def _action_name(cls, v: str) -> str:
        if not _ENTITY_NAME.match(v):
            raise ValueError(f"action name {v!r} must be CamelCase letters and digits")
        return v

    @field_validator("group", "method")
    @classmethod
    def _identifier(cls, v: str) -> str:
        if not _IDENTIFIER.match(v) or keyword.iskeyword(v):
            raise ValueError(f"{v!r} is not a lower snake_case identifier")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> ActionFile:
        if self.moves_money and self.safe_to_repeat:
            raise ValueError("an action that moves money is never safe_to_repeat")
        if self.form == "session" and self.request:
            raise ValueError("form session sends no request fields")
        if self.response_wraps is not None:
            wrapped = ((self.response and self.response.fields) or {}).get(self.response_wraps)
            if wrapped is None or wrapped.type != "array":
                raise ValueError("response_wraps must name a list field of the response")
        return self


def _load_actions(
    root: Path, known: set[str], resource_attrs: set[str]
) -> tuple[tuple[Action, ...], list[str]]:
    folder = root / "actions"
    problems: list[str] = []
    if not folder.is_dir():
        return (), [f"{display_path(folder)}: missing folder (action files, *.yaml)"]
    actions: list[Action] = []
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.yaml")):
        display, parsed, _, errors = _parse_file(path, ActionFile, "action")
        problems += errors
        if parsed is None:
            continue
        where = f"{display}: action {parsed.action}"
        if parsed.action != path.stem:
            problems.append(f"{where}: the file must be named {parsed.action}.yaml")
        key = (parsed.group, parsed.method)
        if key in seen:
            problems.append(f"{where}: method {parsed.group}.{parsed.method} is also {seen[key]}")
        seen[key] = parsed.action
        if parsed.group in resource_attrs and parsed.method in OPERATION_ORDER:
            problems.append(f"{where}: method {parsed.method} clashes with a Crud operation")
        for wire, spec in parsed.request.items():
            problems += _check_links(display, parsed.action, wire, spec, known, "action")
        if parsed.response is not None:
            problems += _check_links(
                display, parsed.action, "response", parsed.response, known, "action"
            )
        actions.append(
            Action(
                name=parsed.action,
                group=parsed.group,
                method=parsed.method,
                description=parsed.description,
                moves_money=parsed.moves_money,
                mfa=parsed.mfa,
                safe_to_repeat=parsed.safe_to_repeat,
                form=parsed.form,
                request=_resolve_fields(parsed.request),
                response=_resolve_type(parsed.response) if parsed.response else None,
                source=display,
                response_wraps=parsed.response_wraps,
            )
        )
    return tuple(actions), problems
