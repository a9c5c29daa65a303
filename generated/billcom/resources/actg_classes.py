# Generated from spec/entities/ActgClass.yaml by codegen. Do not edit: run make generate.
"""Operations on ActgClass: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.actg_class import (
    ActgClass,
    ActgClassCreateParams,
    ActgClassCreateParamsModel,
    ActgClassFilter,
    ActgClassSort,
    ActgClassUpdateParams,
    ActgClassUpdateParamsModel,
)

__all__ = ["ActgClasses", "AsyncActgClasses"]


class ActgClasses(SyncAPIResource):
    """An accounting class, a dimension for coding transactions."""

    def create(self, **params: Unpack[ActgClassCreateParams]) -> ActgClass:
        """Create a ActgClass (`Crud/Create/ActgClass`); returns it as stored."""
        return self._client.call(
            ops.create("ActgClass", ActgClassCreateParamsModel, params, ActgClass)
        )

    def read(self, id: str) -> ActgClass:
        """Read one ActgClass by id (`Crud/Read/ActgClass`)."""
        return self._client.call(ops.by_id("Read", "ActgClass", id, ActgClass))

    def update(self, obj: ActgClass, /, **changes: Unpack[ActgClassUpdateParams]) -> ActgClass:
        """Send `obj` back with `changes` applied (`Crud/Update/ActgClass`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("ActgClass", ActgClassUpdateParamsModel, obj, changes, ActgClass)
        )

    def delete(self, id: str) -> ActgClass:
        """Deactivate a ActgClass (`Crud/Delete/ActgClass`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "ActgClass", id, ActgClass))

    def undelete(self, id: str) -> ActgClass:
        """Reactivate a deleted ActgClass (`Crud/Undelete/ActgClass`)."""
        return self._client.call(ops.by_id("Undelete", "ActgClass", id, ActgClass))

    def list(
        self,
        *,
        filters: Sequence[ActgClassFilter] | None = None,
        sort: Sequence[ActgClassSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[ActgClass]:
        """Every ActgClass matching `filters`, fetched lazily page by page (`List/ActgClass`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ActgClass",
            ActgClass,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[ActgClassCreateParams]
    ) -> builtins.list[ActgClass | APIError]:
        """Create many (`Bulk/Crud/Create/ActgClass`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("ActgClass", ActgClassCreateParamsModel, items, ActgClass)
        )

    def bulk_update(self, objs: Sequence[ActgClass]) -> builtins.list[ActgClass | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ActgClass`): one result per object, in order."""
        return self._bulk(ops.bulk_update("ActgClass", ActgClassUpdateParamsModel, objs, ActgClass))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ActgClass | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ActgClass`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "ActgClass", ids, ActgClass))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ActgClass | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ActgClass`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "ActgClass", ids, ActgClass))


class AsyncActgClasses(AsyncAPIResource):
    """An accounting class, a dimension for coding transactions."""

    async def create(self, **params: Unpack[ActgClassCreateParams]) -> ActgClass:
        """Create a ActgClass (`Crud/Create/ActgClass`); returns it as stored."""
        return await self._client.call(
            ops.create("ActgClass", ActgClassCreateParamsModel, params, ActgClass)
        )

    async def read(self, id: str) -> ActgClass:
        """Read one ActgClass by id (`Crud/Read/ActgClass`)."""
        return await self._client.call(ops.by_id("Read", "ActgClass", id, ActgClass))

    async def update(
        self, obj: ActgClass, /, **changes: Unpack[ActgClassUpdateParams]
    ) -> ActgClass:
        """Send `obj` back with `changes` applied (`Crud/Update/ActgClass`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("ActgClass", ActgClassUpdateParamsModel, obj, changes, ActgClass)
        )

    async def delete(self, id: str) -> ActgClass:
        """Deactivate a ActgClass (`Crud/Delete/ActgClass`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "ActgClass", id, ActgClass))

    async def undelete(self, id: str) -> ActgClass:
        """Reactivate a deleted ActgClass (`Crud/Undelete/ActgClass`)."""
        return await self._client.call(ops.by_id("Undelete", "ActgClass", id, ActgClass))

    def list(
        self,
        *,
        filters: Sequence[ActgClassFilter] | None = None,
        sort: Sequence[ActgClassSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[ActgClass]:
        """Every ActgClass matching `filters`, fetched lazily page by page (`List/ActgClass`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "ActgClass",
            ActgClass,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[ActgClassCreateParams]
    ) -> builtins.list[ActgClass | APIError]:
        """Create many (`Bulk/Crud/Create/ActgClass`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("ActgClass", ActgClassCreateParamsModel, items, ActgClass)
        )

    async def bulk_update(self, objs: Sequence[ActgClass]) -> builtins.list[ActgClass | APIError]:
        """Send many objects back (`Bulk/Crud/Update/ActgClass`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("ActgClass", ActgClassUpdateParamsModel, objs, ActgClass)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[ActgClass | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/ActgClass`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "ActgClass", ids, ActgClass))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[ActgClass | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/ActgClass`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "ActgClass", ids, ActgClass))
