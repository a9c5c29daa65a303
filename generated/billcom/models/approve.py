# Generated from spec/actions/Approve.yaml by codegen. Do not edit: run make generate.
"""Types of Approve: Approve a bill or vendor credit as the current approver."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["ApproveEntity", "ApproveParams", "ApproveParamsModel"]


class ApproveEntity(StrEnum):
    """Codes of `Approve.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class ApproveParams(TypedDict, total=False):
    """Keyword arguments for Approve."""

    object_id: Required[str]
    entity: Required[ApproveEntity | str]
    comment: NotRequired[str | None]


class ApproveParamsModel(ParamsModel):
    """Validates and serializes `ApproveParams`."""

    object_id: str = Field(alias="objectId")
    entity: Annotated[ApproveEntity | str, CodeInput] = Field(alias="entity")
    comment: str | None = Field(default=None, alias="comment")
