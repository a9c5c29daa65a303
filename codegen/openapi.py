"""Export the spec as one OpenAPI 3.1 document of the whole v2 API (`generated/openapi.json`).

Other tools (Prism, Postman, openapi-generator, Schemathesis) speak OpenAPI, not our YAML; the
document says what the spec says in their terms, and `codegen audit` reads it back to prove it.
Where OpenAPI has no keyword for a Bill.com fact, an `x-` extension carries it (codegen/README.md).
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

from codegen.spec import Action, Entity, FieldDef, Spec, TypeRef

JSON = dict[str, Any]
FILE_NAME = "openapi.json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
#: Bill.com's timestamp, yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm (no colon in the offset, so not RFC 3339).
TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$"
#: Marks a document exported from the spec: `codegen audit` then applies no accepted divergences.
SOURCE_KEY = "x-billcom-source"
_VERSION = Path(__file__).parent / "runtime" / "_version.py"
_CRUD = {"create": "Create", "read": "Read", "update": "Update", "delete": "Delete"}
_CRUD["undelete"] = "Undelete"


def _ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(*schemas: JSON) -> JSON:
    """JSON Schema's own spelling of "or null"; annotations stay outside, on the property."""
    return {"anyOf": [*schemas, {"type": "null"}]}


def _secret(description: str) -> JSON:
    # `password` is OpenAPI's format for a value a UI should mask.
    return {"type": "string", "format": "password", "writeOnly": True, "description": description}


_DEV_KEY = _secret("Developer key.")
_SESSION_ID = _secret("The `sessionId` Login answered.")
_ERROR = _ref("ErrorResponse")


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.prefix = {e.name: e.id_prefix for e in spec.entities}
        self.schemas: JSON = {}
        self.paths: JSON = {}
        self.operation_ids: set[str] = set()
        #: An action grouped under an entity's resource (`invoices`) shares the entity's tag.
        self.tags = {e.resource_attr: e.name for e in spec.resources}

    # -- values -------------------------------------------------------------------------------

    def value(self, t: TypeRef, view: str) -> JSON:
        """The schema of one value; `view` is response (what the server sends), create or update
        (an object a Crud request sends) or action (an action's request)."""
        kind = t.kind
        if kind in ("string", "ref"):
            out: JSON = {"type": "string"}
            if kind == "ref" and t.ref:
                out["x-billcom-ref"] = t.ref
                prefix = self.prefix.get(t.ref)
                begins = f"; the value begins with `{prefix}`" if prefix else ""
                article = "an" if t.ref[:1] in "AEIOU" else "a"
                out["description"] = f"Id of {article} {t.ref}{begins}."
            return out
        if kind == "number":
            # A fixed-point decimal of any precision (OpenAPI format registry): money is exact.
            return {"type": "number", "format": "decimal"}
        if kind in ("integer", "boolean"):
            return {"type": kind}
        if kind == "date":
            return {"type": "string", "format": "date"}
        if kind == "datetime":
            return {
                "type": "string",
                "pattern": TIMESTAMP_PATTERN,
                "description": "A date and time as yyyy-MM-dd'T'HH:mm:ss.SSS±hhmm, "
                "e.g. `2024-07-30T20:33:28.000+0000`.",
            }
        if kind == "enum":
            out = {
                "type": "string",
                "enum": [v.code for v in t.enum],
                "x-enum-varnames": [v.member for v in t.enum],
                "description": "\n".join(
                    f"* `{v.code}`: {v.name}" + (f" — {v.description}" if v.description else "")
                    for v in t.enum
                ),
            }
            if any(v.description for v in t.enum):
                out["x-enum-descriptions"] = [v.description or v.name for v in t.enum]
            return out
        if kind == "array":
            return {"type": "array", "items": self.value(t.items, view) if t.items else {}}
        if t.entity is not None:
            entity = self.spec.entity(t.entity)
            return _ref(self.entity_schema(entity, "create" if view == "action" else view))
        if t.fields is not None:
            return self.object(t.fields, view)
        return {"type": "object"}

    def field(self, f: FieldDef, view: str) -> JSON:
        inner = self.value(f.type, view)
        notes = [f.description.strip()] if f.description.strip() else []
        if "description" in inner:
            notes.append(inner.pop("description"))
        # The server may leave any field null; a request may send null for a field it leaves
        # unset (an update sends back the nulls it read).
        nullable = not f.always_returned if view == "response" else f.nullable or not f.required
        spellings = [inner]
        number = f.default and isinstance(f.default[0], int) and not isinstance(f.default[0], bool)
        if view == "response" and f.type.kind == "enum" and number:
            # A numeric default says the server sends this enum's codes as JSON numbers.
            codes = [int(v.code) for v in f.type.enum]
            spellings.append({"type": "integer", "enum": codes, "description": "As numbers."})
        if view in ("create", "update") and nullable and f.type.kind not in ("string", "ref"):
            # Clients that serialise whole structs send "" for what they leave unset.
            spellings.append({"const": "", "description": "Empty text: unset, as null."})
        if nullable:
            out = _nullable(*spellings)
        else:
            out = {"anyOf": spellings} if len(spellings) > 1 else inner
        if notes:
            out["description"] = "\n\n".join(notes)
        if view == "response":
            if f.read_only:
                out["readOnly"] = True
            if f.filterable:
                out["x-filterable"] = True
        elif view in ("create", "action") and f.default:
            out["default"] = f.default[0]
        return out

    def object(self, fields: tuple[FieldDef, ...], view: str) -> JSON:
        """An inline object with known keys; a request names the keys it must carry."""
        out: JSON = {
            "type": "object",
            "properties": {f.wire_name: self.field(f, view) for f in fields},
        }
        required = [f.wire_name for f in fields if f.required]
        if view != "response" and required:
            out["required"] = required
        return out

    # -- entities -----------------------------------------------------------------------------

    def entity_schema(self, entity: Entity, view: str) -> str:
        """The component of an entity as the server sends it, or as a create or update sends
        it (no server-set fields; an update names its object by id)."""
        name = entity.name + {"response": "", "create": "Create", "update": "Update"}[view]
        if name in self.schemas:
            return name
        self.schemas[name] = {}  # taken before its fields, which may name it again
        set_as = f"Set as `{entity.name}`."
        if view == "response":
            fields = entity.fields
            props: JSON = {"entity": {"const": entity.name, "description": set_as}}
        else:
            fields = entity.writable_fields
            props = {"entity": {"type": "string", "description": set_as}}
            has_id = "id" in {f.wire_name for f in entity.fields}
            if view == "update" and has_id and "id" not in {f.wire_name for f in fields}:
                props["id"] = {"type": "string", "description": f"Id of the {entity.name}."}
        props.update({f.wire_name: self.field(f, view) for f in fields})
        for wire in entity.mfa_fields if view == "update" else ():
            props[wire]["x-billcom-mfa"] = True  # a change needs an MFA-trusted session
        if "id" in props and entity.id_prefix:
            props["id"]["description"] = (
                props["id"].get("description", "") + f" The value begins with `{entity.id_prefix}`."
            ).strip()
        schema: JSON = {"type": "object", "description": entity.description.strip()}
        if view == "response":
            schema["x-billcom-entity"] = entity.name
            schema["required"] = ["entity"] + [f.wire_name for f in fields if f.always_returned]
        else:
            # An update sends the whole object back, so what a create needs, an update needs.
            schema["required"] = [f.wire_name for f in fields if f.required]
        schema["properties"] = props
        if not schema["required"]:
            del schema["required"]
        self.schemas[name] = schema
        return name

    def write_data(self, entity: Entity, view: str) -> str:
        """`data` of Crud/Create or Crud/Update: the object, and the options beside it."""
        name = f"{entity.name}{view.capitalize()}Data"
        if name not in self.schemas:
            # The object itself names its entity, and an update its id (a child line may not:
            # a new one has none).
            has_id = view == "update" and "id" in {f.wire_name for f in entity.fields}
            obj = {
                "allOf": [_ref(self.entity_schema(entity, view))],
                "required": ["entity", "id"] if has_id else ["entity"],
                "properties": {"entity": {"const": entity.name}},
            }
            options = {o.wire_name: self.field(o, "create") for o in entity.options}
            required = ["obj"] + [
                o.wire_name for o in entity.options if o.required and view == "create"
            ]
            self.schemas[name] = {
                "type": "object",
                "required": required,
                "properties": {"obj": obj, **options},
            }
        return name

    def list_data(self, entity: Entity) -> str:
        name = f"{entity.name}ListData"
        facts = self.spec.facts
        filterable = [f.wire_name for f in entity.fields if f.filterable]
        text = {"type": "string"}
        filter_props: JSON = {
            "field": {"type": "string", "enum": filterable},
            "op": {"type": "string", "enum": list(facts["list_filter_operators"])},
            "value": {
                "anyOf": [text, {"type": "array", "items": text}],
                "description": "Text: a code, an id, a date, a timestamp or digits; "
                "a list (or comma-separated text) for `in` and `nin`.",
            },
        }
        self.schemas[name] = {
            "type": "object",
            "properties": {
                "start": {"type": "integer", "minimum": 0, "default": 0},
                "max": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": facts["list_max_page_size"],
                    "default": facts["list_max_page_size"],
                },
                "filters": {
                    "type": "array",
                    "description": "Combined with AND; only fields marked x-filterable.",
                    "items": {
                        "type": "object",
                        "required": ["field", "op", "value"],
                        "properties": filter_props,
                    },
                }
                if filterable
                else {"type": "array", "maxItems": 0, "description": "Nothing to filter on."},
                "sort": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["field"],
                        "properties": {
                            "field": {
                                "type": "string",
                                "enum": [f.wire_name for f in entity.fields],
                            },
                            "asc": {
                                "anyOf": [
                                    {"type": "string", "enum": ["true", "false"]},
                                    {"type": "boolean"},
                                ],
                                "default": "true",
                                "description": 'Sent as text, "true" or "false".',
                            },
                        },
                    },
                },
                "nested": {"type": "boolean", "description": "Include child collections."},
                "showAudit": {"type": "boolean", "description": "Include who created each object."},
            },
        }
        return name

    def crud(self, entity: Entity) -> None:
        answer = _ref(self.entity_schema(entity, "response"))
        for op in entity.operations:
            mfa = op in entity.mfa
            safe = op in self.spec.facts["safe_to_repeat_operations"]
            if op == "list":
                listed = {"type": "array", "items": answer}
                self.post(
                    f"/List/{entity.name}.json",
                    f"list{entity.name}",
                    f"List {entity.name} objects, a page at a time.",
                    entity,
                    self.data_form(self.list_data(entity), required=False),
                    listed,
                    mfa=mfa,
                    safe=safe,
                )
                continue
            verb = _CRUD[op]
            data = self.write_data(entity, op) if op in ("create", "update") else "IdData"
            self.post(
                f"/Crud/{verb}/{entity.name}.json",
                f"{op}{entity.name}",
                f"{verb} a {entity.name}.",
                entity,
                self.data_form(data),
                answer,
                mfa=mfa,
                safe=safe,
            )
        for op in entity.bulk:
            verb = _CRUD[op]
            item = self.write_data(entity, op) if op in ("create", "update") else "IdData"
            bulk = {
                "type": "object",
                "required": ["bulk"],
                "properties": {
                    "bulk": {
                        "type": "array",
                        "maxItems": self.spec.facts["bulk_max_items"],
                        "items": _ref(item),
                    }
                },
            }
            self.schemas[f"{entity.name}Bulk{verb}Data"] = bulk
            results = {
                "type": "object",
                "properties": {
                    "bulk": {
                        "type": "array",
                        "description": "One envelope per item, in the order sent.",
                        "items": {"oneOf": [_success(answer), _ERROR]},
                    }
                },
            }
            self.post(
                f"/Bulk/Crud/{verb}/{entity.name}.json",
                f"bulk{verb}{entity.name}",
                f"{verb} up to {self.spec.facts['bulk_max_items']} {entity.name} objects "
                "in one call; each item succeeds or fails on its own.",
                entity,
                self.data_form(f"{entity.name}Bulk{verb}Data"),
                results,
                mfa=op in entity.mfa,
                safe=op in self.spec.facts["safe_to_repeat_operations"],
            )

    # -- actions ------------------------------------------------------------------------------

    def action(self, action: Action) -> None:
        request = self.object(action.request, "action")
        if action.form == "credentials":
            # Plain form fields, no session and no `data`; secrets are masked in UIs.
            secret = set(self.spec.facts["secret_fields"])
            for key, prop in request["properties"].items():
                if key in secret:
                    prop.update(format="password", writeOnly=True)
            body: JSON = {FORM: {"schema": request}}
        elif action.form == "session":
            body = self.session_form()
        else:
            data = None
            if action.request:
                data = f"{action.name}Request"
                self.schemas[data] = request
            body = self.data_form(data or "AnyData", required=bool(request.get("required")))
            if action.form == "multipart":
                form = body.pop(FORM)
                form["schema"]["properties"]["file"] = {
                    "type": "string",
                    "contentMediaType": "application/octet-stream",
                    "description": "The file's content, as a part with a file name.",
                }
                form["schema"]["required"].append("file")
                form["encoding"]["file"] = {"contentType": "application/octet-stream"}
                body[MULTIPART] = form
        response: JSON = {"description": "Empty: `{}` or nothing."}
        if action.response is not None:
            response = _ref(f"{action.name}Response")
            self.schemas[f"{action.name}Response"] = self.value(action.response, "response")
        self.post(
            f"/{action.name}.json",
            action.name[:1].lower() + action.name[1:],
            action.description.strip(),
            action,
            body,
            response,
            mfa=action.mfa,
            safe=action.safe_to_repeat,
            moves_money=action.moves_money,
        )

    # -- forms and paths ----------------------------------------------------------------------

    def session_form(self) -> JSON:
        schema = {
            "type": "object",
            "required": ["devKey", "sessionId"],
            "properties": {"devKey": _DEV_KEY, "sessionId": _SESSION_ID},
        }
        return {FORM: {"schema": schema}}

    def data_form(self, data: str, *, required: bool = True) -> JSON:
        """devKey, sessionId and `data`: JSON text whose schema is `data`'s component."""
        form = self.session_form()
        schema = form[FORM]["schema"]
        schema["properties"]["data"] = {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": _ref(data),
            "description": "The request as JSON text.",
        }
        if required:
            schema["required"].append("data")
        form[FORM]["encoding"] = {"data": {"contentType": "application/json"}}
        return form

    def post(
        self,
        path: str,
        operation_id: str,
        summary: str,
        owner: Entity | Action,
        body: JSON,
        response: JSON,
        *,
        mfa: bool,
        safe: bool,
        moves_money: bool = False,
    ) -> None:
        if operation_id in self.operation_ids:
            raise ValueError(f"two operations would be named {operation_id}")
        self.operation_ids.add(operation_id)
        tag = owner.name if isinstance(owner, Entity) else self.tags.get(owner.group, owner.group)
        operation: JSON = {
            "operationId": operation_id,
            "summary": summary.split("\n")[0],
            "tags": [tag],
            "requestBody": {"required": True, "content": body},
            "responses": {
                "200": {
                    "description": "The envelope: `response_status` 0 and the answer, "
                    "or 1 and the error (classic v2 answers errors with HTTP 200 too).",
                    "content": {
                        "application/json": {"schema": {"oneOf": [_success(response), _ERROR]}}
                    },
                },
                "default": {"$ref": "#/components/responses/Error"},
            },
            "x-billcom-safe-to-repeat": safe,
        }
        if mfa:
            operation["x-billcom-mfa"] = True
            operation["description"] = "Needs an MFA-trusted session (BDC_1361 otherwise)."
        if moves_money:
            operation["x-billcom-moves-money"] = True
        self.paths[path] = {"post": operation}

    # -- the document ---------------------------------------------------------------------------

    def errors(self) -> None:
        codes = self.spec.error_codes
        self.schemas["ErrorResponse"] = {
            "type": "object",
            "description": "The envelope of a refused request.",
            "required": ["response_status", "response_message", "response_data"],
            "properties": {
                "response_status": {"const": 1},
                "response_message": {"type": "string", "examples": ["Error"]},
                "response_data": {
                    "type": "object",
                    "required": ["error_code", "error_message"],
                    "properties": {
                        "error_code": {
                            "type": "string",
                            "pattern": r"^BDC_\d{4}$",
                            "description": "The catalogue has more codes than these; one not "
                            "listed is a plain error. Known codes (exception class):\n"
                            + "\n".join(
                                f"* `{code}`: {message} ({cls})"
                                for code, (cls, message) in codes.items()
                            ),
                            "examples": list(codes)[:3],
                            "x-billcom-codes": {
                                code: {"exception": cls, "message": message}
                                for code, (cls, message) in codes.items()
                            },
                        },
                        "error_message": {
                            "type": "string",
                            "description": "The code's message, its ${paramNameN} filled in.",
                        },
                    },
                },
            },
        }
        self.schemas["IdData"] = {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string", "minLength": 1}},
        }
        self.schemas["AnyData"] = {"type": "object"}

    def document(self) -> JSON:
        self.errors()
        for entity in self.spec.resources:
            self.crud(entity)
        for action in self.spec.actions:
            self.action(action)
        for entity in self.spec.entities:  # reached by no path (yet): still part of the API
            self.entity_schema(entity, "response")
        facts = self.spec.facts
        tags = [{"name": e.name, "description": e.description.strip()} for e in self.spec.resources]
        tags += [{"name": g} for g in sorted({a.group for a in self.spec.actions} - set(self.tags))]
        return {
            "openapi": "3.1.0",
            "info": {
                "title": "Bill.com v2 API",
                "version": _version(),
                "description": _DESCRIPTION.format(**facts),
                SOURCE_KEY: "spec/ of the billcom Python client",
            },
            "servers": [
                {"url": facts["production_base_url"], "description": "Production"},
                {"url": facts["sandbox_base_url"], "description": "Sandbox"},
            ],
            "tags": sorted(tags, key=lambda t: t["name"]),
            "paths": dict(sorted(self.paths.items())),
            "components": {
                "schemas": dict(sorted(self.schemas.items())),
                "responses": {
                    "Error": {
                        "description": "An error envelope under another HTTP status "
                        "(BDC_1109 with 401, BDC_1361 with 403 and BDC_1121 with 404 are seen).",
                        "content": {"application/json": {"schema": _ERROR}},
                    }
                },
            },
        }


def _success(response: JSON) -> JSON:
    return {
        "type": "object",
        "required": ["response_status", "response_message", "response_data"],
        "properties": {
            "response_status": {"const": 0},
            "response_message": {"type": "string", "examples": ["Success"]},
            "response_data": response,
        },
    }


_DESCRIPTION = """\
Every call is an HTTP POST of a form to the server URL followed by the path: `devKey`, `sessionId` and `data`, \
the request as JSON text (Login and ListOrgs take their credentials as plain form fields; \
UploadAttachment is multipart). Every answer is an envelope: `response_status` 0 with \
`response_data`, or 1 with an error code. Log in with `/Login.json` and send later calls to the \
`apiEndPoint` it answers; a session ends after {session_idle_timeout_minutes} idle minutes \
(BDC_1109). Limits: {requests_per_hour_per_dev_key} requests an hour per developer key, \
{login_requests_per_hour_per_dev_key} of them Login or ListOrgs (BDC_1144); \
{max_concurrent_requests_per_org} in flight per organization (BDC_1322); List pages of at most \
{list_max_page_size}; Bulk calls of at most {bulk_max_items} objects.

OpenAPI has no security scheme for credentials in a form body: `devKey` and `sessionId` are \
form fields of every operation (format `password`), and `x-billcom-mfa` marks operations that \
need an MFA-trusted session. Exported from the spec of the billcom Python client; see its \
codegen/README.md for what else the format cannot say.
"""


def _version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', _VERSION.read_text(encoding="utf-8"))
    return match.group(1) if match else "0"


def build(spec: Spec) -> JSON:
    """The OpenAPI document of the spec."""
    return _Builder(spec).document()


def render(spec: Spec) -> str:
    """The document as written: stable order (spec order inside objects), a trailing newline."""
    return json.dumps(build(spec), indent=2, ensure_ascii=False) + "\n"


def write(spec: Spec, out_dir: Path) -> Path:
    """Write `out_dir/openapi.json` (only when it changed, so its mtime means something)."""
    path = out_dir / FILE_NAME
    text = render(spec)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        out_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def stale(spec: Spec, out_dir: Path) -> str:
    """A unified diff from the checked-in document to a fresh export ("" when up to date)."""
    path = out_dir / FILE_NAME
    have = path.read_text(encoding="utf-8") if path.is_file() else ""
    want = render(spec)
    if have == want:
        return ""
    return "".join(
        difflib.unified_diff(
            have.splitlines(keepends=True),
            want.splitlines(keepends=True),
            fromfile=f"{path} (checked in)",
            tofile=f"{path} (fresh generation)",
        )
    )
