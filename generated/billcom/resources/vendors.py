# Generated from spec/entities/Vendor.yaml by codegen. Do not edit: run make generate.
"""Operations on Vendor: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.vendor import (
    Vendor,
    VendorCreateParams,
    VendorCreateParamsModel,
    VendorFilter,
    VendorSort,
    VendorUpdateParams,
    VendorUpdateParamsModel,
)

__all__ = ["AsyncVendors", "Vendors"]


class Vendors(SyncAPIResource):
    """A company or person the organization pays."""

    def create(self, **params: Unpack[VendorCreateParams]) -> Vendor:
        """Create a Vendor (`Crud/Create/Vendor`); returns it as stored."""
        return self._client.call(ops.create("Vendor", VendorCreateParamsModel, params, Vendor))

    def read(self, id: str) -> Vendor:
        """Read one Vendor by id (`Crud/Read/Vendor`)."""
        return self._client.call(ops.by_id("Read", "Vendor", id, Vendor))

    def update(self, obj: Vendor, /, **changes: Unpack[VendorUpdateParams]) -> Vendor:
        """Send `obj` back with `changes` applied (`Crud/Update/Vendor`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Vendor", VendorUpdateParamsModel, obj, changes, Vendor)
        )

    def delete(self, id: str) -> Vendor:
        """Deactivate a Vendor (`Crud/Delete/Vendor`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Vendor", id, Vendor))

    def undelete(self, id: str) -> Vendor:
        """Reactivate a deleted Vendor (`Crud/Undelete/Vendor`)."""
        return self._client.call(ops.by_id("Undelete", "Vendor", id, Vendor))

    def list(
        self,
        *,
        filters: Sequence[VendorFilter] | None = None,
        sort: Sequence[VendorSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Vendor]:
        """Every Vendor matching `filters`, fetched lazily page by page (`List/Vendor`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Vendor",
            Vendor,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(self, items: Sequence[VendorCreateParams]) -> builtins.list[Vendor | APIError]:
        """Create many (`Bulk/Crud/Create/Vendor`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Vendor", VendorCreateParamsModel, items, Vendor))

    def bulk_update(self, objs: Sequence[Vendor]) -> builtins.list[Vendor | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Vendor`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Vendor", VendorUpdateParamsModel, objs, Vendor))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Vendor | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Vendor`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Vendor", ids, Vendor))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Vendor | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Vendor`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Vendor", ids, Vendor))


class AsyncVendors(AsyncAPIResource):
    """A company or person the organization pays."""

    async def create(self, **params: Unpack[VendorCreateParams]) -> Vendor:
        """Create a Vendor (`Crud/Create/Vendor`); returns it as stored."""
        return await self._client.call(
            ops.create("Vendor", VendorCreateParamsModel, params, Vendor)
        )

    async def read(self, id: str) -> Vendor:
        """Read one Vendor by id (`Crud/Read/Vendor`)."""
        return await self._client.call(ops.by_id("Read", "Vendor", id, Vendor))

    async def update(self, obj: Vendor, /, **changes: Unpack[VendorUpdateParams]) -> Vendor:
        """Send `obj` back with `changes` applied (`Crud/Update/Vendor`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Vendor", VendorUpdateParamsModel, obj, changes, Vendor)
        )

    async def delete(self, id: str) -> Vendor:
        """Deactivate a Vendor (`Crud/Delete/Vendor`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Vendor", id, Vendor))

    async def undelete(self, id: str) -> Vendor:
        """Reactivate a deleted Vendor (`Crud/Undelete/Vendor`)."""
        return await self._client.call(ops.by_id("Undelete", "Vendor", id, Vendor))

    def list(
        self,
        *,
        filters: Sequence[VendorFilter] | None = None,
        sort: Sequence[VendorSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Vendor]:
        """Every Vendor matching `filters`, fetched lazily page by page (`List/Vendor`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Vendor",
            Vendor,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[VendorCreateParams]
    ) -> builtins.list[Vendor | APIError]:
        """Create many (`Bulk/Crud/Create/Vendor`, 100 per call): one result per item, in order."""
        return await self._bulk(ops.bulk_create("Vendor", VendorCreateParamsModel, items, Vendor))

    async def bulk_update(self, objs: Sequence[Vendor]) -> builtins.list[Vendor | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Vendor`): one result per object, in order."""
        return await self._bulk(ops.bulk_update("Vendor", VendorUpdateParamsModel, objs, Vendor))

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Vendor | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Vendor`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Vendor", ids, Vendor))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Vendor | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Vendor`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Vendor", ids, Vendor))
