# Generated from spec/actions/ListUserApprovals.yaml by codegen. Do not edit: run make generate.
"""Types of ListUserApprovals: List the bills or vendor credits a user must approve or deny."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any, ClassVar, NotRequired, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Boolean,
    CodeInput,
    Integer,
    Lenient,
)

__all__ = [
    "ListUserApprovalsApprovalType",
    "ListUserApprovalsEntity",
    "ListUserApprovalsFiltersItemOp",
    "ListUserApprovalsFiltersItemParams",
    "ListUserApprovalsFiltersItemParamsModel",
    "ListUserApprovalsParams",
    "ListUserApprovalsParamsModel",
    "ListUserApprovalsResponse",
    "ListUserApprovalsSortItemAsc",
    "ListUserApprovalsSortItemParams",
    "ListUserApprovalsSortItemParamsModel",
]


class ListUserApprovalsEntity(StrEnum):
    """Codes of `ListUserApprovals.entity`: Type of the objects."""

    BILL = "Bill"
    VENDOR_CREDIT = "VendorCredit"


class ListUserApprovalsApprovalType(StrEnum):
    """Codes of `ListUserApprovals.approvalType`: Which approvals to list."""

    NOT_YET_APPROVED = "0"
    APPROVED = "1"
    DENIED = "2"
    UPCOMING = "3"


class ListUserApprovalsSortItemAsc(StrEnum):
    """Codes of `ListUserApprovalsSortItem.asc`: Sort direction, sent as the string "true" or "false"."""

    ASCENDING = "true"
    DESCENDING = "false"


class ListUserApprovalsFiltersItemOp(StrEnum):
    """Codes of `ListUserApprovalsFiltersItem.op`: Comparison operator (=, <, >, <=, >= seen in use; !=, in, nin per the reference)."""

    EQ = "="
    LT = "<"
    GT = ">"
    NE = "!="
    LE = "<="
    GE = ">="
    IN_LIST = "in"
    """Value in a list."""
    NOT_IN_LIST = "nin"
    """Value not in a list."""


class ListUserApprovalsSortItemParams(TypedDict, total=False):
    """Keyword arguments for ListUserApprovalsSortItem."""

    field: NotRequired[str | None]
    asc: NotRequired[ListUserApprovalsSortItemAsc | str | None]


class ListUserApprovalsSortItemParamsModel(ParamsModel):
    """Validates and serializes `ListUserApprovalsSortItemParams`."""

    field: str | None = Field(default=None, alias="field")
    asc: Annotated[ListUserApprovalsSortItemAsc | str, CodeInput] | None = Field(
        default=None, alias="asc"
    )


class ListUserApprovalsFiltersItemParams(TypedDict, total=False):
    """Keyword arguments for ListUserApprovalsFiltersItem."""

    field: NotRequired[str | None]
    op: NotRequired[ListUserApprovalsFiltersItemOp | str | None]
    value: NotRequired[str | None]


class ListUserApprovalsFiltersItemParamsModel(ParamsModel):
    """Validates and serializes `ListUserApprovalsFiltersItemParams`."""

    field: str | None = Field(default=None, alias="field")
    op: Annotated[ListUserApprovalsFiltersItemOp | str, CodeInput] | None = Field(
        default=None, alias="op"
    )
    value: str | None = Field(default=None, alias="value")


class ListUserApprovalsParams(TypedDict, total=False):
    """Keyword arguments for ListUserApprovals."""

    users_id: NotRequired[str | None]
    entity: NotRequired[ListUserApprovalsEntity | str | None]
    approval_type: NotRequired[ListUserApprovalsApprovalType | str | None]
    marker: NotRequired[str | None]
    max: Required[int]
    nested: NotRequired[bool | None]
    sort: NotRequired[Sequence[ListUserApprovalsSortItemParams] | None]
    filters: NotRequired[Sequence[ListUserApprovalsFiltersItemParams] | None]
    related: NotRequired[Sequence[str] | None]


class ListUserApprovalsParamsModel(ParamsModel):
    """Validates and serializes `ListUserApprovalsParams`."""

    users_id: str | None = Field(default=None, alias="usersId")
    entity: Annotated[ListUserApprovalsEntity | str, CodeInput] | None = Field(
        default=None, alias="entity"
    )
    approval_type: Annotated[ListUserApprovalsApprovalType | str, CodeInput] | None = Field(
        default=None, alias="approvalType"
    )
    marker: str | None = Field(default=None, alias="marker")
    max: Integer = Field(alias="max")
    nested: Boolean | None = Field(default=None, alias="nested")
    sort: list[ListUserApprovalsSortItemParamsModel] | None = Field(default=None, alias="sort")
    filters: list[ListUserApprovalsFiltersItemParamsModel] | None = Field(
        default=None, alias="filters"
    )
    related: list[str] | None = Field(default=None, alias="related")


class ListUserApprovalsResponse(BillComModel):
    """What ListUserApprovals answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    marker: Lenient[str] | None = Field(default=None, alias="marker")
    """Cursor for the next page, e.g. "00n01XRYOPLHPLIyjc61|1478021015000"."""
    approvals: Lenient[list[dict[str, Any]]] | None = Field(default=None, alias="approvals")
    """Bills or VendorCredits awaiting the user, with related data."""
