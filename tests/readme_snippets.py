"""Type-check the README's Python blocks with `mypy --strict`, as a reader would paste them.

`python -m tests.readme_snippets [FILE]` (part of `make lint`). Each block is checked on its own,
after a prelude that declares the objects the prose speaks of (`client`, `bill`, ...); errors
are reported at their line in the README.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: What the README's snippets take as given: objects an earlier step would have produced.
PRELUDE = """\
import datetime
from datetime import date, datetime as dt_datetime, timezone
from decimal import Decimal

import billcom
from billcom import BillCom
from billcom.models import Bill, Customer, Invoice, Vendor

client: BillCom
bill: Bill
bill_id: str
customer: Customer
invoice: Invoice
user_id: str
vendor: Vendor
stored_mfa_id: str
"""

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(text: str) -> list[tuple[int, str]]:
    """(line number of the block's first code line, code) of every ```python block."""
    return [
        (text.count("\n", 0, match.start(1)) + 1, match.group(1)) for match in _BLOCK.finditer(text)
    ]


def check(text: str, name: str = "README.md") -> list[str]:
    """mypy --strict errors of every block, as `name:LINE: error: ...`."""
    found = blocks(text)
    offset = PRELUDE.count("\n")
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for index, (start, code) in enumerate(found):
            path = Path(tmp) / f"readme_block_{index}.py"
            path.write_text(PRELUDE + code, encoding="utf-8")
            paths[path.name] = start
        # In a child process: mypy raises the interpreter's recursion limit for good.
        stdout = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    errors = []
    for line in stdout.splitlines():
        where = re.match(r"^(?:.*/)?(readme_block_\d+\.py):(\d+): (.*)$", line)
        if where is None:
            continue
        at = paths[where.group(1)] + int(where.group(2)) - offset - 1
        errors.append(f"{name}:{at}: {where.group(3)}")
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "README.md"
    text = path.read_text(encoding="utf-8")
    errors = check(text, path.name)
    for error in errors:
        print(error)
    count = len(blocks(text))
    print(f"{path.name}: {count} Python blocks, {sum(': error:' in e for e in errors)} errors")
    return 1 if any(": error:" in e for e in errors) else 0


if __name__ == "__main__":
    raise SystemExit(main())
