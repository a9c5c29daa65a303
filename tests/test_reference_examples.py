"""The docs' Python blocks are real usage: `mypy --strict` checks every one against the package.

The reference pages (`docs/reference/*.md`, generated) show a call of every operation; the
hand-written pages (`docs/*.md`, `docs/guides/*.md`) take the README's prelude, so a guide may
speak of `client`, `bill` or `vendor` as the README does. One mypy run checks them all.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.readme_snippets import PRELUDE as GUIDE_PRELUDE
from tests.readme_snippets import blocks

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: What a reference page's examples take as given (the page says so above its block).
REFERENCE_PRELUDE = """\
from datetime import UTC, date, datetime
from decimal import Decimal

from billcom import BillCom

client: BillCom
"""


def _pages() -> list[tuple[Path, str]]:
    reference = sorted((DOCS / "reference").glob("*.md"))
    guides = sorted(DOCS.glob("*.md")) + sorted((DOCS / "guides").glob("*.md"))
    return [(p, REFERENCE_PRELUDE) for p in reference] + [(p, GUIDE_PRELUDE) for p in guides]


def test_every_entity_page_shows_an_example_of_each_operation() -> None:
    for page in sorted((DOCS / "reference").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        methods = re.findall(r"^\| `(\w+)` \| `[\w/]+\.json` \|", text, re.MULTILINE)
        code = "".join(block for _, block in blocks(text))
        missing = [m for m in methods if f".{m}(" not in code]
        assert not missing, f"{page.name}: no example call of {', '.join(missing)}"


def test_docs_python_blocks_type_check() -> None:
    sources: dict[str, tuple[Path, int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for page, prelude in _pages():
            for index, (start, code) in enumerate(blocks(page.read_text(encoding="utf-8"))):
                name = f"docs_{page.stem.replace('-', '_')}_{index}.py"
                (Path(tmp) / name).write_text(prelude + code, encoding="utf-8")
                sources[name] = (page, start, prelude.count("\n"))
        assert len(sources) > 40, "the docs have lost their examples"
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    errors = []
    for line in done.stdout.splitlines():
        where = re.match(r"^(?:.*/)?(docs_\w+\.py):(\d+): error: (.*)$", line)
        if where:
            page, start, offset = sources[where.group(1)]
            at = start + int(where.group(2)) - offset - 1
            errors.append(f"{page.relative_to(ROOT)}:{at}: {where.group(3)}")
    assert not errors, "\n".join(errors)
    assert done.returncode == 0, done.stdout[-2000:]
