"""`python -m billcom.testing serve ...`: run the fake Bill.com as an HTTP server."""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

from .._facts import (
    LOGIN_REQUESTS_PER_HOUR_PER_DEV_KEY,
    MAX_CONCURRENT_REQUESTS_PER_ORG,
    REQUESTS_PER_HOUR_PER_DEV_KEY,
    SESSION_IDLE_TIMEOUT_MINUTES,
)
from ._fake import FakeBillCom
from ._faults import parse_faults
from ._server import bind, require_http, serve

PROG = "python -m billcom.testing"


def _limit(text: str) -> int | None:
    """A limit (a whole number, 0 or more), or `off`."""
    if text == "off":
        return None
    value = _count(text)
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expects a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expects 0 or more, got {value}")
    return value


def _port(text: str) -> int:
    value = _count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"expects a port from 0 to 65535, got {value}")
    return value


def _env(name: str, default: str) -> str:
    """A credential's default: the BILLCOM_* variable the client reads too, so that no secret
    need appear on a command line (where the process list shows it)."""
    return os.environ.get(name) or default


class _Parser(argparse.ArgumentParser):
    """Errors in one line (no usage block): scripts read the last line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog=PROG)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("serve", help="serve the fake Bill.com over HTTP")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=_port, default=8999, help="0: any free port (printed)")
    run.add_argument("--port-file", default=None, help="write the port bound to this file")
    run.add_argument("--username", default=_env("BILLCOM_USERNAME", "user@example.com"))
    run.add_argument("--password", default=_env("BILLCOM_PASSWORD", "password"))
    run.add_argument("--org-id", default=_env("BILLCOM_ORG_ID", "00801FAKEORG00000001"))
    run.add_argument("--dev-key", default=_env("BILLCOM_DEV_KEY", "fake-dev-key"))
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
        "--expire-session-every", type=_count, default=None, help="end the session every N calls"
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
    if args.latency < 0 or args.session_timeout <= 0:
        parser.error("--latency is 0 or more and --session-timeout more than 0")
    try:
        faults = parse_faults(args.fault_rate)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        require_http()
    except ModuleNotFoundError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    try:
        fake, sock = _start(args, faults)
    except (OSError, ValueError, KeyError, TypeError, sqlite3.Error) as exc:
        # A seed file that is missing or not JSON, a --db that is not a database, a port in use.
        print(f"{PROG}: error: {_reason(exc)}", file=sys.stderr)
        return 2
    host, port = sock.getsockname()[:2]
    if args.port_file:
        Path(args.port_file).write_text(f"{port}\n", encoding="utf-8")
    print(f"fake Bill.com at http://{host}:{port}/api/v2", file=sys.stderr, flush=True)
    serve(fake, sock)
    return 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return str(exc) or type(exc).__name__


def _start(args: argparse.Namespace, faults: Any) -> tuple[FakeBillCom, socket.socket]:
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
    return fake, bind(args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
