"""Base classes of the generated models."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, SerializerFunctionWrapHandler, model_serializer

from . import _json
from ._facts import SECRET_ATTRIBUTES
from ._types import WIRE

__all__ = ["BillComModel", "ParamsModel"]


class BillComModel(BaseModel):
    """An object as Bill.com returns it.

    Unknown fields are kept (and sent back on update); snake_case names and wire names
    are both accepted on input. `to_dict()` and `to_json()` give the object as Bill.com sends
    it (wire names, codes, exact amounts); `model_dump()` behaves as pydantic documents it.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        protected_namespaces=(),
    )

    #: Wire names the server sets itself; left out when the object is sent back.
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    #: Wire names a create must send; an update sends the whole object, so it needs them too.
    __required__: ClassVar[frozenset[str]] = frozenset()
    #: Kind of each field a List filter may name (string, number, date, enum, ...).
    __filters__: ClassVar[dict[str, str]] = {}
    #: Wire names of nested objects, with their model classes.
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # Show what the server sent, not the ~100 unset attributes of a large entity,
        # and never a session id or MFA id.
        for key, value in super().__repr_args__():
            if key is None or key in self.model_fields_set:
                yield key, "***" if key in SECRET_ATTRIBUTES else value

    def to_dict(self) -> dict[str, Any]:
        """The object as Bill.com sends it: wire names, dates and timestamps as text, enum codes,
        amounts as exact `Decimal`s; exactly what was received, plus any changes."""
        data: dict[str, Any] = self.model_dump(
            mode="python", by_alias=True, exclude_unset=True, context=WIRE
        )
        return data

    def to_wire(self) -> dict[str, Any]:
        """The same as `to_dict()`: the object as it travels."""
        return self.to_dict()

    def to_json(self) -> str:
        """`to_dict()` as compact JSON text, amounts with exactly their digits."""
        return _json.dumps(self.to_dict())

    @classmethod
    def writable_wire(cls, wire: dict[str, Any]) -> dict[str, Any]:
        """Drop server-set fields, at every level, from wire data of this model."""
        out = {key: value for key, value in wire.items() if key not in cls.__read_only__}
        for key, child in cls.__children__.items():
            value = out.get(key)
            if isinstance(value, list):
                out[key] = [child.writable_wire(v) if isinstance(v, dict) else v for v in value]
            elif isinstance(value, dict):
                out[key] = child.writable_wire(value)
        return out


class ParamsModel(BaseModel):
    """What may be sent on create or update: writable fields only, unknown names rejected."""

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
    )

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # Request parameters may carry an mfaId or a password: never in a repr.
        for key, value in super().__repr_args__():
            yield key, "***" if key in SECRET_ATTRIBUTES else value

    #: The wire `entity` of a spec entity; inline objects and action requests have none.
    __entity__: ClassVar[str | None] = None
    #: The response model of that entity, which knows the fields Bill.com sets itself.
    __model__: ClassVar[type[BillComModel] | None] = None

    @model_serializer(mode="wrap")
    def _with_entity(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Every entity object on the wire, nested ones included, names its entity.
        data: dict[str, Any] = handler(self)
        return data if self.__entity__ is None else {"entity": self.__entity__, **data}
