"""Per-file limits: a file over the size, time or memory limit is a named error, the run goes on."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.config import load_config
from auditor.ingest import InputError
from auditor.limits import (
    ChildFailed,
    FileLimits,
    LimitExceeded,
    format_bytes,
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
