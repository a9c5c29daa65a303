# Generated from spec/entities/CreditMemo.yaml by codegen. Do not edit: run make generate.
"""Operations on CreditMemo: create, read, update, delete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.credit_memo import (
    CreditMemo,
    CreditMemoCreateParams,
    CreditMemoCreateParamsModel,
    CreditMemoFilter,
    CreditMemoSort,
    CreditMemoUpdateParams,
    CreditMemoUpdateParamsModel,
)

__all__ = ["AsyncCreditMemos", "CreditMemos"]


class CreditMemos(SyncAPIResource):
    """A customer credit that reduces what the customer owes on invoices."""

    def create(self, **params: Unpack[CreditMemoCreateParams]) -> CreditMemo:
        """Create a CreditMemo (`Crud/Create/CreditMemo`); returns it as stored."""
        return self._client.call(
            ops.create("CreditMemo", CreditMemoCreateParamsModel, params, CreditMemo)
        )

    def read(self, id: str) -> CreditMemo:
        """Read one CreditMemo by id (`Crud/Read/CreditMemo`)."""
        return self._client.call(ops.by_id("Read", "CreditMemo", id, CreditMemo))

    def update(self, obj: CreditMemo, /, **changes: Unpack[CreditMemoUpdateParams]) -> CreditMemo:
        """Send `obj` back with `changes` applied (`Crud/Update/CreditMemo`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("CreditMemo", CreditMemoUpdateParamsModel, obj, changes, CreditMemo)
        )

    def delete(self, id: str) -> CreditMemo:
        """Deactivate a CreditMemo (`Crud/Delete/CreditMemo`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "CreditMemo", id, CreditMemo))

    def list(
        self,
        *,
        filters: Sequence[CreditMemoFilter] | None = None,
        sort: Sequence[CreditMemoSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[CreditMemo]:
        """Every CreditMemo matching `filters`, fetched lazily page by page (`List/CreditMemo`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CreditMemo",
            CreditMemo,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[CreditMemoCreateParams]
    ) -> builtins.list[CreditMemo | APIError]:
        """Create many (`Bulk/Crud/Create/CreditMemo`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("CreditMemo", CreditMemoCreateParamsModel, items, CreditMemo)
        )

    def bulk_update(self, objs: Sequence[CreditMemo]) -> builtins.list[CreditMemo | APIError]:
        """Send many objects back (`Bulk/Crud/Update/CreditMemo`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("CreditMemo", CreditMemoUpdateParamsModel, objs, CreditMemo)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[CreditMemo | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CreditMemo`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "CreditMemo", ids, CreditMemo))


class AsyncCreditMemos(AsyncAPIResource):
    """A customer credit that reduces what the customer owes on invoices."""

    async def create(self, **params: Unpack[CreditMemoCreateParams]) -> CreditMemo:
        """Create a CreditMemo (`Crud/Create/CreditMemo`); returns it as stored."""
        return await self._client.call(
            ops.create("CreditMemo", CreditMemoCreateParamsModel, params, CreditMemo)
        )

    async def read(self, id: str) -> CreditMemo:
        """Read one CreditMemo by id (`Crud/Read/CreditMemo`)."""
        return await self._client.call(ops.by_id("Read", "CreditMemo", id, CreditMemo))

    async def update(
        self, obj: CreditMemo, /, **changes: Unpack[CreditMemoUpdateParams]
    ) -> CreditMemo:
        """Send `obj` back with `changes` applied (`Crud/Update/CreditMemo`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("CreditMemo", CreditMemoUpdateParamsModel, obj, changes, CreditMemo)
        )

    async def delete(self, id: str) -> CreditMemo:
        """Deactivate a CreditMemo (`Crud/Delete/CreditMemo`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "CreditMemo", id, CreditMemo))

    def list(
        self,
        *,
        filters: Sequence[CreditMemoFilter] | None = None,
        sort: Sequence[CreditMemoSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[CreditMemo]:
        """Every CreditMemo matching `filters`, fetched lazily page by page (`List/CreditMemo`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CreditMemo",
            CreditMemo,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[CreditMemoCreateParams]
    ) -> builtins.list[CreditMemo | APIError]:
        """Create many (`Bulk/Crud/Create/CreditMemo`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("CreditMemo", CreditMemoCreateParamsModel, items, CreditMemo)
        )

    async def bulk_update(self, objs: Sequence[CreditMemo]) -> builtins.list[CreditMemo | APIError]:
        """Send many objects back (`Bulk/Crud/Update/CreditMemo`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("CreditMemo", CreditMemoUpdateParamsModel, objs, CreditMemo)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[CreditMemo | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CreditMemo`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "CreditMemo", ids, CreditMemo))
