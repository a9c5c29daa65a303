# Generated from spec/entities/ApprovalPolicy.yaml by codegen. Do not edit: run make generate.
"""ApprovalPolicy: A rule requiring approvals for bills or vendor credits above an amount."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar, Literal, NotRequired, Required, TypedDict

from pydantic import Field

from .._facts import FilterOperator
from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Code,
    CodeInput,
    Lenient,
    Number,
    NumberInput,
    Timestamp,
    UnknownCode,
)

__all__ = [
    "ApprovalPolicy",
    "ApprovalPolicyAmountFilter",
    "ApprovalPolicyApproverCondition",
    "ApprovalPolicyApproverConditionFilter",
    "ApprovalPolicyCreateParams",
    "ApprovalPolicyCreateParamsModel",
    "ApprovalPolicyField",
    "ApprovalPolicyFilter",
    "ApprovalPolicyFilterField",
    "ApprovalPolicyFlagFilter",
    "ApprovalPolicyIsActive",
    "ApprovalPolicyIsActiveFilter",
    "ApprovalPolicySort",
    "ApprovalPolicyTextFilter",
    "ApprovalPolicyTimeFilter",
    "ApprovalPolicyType",
    "ApprovalPolicyTypeFilter",
    "ApprovalPolicyUpdateParams",
    "ApprovalPolicyUpdateParamsModel",
]


class ApprovalPolicyType(StrEnum):
    """Codes of `ApprovalPolicy.type`: What the policy applies to."""

    BILL = "0"
    VENDOR_CREDIT = "1"


class ApprovalPolicyApproverCondition(StrEnum):
    """Codes of `ApprovalPolicy.approverCondition`: How the approver requirements combine."""

    PRIORITY_AND = "0"
    """Priority AND"""
    LOGICAL_AND = "1"
    """AND"""
    LOGICAL_OR = "2"
    """OR"""


class ApprovalPolicyIsActive(StrEnum):
    """Codes of `ApprovalPolicy.isActive`: Whether the policy is active; Delete sets 2, Undelete sets 1."""

    ACTIVE = "1"
    INACTIVE = "2"


class ApprovalPolicy(BillComModel):
    """A rule requiring approvals for bills or vendor credits above an amount."""

    __read_only__: ClassVar[frozenset[str]] = frozenset(
        ["createdById", "createdTime", "id", "name", "updatedTime"]
    )
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}
    __required__: ClassVar[frozenset[str]] = frozenset(
        ["amountThreshold", "minNumApprovers", "type"]
    )
    #: Kind of each field a List filter may name, to check values before they are sent.
    __filters__: ClassVar[dict[str, str]] = {
        "id": "string",
        "type": "enum",
        "amountThreshold": "number",
        "bankAccountId": "string",
        "usersId": "string",
        "approverNotSameAsPayer": "boolean",
        "approverCondition": "enum",
        "isActive": "enum",
        "createdTime": "datetime",
        "updatedTime": "datetime",
        "createdById": "string",
    }

    entity: Lenient[str] = Field(default="ApprovalPolicy", alias="entity")
    """The wire name of the object's type: "ApprovalPolicy"."""
    id: Lenient[str] = Field(default=ABSENT, alias="id")
    """System-set 20-char id (prefix app); required on Update."""
    name: Lenient[str] | None = Field(default=None, alias="name")
    """System-generated policy name."""
    nickname: Lenient[str] | None = Field(default=None, alias="nickname")
    """Caller-chosen policy name."""
    type: Lenient[Annotated[ApprovalPolicyType, Code] | UnknownCode] | None = Field(
        default=None, alias="type"
    )
    """What the policy applies to."""
    amount_threshold: Lenient[Number] | None = Field(default=None, alias="amountThreshold")
    """Amount above which the policy applies."""
    min_num_approvers: Lenient[Number] | None = Field(default=None, alias="minNumApprovers")
    """Minimum number of approvals required."""
    bank_account_id: Lenient[str] | None = Field(default=None, alias="bankAccountId")
    """Org BankAccount of the policy; per the spec set when type is 1."""
    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """Mandatory approver."""
    approver_not_same_as_payer: Lenient[Boolean] | None = Field(
        default=None, alias="approverNotSameAsPayer"
    )
    """Whether the approver must differ from the payer."""
    approver_condition: (
        Lenient[Annotated[ApprovalPolicyApproverCondition, Code] | UnknownCode] | None
    ) = Field(default=None, alias="approverCondition")
    """How the approver requirements combine."""
    is_active: Lenient[Annotated[ApprovalPolicyIsActive, Code] | UnknownCode] | None = Field(
        default=None, alias="isActive"
    )
    """Whether the policy is active; Delete sets 2, Undelete sets 1."""
    created_time: Lenient[Timestamp] | None = Field(default=None, alias="createdTime")
    """When the policy was created (UTC)."""
    updated_time: Lenient[Timestamp] | None = Field(default=None, alias="updatedTime")
    """When the policy was last changed (UTC)."""
    created_by_id: Lenient[str] | None = Field(default=None, alias="createdById")
    """User who created the policy."""


class ApprovalPolicyCreateParams(TypedDict, total=False):
    """Keyword arguments for ApprovalPolicy."""

    nickname: NotRequired[str | None]
    type: Required[ApprovalPolicyType | str]
    amount_threshold: Required[Decimal | int | str]
    min_num_approvers: Required[Decimal | int | str]
    bank_account_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    approver_not_same_as_payer: NotRequired[bool | None]
    approver_condition: NotRequired[ApprovalPolicyApproverCondition | str | None]
    is_active: NotRequired[ApprovalPolicyIsActive | str | None]


class ApprovalPolicyCreateParamsModel(ParamsModel):
    """Validates and serializes `ApprovalPolicyCreateParams`."""

    __entity__: ClassVar[str | None] = "ApprovalPolicy"
    __model__: ClassVar[type[BillComModel] | None] = ApprovalPolicy

    nickname: str | None = Field(default=None, alias="nickname")
    type: Annotated[ApprovalPolicyType | str, CodeInput] = Field(alias="type")
    amount_threshold: NumberInput = Field(alias="amountThreshold")
    min_num_approvers: NumberInput = Field(alias="minNumApprovers")
    bank_account_id: str | None = Field(default=None, alias="bankAccountId")
    users_id: str | None = Field(default=None, alias="usersId")
    approver_not_same_as_payer: Boolean | None = Field(default=None, alias="approverNotSameAsPayer")
    approver_condition: Annotated[ApprovalPolicyApproverCondition | str, CodeInput] | None = Field(
        default=None, alias="approverCondition"
    )
    is_active: Annotated[ApprovalPolicyIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )


class ApprovalPolicyUpdateParams(TypedDict, total=False):
    """Keyword arguments for ApprovalPolicy."""

    nickname: NotRequired[str | None]
    type: NotRequired[ApprovalPolicyType | str | None]
    amount_threshold: NotRequired[Decimal | int | str | None]
    min_num_approvers: NotRequired[Decimal | int | str | None]
    bank_account_id: NotRequired[str | None]
    users_id: NotRequired[str | None]
    approver_not_same_as_payer: NotRequired[bool | None]
    approver_condition: NotRequired[ApprovalPolicyApproverCondition | str | None]
    is_active: NotRequired[ApprovalPolicyIsActive | str | None]


class ApprovalPolicyUpdateParamsModel(ParamsModel):
    """Validates and serializes `ApprovalPolicyUpdateParams`."""

    __entity__: ClassVar[str | None] = "ApprovalPolicy"
    __model__: ClassVar[type[BillComModel] | None] = ApprovalPolicy

    nickname: str | None = Field(default=None, alias="nickname")
    type: Annotated[ApprovalPolicyType | str, CodeInput] | None = Field(default=None, alias="type")
    amount_threshold: NumberInput | None = Field(default=None, alias="amountThreshold")
    min_num_approvers: NumberInput | None = Field(default=None, alias="minNumApprovers")
    bank_account_id: str | None = Field(default=None, alias="bankAccountId")
    users_id: str | None = Field(default=None, alias="usersId")
    approver_not_same_as_payer: Boolean | None = Field(default=None, alias="approverNotSameAsPayer")
    approver_condition: Annotated[ApprovalPolicyApproverCondition | str, CodeInput] | None = Field(
        default=None, alias="approverCondition"
    )
    is_active: Annotated[ApprovalPolicyIsActive | str, CodeInput] | None = Field(
        default=None, alias="isActive"
    )


ApprovalPolicyField = Literal[
    "id",
    "name",
    "nickname",
    "type",
    "amountThreshold",
    "minNumApprovers",
    "bankAccountId",
    "usersId",
    "approverNotSameAsPayer",
    "approverCondition",
    "isActive",
    "createdTime",
    "updatedTime",
    "createdById",
]
"""A field of ApprovalPolicy that List sorts may name."""

ApprovalPolicyFilterField = Literal[
    "id",
    "type",
    "amountThreshold",
    "bankAccountId",
    "usersId",
    "approverNotSameAsPayer",
    "approverCondition",
    "isActive",
    "createdTime",
    "updatedTime",
    "createdById",
]
"""A field of ApprovalPolicy that List filters may name: the API filters on these only."""


class ApprovalPolicyTextFilter(TypedDict):
    """A List filter on id, bankAccountId, usersId, createdById; `in` and `nin` take a sequence of values."""

    field: Literal[
        "id",
        "bankAccountId",
        "usersId",
        "createdById",
    ]
    op: FilterOperator
    value: str | Sequence[str]


class ApprovalPolicyTypeFilter(TypedDict):
    """A List filter on type; `in` and `nin` take a sequence of values."""

    field: Literal["type",]
    op: FilterOperator
    value: ApprovalPolicyType | str | Sequence[ApprovalPolicyType | str]


class ApprovalPolicyAmountFilter(TypedDict):
    """A List filter on amountThreshold; `in` and `nin` take a sequence of values."""

    field: Literal["amountThreshold",]
    op: FilterOperator
    value: Decimal | int | Sequence[Decimal | int]


class ApprovalPolicyFlagFilter(TypedDict):
    """A List filter on approverNotSameAsPayer; `in` and `nin` take a sequence of values."""

    field: Literal["approverNotSameAsPayer",]
    op: FilterOperator
    value: bool | Sequence[bool]


class ApprovalPolicyApproverConditionFilter(TypedDict):
    """A List filter on approverCondition; `in` and `nin` take a sequence of values."""

    field: Literal["approverCondition",]
    op: FilterOperator
    value: ApprovalPolicyApproverCondition | str | Sequence[ApprovalPolicyApproverCondition | str]


class ApprovalPolicyIsActiveFilter(TypedDict):
    """A List filter on isActive; `in` and `nin` take a sequence of values."""

    field: Literal["isActive",]
    op: FilterOperator
    value: ApprovalPolicyIsActive | str | Sequence[ApprovalPolicyIsActive | str]


class ApprovalPolicyTimeFilter(TypedDict):
    """A List filter on createdTime, updatedTime; `in` and `nin` take a sequence of values."""

    field: Literal[
        "createdTime",
        "updatedTime",
    ]
    op: FilterOperator
    value: dt.datetime | Sequence[dt.datetime]


ApprovalPolicyFilter = (
    ApprovalPolicyTextFilter
    | ApprovalPolicyTypeFilter
    | ApprovalPolicyAmountFilter
    | ApprovalPolicyFlagFilter
    | ApprovalPolicyApproverConditionFilter
    | ApprovalPolicyIsActiveFilter
    | ApprovalPolicyTimeFilter
)
"""A List filter on ApprovalPolicy, e.g. `{"field": "id", "op": "=", "value": ...}`: the value's type follows the field."""


class ApprovalPolicySort(TypedDict):
    """A List sort key on ApprovalPolicy."""

    field: ApprovalPolicyField
    asc: bool
