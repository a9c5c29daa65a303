# Generated from spec/entities/Customer.yaml by codegen. Do not edit: run make generate.
"""Operations on Customer: create, read, update, delete, undelete, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._operations import Filter, Sort
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.customer import (
    Customer,
    CustomerCreateParams,
    CustomerCreateParamsModel,
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
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Customer]:
        """Every Customer matching `filters`, fetched lazily page by page (`List/Customer`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
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
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Customer]:
        """Every Customer matching `filters`, fetched lazily page by page (`List/Customer`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
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
