"""The repository is self-contained: a copy of its files (git ls-files), with no `shared` folder
beside it, passes a representative part of the suite — the tests that use the sample gold, the
taxonomy and the gates. Nothing in the repo may read ../shared at run or test time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a copy of the repo runs part of the suite again (minutes)

ROOT = Path(__file__).resolve().parent.parent
REPRESENTATIVE = [
    "tests/test_gold_metrics.py",
    "tests/test_rules_gold.py::test_taxonomy_codes_match_config_list",
    "tests/test_values.py",
    "tests/test_extract_gold.py",
    "tests/test_eval.py::test_import_gold_round_trips_the_committed_dataset",
    "tests/test_readers.py::test_extraction_matches_gold",
    "tests/test_rules_project.py",
]


def _repo_files() -> list[str]:
    try:
        out = subprocess.run(
            # -z: names unquoted (without it git prints non-ASCII names as "\345\207…")
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: nothing to copy")
    return [f for f in out.stdout.split("\0") if f and (ROOT / f).is_file()]


def test_suite_passes_from_a_copy_without_shared(tmp_path):
    copy = tmp_path / "repo"
    for name in _repo_files():
        dest = copy / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest)
    assert not (tmp_path / "shared").exists()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDITOR_")}
    env["PYTHONPATH"] = str(copy)
    probe = subprocess.run(
        [sys.executable, "-c", "import auditor; print(auditor.__file__)"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip().startswith(str(copy)), probe.stdout + probe.stderr
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *REPRESENTATIVE],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert " passed" in r.stdout
