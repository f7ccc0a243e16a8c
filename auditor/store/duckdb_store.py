"""DuckDB results store for batch runs: one file, plain SQL (schema in auditor.store.schema).

Only the coordinating process writes. Workers return compact NDJSON records
(auditor.store.records) which `auditor.store.writer.BatchWriter` commits in batches, one
transaction per batch: a run killed at any moment leaves only complete documents. A store held
by another process, a file that is not a DuckDB store and a store of an older schema give a
`StoreError` with a Chinese message, never a DuckDB traceback.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from auditor import __version__
from auditor.store.schema import (
    DOC_TABLES,
    EXAMPLE_QUERIES,
    SCHEMA_VERSION,
    StoreVersionError,
    ensure_schema,
    old_store_message,
    stored_version,
)

__all__ = ["DOC_TABLES", "EXAMPLE_QUERIES", "Store", "StoreBusy", "StoreError"]


class StoreError(RuntimeError):
    """The store cannot be used; the message (Chinese, English in parentheses) says why."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock (e.g. a batch still running)."""


def _now() -> _dt.datetime:
    return _dt.datetime.now()


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        text = str(exc)
        if "lock" in text.lower():
            m = re.search(r"PID (\d+)", text)
            who = f"（进程 {m.group(1)}）" if m else ""
            raise StoreBusy(
                f"数据库 {path} 正被另一个进程使用{who}，可能另一个 auditor batch 正在写入："
                "请等它结束后再运行；运行中无法生成报告"
                " (the store is in use by another process)"
            ) from None
        if "not a valid DuckDB database" in text:
            raise StoreError(
                f"{path} 不是 DuckDB 数据库文件，请换一个 --db 路径 (not a DuckDB store)"
            ) from None
        raise StoreError(f"无法打开数据库 {path} (cannot open the store): {text}") from None


class Store:
    """A DuckDB file holding batch results (see auditor.store.schema for the tables).

    `memory_limit` caps DuckDB's buffer pool (it spills to disk beyond it) and `threads` its
    worker threads, so the coordinator's memory stays flat while the workers use the cores."""

    def __init__(
        self,
        path: str | Path,
        read_only: bool = False,
        memory_limit: str | None = None,
        threads: int | None = None,
    ):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"找不到数据库 {self.path} (store not found)")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(self.path, read_only)
        try:
            if memory_limit:
                self.con.execute(f"SET memory_limit = '{memory_limit}'")
            if threads:
                self.con.execute(f"SET threads = {int(threads)}")
            self.con.execute("SET preserve_insertion_order = false")
            if read_only:
                version = stored_version(self.con)
                if version is not None and version < SCHEMA_VERSION:
                    raise StoreError(old_store_message(str(self.path), version))
            else:
                ensure_schema(self.con, str(self.path))
        except StoreVersionError as exc:
            self.con.close()
            raise StoreError(str(exc)) from None
        except BaseException:
            self.con.close()
            raise

    # -- context manager ------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries --------------------------------------------------------------------------------
    def sql(self, query: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.con.execute(query, list(params or [])).fetchall()

    def scalar(self, query: str, params: Sequence[Any] | None = None) -> Any:
        row = self.con.execute(query, list(params or [])).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        tables = (*DOC_TABLES, "findings", "errors", "runs", "files")
        return {t: int(self.scalar(f"SELECT count(*) FROM {t}")) for t in tables}

    def set_meta(self, values: dict[str, str]) -> None:
        self.con.execute("DELETE FROM meta WHERE key IN (SELECT unnest(?))", [list(values)])
        self.con.execute(
            "INSERT INTO meta SELECT unnest(?), unnest(?)", [list(values), list(values.values())]
        )

    def meta(self, key: str) -> str | None:
        value = self.scalar("SELECT max(value) FROM meta WHERE key = ?", [key])
        return str(value) if value is not None else None

    # -- runs -----------------------------------------------------------------------------------
    def mark_interrupted_runs(self) -> list[str]:
        """Runs still 'running' while we hold the write lock died without finishing (killed,
        power loss): mark them 'interrupted' and return their ids."""
        stale = [r[0] for r in self.sql("SELECT run_id FROM runs WHERE status = 'running'")]
        if stale:
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        return stale

    def start_run(
        self, run_id: str, root: str, executor: str, workers: int, config: Any, n_files: int
    ) -> None:
        cfg = config.model_dump(mode="json") if hasattr(config, "model_dump") else {}
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'running', 0, 0, 0)",
            [
                run_id,
                _now(),
                __version__,
                root,
                executor,
                workers,
                json.dumps(cfg, ensure_ascii=False),
                n_files,
            ],
        )

    def finish_run(self, run_id: str, counts: dict[str, int], status: str = "finished") -> None:
        keys = ("n_done", "n_skipped", "n_errors", "n_reused", "n_pruned", "n_skipped_inputs")
        sets = ", ".join(f"{k} = ?" for k in keys)
        self.con.execute(
            f"UPDATE runs SET finished_at = ?, status = ?, {sets} WHERE run_id = ?",
            [_now(), status, *(counts.get(k, 0) for k in keys), run_id],
        )

    # -- planning a run: the files found, their hashes, what is already stored ------------------
    def load_scan(self, entries: Sequence[tuple[str, int, int, str, str]]) -> None:
        """Temp table `scan` (path, size, mtime_ns, county, province, sha256) of the files found;
        sha256 filled from `files` where path, size and mtime are unchanged."""
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE scan (path VARCHAR, size BIGINT, mtime_ns BIGINT, "
            "county VARCHAR, province VARCHAR, sha256 VARCHAR)"
        )
        if entries:
            cols = [list(c) for c in zip(*entries)]
            self.con.execute(
                "INSERT INTO scan SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?), NULL",
                cols,
            )
        self.con.execute(
            "UPDATE scan SET sha256 = f.sha256 FROM files f WHERE f.path = scan.path "
            "AND f.size = scan.size AND f.mtime_ns = scan.mtime_ns AND f.sha256 IS NOT NULL"
        )

    def unhashed(self, max_size: int) -> list[str]:
        cond = "AND size <= ?" if max_size else "AND ? = 0"
        q = f"SELECT path FROM scan WHERE sha256 IS NULL {cond} ORDER BY path"
        return [r[0] for r in self.sql(q, [max_size])]

    def set_hashes(self, pairs: Sequence[tuple[str, str]]) -> None:
        if not pairs:
            return
        paths, shas = (list(c) for c in zip(*pairs))
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE _h AS SELECT unnest(?) AS path, unnest(?) AS sha256",
            [paths, shas],
        )
        self.con.execute("UPDATE scan SET sha256 = _h.sha256 FROM _h WHERE scan.path = _h.path")
        self.con.execute("DROP TABLE _h")

    def classify(self) -> Iterator[tuple[Any, ...]]:
        """Per scanned file: path, sha256, county, province, size, stored doc_id, whether the
        stored document is this content in this place, the stored error (kind, same content,
        attempts, quarantined) and a stored document with the same content (to reuse)."""
        cur = self.con.execute("""
            SELECT s.path, s.sha256, s.county, s.province, s.size, d.doc_id,
                   coalesce(d.sha256 = s.sha256 AND d.county = s.county
                            AND coalesce(d.province, '') = s.province, false) AS unchanged,
                   e.kind, coalesce(e.sha256 = s.sha256, false) AS same_error,
                   coalesce(e.attempts, 0), coalesce(e.quarantined, false), src.doc_id
            FROM scan s
            LEFT JOIN documents d ON d.path = s.path
            LEFT JOIN errors e ON e.path = s.path
            LEFT JOIN (SELECT d.sha256, min(d.doc_id) AS doc_id FROM documents d
                       WHERE NOT EXISTS (SELECT 1 FROM scan x WHERE x.path = d.path
                                         AND x.sha256 IS DISTINCT FROM d.sha256)
                       GROUP BY d.sha256) src
                   ON src.sha256 = s.sha256
            ORDER BY s.path""")
        while batch := cur.fetchmany(10_000):  # the caller runs no other query meanwhile
            yield from batch

    def record_files(self, run_id: str) -> None:
        """Remember path -> content -> county for every scanned file (latest wins)."""
        self.con.execute("DELETE FROM files WHERE path IN (SELECT path FROM scan)")
        self.con.execute(
            "INSERT INTO files SELECT path, sha256, county, ?, ?, size, mtime_ns, province FROM scan",
            [run_id, _now()],
        )

    def prune(self, root: str) -> int:
        """Delete the documents, errors and file records under `root` whose file is gone."""
        like = root.rstrip("/").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like += "/%"
        gone = "path LIKE ? ESCAPE '\\' AND path NOT IN (SELECT path FROM scan)"
        ids = [r[0] for r in self.sql(f"SELECT doc_id FROM documents WHERE {gone}", [like])]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.delete_documents(ids)
            self.con.execute(f"DELETE FROM errors WHERE {gone}", [like])
            self.con.execute(f"DELETE FROM files WHERE {gone}", [like])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(ids)

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        """Delete documents and everything under them (inside the caller's transaction); their
        skeletons are marked for the next corpus pass."""
        ids = sorted(set(doc_ids))
        if not ids:
            return
        con = self.con
        con.execute("CREATE OR REPLACE TEMP TABLE _del AS SELECT unnest(?) AS doc_id", [ids])
        con.execute(
            "INSERT INTO corpus_dirty SELECT DISTINCT skel_id FROM t106_links "
            "WHERE doc_id IN (SELECT doc_id FROM _del)"
        )
        for tbl in DOC_TABLES:
            con.execute(f"DELETE FROM {tbl} WHERE doc_id IN (SELECT doc_id FROM _del)")
        con.execute("DROP TABLE _del")
        removed = int(self.meta("removed_since_pass") or 0) + len(ids)
        self.set_meta({"removed_since_pass": str(removed)})

    # -- export ---------------------------------------------------------------------------------
    def export_parquet(self, out_dir: str | Path) -> list[Path]:
        """COPY each table to <out_dir>/<table>.parquet (documents without the legacy JSON)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for tbl in ("documents", "tables", "rows", "findings", "grades", "errors", "runs"):
            target = out / f"{tbl}.parquet"
            select = (
                "SELECT * EXCLUDE (doc) FROM documents"
                if tbl == "documents"
                else f"SELECT * FROM {tbl}"
            )
            self.con.execute(f"COPY ({select}) TO '{sql_str(target)}' (FORMAT parquet)")
            written.append(target)
        return written


def sql_str(p: str | Path) -> str:
    """A path inside a single-quoted SQL string literal."""
    return str(p).replace("'", "''")
