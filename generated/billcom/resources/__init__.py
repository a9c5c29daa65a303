# Generated from spec/entities by codegen. Do not edit: run make generate.
"""One resource module per entity; the clients import them on first use."""

__all__: list[str] = [
    "bills",
    "customers",
    "invoices",
    "vendors",
]
