"""`python -m billcom.testing serve ...`: run the fake Bill.com as an HTTP server."""

from __future__ import annotations

import argparse
import sys

from ._fake import FakeBillCom
from ._server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m billcom.testing")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("serve", help="serve the fake Bill.com over HTTP")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8999)
    run.add_argument("--username", default="user@example.com")
    run.add_argument("--password", default="password")
    run.add_argument("--org-id", default="00801FAKEORG00000001")
    run.add_argument("--dev-key", default="fake-dev-key")
    run.add_argument("--seed", type=int, default=None, help="make generated ids repeatable")
    args = parser.parse_args(argv)
    fake = FakeBillCom(
        username=args.username,
        password=args.password,
        org_id=args.org_id,
        dev_key=args.dev_key,
        seed=args.seed,
    )
    print(f"fake Bill.com at http://{args.host}:{args.port}/api/v2", file=sys.stderr, flush=True)
    serve(fake, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
