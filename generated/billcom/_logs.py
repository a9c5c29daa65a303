"""`BILLCOM_LOG=debug` or `info`: the `billcom` logger's records on stderr, with no code.

Applications that configure logging themselves need none of this; the variable is for a quick
look at what the client sends and retries. Secrets never reach these records.
"""

from __future__ import annotations

import logging
import os

ENV_VAR = "BILLCOM_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Marks the handler this module added, so it is added once."""


def configure_from_env() -> None:
    level = _LEVELS.get(os.environ.get(ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("billcom")
    if not any(isinstance(h, _Handler) for h in logger.handlers):
        handler = _Handler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
