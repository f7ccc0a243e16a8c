"""Fuzz the pipeline: generated and mutated inputs in every format through `audit_document`
(under the per-file limits, in a forked child, as `auditor audit` runs it) and, for a share of
them, through the CLI (`auditor audit FILE -f json`).

    python benchmarks/fuzz_pipeline.py --n 100000 --seed 1 [--cli-every 25] [--keep fuzz-out/]

Seeds: documents from the layout renderer (auditor.synth; txt, html, docx, xlsx, pdf) and
slices of the sample corpus. Mutations: benchmarks/fuzz_mutators.py (bytes, text, zip members,
zip and XML bombs, huge merges). Every outcome must be a document with valid JSON or a named
input error (a limit counts as one); a traceback, an unnamed error, invalid JSON, a CLI exit
code other than 0/1/2 or a traceback in the CLI output is a problem: printed with its case and
kept under --keep. Time-limit hits are listed as hangs (the limit stopped them; the file is
still worth a look). Exit 1 when any problem was found. Needs the `test` extra (reportlab).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_mutators as mut
from typer.testing import CliRunner

from auditor.cli import app
from auditor.config import AuditConfig
from auditor.ingest import InputError
from auditor.limits import ChildFailed, FileLimits, LimitExceeded, run_limited
from auditor.pipeline import audit_document

REPO = Path(__file__).resolve().parent.parent
SEED_FORMATS = ("txt", "html", "docx", "xlsx", "pdf")


def build_seeds(folder: Path, n: int, rng: random.Random) -> list[tuple[str, bytes]]:
    """(suffix, bytes) seeds: rendered synthetic documents and slices of the samples."""
    from auditor.synth import LAYOUTS, generate, render

    seeds: list[tuple[str, bytes]] = []
    for i in range(n):
        fmt = SEED_FORMATS[i % len(SEED_FORMATS)]
        layouts = [lay for lay in LAYOUTS if fmt == "txt" or not lay.text_only]
        r = render(generate(i, n_tables=rng.randint(1, 3)), rng.choice(layouts), fmt, folder)
        seeds.append((r.path.suffix, r.path.read_bytes()))
    for sample in sorted((REPO / "samples" / "corpus").glob("*.txt")):
        lines = sample.read_bytes().splitlines(keepends=True)
        for start in range(0, len(lines), 120):
            seeds.append((".txt", b"".join(lines[start : start + 160])))
    return seeds


def mutate(suffix: str, data: bytes, rng: random.Random) -> tuple[str, bytes, bool]:
    """(mutator name, bytes, is_bomb)."""
    if suffix in (".docx", ".xlsx") and rng.random() < 0.04:
        m = rng.choice(mut.BOMBS)
        return m.__name__, m(data, rng), True
    pool = {".docx": mut.ZIP, ".xlsx": mut.ZIP, ".pdf": mut.PDF}.get(suffix, mut.TEXT)
    m = rng.choice(pool + mut.BYTES)
    out = m(data, rng)
    if rng.random() < 0.2:  # a second mutation now and then
        m2 = rng.choice(pool)
        out = m2(out, rng)
        return f"{m.__name__}+{m2.__name__}", out, False
    return m.__name__, out, False


def check_document(path: Path, config: AuditConfig, limits: FileLimits) -> tuple[str, str]:
    """(outcome, detail): ok | input | limit-memory | limit-crash | hang | PROBLEM-…"""
    try:
        doc = run_limited(audit_document, (path, config), limits, path)
    except LimitExceeded as exc:
        return ("hang" if exc.kind == "time" else f"limit-{exc.kind}"), exc.message()
    except InputError as exc:
        msg = exc.message()
        return ("input", msg) if str(path) in msg else ("PROBLEM-unnamed", msg)
    except ChildFailed as exc:
        return "PROBLEM-traceback", exc.tb
    except Exception as exc:  # the harness itself
        return "PROBLEM-harness", f"{type(exc).__name__}: {exc}"
    try:
        json.dumps(doc.model_dump(mode="json"), allow_nan=False)
    except ValueError as exc:
        return "PROBLEM-json", str(exc)
    return "ok", ""


def check_cli(path: Path, runner: CliRunner) -> tuple[str, str]:
    res = runner.invoke(
        app, ["audit", str(path), "-f", "json", "--offline", "--no-corpus", "--limit-time", "20"]
    )
    if res.exit_code not in (0, 1, 2) or not isinstance(res.exception, SystemExit | None):
        return "PROBLEM-cli-exception", repr(res.exception)
    if "Traceback" in res.output:
        return "PROBLEM-cli-traceback", res.output[-2000:]
    try:
        data = json.loads(res.stdout)
    except ValueError:
        return "PROBLEM-cli-json", res.stdout[:500]
    if res.exit_code != 2 and not data["documents"]:
        return "PROBLEM-cli-empty", res.output[-500:]
    return f"cli-{res.exit_code}", ""


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="inputs to generate")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", type=int, default=60, help="rendered seed documents")
    ap.add_argument("--cli-every", type=int, default=25, help="every k-th input also via the CLI")
    ap.add_argument("--time-limit", type=float, default=30.0, help="per-file seconds")
    ap.add_argument("--memory-limit", default="1500MB", help="per-file memory")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep problem inputs in")
    return ap.parse_args()


def main() -> int:
    args = parse_args()
    stop: list[int] = []  # a SIGTERM/SIGINT ends the run early with the summary of what ran
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    rng = random.Random(args.seed)
    limits = FileLimits(time=args.time_limit, memory=args.memory_limit, size="200MB")
    config = AuditConfig(offline=True, limits=limits)
    runner = CliRunner()
    counts: collections.Counter[str] = collections.Counter()
    by_format: collections.Counter[tuple[str, str]] = collections.Counter()
    problems: dict[str, int] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="auditor-fuzz-") as tmp:
        folder = Path(tmp)
        seeds = build_seeds(folder, args.seeds, rng)
        print(f"{len(seeds)} seeds; {args.n} inputs", file=sys.stderr)
        done = 0
        for i in range(args.n):
            if stop:
                break
            done = i + 1
            suffix, data = rng.choice(seeds)
            name, body, bomb = mutate(suffix, data, rng)
            path = folder / f"case-{i}{suffix}"
            path.write_bytes(body)
            outcome, detail = check_document(path, config, limits)
            if args.cli_every and i % args.cli_every == 0 and not bomb:
                cli_outcome, cli_detail = check_cli(path, runner)
                counts[cli_outcome] += 1
                if cli_outcome.startswith("PROBLEM"):
                    outcome, detail = cli_outcome, cli_detail
            counts[outcome] += 1
            by_format[(suffix, outcome)] += 1
            if outcome.startswith("PROBLEM") or outcome == "hang":
                last = detail.strip().splitlines()[-1][:120] if detail else ""
                key = f"{outcome}:{name}:{re.sub(r'[0-9]+', 'N', last)}"
                problems[key] = problems.get(key, 0) + 1
                if problems[key] == 1:
                    print(f"\n== case {i} {suffix} {name} -> {outcome}\n{detail[-3000:]}")
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / path.name).write_bytes(body)
            path.unlink(missing_ok=True)
            if (i + 1) % 500 == 0:
                rate = (i + 1) / (time.perf_counter() - t0)
                print(
                    f"[{i + 1}/{args.n}] {dict(counts)} ({rate:.1f}/s)", file=sys.stderr, flush=True
                )
    elapsed = time.perf_counter() - t0
    print(
        f"\n{done} of {args.n} inputs in {elapsed:.0f} s ({done / elapsed:.1f}/s), seed {args.seed}"
    )
    for key, value in sorted(counts.items()):
        print(f"  {key:24s} {value}")
    for (suffix, outcome), value in sorted(by_format.items()):
        print(f"  {suffix:6s} {outcome:24s} {value}")
    print(f"distinct problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
