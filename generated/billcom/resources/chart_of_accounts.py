# Generated from spec/entities/ChartOfAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on ChartOfAccount: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.chart_of_account import (
    ChartOfAccount,
    ChartOfAccountCreateParams,
    ChartOfAccountCreateParamsModel,
    ChartOfAccountFilter,
    ChartOfAccountSort,
    ChartOfAccountUpdateParams,
    ChartOfAccountUpdateParamsModel,
)

__all__ = ["AsyncChartOfAccounts", "ChartOfAccounts"]


class ChartOfAccounts(SyncAPIResource):
    """A ledger account of the organization's chart of accounts."""

    def create(self, **params: Unpack[ChartOfAccountCreateParams]) -> ChartOfAccount:
        """Create a ChartOfAccount (`Crud/Create/ChartOfAccount`); returns it as stored."""
        return self._client.call(
            ops.create("ChartOfAccount", ChartOfAccountCreateParamsModel, params, ChartOfAccount)
        )

    def read(self, id: str) -> ChartOfAccount:
        """Read one ChartOfAccount by id (`Crud/Read/ChartOfAccount`)."""
        return self._client.call(ops.by_id("Read", "ChartOfAccount", id, ChartOfAccount))

    def update(
        self, obj: ChartOfAccount, /, **changes: Unpack[ChartOfAccountUpdateParams]
    ) -> ChartOfAccount:
        """Send `obj` back with `changes` applied (`Crud/Update/ChartOfAccount`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "ChartOfAccount", ChartOfAccountUpdateParamsModel, obj, changes, ChartOfAccount
            )
        )

    def delete(self, id: str) -> ChartOfAccount:
        """Deactivate a ChartOfAccount (`Crud/Delete/ChartOfAccount`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "ChartOfAccount", id, ChartOfAccount))

    def undelete(self, id: str) -> ChartOfAccount:
        """Reactivate a deleted ChartOfAccount (`Crud/Undelete/ChartOfAccount`)."""
        return self._client.call(ops.by_id("Undelete", "ChartOfAccount", id, ChartOfAccount))

    def list(
        self,
        *,
        filters: Sequence[ChartOfAccountFilter] | None = None,
        sort: Sequence[ChartOfAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[ChartOfAccount]:
        """Every ChartOfAccount matching `filters`, fetched lazily page by page (`List/ChartOfAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ChartOfAccount",
            ChartOfAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[ChartOfAccountCreateParams]
    ) -> builtins.list[ChartOfAccount | APIError]:
        """Create many (`Bulk/Crud/Create/ChartOfAccount`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "ChartOfAccount", ChartOfAccountCreateParamsModel, items, ChartOfAccount
            )
        )

    def bulk_update(
        self, objs: Sequence[ChartOfAccount]
    ) -> builtins.list[ChartOfAccount | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ChartOfAccount`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("ChartOfAccount", ChartOfAccountUpdateParamsModel, objs, ChartOfAccount)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ChartOfAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ChartOfAccount`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "ChartOfAccount", ids, ChartOfAccount))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ChartOfAccount | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ChartOfAccount`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "ChartOfAccount", ids, ChartOfAccount))


class AsyncChartOfAccounts(AsyncAPIResource):
    """A ledger account of the organization's chart of accounts."""

    async def create(self, **params: Unpack[ChartOfAccountCreateParams]) -> ChartOfAccount:
        """Create a ChartOfAccount (`Crud/Create/ChartOfAccount`); returns it as stored."""
        return await self._client.call(
            ops.create("ChartOfAccount", ChartOfAccountCreateParamsModel, params, ChartOfAccount)
        )

    async def read(self, id: str) -> ChartOfAccount:
        """Read one ChartOfAccount by id (`Crud/Read/ChartOfAccount`)."""
        return await self._client.call(ops.by_id("Read", "ChartOfAccount", id, ChartOfAccount))

    async def update(
        self, obj: ChartOfAccount, /, **changes: Unpack[ChartOfAccountUpdateParams]
    ) -> ChartOfAccount:
        """Send `obj` back with `changes` applied (`Crud/Update/ChartOfAccount`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "ChartOfAccount", ChartOfAccountUpdateParamsModel, obj, changes, ChartOfAccount
            )
        )

    async def delete(self, id: str) -> ChartOfAccount:
        """Deactivate a ChartOfAccount (`Crud/Delete/ChartOfAccount`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "ChartOfAccount", id, ChartOfAccount))

    async def undelete(self, id: str) -> ChartOfAccount:
        """Reactivate a deleted ChartOfAccount (`Crud/Undelete/ChartOfAccount`)."""
        return await self._client.call(ops.by_id("Undelete", "ChartOfAccount", id, ChartOfAccount))

    def list(
        self,
        *,
        filters: Sequence[ChartOfAccountFilter] | None = None,
        sort: Sequence[ChartOfAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[ChartOfAccount]:
        """Every ChartOfAccount matching `filters`, fetched lazily page by page (`List/ChartOfAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ChartOfAccount",
            ChartOfAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[ChartOfAccountCreateParams]
    ) -> builtins.list[ChartOfAccount | APIError]:
        """Create many (`Bulk/Crud/Create/ChartOfAccount`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "ChartOfAccount", ChartOfAccountCreateParamsModel, items, ChartOfAccount
            )
        )

    async def bulk_update(
        self, objs: Sequence[ChartOfAccount]
    ) -> builtins.list[ChartOfAccount | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ChartOfAccount`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("ChartOfAccount", ChartOfAccountUpdateParamsModel, objs, ChartOfAccount)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ChartOfAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ChartOfAccount`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "ChartOfAccount", ids, ChartOfAccount))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ChartOfAccount | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ChartOfAccount`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "ChartOfAccount", ids, ChartOfAccount))
