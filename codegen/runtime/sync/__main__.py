"""`python -m billcom.sync`: mirror organizations into a database, from the command line.

    python -m billcom.sync                                  # ./billcom.duckdb, the configured org
    python -m billcom.sync --to duckdb:////data/bill.duckdb --entities Bill Vendor --orgs all
    python -m billcom.sync --to postgresql://loader@db.internal/warehouse --full-refresh

Credentials come from the BILLCOM_* environment variables, as the client reads them. Progress
goes to stderr, one line per org and entity; the closing table of rows added, updated and
deleted per entity to stdout. Exit status 0 when everything was read, 1 when an entity could
not be, 2 on a usage or configuration error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import time
from collections.abc import Sequence
from typing import Any, Literal

from dlt.pipeline.exceptions import PipelineStepFailed

from .._exceptions import BillComError, ConfigurationError
from ._run import DEFAULT_DUCKDB, Progress, run_sync
from ._source import default_entities

#: dlt steps after which what was read waits in the working folder for the next run.
_KEPT = ("normalize", "load")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m billcom.sync",
        description="Mirror Bill.com organizations into a database (DuckDB by default).",
    )
    parser.add_argument(
        "--to",
        default=DEFAULT_DUCKDB,
        metavar="DESTINATION",
        help="a DuckDB file (duckdb:///relative.duckdb, duckdb:////abs/path.duckdb or a path), "
        "a URL (postgresql://...), or a dlt destination name configured the dlt way "
        f"(bigquery, snowflake); default: {DEFAULT_DUCKDB}",
    )
    parser.add_argument(
        "--entities",
        nargs="+",
        metavar="ENTITY",
        help="entities (Bill) or tables (bills) to mirror; default: every one List reads "
        f"without MFA ({len(default_entities())})",
    )
    parser.add_argument(
        "--orgs",
        nargs="+",
        metavar="ORG_ID",
        help="org ids, or `all` for every org ListOrgs gives; default: BILLCOM_ORG_ID",
    )
    parser.add_argument(
        "--full-refresh",
        action="store_true",
        help="drop the entities' tables (every org's rows) and cursors, and read everything again",
    )
    parser.add_argument(
        "--overlap",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="read again what changed this long before the last cursor (its own millisecond "
        "is always read again); default: 0",
    )
    parser.add_argument(
        "--dataset",
        help="dataset (schema) to write to; default: main in a DuckDB file, else billcom",
    )
    parser.add_argument("--pipeline-name", default="billcom", help="dlt pipeline name")
    parser.add_argument(
        "--working-dir",
        help="dlt's working folder (default: beside a DuckDB file, else dlt's own)",
    )
    return parser


def _progress(event: Progress) -> None:
    """One line per phase and per org's entity read (pages are not told)."""
    if event.phase == "page":
        return
    tally = event.tally
    if tally is not None:
        if tally.error:
            line = f"{tally.entity} (org {tally.org_id}): failed after {tally.fetched} read: "
            line += tally.error
        else:
            line = (
                f"{tally.entity} (org {tally.org_id}): {tally.fetched} read in {tally.pages} "
                f"List call(s): {tally.added} added, {tally.updated} updated, "
                f"{tally.deleted} deleted"
            )
    else:
        line = {
            "resume": "loading what an interrupted sync had read",
            "read": "reading from Bill.com",
            "normalize": "preparing the load",
            "load": "loading",
            "done": "done",
        }[event.phase]
    print(f"billcom.sync: {line}", file=sys.stderr, flush=True)


class _Bars:
    """On a terminal with rich installed (the cli extra): a live bar per org and entity with
    rows, pages and rate, the phases as lines above them."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import Progress as Display
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self.display = Display(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} rows, {task.fields[pages]} pages, {task.fields[rate]}/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,  # the closing table is for stdout, not the display
        )
        self.tasks: dict[tuple[str, str], Any] = {}
        self.started: dict[tuple[str, str], float] = {}

    def __call__(self, event: Progress) -> None:
        tally = event.tally
        if tally is None:
            if event.phase != "read":
                self.display.console.print(f"billcom.sync: {event.phase}")
            return
        key = (tally.org_id, tally.entity)
        if key not in self.tasks:
            self.started[key] = time.monotonic()
            name = f"{tally.entity} ({tally.org_id})"
            self.tasks[key] = self.display.add_task(name, total=None, pages=0, rate=0)
        rate = round(tally.fetched / max(time.monotonic() - self.started[key], 1e-6))
        self.display.update(self.tasks[key], completed=tally.fetched, pages=tally.pages, rate=rate)
        if event.phase == "read":  # the entity is done
            result = (
                tally.error
                or f"{tally.added} added, {tally.updated} updated, {tally.deleted} deleted"
            )
            self.display.update(
                self.tasks[key],
                total=tally.fetched,
                description=f"{tally.entity} ({tally.org_id}): {result}",
            )


def _display() -> Any:
    """Bars on a terminal when rich is there, else one line per step."""
    if sys.stderr.isatty() and importlib.util.find_spec("rich") is not None:
        return _Bars()
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    bars = _display()
    try:
        return _run(args, bars)
    finally:
        if bars is not None:
            bars.display.stop()


def _run(args: argparse.Namespace, bars: Any) -> int:
    if bars is not None:
        bars.display.start()
    orgs: list[str] | Literal["all"] | None = args.orgs
    if args.orgs and [o.lower() for o in args.orgs] == ["all"]:
        orgs = "all"
    try:
        report = run_sync(
            args.to,
            orgs=orgs,
            entities=args.entities,
            full_refresh=args.full_refresh,
            overlap=dt.timedelta(seconds=args.overlap),
            dataset_name=args.dataset,
            pipeline_name=args.pipeline_name,
            working_dir=args.working_dir,
            on_progress=_progress if bars is None else bars,
        )
    except (ConfigurationError, ModuleNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BillComError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except PipelineStepFailed as exc:
        cause = " ".join(str(exc.exception).split())
        cause = cause if len(cause) <= 300 else cause[:297] + "..."
        kept = " (what was read is kept: run again to load it)" if exc.step in _KEPT else ""
        print(f"error: dlt's {exc.step} step failed: {cause}{kept}", file=sys.stderr)
        return 1
    print(
        f"{report.destination}, dataset {report.dataset}, {len(report.orgs)} org(s), "
        f"{report.seconds:.1f} s"
    )
    print(report.table())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
