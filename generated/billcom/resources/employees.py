# Generated from spec/entities/Employee.yaml by codegen. Do not edit: run make generate.
"""Operations on Employee: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.employee import (
    Employee,
    EmployeeCreateParams,
    EmployeeCreateParamsModel,
    EmployeeFilter,
    EmployeeSort,
    EmployeeUpdateParams,
    EmployeeUpdateParamsModel,
)

__all__ = ["AsyncEmployees", "Employees"]


class Employees(SyncAPIResource):
    """An employee as an expense-coding dimension (not a User)."""

    def create(self, **params: Unpack[EmployeeCreateParams]) -> Employee:
        """Create a Employee (`Crud/Create/Employee`); returns it as stored."""
        return self._client.call(
            ops.create("Employee", EmployeeCreateParamsModel, params, Employee)
        )

    def read(self, id: str) -> Employee:
        """Read one Employee by id (`Crud/Read/Employee`)."""
        return self._client.call(ops.by_id("Read", "Employee", id, Employee))

    def update(self, obj: Employee, /, **changes: Unpack[EmployeeUpdateParams]) -> Employee:
        """Send `obj` back with `changes` applied (`Crud/Update/Employee`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Employee", EmployeeUpdateParamsModel, obj, changes, Employee)
        )

    def delete(self, id: str) -> Employee:
        """Deactivate a Employee (`Crud/Delete/Employee`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Employee", id, Employee))

    def undelete(self, id: str) -> Employee:
        """Reactivate a deleted Employee (`Crud/Undelete/Employee`)."""
        return self._client.call(ops.by_id("Undelete", "Employee", id, Employee))

    def list(
        self,
        *,
        filters: Sequence[EmployeeFilter] | None = None,
        sort: Sequence[EmployeeSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Employee]:
        """Every Employee matching `filters`, fetched lazily page by page (`List/Employee`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Employee",
            Employee,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[EmployeeCreateParams]
    ) -> builtins.list[Employee | APIError]:
        """Create many (`Bulk/Crud/Create/Employee`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Employee", EmployeeCreateParamsModel, items, Employee))

    def bulk_update(self, objs: Sequence[Employee]) -> builtins.list[Employee | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Employee`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Employee", EmployeeUpdateParamsModel, objs, Employee))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Employee | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Employee`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Employee", ids, Employee))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Employee | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Employee`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Employee", ids, Employee))


class AsyncEmployees(AsyncAPIResource):
    """An employee as an expense-coding dimension (not a User)."""

    async def create(self, **params: Unpack[EmployeeCreateParams]) -> Employee:
        """Create a Employee (`Crud/Create/Employee`); returns it as stored."""
        return await self._client.call(
            ops.create("Employee", EmployeeCreateParamsModel, params, Employee)
        )

    async def read(self, id: str) -> Employee:
        """Read one Employee by id (`Crud/Read/Employee`)."""
        return await self._client.call(ops.by_id("Read", "Employee", id, Employee))

    async def update(self, obj: Employee, /, **changes: Unpack[EmployeeUpdateParams]) -> Employee:
        """Send `obj` back with `changes` applied (`Crud/Update/Employee`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Employee", EmployeeUpdateParamsModel, obj, changes, Employee)
        )

    async def delete(self, id: str) -> Employee:
        """Deactivate a Employee (`Crud/Delete/Employee`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Employee", id, Employee))

    async def undelete(self, id: str) -> Employee:
        """Reactivate a deleted Employee (`Crud/Undelete/Employee`)."""
        return await self._client.call(ops.by_id("Undelete", "Employee", id, Employee))

    def list(
        self,
        *,
        filters: Sequence[EmployeeFilter] | None = None,
        sort: Sequence[EmployeeSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Employee]:
        """Every Employee matching `filters`, fetched lazily page by page (`List/Employee`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Employee",
            Employee,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[EmployeeCreateParams]
    ) -> builtins.list[Employee | APIError]:
        """Create many (`Bulk/Crud/Create/Employee`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("Employee", EmployeeCreateParamsModel, items, Employee)
        )

    async def bulk_update(self, objs: Sequence[Employee]) -> builtins.list[Employee | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Employee`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("Employee", EmployeeUpdateParamsModel, objs, Employee)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Employee | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Employee`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Employee", ids, Employee))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Employee | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Employee`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Employee", ids, Employee))
