# Generated from spec/entities/ApprovalPolicy.yaml by codegen. Do not edit: run make generate.
"""Operations on ApprovalPolicy: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.approval_policy import (
    ApprovalPolicy,
    ApprovalPolicyCreateParams,
    ApprovalPolicyCreateParamsModel,
    ApprovalPolicyFilter,
    ApprovalPolicySort,
    ApprovalPolicyUpdateParams,
    ApprovalPolicyUpdateParamsModel,
)

__all__ = ["ApprovalPolicies", "AsyncApprovalPolicies"]


class ApprovalPolicies(SyncAPIResource):
    """A rule requiring approvals for bills or vendor credits above an amount."""

    def create(self, **params: Unpack[ApprovalPolicyCreateParams]) -> ApprovalPolicy:
        """Create a ApprovalPolicy (`Crud/Create/ApprovalPolicy`); returns it as stored."""
        return self._client.call(
            ops.create("ApprovalPolicy", ApprovalPolicyCreateParamsModel, params, ApprovalPolicy)
        )

    def read(self, id: str) -> ApprovalPolicy:
        """Read one ApprovalPolicy by id (`Crud/Read/ApprovalPolicy`)."""
        return self._client.call(ops.by_id("Read", "ApprovalPolicy", id, ApprovalPolicy))

    def update(
        self, obj: ApprovalPolicy, /, **changes: Unpack[ApprovalPolicyUpdateParams]
    ) -> ApprovalPolicy:
        """Send `obj` back with `changes` applied (`Crud/Update/ApprovalPolicy`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "ApprovalPolicy", ApprovalPolicyUpdateParamsModel, obj, changes, ApprovalPolicy
            )
        )

    def delete(self, id: str) -> ApprovalPolicy:
        """Deactivate a ApprovalPolicy (`Crud/Delete/ApprovalPolicy`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "ApprovalPolicy", id, ApprovalPolicy))

    def undelete(self, id: str) -> ApprovalPolicy:
        """Reactivate a deleted ApprovalPolicy (`Crud/Undelete/ApprovalPolicy`)."""
        return self._client.call(ops.by_id("Undelete", "ApprovalPolicy", id, ApprovalPolicy))

    def list(
        self,
        *,
        filters: Sequence[ApprovalPolicyFilter] | None = None,
        sort: Sequence[ApprovalPolicySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[ApprovalPolicy]:
        """Every ApprovalPolicy matching `filters`, fetched lazily page by page (`List/ApprovalPolicy`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ApprovalPolicy",
            ApprovalPolicy,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[ApprovalPolicyCreateParams]
    ) -> builtins.list[ApprovalPolicy | APIError]:
        """Create many (`Bulk/Crud/Create/ApprovalPolicy`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "ApprovalPolicy", ApprovalPolicyCreateParamsModel, items, ApprovalPolicy
            )
        )

    def bulk_update(
        self, objs: Sequence[ApprovalPolicy]
    ) -> builtins.list[ApprovalPolicy | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ApprovalPolicy`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("ApprovalPolicy", ApprovalPolicyUpdateParamsModel, objs, ApprovalPolicy)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicy | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ApprovalPolicy`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "ApprovalPolicy", ids, ApprovalPolicy))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicy | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ApprovalPolicy`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "ApprovalPolicy", ids, ApprovalPolicy))


class AsyncApprovalPolicies(AsyncAPIResource):
    """A rule requiring approvals for bills or vendor credits above an amount."""

    async def create(self, **params: Unpack[ApprovalPolicyCreateParams]) -> ApprovalPolicy:
        """Create a ApprovalPolicy (`Crud/Create/ApprovalPolicy`); returns it as stored."""
        return await self._client.call(
            ops.create("ApprovalPolicy", ApprovalPolicyCreateParamsModel, params, ApprovalPolicy)
        )

    async def read(self, id: str) -> ApprovalPolicy:
        """Read one ApprovalPolicy by id (`Crud/Read/ApprovalPolicy`)."""
        return await self._client.call(ops.by_id("Read", "ApprovalPolicy", id, ApprovalPolicy))

    async def update(
        self, obj: ApprovalPolicy, /, **changes: Unpack[ApprovalPolicyUpdateParams]
    ) -> ApprovalPolicy:
        """Send `obj` back with `changes` applied (`Crud/Update/ApprovalPolicy`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "ApprovalPolicy", ApprovalPolicyUpdateParamsModel, obj, changes, ApprovalPolicy
            )
        )

    async def delete(self, id: str) -> ApprovalPolicy:
        """Deactivate a ApprovalPolicy (`Crud/Delete/ApprovalPolicy`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "ApprovalPolicy", id, ApprovalPolicy))

    async def undelete(self, id: str) -> ApprovalPolicy:
        """Reactivate a deleted ApprovalPolicy (`Crud/Undelete/ApprovalPolicy`)."""
        return await self._client.call(ops.by_id("Undelete", "ApprovalPolicy", id, ApprovalPolicy))

    def list(
        self,
        *,
        filters: Sequence[ApprovalPolicyFilter] | None = None,
        sort: Sequence[ApprovalPolicySort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[ApprovalPolicy]:
        """Every ApprovalPolicy matching `filters`, fetched lazily page by page (`List/ApprovalPolicy`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ApprovalPolicy",
            ApprovalPolicy,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[ApprovalPolicyCreateParams]
    ) -> builtins.list[ApprovalPolicy | APIError]:
        """Create many (`Bulk/Crud/Create/ApprovalPolicy`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "ApprovalPolicy", ApprovalPolicyCreateParamsModel, items, ApprovalPolicy
            )
        )

    async def bulk_update(
        self, objs: Sequence[ApprovalPolicy]
    ) -> builtins.list[ApprovalPolicy | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ApprovalPolicy`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("ApprovalPolicy", ApprovalPolicyUpdateParamsModel, objs, ApprovalPolicy)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicy | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ApprovalPolicy`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "ApprovalPolicy", ids, ApprovalPolicy))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ApprovalPolicy | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ApprovalPolicy`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "ApprovalPolicy", ids, ApprovalPolicy))
