# Generated from spec/entities/RecurringBill.yaml by codegen. Do not edit: run make generate.
"""Operations on RecurringBill: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.recurring_bill import (
    RecurringBill,
    RecurringBillCreateParams,
    RecurringBillCreateParamsModel,
    RecurringBillFilter,
    RecurringBillSort,
    RecurringBillUpdateParams,
    RecurringBillUpdateParamsModel,
)

__all__ = ["AsyncRecurringBills", "RecurringBills"]


class RecurringBills(SyncAPIResource):
    """A template that generates bills from a vendor on a schedule."""

    def create(self, **params: Unpack[RecurringBillCreateParams]) -> RecurringBill:
        """Create a RecurringBill (`Crud/Create/RecurringBill`); returns it as stored."""
        return self._client.call(
            ops.create("RecurringBill", RecurringBillCreateParamsModel, params, RecurringBill)
        )

    def read(self, id: str) -> RecurringBill:
        """Read one RecurringBill by id (`Crud/Read/RecurringBill`)."""
        return self._client.call(ops.by_id("Read", "RecurringBill", id, RecurringBill))

    def update(
        self, obj: RecurringBill, /, **changes: Unpack[RecurringBillUpdateParams]
    ) -> RecurringBill:
        """Send `obj` back with `changes` applied (`Crud/Update/RecurringBill`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("RecurringBill", RecurringBillUpdateParamsModel, obj, changes, RecurringBill)
        )

    def delete(self, id: str) -> RecurringBill:
        """Deactivate a RecurringBill (`Crud/Delete/RecurringBill`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "RecurringBill", id, RecurringBill))

    def undelete(self, id: str) -> RecurringBill:
        """Reactivate a deleted RecurringBill (`Crud/Undelete/RecurringBill`)."""
        return self._client.call(ops.by_id("Undelete", "RecurringBill", id, RecurringBill))

    def list(
        self,
        *,
        filters: Sequence[RecurringBillFilter] | None = None,
        sort: Sequence[RecurringBillSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[RecurringBill]:
        """Every RecurringBill matching `filters`, fetched lazily page by page (`List/RecurringBill`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RecurringBill",
            RecurringBill,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[RecurringBillCreateParams]
    ) -> builtins.list[RecurringBill | APIError]:
        """Create many (`Bulk/Crud/Create/RecurringBill`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("RecurringBill", RecurringBillCreateParamsModel, items, RecurringBill)
        )

    def bulk_update(self, objs: Sequence[RecurringBill]) -> builtins.list[RecurringBill | APIError]:
        """Send many objects back (`Bulk/Crud/Update/RecurringBill`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("RecurringBill", RecurringBillUpdateParamsModel, objs, RecurringBill)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[RecurringBill | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/RecurringBill`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "RecurringBill", ids, RecurringBill))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[RecurringBill | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/RecurringBill`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "RecurringBill", ids, RecurringBill))


class AsyncRecurringBills(AsyncAPIResource):
    """A template that generates bills from a vendor on a schedule."""

    async def create(self, **params: Unpack[RecurringBillCreateParams]) -> RecurringBill:
        """Create a RecurringBill (`Crud/Create/RecurringBill`); returns it as stored."""
        return await self._client.call(
            ops.create("RecurringBill", RecurringBillCreateParamsModel, params, RecurringBill)
        )

    async def read(self, id: str) -> RecurringBill:
        """Read one RecurringBill by id (`Crud/Read/RecurringBill`)."""
        return await self._client.call(ops.by_id("Read", "RecurringBill", id, RecurringBill))

    async def update(
        self, obj: RecurringBill, /, **changes: Unpack[RecurringBillUpdateParams]
    ) -> RecurringBill:
        """Send `obj` back with `changes` applied (`Crud/Update/RecurringBill`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("RecurringBill", RecurringBillUpdateParamsModel, obj, changes, RecurringBill)
        )

    async def delete(self, id: str) -> RecurringBill:
        """Deactivate a RecurringBill (`Crud/Delete/RecurringBill`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "RecurringBill", id, RecurringBill))

    async def undelete(self, id: str) -> RecurringBill:
        """Reactivate a deleted RecurringBill (`Crud/Undelete/RecurringBill`)."""
        return await self._client.call(ops.by_id("Undelete", "RecurringBill", id, RecurringBill))

    def list(
        self,
        *,
        filters: Sequence[RecurringBillFilter] | None = None,
        sort: Sequence[RecurringBillSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[RecurringBill]:
        """Every RecurringBill matching `filters`, fetched lazily page by page (`List/RecurringBill`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RecurringBill",
            RecurringBill,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[RecurringBillCreateParams]
    ) -> builtins.list[RecurringBill | APIError]:
        """Create many (`Bulk/Crud/Create/RecurringBill`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("RecurringBill", RecurringBillCreateParamsModel, items, RecurringBill)
        )

    async def bulk_update(
        self, objs: Sequence[RecurringBill]
    ) -> builtins.list[RecurringBill | APIError]:
        """Send many objects back (`Bulk/Crud/Update/RecurringBill`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("RecurringBill", RecurringBillUpdateParamsModel, objs, RecurringBill)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[RecurringBill | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/RecurringBill`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "RecurringBill", ids, RecurringBill))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[RecurringBill | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/RecurringBill`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "RecurringBill", ids, RecurringBill))
