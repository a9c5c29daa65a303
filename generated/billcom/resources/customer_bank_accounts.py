# Generated from spec/entities/CustomerBankAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on CustomerBankAccount: create, read, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.customer_bank_account import (
    CustomerBankAccount,
    CustomerBankAccountCreateParams,
    CustomerBankAccountCreateParamsModel,
    CustomerBankAccountFilter,
    CustomerBankAccountSort,
)

__all__ = ["AsyncCustomerBankAccounts", "CustomerBankAccounts"]


class CustomerBankAccounts(SyncAPIResource):
    """A customer's bank account that the organization can debit through ChargeCustomer."""

    def create(self, **params: Unpack[CustomerBankAccountCreateParams]) -> CustomerBankAccount:
        """Create a CustomerBankAccount (`Crud/Create/CustomerBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return self._client.call(
            ops.create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                params,
                CustomerBankAccount,
            )
        )

    def read(self, id: str) -> CustomerBankAccount:
        """Read one CustomerBankAccount by id (`Crud/Read/CustomerBankAccount`)."""
        return self._client.call(ops.by_id("Read", "CustomerBankAccount", id, CustomerBankAccount))

    def delete(self, id: str) -> CustomerBankAccount:
        """Deactivate a CustomerBankAccount (`Crud/Delete/CustomerBankAccount`; soft: isActive becomes "2")."""
        return self._client.call(
            ops.by_id("Delete", "CustomerBankAccount", id, CustomerBankAccount)
        )

    def undelete(self, id: str) -> CustomerBankAccount:
        """Reactivate a deleted CustomerBankAccount (`Crud/Undelete/CustomerBankAccount`)."""
        return self._client.call(
            ops.by_id("Undelete", "CustomerBankAccount", id, CustomerBankAccount)
        )

    def list(
        self,
        *,
        filters: Sequence[CustomerBankAccountFilter] | None = None,
        sort: Sequence[CustomerBankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[CustomerBankAccount]:
        """Every CustomerBankAccount matching `filters`, fetched lazily page by page (`List/CustomerBankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "CustomerBankAccount",
            CustomerBankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[CustomerBankAccountCreateParams]
    ) -> builtins.list[CustomerBankAccount | APIError]:
        """Create many (`Bulk/Crud/Create/CustomerBankAccount`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                items,
                CustomerBankAccount,
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[CustomerBankAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CustomerBankAccount`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "CustomerBankAccount", ids, CustomerBankAccount))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[CustomerBankAccount | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/CustomerBankAccount`, 100 per call): one result per id, in order."""
        return self._bulk(
            ops.bulk_by_id("Undelete", "CustomerBankAccount", ids, CustomerBankAccount)
        )


class AsyncCustomerBankAccounts(AsyncAPIResource):
    """A customer's bank account that the organization can debit through ChargeCustomer."""

    async def create(
        self, **params: Unpack[CustomerBankAccountCreateParams]
    ) -> CustomerBankAccount:
        """Create a CustomerBankAccount (`Crud/Create/CustomerBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return await self._client.call(
            ops.create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                params,
                CustomerBankAccount,
            )
        )

    async def read(self, id: str) -> CustomerBankAccount:
        """Read one CustomerBankAccount by id (`Crud/Read/CustomerBankAccount`)."""
        return await self._client.call(
            ops.by_id("Read", "CustomerBankAccount", id, CustomerBankAccount)
        )

    async def delete(self, id: str) -> CustomerBankAccount:
        """Deactivate a CustomerBankAccount (`Crud/Delete/CustomerBankAccount`; soft: isActive becomes "2")."""
        return await self._client.call(
            ops.by_id("Delete", "CustomerBankAccount", id, CustomerBankAccount)
        )

    async def undelete(self, id: str) -> CustomerBankAccount:
        """Reactivate a deleted CustomerBankAccount (`Crud/Undelete/CustomerBankAccount`)."""
        return await self._client.call(
            ops.by_id("Undelete", "CustomerBankAccount", id, CustomerBankAccount)
        )

    def list(
        self,
        *,
        filters: Sequence[CustomerBankAccountFilter] | None = None,
        sort: Sequence[CustomerBankAccountSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[CustomerBankAccount]:
        """Every CustomerBankAccount matching `filters`, fetched lazily page by page (`List/CustomerBankAccount`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` includes child lists.
        """
        return self._paginate(
            "CustomerBankAccount",
            CustomerBankAccount,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[CustomerBankAccountCreateParams]
    ) -> builtins.list[CustomerBankAccount | APIError]:
        """Create many (`Bulk/Crud/Create/CustomerBankAccount`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                items,
                CustomerBankAccount,
            )
        )

    async def bulk_delete(
        self, ids: Sequence[str]
    ) -> builtins.list[CustomerBankAccount | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CustomerBankAccount`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Delete", "CustomerBankAccount", ids, CustomerBankAccount)
        )

    async def bulk_undelete(
        self, ids: Sequence[str]
    ) -> builtins.list[CustomerBankAccount | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/CustomerBankAccount`, 100 per call): one result per id, in order."""
        return await self._bulk(
            ops.bulk_by_id("Undelete", "CustomerBankAccount", ids, CustomerBankAccount)
        )
