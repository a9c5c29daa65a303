# Generated from spec/actions/GetObjectUrl.yaml by codegen. Do not edit: run make generate.
"""Types of GetObjectUrl: Get the web-app URL of an object, to hand a signed-in user over to the web app."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = ["GetObjectUrlParams", "GetObjectUrlParamsModel", "GetObjectUrlResponse"]


class GetObjectUrlParams(TypedDict, total=False):
    """Keyword arguments for GetObjectUrl."""

    object_id: Required[str]


class GetObjectUrlParamsModel(ParamsModel):
    """Validates and serializes `GetObjectUrlParams`."""

    object_id: str = Field(alias="objectId")


class GetObjectUrlResponse(BillComModel):
    """What GetObjectUrl answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    url: Lenient[str] | None = Field(default=None, alias="url")
    """Web-app URL of the object, e.g. https://app-stage02.us.bill.com/bill?id=00n..."""
