"""Fuzz the pipeline: generated and mutated inputs in every format through `audit_document`
(under the per-file limits, as `auditor audit` runs it) and, for a share of them, through the
CLI (`auditor audit FILE -f json`).

    python benchmarks/fuzz_pipeline.py --n 100000 --seed 1 [--workers 2] [--cli-every 25]
                                       [--keep fuzz-out/] [--case N] [--start K]

Inputs run in a pool of forked workers (benchmarks/fuzz_pool.py): each audits many inputs in
turn under the memory limit, the parent kills and replaces a worker whose input runs over the
time limit. Case i is built from its own random generator (seed, i), so `--case i` replays it
and `--start K` resumes a stopped run (the summary prints the resume point).
Formats are drawn evenly (txt, html, docx, xlsx, pdf); seeds are small documents from the layout
renderer (auditor.synth) and slices of the sample corpus (txt). Mutations:
benchmarks/fuzz_mutators.py (bytes, text, zip members, zip and XML bombs, huge merges); bombs are
built once at start and drawn from that bank. Every outcome must be a document with valid JSON
or a named input error (a limit counts as one); a traceback, an unnamed error, invalid JSON, a
CLI exit code other than 0/1/2, an internal error or a traceback in the CLI output is a
problem: printed with its case and kept under --keep. Time-limit hits are listed as hangs.
SIGTERM/Ctrl-C stop the run with the summary of what ran. Exit 1 when any problem was found. Needs the `test` extra.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_mutators as mut
from fuzz_pool import ForkPool
from typer.testing import CliRunner

from auditor.cli import app
from auditor.config import AuditConfig
from auditor.ingest import InputError
from auditor.limits import (
    FileLimits,
    LimitExceeded,
    apply_memory_limit,
    check_size,
    memory_exhausted,
)
from auditor.pipeline import audit_document

REPO = Path(__file__).resolve().parent.parent
SEED_FORMATS = (".txt", ".html", ".docx", ".xlsx", ".pdf")
BOMB_VARIANTS = 2  # prepared bombs per (format, bomb mutator)


def build_seeds(folder: Path, n: int, rng: random.Random) -> dict[str, list[bytes]]:
    """Seeds per suffix: rendered synthetic documents (one or two tables) and sample slices."""
    from auditor.synth import LAYOUTS, generate, render

    seeds: dict[str, list[bytes]] = {s: [] for s in SEED_FORMATS}
    for i in range(n):
        fmt = SEED_FORMATS[i % len(SEED_FORMATS)]
        layouts = [lay for lay in LAYOUTS if fmt == ".txt" or not lay.text_only]
        doc = generate(i, n_tables=rng.randint(1, 2))
        r = render(doc, rng.choice(layouts), fmt.lstrip("."), folder)
        seeds[r.path.suffix].append(r.path.read_bytes())
    for sample in sorted((REPO / "samples" / "corpus").glob("*.txt")):
        lines = sample.read_bytes().splitlines(keepends=True)
        for start in range(0, len(lines), 120):
            seeds[".txt"].append(b"".join(lines[start : start + 160]))
    return seeds


def build_bombs(seeds: dict[str, list[bytes]], rng: random.Random) -> list[tuple[str, str, bytes]]:
    """(suffix, mutator name, bytes): bombs are slow to build, so a few are built once."""
    bank = []
    for suffix in (".docx", ".xlsx"):
        for m in mut.BOMBS:
            for _ in range(BOMB_VARIANTS):
                bank.append((suffix, m.__name__, m(rng.choice(seeds[suffix]), rng)))
    return bank


@dataclass
class Fuzz:
    seeds: dict[str, list[bytes]]
    bombs: list[tuple[str, str, bytes]]
    seed: int
    folder: Path
    cli_every: int
    config: AuditConfig
    keep: Path | None = None
    runner: CliRunner = field(default_factory=CliRunner)

    def make(self, i: int) -> tuple[str, str, bytes, bool]:
        """Case i: (suffix, mutator name, bytes, is_bomb), the same for the same seed and i."""
        rng = random.Random(f"{self.seed}-{i}")
        suffix = rng.choice(SEED_FORMATS)
        if suffix in (".docx", ".xlsx") and rng.random() < 0.04:
            _, name, data = rng.choice([b for b in self.bombs if b[0] == suffix])
            return suffix, name, data, True
        data = rng.choice(self.seeds[suffix])
        pool = {".docx": mut.ZIP, ".xlsx": mut.ZIP, ".pdf": mut.PDF}.get(suffix, mut.TEXT)
        m = rng.choice(pool + mut.BYTES)
        out = m(data, rng)
        if rng.random() < 0.2:  # a second mutation now and then
            m2 = rng.choice(pool)
            return suffix, f"{m.__name__}+{m2.__name__}", m2(out, rng), False
        return suffix, m.__name__, out, False

    def check(self, i: int) -> dict[str, str]:
        """Run in a pool worker: build case i, audit it (and every k-th via the CLI)."""
        suffix, name, body, bomb = self.make(i)
        path = self.folder / f"case-{i}{suffix}"
        path.write_bytes(body)
        try:
            outcome, detail = check_document(path, self.config)
            if self.cli_every and i % self.cli_every == 0 and not bomb:
                cli_outcome, cli_detail = check_cli(path, self.runner)
                if cli_outcome.startswith("PROBLEM"):
                    outcome, detail = cli_outcome, cli_detail
            else:
                cli_outcome = ""
            if outcome.startswith("PROBLEM"):
                self.keep_case(path.name, body)
        finally:
            path.unlink(missing_ok=True)
        return {"suffix": suffix, "name": name, "outcome": outcome, "detail": detail,
                "cli": cli_outcome}  # fmt: skip

    def keep_case(self, name: str, body: bytes) -> None:
        if self.keep:
            self.keep.mkdir(parents=True, exist_ok=True)
            (self.keep / name).write_bytes(body)


def check_document(path: Path, config: AuditConfig) -> tuple[str, str]:
    """(outcome, detail): ok | input | limit-size | PROBLEM-… (MemoryError goes to the pool)."""
    try:
        check_size(path, config.limits)
        doc = audit_document(path, config)
    except LimitExceeded as exc:
        return f"limit-{exc.kind}", exc.message()
    except InputError as exc:
        msg = exc.message()
        return ("input", msg) if str(path) in msg else ("PROBLEM-unnamed", msg)
    except MemoryError:
        raise
    except Exception as exc:
        if memory_exhausted(exc, config.limits):
            raise MemoryError(str(exc)) from exc
        return "PROBLEM-traceback", traceback.format_exc()
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
    if any(e.get("kind") == "internal" for e in data.get("errors", [])):
        return "PROBLEM-cli-internal", res.output[-2000:]
    return f"cli-{res.exit_code}", ""


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="inputs to generate")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0,
                    help="first case number (resume a run: the cases are independent)")  # fmt: skip
    ap.add_argument("--seeds", type=int, default=60, help="rendered seed documents")
    ap.add_argument("--workers", type=int, default=2, help="forked worker processes")
    ap.add_argument("--cli-every", type=int, default=25, help="every k-th input also via the CLI")
    ap.add_argument("--time-limit", type=float, default=30.0, help="per-file seconds")
    ap.add_argument("--memory-limit", default="2GiB", help="per-file memory")
    ap.add_argument("--keep", type=Path, default=None, help="folder to keep problem inputs in")
    ap.add_argument("--case", type=int, default=None, help="run only this case number")
    return ap.parse_args()


@dataclass
class Tally:
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    by_format: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    problems: dict[str, int] = field(default_factory=dict)
    done: int = 0
    finished: set[int] = field(default_factory=set)  # case numbers answered, for the resume point

    def resume_point(self, start: int) -> int:
        """The first case number not answered: every case before it is done."""
        i = start
        while i in self.finished:
            i += 1
        return i

    def add(self, i: int, result: dict[str, str], body: bytes | None, fuzz: Fuzz) -> None:
        outcome, detail, suffix = result["outcome"], result["detail"], result["suffix"]
        self.done += 1
        self.finished.add(i)
        self.counts[outcome] += 1
        if result["cli"]:
            self.counts[result["cli"]] += 1
        self.by_format[(suffix, outcome)] += 1
        if not (outcome.startswith("PROBLEM") or outcome in ("hang", "limit-crash")):
            return
        last = detail.strip().splitlines()[-1][:120] if detail.strip() else ""
        key = f"{outcome}:{result['name']}:{re.sub(r'[0-9]+', 'N', last)}"
        self.problems[key] = self.problems.get(key, 0) + 1
        if self.problems[key] == 1:
            print(f"\n== case {i} {suffix} {result['name']} -> {outcome}\n{detail[-3000:]}")
            if body is not None:
                fuzz.keep_case(f"case-{i}{suffix}", body)

    def summary(self, n: int, elapsed: float, seed: int, replaced: int, start: int = 0) -> None:
        rate = self.done / elapsed if elapsed else 0.0
        print(f"\n{self.done} of {n} inputs in {elapsed:.0f} s ({rate:.1f}/s), seed {seed}")
        print(f"cases {start}..{self.resume_point(start) - 1} all done "
              f"(resume with --start {self.resume_point(start)})")  # fmt: skip
        print(f"workers replaced (time-out, memory, death): {replaced}")
        for key, value in sorted(self.counts.items()):
            print(f"  {key:24s} {value}")
        for (suffix, outcome), value in sorted(self.by_format.items()):
            print(f"  {suffix:6s} {outcome:24s} {value}")
        print(f"distinct problems: {len(self.problems)}")


def _pool_result(
    fuzz: Fuzz, i: int, status: str, payload: object
) -> tuple[dict[str, str], bytes | None]:
    """The outcome of a pool answer; the case's bytes rebuilt when the worker could not keep them."""
    if status == "done":
        assert isinstance(payload, dict)
        return payload, None
    suffix, name, body, _ = fuzz.make(i)
    outcome = {"memory": "limit-memory", "timeout": "hang", "died": "limit-crash"}[status]
    detail = f"worker exit code {payload}" if status == "died" else ""
    if status == "timeout":
        detail = f"over the time limit of {fuzz.config.limits.time:g} s ({len(body):,} bytes)"
    return {"suffix": suffix, "name": name, "outcome": outcome, "detail": detail, "cli": ""}, body


def main() -> int:
    args = parse_args()
    logging.disable(logging.WARNING)  # pdfminer logs every repair it makes to a broken PDF
    os.environ["AUDITOR_OCR_CACHE"] = "off"  # damaged pages read by OCR are not worth keeping
    limits = FileLimits(time=args.time_limit, memory=args.memory_limit, size="200MB")
    # the pool enforces time and memory; the audit itself runs in the worker
    config = AuditConfig(offline=True, limits=limits)
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="auditor-fuzz-") as tmp:
        rng = random.Random(args.seed)
        seeds = build_seeds(Path(tmp), args.seeds, rng)
        fuzz = Fuzz(seeds, build_bombs(seeds, rng), args.seed, Path(tmp), args.cli_every,
                    config, args.keep)  # fmt: skip
        sizes = {s: len(v) for s, v in seeds.items()}
        print(f"seeds {sizes}, {len(fuzz.bombs)} bombs; {args.n} inputs", file=sys.stderr)
        if args.case is not None:  # replayed under the same memory limit as in the pool
            suffix, name, body, _ = fuzz.make(args.case)
            apply_memory_limit(limits)
            try:
                result = fuzz.check(args.case)
            except MemoryError:
                result = {"suffix": suffix, "name": name, "outcome": "limit-memory",
                          "detail": "", "cli": ""}  # fmt: skip
            tally.add(args.case, result, body, fuzz)
            print(json.dumps(result, ensure_ascii=False, indent=1))
            return 1 if tally.problems else 0
        # a SIGTERM/SIGINT ends a pool run early with the summary of what ran (a --case replay
        # above keeps the default handlers, so `timeout` and Ctrl-C stop it)
        stop: list[int] = []
        signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
        signal.signal(signal.SIGINT, lambda *_: stop.append(1))
        pool = ForkPool(fuzz.check, args.workers, args.time_limit, limits)
        t0 = time.perf_counter()
        for i, status, payload in pool.run(
            range(args.start, args.start + args.n), stop=lambda: bool(stop)
        ):
            result, body = _pool_result(fuzz, i, status, payload)
            tally.add(i, result, body, fuzz)
            if tally.done % 500 == 0:
                rate = tally.done / (time.perf_counter() - t0)
                print(f"[{tally.done}/{args.n}] {dict(tally.counts)} ({rate:.1f}/s)",
                      file=sys.stderr, flush=True)  # fmt: skip
        tally.summary(args.n, time.perf_counter() - t0, args.seed, pool.replaced, args.start)
    return 1 if tally.problems else 0


if __name__ == "__main__":
    sys.exit(main())
