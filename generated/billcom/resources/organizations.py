# Generated from spec/entities/Organization.yaml by codegen. Do not edit: run make generate.
"""Operations on Organization: read."""

from __future__ import annotations

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.organization import (
    Organization,
)

__all__ = ["AsyncOrganizations", "Organizations"]


class Organizations(SyncAPIResource):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    def read(self, id: str) -> Organization:
        """Read one Organization by id (`Crud/Read/Organization`)."""
        return self._client.call(ops.by_id("Read", "Organization", id, Organization))


class AsyncOrganizations(AsyncAPIResource):
    """A company using BILL, the legal entity that users and bank accounts belong to."""

    async def read(self, id: str) -> Organization:
        """Read one Organization by id (`Crud/Read/Organization`)."""
        return await self._client.call(ops.by_id("Read", "Organization", id, Organization))
