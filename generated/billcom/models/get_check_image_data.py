# Generated from spec/actions/GetCheckImageData.yaml by codegen. Do not edit: run make generate.
"""Types of GetCheckImageData: Get the image link of a cleared check."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = [
    "GetCheckImageDataParams",
    "GetCheckImageDataParamsModel",
    "GetCheckImageDataResponse",
    "GetCheckImageDataResponseCheckImageDataItem",
]


class GetCheckImageDataParams(TypedDict, total=False):
    """Keyword arguments for GetCheckImageData."""

    sent_pay_id: Required[str]


class GetCheckImageDataParamsModel(ParamsModel):
    """Validates and serializes `GetCheckImageDataParams`."""

    sent_pay_id: str = Field(alias="sentPayId")


class GetCheckImageDataResponseCheckImageDataItem(BillComModel):
    """`GetCheckImageDataResponse.checkImageData`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    url: Lenient[str] | None = Field(default=None, alias="url")
    """Check image URL, containing a check-image id (prefix cki)."""


class GetCheckImageDataResponse(BillComModel):
    """What GetCheckImageData answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "checkImageData": GetCheckImageDataResponseCheckImageDataItem,
    }

    check_image_data: Lenient[list[GetCheckImageDataResponseCheckImageDataItem]] | None = Field(
        default=None, alias="checkImageData"
    )
