# Generated from spec/entities/Location.yaml by codegen. Do not edit: run make generate.
"""Operations on Location: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.location import (
    Location,
    LocationCreateParams,
    LocationCreateParamsModel,
    LocationFilter,
    LocationSort,
    LocationUpdateParams,
    LocationUpdateParamsModel,
)

__all__ = ["AsyncLocations", "Locations"]


class Locations(SyncAPIResource):
    """A location, a dimension for coding transactions."""

    def create(self, **params: Unpack[LocationCreateParams]) -> Location:
        """Create a Location (`Crud/Create/Location`); returns it as stored."""
        return self._client.call(
            ops.create("Location", LocationCreateParamsModel, params, Location)
        )

    def read(self, id: str) -> Location:
        """Read one Location by id (`Crud/Read/Location`)."""
        return self._client.call(ops.by_id("Read", "Location", id, Location))

    def update(self, obj: Location, /, **changes: Unpack[LocationUpdateParams]) -> Location:
        """Send `obj` back with `changes` applied (`Crud/Update/Location`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Location", LocationUpdateParamsModel, obj, changes, Location)
        )

    def delete(self, id: str) -> Location:
        """Deactivate a Location (`Crud/Delete/Location`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Location", id, Location))

    def undelete(self, id: str) -> Location:
        """Reactivate a deleted Location (`Crud/Undelete/Location`)."""
        return self._client.call(ops.by_id("Undelete", "Location", id, Location))

    def list(
        self,
        *,
        filters: Sequence[LocationFilter] | None = None,
        sort: Sequence[LocationSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Location]:
        """Every Location matching `filters`, fetched lazily page by page (`List/Location`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Location",
            Location,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[LocationCreateParams]
    ) -> builtins.list[Location | APIError]:
        """Create many (`Bulk/Crud/Create/Location`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Location", LocationCreateParamsModel, items, Location))

    def bulk_update(self, objs: Sequence[Location]) -> builtins.list[Location | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Location`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Location", LocationUpdateParamsModel, objs, Location))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Location | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Location`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Location", ids, Location))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Location | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Location`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Location", ids, Location))


class AsyncLocations(AsyncAPIResource):
    """A location, a dimension for coding transactions."""

    async def create(self, **params: Unpack[LocationCreateParams]) -> Location:
        """Create a Location (`Crud/Create/Location`); returns it as stored."""
        return await self._client.call(
            ops.create("Location", LocationCreateParamsModel, params, Location)
        )

    async def read(self, id: str) -> Location:
        """Read one Location by id (`Crud/Read/Location`)."""
        return await self._client.call(ops.by_id("Read", "Location", id, Location))

    async def update(self, obj: Location, /, **changes: Unpack[LocationUpdateParams]) -> Location:
        """Send `obj` back with `changes` applied (`Crud/Update/Location`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Location", LocationUpdateParamsModel, obj, changes, Location)
        )

    async def delete(self, id: str) -> Location:
        """Deactivate a Location (`Crud/Delete/Location`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Location", id, Location))

    async def undelete(self, id: str) -> Location:
        """Reactivate a deleted Location (`Crud/Undelete/Location`)."""
        return await self._client.call(ops.by_id("Undelete", "Location", id, Location))

    def list(
        self,
        *,
        filters: Sequence[LocationFilter] | None = None,
        sort: Sequence[LocationSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Location]:
        """Every Location matching `filters`, fetched lazily page by page (`List/Location`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Location",
            Location,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[LocationCreateParams]
    ) -> builtins.list[Location | APIError]:
        """Create many (`Bulk/Crud/Create/Location`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("Location", LocationCreateParamsModel, items, Location)
        )

    async def bulk_update(self, objs: Sequence[Location]) -> builtins.list[Location | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Location`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("Location", LocationUpdateParamsModel, objs, Location)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Location | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Location`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Location", ids, Location))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Location | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Location`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Location", ids, Location))
