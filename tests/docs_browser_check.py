"""Open the built docs site in headless Chromium and check what a reader would see.

`python tests/docs_browser_check.py [SITE] [--screenshot PNG]` (run by `make docs`, after
`mkdocs build`). Serves SITE (default `site/`) on a free loopback port, renders the home page,
a guide and an entity reference page with `chromium --headless=new --dump-dom`, and checks that
each has its title, the navigation, the search box and a highlighted code block, and that the
theme's JavaScript ran. One page is also saved as a screenshot to look at.

Chromium is Debian's `chromium` package, installed with apt-get when missing (through sudo
when not root); no browser is downloaded any other way. Exits 0 when every check passes,
otherwise 1 with one line saying what is wrong.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: (path under the site, the page's h1, words the primary navigation must link to).
PAGES = [
    ("", "billcom", ["Getting started", "Guides", "API reference"]),
    (
        "guides/retries-and-money/",
        "Retries, unknown outcomes and money",
        ["Bulk", "Sessions and MFA"],
    ),
    ("reference/bill/", "Bill", ["Error codes", "Action endpoints", "Vendor"]),
]
SCREENSHOT_PAGE = "reference/bill/"

#: Flags that keep a headless run quiet and offline: no sandbox (containers run as root),
#: no first-run work, no background calls home.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--virtual-time-budget=5000",
]


class CheckFailed(Exception):
    """One line for the reader: what is missing, and where."""


@dataclass
class Page:
    """What the checks look at in a rendered DOM."""

    h1: str = ""
    nav_links: list[str] = field(default_factory=list)
    search_inputs: int = 0
    code_blocks: int = 0
    copy_buttons: int = 0


class _DomReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.page = Page()
        self._stack: list[tuple[str, set[str]]] = []
        self._h1: list[str] | None = None
        self._link: list[str] | None = None

    def _inside(self, tag: str, css: str) -> bool:
        return any(t == tag and css in classes for t, classes in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "input" and "md-search__input" in classes:
            self.page.search_inputs += 1
        if tag == "code" and self._inside("pre", "") and self._inside("div", "highlight"):
            self.page.code_blocks += 1
        if tag == "button" and classes & {"md-code__button", "md-clipboard"}:
            self.page.copy_buttons += 1  # added by the theme's JavaScript, not in the HTML
        if tag == "h1" and self._inside("article", "md-content__inner"):
            self._h1 = []
        in_nav = self._inside("nav", "md-nav--primary")
        if tag in {"a", "label"} and "md-nav__link" in classes and in_nav:
            self._link = []  # a page, or a section's label
        if tag not in {"input", "img", "br", "hr", "meta", "link"}:
            self._stack.append((tag, classes | {""}))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._h1 is not None:
            self.page.h1 = " ".join("".join(self._h1).split()).rstrip("¶").strip()
            self._h1 = None
        if tag in {"a", "label"} and self._link is not None:
            self.page.nav_links.append(" ".join("".join(self._link).split()))
            self._link = None
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._h1 is not None:
            self._h1.append(data)
        if self._link is not None:
            self._link.append(data)


def read_dom(dom: str) -> Page:
    reader = _DomReader()
    reader.feed(dom)
    reader.close()
    return reader.page


def check_page(page: Page, path: str, title: str, nav_words: list[str]) -> None:
    where = f"/{path}"
    if page.h1 != title:
        raise CheckFailed(f"{where}: the page's title is {page.h1!r}, expected {title!r}")
    missing = [word for word in nav_words if word not in page.nav_links]
    if missing:
        raise CheckFailed(f"{where}: the navigation has no link to {', '.join(missing)}")
    if page.search_inputs == 0:
        raise CheckFailed(f"{where}: there is no search box")
    if page.code_blocks == 0:
        raise CheckFailed(f"{where}: there is no highlighted code block")
    if page.copy_buttons == 0:
        raise CheckFailed(
            f"{where}: code blocks have no copy button: the theme's JavaScript did not run"
        )


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def install_chromium() -> str:
    """Debian's chromium package, through apt-get (and sudo when not root)."""
    if shutil.which("apt-get") is None:
        raise CheckFailed("chromium is missing and apt-get is not here: install a chromium browser")
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            raise CheckFailed(
                "chromium is missing; install it as root: apt-get install -y chromium"
            )
        prefix = ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print("docs browser check: installing chromium with apt-get", file=sys.stderr)
    install = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"]
    done = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        # Package lists may be missing or stale (a fresh container): refresh them once.
        subprocess.run(
            [*prefix, "apt-get", "update", "-q"], env=env, capture_output=True, check=False
        )
        done = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    found = find_chromium()
    if done.returncode != 0 or found is None:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise CheckFailed(f"could not install chromium with apt-get: {last}")
    return found


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """`site` over HTTP on a free loopback port, in a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="docs-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium(binary: str, profile: str, *args: str) -> str:
    done = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise CheckFailed(f"chromium exited with {done.returncode}: {last}")
    return done.stdout


def run(site: Path, screenshot: Path) -> None:
    if not (site / "index.html").is_file():
        raise CheckFailed(f"{site} has no index.html: build the site first (make docs)")
    if not (site / "search" / "search_index.json").is_file():
        raise CheckFailed(f"{site} has no search index: is the search plugin on?")
    binary = find_chromium() or install_chromium()
    with tempfile.TemporaryDirectory(prefix="docs-chromium-") as profile, serve(site) as base:
        for path, title, nav_words in PAGES:
            check_page(
                read_dom(chromium(binary, profile, "--dump-dom", base + path)),
                path,
                title,
                nav_words,
            )
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        chromium(
            binary,
            profile,
            f"--screenshot={screenshot.absolute()}",
            "--window-size=1280,960",
            base + SCREENSHOT_PAGE,
        )
    if not screenshot.is_file() or screenshot.stat().st_size == 0:
        raise CheckFailed(f"chromium wrote no screenshot to {screenshot}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument(
        "--screenshot",
        type=Path,
        default=Path(tempfile.gettempdir()) / "billcom-docs" / "reference-bill.png",
        help="where to save the screenshot of /" + SCREENSHOT_PAGE,
    )
    args = parser.parse_args(argv)
    try:
        run(args.site, args.screenshot)
    except CheckFailed as failure:
        print(f"docs browser check: {failure}", file=sys.stderr)
        return 1
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"docs browser check: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    pages = ", ".join("/" + path for path, _, _ in PAGES)
    print(
        f"docs browser check: {pages} render with navigation, search and code; screenshot {args.screenshot}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
