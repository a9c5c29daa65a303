# Generated from spec/actions/GetDocumentPages.yaml by codegen. Do not edit: run make generate.
"""Types of GetDocumentPages: Describe the document attached to a bill or vendor credit: file URL and page count."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
    Number,
)

__all__ = [
    "GetDocumentPagesParams",
    "GetDocumentPagesParamsModel",
    "GetDocumentPagesResponse",
    "GetDocumentPagesResponseDocumentPages",
]


class GetDocumentPagesParams(TypedDict, total=False):
    """Keyword arguments for GetDocumentPages."""

    id: Required[str]


class GetDocumentPagesParamsModel(ParamsModel):
    """Validates and serializes `GetDocumentPagesParams`."""

    id: str = Field(alias="id")


class GetDocumentPagesResponseDocumentPages(BillComModel):
    """`GetDocumentPagesResponse.documentPages`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    file_url: Lenient[str] | None = Field(default=None, alias="fileUrl")
    """Download URL carrying the document id; null if nothing is attached."""
    num_pages: Lenient[Number] | None = Field(default=None, alias="numPages")
    """Number of pages of the attachment."""


class GetDocumentPagesResponse(BillComModel):
    """What GetDocumentPages answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "documentPages": GetDocumentPagesResponseDocumentPages,
    }

    document_pages: Lenient[GetDocumentPagesResponseDocumentPages] | None = Field(
        default=None, alias="documentPages"
    )
