# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Approvals actions: Approve, ClearApprovers, Deny, GetAllBillApproverPolicy, ListApprovers, ListUserApprovals, SetApprovers."""

from __future__ import annotations

import builtins
from typing import Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.approve import ApproveParams, ApproveParamsModel
from ..models.bill_approver import BillApprover
from ..models.clear_approvers import (
    ClearApproversParams,
    ClearApproversParamsModel,
)
from ..models.deny import DenyParams, DenyParamsModel
from ..models.get_all_bill_approver_policy import (
    GetAllBillApproverPolicyResponse,
)
from ..models.list_approvers import (
    ListApproversParams,
    ListApproversParamsModel,
)
from ..models.list_user_approvals import (
    ListUserApprovalsParams,
    ListUserApprovalsParamsModel,
    ListUserApprovalsResponse,
)
from ..models.set_approvers import SetApproversParams, SetApproversParamsModel

__all__ = ["Approvals", "AsyncApprovals"]


class Approvals(SyncAPIResource):
    """Approvals action endpoints."""

    def approve(
        self,
        **params: Unpack[ApproveParams],
    ) -> None:
        """Approve a bill or vendor credit as the current approver.

        `Approve`.
        """
        return self._client.call(
            ops.action_no_content(
                "Approve",
                ApproveParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    def clear_approvers(
        self,
        **params: Unpack[ClearApproversParams],
    ) -> None:
        """Remove all approvers of a bill or vendor credit, whatever their state.

        `ClearApprovers`.
        """
        return self._client.call(
            ops.action_no_content(
                "ClearApprovers",
                ClearApproversParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    def deny(
        self,
        **params: Unpack[DenyParams],
    ) -> None:
        """Deny a bill or vendor credit as the current approver, stopping its approval.

        `Deny`.
        """
        return self._client.call(
            ops.action_no_content(
                "Deny",
                DenyParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    def list_bill_approver_policies(
        self,
    ) -> GetAllBillApproverPolicyResponse:
        """List the organization's rule-based bill approval policies.

        `GetAllBillApproverPolicy`.
        """
        return self._client.call(
            ops.action(
                "GetAllBillApproverPolicy",
                None,
                {},
                GetAllBillApproverPolicyResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def list_approvers(
        self,
        **params: Unpack[ListApproversParams],
    ) -> builtins.list[BillApprover]:
        """List the approver chain of a bill or vendor credit, in approval order.

        `ListApprovers`.
        """
        return self._client.call(
            ops.action(
                "ListApprovers",
                ListApproversParamsModel,
                params,
                list[BillApprover],
                safe_to_repeat=True,
            )
        )

    def list_user_approvals(
        self,
        **params: Unpack[ListUserApprovalsParams],
    ) -> ListUserApprovalsResponse:
        """List the bills or vendor credits a user must approve or deny.

        `ListUserApprovals`.
        """
        return self._client.call(
            ops.action(
                "ListUserApprovals",
                ListUserApprovalsParamsModel,
                params,
                ListUserApprovalsResponse,
                safe_to_repeat=True,
            )
        )

    def set_approvers(
        self,
        **params: Unpack[SetApproversParams],
    ) -> None:
        """Set the approver chain of a bill or vendor credit and e-mail the first approver.

        `SetApprovers`.
        """
        return self._client.call(
            ops.action_no_content(
                "SetApprovers",
                SetApproversParamsModel,
                params,
                safe_to_repeat=False,
            )
        )


class AsyncApprovals(AsyncAPIResource):
    """Approvals action endpoints."""

    async def approve(
        self,
        **params: Unpack[ApproveParams],
    ) -> None:
        """Approve a bill or vendor credit as the current approver.

        `Approve`.
        """
        return await self._client.call(
            ops.action_no_content(
                "Approve",
                ApproveParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    async def clear_approvers(
        self,
        **params: Unpack[ClearApproversParams],
    ) -> None:
        """Remove all approvers of a bill or vendor credit, whatever their state.

        `ClearApprovers`.
        """
        return await self._client.call(
            ops.action_no_content(
                "ClearApprovers",
                ClearApproversParamsModel,
                params,
                safe_to_repeat=True,
            )
        )

    async def deny(
        self,
        **params: Unpack[DenyParams],
    ) -> None:
        """Deny a bill or vendor credit as the current approver, stopping its approval.

        `Deny`.
        """
        return await self._client.call(
            ops.action_no_content(
                "Deny",
                DenyParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    async def list_bill_approver_policies(
        self,
    ) -> GetAllBillApproverPolicyResponse:
        """List the organization's rule-based bill approval policies.

        `GetAllBillApproverPolicy`.
        """
        return await self._client.call(
            ops.action(
                "GetAllBillApproverPolicy",
                None,
                {},
                GetAllBillApproverPolicyResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def list_approvers(
        self,
        **params: Unpack[ListApproversParams],
    ) -> builtins.list[BillApprover]:
        """List the approver chain of a bill or vendor credit, in approval order.

        `ListApprovers`.
        """
        return await self._client.call(
            ops.action(
                "ListApprovers",
                ListApproversParamsModel,
                params,
                list[BillApprover],
                safe_to_repeat=True,
            )
        )

    async def list_user_approvals(
        self,
        **params: Unpack[ListUserApprovalsParams],
    ) -> ListUserApprovalsResponse:
        """List the bills or vendor credits a user must approve or deny.

        `ListUserApprovals`.
        """
        return await self._client.call(
            ops.action(
                "ListUserApprovals",
                ListUserApprovalsParamsModel,
                params,
                ListUserApprovalsResponse,
                safe_to_repeat=True,
            )
        )

    async def set_approvers(
        self,
        **params: Unpack[SetApproversParams],
    ) -> None:
        """Set the approver chain of a bill or vendor credit and e-mail the first approver.

        `SetApprovers`.
        """
        return await self._client.call(
            ops.action_no_content(
                "SetApprovers",
                SetApproversParamsModel,
                params,
                safe_to_repeat=False,
            )
        )
