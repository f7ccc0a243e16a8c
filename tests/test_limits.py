"""Per-file limits: a file over the size, time or memory limit is a named error, the run goes on."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from auditor import limits as limits_module
from auditor.cli import app
from auditor.config import load_config
from auditor.ingest import InputError
from auditor.limits import (
    ChildFailed,
    FileLimits,
    LimitExceeded,
    format_bytes,
    memory_exhausted,
    parse_bytes,
    run_limited,
)
from auditor.pipeline import audit_many

runner = CliRunner()


def _allocate(n: int) -> int:
    return len(bytearray(n))


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def _bad_input(path: str) -> None:
    raise InputError(path, "坏文件", "bad file")


def _bug() -> None:
    raise KeyError("oops")


def _null_without_exception() -> None:
    # what CPython raises when a C extension returns NULL without setting an exception, as one
    # whose allocation failed under the address-space limit does
    raise SystemError("error return without exception set")


def test_sizes_parse_and_print():
    assert parse_bytes("200MB") == 200_000_000
    assert parse_bytes("2GiB") == 2 * 1024**3
    assert parse_bytes(0) == 0
    assert format_bytes(2 * 1024**3) == "2 GiB" and format_bytes(200_000_000) == "200 MB"
    for bad in ("10XB", "-1", "lots"):
        with pytest.raises(ValueError):
            parse_bytes(bad)


def test_limited_child_reports_each_outcome():
    lim = FileLimits(time=1, memory="400MB")
    assert run_limited(_allocate, (1000,), lim, "a.txt") == 1000
    with pytest.raises(LimitExceeded) as exc:
        run_limited(_allocate, (1_000_000_000,), lim, "a.txt")
    assert exc.value.kind == "memory" and "a.txt" in exc.value.message()
    t0 = time.perf_counter()
    with pytest.raises(LimitExceeded) as exc:
        run_limited(_sleep, (30,), lim, "b.txt")
    assert exc.value.kind == "time" and time.perf_counter() - t0 < 10
    with pytest.raises(InputError, match="坏文件"):
        run_limited(_bad_input, ("c.txt",), lim, "c.txt")
    with pytest.raises(ChildFailed) as bug:
        run_limited(_bug, (), lim, "d.txt")
    assert "KeyError" in str(bug.value) and "Traceback" in bug.value.tb


def test_a_system_error_at_the_memory_limit_is_the_memory_limit(monkeypatch):
    """A SystemError from a process whose peak is at half its cap or more is the memory limit;
    far below the cap, or without a memory limit, it stays a bug (ChildFailed)."""
    lim = FileLimits(time=20, memory="64GiB")
    with pytest.raises(ChildFailed, match="SystemError"):
        run_limited(_null_without_exception, (), lim, "e.txt")
    assert not memory_exhausted(SystemError("x"), FileLimits(memory=0))
    assert not memory_exhausted(KeyError("x"), lim) and memory_exhausted(MemoryError(), lim)
    # the forked child inherits the patched reading: its peak is "at the cap"
    monkeypatch.setattr(limits_module, "_peak_rss_bytes", lambda: 48 * 2**30)
    assert memory_exhausted(SystemError("x"), lim)
    with pytest.raises(LimitExceeded) as exc:
        run_limited(_null_without_exception, (), lim, "e.txt")
    assert exc.value.kind == "memory" and "e.txt" in exc.value.message()


def test_limits_from_config_and_a_file_over_the_size_limit(tmp_path, corpus_files):
    conf = tmp_path / "auditor.toml"
    conf.write_text('[limits]\ntime = 60\nmemory = "1GiB"\nsize = "40KB"\n', encoding="utf-8")
    cfg = load_config(conf, {"offline": True})
    assert cfg.limits == FileLimits(time=60, memory=1024**3, size=40_000)
    small, big = corpus_files[0], corpus_files[1]  # 28 KB and 71 KB
    docs, errors = audit_many([small, big], cfg)
    assert [d.source for d in docs] == [str(small)]
    assert errors[0].kind == "limit" and str(big) in errors[0].message
    assert "40.0 KB" in errors[0].message


def test_cli_limit_options(corpus_files):
    res = runner.invoke(
        app, ["audit", str(corpus_files[1]), "--reports", "none", "--limit-size", "10KB"]
    )
    assert res.exit_code == 2 and "超过上限" in res.output
    res = runner.invoke(
        app, ["audit", str(corpus_files[1]), "--reports", "none", "--limit-size", "10XB"]
    )
    assert res.exit_code == 2 and "--limit-size" in res.output
    assert "pydantic" not in res.output


def test_a_batch_worker_hands_a_system_error_at_the_cap_to_the_pool(monkeypatch, tmp_path):
    """In a batch worker the same SystemError becomes the MemoryError the pool reports as the
    memory limit (and replaces the worker for); below the cap it is recorded as an internal error."""
    import auditor.batch.work as work
    from auditor.config import AuditConfig
    from auditor.store.records import Placement

    def fails(path, config):  # type: ignore[no-untyped-def]
        raise SystemError("error return without exception set")

    monkeypatch.setattr(work, "audit_document", fails)
    place = Placement(str(tmp_path / "a.txt"), "0" * 64, "某县", "某省")
    config = AuditConfig(offline=True, limits=FileLimits(memory="64GiB"))
    assert work.process_file(place, config, False).kind == work.INTERNAL
    monkeypatch.setattr(limits_module, "_peak_rss_bytes", lambda: 48 * 2**30)
    with pytest.raises(MemoryError):
        work.process_file(place, config, False)
