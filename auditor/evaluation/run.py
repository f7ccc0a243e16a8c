"""Benchmark runs: extraction + rules + graders over the dataset, one immutable run directory.

    from auditor.evaluation.dataset import load_dataset
    from auditor.evaluation.run import run_eval
    res = run_eval(load_dataset(), ["offline", "deepseek-chat@https://api.deepseek.com/v1"])
    res.metrics["flat"]["grading.offline.qwk"]

Run directory (default eval/runs/<UTC timestamp>-<shorthash>/):
    run.json          configuration, code version (git), prompt versions, model ids, dataset
                      version + content hash, timings
    dataset.jsonl     copy of the dataset file used (so `rescore` needs nothing else)
    samples.jsonl     per item: the extraction, the rule findings, per model the grades
                      (+ rewrite checks), goal reviews, tokens, latency and cache hits
    metrics.json      every metric group (see auditor.evaluation.scorers), plus `flat`
    comparison.md / comparison.html   models as columns, metrics as rows, slices

Model columns (auditor.evaluation.columns): "offline" (the heuristic grader, always present) and
any number of `[ALIAS=]MODEL@BASE_URL`. Each model column is graded through
auditor.grade.grade_documents with a configuration whose [llm] section names that model, so the
LLM stage's disk cache, concurrency and cost limits apply: a repeated run is served from the cache.
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from auditor.config import AuditConfig, load_config
from auditor.evaluation.columns import OFFLINE, ModelSpec, config_for, model_specs, prompt_templates
from auditor.evaluation.columns import llm_env as _llm_env
from auditor.evaluation.compare import compare_runs
from auditor.evaluation.convert import item_to_document
from auditor.evaluation.dataset import (
    REPO_ROOT,
    Dataset,
    DatasetItem,
    corpus_for,
    load_dataset,
)
from auditor.evaluation.records import (
    doc_tables,
    failed_grader_record,
    finding_record,
    grader_record,
)
from auditor.evaluation.report import write_comparison
from auditor.evaluation.scorers import ScoreResult, score_run
from auditor.grade import grade_documents
from auditor.ingest import sha256_file
from auditor.models import Document, Finding
from auditor.pipeline import extract_document
from auditor.rules.engine import run_rules

__all__ = [
    "OFFLINE",
    "RUNS_DIR",
    "ModelSpec",
    "RunResult",
    "_llm_env",
    "check_thresholds",
    "compare_runs",
    "load_run",
    "parse_fail_under",
    "rescore",
    "run_eval",
]

RUNS_DIR = REPO_ROOT / "eval" / "runs"
JSON = dict[str, Any]
Extractor = Callable[[Path], Document]
RulesRunner = Callable[[Document, AuditConfig], list[Finding]]
Grader = Callable[[list[Document], AuditConfig], None]


@dataclass
class RunResult:
    run_dir: Path
    run: JSON
    metrics: JSON
    failures: list[str] = field(default_factory=list)  # --fail-under thresholds missed

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class Stages:
    """The pipeline a run measures; parameters only so tests can substitute a stage."""

    extractor: Extractor = extract_document
    rules: RulesRunner = run_rules
    grader: Grader = grade_documents


# --- helpers ----------------------------------------------------------------------------------------


def code_version() -> dict[str, str | None]:
    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(
                ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return (out.stdout.strip() or None) if out.returncode == 0 else None

    return {
        "describe": git("describe", "--always", "--dirty", "--tags"),
        "commit": git("rev-parse", "HEAD"),
    }


def parse_fail_under(specs: list[str] | dict[str, float] | None) -> dict[str, float]:
    if not specs:
        return {}
    if isinstance(specs, dict):
        return {k: float(v) for k, v in specs.items()}
    out = {}
    for s in specs:
        name, sep, val = s.partition("=")
        if not sep or not name.strip():
            raise ValueError(
                f"bad --fail-under {s!r}: expected METRIC=VALUE (e.g. rules.micro.f1=0.6)"
            )
        try:
            out[name.strip()] = float(val)
        except ValueError:
            raise ValueError(f"bad --fail-under {s!r}: {val!r} is not a number") from None
    return out


def check_thresholds(flat: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    """Messages for every threshold missed (a metric below its minimum, or absent)."""
    failures = []
    for name, minimum in thresholds.items():
        v = flat.get(name)
        if v is None:
            failures.append(f"{name}: no such metric in this run (see metrics.json 'flat')")
        elif v < minimum:
            failures.append(f"{name} = {v:.4f} < {minimum:g}")
    return failures


def _error_text(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    msg = message() if callable(message) else str(exc)
    return f"{type(exc).__name__}: {msg}"


# --- the steps of a run -------------------------------------------------------------------------------


def _settings(
    dataset: Dataset,
    specs: list[ModelSpec],
    configs: dict[str, AuditConfig],
    rules_config: AuditConfig,
    options: JSON,
) -> JSON:
    return {
        "dataset": {
            "path": dataset.path,
            "version": dataset.header.dataset_version,
            "content_hash": dataset.header.content_hash,
            "items": [it.id for it in dataset.items],
        },
        "models": [s.public(configs[s.name]) for s in specs],
        **options,
        "config_file": options.get("config_file") or getattr(rules_config, "source", None),
        "rules": {"select": rules_config.select, "ignore": rules_config.ignore},
    }


def _run_dir(out_dir: str | Path | None, settings: JSON, started: datetime) -> Path:
    if out_dir is not None:
        run_dir = Path(out_dir)
    else:
        digest = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode())
        stem = f"{started:%Y%m%d-%H%M%S}-{digest.hexdigest()[:7]}"
        run_dir, n = RUNS_DIR / stem, 1
        while run_dir.exists():
            n += 1
            run_dir = RUNS_DIR / f"{stem}-{n}"
    run_dir.mkdir(parents=True, exist_ok=True)
    return run_dir


def _extract_item(
    item: DatasetItem, corpus: Path, input: str, extractor: Extractor
) -> tuple[Document | None, JSON]:
    src = corpus / item.source.name
    doc, err = None, None
    t0 = time.perf_counter()
    try:
        if input == "gold":
            doc = item_to_document(item)
        elif not src.exists():
            raise FileNotFoundError(f"{src} not found")
        elif (digest := sha256_file(src)) != item.source.sha256:
            raise ValueError(
                f"{src}: sha256 {digest[:12]}… differs from the dataset's {item.source.sha256[:12]}…"
            )
        else:
            doc = extractor(src)
    except Exception as exc:  # one bad item is recorded, the run goes on
        err = _error_text(exc)
    return doc, {
        "type": "extraction",
        "item": item.id,
        "input": input,
        "source": item.source.name,
        "error": err,
        "latency_s": round(time.perf_counter() - t0, 4),
        "warnings": list(doc.warnings) if doc else [],
        "tables": doc_tables(doc) if doc else [],
    }


def _rules_item(
    item: DatasetItem, doc: Document | None, rules: RulesRunner, config: AuditConfig
) -> JSON:
    findings: list[JSON] = []
    err = None
    t0 = time.perf_counter()
    if doc is None:
        err = "no extraction"
    else:
        try:
            doc.findings = rules(doc, config)
            findings = [finding_record(f) for f in doc.findings]
        except Exception as exc:
            err = f"{type(exc).__name__}: {exc}"
    return {
        "type": "rules",
        "item": item.id,
        "error": err,
        "latency_s": round(time.perf_counter() - t0, 4),
        "findings": findings,
    }


def _grade_item(
    item: DatasetItem,
    doc: Document,
    spec: ModelSpec,
    grader: Grader,
    config: AuditConfig,
    rules_config: AuditConfig,
) -> JSON:
    """One column's grades on a fresh copy of the document (no grades from another column)."""
    gdoc = doc.model_copy(deep=True)
    for t in gdoc.tables:
        t.goal_review = None
        for r in t.rows:
            r.grade = None
    gdoc.llm_usage = None
    err = None
    t0 = time.perf_counter()
    try:
        with _llm_env(spec):
            grader([gdoc], config)
    except Exception as exc:
        err = f"{type(exc).__name__}: {exc}"
    return grader_record(item, spec, gdoc, time.perf_counter() - t0, err, rules_config)


def _column_configs(specs: list[ModelSpec], config_file: Path | None) -> dict[str, AuditConfig]:
    """Each column's configuration; a model column without an endpoint is a usage error."""
    configs = {s.name: config_for(s, config_file) for s in specs}
    for s in specs:
        if not s.offline and "settings" not in s.public(configs[s.name]):
            raise ValueError(
                f"--model {s.name}: no endpoint for {s.model} (give MODEL@BASE_URL, or set "
                "AUDITOR_LLM_BASE_URL / [llm] base_url)"
            )
    return configs


def _write_run(
    run_dir: Path,
    samples: list[JSON],
    settings: JSON,
    prompt_versions: dict[str, set[str]],
    started: datetime,
    t0: float,
) -> JSON:
    """samples.jsonl and run.json; returns the run record."""
    with open(run_dir / "samples.jsonl", "w", encoding="utf-8") as fh:
        for sample in samples:
            fh.write(json.dumps(sample, ensure_ascii=False) + "\n")
    run = {
        "run_id": run_dir.name,
        "started": started.isoformat(timespec="seconds"),
        "duration_s": round(time.perf_counter() - t0, 3),
        "code_version": code_version(),
        "python": platform.python_version(),
        "prompt_versions": {k: sorted(v) for k, v in prompt_versions.items()},  # used
        "prompt_templates": prompt_templates(),  # shipped with this code version
        **settings,
    }
    _write_json(run_dir / "run.json", run)
    return run


def _write_json(path: Path, data: object, indent: int | None = 2) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent), encoding="utf-8")


# --- the run ------------------------------------------------------------------------------------------


def run_eval(
    dataset: Dataset,
    models: Sequence[str | ModelSpec] | None = None,
    out_dir: str | Path | None = None,
    *,
    config_file: Path | None = None,
    corpus_dir: Path | None = None,
    input: str = "extracted",
    bootstrap: int = 1000,
    seed: int = 0,
    unit: str = "table",
    fail_under: list[str] | dict[str, float] | None = None,
    progress: Callable[[str], None] | None = None,
    extractor: Extractor | None = None,
    rules_runner: RulesRunner | None = None,
    grader: Grader | None = None,
) -> RunResult:
    """Run extraction, rules and every grader on the dataset; write and return the run.

    `input`: "extracted" (run the extractor on the source files, the end-to-end figure) or
    "gold" (rules/graders on the gold extraction, isolating them from extraction errors).
    The sources are read from `corpus_dir`, else the dataset's own folder (corpus_for).
    `extractor`, `rules_runner` and `grader` default to the real pipeline; they are parameters
    only so tests can substitute a stage."""
    if input not in ("extracted", "gold"):
        raise ValueError("input must be 'extracted' or 'gold'")
    if unit not in ("table", "document"):
        raise ValueError("bootstrap unit must be 'table' or 'document'")
    thresholds = parse_fail_under(fail_under)
    specs = model_specs(models)
    stages = Stages(
        extractor or extract_document, rules_runner or run_rules, grader or grade_documents
    )
    corpus = Path(corpus_dir) if corpus_dir else corpus_for(dataset.path, dataset.header)
    say = progress or (lambda msg: None)
    rules_config = load_config(config_file, {"offline": True})
    configs = _column_configs(specs, config_file)
    options = {
        "input": input,
        "corpus_dir": str(corpus),
        "bootstrap": {"resamples": bootstrap, "seed": seed, "unit": unit},
        "fail_under": thresholds,
        "config_file": str(config_file) if config_file else None,
    }
    settings = _settings(dataset, specs, configs, rules_config, options)
    started = datetime.now(UTC)
    run_dir = _run_dir(out_dir, settings, started)
    if dataset.path and Path(dataset.path).exists():
        shutil.copyfile(dataset.path, run_dir / "dataset.jsonl")

    t0 = time.perf_counter()
    samples: list[JSON] = []
    prompt_versions: dict[str, set[str]] = {s.name: set() for s in specs}
    for item in dataset.items:
        say(f"{item.id}: extract")
        doc, extraction = _extract_item(item, corpus, input, stages.extractor)
        say(f"{item.id}: rules")
        samples += [extraction, _rules_item(item, doc, stages.rules, rules_config)]
        for spec in specs:
            say(f"{item.id}: grade [{spec.name}]")
            if doc is None:
                samples.append(failed_grader_record(item, spec, "no extraction"))
                continue
            rec = _grade_item(item, doc, spec, stages.grader, configs[spec.name], rules_config)
            prompt_versions[spec.name] |= set(rec["prompt_versions"])
            samples.append(rec)

    run = _write_run(run_dir, samples, settings, prompt_versions, started, t0)
    say("score")
    return score_and_write(run_dir, dataset, samples, run, thresholds)


def score_and_write(
    run_dir: Path,
    dataset: Dataset,
    samples: list[JSON],
    run: JSON,
    thresholds: dict[str, float] | None = None,
) -> RunResult:
    models = [m["name"] for m in run["models"]]
    b = run.get("bootstrap") or {}
    sc: ScoreResult = score_run(
        dataset,
        samples,
        models,
        bootstrap=b.get("resamples", 1000),
        seed=b.get("seed", 0),
        unit=b.get("unit", "table"),
    )
    metrics = sc.metrics
    metrics["run_id"] = run.get("run_id")
    failures = check_thresholds(metrics["flat"], thresholds or {})
    metrics["fail_under"] = {"thresholds": thresholds or {}, "failures": failures}
    _write_json(run_dir / "metrics.json", metrics)
    _write_json(run_dir / "outcomes.json", sc.outcomes, indent=None)
    write_comparison(run_dir, run, metrics)
    return RunResult(run_dir, run, metrics, failures)


# --- rescore --------------------------------------------------------------------------------------------


def load_run(run_dir: str | Path) -> tuple[JSON, list[JSON]]:
    run_dir = Path(run_dir)
    if not (run_dir / "run.json").exists():
        raise FileNotFoundError(f"{run_dir}: not a run directory (run.json missing)")
    run: JSON = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    with open(run_dir / "samples.jsonl", encoding="utf-8") as fh:
        samples = [json.loads(line) for line in fh if line.strip()]
    return run, samples


def rescore(
    run_dir: str | Path,
    dataset: Dataset | None = None,
    fail_under: list[str] | dict[str, float] | None = None,
    bootstrap: int | None = None,
) -> RunResult:
    """Recompute metrics (and the comparison) from samples.jsonl; no extraction, rules or model call.

    The dataset defaults to the copy stored in the run; pass a newer one to re-score old outputs
    against updated labels (its version and hash are recorded in metrics.json)."""
    run_dir = Path(run_dir)
    run, samples = load_run(run_dir)
    if dataset is None:
        dataset = load_dataset(run_dir / "dataset.jsonl")
    known = {it.id for it in dataset.items}
    dataset = dataset.select([i for i in run["dataset"]["items"] if i in known])
    if bootstrap is not None:
        run = {**run, "bootstrap": {**run.get("bootstrap", {}), "resamples": bootstrap}}
    thresholds = parse_fail_under(fail_under) if fail_under else run.get("fail_under") or {}
    res = score_and_write(run_dir, dataset, samples, run, thresholds)
    res.metrics["rescored"] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "dataset_version": dataset.header.dataset_version,
        "dataset_hash": dataset.header.content_hash,
    }
    _write_json(run_dir / "metrics.json", res.metrics)
    return res
