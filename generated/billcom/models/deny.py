# Generated from spec/actions/Deny.yaml by codegen. Do not edit: run make generate.
"""Types of Deny: Deny a bill or vendor credit as the current approver, stopping its approval."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["DenyEntity", "DenyParams", "DenyParamsModel"]


class DenyEntity(StrEnum):
    """Codes of `Deny.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class DenyParams(TypedDict, total=False):
    """Keyword arguments for Deny."""

    object_id: Required[str]
    entity: Required[DenyEntity | str]
    comment: NotRequired[str | None]


class DenyParamsModel(ParamsModel):
    """Validates and serializes `DenyParams`."""

    object_id: str = Field(alias="objectId")
    entity: Annotated[DenyEntity | str, CodeInput] = Field(alias="entity")
    comment: str | None = Field(default=None, alias="comment")
