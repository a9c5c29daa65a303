# Generated from spec/actions/ClearApprovers.yaml by codegen. Do not edit: run make generate.
"""Types of ClearApprovers: Remove all approvers of a bill or vendor credit, whatever their state."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["ClearApproversEntity", "ClearApproversParams", "ClearApproversParamsModel"]


class ClearApproversEntity(StrEnum):
    """Codes of `ClearApprovers.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class ClearApproversParams(TypedDict, total=False):
    """Keyword arguments for ClearApprovers."""

    object_id: Required[str]
    entity: Required[ClearApproversEntity | str]


class ClearApproversParamsModel(ParamsModel):
    """Validates and serializes `ClearApproversParams`."""

    object_id: str = Field(alias="objectId")
    entity: Annotated[ClearApproversEntity | str, CodeInput] = Field(alias="entity")
