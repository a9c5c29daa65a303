# Generated from spec/entities/Customer.yaml by codegen. Do not edit: run make generate.
"""Operations on Customer: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.customer import (
    Customer,
    CustomerCreateParams,
    CustomerCreateParamsModel,
    CustomerFilter,
    CustomerSort,
    CustomerUpdateParams,
    CustomerUpdateParamsModel,
)

__all__ = ["AsyncCustomers", "Customers"]


class Customers(SyncAPIResource):
    """A company or person the organization invoices and receives payments from."""

    def create(self, **params: Unpack[CustomerCreateParams]) -> Customer:
        """Create a Customer (`Crud/Create/Customer`); returns it as stored."""
        return self._client.call(
            ops.create("Customer", CustomerCreateParamsModel, params, Customer)
        )

    def read(self, id: str) -> Customer:
        """Read one Customer by id (`Crud/Read/Customer`)."""
        return self._client.call(ops.by_id("Read", "Customer", id, Customer))

    def update(self, obj: Customer, /, **changes: Unpack[CustomerUpdateParams]) -> Customer:
        """Send `obj` back with `changes` applied (`Crud/Update/Customer`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Customer", CustomerUpdateParamsModel, obj, changes, Customer)
        )

    def delete(self, id: str) -> Customer:
        """Deactivate a Customer (`Crud/Delete/Customer`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Customer", id, Customer))

    def undelete(self, id: str) -> Customer:
        """Reactivate a deleted Customer (`Crud/Undelete/Customer`)."""
        return self._client.call(ops.by_id("Undelete", "Customer", id, Customer))

    def list(
        self,
        *,
        filters: Sequence[CustomerFilter] | None = None,
        sort: Sequence[CustomerSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Customer]:
        """Every Customer matching `filters`, fetched lazily page by page (`List/Customer`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Customer",
            Customer,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[CustomerCreateParams]
    ) -> builtins.list[Customer | APIError]:
        """Create many (`Bulk/Crud/Create/Customer`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Customer", CustomerCreateParamsModel, items, Customer))

    def bulk_update(self, objs: Sequence[Customer]) -> builtins.list[Customer | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Customer`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Customer", CustomerUpdateParamsModel, objs, Customer))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Customer | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Customer`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Customer", ids, Customer))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Customer | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Customer`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Customer", ids, Customer))


class AsyncCustomers(AsyncAPIResource):
    """A company or person the organization invoices and receives payments from."""

    async def create(self, **params: Unpack[CustomerCreateParams]) -> Customer:
        """Create a Customer (`Crud/Create/Customer`); returns it as stored."""
        return await self._client.call(
            ops.create("Customer", CustomerCreateParamsModel, params, Customer)
        )

    async def read(self, id: str) -> Customer:
        """Read one Customer by id (`Crud/Read/Customer`)."""
        return await self._client.call(ops.by_id("Read", "Customer", id, Customer))

    async def update(self, obj: Customer, /, **changes: Unpack[CustomerUpdateParams]) -> Customer:
        """Send `obj` back with `changes` applied (`Crud/Update/Customer`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Customer", CustomerUpdateParamsModel, obj, changes, Customer)
        )

    async def delete(self, id: str) -> Customer:
        """Deactivate a Customer (`Crud/Delete/Customer`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Customer", id, Customer))

    async def undelete(self, id: str) -> Customer:
        """Reactivate a deleted Customer (`Crud/Undelete/Customer`)."""
        return await self._client.call(ops.by_id("Undelete", "Customer", id, Customer))

    def list(
        self,
        *,
        filters: Sequence[CustomerFilter] | None = None,
        sort: Sequence[CustomerSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Customer]:
        """Every Customer matching `filters`, fetched lazily page by page (`List/Customer`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Customer",
            Customer,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[CustomerCreateParams]
    ) -> builtins.list[Customer | APIError]:
        """Create many (`Bulk/Crud/Create/Customer`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("Customer", CustomerCreateParamsModel, items, Customer)
        )

    async def bulk_update(self, objs: Sequence[Customer]) -> builtins.list[Customer | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Customer`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("Customer", CustomerUpdateParamsModel, objs, Customer)
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Customer | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Customer`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Customer", ids, Customer))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Customer | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Customer`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Customer", ids, Customer))
