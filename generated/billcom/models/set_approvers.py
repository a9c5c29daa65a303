# Generated from spec/actions/SetApprovers.yaml by codegen. Do not edit: run make generate.
"""Types of SetApprovers: Set the approver chain of a bill or vendor credit and e-mail the first approver."""

from __future__ import annotations

from enum import StrEnum
from typing import Required, TypedDict

from pydantic import Field

from .._models import ParamsModel

__all__ = ["SetApproversEntity", "SetApproversParams", "SetApproversParamsModel"]


class SetApproversEntity(StrEnum):
    """Codes of `SetApprovers.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class SetApproversParams(TypedDict, total=False):
    """Keyword arguments for SetApprovers."""

    object_id: Required[str]
    entity: Required[SetApproversEntity | str]
    approvers: Required[list[str]]


class SetApproversParamsModel(ParamsModel):
    """Validates and serializes `SetApproversParams`."""

    object_id: str = Field(alias="objectId")
    entity: SetApproversEntity | str = Field(alias="entity")
    approvers: list[str] = Field(alias="approvers")
