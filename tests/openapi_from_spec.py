"""Build an OpenAPI 3.0 document in the v2 reference's conventions from a loaded spec.

The audit tests read it back: a document built from the spec itself must agree with it, and each
known edit to the document must show up as exactly the divergence it makes.
"""

from __future__ import annotations

from typing import Any

from codegen.spec import Action, Entity, FieldDef, Spec, TypeRef

_FORM = "application/x-www-form-urlencoded"


def _envelope(data: dict[str, Any] | None) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "response_status": {"type": "integer"},
            "response_message": {"type": "string"},
        },
    }
    if data is not None:
        schema["properties"]["response_data"] = data
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.prefix = {e.name: e.id_prefix for e in spec.entities}
        self.doc: dict[str, Any] = {
            "openapi": "3.0.3",
            "info": {"title": "built from the spec", "version": "1"},
            "paths": {},
            "components": {"schemas": {}},
        }

    def value(self, t: TypeRef, *, request: bool, owner: str = "") -> dict[str, Any]:
        notes: list[str] = []
        out: dict[str, Any] = {}
        if t.kind in ("string", "ref", "enum", "date", "datetime"):
            out["type"] = "string"
        elif t.kind in ("number", "integer", "boolean", "array", "object"):
            out["type"] = t.kind
        if t.kind == "ref" and t.ref and self.prefix.get(t.ref):
            notes.append(f"The value begins with `{self.prefix[t.ref]}`.")
        if t.kind == "date":
            notes.append("In the YYYY-MM-DD format.")
        if t.kind == "datetime":
            notes.append("A date and time.")
        if t.kind == "enum":
            notes += [f"* `{v.code}`: {v.name}" for v in t.enum]
        if t.kind == "array" and t.items is not None:
            out["items"] = self.value(t.items, request=request, owner=owner)
        if t.kind == "object" and t.entity is not None:
            nested = self.spec.entity(t.entity)
            out.update(self.obj(nested, nested.fields, request=request, create=request))
        elif t.kind == "object" and t.fields is not None:
            out.update(self.props(t.fields, request=request, required=request))
        if notes:
            out["description"] = "\n".join(notes)
        return out

    def field(self, f: FieldDef, *, request: bool) -> dict[str, Any]:
        out = self.value(f.type, request=request)
        if f.filterable and not request:
            out["description"] = out.get("description", "") + " You can filter with this field."
        return out

    def props(
        self, fields: tuple[FieldDef, ...], *, request: bool, required: bool
    ) -> dict[str, Any]:
        shown = [f for f in fields if not (request and f.read_only)]
        out: dict[str, Any] = {
            "type": "object",
            "properties": {f.wire_name: self.field(f, request=request) for f in shown},
        }
        needed = [f.wire_name for f in shown if required and f.required]
        if needed:
            out["required"] = needed
        return out

    def obj(
        self, entity: Entity, fields: tuple[FieldDef, ...], *, request: bool, create: bool
    ) -> dict[str, Any]:
        """An object of `entity`: naming itself, with its id prefix on `id`."""
        out = self.props(fields, request=request, required=create)
        out["properties"] = {
            "entity": {"type": "string", "description": f"Set as `{entity.name}`."},
            **out["properties"],
        }
        if "id" in out["properties"] and entity.id_prefix:
            out["properties"]["id"]["description"] = (
                f"The value begins with `{entity.id_prefix}`. "
                + out["properties"]["id"].get("description", "")
            ).strip()
        return out

    def post(self, path: str, body: dict[str, Any], response: dict[str, Any] | None) -> None:
        self.doc["paths"][path] = {
            "post": {"requestBody": {"content": body}, "responses": _envelope(response)}
        }

    def data_form(self, data: dict[str, Any]) -> dict[str, Any]:
        props = {"devKey": {"type": "string"}, "sessionId": {"type": "string"}, "data": data}
        return {_FORM: {"schema": {"type": "object", "properties": props}}}

    def entity(self, entity: Entity) -> None:
        name = entity.name
        schemas = self.doc["components"]["schemas"]
        schemas[f"{name}Object"] = self.obj(entity, entity.fields, request=False, create=False)
        answer = {"$ref": f"#/components/schemas/{name}Object"}
        by_id = {"type": "object", "properties": {"id": {"type": "string"}}}
        options = {o.wire_name: self.field(o, request=True) for o in entity.options}
        for op in entity.operations:
            if op in ("create", "update"):
                body = self.obj(entity, entity.fields, request=True, create=op == "create")
                if op == "update" and "id" in {f.wire_name for f in entity.fields}:
                    body["properties"]["id"] = {"type": "string"}
                schemas[f"{op.capitalize()}{name}Request"] = {
                    "type": "object",
                    "properties": {"obj": body, **options},
                }
                data = {"$ref": f"#/components/schemas/{op.capitalize()}{name}Request"}
                self.post(f"/Crud/{op.capitalize()}/{name}.json", self.data_form(data), answer)
            elif op == "list":
                listed = {"type": "array", "items": answer}
                self.post(f"/List/{name}.json", self.data_form({"type": "object"}), listed)
            else:
                reply = answer if op == "read" else None
                self.post(f"/Crud/{op.capitalize()}/{name}.json", self.data_form(by_id), reply)
        for op in entity.bulk:
            self.post(f"/Bulk/Crud/{op.capitalize()}/{name}.json", self.data_form(by_id), None)

    def action(self, action: Action) -> None:
        request = self.props(action.request, request=True, required=True)
        if action.form == "data":
            body = self.data_form(request)
        elif action.form == "session":
            body = self.data_form(request)
            del body[_FORM]["schema"]["properties"]["data"]
        elif action.form == "multipart":
            request["properties"]["sessionId"] = {"type": "string"}
            body = {"multipart/form-data": {"schema": request}}
        else:
            body = {_FORM: {"schema": request}}
        response = self.value(action.response, request=False) if action.response else None
        self.post(f"/{action.name}.json", body, response)


def openapi_from_spec(spec: Spec) -> dict[str, Any]:
    builder = _Builder(spec)
    for entity in spec.resources:
        builder.entity(entity)
    for action in spec.actions:
        builder.action(action)
    return builder.doc
