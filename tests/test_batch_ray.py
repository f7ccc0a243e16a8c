"""The Ray executor on a multi-node cluster simulated on this machine (three `ray start` nodes
on 127.0.0.1): the same store as the local executor, tasks on several nodes, Parquet partitions
by province/county that DuckDB reads directly, a worker killed on a file isolated to that file.

Ray is an optional extra (pip install '.[ray]'; CI installs it in .ci/run); without it this
module is skipped with that reason."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

ray = pytest.importorskip(
    "ray", reason="ray is not installed (optional extra: pip install 'indicator-auditor[ray]')"
)

import batch_faults  # noqa: E402
from test_batch import snapshot  # noqa: E402

from auditor.batch.runner import run_batch  # noqa: E402
from auditor.bench.synth import generate_corpus  # noqa: E402
from auditor.goldsets import corpus_dir  # noqa: E402
from auditor.store import Store  # noqa: E402

pytestmark = pytest.mark.slow
NODES = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ray_start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    ray_bin = Path(sys.executable).with_name("ray")
    with open(log, "w") as fh:
        return subprocess.Popen(
            [
                str(ray_bin),
                "start",
                "--block",
                "--num-cpus=1",
                "--node-ip-address=127.0.0.1",
                "--object-store-memory=100000000",
                *args,
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )


def _wait_started(log: Path, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "Ray runtime started" in log.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            break
        time.sleep(1)
    raise RuntimeError(f"ray start failed:\n{log.read_text(errors='replace')[-2000:]}")


def _stop(procs: list[subprocess.Popen]) -> None:
    """Stop the nodes this test started (their process groups only)."""
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    for p in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            p.wait(max(0.1, deadline - time.monotonic()))
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGKILL)
        p.wait(10)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    env = {**os.environ, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}
    tmp = Path(tempfile.mkdtemp(prefix="r", dir="/tmp"))  # short: Unix socket paths are limited
    port = _free_port()
    head_args = [
        "--head",
        f"--port={port}",
        f"--ray-client-server-port={_free_port()}",
        f"--dashboard-port={_free_port()}",
        "--include-dashboard=false",
        f"--temp-dir={tmp}",
    ]
    procs: list[subprocess.Popen] = []
    try:
        procs.append(_ray_start(head_args, tmp / "head.log", env))
        _wait_started(tmp / "head.log", procs[0])
        for i in range(1, NODES):
            log = tmp / f"node{i}.log"
            procs.append(_ray_start([f"--address=127.0.0.1:{port}"], log, env))
            _wait_started(log, procs[-1])
        saved = {k: os.environ.get(k) for k in ("RAY_ADDRESS", "RAY_AUTH_MODE")}
        os.environ.update(RAY_ADDRESS=f"127.0.0.1:{port}", RAY_AUTH_MODE="disabled")
        try:
            yield f"127.0.0.1:{port}"
        finally:
            for k, v in saved.items():
                os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
    finally:
        _stop(procs)
        shutil.rmtree(tmp, ignore_errors=True)


def test_ray_cluster_gives_the_local_store_and_queryable_partitions(cluster, tmp_path):
    root = tmp_path / "省"
    generate_corpus(root, 12, 3, seed=3)
    (root / "county_01" / "broken.txt").write_text("没有表格\n", encoding="utf-8")
    local_db, ray_db, parts = tmp_path / "local.duckdb", tmp_path / "ray.duckdb", tmp_path / "parts"
    a = run_batch(root, local_db, workers=2, executor="local")
    b = run_batch(root, ray_db, workers=NODES, executor="ray", parts_dir=parts)
    assert (a.n_done, a.n_errors) == (b.n_done, b.n_errors) == (12, 1)
    assert len(b.nodes) >= 2, "tasks ran on several nodes"
    assert snapshot(local_db) == snapshot(ray_db)
    with Store(ray_db, read_only=True) as s:
        assert s.sql("SELECT DISTINCT executor FROM runs") == [("ray",)]
        n_rows = s.scalar("SELECT count(*) FROM rows")
    # the partitions are plain Parquet, partitioned by province and county
    counties = {p.name for p in (parts / "rows" / "province=省").iterdir()}
    assert counties == {"county=county_01", "county=county_02", "county=county_03"}
    q = f"SELECT count(*) FROM read_parquet('{parts}/rows/**/*.parquet', hive_partitioning = true)"
    assert duckdb.connect().execute(q).fetchone()[0] == n_rows


def test_a_ray_worker_killed_on_a_file_is_isolated_to_that_file(cluster, tmp_path):
    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(batch_faults)  # the cluster's workers do not see tests/
    samples = sorted(corpus_dir().glob("*.txt"))
    root = tmp_path / "c"
    (root / "x").mkdir(parents=True)
    for name, k in (("a.txt", 0), ("KILLME.txt", 1), ("c.txt", 2)):
        shutil.copy(samples[k], root / "x" / name)
    db = tmp_path / "s.duckdb"
    res = run_batch(
        root, db, workers=NODES, executor="ray", work=batch_faults.kill_on_marked, corpus=False
    )
    assert res.n_done == 2 and res.n_errors == 1
    with Store(db, read_only=True) as s:
        assert s.sql("SELECT regexp_extract(path, '[^/]+$'), kind FROM errors") == [
            ("KILLME.txt", "crash")
        ]
