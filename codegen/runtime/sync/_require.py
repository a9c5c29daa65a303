"""The sync's dependencies: dlt (with DuckDB), from the `sync` extra; one line when missing."""

from __future__ import annotations

import sys

#: What installs the sync's dependencies (kept optional so the client stays light).
INSTALL_HINT = 'pip install "billcom[sync]"'

try:
    import dlt  # noqa: F401
except ImportError:  # the sync extra is missing
    _message = f"billcom.sync needs dlt, from the sync extra: {INSTALL_HINT}"
    if sys.argv[:1] == ["-m"]:  # `python -m billcom.sync`: one line, no traceback
        print(f"error: {_message}", file=sys.stderr)
        raise SystemExit(2) from None
    raise ModuleNotFoundError(_message, name="dlt") from None
