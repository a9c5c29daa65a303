# Generated from spec/entities/VendorBankAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on VendorBankAccount: create, read, delete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.vendor_bank_account import (
    VendorBankAccount,
    VendorBankAccountCreateParams,
    VendorBankAccountCreateParamsModel,
    VendorBankAccountFilter,
    VendorBankAccountSort,
)

__all__ = ["AsyncVendorBankAccounts", "VendorBankAccounts"]


class VendorBankAccounts(SyncAPIResource):
    """A vendor's bank account for ePayments."""

    def create(self, **params: Unpack[VendorBankAccountCreateParams]) -> VendorBankAccount:
        """Create a VendorBankAccount (`Crud/Create/VendorBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return self._client.call(
            ops.create(
                "VendorBankAccount", VendorBankAccountCreateParamsModel, params, VendorBankAccount
            )
        )

    def read(self, id: str) -> VendorBankAccount:
        """Read one VendorBankAccount by id (`Crud/Read/VendorBankAccount`); needs an MFA-trusted session."""
        return self._client.call(ops.by_id("Read", "VendorBankAccount", id, VendorBankAccount))

    def delete(self, id: str) -> VendorBankAccount:
        """Deactivate a VendorBankAccount (`Crud/Delete/VendorBankAccount`; soft: isActive becomes "2"); needs an MFA-trusted session."""
        return self._client.call(ops.by_id("Delete", "VendorBankAccount", id, VendorBankAccount))

    def list(
        self,
        *,
        filters: Sequence[VendorBankAccountFilter] | None = None,
        sort: Sequence[VendorBankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[VendorBankAccount]:
        """Every VendorBankAccount matching `filters`, fetched lazily page by page (`List/VendorBankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorBankAccount",
            VendorBankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[VendorBankAccountCreateParams]
    ) -> builtins.list[VendorBankAccount | APIError]:
        """Create many (`Bulk/Crud/Create/VendorBankAccount`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "VendorBankAccount", VendorBankAccountCreateParamsModel, items, VendorBankAccount
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[VendorBankAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/VendorBankAccount`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "VendorBankAccount", ids, VendorBankAccount))


class AsyncVendorBankAccounts(AsyncAPIResource):
    """A vendor's bank account for ePayments."""

    async def create(self, **params: Unpack[VendorBankAccountCreateParams]) -> VendorBankAccount:
        """Create a VendorBankAccount (`Crud/Create/VendorBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return await self._client.call(
            ops.create(
                "VendorBankAccount", VendorBankAccountCreateParamsModel, params, VendorBankAccount
            )
        )

    async def read(self, id: str) -> VendorBankAccount:
        """Read one VendorBankAccount by id (`Crud/Read/VendorBankAccount`); needs an MFA-trusted session."""
        return await self._client.call(
            ops.by_id("Read", "VendorBankAccount", id, VendorBankAccount)
        )

    async def delete(self, id: str) -> VendorBankAccount:
        """Deactivate a VendorBankAccount (`Crud/Delete/VendorBankAccount`; soft: isActive becomes "2"); needs an MFA-trusted session."""
        return await self._client.call(
            ops.by_id("Delete", "VendorBankAccount", id, VendorBankAccount)
        )

    def list(
        self,
        *,
        filters: Sequence[VendorBankAccountFilter] | None = None,
        sort: Sequence[VendorBankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[VendorBankAccount]:
        """Every VendorBankAccount matching `filters`, fetched lazily page by page (`List/VendorBankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "VendorBankAccount",
            VendorBankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[VendorBankAccountCreateParams]
    ) -> builtins.list[VendorBankAccount | APIError]:
        """Create many (`Bulk/Crud/Create/VendorBankAccount`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "VendorBankAccount", VendorBankAccountCreateParamsModel, items, VendorBankAccount
            )
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[VendorBankAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/VendorBankAccount`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Delete", "VendorBankAccount", ids, VendorBankAccount)
        )
