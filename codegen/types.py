"""How spec field types become Python annotations in the three places they appear.

- model:   what a response holds (lenient: anything unexpected is kept as received),
- params:  what the pydantic request validators accept (exact),
- typed:   what the TypedDicts behind `**params` promise to the type checker.
"""

from __future__ import annotations

from codegen.spec import Entity, FieldDef, TypeRef

_SCALARS = {
    # kind: (model/params type, TypedDict type)
    "string": ("str", "str"),
    "ref": ("str", "str"),
    "number": ("Number", "Decimal | float"),
    "integer": ("Integer", "int"),
    "boolean": ("Boolean", "bool"),
    "date": ("Date", "dt.date"),
    "datetime": ("Timestamp", "dt.datetime"),
}


def enum_class(entity: Entity, field: FieldDef) -> str:
    return entity.name + "".join(p[:1].upper() + p[1:] for p in field.py_name.split("_") if p)


def _inner(entity: Entity, field: FieldDef, t: TypeRef, mode: str) -> str:
    if t.kind in _SCALARS:
        return _SCALARS[t.kind][1 if mode == "typed" else 0]
    if t.kind == "enum":
        cls = enum_class(entity, field)
        return cls if mode == "model" else f"{cls} | str"
    if t.kind == "array":
        if t.items is None:
            return "list[Any]"
        return f"list[{_inner(entity, field, t.items, mode)}]"
    if t.kind == "object":
        if t.entity is None:
            return "dict[str, Any]"
        return {
            "model": t.entity,
            "params": f"{t.entity}CreateParamsModel",
            "typed": f"{t.entity}CreateParams",
        }[mode]
    raise AssertionError(t.kind)


def model_annotation(entity: Entity, field: FieldDef) -> str:
    return f"Lenient[{_inner(entity, field, field.type, 'model')}] | None"


def params_annotation(entity: Entity, field: FieldDef, *, required: bool) -> str:
    inner = _inner(entity, field, field.type, "params")
    return inner if required else f"{inner} | None"


def typed_annotation(entity: Entity, field: FieldDef, *, required: bool) -> str:
    inner = _inner(entity, field, field.type, "typed")
    return f"Required[{inner}]" if required else f"NotRequired[{inner} | None]"


def nested_entities(entity: Entity) -> list[str]:
    """Entities nested (as objects) in this one's fields, sorted, for imports."""
    found: set[str] = set()

    def walk(t: TypeRef) -> None:
        if t.entity is not None:
            found.add(t.entity)
        if t.items is not None:
            walk(t.items)

    for f in entity.fields:
        walk(f.type)
    found.discard(entity.name)
    return sorted(found)


def children(entity: Entity) -> dict[str, str]:
    """Wire name -> nested entity, for fields holding objects or lists of objects."""
    out = {}
    for f in entity.fields:
        t = f.type.items if f.type.kind == "array" and f.type.items is not None else f.type
        if t.kind == "object" and t.entity is not None:
            out[f.wire_name] = t.entity
    return out


def uses(entity: Entity, mode: str) -> set[str]:
    """Names from the runtime `_types` module a generated module needs."""
    names: set[str] = set()

    def walk(t: TypeRef) -> None:
        if t.kind in _SCALARS:
            names.add(_SCALARS[t.kind][0])
        if t.items is not None:
            walk(t.items)

    fields = entity.fields if mode == "model" else entity.writable_fields
    for f in fields:
        walk(f.type)
    names.discard("str")
    return names
