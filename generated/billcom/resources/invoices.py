# Generated from spec/entities/Invoice.yaml by codegen. Do not edit: run make generate.
"""Operations on Invoice: create, read, update, delete, undelete, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._operations import Filter, Sort
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.invoice import (
    Invoice,
    InvoiceCreateParams,
    InvoiceCreateParamsModel,
    InvoiceUpdateParams,
    InvoiceUpdateParamsModel,
)

__all__ = ["AsyncInvoices", "Invoices"]


class Invoices(SyncAPIResource):
    """A receivable invoice the organization sends to a customer."""

    def create(self, **params: Unpack[InvoiceCreateParams]) -> Invoice:
        """Create a Invoice (`Crud/Create/Invoice`); returns it as stored."""
        return self._client.call(ops.create("Invoice", InvoiceCreateParamsModel, params, Invoice))

    def read(self, id: str) -> Invoice:
        """Read one Invoice by id (`Crud/Read/Invoice`)."""
        return self._client.call(ops.by_id("Read", "Invoice", id, Invoice))

    def update(self, obj: Invoice, /, **changes: Unpack[InvoiceUpdateParams]) -> Invoice:
        """Send `obj` back with `changes` applied (`Crud/Update/Invoice`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("Invoice", InvoiceUpdateParamsModel, obj, changes, Invoice)
        )

    def delete(self, id: str) -> Invoice:
        """Deactivate a Invoice (`Crud/Delete/Invoice`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Invoice", id, Invoice))

    def undelete(self, id: str) -> Invoice:
        """Reactivate a deleted Invoice (`Crud/Undelete/Invoice`)."""
        return self._client.call(ops.by_id("Undelete", "Invoice", id, Invoice))

    def list(
        self,
        *,
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Invoice]:
        """Every Invoice matching `filters`, fetched lazily page by page (`List/Invoice`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
        """
        return self._paginate(
            "Invoice",
            Invoice,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncInvoices(AsyncAPIResource):
    """A receivable invoice the organization sends to a customer."""

    async def create(self, **params: Unpack[InvoiceCreateParams]) -> Invoice:
        """Create a Invoice (`Crud/Create/Invoice`); returns it as stored."""
        return await self._client.call(
            ops.create("Invoice", InvoiceCreateParamsModel, params, Invoice)
        )

    async def read(self, id: str) -> Invoice:
        """Read one Invoice by id (`Crud/Read/Invoice`)."""
        return await self._client.call(ops.by_id("Read", "Invoice", id, Invoice))

    async def update(self, obj: Invoice, /, **changes: Unpack[InvoiceUpdateParams]) -> Invoice:
        """Send `obj` back with `changes` applied (`Crud/Update/Invoice`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Invoice", InvoiceUpdateParamsModel, obj, changes, Invoice)
        )

    async def delete(self, id: str) -> Invoice:
        """Deactivate a Invoice (`Crud/Delete/Invoice`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Invoice", id, Invoice))

    async def undelete(self, id: str) -> Invoice:
        """Reactivate a deleted Invoice (`Crud/Undelete/Invoice`)."""
        return await self._client.call(ops.by_id("Undelete", "Invoice", id, Invoice))

    def list(
        self,
        *,
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Invoice]:
        """Every Invoice matching `filters`, fetched lazily page by page (`List/Invoice`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
        """
        return self._paginate(
            "Invoice",
            Invoice,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
