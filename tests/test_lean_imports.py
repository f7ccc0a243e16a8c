"""The offline single-file path loads no heavy library it does not use (issue 13, lean paths):
no LLM stack without an endpoint, no datasketch/scipy without corpus work, no DuckDB without a
batch. A behaviour test (what is in sys.modules), not a timing test: benchmarks/bench_imports.py
prints the import time."""

from __future__ import annotations

import json
import subprocess
import sys

# numpy: for comparing many documents (T106's MinHash); one file with its four reports needs none
HEAVY = (
    "openai",
    "instructor",
    "datasketch",
    "scipy",
    "duckdb",
    "ray",
    "aiohttp",
    "uvicorn",
    "numpy",
)

_PROBE = """
import json, os, sys, runpy
for key in [k for k in os.environ if k.startswith("AUDITOR_LLM")]:
    del os.environ[key]
args, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["auditor", *args]
try:
    runpy.run_module("auditor", run_name="__main__")
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "heavy": [m for m in heavy if m in sys.modules]}))
"""


def _loaded(args: list[str], tmp_path) -> dict:
    res = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_offline_audit_of_one_file_loads_no_heavy_library(corpus_files, tmp_path):
    out = _loaded(["audit", str(corpus_files[0]), "--offline", "--out", str(tmp_path)], tmp_path)
    assert out["code"] == 1  # it really audited (findings at error level)
    assert out["heavy"] == []


def test_help_and_rules_load_no_heavy_library(tmp_path):
    assert _loaded(["--help"], tmp_path)["heavy"] == []
    assert _loaded(["rules"], tmp_path)["heavy"] == []


def test_one_file_loads_no_progress_bar_or_browser(corpus_files, tmp_path):
    # a progress bar is drawn for runs of several files in a terminal, a browser is opened by
    # `serve`: a one-file audit needs neither module
    args = ["audit", str(corpus_files[0]), "--offline", "--reports", "none", "--out", str(tmp_path)]
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE,
            json.dumps(args),
            json.dumps(["rich.progress", "webbrowser"]),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded["code"] == 1 and loaded["heavy"] == []
