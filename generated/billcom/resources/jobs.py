# Generated from spec/entities/Job.yaml by codegen. Do not edit: run make generate.
"""Operations on Job: create, read, update, delete, undelete, list."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Unpack

from .. import _operations as ops
from .._exceptions import APIError
from .._pagination import AsyncPaginator, SyncPaginator
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.job import (
    Job,
    JobCreateParams,
    JobCreateParamsModel,
    JobFilter,
    JobSort,
    JobUpdateParams,
    JobUpdateParamsModel,
)

__all__ = ["AsyncJobs", "Jobs"]


class Jobs(SyncAPIResource):
    """A job or project, a dimension for coding transactions."""

    def create(self, **params: Unpack[JobCreateParams]) -> Job:
        """Create a Job (`Crud/Create/Job`); returns it as stored."""
        return self._client.call(ops.create("Job", JobCreateParamsModel, params, Job))

    def read(self, id: str) -> Job:
        """Read one Job by id (`Crud/Read/Job`)."""
        return self._client.call(ops.by_id("Read", "Job", id, Job))

    def update(self, obj: Job, /, **changes: Unpack[JobUpdateParams]) -> Job:
        """Send `obj` back with `changes` applied (`Crud/Update/Job`).

        Update replaces the stored object, so start from an object you read.
        """
        return self._client.call(ops.update("Job", JobUpdateParamsModel, obj, changes, Job))

    def delete(self, id: str) -> Job:
        """Deactivate a Job (`Crud/Delete/Job`; soft: isActive becomes "2")."""
        return self._client.call(ops.by_id("Delete", "Job", id, Job))

    def undelete(self, id: str) -> Job:
        """Reactivate a deleted Job (`Crud/Undelete/Job`)."""
        return self._client.call(ops.by_id("Undelete", "Job", id, Job))

    def list(
        self,
        *,
        filters: Sequence[JobFilter] | None = None,
        sort: Sequence[JobSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> SyncPaginator[Job]:
        """Every Job matching `filters`, fetched lazily page by page (`List/Job`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Job",
            Job,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    def bulk_create(self, items: Sequence[JobCreateParams]) -> builtins.list[Job | APIError]:
        """Create many (`Bulk/Crud/Create/Job`, 100 per call): one result per item, in order."""
        return self._bulk(ops.bulk_create("Job", JobCreateParamsModel, items, Job))

    def bulk_update(self, objs: Sequence[Job]) -> builtins.list[Job | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Job`): one result per object, in order."""
        return self._bulk(ops.bulk_update("Job", JobUpdateParamsModel, objs, Job))

    def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Job | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Job`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Delete", "Job", ids, Job))

    def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Job | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Job`, 100 per call): one result per id, in order."""
        return self._bulk(ops.bulk_by_id("Undelete", "Job", ids, Job))


class AsyncJobs(AsyncAPIResource):
    """A job or project, a dimension for coding transactions."""

    async def create(self, **params: Unpack[JobCreateParams]) -> Job:
        """Create a Job (`Crud/Create/Job`); returns it as stored."""
        return await self._client.call(ops.create("Job", JobCreateParamsModel, params, Job))

    async def read(self, id: str) -> Job:
        """Read one Job by id (`Crud/Read/Job`)."""
        return await self._client.call(ops.by_id("Read", "Job", id, Job))

    async def update(self, obj: Job, /, **changes: Unpack[JobUpdateParams]) -> Job:
        """Send `obj` back with `changes` applied (`Crud/Update/Job`).

        Update replaces the stored object, so start from an object you read.
        """
        return await self._client.call(ops.update("Job", JobUpdateParamsModel, obj, changes, Job))

    async def delete(self, id: str) -> Job:
        """Deactivate a Job (`Crud/Delete/Job`; soft: isActive becomes "2")."""
        return await self._client.call(ops.by_id("Delete", "Job", id, Job))

    async def undelete(self, id: str) -> Job:
        """Reactivate a deleted Job (`Crud/Undelete/Job`)."""
        return await self._client.call(ops.by_id("Undelete", "Job", id, Job))

    def list(
        self,
        *,
        filters: Sequence[JobFilter] | None = None,
        sort: Sequence[JobSort] | None = None,
        page_size: int = 999,
        start: int = 0,
        nested: bool | None = None,
        show_audit: bool | None = None,
    ) -> AsyncPaginator[Job]:
        """Every Job matching `filters`, fetched lazily page by page (`List/Job`).

        Filters are ANDed. Deleted objects are included unless filtered out with
        `{"field": "isActive", "op": "=", "value": "1"}`. `nested` asks for the API's extra
        nested data; child lists come with every object either way.
        """
        return self._paginate(
            "Job",
            Job,
            filters=filters,
            sort=sort,
            page_size=page_size,
            start=start,
            nested=nested,
            show_audit=show_audit,
        )

    async def bulk_create(self, items: Sequence[JobCreateParams]) -> builtins.list[Job | APIError]:
        """Create many (`Bulk/Crud/Create/Job`, 100 per call): one result per item, in order."""
        return await self._bulk(ops.bulk_create("Job", JobCreateParamsModel, items, Job))

    async def bulk_update(self, objs: Sequence[Job]) -> builtins.list[Job | APIError]:
        """Send many objects back (`Bulk/Crud/Update/Job`): one result per object, in order."""
        return await self._bulk(ops.bulk_update("Job", JobUpdateParamsModel, objs, Job))

    async def bulk_delete(self, ids: Sequence[str]) -> builtins.list[Job | APIError]:
        """Delete many by id (`Bulk/Crud/Delete/Job`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Delete", "Job", ids, Job))

    async def bulk_undelete(self, ids: Sequence[str]) -> builtins.list[Job | APIError]:
        """Undelete many by id (`Bulk/Crud/Undelete/Job`, 100 per call): one result per id, in order."""
        return await self._bulk(ops.bulk_by_id("Undelete", "Job", ids, Job))
