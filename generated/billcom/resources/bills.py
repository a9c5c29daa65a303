# Generated from spec/entities/Bill.yaml by codegen. Do not edit: run make generate.
"""Operations on Bill: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.bill import (
    Bill,
    BillCreateParams,
    BillCreateParamsModel,
    BillFilter,
    BillSort,
    BillUpdateParams,
    BillUpdateParamsModel,
)

__all__ = ["AsyncBills", "Bills"]


class Bills(SyncAPIResource):
    """A payable invoice received from a vendor."""

    def create(
        self, *, allow_duplicate_inv_num: bool | None = None, **params: Unpack[BillCreateParams]
    ) -> Bill:
        """Create a Bill (`Crud/Create/Bill`); returns it as stored."""
        return self._client.call(
            ops.create(
                "Bill",
                BillCreateParamsModel,
                params,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    def read(self, id: str) -> Bill:
        """Read one Bill by id (`Crud/Read/Bill`)."""
        return self._client.call(ops.by_id("Read", "Bill", id, Bill))

    def update(
        self,
        obj: Bill,
        /,
        *,
        allow_duplicate_inv_num: bool | None = None,
        **changes: Unpack[BillUpdateParams],
    ) -> Bill:
        """Send `obj` back with `changes` applied (`Crud/Update/Bill`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "Bill",
                BillUpdateParamsModel,
                obj,
                changes,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    def delete(self, id: str) -> Bill:
        """Deactivate a Bill (`Crud/Delete/Bill`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Bill", id, Bill))

    def undelete(self, id: str) -> Bill:
        """Reactivate a deleted Bill (`Crud/Undelete/Bill`)."""
        return self._client.call(ops.by_id("Undelete", "Bill", id, Bill))

    def list(
        self,
        *,
        filters: Sequence[BillFilter] | None = None,
        sort: Sequence[BillSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Bill]:
        """Every Bill matching `filters`, fetched lazily page by page (`List/Bill`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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

    def bulk_create(
        self,
        items: Sequence[BillCreateParams],
        *,
        allow_duplicate_inv_num: bool | None = None,
    ) -> builtins.list[Bill | APIError]:
        """Create many (`Bulk/Crud/Create/Bill`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "Bill",
                BillCreateParamsModel,
                items,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    def bulk_update(
        self,
        objs: Sequence[Bill],
        *,
        allow_duplicate_inv_num: bool | None = None,
    ) -> builtins.list[Bill | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Bill`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update(
                "Bill",
                BillUpdateParamsModel,
                objs,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Bill | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Bill`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Bill", ids, Bill))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Bill | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Bill`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Bill", ids, Bill))


class AsyncBills(AsyncAPIResource):
    """A payable invoice received from a vendor."""

    async def create(
        self, *, allow_duplicate_inv_num: bool | None = None, **params: Unpack[BillCreateParams]
    ) -> Bill:
        """Create a Bill (`Crud/Create/Bill`); returns it as stored."""
        return await self._client.call(
            ops.create(
                "Bill",
                BillCreateParamsModel,
                params,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    async def read(self, id: str) -> Bill:
        """Read one Bill by id (`Crud/Read/Bill`)."""
        return await self._client.call(ops.by_id("Read", "Bill", id, Bill))

    async def update(
        self,
        obj: Bill,
        /,
        *,
        allow_duplicate_inv_num: bool | None = None,
        **changes: Unpack[BillUpdateParams],
    ) -> Bill:
        """Send `obj` back with `changes` applied (`Crud/Update/Bill`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "Bill",
                BillUpdateParamsModel,
                obj,
                changes,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
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
        filters: Sequence[BillFilter] | None = None,
        sort: Sequence[BillSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Bill]:
        """Every Bill matching `filters`, fetched lazily page by page (`List/Bill`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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

    async def bulk_create(
        self,
        items: Sequence[BillCreateParams],
        *,
        allow_duplicate_inv_num: bool | None = None,
    ) -> builtins.list[Bill | APIError]:
        """Create many (`Bulk/Crud/Create/Bill`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "Bill",
                BillCreateParamsModel,
                items,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    async def bulk_update(
        self,
        objs: Sequence[Bill],
        *,
        allow_duplicate_inv_num: bool | None = None,
    ) -> builtins.list[Bill | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Bill`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update(
                "Bill",
                BillUpdateParamsModel,
                objs,
                Bill,
                options={
                    "allowDuplicateInvNum": allow_duplicate_inv_num,
                },
            )
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Bill | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Bill`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Bill", ids, Bill))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Bill | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Bill`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Bill", ids, Bill))
