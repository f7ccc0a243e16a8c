"""The Ray executor: the same unit of work on a Ray cluster, results as Parquet partitions.

Files go out in chunks; each Ray task audits its chunk (auditor.batch.work.process_file) and
writes the records as Parquet files partitioned the Hive way by province and county,

    <parts>/<table>/province=<p>/county=<c>/chunk-<run>-<n>.parquet

on storage the nodes share (`--parts`, default `<db>.parts` next to the store). Only the small
outcomes travel back; the coordinator's DuckDB reads the partitions directly (`read_parquet`,
no Python objects per row) into the store in one transaction per chunk, and the corpus pass
then runs as SQL over the band keys that came in with them. A chunk whose worker dies is
retried file by file, so a file that kills its worker is recorded as a `crash` error and the
batch goes on. Per-file time and memory limits are enforced by the local executor only; on Ray
the cluster's own memory monitor applies.

Cluster set-up: start Ray on every node (`ray start --head` on one, `ray start
--address=HEAD:6379` on the others), install the package on every node, put the corpus and the
parts folder on shared storage at the same path, and run `RAY_ADDRESS=HEAD:6379 auditor batch
CORPUS --db store.duckdb --executor ray --parts /shared/parts`.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections import defaultdict, deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from auditor.batch.work import CRASH, Outcome, Work, settle_worker_heap
from auditor.config import AuditConfig
from auditor.store.duckdb_store import sql_str
from auditor.store.records import Placement
from auditor.store.schema import COLUMNS

CHUNK = 16  # files per Ray task: partitions stay few and large enough


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RuntimeError(
            "--executor ray 需要可选依赖：pip install 'indicator-auditor[ray]'"
            " (the Ray executor needs the optional extra)"
        ) from None
    return ray


def _partition_value(text: str) -> str:
    """A Hive partition value: no path separators, not empty."""
    return (text or "_").replace("/", "_").replace("\\", "_").replace("=", "_")


def write_parts(outcomes: list[Outcome], parts: Path, tag: str) -> dict[str, list[str]]:
    """Write the records of a chunk's good outcomes as Parquet, one file per table and
    (province, county); the NDJSON is dropped from the outcomes afterwards."""
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for out in outcomes:
        if out.payload is not None:
            groups[(out.place.province, out.place.county)].append(out)
    files: dict[str, list[str]] = defaultdict(list)
    con = duckdb.connect()
    try:
        with tempfile.TemporaryDirectory(prefix="auditor-chunk-") as tmp:
            for (province, county), outs in groups.items():
                for table in COLUMNS:
                    data = b"".join(o.payload.lines.get(table, b"") for o in outs if o.payload)
                    if not data:
                        continue
                    src = Path(tmp) / f"{table}.ndjson"
                    src.write_bytes(data)
                    folder = parts / table / f"province={_partition_value(province)}"
                    folder = folder / f"county={_partition_value(county)}"
                    folder.mkdir(parents=True, exist_ok=True)
                    target = folder / f"chunk-{tag}.parquet"
                    cols = "{" + ", ".join(f"'{n}': '{t}'" for n, t in COLUMNS[table]) + "}"
                    con.execute(
                        f"COPY (SELECT * FROM read_json('{sql_str(src)}', "
                        f"format = 'newline_delimited', columns = {cols})) "
                        f"TO '{sql_str(target)}' (FORMAT parquet)"
                    )
                    files[table].append(str(target))
    finally:
        con.close()
    for out in outcomes:
        if out.payload is not None:
            out.payload.lines = {}
    return dict(files)


def process_chunk(
    places: list[Placement],
    work: Work,
    config: AuditConfig | None,
    grade: bool,
    parts: str,
    tag: str,
) -> tuple[list[Outcome], str]:
    """The Ray task: audit a chunk, write its partitions; the last outcome carries the files."""
    outs = [work(p, config, grade) for p in places]
    files = write_parts(outs, Path(parts), tag)
    ok = [o.payload for o in outs if o.payload is not None]
    if ok:
        ok[-1].parts = files
    for o in outs[:-1]:
        o.more = True
    node = ""
    try:
        import ray

        node = ray.get_runtime_context().get_node_id()
    except Exception:  # outside Ray (tests call it directly)
        node = os.uname().nodename
    return outs, node


def ray_chunk(
    places: list[Placement],
    work: Work,
    config: AuditConfig | None,
    grade: bool,
    parts: str,
    tag: str,
) -> tuple[list[Outcome], str]:
    """`process_chunk` in a Ray worker process: its heap is settled once (as a local worker's)."""
    settle_worker_heap()
    return process_chunk(places, work, config, grade, parts, tag)


class RayExecutor:
    """Chunks of files as Ray tasks (see the module docstring)."""

    def __init__(
        self,
        workers: int,
        work: Work,
        config: AuditConfig | None,
        grade: bool,
        parts: str | Path | None,
        db: Path,
        chunk: int = CHUNK,
    ):
        self.ray = _ray()
        self.workers = max(1, workers)
        self.work, self.config, self.grade = work, config, grade
        self.parts = Path(parts) if parts else db.with_name(db.name + ".parts")
        self.chunk = chunk
        self.run_tag = uuid.uuid4().hex[:8]
        self.nodes: set[str] = set()
        self.n_chunks = 0
        self.singles: deque[Placement] = deque()  # files of a failed chunk, one per task

    def _init(self) -> bool:
        ray = self.ray
        if ray.is_initialized():
            return False
        if os.environ.get("RAY_ADDRESS"):
            ray.init(log_to_driver=False)
        else:
            root = str(Path(__file__).resolve().parent.parent.parent)
            pp = os.pathsep.join(x for x in (root, os.environ.get("PYTHONPATH", "")) if x)
            ray.init(
                num_cpus=self.workers,
                include_dashboard=False,
                log_to_driver=False,
                runtime_env={"env_vars": {"PYTHONPATH": pp}},
            )
        return True

    def run(self, queue: deque[Placement]) -> Iterator[Outcome]:
        """Outcomes chunk by chunk (a chunk's outcomes are consecutive, its last one carries
        the partition files)."""
        if not queue:
            return
        self.parts.mkdir(parents=True, exist_ok=True)
        # enough tasks to keep every node busy, chunks large enough to keep partitions few
        self.chunk = max(1, min(self.chunk, len(queue) // (2 * self.workers)))
        started_here = self._init()
        ray = self.ray
        task = ray.remote(num_cpus=1, max_retries=0)(ray_chunk)
        cfg = ray.put(self.config)
        pending: dict[Any, list[Placement]] = {}
        try:
            while queue or self.singles or pending:
                while (queue or self.singles) and len(pending) < 2 * self.workers:
                    if self.singles:
                        places = [self.singles.popleft()]
                    else:
                        places = [queue.popleft() for _ in range(min(self.chunk, len(queue)))]
                    self.n_chunks += 1
                    tag = f"{self.run_tag}-{self.n_chunks}"
                    ref = task.remote(places, self.work, cfg, self.grade, str(self.parts), tag)
                    pending[ref] = places
                done, _ = ray.wait(list(pending), num_returns=1)
                for ref in done:
                    places = pending.pop(ref)
                    yield from self._collect(ref, places, queue)
        finally:
            for ref in pending:
                ray.cancel(ref, force=True)
            if started_here:
                ray.shutdown()

    def _collect(
        self, ref: Any, places: list[Placement], queue: deque[Placement]
    ) -> Iterator[Outcome]:
        try:
            outs, node = self.ray.get(ref)
        except Exception as exc:  # the worker died (or the task failed) on this chunk
            if len(places) > 1:
                self.singles.extend(places)  # again, one file per task
                return
            yield Outcome(
                places[0],
                kind=CRASH,
                message=f"{places[0].path}: 处理该文件的 Ray 工作进程意外终止 (the Ray worker died): "
                f"{type(exc).__name__}",
            )
            return
        self.nodes.add(node)
        yield from outs
