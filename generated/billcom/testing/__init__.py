"""A fake Bill.com for offline tests, driven by the same spec as the client.

    from billcom.testing import FakeBillCom

    fake = FakeBillCom()
    with fake.client() as client:           # in-process, no sockets
        client.vendors.create(name="Acme")

    with running_server(fake) as base_url:  # real HTTP on a free port
        ...

Or from a shell: `python -m billcom.testing serve --port 8999`.
"""

from __future__ import annotations

from ._fake import FakeBillCom, FakeError, FakeState
from ._server import create_app, running_server, serve
from ._transport import FakeTransport, decode_form

__all__ = [
    "FakeBillCom",
    "FakeError",
    "FakeState",
    "FakeTransport",
    "create_app",
    "decode_form",
    "running_server",
    "serve",
]
