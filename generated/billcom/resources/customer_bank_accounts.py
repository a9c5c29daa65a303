# Generated from spec/entities/CustomerBankAccount.yaml by codegen. Do not edit: run make generate.
"""Operations on CustomerBankAccount: create, read, delete, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
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

    def create(
        self, *, agreed_with_tos: bool, **params: Unpack[CustomerBankAccountCreateParams]
    ) -> CustomerBankAccount:
        """Create a CustomerBankAccount (`Crud/Create/CustomerBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return self._client.call(
            ops.create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                params,
                CustomerBankAccount,
                options={
                    "agreedWithTOS": agreed_with_tos,
                },
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
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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


class AsyncCustomerBankAccounts(AsyncAPIResource):
    """A customer's bank account that the organization can debit through ChargeCustomer."""

    async def create(
        self, *, agreed_with_tos: bool, **params: Unpack[CustomerBankAccountCreateParams]
    ) -> CustomerBankAccount:
        """Create a CustomerBankAccount (`Crud/Create/CustomerBankAccount`); needs an MFA-trusted session; returns it as stored."""
        return await self._client.call(
            ops.create(
                "CustomerBankAccount",
                CustomerBankAccountCreateParamsModel,
                params,
                CustomerBankAccount,
                options={
                    "agreedWithTOS": agreed_with_tos,
                },
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
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
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
