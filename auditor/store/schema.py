"""Schema of the batch store (DuckDB), version 2.

Logical keys in brackets; no SQL constraints, so a document can be replaced by DELETE + INSERT
inside one transaction and bulk inserts stay fast.

Documents (one per file: identity = the file's place in the corpus + its content hash)

  runs        [run_id]  started_at, finished_at, tool_version, root, executor, workers, config
              (JSON), n_files, n_done, n_skipped, n_errors, status ('running' | 'finished' |
              'interrupted'; a run found 'running' by the next writer is marked 'interrupted'),
              n_reused (documents copied from identical content), n_pruned, n_skipped_inputs
  files       [path]  sha256, county, run_id, seen_at, size, mtime_ns, province
              -- every file seen; (size, mtime_ns) lets a re-run skip re-hashing unchanged files
  documents   [doc_id]  doc_id = sha256(path NUL content-sha256)[:32]; path (absolute), county,
              province, sha256 (of the file bytes), unit, year, layout, score (0–100, corpus
              findings included), n_tables, n_rows, n_findings (= n_doc_findings + n_corpus),
              n_doc_findings, n_corpus (T106 findings), own_score (score without corpus
              findings), table_score, doc_penalty (uncapped document-level penalty of its own
              findings), run_id, processed_at, tool_version,
              doc (legacy JSON column, no longer written)
  tables      [doc_id, table_index]  kind, project, budget_wan, goal, score, n_rows
  rows        [doc_id, table_index, row_index]  level1, level2, level3, description, value, basis,
              comparator, number, value_unit, norm_key (normalised 三级|指标值), location, flags
  doc_findings [doc_id, seq]  the document's own findings (origin 'document')
              (corpus findings are numbered n_doc_findings + link_no: unique, not dense)
  findings    VIEW = doc_findings + corpus_findings: code, family, severity, scope, table_index,
              row_index, name, message, evidence, fix, origin ('document' | 'corpus')
  grades      [doc_id, table_index, row_index]  specificity, grader, prompt_version, reasons
              (JSON), rewrite_level3, rewrite_value, rewrite_definition, rewrite_evidence,
              fallback_reason
  errors      [path]  sha256, county, kind ('input' | 'internal' | 'limit' | 'crash' |
              'storage'), message, run_id, failed_at, attempts (worker deaths so far),
              quarantined (a file that killed a worker twice: not retried without --retry-errors)
  meta        [key]  value: schema_version, T106 settings of the last corpus pass

Cross-document index for T106 (auditor.store.corpus; skeleton = normalised indicator text)

  t106_links    [doc_id, table_index, row_index]  link_no, skel_id, text (the row's indicator text)
  skeletons     [skel_id]  skeleton, len, indexed (candidate search done)
  skel_bands    band, key, skel_id       -- MinHash LSH band keys (computed in the workers)
  skel_edges    a, b                     -- verified near-duplicate pairs (a < b)
  skel_cluster  [skel_id]  cluster_id    -- connected components (id = smallest skel_id)
  t106_clusters [cluster_id]  n_groups (county+unit pairs holding it), active (reported),
                groups, labels (the first four groups, for the evidence)
  corpus_dirty  skel_id                  -- skeletons whose documents changed since the last pass
  corpus_findings VIEW: one T106 finding per linked row of an active cluster
"""

from __future__ import annotations

import duckdb

SCHEMA_VERSION = 2

# Columns written from the workers' NDJSON records, per table (name, DuckDB type).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc_id", "VARCHAR"),
        ("path", "VARCHAR"),
        ("county", "VARCHAR"),
        ("unit", "VARCHAR"),
        ("year", "INTEGER"),
        ("layout", "VARCHAR"),
        ("score", "DOUBLE"),
        ("n_tables", "INTEGER"),
        ("n_rows", "INTEGER"),
        ("n_findings", "INTEGER"),
        ("table_score", "DOUBLE"),
        ("doc_penalty", "DOUBLE"),
        ("sha256", "VARCHAR"),
        ("province", "VARCHAR"),
        ("n_doc_findings", "INTEGER"),
        ("n_corpus", "INTEGER"),
        ("own_score", "DOUBLE"),
    ),
    "tables": (
        ("doc_id", "VARCHAR"),
        ("table_index", "INTEGER"),
        ("kind", "VARCHAR"),
        ("project", "VARCHAR"),
        ("budget_wan", "DOUBLE"),
        ("goal", "VARCHAR"),
        ("score", "DOUBLE"),
        ("n_rows", "INTEGER"),
    ),
    "rows": (
        ("doc_id", "VARCHAR"),
        ("table_index", "INTEGER"),
        ("row_index", "INTEGER"),
        ("level1", "VARCHAR"),
        ("level2", "VARCHAR"),
        ("level3", "VARCHAR"),
        ("description", "VARCHAR"),
        ("value", "VARCHAR"),
        ("basis", "VARCHAR"),
        ("comparator", "VARCHAR"),
        ("number", "DOUBLE"),
        ("value_unit", "VARCHAR"),
        ("norm_key", "VARCHAR"),
        ("location", "VARCHAR"),
        ("flags", "VARCHAR[]"),
    ),
    "doc_findings": (
        ("doc_id", "VARCHAR"),
        ("seq", "INTEGER"),
        ("code", "VARCHAR"),
        ("family", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("scope", "VARCHAR"),
        ("table_index", "INTEGER"),
        ("row_index", "INTEGER"),
        ("name", "VARCHAR"),
        ("message", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("fix", "VARCHAR"),
        ("origin", "VARCHAR"),
    ),
    "grades": (
        ("doc_id", "VARCHAR"),
        ("table_index", "INTEGER"),
        ("row_index", "INTEGER"),
        ("specificity", "INTEGER"),
        ("grader", "VARCHAR"),
        ("prompt_version", "VARCHAR"),
        ("reasons", "JSON"),
        ("rewrite_level3", "VARCHAR"),
        ("rewrite_value", "VARCHAR"),
        ("rewrite_definition", "VARCHAR"),
        ("rewrite_evidence", "VARCHAR"),
        ("fallback_reason", "VARCHAR"),
    ),
    "t106_links": (
        ("doc_id", "VARCHAR"),
        ("table_index", "INTEGER"),
        ("row_index", "INTEGER"),
        ("link_no", "INTEGER"),
        ("skel_id", "BIGINT"),
        ("text", "VARCHAR"),
    ),
    "skeletons": (
        ("skel_id", "BIGINT"),
        ("skeleton", "VARCHAR"),
        ("len", "INTEGER"),
        ("bands", "BIGINT[]"),
    ),
}

# Tables holding one document's data (replaced together), in the order they are written.
DOC_TABLES = ("documents", "tables", "rows", "doc_findings", "grades", "t106_links")


def _cols(table: str, extra: str = "") -> str:
    return ", ".join(f"{n} {t}" for n, t in COLUMNS[table]) + extra


DDL = f"""
CREATE TABLE IF NOT EXISTS runs (
  run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, tool_version VARCHAR, root VARCHAR,
  executor VARCHAR, workers INTEGER, config JSON, n_files INTEGER, n_done INTEGER,
  n_skipped INTEGER, n_errors INTEGER, status VARCHAR, n_reused INTEGER, n_pruned INTEGER,
  n_skipped_inputs INTEGER);
CREATE TABLE IF NOT EXISTS files (
  path VARCHAR, sha256 VARCHAR, county VARCHAR, run_id VARCHAR, seen_at TIMESTAMP, size BIGINT,
  mtime_ns BIGINT, province VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
  doc_id VARCHAR, path VARCHAR, county VARCHAR, unit VARCHAR, year INTEGER, layout VARCHAR,
  score DOUBLE, n_tables INTEGER, n_rows INTEGER, n_findings INTEGER, run_id VARCHAR,
  processed_at TIMESTAMP, tool_version VARCHAR, table_score DOUBLE, doc_penalty DOUBLE, doc JSON,
  sha256 VARCHAR, province VARCHAR, n_doc_findings INTEGER, n_corpus INTEGER, own_score DOUBLE);
CREATE TABLE IF NOT EXISTS tables ({_cols("tables")});
CREATE TABLE IF NOT EXISTS rows ({_cols("rows")});
CREATE TABLE IF NOT EXISTS doc_findings ({_cols("doc_findings")});
CREATE TABLE IF NOT EXISTS grades ({_cols("grades")});
CREATE TABLE IF NOT EXISTS errors (
  sha256 VARCHAR, path VARCHAR, county VARCHAR, kind VARCHAR, message VARCHAR, run_id VARCHAR,
  failed_at TIMESTAMP, attempts INTEGER, quarantined BOOLEAN);
CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);
CREATE TABLE IF NOT EXISTS t106_links ({_cols("t106_links")});
CREATE TABLE IF NOT EXISTS skeletons (
  skel_id BIGINT, skeleton VARCHAR, len INTEGER, indexed BOOLEAN);
CREATE TABLE IF NOT EXISTS skel_bands (band UTINYINT, key BIGINT, skel_id BIGINT);
CREATE TABLE IF NOT EXISTS skel_edges (a BIGINT, b BIGINT);
CREATE TABLE IF NOT EXISTS skel_cluster (skel_id BIGINT, cluster_id BIGINT);
CREATE TABLE IF NOT EXISTS t106_clusters (
  cluster_id BIGINT, n_groups INTEGER, active BOOLEAN, groups VARCHAR[], labels VARCHAR[]);
CREATE TABLE IF NOT EXISTS corpus_dirty (skel_id BIGINT);
"""

# A row of the corpus index becomes a T106 finding when its cluster is active and T106 is
# enabled (meta). The evidence lists up to three other county/unit groups of the cluster.
VIEWS = """
CREATE OR REPLACE VIEW corpus_findings AS
WITH s AS (
  SELECT coalesce(max(value) FILTER (WHERE key = 't106_severity'), 'info') AS severity,
         coalesce(max(value) FILTER (WHERE key = 't106_enabled'), 'true') = 'true' AS enabled,
         coalesce(max(value) FILTER (WHERE key = 'lang'), 'zh') AS lang
  FROM meta),
x AS (
  SELECT l.doc_id, l.table_index, l.row_index, l.link_no, l.text, c.n_groups, c.labels, d.n_doc_findings,
         list_position(c.groups, d.county || chr(31) || d.unit) AS pos, s.severity, s.lang
  FROM t106_links l JOIN skel_cluster k USING (skel_id) JOIN t106_clusters c USING (cluster_id)
  JOIN documents d USING (doc_id), s
  WHERE c.active AND s.enabled)
SELECT doc_id,
       n_doc_findings + link_no AS seq,
       'T106' AS code, 'T' AS family, severity, 'corpus' AS scope, table_index, row_index,
       'cross-unit-copy' AS name,
       CASE WHEN lang = 'en'
            THEN 'indicator text also appears in ' || (n_groups - 1) || ' other unit(s)'' disclosures'
            ELSE '指标“' || CASE WHEN length(text) <= 30 THEN text ELSE text[1:29] || '…' END
                 || '”与其他单位公开文件中的指标文字相同或近乎相同，疑为照抄' END AS message,
       '“' || CASE WHEN length(text) <= 40 THEN text ELSE text[1:39] || '…' END || '”亦见于 '
       || array_to_string(CASE WHEN pos IS NULL OR pos > 3 THEN labels[1:3]
                               ELSE list_concat(labels[1:pos - 1], labels[pos + 1:4]) END, '、')
       || CASE WHEN n_groups - 1 > 3 THEN '等' || (n_groups - 1) || '个单位' ELSE '' END
       || '（数字除外相同或近乎相同）' AS evidence,
       NULL::VARCHAR AS fix, 'corpus' AS origin
FROM x;
CREATE OR REPLACE VIEW findings AS
SELECT doc_id, seq, code, family, severity, scope, table_index, row_index, name, message,
       evidence, fix, origin FROM doc_findings
UNION ALL
SELECT * FROM corpus_findings;
"""

EXAMPLE_QUERIES = """
-- units ranked by mean score
SELECT county, unit, round(avg(score), 1) AS score, sum(n_rows) AS rows
FROM documents GROUP BY ALL ORDER BY score;
-- findings per 100 rows by county and family
SELECT d.county, f.family, round(100.0 * count(*) / any_value(r.n), 1) AS per_100_rows
FROM findings f JOIN documents d USING (doc_id)
JOIN (SELECT county, sum(n_rows) AS n FROM documents GROUP BY county) r USING (county)
GROUP BY ALL ORDER BY 1, 2;
-- the most widespread templated indicators (same normalised 三级+指标值)
SELECT any_value(level3) AS level3, any_value(value) AS value,
       count(DISTINCT (d.county, d.unit)) AS units, count(DISTINCT d.county) AS counties
FROM rows JOIN documents d USING (doc_id) GROUP BY norm_key ORDER BY units DESC LIMIT 20;
-- every error of one unit, with the row
SELECT f.code, f.message, r.level3, r.value FROM findings f JOIN documents d USING (doc_id)
LEFT JOIN rows r USING (doc_id, table_index, row_index)
WHERE d.unit LIKE '%工业和信息化局%' AND f.severity = 'error';
-- the same indicator text in several counties (T106 clusters)
SELECT c.n_groups, any_value(l.text) AS text FROM t106_clusters c
JOIN skel_cluster k USING (cluster_id) JOIN t106_links l USING (skel_id)
WHERE c.active GROUP BY c.cluster_id, c.n_groups ORDER BY c.n_groups DESC LIMIT 20;
"""


class StoreVersionError(RuntimeError):
    """The store was written by an older version of the tool (schema 1)."""


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    q = "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'"
    row = con.execute(q, [name]).fetchone()
    return bool(row and row[0])


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version of an existing store; None for an empty file; 1 for the first layout."""
    if not _has_table(con, "documents"):
        return None
    if not _has_table(con, "meta"):
        return 1
    row = con.execute("SELECT max(value) FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row and row[0] else 1


def old_store_message(path: str, version: int) -> str:
    return (
        f"数据库 {path} 由旧版本写入（结构版本 {version}，当前为 {SCHEMA_VERSION}），不能继续增量写入："
        "请指定一个新的 --db 文件重新运行；旧文件仍可用 DuckDB/SQL 直接查询"
        f" (store written by an older version, schema {version}; use a new --db file)"
    )


def ensure_schema(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Create the tables and views of a new store; refuse an old one with a clear message."""
    version = stored_version(con)
    if version is not None and version < SCHEMA_VERSION:
        raise StoreVersionError(old_store_message(path, version))
    con.execute(DDL)
    con.execute(VIEWS)
    if version is None:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
