# Generated from spec/entities/VendorCredit.yaml by codegen. Do not edit: run make generate.
"""Operations on VendorCredit: create, read, update, delete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.vendor_credit import (
    VendorCredit,
    VendorCreditCreateParams,
    VendorCreditCreateParamsModel,
    VendorCreditFilter,
    VendorCreditSort,
    VendorCreditUpdateParams,
    VendorCreditUpdateParamsModel,
)

__all__ = ["AsyncVendorCredits", "VendorCredits"]


class VendorCredits(SyncAPIResource):
    """A credit memo received from a vendor, applied against its bills."""

    def create(self, **params: Unpack[VendorCreditCreateParams]) -> VendorCredit:
        """Create a VendorCredit (`Crud/Create/VendorCredit`); returns it as stored."""
        return self._client.call(
            ops.create("VendorCredit", VendorCreditCreateParamsModel, params, VendorCredit)
        )

    def read(self, id: str) -> VendorCredit:
        """Read one VendorCredit by id (`Crud/Read/VendorCredit`)."""
        return self._client.call(ops.by_id("Read", "VendorCredit", id, VendorCredit))

    def update(
        self, obj: VendorCredit, /, **changes: Unpack[VendorCreditUpdateParams]
    ) -> VendorCredit:
        """Send `obj` back with `changes` applied (`Crud/Update/VendorCredit`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("VendorCredit", VendorCreditUpdateParamsModel, obj, changes, VendorCredit)
        )

    def delete(self, id: str) -> VendorCredit:
        """Deactivate a VendorCredit (`Crud/Delete/VendorCredit`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "VendorCredit", id, VendorCredit))

    def list(
        self,
        *,
        filters: Sequence[VendorCreditFilter] | None = None,
        sort: Sequence[VendorCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[VendorCredit]:
        """Every VendorCredit matching `filters`, fetched lazily page by page (`List/VendorCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorCredit",
            VendorCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[VendorCreditCreateParams]
    ) -> builtins.list[VendorCredit | APIError]:
        """Create many (`Bulk/Crud/Create/VendorCredit`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("VendorCredit", VendorCreditCreateParamsModel, items, VendorCredit)
        )

    def bulk_update(self, objs: Sequence[VendorCredit]) -> builtins.list[VendorCredit | APIError]:
        """Send many objects back (`Bulk/Crud/Update/VendorCredit`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("VendorCredit", VendorCreditUpdateParamsModel, objs, VendorCredit)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[VendorCredit | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/VendorCredit`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "VendorCredit", ids, VendorCredit))


class AsyncVendorCredits(AsyncAPIResource):
    """A credit memo received from a vendor, applied against its bills."""

    async def create(self, **params: Unpack[VendorCreditCreateParams]) -> VendorCredit:
        """Create a VendorCredit (`Crud/Create/VendorCredit`); returns it as stored."""
        return await self._client.call(
            ops.create("VendorCredit", VendorCreditCreateParamsModel, params, VendorCredit)
        )

    async def read(self, id: str) -> VendorCredit:
        """Read one VendorCredit by id (`Crud/Read/VendorCredit`)."""
        return await self._client.call(ops.by_id("Read", "VendorCredit", id, VendorCredit))

    async def update(
        self, obj: VendorCredit, /, **changes: Unpack[VendorCreditUpdateParams]
    ) -> VendorCredit:
        """Send `obj` back with `changes` applied (`Crud/Update/VendorCredit`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("VendorCredit", VendorCreditUpdateParamsModel, obj, changes, VendorCredit)
        )

    async def delete(self, id: str) -> VendorCredit:
        """Deactivate a VendorCredit (`Crud/Delete/VendorCredit`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "VendorCredit", id, VendorCredit))

    def list(
        self,
        *,
        filters: Sequence[VendorCreditFilter] | None = None,
        sort: Sequence[VendorCreditSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[VendorCredit]:
        """Every VendorCredit matching `filters`, fetched lazily page by page (`List/VendorCredit`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorCredit",
            VendorCredit,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[VendorCreditCreateParams]
    ) -> builtins.list[VendorCredit | APIError]:
        """Create many (`Bulk/Crud/Create/VendorCredit`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("VendorCredit", VendorCreditCreateParamsModel, items, VendorCredit)
        )

    async def bulk_update(
        self, objs: Sequence[VendorCredit]
    ) -> builtins.list[VendorCredit | APIError]:
        """Send many objects back (`Bulk/Crud/Update/VendorCredit`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("VendorCredit", VendorCreditUpdateParamsModel, objs, VendorCredit)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[VendorCredit | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/VendorCredit`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "VendorCredit", ids, VendorCredit))
