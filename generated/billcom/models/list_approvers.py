# Generated from spec/actions/ListApprovers.yaml by codegen. Do not edit: run make generate.
"""Types of ListApprovers: List the approver chain of a bill or vendor credit, in approval order."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Required, TypedDict

from pydantic import Field

from .._models import ParamsModel
from .._types import (
    CodeInput,
)

__all__ = ["ListApproversEntity", "ListApproversParams", "ListApproversParamsModel"]


class ListApproversEntity(StrEnum):
    """Codes of `ListApprovers.entity`: Type of the object."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class ListApproversParams(TypedDict, total=False):
    """Keyword arguments for ListApprovers."""

    object_id: Required[str]
    entity: Required[ListApproversEntity | str]


class ListApproversParamsModel(ParamsModel):
    """Validates and serializes `ListApproversParams`."""

    object_id: str = Field(alias="objectId")
    entity: Annotated[ListApproversEntity | str, CodeInput] = Field(alias="entity")
