"""A batch isolates every file: a worker killed on a file is replaced and the file recorded
(quarantined after a second death), a hanging file hits the time limit, a value the store
cannot hold becomes an error for its file, an interrupted run is marked and leaves no process
behind, a store in use gives a Chinese message, and folder runs say what they did not read."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import duckdb
import psutil
import pytest
from batch_faults import (
    hang_on_marked,
    hog_on_marked,
    kill_on_marked,
    misbehave_on_marked,
    unstorable_on_marked,
)

from auditor.batch.runner import run_batch
from auditor.config import AuditConfig
from auditor.goldsets import corpus_dir
from auditor.limits import FileLimits
from auditor.store import Store

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _samples(root: Path, names: dict[str, int]) -> Path:
    """Copy sample disclosures into county folders: {target name: sample index}."""
    samples = sorted(corpus_dir().glob("*.txt"))
    for i, (name, k) in enumerate(sorted(names.items())):
        folder = root / f"county_{i % 2 + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(samples[k], folder / name)
    return root


def _errors(db: Path) -> dict[str, tuple]:
    with Store(db, read_only=True) as s:
        rows = s.sql("SELECT path, kind, attempts, quarantined, message FROM errors")
    return {Path(p).name: (k, a, q, m) for p, k, a, q, m in rows}


def test_a_worker_killed_on_a_file_is_replaced_and_the_file_quarantined(tmp_path):
    root = _samples(tmp_path / "c", {"a.txt": 0, "b.txt": 1, "KILLME.txt": 2, "d.txt": 3})
    db = tmp_path / "s.duckdb"
    res = run_batch(root, db, workers=2, work=kill_on_marked, corpus=False)
    assert res.n_done == 3 and res.n_errors == 1 and res.workers_replaced >= 2
    kind, attempts, quarantined, message = _errors(db)["KILLME.txt"]
    assert (kind, attempts, quarantined) == ("crash", 2, True)  # retried once in the run
    assert "SIGKILL" in message and "KILLME.txt" in message
    # quarantined: not retried on resume ...
    again = run_batch(root, db, workers=1, work=kill_on_marked, corpus=False)
    assert again.n_done == again.n_errors == 0 and again.n_skipped == 4 and again.n_quarantined == 1
    # ... unless asked
    retried = run_batch(root, db, workers=1, work=kill_on_marked, corpus=False, retry_errors=True)
    assert retried.n_errors == 1 and retried.n_skipped == 3


def test_workers_are_recycled_after_their_share_of_files(tmp_path, monkeypatch):
    import auditor.batch.pool as pool

    monkeypatch.setattr(pool, "RECYCLE_AFTER", 2)
    root = _samples(tmp_path / "c", {f"{i}.txt": i for i in range(5)})
    res = run_batch(root, tmp_path / "s.duckdb", workers=1, corpus=False)
    assert res.n_done == 5 and res.n_errors == 0 and res.workers_recycled >= 2
    assert res.workers_replaced == 0


def test_a_hanging_file_hits_the_time_limit_and_the_batch_goes_on(tmp_path):
    root = _samples(tmp_path / "c", {"a.txt": 0, "HANG.txt": 1, "c.txt": 2})
    db = tmp_path / "s.duckdb"
    cfg = AuditConfig(limits=FileLimits(time=4))
    t0 = time.monotonic()
    res = run_batch(root, db, workers=2, config=cfg, work=hang_on_marked, corpus=False)
    assert res.n_done == 2 and res.n_errors == 1 and time.monotonic() - t0 < 120
    kind, _, quarantined, message = _errors(db)["HANG.txt"]
    assert kind == "limit" and not quarantined and "时间" in message


def test_a_batch_with_a_hang_a_crash_and_damaged_containers_stores_every_good_file(tmp_path):
    from test_zip_containers import _office, _scramble_member, _truncated

    names = {"a.txt": 0, "b.txt": 1, "HANG.txt": 2, "KILLME.txt": 3, "e.txt": 4}
    root = _samples(tmp_path / "c", names)
    damaged = {
        "lzma.docx": _scramble_member(zipfile.ZIP_LZMA)(_office(".docx"), ".docx"),
        "crc.xlsx": _scramble_member(zipfile.ZIP_STORED)(_office(".xlsx"), ".xlsx"),
        "cut.docx": _truncated(_office(".docx"), ".docx"),
    }
    for name, data in damaged.items():
        (root / "county_2" / name).write_bytes(data)
    db = tmp_path / "s.duckdb"
    cfg = AuditConfig(limits=FileLimits(time=6))
    res = run_batch(root, db, workers=2, config=cfg, work=misbehave_on_marked, corpus=False)
    assert res.n_done == 3 and res.n_errors == 5
    errs = _errors(db)
    assert errs["HANG.txt"][0] == "limit" and "时间" in errs["HANG.txt"][3]
    assert errs["KILLME.txt"][:3] == ("crash", 2, True)
    for name in damaged:
        kind, _, quarantined, message = errs[name]
        assert (kind, quarantined) == ("input", False) and "损坏" in message, message
        assert "内部错误" not in message and "Error" not in message
    with Store(db, read_only=True) as s:
        stored = {Path(p).name for (p,) in s.sql("SELECT path FROM documents")}
    assert stored == {"a.txt", "b.txt", "e.txt"}


def test_a_file_over_the_memory_limit_is_an_error_and_its_worker_is_replaced(tmp_path):
    root = _samples(tmp_path / "c", {"a.txt": 0, "HOG.txt": 1, "c.txt": 2})
    db = root / "store.duckdb"  # inside the corpus: the store's own files are not inputs
    cfg = AuditConfig(limits=FileLimits(memory=1536 * 2**20))
    res = run_batch(root, db, workers=1, config=cfg, work=hog_on_marked, corpus=False)
    assert res.n_done == 2 and res.n_errors == 1 and res.workers_replaced == 1
    assert res.skipped_inputs == []
    kind, _, quarantined, message = _errors(db)["HOG.txt"]
    assert kind == "limit" and not quarantined and "内存" in message


def test_values_the_store_cannot_hold_are_errors_of_their_file(tmp_path):
    root = _samples(tmp_path / "c", {"a.txt": 0, "INF.txt": 1, "BADROW.txt": 2, "d.txt": 3})
    db = tmp_path / "s.duckdb"
    res = run_batch(root, db, workers=1, work=unstorable_on_marked, corpus=False)
    assert res.n_done == 2 and res.n_errors == 2
    errs = _errors(db)
    assert errs["INF.txt"][0] == "storage" and "无穷大" in errs["INF.txt"][3]
    assert errs["BADROW.txt"][0] == "storage" and "无法写入数据库" in errs["BADROW.txt"][3]
    with Store(db, read_only=True) as s:
        names = {Path(p).name for (p,) in s.sql("SELECT path FROM documents")}
        assert names == {"a.txt", "d.txt"}
        assert s.scalar("SELECT count(*) FROM tables WHERE doc_id = 'x'") == 0


def _default_sigint() -> None:
    # a shell starts background jobs with SIGINT ignored, and Python keeps an ignored SIGINT;
    # the run under test must see Ctrl-C as a terminal user's run does
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(args: list[str], cwd: Path, **kw) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "auditor", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
        **kw,
    )


def _wait_for_progress(proc: subprocess.Popen, n: int = 1) -> None:
    seen = 0
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        seen += bool(re.match(r"\[\d+/\d+\] ", line))
        if seen >= n or time.monotonic() > deadline:
            return


def _children(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def _gone(procs: list[psutil.Process], timeout: float = 15) -> bool:
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    return not [p for p in alive if p.status() != psutil.STATUS_ZOMBIE]


@pytest.fixture(scope="module")
def twelve(tmp_path_factory) -> Path:
    from auditor.bench.synth import generate_corpus

    root = tmp_path_factory.mktemp("twelve")
    generate_corpus(root, 12, 2, seed=5)
    # one county-wide compilation (the samples repeated, ~1.5 MB, seconds of work) keeps a worker
    # busy after the first progress line, so the signal always arrives while the run is going
    # (with only small files a fast machine could finish first)
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus_dir().glob("*.txt")))
    (root / "county_01" / "00000_big.txt").write_text(text * (1_500_000 // len(text) + 1))
    return root


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_run_is_marked_and_leaves_no_process(twelve, tmp_path, sig):
    db = tmp_path / "s.duckdb"
    proc = _cli(
        ["batch", str(twelve), "--db", str(db), "--workers", "2", "--commit-seconds", "1"], tmp_path
    )
    _wait_for_progress(proc)
    workers = _children(proc.pid)
    assert workers
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "已中断" in err and "Traceback" not in err
    assert _gone(workers)
    with Store(db, read_only=True) as s:
        assert s.sql("SELECT status FROM runs") == [("interrupted",)]


def test_a_killed_coordinator_takes_its_workers_along(twelve, tmp_path):
    db = tmp_path / "s.duckdb"
    proc = _cli(
        ["batch", str(twelve), "--db", str(db), "--workers", "2", "--commit-seconds", "1"], tmp_path
    )
    _wait_for_progress(proc)
    workers = _children(proc.pid)
    proc.kill()  # the coordinator only, not its process group
    proc.wait(timeout=30)
    assert workers and _gone(workers)
    res = run_batch(twelve, db, workers=2, corpus=False)
    assert res.interrupted_runs and res.n_done + res.n_skipped == len(list(twelve.rglob("*.txt")))


def test_a_store_in_use_gives_a_clear_message(twelve, tmp_path):
    db = tmp_path / "s.duckdb"
    holder = duckdb.connect(str(db))  # another process (this one) holds the store
    try:
        for args in (["batch", str(twelve), "--db", str(db)], ["batch-report", "--db", str(db)]):
            proc = _cli(args, tmp_path)
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 2, err
            assert "正被另一个进程使用" in err and "Traceback" not in err and "IO Error" not in err
    finally:
        holder.close()


def test_folder_runs_list_what_they_skip_and_never_read_their_own_outputs(tmp_path):
    from typer.testing import CliRunner

    from auditor.cli import app

    root = _samples(tmp_path / "c", {"a.txt": 0, "b.txt": 1})
    (root / "county_1" / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 64)
    (root / "county_1" / "~$a.docx").write_bytes(b"lock")
    db = tmp_path / "s.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["batch", str(root), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert (
        "clip.mp4" in first.output
        and "~$a.docx" in first.output
        and "未读取 2 个文件" in first.output
    )
    # the cross-county report written inside the corpus is not audited by the next run
    report = runner.invoke(app, ["batch-report", "--db", str(db), "--out", str(root / "reports")])
    assert report.exit_code == 0, report.output
    second = runner.invoke(app, ["batch", str(root), "--db", str(db), "--workers", "1"])
    assert second.exit_code == 0, second.output
    assert "batch.md" in second.output and "batch.xlsx" in second.output
    with Store(db, read_only=True) as s:
        assert {Path(p).name for (p,) in s.sql("SELECT path FROM files")} == {"a.txt", "b.txt"}


def test_an_empty_folder_is_a_tool_error_like_audit(tmp_path):
    from typer.testing import CliRunner

    from auditor.cli import app

    (tmp_path / "empty").mkdir()
    res = CliRunner().invoke(
        app, ["batch", str(tmp_path / "empty"), "--db", str(tmp_path / "s.duckdb")]
    )
    assert res.exit_code == 2 and "没有可读取的文件" in res.output


def test_a_store_of_the_first_schema_gives_a_clear_message(tmp_path):
    from typer.testing import CliRunner

    from auditor.cli import app

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, path VARCHAR, doc JSON)")
    con.close()
    for args in (["batch", str(tmp_path), "--db", str(db)], ["batch-report", "--db", str(db)]):
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 2 and "旧版本" in res.output and "Traceback" not in res.output
