"""Mirror Bill.com organizations into a database: DuckDB by default, any dlt destination.

    from billcom.sync import run_sync

    report = run_sync("billcom.duckdb")   # credentials from BILLCOM_* environment variables
    print(report.table())                 # rows added, updated and deleted per entity

Or from a shell: `python -m billcom.sync --to duckdb:///billcom.duckdb`. Needs the `sync`
extra: `pip install "billcom[sync]"` (dlt with DuckDB).
"""

from __future__ import annotations

# First: without dlt, importing billcom.sync fails here, in one line naming the install.
from ._require import INSTALL_HINT

# isort: split
from ._budget import HourlyBudget
from ._fetch import Tally
from ._run import ClientFactory, EntityReport, Progress, SyncReport, destination_of, run_sync
from ._source import billcom_source, default_entities, find_entity

__all__ = [
    "INSTALL_HINT",
    "ClientFactory",
    "EntityReport",
    "HourlyBudget",
    "Progress",
    "SyncReport",
    "Tally",
    "billcom_source",
    "default_entities",
    "destination_of",
    "find_entity",
    "run_sync",
]
