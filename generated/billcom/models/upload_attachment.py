# Generated from spec/actions/UploadAttachment.yaml by codegen. Do not edit: run make generate.
"""Types of UploadAttachment: Upload a file and attach it to an object, or to the BILL Inbox when no id is given."""

from __future__ import annotations

from typing import NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["UploadAttachmentParams", "UploadAttachmentParamsModel"]


class UploadAttachmentParams(TypedDict, total=False):
    """Keyword arguments for UploadAttachment."""

    id: NotRequired[str | None]
    file_name: Required[str]


class UploadAttachmentParamsModel(ParamsModel):
    """Validates and serializes `UploadAttachmentParams`."""

    id: str | None = Field(default=None, alias="id")
    file_name: str = Field(alias="fileName")
