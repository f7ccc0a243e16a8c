"""Results store for batch runs (DuckDB); see auditor.store.schema for the tables."""

from auditor.store.duckdb_store import Store, StoreBusy, StoreError
from auditor.store.schema import DOC_TABLES, EXAMPLE_QUERIES, SCHEMA_VERSION

__all__ = ["DOC_TABLES", "EXAMPLE_QUERIES", "SCHEMA_VERSION", "Store", "StoreBusy", "StoreError"]
