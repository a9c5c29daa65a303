# Generated from spec/actions/GetDocuments.yaml by codegen. Do not edit: run make generate.
"""Types of GetDocuments: List the documents attached to a bill."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
    Number,
    NumberInput,
    Timestamp,
)

__all__ = [
    "GetDocumentsParams",
    "GetDocumentsParamsModel",
    "GetDocumentsResponse",
    "GetDocumentsResponseDocumentsItem",
]


class GetDocumentsParams(TypedDict, total=False):
    """Keyword arguments for GetDocuments."""

    id: Required[str]
    start: Required[Decimal | int | str]
    max: Required[Decimal | int | str]


class GetDocumentsParamsModel(ParamsModel):
    """Validates and serializes `GetDocumentsParams`."""

    id: str = Field(alias="id")
    start: NumberInput = Field(alias="start")
    max: NumberInput = Field(alias="max")


class GetDocumentsResponseDocumentsItem(BillComModel):
    """`GetDocumentsResponse.documents`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    id: Lenient[str] | None = Field(default=None, alias="id")
    """Document id (prefix 00h), used to download the file."""
    file_name: Lenient[str] | None = Field(default=None, alias="fileName")
    """Name of the attached file."""
    created_date: Lenient[Timestamp] | None = Field(default=None, alias="createdDate")
    """When the document was attached."""
    num_pages: Lenient[Number] | None = Field(default=None, alias="numPages")
    """Number of pages of the document."""
    file_url: Lenient[str] | None = Field(default=None, alias="fileUrl")
    """Download URL carrying the document id."""
    scan_status: Lenient[str] | None = Field(default=None, alias="scanStatus")
    """Result of BILL's file scan, "clean" when it passed."""


class GetDocumentsResponse(BillComModel):
    """What GetDocuments answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "documents": GetDocumentsResponseDocumentsItem,
    }

    documents: Lenient[list[GetDocumentsResponseDocumentsItem]] | None = Field(
        default=None, alias="documents"
    )
    num_pages: Lenient[Number] | None = Field(default=None, alias="numPages")
    """Total number of documents on the bill."""
