"""A fake Bill.com for offline tests, driven by the same spec as the client.

    from billcom.testing import FakeBillCom, running_server

    fake = FakeBillCom()
    with fake.client() as client:           # in-process, no sockets
        client.vendors.create(name="Acme")

    with running_server(fake) as base_url:  # real HTTP on a free port
        ...

Or from a shell: `python -m billcom.testing serve --port 8999`. With pytest, the fixtures
`billcom_fake` and `billcom_client` come with the package (see `billcom.testing.pytest_plugin`).
"""

from __future__ import annotations

from ._errors import FakeError
from ._fake import ClientCredentials, FakeBillCom, FakeResponse
from ._faults import FakeClock, FaultRule, parse_faults
from ._server import create_app, running_server, serve
from ._transport import FakeTransport, decode_form

__all__ = [
    "ClientCredentials",
    "FakeBillCom",
    "FakeClock",
    "FakeError",
    "FakeResponse",
    "FakeTransport",
    "FaultRule",
    "create_app",
    "decode_form",
    "parse_faults",
    "running_server",
    "serve",
]
