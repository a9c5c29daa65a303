# Generated from spec/entities/RecurringInvoice.yaml by codegen. Do not edit: run make generate.
"""Operations on RecurringInvoice: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.recurring_invoice import (
    RecurringInvoice,
    RecurringInvoiceCreateParams,
    RecurringInvoiceCreateParamsModel,
    RecurringInvoiceFilter,
    RecurringInvoiceSort,
    RecurringInvoiceUpdateParams,
    RecurringInvoiceUpdateParamsModel,
)

__all__ = ["AsyncRecurringInvoices", "RecurringInvoices"]


class RecurringInvoices(SyncAPIResource):
    """A recurring-invoice profile that generates invoices for a customer on a schedule."""

    def create(self, **params: Unpack[RecurringInvoiceCreateParams]) -> RecurringInvoice:
        """Create a RecurringInvoice (`Crud/Create/RecurringInvoice`); returns it as stored."""
        return self._client.call(
            ops.create(
                "RecurringInvoice", RecurringInvoiceCreateParamsModel, params, RecurringInvoice
            )
        )

    def read(self, id: str) -> RecurringInvoice:
        """Read one RecurringInvoice by id (`Crud/Read/RecurringInvoice`)."""
        return self._client.call(ops.by_id("Read", "RecurringInvoice", id, RecurringInvoice))

    def update(
        self, obj: RecurringInvoice, /, **changes: Unpack[RecurringInvoiceUpdateParams]
    ) -> RecurringInvoice:
        """Send `obj` back with `changes` applied (`Crud/Update/RecurringInvoice`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "RecurringInvoice",
                RecurringInvoiceUpdateParamsModel,
                obj,
                changes,
                RecurringInvoice,
            )
        )

    def delete(self, id: str) -> RecurringInvoice:
        """Deactivate a RecurringInvoice (`Crud/Delete/RecurringInvoice`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "RecurringInvoice", id, RecurringInvoice))

    def undelete(self, id: str) -> RecurringInvoice:
        """Reactivate a deleted RecurringInvoice (`Crud/Undelete/RecurringInvoice`)."""
        return self._client.call(ops.by_id("Undelete", "RecurringInvoice", id, RecurringInvoice))

    def list(
        self,
        *,
        filters: Sequence[RecurringInvoiceFilter] | None = None,
        sort: Sequence[RecurringInvoiceSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[RecurringInvoice]:
        """Every RecurringInvoice matching `filters`, fetched lazily page by page (`List/RecurringInvoice`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RecurringInvoice",
            RecurringInvoice,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[RecurringInvoiceCreateParams]
    ) -> builtins.list[RecurringInvoice | APIError]:
        """Create many (`Bulk/Crud/Create/RecurringInvoice`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "RecurringInvoice", RecurringInvoiceCreateParamsModel, items, RecurringInvoice
            )
        )

    def bulk_update(
        self, objs: Sequence[RecurringInvoice]
    ) -> builtins.list[RecurringInvoice | APIError]:
        """Send many objects back (`Bulk/Crud/Update/RecurringInvoice`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update(
                "RecurringInvoice", RecurringInvoiceUpdateParamsModel, objs, RecurringInvoice
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[RecurringInvoice | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/RecurringInvoice`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "RecurringInvoice", ids, RecurringInvoice))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[RecurringInvoice | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/RecurringInvoice`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "RecurringInvoice", ids, RecurringInvoice))


class AsyncRecurringInvoices(AsyncAPIResource):
    """A recurring-invoice profile that generates invoices for a customer on a schedule."""

    async def create(self, **params: Unpack[RecurringInvoiceCreateParams]) -> RecurringInvoice:
        """Create a RecurringInvoice (`Crud/Create/RecurringInvoice`); returns it as stored."""
        return await self._client.call(
            ops.create(
                "RecurringInvoice", RecurringInvoiceCreateParamsModel, params, RecurringInvoice
            )
        )

    async def read(self, id: str) -> RecurringInvoice:
        """Read one RecurringInvoice by id (`Crud/Read/RecurringInvoice`)."""
        return await self._client.call(ops.by_id("Read", "RecurringInvoice", id, RecurringInvoice))

    async def update(
        self, obj: RecurringInvoice, /, **changes: Unpack[RecurringInvoiceUpdateParams]
    ) -> RecurringInvoice:
        """Send `obj` back with `changes` applied (`Crud/Update/RecurringInvoice`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "RecurringInvoice",
                RecurringInvoiceUpdateParamsModel,
                obj,
                changes,
                RecurringInvoice,
            )
        )

    async def delete(self, id: str) -> RecurringInvoice:
        """Deactivate a RecurringInvoice (`Crud/Delete/RecurringInvoice`; soft: isActive becomes "2")."""
        return await self._client.call(
            ops.by_id("Delete", "RecurringInvoice", id, RecurringInvoice)
        )

    async def undelete(self, id: str) -> RecurringInvoice:
        """Reactivate a deleted RecurringInvoice (`Crud/Undelete/RecurringInvoice`)."""
        return await self._client.call(
            ops.by_id("Undelete", "RecurringInvoice", id, RecurringInvoice)
        )

    def list(
        self,
        *,
        filters: Sequence[RecurringInvoiceFilter] | None = None,
        sort: Sequence[RecurringInvoiceSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[RecurringInvoice]:
        """Every RecurringInvoice matching `filters`, fetched lazily page by page (`List/RecurringInvoice`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "RecurringInvoice",
            RecurringInvoice,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[RecurringInvoiceCreateParams]
    ) -> builtins.list[RecurringInvoice | APIError]:
        """Create many (`Bulk/Crud/Create/RecurringInvoice`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "RecurringInvoice", RecurringInvoiceCreateParamsModel, items, RecurringInvoice
            )
        )

    async def bulk_update(
        self, objs: Sequence[RecurringInvoice]
    ) -> builtins.list[RecurringInvoice | APIError]:
        """Send many objects back (`Bulk/Crud/Update/RecurringInvoice`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update(
                "RecurringInvoice", RecurringInvoiceUpdateParamsModel, objs, RecurringInvoice
            )
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[RecurringInvoice | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/RecurringInvoice`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "RecurringInvoice", ids, RecurringInvoice))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[RecurringInvoice | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/RecurringInvoice`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Undelete", "RecurringInvoice", ids, RecurringInvoice)
        )
