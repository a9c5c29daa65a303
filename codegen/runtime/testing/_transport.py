"""An httpx transport that answers from a FakeBillCom in-process: no sockets, same wire format."""

from __future__ import annotations

import asyncio
import time
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

import httpx

from ._envelope import FakeResponse, refusal
from ._errors import FakeError

if TYPE_CHECKING:
    from ._fake import FakeBillCom

API_PREFIX = "/api/v2/"


def decode_form(body: bytes) -> dict[str, str]:
    """Decode an x-www-form-urlencoded body the way a real server does (`%2B` is `+`, `+` is a space)."""
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def decode_multipart(
    body: bytes, content_type: str
) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Form fields and file parts (name -> (file name, bytes)) of a multipart/form-data body."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition") or "")
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        file_name = part.get_filename()
        if file_name is None:
            fields[name] = content.decode("utf-8")
        else:
            files[name] = (file_name, content)
    return fields, files


def _handle(
    fake: FakeBillCom, method: str, path: str, body: bytes, api_endpoint: str, content_type: str
) -> FakeResponse:
    if method != "POST" or not path.startswith(API_PREFIX):
        # Not a v2 API path at all: what Bill.com answers for a wrong path.
        return refusal(FakeError("BDC_1121", http_status=404))
    try:
        if content_type.startswith("multipart/form-data"):
            form, files = decode_multipart(body, content_type)
        else:
            form, files = decode_form(body), {}
    except (ValueError, LookupError):
        # A body that is not a form (bad multipart, bytes that are not UTF-8): the request
        # cannot be read at all, as malformed JSON cannot (the reference gives no other code).
        return refusal(FakeError("BDC_1122"))
    return fake.handle(path[len(API_PREFIX) :], form, api_endpoint=api_endpoint, files=files)


def answer(
    fake: FakeBillCom,
    method: str,
    path: str,
    body: bytes,
    api_endpoint: str,
    content_type: str = "application/x-www-form-urlencoded",
) -> FakeResponse:
    """Answer one HTTP request, holding a concurrency slot for its whole (simulated) latency."""
    busy = fake.begin()
    if busy is not None:
        return busy
    try:
        if fake.latency:
            time.sleep(fake.latency)
        return _handle(fake, method, path, body, api_endpoint, content_type)
    finally:
        fake.end()


async def answer_async(
    fake: FakeBillCom,
    method: str,
    path: str,
    body: bytes,
    api_endpoint: str,
    content_type: str = "application/x-www-form-urlencoded",
) -> FakeResponse:
    """`answer` for an event loop: the latency is awaited, not slept."""
    busy = fake.begin()
    if busy is not None:
        return busy
    try:
        if fake.latency:
            await asyncio.sleep(fake.latency)
        return _handle(fake, method, path, body, api_endpoint, content_type)
    finally:
        fake.end()


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Give this to `BillCom(transport=...)` or `AsyncBillCom(transport=...)`."""

    def __init__(self, fake: FakeBillCom) -> None:
        self.fake = fake

    def _parts(self, request: httpx.Request) -> tuple[str, str, str, str]:
        endpoint = f"{request.url.scheme}://{request.url.netloc.decode()}{API_PREFIX.rstrip('/')}"
        return request.method, request.url.path, endpoint, request.headers.get("content-type", "")

    @staticmethod
    def _response(request: httpx.Request, answered: FakeResponse) -> httpx.Response:
        status, content, content_type = answered
        return httpx.Response(
            status, content=content, headers={"Content-Type": content_type}, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        method, path, endpoint, content_type = self._parts(request)
        body = request.read()
        return self._response(
            request, answer(self.fake, method, path, body, endpoint, content_type)
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method, path, endpoint, content_type = self._parts(request)
        body = await request.aread()
        answered = await answer_async(self.fake, method, path, body, endpoint, content_type)
        return self._response(request, answered)
