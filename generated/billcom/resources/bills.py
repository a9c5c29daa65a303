# Generated from spec/entities/Bill.yaml by codegen. Do not edit: run make generate.
"""Operations on Bill: create, read, update, delete, undelete, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._operations import Filter, Sort
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bill import (
    Bill,
    BillCreateParams,
    BillCreateParamsModel,
    BillUpdateParams,
    BillUpdateParamsModel,
)

__all__ = ["AsyncBills", "Bills"]


class Bills(SyncAPIResource):
    """A payable invoice received from a vendor."""

    def create(self, **params: Unpack[BillCreateParams]) -> Bill:
        """Create a Bill (`Crud/Create/Bill`); returns it as stored."""
        return self._client.call(ops.create("Bill", BillCreateParamsModel, params, Bill))

    def read(self, id: str) -> Bill:
        """Read one Bill by id (`Crud/Read/Bill`)."""
        return self._client.call(ops.by_id("Read", "Bill", id, Bill))

    def update(self, obj: Bill, /, **changes: Unpack[BillUpdateParams]) -> Bill:
        """Send `obj` back with `changes` applied (`Crud/Update/Bill`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(ops.update("Bill", BillUpdateParamsModel, obj, changes, Bill))

    def delete(self, id: str) -> Bill:
        """Deactivate a Bill (`Crud/Delete/Bill`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Bill", id, Bill))

    def undelete(self, id: str) -> Bill:
        """Reactivate a deleted Bill (`Crud/Undelete/Bill`)."""
        return self._client.call(ops.by_id("Undelete", "Bill", id, Bill))

    def list(
        self,
        *,
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Bill]:
        """Every Bill matching `filters`, fetched lazily page by page (`List/Bill`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
        """
        return self._paginate(
            "Bill",
            Bill,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )


class AsyncBills(AsyncAPIResource):
    """A payable invoice received from a vendor."""

    async def create(self, **params: Unpack[BillCreateParams]) -> Bill:
        """Create a Bill (`Crud/Create/Bill`); returns it as stored."""
        return await self._client.call(ops.create("Bill", BillCreateParamsModel, params, Bill))

    async def read(self, id: str) -> Bill:
        """Read one Bill by id (`Crud/Read/Bill`)."""
        return await self._client.call(ops.by_id("Read", "Bill", id, Bill))

    async def update(self, obj: Bill, /, **changes: Unpack[BillUpdateParams]) -> Bill:
        """Send `obj` back with `changes` applied (`Crud/Update/Bill`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update("Bill", BillUpdateParamsModel, obj, changes, Bill)
        )

    async def delete(self, id: str) -> Bill:
        """Deactivate a Bill (`Crud/Delete/Bill`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Bill", id, Bill))

    async def undelete(self, id: str) -> Bill:
        """Reactivate a deleted Bill (`Crud/Undelete/Bill`)."""
        return await self._client.call(ops.by_id("Undelete", "Bill", id, Bill))

    def list(
        self,
        *,
        filters: Sequence[Filter] | None = None,
        sort: Sequence[Sort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Bill]:
        """Every Bill matching `filters`, fetched lazily page by page (`List/Bill`).

        Deleted objects are included unless filtered out with `isActive = "1"`.
        """
        return self._paginate(
            "Bill",
            Bill,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )
