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

Model columns: "offline" (the heuristic grader, always present) and any number of
`[ALIAS=]MODEL@BASE_URL` (or `MODEL` with the base URL from config/env). Each model column is
graded through auditor.grade.grade_documents with a configuration whose [llm] section names that
model, so the LLM stage's disk cache, concurrency and cost limits apply: a repeated run is served
from the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from auditor.evaluation.dataset import (
    REPO_ROOT,
    Dataset,
    DatasetItem,
    corpus_for,
    item_to_document,
    sha256_file,
)
from auditor.evaluation.rewrite_check import check_rewrite
from auditor.evaluation.scorers import ScoreResult, score_run

OFFLINE = "offline"
RUNS_DIR = REPO_ROOT / "eval" / "runs"
_LLM_ENV = (
    "AUDITOR_LLM_BASE_URL",
    "AUDITOR_LLM_MODEL",
    "AUDITOR_LLM_PROVIDER",
    "AUDITOR_LLM_API_KEY",
)


@dataclass
class ModelSpec:
    name: str  # column name in the comparison
    model: str | None = None  # None = offline heuristic grader
    base_url: str | None = None
    key_env: str | None = None  # environment variable holding this column's API key

    @property
    def offline(self) -> bool:
        return self.model is None

    @classmethod
    def parse(cls, spec: str) -> ModelSpec:
        """ "offline" | "MODEL" | "MODEL@BASE_URL" | "ALIAS=MODEL@BASE_URL", each optionally followed by
        "#KEY_ENV" (the environment variable with this column's API key)."""
        spec = spec.strip()
        key_env = None
        if "#" in spec:
            spec, key_env = spec.rsplit("#", 1)
            key_env = key_env.strip() or None
        if spec.lower() in (OFFLINE, "heuristic", "none"):
            return cls(OFFLINE)
        alias = None
        if "=" in spec.split("@", 1)[0]:
            alias, spec = spec.split("=", 1)
        model, _, url = spec.partition("@")
        if not model:
            raise ValueError(f"bad --model {spec!r}: expected MODEL@BASE_URL")
        return cls(alias or model, model, url or None, key_env)

    def public(self, config=None) -> dict:
        """Column description for run.json: model id, endpoint without credentials, LLM settings."""
        from auditor.llm.settings import load_llm_settings, public_endpoint

        out = {
            "name": self.name,
            "model": self.model or "heuristic",
            "base_url": public_endpoint(self.base_url) if self.base_url else None,
        }
        if not self.offline and config is not None:
            with _llm_env(self):
                st = load_llm_settings(config)
            if st is not None:
                out["base_url"] = st.endpoint
                out["settings"] = {
                    k: getattr(st, k)
                    for k in (
                        "provider",
                        "mode",
                        "temperature",
                        "max_concurrency",
                        "max_retries",
                        "timeout",
                        "cache",
                        "max_cost",
                    )
                }
        return out


def prompt_templates() -> dict[str, str]:
    """Version (template stem + content hash) of every prompt template shipped with the code."""
    try:
        from auditor.llm.prompts import PROMPTS_DIR, prompt_version
    except ImportError:  # pragma: no cover
        return {}
    return {
        p.name: prompt_version(p.name)
        for p in sorted(PROMPTS_DIR.glob("*.j2"))
        if not p.name.startswith("_")
    }


@dataclass
class RunResult:
    run_dir: Path
    run: dict
    metrics: dict
    failures: list[str] = field(default_factory=list)  # --fail-under thresholds missed

    @property
    def ok(self) -> bool:
        return not self.failures


# --- helpers ----------------------------------------------------------------------------------------


def code_version() -> dict:
    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(
                ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout.strip() or None if out.returncode == 0 else None

    return {
        "describe": git("describe", "--always", "--dirty", "--tags"),
        "commit": git("rev-parse", "HEAD"),
    }


def parse_fail_under(specs: list[str] | dict | None) -> dict[str, float]:
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


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").lower()


@contextlib.contextmanager
def _llm_env(spec: ModelSpec):
    """The endpoint environment variables win over the config in auditor.llm.settings; pin them to
    this column's model for the duration of its grading (and clear them for the offline column)."""
    saved = {k: os.environ.get(k) for k in _LLM_ENV}
    try:
        for k in _LLM_ENV:
            os.environ.pop(k, None)
        if not spec.offline:
            if spec.base_url:
                os.environ["AUDITOR_LLM_BASE_URL"] = spec.base_url
            elif saved["AUDITOR_LLM_BASE_URL"]:
                os.environ["AUDITOR_LLM_BASE_URL"] = saved["AUDITOR_LLM_BASE_URL"]
            os.environ["AUDITOR_LLM_MODEL"] = spec.model or ""
            # the API key: the column's own variable, else the generic one only for its own host
            # (never send one provider's key to another provider's endpoint)
            key = os.environ.get(spec.key_env) if spec.key_env else None
            same_host = not spec.base_url or _host(spec.base_url) == _host(
                saved["AUDITOR_LLM_BASE_URL"] or ""
            )
            if key is None and same_host:
                key = saved["AUDITOR_LLM_API_KEY"]
            if key:
                os.environ["AUDITOR_LLM_API_KEY"] = key
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def config_for(spec: ModelSpec, config_file: Path | None, base_overrides: dict | None = None):
    from auditor.config import load_config

    ov = dict(base_overrides or {})
    if spec.offline:
        ov["offline"] = True
    else:
        llm = {"model": spec.model}
        if spec.base_url:
            llm["base_url"] = spec.base_url
        ov["offline"] = False
        ov["llm"] = {**(ov.get("llm") or {}), **llm}
    return load_config(config_file, ov)


def doc_tables(doc) -> list[dict]:
    """The extraction as stored in samples.jsonl (enough to re-align and re-score)."""
    return [
        {
            "index": t.index,
            "kind": t.kind,
            "project": t.project,
            "budget_wan": t.budget_wan,
            "goal": t.goal,
            "title": t.title,
            "extracted_by": t.extracted_by,
            "rows": [
                {
                    "index": r.index,
                    "level1": r.level1,
                    "level2": r.level2,
                    "level3": r.level3,
                    "description": r.description,
                    "value": r.value,
                    "basis": r.basis,
                }
                for r in t.rows
            ],
        }
        for t in doc.tables
    ]


def _finding(f) -> dict:
    return {
        "code": f.code,
        "severity": f.severity,
        "scope": f.scope,
        "table_index": f.table_index,
        "row_index": f.row_index,
        "name": f.name,
        "message": f.message,
    }


def _grader_record(
    item: DatasetItem, spec: ModelSpec, doc, latency: float, error: str | None, config
) -> dict:
    grades, reviews, prompts = [], [], set()
    for t in doc.tables:
        if t.goal_review is not None:
            gr = t.goal_review
            reviews.append(
                {
                    "table_index": t.index,
                    "aligned": gr.aligned,
                    "assessable": gr.assessable,
                    "grader": gr.grader,
                    "prompt_version": gr.prompt_version,
                    "unmeasured_goals": gr.unmeasured_goals,
                }
            )
            if gr.prompt_version:
                prompts.add(gr.prompt_version)
        for r in t.rows:
            g = r.grade
            if g is None:
                continue
            rec = {
                "table_index": t.index,
                "row_index": r.index,
                "specificity": g.specificity,
                "grader": g.grader,
                "prompt_version": g.prompt_version,
                "fallback_reason": g.fallback_reason,
                "rewrite": None,
                "rewrite_check": None,
            }
            if g.prompt_version:
                prompts.add(g.prompt_version)
            if g.rewrite is not None:
                rec["rewrite"] = g.rewrite.model_dump(mode="json")
                try:
                    rec["rewrite_check"] = check_rewrite(rec["rewrite"], r, t, doc, config)
                except Exception as exc:
                    rec["rewrite_check"] = {"error": f"{type(exc).__name__}: {exc}"}
            grades.append(rec)
    usage = doc.llm_usage.model_dump(mode="json") if doc.llm_usage is not None else {}
    return {
        "type": "grader",
        "item": item.id,
        "model": spec.name,
        "model_id": spec.model or "heuristic",
        "error": error,
        "latency_s": round(latency, 4),
        "usage": usage,
        "cache_hits": usage.get("cache_hits", 0),
        "prompt_versions": sorted(prompts),
        "grades": grades,
        "goal_reviews": reviews,
    }


# --- the run ------------------------------------------------------------------------------------------


def run_eval(
    dataset: Dataset,
    models: list[str | ModelSpec] | None = None,
    out_dir: str | Path | None = None,
    *,
    config_file: Path | None = None,
    corpus_dir: Path | None = None,
    input: str = "extracted",
    bootstrap: int = 1000,
    seed: int = 0,
    unit: str = "table",
    fail_under: list[str] | dict | None = None,
    progress: Callable[[str], None] | None = None,
    extractor: Callable | None = None,
    rules_runner: Callable | None = None,
    grader: Callable | None = None,
) -> RunResult:
    """Run extraction, rules and every grader on the dataset; write and return the run.

    `input`: "extracted" (run the extractor on the source files, the end-to-end figure) or
    "gold" (rules/graders on the gold extraction, isolating them from extraction errors).
    `extractor(path)`, `rules_runner(doc, config)`, `grader(docs, config)` default to the real
    pipeline (auditor.pipeline.extract_document, auditor.rules.engine.run_rules,
    auditor.grade.grade_documents); they are parameters only so tests can substitute them.
    """
    if input not in ("extracted", "gold"):
        raise ValueError("input must be 'extracted' or 'gold'")
    if unit not in ("table", "document"):
        raise ValueError("bootstrap unit must be 'table' or 'document'")
    thresholds = parse_fail_under(fail_under)
    specs = [m if isinstance(m, ModelSpec) else ModelSpec.parse(m) for m in (models or [])]
    if not any(s.offline for s in specs):
        specs.insert(0, ModelSpec(OFFLINE))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ValueError(
            f"model columns must have distinct names, got {names} (use ALIAS=MODEL@URL)"
        )
    corpus = Path(corpus_dir) if corpus_dir else corpus_for(dataset.path, dataset.header)
    if extractor is None:
        from auditor.pipeline import extract_document as extractor
    if rules_runner is None:
        from auditor.rules.engine import run_rules as rules_runner
    if grader is None:
        from auditor.grade import grade_documents as grader
    say = progress or (lambda msg: None)

    from auditor.config import load_config

    rules_config = load_config(config_file, {"offline": True})
    configs = {s.name: config_for(s, config_file) for s in specs}
    for s in specs:
        if not s.offline and "settings" not in s.public(configs[s.name]):
            raise ValueError(
                f"--model {s.name}: no endpoint for {s.model} (give MODEL@BASE_URL, or set "
                "AUDITOR_LLM_BASE_URL / [llm] base_url)"
            )

    settings = {
        "dataset": {
            "path": dataset.path,
            "version": dataset.header.dataset_version,
            "content_hash": dataset.header.content_hash,
            "items": [it.id for it in dataset.items],
        },
        "models": [s.public(configs[s.name]) for s in specs],
        "input": input,
        "corpus_dir": str(corpus),
        "bootstrap": {"resamples": bootstrap, "seed": seed, "unit": unit},
        "fail_under": thresholds,
        "config_file": str(config_file) if config_file else getattr(rules_config, "source", None),
        "rules": {"select": rules_config.select, "ignore": rules_config.ignore},
    }
    shorthash = hashlib.sha256(
        json.dumps(settings, sort_keys=True, default=str).encode()
    ).hexdigest()[:7]
    started = datetime.now(UTC)
    if out_dir is None:
        run_dir = RUNS_DIR / f"{started:%Y%m%d-%H%M%S}-{shorthash}"
        n = 1
        while run_dir.exists():
            n += 1
            run_dir = RUNS_DIR / f"{started:%Y%m%d-%H%M%S}-{shorthash}-{n}"
    else:
        run_dir = Path(out_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    if dataset.path and Path(dataset.path).exists():
        shutil.copyfile(dataset.path, run_dir / "dataset.jsonl")

    t0 = time.perf_counter()
    samples: list[dict] = []
    prompt_versions: dict[str, set] = {s.name: set() for s in specs}
    for item in dataset.items:
        say(f"{item.id}: extract")
        src = corpus / item.source.name
        doc, err = None, None
        te = time.perf_counter()
        try:
            if input == "gold":
                doc = item_to_document(item)
            else:
                if not src.exists():
                    raise FileNotFoundError(f"{src} not found")
                digest = sha256_file(src)
                if digest != item.source.sha256:
                    raise ValueError(
                        f"{src}: sha256 {digest[:12]}… differs from the dataset's {item.source.sha256[:12]}…"
                    )
                doc = extractor(src)
        except Exception as exc:
            msg = exc.message() if hasattr(exc, "message") and callable(exc.message) else str(exc)
            err = f"{type(exc).__name__}: {msg}"
        samples.append(
            {
                "type": "extraction",
                "item": item.id,
                "input": input,
                "source": item.source.name,
                "error": err,
                "latency_s": round(time.perf_counter() - te, 4),
                "warnings": list(doc.warnings) if doc else [],
                "tables": doc_tables(doc) if doc else [],
            }
        )

        say(f"{item.id}: rules")
        findings, rerr = [], None
        tr = time.perf_counter()
        if doc is None:
            rerr = "no extraction"
        else:
            try:
                doc.findings = rules_runner(doc, rules_config)
                findings = [_finding(f) for f in doc.findings]
            except Exception as exc:
                rerr = f"{type(exc).__name__}: {exc}"
        samples.append(
            {
                "type": "rules",
                "item": item.id,
                "error": rerr,
                "latency_s": round(time.perf_counter() - tr, 4),
                "findings": findings,
            }
        )

        for spec in specs:
            say(f"{item.id}: grade [{spec.name}]")
            if doc is None:
                samples.append(
                    {
                        "type": "grader",
                        "item": item.id,
                        "model": spec.name,
                        "error": "no extraction",
                        "latency_s": 0.0,
                        "usage": {},
                        "grades": [],
                        "goal_reviews": [],
                    }
                )
                continue
            gdoc = doc.model_copy(deep=True)
            for t in gdoc.tables:
                t.goal_review = None
                for r in t.rows:
                    r.grade = None
            gdoc.llm_usage = None
            gerr = None
            tg = time.perf_counter()
            try:
                with _llm_env(spec):
                    grader([gdoc], configs[spec.name])
            except Exception as exc:
                gerr = f"{type(exc).__name__}: {exc}"
            rec = _grader_record(item, spec, gdoc, time.perf_counter() - tg, gerr, rules_config)
            prompt_versions[spec.name] |= set(rec["prompt_versions"])
            samples.append(rec)

    with open(run_dir / "samples.jsonl", "w", encoding="utf-8") as fh:
        for s in samples:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    run = {
        "run_id": run_dir.name,
        "started": started.isoformat(timespec="seconds"),
        "duration_s": round(time.perf_counter() - t0, 3),
        "code_version": code_version(),
        "python": platform.python_version(),
        "prompt_versions": {
            k: sorted(v) for k, v in prompt_versions.items()
        },  # used, per model column
        "prompt_templates": prompt_templates(),  # shipped with this code version
        **settings,
    }
    (run_dir / "run.json").write_text(
        json.dumps(run, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    say("score")
    result = score_and_write(run_dir, dataset, samples, run, thresholds)
    return result


def score_and_write(
    run_dir: Path,
    dataset: Dataset,
    samples: list[dict],
    run: dict,
    thresholds: dict[str, float] | None = None,
) -> RunResult:
    from auditor.evaluation.report import write_comparison

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
    (run_dir / "metrics.json").write_text(
        json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (run_dir / "outcomes.json").write_text(
        json.dumps(sc.outcomes, ensure_ascii=False), encoding="utf-8"
    )
    write_comparison(run_dir, run, metrics)
    return RunResult(run_dir, run, metrics, failures)


# --- rescore / compare --------------------------------------------------------------------------------


def load_run(run_dir: str | Path) -> tuple[dict, list[dict]]:
    run_dir = Path(run_dir)
    if not (run_dir / "run.json").exists():
        raise FileNotFoundError(f"{run_dir}: not a run directory (run.json missing)")
    run = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    with open(run_dir / "samples.jsonl", encoding="utf-8") as fh:
        samples = [json.loads(line) for line in fh if line.strip()]
    return run, samples


def rescore(
    run_dir: str | Path,
    dataset: Dataset | None = None,
    fail_under: list[str] | dict | None = None,
    bootstrap: int | None = None,
) -> RunResult:
    """Recompute metrics (and the comparison) from samples.jsonl; no extraction, rules or model call.

    The dataset defaults to the copy stored in the run; pass a newer one to re-score old outputs
    against updated labels (its version and hash are recorded in metrics.json)."""
    from auditor.evaluation.dataset import load_dataset

    run_dir = Path(run_dir)
    run, samples = load_run(run_dir)
    if dataset is None:
        dataset = load_dataset(run_dir / "dataset.jsonl")
    dataset = dataset.select(
        [i for i in run["dataset"]["items"] if i in {it.id for it in dataset.items}]
    )
    if bootstrap is not None:
        run = {**run, "bootstrap": {**run.get("bootstrap", {}), "resamples": bootstrap}}
    thresholds = parse_fail_under(fail_under) if fail_under else run.get("fail_under") or {}
    res = score_and_write(run_dir, dataset, samples, run, thresholds)
    res.metrics["rescored"] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "dataset_version": dataset.header.dataset_version,
        "dataset_hash": dataset.header.content_hash,
    }
    (run_dir / "metrics.json").write_text(
        json.dumps(res.metrics, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return res


def _outcomes(run_dir: Path) -> dict:
    p = run_dir / "outcomes.json"
    if p.exists():
        return json.loads(p.read_text(encoding="utf-8"))
    return {}


def compare_runs(run_a: str | Path, run_b: str | Path) -> dict:
    """Metric deltas (B − A) and the items whose outcome flipped between two runs."""
    a_dir, b_dir = Path(run_a), Path(run_b)
    ma = json.loads((a_dir / "metrics.json").read_text(encoding="utf-8"))
    mb = json.loads((b_dir / "metrics.json").read_text(encoding="utf-8"))
    fa, fb = ma["flat"], mb["flat"]
    deltas = []
    for k in sorted(set(fa) | set(fb)):
        va, vb = fa.get(k), fb.get(k)
        d = None if va is None or vb is None else vb - va
        deltas.append({"metric": k, "a": va, "b": vb, "delta": d})
    oa, ob = _outcomes(a_dir), _outcomes(b_dir)
    flips: dict[str, list] = {"rules": [], "grading": [], "goals": []}
    ra, rb = oa.get("rules", {}), ob.get("rules", {})
    for k in sorted(set(ra) | set(rb)):
        x, y = ra.get(k, "tn"), rb.get(k, "tn")
        if x != y:
            flips["rules"].append({"key": k, "a": x, "b": y})
    for group in ("grading", "goals"):
        ga, gb = oa.get(group, {}), ob.get(group, {})
        for model in sorted(set(ga) & set(gb)):
            for k in sorted(set(ga[model]) | set(gb[model])):
                x, y = ga[model].get(k), gb[model].get(k)
                ok_x = None if x is None else x[0] == x[1]
                ok_y = None if y is None else y[0] == y[1]
                if ok_x != ok_y:
                    flips[group].append(
                        {
                            "model": model,
                            "key": k,
                            "gold": (x or y)[0],
                            "a": None if x is None else x[1],
                            "b": None if y is None else y[1],
                            "a_correct": ok_x,
                            "b_correct": ok_y,
                        }
                    )
    return {
        "a": a_dir.name,
        "b": b_dir.name,
        "dataset": {
            "a": ma.get("dataset", {}).get("content_hash"),
            "b": mb.get("dataset", {}).get("content_hash"),
        },
        "models": {"a": ma.get("models"), "b": mb.get("models")},
        "deltas": deltas,
        "flips": flips,
    }
