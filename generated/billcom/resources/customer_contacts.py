# Generated from spec/entities/CustomerContact.yaml by codegen. Do not edit: run make generate.
"""Operations on CustomerContact: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.customer_contact import (
    CustomerContact,
    CustomerContactCreateParams,
    CustomerContactCreateParamsModel,
    CustomerContactFilter,
    CustomerContactSort,
    CustomerContactUpdateParams,
    CustomerContactUpdateParamsModel,
)

__all__ = ["AsyncCustomerContacts", "CustomerContacts"]


class CustomerContacts(SyncAPIResource):
    """A contact person of a customer who receives its invoice emails."""

    def create(self, **params: Unpack[CustomerContactCreateParams]) -> CustomerContact:
        """Create a CustomerContact (`Crud/Create/CustomerContact`); returns it as stored."""
        return self._client.call(
            ops.create("CustomerContact", CustomerContactCreateParamsModel, params, CustomerContact)
        )

    def read(self, id: str) -> CustomerContact:
        """Read one CustomerContact by id (`Crud/Read/CustomerContact`)."""
        return self._client.call(ops.by_id("Read", "CustomerContact", id, CustomerContact))

    def update(
        self, obj: CustomerContact, /, **changes: Unpack[CustomerContactUpdateParams]
    ) -> CustomerContact:
        """Send `obj` back with `changes` applied (`Crud/Update/CustomerContact`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(
            ops.update(
                "CustomerContact", CustomerContactUpdateParamsModel, obj, changes, CustomerContact
            )
        )

    def delete(self, id: str) -> CustomerContact:
        """Deactivate a CustomerContact (`Crud/Delete/CustomerContact`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "CustomerContact", id, CustomerContact))

    def undelete(self, id: str) -> CustomerContact:
        """Reactivate a deleted CustomerContact (`Crud/Undelete/CustomerContact`)."""
        return self._client.call(ops.by_id("Undelete", "CustomerContact", id, CustomerContact))

    def list(
        self,
        *,
        filters: Sequence[CustomerContactFilter] | None = None,
        sort: Sequence[CustomerContactSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[CustomerContact]:
        """Every CustomerContact matching `filters`, fetched lazily page by page (`List/CustomerContact`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CustomerContact",
            CustomerContact,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(
        self, items: Sequence[CustomerContactCreateParams]
    ) -> builtins.list[CustomerContact | APIError]:
        """Create many (`Bulk/Crud/Create/CustomerContact`, 100 per call): one result per item, in order."""
        return self._bulk(
            ops.bulk_create(
                "CustomerContact", CustomerContactCreateParamsModel, items, CustomerContact
            )
        )

    def bulk_update(
        self, objs: Sequence[CustomerContact]
    ) -> builtins.list[CustomerContact | APIError]:
        """Send many objects back (`Bulk/Crud/Update/CustomerContact`): one result per object, in order."""
        return self._bulk(
            ops.bulk_update(
                "CustomerContact", CustomerContactUpdateParamsModel, objs, CustomerContact
            )
        )

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[CustomerContact | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CustomerContact`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "CustomerContact", ids, CustomerContact))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[CustomerContact | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/CustomerContact`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "CustomerContact", ids, CustomerContact))


class AsyncCustomerContacts(AsyncAPIResource):
    """A contact person of a customer who receives its invoice emails."""

    async def create(self, **params: Unpack[CustomerContactCreateParams]) -> CustomerContact:
        """Create a CustomerContact (`Crud/Create/CustomerContact`); returns it as stored."""
        return await self._client.call(
            ops.create("CustomerContact", CustomerContactCreateParamsModel, params, CustomerContact)
        )

    async def read(self, id: str) -> CustomerContact:
        """Read one CustomerContact by id (`Crud/Read/CustomerContact`)."""
        return await self._client.call(ops.by_id("Read", "CustomerContact", id, CustomerContact))

    async def update(
        self, obj: CustomerContact, /, **changes: Unpack[CustomerContactUpdateParams]
    ) -> CustomerContact:
        """Send `obj` back with `changes` applied (`Crud/Update/CustomerContact`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(
            ops.update(
                "CustomerContact", CustomerContactUpdateParamsModel, obj, changes, CustomerContact
            )
        )

    async def delete(self, id: str) -> CustomerContact:
        """Deactivate a CustomerContact (`Crud/Delete/CustomerContact`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "CustomerContact", id, CustomerContact))

    async def undelete(self, id: str) -> CustomerContact:
        """Reactivate a deleted CustomerContact (`Crud/Undelete/CustomerContact`)."""
        return await self._client.call(
            ops.by_id("Undelete", "CustomerContact", id, CustomerContact)
        )

    def list(
        self,
        *,
        filters: Sequence[CustomerContactFilter] | None = None,
        sort: Sequence[CustomerContactSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[CustomerContact]:
        """Every CustomerContact matching `filters`, fetched lazily page by page (`List/CustomerContact`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "CustomerContact",
            CustomerContact,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(
        self, items: Sequence[CustomerContactCreateParams]
    ) -> builtins.list[CustomerContact | APIError]:
        """Create many (`Bulk/Crud/Create/CustomerContact`, 100 per call): one result per item, in order."""
        return await self._bulk(
            ops.bulk_create(
                "CustomerContact", CustomerContactCreateParamsModel, items, CustomerContact
            )
        )

    async def bulk_update(
        self, objs: Sequence[CustomerContact]
    ) -> builtins.list[CustomerContact | APIError]:
        """Send many objects back (`Bulk/Crud/Update/CustomerContact`): one result per object, in order."""
        return await self._bulk(
            ops.bulk_update(
                "CustomerContact", CustomerContactUpdateParamsModel, objs, CustomerContact
            )
        )

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[CustomerContact | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/CustomerContact`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "CustomerContact", ids, CustomerContact))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[CustomerContact | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/CustomerContact`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "CustomerContact", ids, CustomerContact))
