"""An httpx transport that answers from a FakeBillCom in-process: no sockets, same wire format."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl

import httpx

from ._fake import FakeBillCom, FakeError, failure

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


def answer(
    fake: FakeBillCom,
    method: str,
    path: str,
    body: bytes,
    api_endpoint: str,
    content_type: str = "application/x-www-form-urlencoded",
) -> tuple[int, bytes]:
    """Status and JSON body for one HTTP request to the fake."""
    if method != "POST" or not path.startswith(API_PREFIX):
        # Not a v2 API path at all: what Bill.com answers for a wrong path.
        error = FakeError("BDC_1121", http_status=404)
        status, payload = error.http_status, failure(error.code, error.message)
    else:
        if content_type.startswith("multipart/form-data"):
            form, files = decode_multipart(body, content_type)
        else:
            form, files = decode_form(body), {}
        status, payload = fake.handle(
            path[len(API_PREFIX) :], form, api_endpoint=api_endpoint, files=files
        )
    return status, json.dumps(payload, separators=(",", ":")).encode()


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Give this to `BillCom(transport=...)` or `AsyncBillCom(transport=...)`."""

    def __init__(self, fake: FakeBillCom) -> None:
        self.fake = fake

    def _respond(self, request: httpx.Request, body: bytes) -> httpx.Response:
        endpoint = f"{request.url.scheme}://{request.url.netloc.decode()}{API_PREFIX.rstrip('/')}"
        content_type = request.headers.get("content-type", "")
        status, content = answer(
            self.fake, request.method, request.url.path, body, endpoint, content_type
        )
        return httpx.Response(
            status, content=content, headers={"Content-Type": "application/json"}, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._respond(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._respond(request, await request.aread())
