"""Results store for batch runs (DuckDB by default); see duckdb_store for the schema."""

from auditor.store.duckdb_store import DOC_TABLES, EXAMPLE_QUERIES, SCHEMA, Store

__all__ = ["DOC_TABLES", "EXAMPLE_QUERIES", "SCHEMA", "Store"]
