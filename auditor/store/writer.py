"""Batched, crash-safe writes of worker results into the store.

`BatchWriter` collects per-document payloads (NDJSON bytes from the workers), copies of
documents whose content is already stored (same bytes in another place: computed once, reused)
and file errors, and `flush()` commits them in ONE transaction: the earlier versions of these
paths are deleted, the spooled NDJSON is read by DuckDB's `read_json` (no Python objects per
row in the coordinator), new skeletons and their LSH bands are added to the T106 index and the
touched skeletons are marked for the next corpus pass.

If a batch cannot be written (a value DuckDB rejects), it is rolled back and written one
document at a time, so only the offending file becomes a `storage` error.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from auditor import __version__
from auditor.store.duckdb_store import Store, _now, sql_str
from auditor.store.records import Payload, Placement
from auditor.store.schema import COLUMNS, DOC_TABLES


@dataclass
class FileError:
    place: Placement | None  # None for a file that was never hashed (over the size limit)
    path: str
    county: str
    kind: str  # input | internal | limit | crash | storage
    message: str
    attempts: int = 0
    quarantined: bool = False


@dataclass
class Pending:
    payloads: list[tuple[Placement, Payload]] = field(default_factory=list)
    copies: list[tuple[Placement, str]] = field(default_factory=list)  # (place, source doc_id)
    errors: list[FileError] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.payloads) + len(self.copies) + len(self.errors)


@dataclass
class FlushResult:
    stored: list[Placement] = field(default_factory=list)
    copied: list[Placement] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)  # recorded errors (incl. storage)


def spool_dir(db: Path) -> Path:
    return db.with_name(f".{db.name}.spool")


def _columns_arg(table: str) -> str:
    return "{" + ", ".join(f"'{n}': '{t}'" for n, t in COLUMNS[table]) + "}"


def _read_json(path: Path, table: str) -> str:
    return (
        f"read_json('{sql_str(path)}', format = 'newline_delimited', "
        f"columns = {_columns_arg(table)})"
    )


class BatchWriter:
    """Collects results and commits them in batches (see the module docstring)."""

    def __init__(self, store: Store, run_id: str):
        self.store = store
        self.run_id = run_id
        # one spool folder per store, next to it: the store's lock makes it ours, and a run
        # killed before cleaning up leaves it to the next run on that store to clear
        self.spool = spool_dir(store.path)
        shutil.rmtree(self.spool, ignore_errors=True)
        self.spool.mkdir(parents=True)
        self.pending = Pending()

    def close(self) -> None:
        shutil.rmtree(self.spool, ignore_errors=True)

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- collecting ------------------------------------------------------------------------------
    def add_payload(self, place: Placement, payload: Payload) -> None:
        self._supersede(place.path)
        self.pending.payloads.append((place, payload))

    def add_copy(self, place: Placement, source_doc_id: str) -> None:
        self._supersede(place.path)
        self.pending.copies.append((place, source_doc_id))

    def add_error(self, error: FileError) -> None:
        self._supersede(error.path)
        self.pending.errors.append(error)

    def _supersede(self, path: str) -> None:
        """A newer outcome for a file replaces a pending error for it (a retried crash)."""
        if any(e.path == path for e in self.pending.errors):
            self.pending.errors = [e for e in self.pending.errors if e.path != path]

    # -- committing ------------------------------------------------------------------------------
    def flush(self) -> FlushResult:
        """Commit everything pending; returns what was stored and which files failed."""
        batch, self.pending = self.pending, Pending()
        if not len(batch):
            return FlushResult()
        try:
            return self._commit(batch)
        except duckdb.Error:
            if len(batch) == 1:
                return self._commit(self._as_storage_error(batch))
        out = FlushResult()
        for one in self._singles(batch):
            try:
                res = self._commit(one)
            except duckdb.Error:
                res = self._commit(self._as_storage_error(one))
            out.stored += res.stored
            out.copied += res.copied
            out.errors += res.errors
        return out

    @staticmethod
    def _singles(batch: Pending) -> Iterator[Pending]:
        for p in batch.payloads:
            yield Pending(payloads=[p])
        for c in batch.copies:
            yield Pending(copies=[c])
        for e in batch.errors:
            yield Pending(errors=[e])

    @staticmethod
    def _as_storage_error(one: Pending) -> Pending:
        """A single document DuckDB refused: record it as a storage error for its file."""
        errors = list(one.errors)
        for place, _ in [*one.payloads, *one.copies]:
            errors.append(
                FileError(
                    place,
                    place.path,
                    place.county,
                    "storage",
                    f"{place.path}: 结果无法写入数据库（数据中有数据库不能保存的值）"
                    " (the results could not be stored)",
                )
            )
        return Pending(errors=errors)

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self.store.con
        con.execute("BEGIN TRANSACTION")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _commit(self, batch: Pending) -> FlushResult:
        places = [p for p, _ in batch.payloads] + [p for p, _ in batch.copies]
        # the stored version of each path (the same doc_id too, when a run is forced)
        replaced = {p.old_doc_id for p in places if p.old_doc_id}
        replaced |= {e.place.old_doc_id for e in batch.errors if e.place and e.place.old_doc_id}
        sources = self._sources(batch.payloads)
        with self._transaction() as con:
            if self._stored_any(replaced):
                self.store.delete_documents(replaced)
            paths = [p.path for p in places] + [e.path for e in batch.errors]
            con.execute("DELETE FROM errors WHERE path IN (SELECT unnest(?))", [paths])
            self._insert_sources(con, sources)
            self._insert_copies(con, batch.copies)
            self._insert_errors(con, batch.errors)
        return FlushResult(
            [p for p, _ in batch.payloads], [p for p, _ in batch.copies], list(batch.errors)
        )

    def _stored_any(self, doc_ids: set[str]) -> bool:
        if not doc_ids:
            return False
        q = "SELECT count(*) FROM documents WHERE doc_id IN (SELECT unnest(?))"
        return bool(self.store.scalar(q, [sorted(doc_ids)]))

    def _sources(self, payloads: list[tuple[Placement, Payload]]) -> dict[str, list[str]]:
        """Per table, the relations to insert from: the spooled NDJSON of local workers and
        the Parquet partitions written by Ray tasks (read by DuckDB directly)."""
        files: dict[str, Path] = {}
        handles = {}
        parquet: dict[str, list[str]] = {}
        try:
            for _, payload in payloads:
                for table, data in payload.lines.items():
                    if table not in handles:
                        files[table] = self.spool / f"{table}.ndjson"
                        handles[table] = open(files[table], "wb")  # noqa: SIM115
                    handles[table].write(data)
                for table, paths in payload.parts.items():
                    parquet.setdefault(table, []).extend(paths)
        finally:
            for h in handles.values():
                h.close()
        out: dict[str, list[str]] = {t: [_read_json(f, t)] for t, f in files.items()}
        for table, paths in parquet.items():
            listed = ", ".join(f"'{sql_str(p)}'" for p in paths)
            out.setdefault(table, []).append(f"read_parquet([{listed}])")
        return out

    def _insert_sources(
        self, con: duckdb.DuckDBPyConnection, sources: dict[str, list[str]]
    ) -> None:
        for table in DOC_TABLES:
            names = ", ".join(n for n, _ in COLUMNS[table])
            for src in sources.get(table, []):
                if table == "documents":
                    con.execute(
                        f"INSERT INTO documents ({names}, run_id, processed_at, tool_version) "
                        f"SELECT {names}, ?, ?, ? FROM {src}",
                        [self.run_id, _now(), __version__],
                    )
                else:
                    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {src}")
        for src in sources.get("t106_links", []):
            con.execute(f"INSERT INTO corpus_dirty SELECT DISTINCT skel_id FROM {src}")
        for src in sources.get("skeletons", []):
            self._insert_skeletons(con, src)

    @staticmethod
    def _insert_skeletons(con: duckdb.DuckDBPyConnection, src: str) -> None:
        """Skeletons not yet in the index, with their band keys (one row per band)."""
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _new_sk AS SELECT DISTINCT ON (skel_id) s.* FROM "
            f"{src} s ANTI JOIN skeletons k USING (skel_id)"
        )
        con.execute("INSERT INTO skeletons SELECT skel_id, skeleton, len, false FROM _new_sk")
        con.execute(
            "INSERT INTO skel_bands SELECT unnest(range(len(bands)))::UTINYINT, unnest(bands), "
            "skel_id FROM _new_sk"
        )
        con.execute("DROP TABLE _new_sk")

    def _insert_copies(
        self, con: duckdb.DuckDBPyConnection, copies: list[tuple[Placement, str]]
    ) -> None:
        """Documents whose content is already stored: their records are copied in SQL under the
        new doc_id, path and county (the corpus pass then gives them their own T106 links)."""
        if not copies:
            return
        cols = [
            [p.doc_id for p, _ in copies],
            [src for _, src in copies],
            [p.path for p, _ in copies],
            [p.county for p, _ in copies],
            [p.province for p, _ in copies],
        ]
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _copies AS SELECT unnest(?) AS new_id, unnest(?) AS "
            "src_id, unnest(?) AS path, unnest(?) AS county, unnest(?) AS province",
            cols,
        )
        names = [n for n, _ in COLUMNS["documents"]]
        override = {
            "doc_id": "c.new_id",
            "path": "c.path",
            "county": "c.county",
            "province": "c.province",
            "score": "d.own_score",
            "n_findings": "d.n_doc_findings",
            "n_corpus": "0",
        }
        select = ", ".join(override.get(n, f"d.{n}") for n in names)
        con.execute(
            f"INSERT INTO documents ({', '.join(names)}, run_id, processed_at, tool_version) "
            f"SELECT {select}, ?, ?, ? FROM _copies c JOIN documents d ON d.doc_id = c.src_id",
            [self.run_id, _now(), __version__],
        )
        for table in DOC_TABLES[1:]:
            con.execute(
                f"INSERT INTO {table} SELECT c.new_id, t.* EXCLUDE (doc_id) "
                f"FROM _copies c JOIN {table} t ON t.doc_id = c.src_id"
            )
        con.execute(
            "INSERT INTO corpus_dirty SELECT DISTINCT skel_id FROM t106_links "
            "WHERE doc_id IN (SELECT new_id FROM _copies)"
        )
        con.execute("DROP TABLE _copies")

    def _insert_errors(self, con: duckdb.DuckDBPyConnection, errors: list[FileError]) -> None:
        if not errors:
            return
        recs = [
            (
                e.place.sha256 if e.place else None,
                e.path,
                e.county,
                e.kind,
                e.message,
                e.attempts,
                e.quarantined,
            )
            for e in errors
        ]
        cols = [list(c) for c in zip(*recs)]
        con.execute(
            "INSERT INTO errors SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?), "
            "?, ?, unnest(?), unnest(?)",
            [*cols[:5], self.run_id, _now(), *cols[5:]],
        )
