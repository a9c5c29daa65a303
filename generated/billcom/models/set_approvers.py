# Generated from spec/actions/SetApprovers.yaml by codegen. Do not edit: run make generate.
"""Types of SetApprovers: Set the approver chain of a bill or vendor credit and e-mail the first approver."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["SetApproversEntity", "SetApproversParams", "SetApproversParamsModel"]


class SetApproversEntity(StrEnum):
    """Codes of `SetApprovers.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class SetApproversParams(TypedDict, total=False):
    """Keyword arguments for SetApprovers."""

    object_id: Required[str]
    entity: Required[SetApproversEntity | str]
    approvers: Required[Sequence[str]]


class SetApproversParamsModel(ParamsModel):
    """Validates and serializes `SetApproversParams`."""

    object_id: str = Field(alias="objectId")
    entity: Annotated[SetApproversEntity | str, CodeInput] = Field(alias="entity")
    approvers: list[str] = Field(alias="approvers")
