"""Lazy auto-pagination over List's start/max paging."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["AsyncPaginator", "SyncPaginator"]


class _Paging:
    """What a paginator lists and how far it has gone: its repr says so."""

    def __init__(self, operation: str, start: int, page_size: int) -> None:
        self.operation = operation
        self._start = start
        self._page_size = page_size
        #: Pages and objects fetched so far, over every iteration.
        self.pages_fetched = 0
        self.objects_fetched = 0

    def _seen(self, page: list[T]) -> list[T]:
        self.pages_fetched += 1
        self.objects_fetched += len(page)
        return page

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.operation} from {self._start}, "
            f"{self._page_size} a page: {self.pages_fetched} page(s), "
            f"{self.objects_fetched} object(s) fetched>"
        )


class SyncPaginator(_Paging, Generic[T]):
    """Iterate every object across pages; nothing is fetched until iteration starts."""

    def __init__(
        self,
        fetch: Callable[[int, int], list[T]],
        *,
        start: int,
        page_size: int,
        operation: str = "List",
    ) -> None:
        super().__init__(operation, start, page_size)
        self._fetch = fetch

    def iter_pages(self) -> Iterator[list[T]]:
        start = self._start
        while True:
            page = self._seen(self._fetch(start, self._page_size))
            if page:
                yield page
            # A short page is the last one; the API answers [] past the end.
            if len(page) < self._page_size:
                return
            start += self._page_size

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page


class AsyncPaginator(_Paging, Generic[T]):
    """`async for` over every object across pages."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[list[T]]],
        *,
        start: int,
        page_size: int,
        operation: str = "List",
    ) -> None:
        super().__init__(operation, start, page_size)
        self._fetch = fetch

    async def iter_pages(self) -> AsyncIterator[list[T]]:
        start = self._start
        while True:
            page = self._seen(await self._fetch(start, self._page_size))
            if page:
                yield page
            if len(page) < self._page_size:
                return
            start += self._page_size

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page:
                yield item
