"""Base classes of the generated resources: a handle on the client, List paging and Bulk chunking."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from . import _operations as ops
from ._core import Call
from ._exceptions import APIError, BillComError, BulkError
from ._models import BillComModel
from ._pagination import AsyncPaginator, SyncPaginator

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

M = TypeVar("M", bound=BillComModel)


def bulk_error(
    calls: list[Call[list[M | APIError]]], failed: int, cause: BillComError, results: list[Any]
) -> BulkError:
    """What a Bulk call had done when chunk `failed` raised `cause`."""
    return BulkError(
        calls[failed].operation,
        cause,
        results=results,
        unknown=list(calls[failed].data["bulk"]),
        unsent=[item for call in calls[failed + 1 :] for item in call.data["bulk"]],
        chunk=failed + 1,
        chunks=len(calls),
    )


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _paginate(
        self,
        entity: str,
        model: type[M],
        *,
        filters: Sequence[Mapping[str, Any]] | None,
        sort: Sequence[Mapping[str, Any]] | None,
        page_size: int,
        start: int,
        nested: bool | None,
        show_audit: bool | None,
    ) -> SyncPaginator[M]:
        page = ops.list_pages(
            entity,
            model,
            page_size=page_size,
            filters=filters,
            sort=sort,
            nested=nested,
            show_audit=show_audit,
        )
        return SyncPaginator(
            lambda s, m: self._client.call(page(s, m)),
            start=start,
            page_size=page_size,
            operation=f"List/{entity}",
        )

    def _bulk(self, calls: list[Call[list[M | APIError]]]) -> list[M | APIError]:
        """One result per input, in order: the object, or the APIError for that item."""
        results: list[M | APIError] = []
        for index, call in enumerate(calls):
            try:
                batch: list[M | APIError] = self._client.call(call)
            except BillComError as error:
                raise bulk_error(calls, index, error, results) from error
            results.extend(batch)
        return results


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def _paginate(
        self,
        entity: str,
        model: type[M],
        *,
        filters: Sequence[Mapping[str, Any]] | None,
        sort: Sequence[Mapping[str, Any]] | None,
        page_size: int,
        start: int,
        nested: bool | None,
        show_audit: bool | None,
    ) -> AsyncPaginator[M]:
        page = ops.list_pages(
            entity,
            model,
            page_size=page_size,
            filters=filters,
            sort=sort,
            nested=nested,
            show_audit=show_audit,
        )
        return AsyncPaginator(
            lambda s, m: self._client.call(page(s, m)),
            start=start,
            page_size=page_size,
            operation=f"List/{entity}",
        )

    async def _bulk(self, calls: list[Call[list[M | APIError]]]) -> list[M | APIError]:
        """One result per input, in order: the object, or the APIError for that item."""
        results: list[M | APIError] = []
        for index, call in enumerate(calls):
            try:
                batch: list[M | APIError] = await self._client.call(call)
            except BillComError as error:
                raise bulk_error(calls, index, error, results) from error
            results.extend(batch)
        return results
