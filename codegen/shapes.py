"""Classes to generate, and the Python annotation of every field in them.

A *shape* is one generated class: an entity, an inline object with known keys, or an action's
request or response. A field's annotation depends on where it appears:

- model:   what a response holds (lenient: anything unexpected is kept as received),
- params:  what the pydantic request validators accept (exact),
- typed:   what the TypedDicts behind `**params` promise to the type checker.
"""

from __future__ import annotations

from dataclasses import dataclass

from codegen.spec import Action, Entity, FieldDef, TypeRef

_SCALARS = {
    # kind: (model type, params validator type, TypedDict type)
    "string": ("str", "str", "str"),
    "ref": ("str", "str", "str"),
    "number": ("Number", "NumberInput", "Decimal | int | str"),
    "integer": ("Integer", "Integer", "int"),
    "boolean": ("Boolean", "Boolean", "bool"),
    "date": ("Date", "DateInput", "dt.date | str"),
    "datetime": ("Timestamp", "Timestamp", "dt.datetime"),
}
_MODES = ("model", "params", "typed")


def pascal(py_name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in py_name.split("_") if p)


@dataclass(frozen=True)
class Shape:
    name: str
    fields: tuple[FieldDef, ...]
    description: str
    entity: str | None = None  # the wire `entity` of a spec entity
    model: bool = True  # generate the response model
    params: bool = True  # generate request TypedDict + validator

    @property
    def writable_fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for f in self.fields if not f.read_only)

    @property
    def read_only(self) -> list[str]:
        return sorted(f.wire_name for f in self.fields if f.read_only)

    @property
    def required(self) -> list[str]:
        """Wire names a create must send, and so an update too (it sends the whole object)."""
        return sorted(f.wire_name for f in self.fields if f.required)


def _unwrap(t: TypeRef) -> tuple[TypeRef, bool]:
    if t.kind == "array" and t.items is not None:
        return t.items, True
    return t, False


def inline_name(owner: str, field: FieldDef, in_array: bool) -> str:
    return owner + pascal(field.py_name) + ("Item" if in_array else "")


def enum_name(owner: str, field: FieldDef) -> str:
    return owner + pascal(field.py_name)


def _inner(owner: str, field: FieldDef, t: TypeRef, mode: str, in_array: bool = False) -> str:
    if t.kind in _SCALARS:
        return _SCALARS[t.kind][_MODES.index(mode)]
    if t.kind == "enum":
        # Open enums: a code the spec does not list is real data, kept as text.
        cls = enum_name(owner, field)
        return {
            "model": f"Annotated[{cls}, Code] | UnknownCode",
            "params": f"Annotated[{cls} | str, CodeInput]",
            "typed": f"{cls} | str",
        }[mode]
    if t.kind == "array":
        # Requests take any sequence (a tuple, or a list built beforehand); responses are lists.
        seq = "Sequence" if mode == "typed" else "list"
        if t.items is None:
            return f"{seq}[Any]"
        return f"{seq}[{_inner(owner, field, t.items, mode, in_array=True)}]"
    if t.kind == "object":
        if t.entity is not None:
            return {
                "model": t.entity,
                "params": f"{t.entity}CreateParamsModel",
                "typed": f"{t.entity}CreateParams",
            }[mode]
        if t.fields is not None:
            cls = inline_name(owner, field, in_array)
            return {"model": cls, "params": f"{cls}ParamsModel", "typed": f"{cls}Params"}[mode]
        # A free-form object: the spec leaves its keys open.
        return "Mapping[str, Any]" if mode == "typed" else "dict[str, Any]"
    raise AssertionError(t.kind)


def model_annotation(owner: str, field: FieldDef) -> str:
    """`T` for a field the server always sends, `T | None` otherwise; leniency is run-time only."""
    inner = f"Lenient[{_inner(owner, field, field.type, 'model')}]"
    return inner if field.always_returned else f"{inner} | None"


def model_default(field: FieldDef) -> str:
    """A field the server always sends is typed as present; a reply without it still reads."""
    return "ABSENT" if field.always_returned else "None"


def params_annotation(owner: str, field: FieldDef, *, required: bool) -> str:
    inner = _inner(owner, field, field.type, "params")
    return inner if required else f"{inner} | None"


def typed_annotation(owner: str, field: FieldDef, *, required: bool) -> str:
    inner = _inner(owner, field, field.type, "typed")
    return f"Required[{inner}]" if required else f"NotRequired[{inner} | None]"


def response_annotation(name: str, t: TypeRef | None) -> str:
    """The return type of an action method."""
    if t is None:
        return "None"
    if t.kind == "object" and t.entity is None and t.fields is None:
        return "dict[str, Any]"
    holder = FieldDef("response", "response", t, False, False, False, False, "")
    return _inner(name, holder, t, "model")


def children(shape: Shape) -> dict[str, str]:
    """Wire name -> model class of fields holding nested objects, for `__children__`."""
    out = {}
    for f in shape.fields:
        t, in_array = _unwrap(f.type)
        if t.kind == "object" and (t.entity or t.fields is not None):
            out[f.wire_name] = t.entity or inline_name(shape.name, f, in_array)
    return out


def nested_entities(fields: tuple[FieldDef, ...], response: TypeRef | None = None) -> list[str]:
    """Spec entities used inside these fields (any depth), sorted, for imports."""
    found: set[str] = set()

    def walk(t: TypeRef) -> None:
        if t.entity is not None:
            found.add(t.entity)
        if t.items is not None:
            walk(t.items)
        for f in t.fields or ():
            walk(f.type)

    for f in fields:
        walk(f.type)
    if response is not None:
        walk(response)
    return sorted(found)


def expand(root: Shape) -> tuple[list[tuple[FieldDef, str, str]], list[Shape]]:
    """Enums (field, class, owner) and shapes to emit for `root`, inline children first."""
    enums: list[tuple[FieldDef, str, str]] = []
    shapes: list[Shape] = []

    def visit(shape: Shape) -> None:
        for f in shape.fields:
            t, in_array = _unwrap(f.type)
            if t.kind == "enum":
                enums.append((f, enum_name(shape.name, f), shape.name))
            if t.kind == "object" and t.fields is not None:
                visit(
                    Shape(
                        name=inline_name(shape.name, f, in_array),
                        fields=t.fields,
                        description=f.description or f"`{shape.name}.{f.wire_name}`.",
                        model=shape.model,
                        params=shape.params and not f.read_only,
                    )
                )
        shapes.append(shape)

    visit(root)
    return enums, shapes


def entity_shape(entity: Entity) -> Shape:
    return Shape(
        name=entity.name,
        fields=entity.fields,
        description=entity.description,
        entity=entity.name,
        params=bool(entity.writable_fields),
    )


def action_shapes(action: Action) -> list[Shape]:
    """The request (params only) and, for an inline-object response, the response model."""
    shapes = [Shape(action.name, action.request, action.description, model=False)]
    response = action.response
    if response is not None:
        t, in_array = _unwrap(response)
        if t.kind == "object" and t.fields is not None:
            holder = FieldDef("response", "response", response, False, False, False, False, "")
            shapes.append(
                Shape(
                    inline_name(action.name, holder, in_array),
                    t.fields,
                    f"What {action.name} answers.",
                    params=False,
                )
            )
    return shapes


def _scalar(field: FieldDef) -> bool:
    return field.type.kind not in ("array", "object")


def sort_fields(entity: Entity) -> list[str]:
    """Wire names a List sort may name: the entity's scalar fields."""
    return [f.wire_name for f in entity.fields if _scalar(f)]


def filter_fields(entity: Entity) -> list[str]:
    """Wire names a List filter may name: the scalar fields the API lets you filter with."""
    return [f.wire_name for f in entity.fields if _scalar(f) and f.filterable]


#: What a filter value of each kind of field is, to the type checker (and checked at run time).
_FILTER_VALUES = {
    "string": ("Text", "str"),
    "ref": ("Text", "str"),
    "number": ("Amount", "Decimal | int"),
    "integer": ("Integer", "int"),
    "boolean": ("Flag", "bool"),
    "date": ("Date", "dt.date"),
    "datetime": ("Time", "dt.datetime"),
}


@dataclass(frozen=True)
class FilterGroup:
    """Filterable fields whose values have one type: one TypedDict of the `<Entity>Filter` union."""

    name: str
    value: str
    fields: tuple[str, ...]


def filter_groups(entity: Entity) -> list[FilterGroup]:
    """Filterable fields grouped by value type; an enum field is a group of its own."""
    groups: dict[tuple[str, str], list[str]] = {}
    for f in entity.fields:
        if not (_scalar(f) and f.filterable):
            continue
        if f.type.kind == "enum":
            cls = enum_name(entity.name, f)
            key = (f"{entity.name}{pascal(f.py_name)}Filter", f"{cls} | str")
        else:
            suffix, value = _FILTER_VALUES[f.type.kind]
            key = (f"{entity.name}{suffix}Filter", value)
        groups.setdefault(key, []).append(f.wire_name)
    return [FilterGroup(name, value, tuple(names)) for (name, value), names in groups.items()]


def filter_kinds(entity: Entity) -> dict[str, str]:
    """Wire name -> type kind of each filterable field, for the run-time check of values."""
    return {
        f.wire_name: "string" if f.type.kind == "ref" else f.type.kind
        for f in entity.fields
        if _scalar(f) and f.filterable
    }
