"""The fake Bill.com served over real HTTP (starlette + uvicorn), answering at `/api/v2/...`."""

from __future__ import annotations

import contextlib
import importlib.util
import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._fake import FakeBillCom
from ._transport import API_PREFIX, answer_async

if TYPE_CHECKING:
    from starlette.applications import Starlette


#: What installs the HTTP server's dependencies (kept optional so the client stays light).
INSTALL_HINT = 'pip install "billcom[testing]"'


def require_http() -> None:
    """Fail in one line, naming the install that fixes it, when the `testing` extra is missing."""
    for module in ("starlette", "uvicorn"):
        if importlib.util.find_spec(module) is None:
            raise ModuleNotFoundError(
                f"serving the fake Bill.com over HTTP needs {module}, from the testing extra: "
                f"{INSTALL_HINT}",
                name=module,
            )


def create_app(fake: FakeBillCom) -> Starlette:
    """An ASGI app serving `fake`; every path is routed, so unknown ones get BDC_1121."""
    require_http()
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        # Login's apiEndPoint is where this server listens, never the client's Host header
        # (which anyone can forge) unless the fake was configured with one.
        scope = request.scope
        host, port = scope.get("server") or ("127.0.0.1", 80)
        api_endpoint = f"{scope['scheme']}://{host}:{port}{API_PREFIX.rstrip('/')}"
        content_type = request.headers.get("content-type", "")
        status, content, media_type = await answer_async(
            fake, request.method, request.scope["path"], body, api_endpoint, content_type
        )
        return Response(content, status_code=status, media_type=media_type)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(routes=[Route("/{path:path}", endpoint, methods=methods)])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on `host`:`port` (0: any free port); OSError if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Answers go out at once: accepted sockets inherit this (without it, small answers wait
    # ~40 ms for the peer's delayed acknowledgement).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def serve(fake: FakeBillCom, sock: socket.socket) -> None:
    """Serve on an already bound socket until interrupted."""
    require_http()
    import uvicorn

    config = uvicorn.Config(create_app(fake), log_level="warning", lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


@contextlib.contextmanager
def running_server(fake: FakeBillCom, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `fake` on a background thread (a free port by default); yields the API base URL."""
    require_http()
    import uvicorn

    config = uvicorn.Config(
        create_app(fake), host=host, port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="fake-billcom", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the fake Bill.com could not start on {host}:{port}")
            threading.Event().wait(0.01)
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://{host}:{bound}{API_PREFIX.rstrip('/')}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
