"""DuckDB as the sync's default destination: dlt's own, loading JSON lines with the table's types.

dlt's DuckDB destination loads `insert_values` files by default: DuckDB parses such statements
at about 10 µs a value, so 20,000 Bill.com rows take half a minute. JSON lines load in about a
second, but dlt reads them with `read_json`'s type detection: a text column whose values all look
like timestamps comes back reformatted (`2024-07-30T20:33:28.000+0000` becomes `2024-07-30
20:33:28+00`), and a key first seen past the detection sample fails the load. Here each file is
read with the destination table's own column types instead (`read_json(..., columns={...})`):
nothing is detected, text stays as written, amounts are cast from their exact text to DECIMAL,
missing keys are NULL.
"""

from __future__ import annotations

from typing import Any

from dlt.destinations import duckdb
from dlt.destinations.impl.duckdb.duck import DuckDbClient, DuckDbCopyJob


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class _TypedJsonCopyJob(DuckDbCopyJob):
    """Insert one JSON-lines file, each key read as its table column's type."""

    def run(self) -> None:
        sql = self._job_client.sql_client
        table = sql.make_qualified_table_name(self.load_table_name)
        described = sql.execute_sql(f"DESCRIBE {table}") or []
        columns = ", ".join(f"{_literal(row[0])}: {_literal(row[1])}" for row in described)
        sql.execute_sql(
            f"INSERT INTO {table} BY NAME SELECT * FROM read_json({_literal(self._file_path)},"
            f" format = 'newline_delimited', columns = {{{columns}}})"
        )


class _TypedDuckDbClient(DuckDbClient):
    def create_load_job(
        self, table: Any, file_path: str, load_id: str, restore: bool = False
    ) -> Any:
        job = super().create_load_job(table, file_path, load_id, restore)
        if type(job) is DuckDbCopyJob and ".jsonl" in file_path:
            return _TypedJsonCopyJob(file_path)
        return job


class TypedDuckDb(duckdb):
    """dlt's DuckDB destination (same configuration, same name) with typed JSON-lines loads."""

    @property
    def destination_type(self) -> str:
        return "dlt.destinations.duckdb"

    @property
    def client_class(self) -> type[DuckDbClient]:
        return _TypedDuckDbClient
