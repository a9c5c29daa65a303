# Generated from spec/entities/Attachment.yaml by codegen. Do not edit: run make generate.
"""Attachment: A file attached to a BILL object or placed in the BILL Inbox."""

from __future__ import annotations

from typing import ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Lenient,
)

__all__ = [
    "Attachment",
    "AttachmentCreateParams",
    "AttachmentCreateParamsModel",
    "AttachmentUpdateParams",
    "AttachmentUpdateParamsModel",
]


class Attachment(BillComModel):
    """A file attached to a BILL object or placed in the BILL Inbox."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(["file", "fileName"])

    entity: Lenient[str] = Field(default="Attachment", alias="entity")
    """The wire name of the object's type: "Attachment"."""
    id: Lenient[str] | None = Field(default=None, alias="id")
    """Id of the object to attach the file to; omit to send it to the BILL Inbox."""
    file_name: Lenient[str] | None = Field(default=None, alias="fileName")
    """File name."""
    file: Lenient[str] | None = Field(default=None, alias="file")
    """File content, sent as the binary multipart part named file."""
    document: Lenient[str] | None = Field(default=None, alias="document")
    """Base64 file content, an alternative to file."""


class AttachmentCreateParams(TypedDict, total=False):
    """Keyword arguments for Attachment."""

    id: NotRequired[str | None]
    file_name: Required[str]
    file: Required[str]
    document: NotRequired[str | None]


class AttachmentCreateParamsModel(ParamsModel):
    """Validates and serializes `AttachmentCreateParams`."""

    __entity__: ClassVar[str | None] = "Attachment"
    __model__: ClassVar[type[BillComModel] | None] = Attachment

    id: str | None = Field(default=None, alias="id")
    file_name: str = Field(alias="fileName")
    file: str = Field(alias="file")
    document: str | None = Field(default=None, alias="document")


class AttachmentUpdateParams(TypedDict, total=False):
    """Keyword arguments for Attachment."""

    file_name: NotRequired[str | None]
    file: NotRequired[str | None]
    document: NotRequired[str | None]


class AttachmentUpdateParamsModel(ParamsModel):
    """Validates and serializes `AttachmentUpdateParams`."""

    __entity__: ClassVar[str | None] = "Attachment"
    __model__: ClassVar[type[BillComModel] | None] = Attachment

    file_name: str | None = Field(default=None, alias="fileName")
    file: str | None = Field(default=None, alias="file")
    document: str | None = Field(default=None, alias="document")
