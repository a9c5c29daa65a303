# Generated from spec/entities/Item.yaml by codegen. Do not edit: run make generate.
"""Operations on Item: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.item import (
    Item,
    ItemCreateParams,
    ItemCreateParamsModel,
    ItemFilter,
    ItemSort,
    ItemUpdateParams,
    ItemUpdateParamsModel,
)

__all__ = ["AsyncItems", "Items"]


class Items(SyncAPIResource):
    """A product or service the organization sells or buys, including discount and sales-tax items."""

    def create(self, **params: Unpack[ItemCreateParams]) -> Item:
        """Create a Item (`Crud/Create/Item`); returns it as stored."""
        return self._client.call(ops.create("Item", ItemCreateParamsModel, params, Item))

    def read(self, id: str) -> Item:
        """Read one Item by id (`Crud/Read/Item`)."""
        return self._client.call(ops.by_id("Read", "Item", id, Item))

    def update(self, obj: Item, /, **changes: Unpack[ItemUpdateParams]) -> Item:
        """Send `obj` back with `changes` applied (`Crud/Update/Item`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(ops.update("Item", ItemUpdateParamsModel, obj, changes, Item))

    def delete(self, id: str) -> Item:
        """Deactivate a Item (`Crud/Delete/Item`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Item", id, Item))

    def undelete(self, id: str) -> Item:
        """Reactivate a deleted Item (`Crud/Undelete/Item`)."""
        return self._client.call(ops.by_id("Undelete", "Item", id, Item))

    def list(
        self,
        *,
        filters: Sequence[ItemFilter] | None = None,
        sort: Sequence[ItemSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Item]:
        """Every Item matching `filters`, fetched lazily page by page (`List/Item`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Item",
            Item,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(self, items: Sequence[ItemCreateParams]) -> builtins.list[Item | APIError]:
        """Create many (`Bulk/Crud/Create/Item`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Item", ItemCreateParamsModel, items, Item))

    def bulk_update(self, objs: Sequence[Item]) -> builtins.list[Item | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Item`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Item", ItemUpdateParamsModel, objs, Item))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Item | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Item`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Item", ids, Item))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Item | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Item`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Item", ids, Item))


class AsyncItems(AsyncAPIResource):
    """A product or service the organization sells or buys, including discount and sales-tax items."""

    async def create(self, **params: Unpack[ItemCreateParams]) -> Item:
        """Create a Item (`Crud/Create/Item`); returns it as stored."""
        return await self._client.call(ops.create("Item", ItemCreateParamsModel, params, Item))

    async def read(self, id: str) -> Item:
        """Read one Item by id (`Crud/Read/Item`)."""
        return await self._client.call(ops.by_id("Read", "Item", id, Item))

    async def update(self, obj: Item, /, **changes: Unpack[ItemUpdateParams]) -> Item:
        """Send `obj` back with `changes` applied (`Crud/Update/Item`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Item", ItemUpdateParamsModel, obj, changes, Item)
        )

    async def delete(self, id: str) -> Item:
        """Deactivate a Item (`Crud/Delete/Item`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Item", id, Item))

    async def undelete(self, id: str) -> Item:
        """Reactivate a deleted Item (`Crud/Undelete/Item`)."""
        return await self._client.call(ops.by_id("Undelete", "Item", id, Item))

    def list(
        self,
        *,
        filters: Sequence[ItemFilter] | None = None,
        sort: Sequence[ItemSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Item]:
        """Every Item matching `filters`, fetched lazily page by page (`List/Item`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Item",
            Item,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[ItemCreateParams]
    ) -> builtins.list[Item | APIError]:
        """Create many (`Bulk/Crud/Create/Item`, 100 per call): one result per item, in order."""
        return await self._bulk(ops.bulk_create("Item", ItemCreateParamsModel, items, Item))

    async def bulk_update(self, objs: Sequence[Item]) -> builtins.list[Item | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Item`): one result per object, in order."""
        return await self._bulk(ops.bulk_update("Item", ItemUpdateParamsModel, objs, Item))

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Item | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Item`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Item", ids, Item))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Item | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Item`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Item", ids, Item))
