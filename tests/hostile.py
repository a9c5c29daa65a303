"""A misbehaving Bill.com on loopback: Login works, other paths answer as a test scripts them.

It speaks real HTTP (a socket server of its own, not a mock of the client), so the client's
transport, parsing and retries are exercised exactly as against a gateway or a broken server.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

ENVELOPE_OK = {"response_status": 0, "response_message": "Success"}


@dataclass
class Answer:
    """What the server sends back: a status and body, or one of a few ways of misbehaving."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    drip: float = 0.0  # seconds between single bytes of the body
    drip_all: bool = False  # drip the status line and headers too
    reset: bool = False  # close the connection without answering


def ok(data: Any) -> Answer:
    return Answer(200, json.dumps({**ENVELOPE_OK, "response_data": data}).encode())


def error(code: str, message: str = "refused", status: int = 200) -> Answer:
    body = {
        "response_status": 1,
        "response_message": "Error",
        "response_data": {"error_code": code, "error_message": message},
    }
    return Answer(status, json.dumps(body).encode())


@dataclass
class Hostile:
    """The server's script and what it saw. `script(path, form, count)` answers each request."""

    script: Callable[[str, dict[str, str], int], Answer]
    login: Callable[[str], dict[str, Any]] | None = None
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base_url: str = ""

    def count(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)


def _handler(hostile: Hostile) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode("utf-8", "replace")))
            path = self.path.split("/api/v2/", 1)[-1].removesuffix(".json")
            hostile.requests.append((path, form))
            if path == "Login":
                data = {"sessionId": "s-1", "orgId": "o", "usersId": "u"}
                data["apiEndPoint"] = hostile.base_url
                if hostile.login is not None:
                    data = hostile.login(hostile.base_url)
                answer = ok(data)
            else:
                answer = hostile.script(path, form, hostile.count(path))
            if answer.reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                self.close_connection = True
                return
            head = (
                f"HTTP/1.1 {answer.status} X\r\nContent-Type: {answer.content_type}\r\n"
                f"Content-Length: {len(answer.body)}\r\n\r\n"
            ).encode()
            at_once, dripped = (b"", head + answer.body) if answer.drip_all else (head, answer.body)
            if not answer.drip:
                at_once, dripped = at_once + dripped, b""
            try:
                self.wfile.write(at_once)
                for byte in dripped:  # a byte at a time, as a stalling server sends
                    time.sleep(answer.drip)
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            except OSError:
                return  # the client gave up

    return Handler


@contextmanager
def serving(
    script: Callable[[str, dict[str, str], int], Answer],
    login: Callable[[str], dict[str, Any]] | None = None,
) -> Iterator[Hostile]:
    """Run a hostile server on a free loopback port for the duration of the block."""
    hostile = Hostile(script, login)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hostile))
    server.daemon_threads = True
    hostile.base_url = f"http://127.0.0.1:{server.server_address[1]}/api/v2"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield hostile
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


CREDENTIALS: dict[str, Any] = {
    "username": "u",
    "password": "pw-SECRET",
    "org_id": "o",
    "dev_key": "dk-SECRET",
}
