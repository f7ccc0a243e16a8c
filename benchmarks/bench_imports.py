"""Import time of `auditor audit FILE` offline (issue 13: under 0.6 s), and which heavy
libraries the offline path loads (it should load none of the LLM stack, datasketch or duckdb).

    python benchmarks/bench_imports.py [--runs 5]

Runs the command under `python -X importtime` in fresh processes and prints, per variant, the
median time spent in imports (sum of the top-level imports' cumulative times), the wall time
of the whole command, the heaviest top-level packages, and the CPU time a fresh interpreter
spends importing the same modules (on a shared, loaded machine wall times inflate; CPU time
much less). Figures only, no asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HEAVY = ("openai", "instructor", "datasketch", "scipy", "duckdb", "numpy", "ray", "pdfplumber")
LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def one_run(args: list[str]) -> tuple[float, float, dict[str, float]]:
    """(seconds in imports, wall seconds, cumulative seconds per top-level package)."""
    t0 = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "auditor", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    per_top: dict[str, float] = defaultdict(float)
    total = 0.0
    for line in res.stderr.splitlines():
        m = LINE.match(line)
        if m and not m.group(3).strip(" ") and len(m.group(3)) == 1:
            cum = int(m.group(2)) / 1e6
            total += cum
            per_top[m.group(4).split(".")[0]] += cum
    return total, wall, per_top


def loaded_heavy(args: list[str]) -> list[str]:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['auditor', *{args!r}]\n"
        "try:\n    runpy.run_module('auditor', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    marked = [ln for ln in res.stdout.splitlines() if ln.startswith("HEAVY:")]
    return [m for m in marked[-1].removeprefix("HEAVY:").split(",") if m] if marked else []


def loaded_modules(args: list[str]) -> list[str]:
    """The modules an offline run imports (in import order), to time them on their own."""
    code = (
        "import sys, runpy, json\n"
        "before = set(sys.modules)\n"
        f"sys.argv = ['auditor', *{args!r}]\n"
        "try:\n    runpy.run_module('auditor', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(json.dumps([m for m in sys.modules if m not in before]))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return json.loads(res.stdout.strip().splitlines()[-1])


def import_cpu_seconds(modules: list[str], runs: int) -> float:
    """Median CPU seconds (user + system) a fresh interpreter spends importing `modules`,
    less an empty interpreter's: a figure that machine load inflates far less than wall time."""

    def cpu(code: str) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    stmt = "import importlib\nfor m in %r:\n    try:\n        importlib.import_module(m)\n    except Exception:\n        pass\n"
    base = statistics.median(cpu("pass") for _ in range(runs))
    full = statistics.median(cpu(stmt % (modules,)) for _ in range(runs))
    return full - base


def compile_bytecode() -> None:
    """Write the package's bytecode first, as an installed package has it: with
    PYTHONDONTWRITEBYTECODE set (as on this machine) a module changed since its last compile
    would be compiled from source in every run (0.74 s instead of 0.57 s measured side by side)."""
    import compileall

    import auditor

    compileall.compile_dir(str(Path(auditor.__file__).parent), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from auditor.goldsets import corpus_dir

    compile_bytecode()
    sample = str(sorted(corpus_dir().glob("*.txt"))[0])
    with tempfile.TemporaryDirectory() as tmp:
        variants = {
            "audit FILE --offline --reports none": [
                "audit",
                sample,
                "--offline",
                "--reports",
                "none",
            ],
            "audit FILE --offline (all four reports)": ["audit", sample, "--offline", "--out", tmp],
            "--help": ["--help"],
        }
        for name, argv in variants.items():
            runs = [one_run(argv) for _ in range(args.runs)]
            imports = statistics.median(r[0] for r in runs)
            wall = statistics.median(r[1] for r in runs)
            tops: dict[str, float] = defaultdict(float)
            for r in runs:
                for k, v in r[2].items():
                    tops[k] += v / len(runs)
            heaviest = sorted(tops.items(), key=lambda kv: -kv[1])[:8]
            print(f"\n{name}: imports {imports:.2f} s, wall {wall:.2f} s (median of {args.runs})")
            print("  heaviest: " + ", ".join(f"{k} {v:.2f}" for k, v in heaviest))
            print(f"  heavy libraries loaded: {', '.join(loaded_heavy(argv)) or 'none'}")
            cpu = import_cpu_seconds(loaded_modules(argv), args.runs)
            print(
                f"  the same modules imported alone: {cpu:.2f} s CPU (user+system; load-independent)"
            )


if __name__ == "__main__":
    main()
