# Generated from spec/actions/GetDocumentPages.yaml by codegen. Do not edit: run make generate.
"""Types of GetDocumentPages: Describe the document attached to a bill or vendor credit: file URL, page count and name."""

from __future__ import annotations

from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import Integer, Lenient

__all__ = [
    "GetDocumentPagesParams",
    "GetDocumentPagesParamsModel",
    "GetDocumentPagesResponse",
    "GetDocumentPagesResponseDocumentPages",
]


class GetDocumentPagesParams(TypedDict, total=False):
    """Keyword arguments for GetDocumentPages."""

    id: Required[str]
    page_number: NotRequired[int | None]


class GetDocumentPagesParamsModel(ParamsModel):
    """Validates and serializes `GetDocumentPagesParams`."""

    id: str = Field(alias="id")
    page_number: Integer | None = Field(default=None, alias="pageNumber")


class GetDocumentPagesResponseDocumentPages(BillComModel):
    """`GetDocumentPagesResponse.documentPages`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    file_url: Lenient[str] | None = Field(default=None, alias="fileUrl")
    """File URL; null if nothing is attached."""
    num_pages: Lenient[Integer] | None = Field(default=None, alias="numPages")
    """Number of pages."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """Document name."""


class GetDocumentPagesResponse(BillComModel):
    """What GetDocumentPages answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "documentPages": GetDocumentPagesResponseDocumentPages,
    }

    document_pages: Lenient[GetDocumentPagesResponseDocumentPages] | None = Field(
        default=None, alias="documentPages"
    )
