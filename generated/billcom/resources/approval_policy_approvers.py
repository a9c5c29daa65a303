# Generated from spec/entities/ApprovalPolicyApprover.yaml by codegen. Do not edit: run make generate.
"""Operations on ApprovalPolicyApprover: create, read, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.approval_policy_approver import (
    ApprovalPolicyApprover,
    ApprovalPolicyApproverCreateParams,
    ApprovalPolicyApproverCreateParamsModel,
    ApprovalPolicyApproverFilter,
    ApprovalPolicyApproverSort,
)

__all__ = ["ApprovalPolicyApprovers", "AsyncApprovalPolicyApprovers"]


class ApprovalPolicyApprovers(SyncAPIResource):
    """A mandatory approver of an approval policy."""

    def create(
        self, **params: Unpack[ApprovalPolicyApproverCreateParams]
    ) -> ApprovalPolicyApprover:
        """Create a ApprovalPolicyApprover (`Crud/Create/ApprovalPolicyApprover`); returns it as stored."""
        return self._client.call(
            ops.create(
                "ApprovalPolicyApprover",
                ApprovalPolicyApproverCreateParamsModel,
                params,
                ApprovalPolicyApprover,
            )
        )

    def read(self, id: str) -> ApprovalPolicyApprover:
        """Read one ApprovalPolicyApprover by id (`Crud/Read/ApprovalPolicyApprover`)."""
        return self._client.call(
            ops.by_id("Read", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    def delete(self, id: str) -> ApprovalPolicyApprover:
        """Deactivate a ApprovalPolicyApprover (`Crud/Delete/ApprovalPolicyApprover`; soft: isActive becomes "2")."""
        return self._client.call(
            ops.by_id("Delete", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    def undelete(self, id: str) -> ApprovalPolicyApprover:
        """Reactivate a deleted ApprovalPolicyApprover (`Crud/Undelete/ApprovalPolicyApprover`)."""
        return self._client.call(
            ops.by_id("Undelete", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    def list(
        self,
        *,
        filters: Sequence[ApprovalPolicyApproverFilter] | None = None,
        sort: Sequence[ApprovalPolicyApproverSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[ApprovalPolicyApprover]:
        """Every ApprovalPolicyApprover matching `filters`, fetched lazily page by page (`List/ApprovalPolicyApprover`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ApprovalPolicyApprover",
            ApprovalPolicyApprover,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[ApprovalPolicyApproverCreateParams]
    ) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Create many (`Bulk/Crud/Create/ApprovalPolicyApprover`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "ApprovalPolicyApprover",
                ApprovalPolicyApproverCreateParamsModel,
                items,
                ApprovalPolicyApprover,
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ApprovalPolicyApprover`, 100 per call): one result per id, in order."""
        return self._bulk(
            ops.bulk_by_id("Delete", "ApprovalPolicyApprover", ids, ApprovalPolicyApprover)
        )

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ApprovalPolicyApprover`, 100 per call): one result per id, in order."""
        return self._bulk(
            ops.bulk_by_id("Undelete", "ApprovalPolicyApprover", ids, ApprovalPolicyApprover)
        )


class AsyncApprovalPolicyApprovers(AsyncAPIResource):
    """A mandatory approver of an approval policy."""

    async def create(
        self, **params: Unpack[ApprovalPolicyApproverCreateParams]
    ) -> ApprovalPolicyApprover:
        """Create a ApprovalPolicyApprover (`Crud/Create/ApprovalPolicyApprover`); returns it as stored."""
        return await self._client.call(
            ops.create(
                "ApprovalPolicyApprover",
                ApprovalPolicyApproverCreateParamsModel,
                params,
                ApprovalPolicyApprover,
            )
        )

    async def read(self, id: str) -> ApprovalPolicyApprover:
        """Read one ApprovalPolicyApprover by id (`Crud/Read/ApprovalPolicyApprover`)."""
        return await self._client.call(
            ops.by_id("Read", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    async def delete(self, id: str) -> ApprovalPolicyApprover:
        """Deactivate a ApprovalPolicyApprover (`Crud/Delete/ApprovalPolicyApprover`; soft: isActive becomes "2")."""
        return await self._client.call(
            ops.by_id("Delete", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    async def undelete(self, id: str) -> ApprovalPolicyApprover:
        """Reactivate a deleted ApprovalPolicyApprover (`Crud/Undelete/ApprovalPolicyApprover`)."""
        return await self._client.call(
            ops.by_id("Undelete", "ApprovalPolicyApprover", id, ApprovalPolicyApprover)
        )

    def list(
        self,
        *,
        filters: Sequence[ApprovalPolicyApproverFilter] | None = None,
        sort: Sequence[ApprovalPolicyApproverSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[ApprovalPolicyApprover]:
        """Every ApprovalPolicyApprover matching `filters`, fetched lazily page by page (`List/ApprovalPolicyApprover`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ApprovalPolicyApprover",
            ApprovalPolicyApprover,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[ApprovalPolicyApproverCreateParams]
    ) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Create many (`Bulk/Crud/Create/ApprovalPolicyApprover`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "ApprovalPolicyApprover",
                ApprovalPolicyApproverCreateParamsModel,
                items,
                ApprovalPolicyApprover,
            )
        )

    async def bulk_delete(
        self, ids: Sequence[str]
    ) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ApprovalPolicyApprover`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Delete", "ApprovalPolicyApprover", ids, ApprovalPolicyApprover)
        )

    async def bulk_undelete(
        self, ids: Sequence[str]
    ) -> builtins.list[ApprovalPolicyApprover | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ApprovalPolicyApprover`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Undelete", "ApprovalPolicyApprover", ids, ApprovalPolicyApprover)
        )
