"""Read OpenAPI 3.x documents of the v2 API into a small reference IR for the audit.

The v2 reference puts its facts in places OpenAPI has no keyword for, so this module knows the
v2 conventions: the path says the entity and the operation (`/Crud/{Op}/{Entity}.json`,
`/Bulk/Crud/{Op}/{Entity}.json`, `/List/{Entity}.json`, `/{Action}.json`); the JSON request is
the form field `data`; the object is the envelope's `response_data`; an object names its entity
in the description of its `entity` property ("Set as `Bill`"); and the descriptions carry enum
codes as bullets, id prefixes ("begins with `009`"), filterability and date formats.
It also reads the spellings of our own export (codegen/openapi.py): `data` as JSON text with a
`contentSchema`, nullable values as `anyOf [..., null]`, `x-filterable`, and entity schemas
marked `x-billcom-entity` that no path reaches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from codegen.openapi import SOURCE_KEY

_CRUD = re.compile(r"^/Crud/(Create|Read|Update|Delete|Undelete)/([A-Za-z0-9]+)\.json$")
_BULK = re.compile(r"^/Bulk/Crud/(Create|Read|Update|Delete|Undelete)/([A-Za-z0-9]+)\.json$")
_LIST = re.compile(r"^/List/([A-Za-z0-9]+)\.json$")
_ACTION = re.compile(r"^/([A-Za-z0-9]+)\.json$")
_CODE = re.compile(r"^\s*[*-]\s+`([^`]+)`\s*:", re.MULTILINE)
_PREFIX = re.compile(r"begins with `([^`]+)`")
_ENTITY = re.compile(r"Set as `([A-Za-z0-9]+)`")
_FILTERABLE = "you can filter with this field"
#: Form fields that carry credentials or the session, not the request itself.
_SESSION_FORM = ("devKey", "sessionId")


class ReferenceError(Exception):
    """An input could not be read as an OpenAPI document; one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class RefField:
    """One property as the reference gives it, merged over every place it appears."""

    name: str
    where: str  # the first place it appears: `file#/json/pointer`
    json_type: str = ""  # string, number, integer, boolean, array, object ("" when not given)
    format: str | None = None  # date, datetime or enum
    codes: list[str] = field(default_factory=list)
    prefix: str | None = None
    filterable: bool = False
    required: bool = False  # required on create (entities) or in the request (actions)
    in_request: bool = False
    in_response: bool = False
    entity: str | None = None  # an object (or the items of an array) naming its entity
    items: RefField | None = None
    fields: dict[str, RefField] | None = None  # an inline object's properties


@dataclass
class RefEntity:
    name: str
    where: str
    operations: set[str] = field(default_factory=set)
    bulk: set[str] = field(default_factory=set)
    fields: dict[str, RefField] = field(default_factory=dict)
    #: Request keys sent beside `obj` on create or update (e.g. allowDuplicateInvNum).
    options: dict[str, RefField] = field(default_factory=dict)
    id_prefix: str | None = None
    has_requests: bool = False  # some create or update request shows the writable fields


@dataclass
class RefAction:
    name: str
    where: str
    form: str  # data, credentials, session or multipart
    request: dict[str, RefField] = field(default_factory=dict)
    response: RefField | None = None


@dataclass
class Reference:
    entities: dict[str, RefEntity] = field(default_factory=dict)
    actions: dict[str, RefAction] = field(default_factory=dict)
    paths: int = 0
    documents: int = 0
    #: Every document was exported from the spec (`x-billcom-source`): no accepted divergences apply.
    exported: bool = False


# -- reading documents ----------------------------------------------------------------------


def _documents(inputs: list[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.suffix in (".json", ".yaml", ".yml") and p.is_file()
            )
            if not found:
                raise ReferenceError([f"{path}: no OpenAPI documents (*.json, *.yaml) in it"])
            yield from found
        else:
            yield path


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceError([f"{path}: cannot read: {exc.__class__.__name__}"]) from None
    try:
        raw = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise ReferenceError([f"{path}: not JSON or YAML: {str(exc).splitlines()[0]}"]) from None
    except RecursionError:
        raise ReferenceError([f"{path}: nested too deeply"]) from None
    if not isinstance(raw, dict) or not str(raw.get("openapi", "")).startswith("3"):
        raise ReferenceError([f"{path}: not an OpenAPI 3.x document (no `openapi: 3.x` key)"])
    if not isinstance(raw.get("paths"), dict):
        raise ReferenceError([f"{path}: the document has no `paths` mapping"])
    return raw


class _Document:
    """One document: resolves local `$ref`s and knows where each node came from."""

    def __init__(self, path: Path, raw: dict[str, Any]) -> None:
        self.name = path.name
        self.raw = raw

    def resolve(self, node: Any, pointer: str, seen: tuple[str, ...] = ()) -> tuple[Any, str]:
        """Follow `$ref` (local only) to the node it names, and that node's pointer."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ReferenceError([f"{self.name}#{pointer}: only local $ref is read ({ref!r})"])
            if ref in seen:
                raise ReferenceError([f"{self.name}#{pointer}: $ref loops through {ref}"])
            seen = (*seen, ref)
            target: Any = self.raw
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise ReferenceError([f"{self.name}#{pointer}: $ref {ref} names nothing"])
                target = target[part]
            node, pointer = target, ref[1:]
        return node, pointer

    def properties(self, node: Any, pointer: str) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """An object schema's properties (allOf merged, the error envelope left out) and required."""
        node, pointer = self.resolve(node, pointer)
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        if not isinstance(node, dict):
            return props, required
        if "contentSchema" in node:  # a JSON text field (`data`): its schema is the object's
            return self.properties(node["contentSchema"], f"{pointer}/contentSchema")
        # allOf parts all apply; oneOf/anyOf alternatives each may, so their properties are all
        # possible but none is required.
        for combine in ("allOf", "oneOf", "anyOf"):
            for index, part in enumerate(node.get(combine) or []):
                if isinstance(part, dict) and str(part.get("$ref", "")).endswith("/ErrorResponse"):
                    continue
                inner, inner_required = self.properties(part, f"{pointer}/{combine}/{index}")
                props.update(inner)
                if combine == "allOf":
                    required |= inner_required
        for name, prop in (node.get("properties") or {}).items():
            props[str(name)] = (prop, f"{pointer}/properties/{_escape(str(name))}")
        listed = node.get("required")
        if isinstance(listed, list):
            required |= {str(r) for r in listed}
        return props, required


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _description(node: Any) -> str:
    text = node.get("description") if isinstance(node, dict) else None
    return text if isinstance(text, str) else ""


# -- building the reference -----------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.ref = Reference()
        self.known: dict[str, str] = {}  # lower-case entity name -> as the paths spell it
        self.pending: list[tuple[_Document, str, str, Any]] = []
        #: Objects that name an entity, seen inside others, and whether an entity's path holds them.
        self.nested: list[tuple[_Document, str, Any, str, bool, bool, bool]] = []
        self.context = True  # reading an entity's path (else an action's)

    def entity(self, name: str, where: str) -> RefEntity:
        name = self.known.get(name.lower(), name)
        self.known.setdefault(name.lower(), name)
        if name not in self.ref.entities:
            self.ref.entities[name] = RefEntity(name=name, where=where)
        return self.ref.entities[name]

    def add_document(self, doc: _Document) -> None:
        schemas = (doc.raw.get("components") or {}).get("schemas") or {}
        for key, schema in sorted(schemas.items() if isinstance(schemas, dict) else []):
            name = schema.get("x-billcom-entity") if isinstance(schema, dict) else None
            if isinstance(name, str):  # an entity's object, even one no path reaches
                pointer = f"/components/schemas/{_escape(str(key))}"
                entity = self.entity(name, f"{doc.name}#{pointer}")
                self.object(doc, entity, schema, pointer, request=False, create=False)
        for path, item in sorted(doc.raw["paths"].items()):
            operation = item.get("post") if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            self.ref.paths += 1
            where = f"{doc.name}#/paths/{_escape(path)}/post"
            if m := _CRUD.match(path):
                self.crud(doc, m.group(2), m.group(1).lower(), operation, where, bulk=False)
            elif m := _BULK.match(path):
                self.crud(doc, m.group(2), m.group(1).lower(), operation, where, bulk=True)
            elif m := _LIST.match(path):
                self.crud(doc, m.group(1), "list", operation, where, bulk=False)
            elif m := _ACTION.match(path):
                self.pending.append((doc, m.group(1), where, operation))

    # Crud, Bulk and List paths ------------------------------------------------------------

    def crud(
        self, doc: _Document, name: str, op: str, operation: Any, where: str, *, bulk: bool
    ) -> None:
        entity = self.entity(name, where)
        (entity.bulk if bulk else entity.operations).add(op)
        if bulk:
            return  # a Bulk item is the Crud request of the same verb: read there
        data, data_where = _form_data(doc, operation, where)
        if data is not None and op in ("create", "update"):
            props, _ = doc.properties(data, data_where)
            for key, (node, pointer) in props.items():
                if key == "obj":
                    self.object(doc, entity, node, pointer, request=True, create=op == "create")
                else:
                    _merge(entity.options, key, self.field(doc, node, pointer, request=True))
        response, response_where = _response_data(doc, operation, where)
        if response is not None and op in ("create", "read", "update", "list"):
            node, pointer = doc.resolve(response, response_where)
            if isinstance(node, dict) and node.get("type") == "array":
                node, pointer = node.get("items"), f"{pointer}/items"
            self.object(doc, entity, node, pointer, request=False, create=False)

    def object(
        self,
        doc: _Document,
        entity: RefEntity,
        node: Any,
        pointer: str,
        *,
        request: bool,
        create: bool,
    ) -> None:
        """Merge one object of `entity` (a request `obj` or a response object) into it."""
        props, required = doc.properties(node, pointer)
        entity.has_requests |= request
        for key, (prop, where) in props.items():
            if key == "entity":
                continue
            found = self.field(doc, prop, where, request=request, create=create)
            found.required = create and key in required
            if key == "id" and found.prefix and not request:
                entity.id_prefix = entity.id_prefix or found.prefix
            _merge(entity.fields, key, found)

    def field(
        self, doc: _Document, node: Any, pointer: str, *, request: bool, create: bool = False
    ) -> RefField:
        node, pointer = doc.resolve(node, pointer)
        name = pointer.rsplit("/", 1)[-1]
        node = _not_null(doc, node, pointer)
        description = _description(node)
        json_type = node.get("type", "") if isinstance(node, dict) else ""
        out = RefField(
            name=name,
            where=f"{doc.name}#{pointer}",
            json_type=json_type if isinstance(json_type, str) else "",
            prefix=(m.group(1) if (m := _PREFIX.search(description)) else None),
            filterable=_FILTERABLE in description.lower() or node.get("x-filterable") is True,
            in_request=request,
            in_response=not request,
        )
        if out.json_type in ("string", "integer", "number"):
            enum = node.get("enum") if isinstance(node, dict) else None
            out.codes = [str(c) for c in enum] if isinstance(enum, list) else []
            out.codes += [c for c in _CODE.findall(description) if c not in out.codes]
        lowered = description.lower()
        if out.codes:
            out.format = "enum"
        elif node.get("format") == "date-time" or "date and time" in lowered:
            out.format = "datetime"
        elif node.get("format") == "date" or "YYYY-MM-DD" in description:
            out.format = "date"
        if out.json_type == "array":
            items, items_where = doc.resolve(node.get("items"), f"{pointer}/items")
            if isinstance(items, dict):
                out.items = self.field(doc, items, items_where, request=request, create=create)
                out.items.name = name
        elif out.json_type == "object" or (isinstance(node, dict) and "properties" in node):
            out.json_type = "object"
            props, required = doc.properties(node, pointer)
            out.fields = {}
            for key, (prop, where) in props.items():
                if key == "entity":
                    named = _ENTITY.search(_description(prop))
                    out.entity = named.group(1) if named else None
                    continue
                inner = self.field(doc, prop, where, request=request, create=create)
                inner.required = key in required
                out.fields[key] = inner
            if out.entity:
                self.nested.append((doc, out.entity, node, pointer, request, create, self.context))
        return out

    # Actions ---------------------------------------------------------------------------------

    def action(self, doc: _Document, name: str, where: str, operation: Any) -> None:
        body, _ = doc.resolve(operation.get("requestBody") or {}, f"{where}/requestBody")
        content = (body.get("content") if isinstance(body, dict) else None) or {}
        form_type = next(iter(content), "")
        schema = (content.get(form_type) or {}).get("schema") if form_type else None
        props, required = doc.properties(schema, f"{where}/requestBody") if schema else ({}, set())
        if "multipart" in form_type:
            form = "multipart"
        elif "data" in props:
            form = "data"
        elif "sessionId" in props:
            form = "session"
        else:
            form = "credentials"
        action = RefAction(name=name, where=where, form=form)
        if form == "multipart" and "data" in props:  # parts devKey, sessionId, data and file
            props = {"data": props["data"]}
        if "data" in props:
            node, pointer = props["data"]
            props, required = doc.properties(node, pointer)
        elif form == "session":
            props = {k: v for k, v in props.items() if k not in _SESSION_FORM}
        elif form == "multipart":
            props = {k: v for k, v in props.items() if k != "sessionId"}
        for key, (prop, pointer) in props.items():
            found = self.field(doc, prop, pointer, request=True)
            found.required = key in required
            action.request[key] = found
        response, response_where = _response_data(doc, operation, where)
        if response is not None:
            node, pointer = doc.resolve(response, response_where)
            props, _ = doc.properties(node, pointer)
            is_array = isinstance(node, dict) and node.get("type") == "array"
            if props or is_array:
                action.response = self.field(doc, node, pointer, request=False)
                action.response.name = "response"
        self.ref.actions[name] = action

    def finish(self) -> Reference:
        # An object named inside an entity's request or response is an entity of its own (line
        # items, for one); inside an action it is one only if an entity's path names it too, and
        # otherwise stays the inline shape of the field that holds it.
        self.merge_nested()
        self.context = False
        for doc, name, where, operation in self.pending:
            if name not in self.ref.actions:
                self.action(doc, name, where, operation)
        self.merge_nested()
        for found in _walk(
            [f for e in self.ref.entities.values() for f in e.fields.values()]
            + [f for a in self.ref.actions.values() for f in a.request.values()]
            + [a.response for a in self.ref.actions.values() if a.response]
        ):
            if found.entity:
                found.entity = self.known.get(found.entity.lower())
        return self.ref

    def merge_nested(self) -> None:
        while self.nested:
            doc, name, node, pointer, request, create, from_entity = self.nested.pop(0)
            if from_entity:
                entity = self.entity(name, f"{doc.name}#{pointer}")
            elif name.lower() in self.known:
                entity = self.ref.entities[self.known[name.lower()]]
            else:
                continue
            self.object(doc, entity, node, pointer, request=request, create=create)


def _not_null(doc: _Document, node: Any, pointer: str) -> Any:
    """`anyOf: [schema, ..., {type: null}]` read as its first schema (the others spell the same
    values otherwise), with the annotations beside anyOf."""
    branches = node.get("anyOf") if isinstance(node, dict) else None
    if not isinstance(branches, list) or {"type": "null"} not in branches[1:]:
        return node
    inner, _ = doc.resolve(branches[0], f"{pointer}/anyOf/0")
    if not isinstance(inner, dict):
        return node
    return {**inner, **{k: v for k, v in node.items() if k != "anyOf"}}


def _walk(fields: Any) -> Iterator[RefField]:
    for found in fields:
        yield found
        if found.items is not None:
            yield from _walk([found.items])
        if found.fields:
            yield from _walk(found.fields.values())


def _form_data(doc: _Document, operation: Any, where: str) -> tuple[Any, str]:
    body, _ = doc.resolve(operation.get("requestBody") or {}, f"{where}/requestBody")
    content = (body.get("content") if isinstance(body, dict) else None) or {}
    for media, body in content.items():
        props, _ = doc.properties(
            body.get("schema"), f"{where}/requestBody/content/{_escape(media)}/schema"
        )
        if "data" in props:
            return props["data"]
    return None, where


def _response_data(doc: _Document, operation: Any, where: str) -> tuple[Any, str]:
    responses = operation.get("responses") or {}
    ok, _ = doc.resolve(responses.get("200") or responses.get(200) or {}, f"{where}/responses/200")
    content = (ok.get("content") if isinstance(ok, dict) else None) or {}
    body = content.get("application/json") or next(iter(content.values()), None)
    if not isinstance(body, dict) or "schema" not in body:
        return None, where
    props, _ = doc.properties(
        body["schema"], f"{where}/responses/200/content/application~1json/schema"
    )
    return props.get("response_data", (None, where))


def _merge(into: dict[str, RefField], key: str, found: RefField) -> None:
    """Merge `found` into `into[key]`: flags accumulate, the response's type and format win."""
    have = into.get(key)
    if have is None:
        into[key] = found
        return
    if found.in_response and not have.in_response:
        have.json_type, have.format, have.where = found.json_type, found.format, found.where
        have.entity = found.entity or have.entity
        have.items = found.items or have.items
        have.fields = found.fields if found.fields is not None else have.fields
    have.json_type = have.json_type or found.json_type
    have.format = have.format or found.format
    have.codes += [c for c in found.codes if c not in have.codes]
    have.prefix = have.prefix or found.prefix
    have.filterable |= found.filterable
    have.required |= found.required
    have.in_request |= found.in_request
    have.in_response |= found.in_response
    if have.fields is not None and found.fields is not None and have.fields is not found.fields:
        for inner_key, inner in found.fields.items():
            _merge(have.fields, inner_key, inner)
    if have.items is not None and found.items is not None and have.items is not found.items:
        merged = {"items": have.items}
        _merge(merged, "items", found.items)


def read_reference(inputs: list[Path]) -> Reference:
    """Read every document (files, or folders of them) into one Reference."""
    builder = _Builder()
    problems: list[str] = []
    exported = []
    for path in _documents(inputs):
        try:
            doc = _Document(path, _load(path))
            builder.add_document(doc)
            builder.ref.documents += 1
            exported.append(SOURCE_KEY in (doc.raw.get("info") or {}))
        except ReferenceError as exc:
            problems += exc.problems
        except RecursionError:
            problems.append(f"{path}: a schema nests too deeply to read")
    if problems:
        raise ReferenceError(problems)
    builder.ref.exported = bool(exported) and all(exported)
    try:
        return builder.finish()
    except RecursionError:
        raise ReferenceError(["a schema nests too deeply to read"]) from None
