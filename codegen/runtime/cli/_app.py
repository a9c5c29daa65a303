"""The `billcom` command: one sub-command per resource and a `call` for every action, built
from the generated catalogue, so a new entity or action appears with the next `make generate`.

Exit codes: 0 done, 1 the API refused or could not be reached, 2 bad usage or input (nothing
was sent), 3 the outcome is unknown (a write may or may not have happened).
"""

# No `from __future__ import annotations`: typer reads the annotations of the commands made
# in the factories below at run time.

import os
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from .._facts import LIST_MAX_PAGE_SIZE
from . import _profiles
from ._catalog import ACTIONS, RESOURCES
from ._output import FORMATS, wire, write_one, write_rows
from ._values import BadValue, field_name, parse_assignment, parse_filter, parse_sort

if TYPE_CHECKING:
    from .._client import BillCom

T = TypeVar("T")

EXIT_API, EXIT_USAGE, EXIT_UNKNOWN = 1, 2, 3

app = typer.Typer(
    name="billcom",
    help=(
        "Work with a Bill.com organization from the shell: look at objects, export lists, call "
        "any action, run the fake.\n\nCredentials come from the BILLCOM_* environment variables "
        "or a profile (billcom configure), never from flags.\n\nExit codes: 0 done, 1 API error, "
        "2 usage, 3 unknown outcome."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich would double the start-up time
)
fake_app = typer.Typer(
    help="The fake Bill.com for offline tests.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(fake_app, name="fake")


@dataclass
class _Options:
    profile: str | None = None
    debug: bool = False
    base_url: str | None = None
    #: BillCom keyword arguments given by a program embedding the command (`app(obj={...})`),
    #: e.g. a transport to a fake; never from the command line.
    client: dict[str, Any] = field(default_factory=dict)


OPTIONS = _Options()


@app.callback()
def _main(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option(
            help="Profile to use (billcom configure). Default: the environment, then 'default'.",
            envvar="BILLCOM_PROFILE",
        ),
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="API base URL (default: the profile's, else production).")
    ] = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    OPTIONS.profile, OPTIONS.base_url, OPTIONS.debug = profile, base_url, debug
    OPTIONS.client = dict(ctx.obj or {})


# -- errors and clients -------------------------------------------------------------------


def fail(message: str, code: int) -> NoReturn:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"error: {message}", style="red", markup=False)
    raise typer.Exit(code)


def guarded(action: Callable[[], T]) -> T:
    """Run `action`; a BillComError or bad input becomes one red line and its exit code."""
    from .. import _exceptions as errors

    try:
        return action()
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if OPTIONS.debug:
            raise
        if isinstance(exc, BadValue | errors.InvalidRequestError | errors.ConfigurationError):
            fail(str(exc), EXIT_USAGE)
        if isinstance(exc, errors.UnknownOutcomeError):
            fail(f"{exc} (check with a read or list before trying again)", EXIT_UNKNOWN)
        if isinstance(exc, errors.BillComError):
            fail(str(exc), EXIT_API)
        if isinstance(exc, ValueError | OSError):  # a profile file or --data file problem
            fail(str(exc), EXIT_USAGE)
        raise


def make_client(**overrides: str) -> "BillCom":
    from .._client import BillCom

    options: dict[str, Any] = _profiles.credentials(OPTIONS.profile)
    if OPTIONS.base_url:
        options["base_url"] = OPTIONS.base_url
    return BillCom(**{**options, **OPTIONS.client, **overrides})


def load_data(text: str) -> Any:
    """`--data`: JSON text, or `@path` to a JSON file (`@-` reads stdin)."""
    from .. import _json

    if text.startswith("@"):
        name = text[1:]
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    try:
        return _json.loads(text)
    except ValueError as exc:
        raise BadValue(f"--data is not JSON: {exc}") from None


def confirm(what: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        fail(f"{what}: confirm with --yes", EXIT_USAGE)
    typer.confirm(f"{what}. Go ahead?", abort=True, err=True)


# -- session commands -------------------------------------------------------------------------


@app.command()
def configure() -> None:
    """Store credentials in a profile file readable by you only.

    Example: billcom --profile sandbox configure
    """
    name = OPTIONS.profile or _profiles.DEFAULT
    old = guarded(_profiles.load_all).get(name, {})
    values = {
        "username": typer.prompt("Username", default=old.get("username") or None, err=True),
        "password": typer.prompt("Password", hide_input=True, err=True),
        "org_id": typer.prompt("Organization id", default=old.get("org_id") or None, err=True),
        "dev_key": typer.prompt("Developer key", hide_input=True, err=True),
        "base_url": typer.prompt(
            "API base URL",
            default=old.get("base_url") or OPTIONS.base_url or _production(),
            err=True,
        ),
    }
    path = guarded(lambda: _profiles.save(name, values))
    typer.echo(f"Saved profile {name!r} to {path} (readable by you only).", err=True)


def _production() -> str:
    from .._facts import PRODUCTION_BASE_URL

    return PRODUCTION_BASE_URL


@app.command()
def login() -> None:
    """Check the credentials: print the organization, the user and whether MFA trust is remembered.

    Example: billcom login
    """

    def run() -> None:
        with make_client() as client:
            info = client.session.info()
            typer.echo(f"organization: {info.organization_id}")
            typer.echo(f"user: {client.username} ({info.user_id})")
            typer.echo(f"MFA-trusted: {_trusted(client)}")

    guarded(run)


def _trusted(client: "BillCom") -> str:
    remembered = client._credentials  # the client's own record of a remembered trust
    if remembered.mfa_id is None or remembered.device_id is None:
        return "no (no remembered MFA trust; run billcom mfa)"
    status = client.session.mfa_status(mfa_id=remembered.mfa_id, device_id=remembered.device_id)
    return "yes" if status.is_trusted else "no (the remembered trust has lapsed; run billcom mfa)"


@app.command()
def orgs(
    form: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="table, json, jsonl or csv.")
    ] = "table",
) -> None:
    """List the organizations these credentials can reach (ListOrgs).

    Example: billcom orgs --format csv
    """

    def run() -> None:
        # ListOrgs needs no organization: any stand-in satisfies the client.
        known = {**_profiles.credentials(OPTIONS.profile), **OPTIONS.client}
        with make_client(org_id=known.get("org_id") or "-") as client:
            rows = [wire(org) for org in client.session.list_orgs()]
        write_rows(iter(rows), _format(form), None, ["orgId", "orgName"])

    guarded(run)


@app.command()
def mfa(
    device_id: Annotated[
        str | None, typer.Option(help="Name this device (default: kept, or a new one).")
    ] = None,
) -> None:
    """Walk the MFA challenge and remember the trust in the profile (no secret is printed).

    Example: billcom mfa   (then type the code sent to your phone)
    """

    def run() -> None:
        name = OPTIONS.profile or _profiles.DEFAULT
        stored = _profiles.load_all().get(name, {})
        device = device_id or stored.get("device_id") or f"billcom-cli-{uuid.uuid4().hex[:12]}"
        with make_client() as client:
            challenge = client.session.mfa_challenge(use_backup=False)
            code = typer.prompt("Code sent to your phone", err=True)
            trust = client.session.mfa_authenticate(
                challenge_id=challenge.challenge_id or "",
                token=code.strip(),
                device_id=device,
                machine_name=socket.gethostname(),
                remember_me=True,
            )
        if not trust.mfa_id:
            fail("MFAAuthenticate gave no mfaId to remember", EXIT_API)
        path = _profiles.save(name, {"mfa_id": trust.mfa_id, "device_id": device})
        typer.echo(f"MFA trust for {device} remembered in profile {name!r} ({path}).", err=True)

    guarded(run)


# -- resources --------------------------------------------------------------------------------


def _format(form: str | None) -> str:
    chosen = form or ("table" if sys.stdout.isatty() else "jsonl")
    if chosen not in FORMATS:
        raise typer.BadParameter(f"{chosen!r}: one of {', '.join(FORMATS)}", param_hint="--format")
    return chosen


def _rows(
    pages: Iterator[list[Any]], limit: int | None, progress: bool
) -> Iterator[dict[str, Any]]:
    """Rows of every page, fetched as they are needed, stopping at `limit`; with `progress`, a
    live count of rows, pages and rate on stderr."""
    bar: Any = None
    if progress:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} rows, {task.fields[pages]} pages, {task.fields[rate]}/s"),
            TimeElapsedColumn(),
            transient=True,
            console=_stderr(),
        )
        task = bar.add_task("list", total=None, pages=0, rate=0)
        bar.start()
    count, fetched, started = 0, 0, time.monotonic()
    try:
        for page in pages:
            fetched += 1
            for item in page:
                if limit is not None and count >= limit:
                    return
                count += 1
                yield item.to_dict()
            if bar is not None:
                rate = round(count / max(time.monotonic() - started, 1e-6))
                bar.update(task, completed=count, pages=fetched, rate=rate)
    finally:
        if bar is not None:
            bar.stop()


def _stderr() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _list_command(meta: dict[str, Any], command: str) -> Callable[..., None]:
    fields: dict[str, dict[str, Any]] = meta["fields"]
    scalar = [w for w, f in fields.items() if f["type"] not in ("array", "object") and w != "id"]

    def list_(
        filter: Annotated[
            list[str] | None,
            typer.Option(
                "--filter",
                "-f",
                metavar="'FIELD OP VALUE'",
                help="'field op value', e.g. 'dueDate <= 2026-01-31'; repeat to AND.",
            ),
        ] = None,
        sort: Annotated[
            list[str] | None,
            typer.Option(metavar="FIELD[:desc]", help="Sort by a field; repeat for ties."),
        ] = None,
        limit: Annotated[int | None, typer.Option(min=1, help="Stop after N rows.")] = None,
        nested: Annotated[bool, typer.Option(help="Ask for the API's nested data.")] = False,
        form: Annotated[
            str | None,
            typer.Option(
                "--format",
                metavar="FORMAT",
                help="table, json, jsonl or csv (default: table on a terminal, else jsonl).",
            ),
        ] = None,
        fields_: Annotated[
            str | None,
            typer.Option("--fields", metavar="A,B,C", help="Columns to show, comma-separated."),
        ] = None,
        progress: Annotated[
            bool | None, typer.Option(help="Live row count on stderr (default: on a terminal).")
        ] = None,
    ) -> None:
        chosen_format = _format(form)

        def run() -> None:
            filters = [parse_filter(fields, f) for f in filter or []]
            order = [parse_sort(fields, s) for s in sort or []]
            columns = (
                [field_name(fields, c.strip()) for c in fields_.split(",")] if fields_ else None
            )
            page_size = min(LIST_MAX_PAGE_SIZE, limit) if limit else LIST_MAX_PAGE_SIZE
            with make_client() as client:
                pages = getattr(client, meta["attr"]).list(
                    filters=filters, sort=order, page_size=page_size, nested=nested or None
                )
                show = sys.stderr.isatty() if progress is None else progress
                write_rows(
                    _rows(pages.iter_pages(), limit, show), chosen_format, columns, ["id", *scalar]
                )

        guarded(run)

    list_.__doc__ = (
        f"List {meta['entity']} objects, page by page (List/{meta['entity']}).\n\n"
        f"Example: billcom {command} list --filter 'isActive = 1' --format csv > {command}.csv"
    )
    return list_


def _get_command(meta: dict[str, Any], command: str) -> Callable[..., None]:
    def get(id: Annotated[str, typer.Argument(help="The object's id.")]) -> None:
        def run() -> None:
            with make_client() as client:
                write_one(getattr(client, meta["attr"]).read(id))

        guarded(run)

    get.__doc__ = f"Read one {meta['entity']} (Crud/Read).\n\nExample: billcom {command} get ID"
    return get


def _python_keys(fields: dict[str, dict[str, Any]], data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise BadValue("--data must be a JSON object")
    return {
        (fields[k]["python"] if k in fields else k): v for k, v in data.items() if k != "entity"
    }


def _create_command(meta: dict[str, Any], command: str) -> Callable[..., None]:
    def create(
        data: Annotated[
            str, typer.Option(help="The object as JSON, or @file.json (@- for stdin).")
        ],
    ) -> None:
        def run() -> None:
            values = _python_keys(meta["fields"], load_data(data))
            with make_client() as client:
                write_one(getattr(client, meta["attr"]).create(**values))

        guarded(run)

    create.__doc__ = (
        f"Create a {meta['entity']} (Crud/Create); prints it as stored.\n\n"
        f"Example: billcom {command} create --data @new.json"
    )
    return create


def _update_command(meta: dict[str, Any], command: str) -> Callable[..., None]:
    def update(
        id: Annotated[str, typer.Argument(help="The object's id.")],
        set_: Annotated[
            list[str] | None,
            typer.Option("--set", metavar="FIELD=VALUE", help="A change; repeat for more."),
        ] = None,
        data: Annotated[
            str | None, typer.Option(help="Changes as a JSON object, or @file.json.")
        ] = None,
    ) -> None:
        def run() -> None:
            changes = dict(parse_assignment(meta["fields"], text) for text in set_ or [])
            if data is not None:
                changes.update(_python_keys(meta["fields"], load_data(data)))
            if not changes:
                raise BadValue("nothing to change: give --set field=value or --data")
            with make_client() as client:
                resource = getattr(client, meta["attr"])
                write_one(resource.update(resource.read(id), **changes))  # read, modify, write

        guarded(run)

    update.__doc__ = (
        f"Change a {meta['entity']}: read it, apply the changes, send it back (Crud/Update).\n\n"
        f"Example: billcom {command} update ID --set description='Net 30'"
    )
    return update


def _by_id_command(meta: dict[str, Any], command: str, verb: str) -> Callable[..., None]:
    def by_id(id: Annotated[str, typer.Argument(help="The object's id.")]) -> None:
        def run() -> None:
            with make_client() as client:
                write_one(getattr(getattr(client, meta["attr"]), verb)(id))

        guarded(run)

    what = "Deactivate" if verb == "delete" else "Reactivate"
    by_id.__doc__ = (
        f"{what} a {meta['entity']} (Crud/{verb.capitalize()}).\n\n"
        f"Example: billcom {command} {verb} ID"
    )
    return by_id


def _resource_app(command: str, meta: dict[str, Any]) -> typer.Typer:
    sub = typer.Typer(help=meta["summary"], no_args_is_help=True, rich_markup_mode=None)
    operations = meta["operations"]
    if "list" in operations:
        sub.command("list")(_list_command(meta, command))
    if "read" in operations:
        sub.command("get")(_get_command(meta, command))
    if "create" in operations:
        sub.command("create")(_create_command(meta, command))
    if "update" in operations and "read" in operations:
        sub.command("update")(_update_command(meta, command))
    for verb in ("delete", "undelete"):
        if verb in operations:
            sub.command(verb)(_by_id_command(meta, command, verb))
    return sub


for _command, _meta in RESOURCES.items():
    app.add_typer(_resource_app(_command, _meta), name=_command)


# -- actions ---------------------------------------------------------------------------------


def _action_names(incomplete: str) -> list[str]:
    return [name for name in ACTIONS if name.lower().startswith(incomplete.lower())]


@app.command()
def call(
    action: Annotated[
        str, typer.Argument(help="The action, e.g. PayBills.", autocompletion=_action_names)
    ],
    data: Annotated[
        str | None, typer.Option(help="The request as JSON, or @file.json (@- for stdin).")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not ask before moving money or MFA actions.")
    ] = False,
) -> None:
    """Call an action endpoint; the request is checked against the spec before it is sent.

    Example: billcom call GetSessionInfo
    Example: billcom call PayBills --data @pay.json --yes
    """
    name = next((n for n in ACTIONS if n.lower() == action.lower()), None)
    if name is None:
        close = [n for n in ACTIONS if action.lower()[:4] in n.lower()][:5]
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        fail(f"no action {action!r}{hint}; billcom call --help lists them", EXIT_USAGE)
    meta = ACTIONS[name]
    values = guarded(lambda: load_data(data)) if data is not None else {}
    if not isinstance(values, dict):
        fail("--data must be a JSON object", EXIT_USAGE)
    if values and not meta["takes_data"]:
        fail(f"{name} takes no data", EXIT_USAGE)
    warnings = [
        w
        for w, on in (
            ("moves money", meta["moves_money"]),
            ("needs an MFA-trusted session", meta["mfa"]),
        )
        if on
    ]
    if warnings:
        confirm(f"{name} {' and '.join(warnings)}", yes)

    def run() -> None:
        with make_client() as client:
            method = getattr(getattr(client, meta["group"]), meta["method"])
            write_one(method(**values))

    guarded(run)


call.__doc__ = (call.__doc__ or "") + "\nActions: " + ", ".join(ACTIONS) + "."


# -- the fake --------------------------------------------------------------------------------


@fake_app.command(
    "serve",
    context_settings={
        "allow_extra_args": True,
        "ignore_unknown_options": True,
        "help_option_names": [],
    },
    add_help_option=False,
)
def serve(ctx: typer.Context) -> None:
    """Serve the fake Bill.com over HTTP; the flags of `python -m billcom.testing serve`.

    Example: billcom fake serve --port 8999 --seed 1
    """
    from ..testing.__main__ import main as fake_main

    raise typer.Exit(fake_main(["serve", *ctx.args]))


@app.command(
    "sync",
    context_settings={
        "allow_extra_args": True,
        "ignore_unknown_options": True,
        "help_option_names": [],
    },
    add_help_option=False,
)
def sync(ctx: typer.Context) -> None:
    """Mirror organizations into a database (the sync extra); the flags of python -m billcom.sync.

    Example: billcom sync --to duckdb:///bill.duckdb --entities Bill Vendor
    """
    from .._core import ENV_VARS

    chosen = guarded(lambda: _profiles.credentials(OPTIONS.profile))
    if OPTIONS.base_url:
        chosen["base_url"] = OPTIONS.base_url
    # The sync builds its clients from the environment: give it this profile's credentials
    # (in this process only; nothing shows on a command line).
    os.environ.update({ENV_VARS[key]: value for key, value in chosen.items()})
    try:
        from ..sync.__main__ import main as sync_main
    except ImportError as exc:
        fail(str(exc), EXIT_USAGE)
    raise typer.Exit(sync_main(ctx.args))


def main() -> None:
    """The console script's entry point."""
    app(prog_name="billcom")
