# Generated from spec/entities/PaymentTerm.yaml by codegen. Do not edit: run make generate.
"""Operations on PaymentTerm: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.payment_term import (
    PaymentTerm,
    PaymentTermCreateParams,
    PaymentTermCreateParamsModel,
    PaymentTermFilter,
    PaymentTermSort,
    PaymentTermUpdateParams,
    PaymentTermUpdateParamsModel,
)

__all__ = ["AsyncPaymentTerms", "PaymentTerms"]


class PaymentTerms(SyncAPIResource):
    """A named set of payment terms (due days and early-payment discount)."""

    def create(self, **params: Unpack[PaymentTermCreateParams]) -> PaymentTerm:
        """Create a PaymentTerm (`Crud/Create/PaymentTerm`); returns it as stored."""
        return self._client.call(
            ops.create("PaymentTerm", PaymentTermCreateParamsModel, params, PaymentTerm)
        )

    def read(self, id: str) -> PaymentTerm:
        """Read one PaymentTerm by id (`Crud/Read/PaymentTerm`)."""
        return self._client.call(ops.by_id("Read", "PaymentTerm", id, PaymentTerm))

    def update(
        self, obj: PaymentTerm, /, **changes: Unpack[PaymentTermUpdateParams]
    ) -> PaymentTerm:
        """Send `obj` back with `changes` applied (`Crud/Update/PaymentTerm`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update("PaymentTerm", PaymentTermUpdateParamsModel, obj, changes, PaymentTerm)
        )

    def delete(self, id: str) -> PaymentTerm:
        """Deactivate a PaymentTerm (`Crud/Delete/PaymentTerm`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "PaymentTerm", id, PaymentTerm))

    def undelete(self, id: str) -> PaymentTerm:
        """Reactivate a deleted PaymentTerm (`Crud/Undelete/PaymentTerm`)."""
        return self._client.call(ops.by_id("Undelete", "PaymentTerm", id, PaymentTerm))

    def list(
        self,
        *,
        filters: Sequence[PaymentTermFilter] | None = None,
        sort: Sequence[PaymentTermSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[PaymentTerm]:
        """Every PaymentTerm matching `filters`, fetched lazily page by page (`List/PaymentTerm`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "PaymentTerm",
            PaymentTerm,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[PaymentTermCreateParams]
    ) -> builtins.list[PaymentTerm | APIError]:
        """Create many (`Bulk/Crud/Create/PaymentTerm`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create("PaymentTerm", PaymentTermCreateParamsModel, items, PaymentTerm)
        )

    def bulk_update(self, objs: Sequence[PaymentTerm]) -> builtins.list[PaymentTerm | APIError]:
        """Send many objects back (`Bulk/Crud/Update/PaymentTerm`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update("PaymentTerm", PaymentTermUpdateParamsModel, objs, PaymentTerm)
        )

    def bulk_read(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Read many by id (`Bulk/Crud/Read/PaymentTerm`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Read", "PaymentTerm", ids, PaymentTerm))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/PaymentTerm`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "PaymentTerm", ids, PaymentTerm))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/PaymentTerm`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "PaymentTerm", ids, PaymentTerm))


class AsyncPaymentTerms(AsyncAPIResource):
    """A named set of payment terms (due days and early-payment discount)."""

    async def create(self, **params: Unpack[PaymentTermCreateParams]) -> PaymentTerm:
        """Create a PaymentTerm (`Crud/Create/PaymentTerm`); returns it as stored."""
        return await self._client.call(
            ops.create("PaymentTerm", PaymentTermCreateParamsModel, params, PaymentTerm)
        )

    async def read(self, id: str) -> PaymentTerm:
        """Read one PaymentTerm by id (`Crud/Read/PaymentTerm`)."""
        return await self._client.call(ops.by_id("Read", "PaymentTerm", id, PaymentTerm))

    async def update(
        self, obj: PaymentTerm, /, **changes: Unpack[PaymentTermUpdateParams]
    ) -> PaymentTerm:
        """Send `obj` back with `changes` applied (`Crud/Update/PaymentTerm`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("PaymentTerm", PaymentTermUpdateParamsModel, obj, changes, PaymentTerm)
        )

    async def delete(self, id: str) -> PaymentTerm:
        """Deactivate a PaymentTerm (`Crud/Delete/PaymentTerm`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "PaymentTerm", id, PaymentTerm))

    async def undelete(self, id: str) -> PaymentTerm:
        """Reactivate a deleted PaymentTerm (`Crud/Undelete/PaymentTerm`)."""
        return await self._client.call(ops.by_id("Undelete", "PaymentTerm", id, PaymentTerm))

    def list(
        self,
        *,
        filters: Sequence[PaymentTermFilter] | None = None,
        sort: Sequence[PaymentTermSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[PaymentTerm]:
        """Every PaymentTerm matching `filters`, fetched lazily page by page (`List/PaymentTerm`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "PaymentTerm",
            PaymentTerm,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[PaymentTermCreateParams]
    ) -> builtins.list[PaymentTerm | APIError]:
        """Create many (`Bulk/Crud/Create/PaymentTerm`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create("PaymentTerm", PaymentTermCreateParamsModel, items, PaymentTerm)
        )

    async def bulk_update(
        self, objs: Sequence[PaymentTerm]
    ) -> builtins.list[PaymentTerm | APIError]:
        """Send many objects back (`Bulk/Crud/Update/PaymentTerm`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update("PaymentTerm", PaymentTermUpdateParamsModel, objs, PaymentTerm)
        )

    async def bulk_read(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Read many by id (`Bulk/Crud/Read/PaymentTerm`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Read", "PaymentTerm", ids, PaymentTerm))

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/PaymentTerm`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "PaymentTerm", ids, PaymentTerm))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[PaymentTerm | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/PaymentTerm`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "PaymentTerm", ids, PaymentTerm))
