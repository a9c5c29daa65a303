# Generated from spec/entities/Department.yaml by codegen. Do not edit: run make generate.
"""Operations on Department: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.department import (
    Department,
    DepartmentCreateParams,
    DepartmentCreateParamsModel,
    DepartmentFilter,
    DepartmentSort,
    DepartmentUpdateParams,
    DepartmentUpdateParamsModel,
)

__all__ = ["AsyncDepartments", "Departments"]


class Departments(SyncAPIResource):
    """A department, a dimension for coding transactions."""

    def create(self, **params: Unpack[DepartmentCreateParams]) -> Department:
        """Create a Department (`Crud/Create/Department`); returns it as stored."""
        return self._client.call(
            ops.create("Department", DepartmentCreateParamsModel, params, Department)
        )

    def read(self, id: str) -> Department:
        """Read one Department by id (`Crud/Read/Department`)."""
        return self._client.call(ops.by_id("Read", "Department", id, Department))

    def update(self, obj: Department, /, **changes: Unpack[DepartmentUpdateParams]) -> Department:
        """Send `obj` back with `changes` applied (`Crud/Update/Department`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Department", DepartmentUpdateParamsModel, obj, changes, Department)
        )

    def delete(self, id: str) -> Department:
        """Deactivate a Department (`Crud/Delete/Department`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Department", id, Department))

    def undelete(self, id: str) -> Department:
        """Reactivate a deleted Department (`Crud/Undelete/Department`)."""
        return self._client.call(ops.by_id("Undelete", "Department", id, Department))

    def list(
        self,
        *,
        filters: Sequence[DepartmentFilter] | None = None,
        sort: Sequence[DepartmentSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Department]:
        """Every Department matching `filters`, fetched lazily page by page (`List/Department`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Department",
            Department,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[DepartmentCreateParams]
    ) -> builtins.list[Department | APIError]:
        """Create many (`Bulk/Crud/Create/Department`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("Department", DepartmentCreateParamsModel, items, Department)
        )

    def bulk_update(self, objs: Sequence[Department]) -> builtins.list[Department | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Department`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("Department", DepartmentUpdateParamsModel, objs, Department)
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Department | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Department`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Department", ids, Department))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Department | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Department`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Department", ids, Department))


class AsyncDepartments(AsyncAPIResource):
    """A department, a dimension for coding transactions."""

    async def create(self, **params: Unpack[DepartmentCreateParams]) -> Department:
        """Create a Department (`Crud/Create/Department`); returns it as stored."""
        return await self._client.call(
            ops.create("Department", DepartmentCreateParamsModel, params, Department)
        )

    async def read(self, id: str) -> Department:
        """Read one Department by id (`Crud/Read/Department`)."""
        return await self._client.call(ops.by_id("Read", "Department", id, Department))

    async def update(
        self, obj: Department, /, **changes: Unpack[DepartmentUpdateParams]
    ) -> Department:
        """Send `obj` back with `changes` applied (`Crud/Update/Department`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Department", DepartmentUpdateParamsModel, obj, changes, Department)
        )

    async def delete(self, id: str) -> Department:
        """Deactivate a Department (`Crud/Delete/Department`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Department", id, Department))

    async def undelete(self, id: str) -> Department:
        """Reactivate a deleted Department (`Crud/Undelete/Department`)."""
        return await self._client.call(ops.by_id("Undelete", "Department", id, Department))

    def list(
        self,
        *,
        filters: Sequence[DepartmentFilter] | None = None,
        sort: Sequence[DepartmentSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Department]:
        """Every Department matching `filters`, fetched lazily page by page (`List/Department`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Department",
            Department,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[DepartmentCreateParams]
    ) -> builtins.list[Department | APIError]:
        """Create many (`Bulk/Crud/Create/Department`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("Department", DepartmentCreateParamsModel, items, Department)
        )

    async def bulk_update(self, objs: Sequence[Department]) -> builtins.list[Department | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Department`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("Department", DepartmentUpdateParamsModel, objs, Department)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Department | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Department`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Department", ids, Department))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Department | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Department`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Department", ids, Department))
