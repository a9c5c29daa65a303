# Generated from spec/actions/GetAllBillApproverPolicy.yaml by codegen. Do not edit: run make generate.
"""Types of GetAllBillApproverPolicy: List the organization's rule-based bill approval policies."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    Code,
    Integer,
    Lenient,
    UnknownCode,
)

__all__ = [
    "GetAllBillApproverPolicyParams",
    "GetAllBillApproverPolicyParamsModel",
    "GetAllBillApproverPolicyResponse",
    "GetAllBillApproverPolicyResponsePoliciesItem",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicy",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItem",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUserType",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUsersItem",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemKey",
    "GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemOpr",
    "GetAllBillApproverPolicyResponsePoliciesItemStatus",
]


class GetAllBillApproverPolicyResponsePoliciesItemStatus(StrEnum):
    """Codes of `GetAllBillApproverPolicyResponsePoliciesItem.status`"""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemKey(StrEnum):
    """Codes of `GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem.key`"""

    VENDOR_ID = "vendorId"
    BILL_AMOUNT = "billAmount"


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemOpr(StrEnum):
    """Codes of `GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem.opr`"""

    GT = ">"
    GTE = ">="
    EQ = "="


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUserType(StrEnum):
    """Codes of `GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItem.userType`"""

    USER = "User"
    APPROVER_GROUP = "ApproverGroup"


class GetAllBillApproverPolicyParams(TypedDict, total=False):
    """Keyword arguments for GetAllBillApproverPolicy."""

    pass


class GetAllBillApproverPolicyParamsModel(ParamsModel):
    """Validates and serializes `GetAllBillApproverPolicyParams`."""


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem(BillComModel):
    """`GetAllBillApproverPolicyResponsePoliciesItemRawPolicy.rules`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    key: (
        Lenient[
            Annotated[GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemKey, Code]
            | UnknownCode
        ]
        | None
    ) = Field(default=None, alias="key")
    opr: (
        Lenient[
            Annotated[GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItemOpr, Code]
            | UnknownCode
        ]
        | None
    ) = Field(default=None, alias="opr")
    value: Lenient[str] | None = Field(default=None, alias="value")
    """Vendor id or bill amount compared against."""
    display_name: Lenient[str] | None = Field(default=None, alias="displayName")


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUsersItem(BillComModel):
    """Members of an approver group; only when the approver is a group."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User id of the member."""
    full_name: Lenient[str] | None = Field(default=None, alias="fullName")
    user_type: Lenient[str] | None = Field(default=None, alias="userType")
    """Always "User" for a member."""


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItem(BillComModel):
    """`GetAllBillApproverPolicyResponsePoliciesItemRawPolicy.approvers`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "users": GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUsersItem,
    }

    users_id: Lenient[str] | None = Field(default=None, alias="usersId")
    """User id, or approver-group id when userType is ApproverGroup."""
    full_name: Lenient[str] | None = Field(default=None, alias="fullName")
    user_type: (
        Lenient[
            Annotated[
                GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUserType, Code
            ]
            | UnknownCode
        ]
        | None
    ) = Field(default=None, alias="userType")
    users: (
        Lenient[list[GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItemUsersItem]]
        | None
    ) = Field(default=None, alias="users")
    """Members of an approver group; only when the approver is a group."""


class GetAllBillApproverPolicyResponsePoliciesItemRawPolicy(BillComModel):
    """`GetAllBillApproverPolicyResponsePoliciesItem.rawPolicy`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "rules": GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem,
        "approvers": GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItem,
    }

    rules: Lenient[list[GetAllBillApproverPolicyResponsePoliciesItemRawPolicyRulesItem]] | None = (
        Field(default=None, alias="rules")
    )
    approvers: (
        Lenient[list[GetAllBillApproverPolicyResponsePoliciesItemRawPolicyApproversItem]] | None
    ) = Field(default=None, alias="approvers")
    version_id: Lenient[str] | None = Field(default=None, alias="versionId")
    policy_name: Lenient[str] | None = Field(default=None, alias="policyName")
    policy_id: Lenient[str] | None = Field(default=None, alias="policyId")


class GetAllBillApproverPolicyResponsePoliciesItem(BillComModel):
    """`GetAllBillApproverPolicyResponse.policies`."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "rawPolicy": GetAllBillApproverPolicyResponsePoliciesItemRawPolicy,
    }

    policy_id: Lenient[str] | None = Field(default=None, alias="policyId")
    policy_name: Lenient[str] | None = Field(default=None, alias="policyName")
    org_id: Lenient[str] | None = Field(default=None, alias="orgId")
    status: (
        Lenient[Annotated[GetAllBillApproverPolicyResponsePoliciesItemStatus, Code] | UnknownCode]
        | None
    ) = Field(default=None, alias="status")
    policy_order: Lenient[Integer] | None = Field(default=None, alias="policyOrder")
    raw_policy: Lenient[GetAllBillApproverPolicyResponsePoliciesItemRawPolicy] | None = Field(
        default=None, alias="rawPolicy"
    )


class GetAllBillApproverPolicyResponse(BillComModel):
    """What GetAllBillApproverPolicy answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {
        "policies": GetAllBillApproverPolicyResponsePoliciesItem,
    }

    policies: Lenient[list[GetAllBillApproverPolicyResponsePoliciesItem]] | None = Field(
        default=None, alias="policies"
    )
