"""The `billcom` command line (the `cli` extra: typer and rich).

billcom login
billcom vendors list --filter 'isActive = 1' --format csv > vendors.csv
billcom call PayBills --data @pay.json
"""

from __future__ import annotations

import importlib.util
import sys

INSTALL_HINT = 'pip install "billcom[cli]"'


def main() -> None:
    """Run the command, or say in one line which install it needs."""
    for module in ("typer", "rich"):
        if importlib.util.find_spec(module) is None:
            sys.stderr.write(
                f"billcom: the command needs {module}, from the cli extra: {INSTALL_HINT}\n"
            )
            raise SystemExit(1)
    from ._app import main as run

    run()
