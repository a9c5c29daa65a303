# Generated from spec/entities/Invoice.yaml by codegen. Do not edit: run make generate.
"""Operations on Invoice: create, read, update, delete, undelete, list, mail, send."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.invoice import (
    Invoice,
    InvoiceCreateParams,
    InvoiceCreateParamsModel,
    InvoiceFilter,
    InvoiceSort,
    InvoiceUpdateParams,
    InvoiceUpdateParamsModel,
)
from ..models.mail_invoice import MailInvoiceParams, MailInvoiceParamsModel
from ..models.send_invoice import (
    SendInvoiceParams,
    SendInvoiceParamsModel,
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
        filters: Sequence[InvoiceFilter] | None = None,
        sort: Sequence[InvoiceSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Invoice]:
        """Every Invoice matching `filters`, fetched lazily page by page (`List/Invoice`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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

    def bulk_create(
        self, items: Sequence[InvoiceCreateParams]
    ) -> builtins.list[Invoice | APIError]:
        """Create many (`Bulk/Crud/Create/Invoice`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Invoice", InvoiceCreateParamsModel, items, Invoice))

    def bulk_update(self, objs: Sequence[Invoice]) -> builtins.list[Invoice | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Invoice`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Invoice", InvoiceUpdateParamsModel, objs, Invoice))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Invoice | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Invoice`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Invoice", ids, Invoice))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Invoice | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Invoice`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Invoice", ids, Invoice))

    def mail(
        self,
        **params: Unpack[MailInvoiceParams],
    ) -> None:
        """Have BILL print an invoice and post it to the customer by US mail.

        `MailInvoice`.
        """
        return self._client.call(
            ops.action_no_content(
                "MailInvoice",
                MailInvoiceParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    def send(
        self,
        **params: Unpack[SendInvoiceParams],
    ) -> None:
        """E-mail an invoice to the customer.

        `SendInvoice`.
        """
        return self._client.call(
            ops.action_no_content(
                "SendInvoice",
                SendInvoiceParamsModel,
                params,
                safe_to_repeat=False,
            )
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
        filters: Sequence[InvoiceFilter] | None = None,
        sort: Sequence[InvoiceSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Invoice]:
        """Every Invoice matching `filters`, fetched lazily page by page (`List/Invoice`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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

    async def bulk_create(
        self, items: Sequence[InvoiceCreateParams]
    ) -> builtins.list[Invoice | APIError]:
        """Create many (`Bulk/Crud/Create/Invoice`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("Invoice", InvoiceCreateParamsModel, items, Invoice)
        )

    async def bulk_update(self, objs: Sequence[Invoice]) -> builtins.list[Invoice | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Invoice`): one result per object, in order."""
        return await self._bulk(ops.bulk_update("Invoice", InvoiceUpdateParamsModel, objs, Invoice))

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Invoice | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Invoice`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Invoice", ids, Invoice))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Invoice | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Invoice`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Invoice", ids, Invoice))

    async def mail(
        self,
        **params: Unpack[MailInvoiceParams],
    ) -> None:
        """Have BILL print an invoice and post it to the customer by US mail.

        `MailInvoice`.
        """
        return await self._client.call(
            ops.action_no_content(
                "MailInvoice",
                MailInvoiceParamsModel,
                params,
                safe_to_repeat=False,
            )
        )

    async def send(
        self,
        **params: Unpack[SendInvoiceParams],
    ) -> None:
        """E-mail an invoice to the customer.

        `SendInvoice`.
        """
        return await self._client.call(
            ops.action_no_content(
                "SendInvoice",
                SendInvoiceParamsModel,
                params,
                safe_to_repeat=False,
            )
        )
