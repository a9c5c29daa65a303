# Generated from spec/entities/ApprovalPolicyApprover.yaml by codegen. Do not edit: run make generate.
"""ApprovalPolicyApprover: A mandatory approver of an approval policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Code,
    CodeInput,
    Integer,
    Lenient,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "ApprovalPolicyApprover",
    "ApprovalPolicyApproverCreateParams",
    "ApprovalPolicyApproverCreateParamsModel",
    "ApprovalPolicyApproverField",
    "ApprovalPolicyApproverFilter",
    "ApprovalPolicyApproverFilterField",
    "ApprovalPolicyApproverIsActive",
    "ApprovalPolicyApproverIsActiveFilter",
    "ApprovalPolicyApproverSort",
    "ApprovalPolicyApproverTextFilter",
    "ApprovalPolicyApproverTimeFilter",
    "ApprovalPolicyApproverUpdateParams",
    "ApprovalPolicyApproverUpdateParamsModel",
]


class ApprovalPolicyApproverIsActive(StrEnum):
    """Codes of `ApprovalPolicyApprover.isActive`: Whether the approver is active; Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class ApprovalPolicyApprover(BillComModel):
    """A mandatory approver of an approval policy."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(["createdTime", "id", "updatedTime"])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "approvalPolicyId": "string",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
    }

    entity: Lenient[str] = Field(default="ApprovalPolicyApprover", alias="entity")
    """The wire name of the object's type: "ApprovalPolicyApprover"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix apa)."""
    approval_policy_id: Lenient[str] | None = Field(default=None, alias="approvalPolicyId")
    """Policy the approver belongs to; logically required."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User who approves; logically required."""
    is_active: Lenient[Annotated[ApprovalPolicyApproverIsActive, Code] | UnknownCode] | None = (
        Field(default=None, alias="isActive")
    )
    """Whether the approver is active; Delete sets 2, Undelete sets 1."""
    sort_order: Lenient[Integer] | None = Field(default=None, alias="sortOrder")
    """Position in the approval sequence, 0-based."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the row was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the row was last changed (UTC)."""


class ApprovalPolicyApproverCreateParams(TypedDict, total=False):
    """Keyword arguments for ApprovalPolicyApprover."""

    approval_policy_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    is_active: NotRequired[ApprovalPolicyApproverIsActive | str | None]
    sort_order: NotRequired[int | None]


class ApprovalPolicyApproverCreateParamsModel(ParamsModel):
    """Validates and serializes `ApprovalPolicyApproverCreateParams`."""

    __entity__: ClassVar[str | None] = "ApprovalPolicyApprover"
    __model__: ClassVar[type[BillComModel] | None] = ApprovalPolicyApprover

    approval_policy_id: str | None = Field(default=None, alias="approvalPolicyId")
    users_id: str | None = Field(default=None, alias="usersId")
    is_active: Annotated[ApprovalPolicyApproverIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    sort_order: Integer | None = Field(default=None, alias="sortOrder")


class ApprovalPolicyApproverUpdateParams(TypedDict, total=False):
    """Keyword arguments for ApprovalPolicyApprover."""

    approval_policy_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    is_active: NotRequired[ApprovalPolicyApproverIsActive | str | None]
    sort_order: NotRequired[int | None]


class ApprovalPolicyApproverUpdateParamsModel(ParamsModel):
    """Validates and serializes `ApprovalPolicyApproverUpdateParams`."""

    __entity__: ClassVar[str | None] = "ApprovalPolicyApprover"
    __model__: ClassVar[type[BillComModel] | None] = ApprovalPolicyApprover

    approval_policy_id: str | None = Field(default=None, alias="approvalPolicyId")
    users_id: str | None = Field(default=None, alias="usersId")
    is_active: Annotated[ApprovalPolicyApproverIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )
    sort_order: Integer | None = Field(default=None, alias="sortOrder")


ApprovalPolicyApproverField = Literal[
    "id",
    "approvalPolicyId",
    "usersId",
    "isActive",
    "sortOrder",
    "createdTime",
    "updatedTime",
]
"""A field of ApprovalPolicyApprover that List sorts may name."""

ApprovalPolicyApproverFilterField = Literal[
    "id",
    "approvalPolicyId",
    "isActive",
    "createdTime",
    "updatedTime",
]
"""A field of ApprovalPolicyApprover that List filters may name: the API filters on these only."""


class ApprovalPolicyApproverTextFilter(TypedDict):
    """A List filter on id, approvalPolicyId; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "approvalPolicyId",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ApprovalPolicyApproverIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: ApprovalPolicyApproverIsActive | str | Sequence[ApprovalPolicyApproverIsActive | str]


class ApprovalPolicyApproverTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


ApprovalPolicyApproverFilter = (
    ApprovalPolicyApproverTextFilter
    | ApprovalPolicyApproverIsActiveFilter
    | ApprovalPolicyApproverTimeFilter
)
"""A List filter on ApprovalPolicyApprover, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ApprovalPolicyApproverSort(TypedDict):
    """A List sort key on ApprovalPolicyApprover."""

    field: ApprovalPolicyApproverField
    asc: bool
