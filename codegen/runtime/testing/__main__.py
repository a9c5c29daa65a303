"""`python -m billcom.testing serve ...`: run the fake Bill.com as an HTTP server."""

from __future__ import annotations

import argparse
import sys

from .._facts import (
    LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
    MAX_CONCURRENT_REQUESTS_PER_ORG,
    REQUESTS_PER_HOUR_PER_DEV_KEY,
    SESSION_IDLE_TIMEOUT_MINUTES,
)
from ._fake import FakeBillCom
from ._faults import parse_faults
from ._server import serve


def _limit(text: str) -> int | None:
    """A limit, or `off`."""
    return None if text == "off" else int(text)


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
    run.add_argument("--mfa-code", default="123456", help="the token MFAAuthenticate accepts")
    run.add_argument("--seed", type=int, default=None, help="make ids and faults repeatable")
    run.add_argument("--db", default=None, help="keep state in this SQLite file across restarts")
    run.add_argument("--seed-data", default=None, help="JSON {entity: [objects]} to load at start")
    run.add_argument(
        "--session-timeout",
        type=float,
        default=SESSION_IDLE_TIMEOUT_MINUTES * 60,
        help="idle seconds before BDC_1109 (default %(default)s)",
    )
    run.add_argument(
        "--max-concurrent",
        type=_limit,
        default=MAX_CONCURRENT_REQUESTS_PER_ORG,
        help="requests in flight before BDC_1322, or off (default %(default)s)",
    )
    run.add_argument(
        "--hourly-limit",
        type=_limit,
        default=REQUESTS_PER_HOUR_PER_DEV_KEY,
        help="requests per clock hour before BDC_1144, or off (default %(default)s)",
    )
    run.add_argument(
        "--login-hourly-limit",
        type=_limit,
        default=LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
        help="Login + ListOrgs per clock hour, or off (default %(default)s)",
    )
    run.add_argument(
        "--expire-session-every", type=int, default=None, help="end the session every N calls"
    )
    run.add_argument(
        "--fault-rate",
        default="",
        help="e.g. BDC_1322=0.2,502/Crud/Read=0.05,502@after/Crud/Create=0.03",
    )
    run.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    run.add_argument(
        "--http-errors", action="store_true", help="answer 401/403/404 where the API was seen to"
    )
    args = parser.parse_args(argv)
    try:
        faults = parse_faults(args.fault_rate)
    except ValueError as exc:
        parser.error(str(exc))
    fake = FakeBillCom(
        username=args.username,
        password=args.password,
        org_id=args.org_id,
        dev_key=args.dev_key,
        mfa_code=args.mfa_code,
        seed=args.seed,
        db=args.db,
        seed_data=args.seed_data,
        session_timeout=args.session_timeout,
        max_concurrent=args.max_concurrent,
        hourly_limit=args.hourly_limit,
        login_hourly_limit=args.login_hourly_limit,
        expire_session_every=args.expire_session_every,
        faults=faults,
        latency=args.latency,
        http_errors=args.http_errors,
        record_requests=False,
    )
    print(f"fake Bill.com at http://{args.host}:{args.port}/api/v2", file=sys.stderr, flush=True)
    serve(fake, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
