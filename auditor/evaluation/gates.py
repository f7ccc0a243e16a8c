"""Quality gates: named datasets with --fail-under thresholds, in eval/gates.toml.

One file feeds the CI gate (eval/ci_gate.sh -> `auditor eval gate`), `make eval` and the
aggregate tests (tests/test_gold_metrics.py), so a threshold is written once.

    [samples]
    description = "..."
    dataset = "datasets/gold.jsonl"          # relative to the gates file
    corpus = "../samples/corpus"             # optional; default: a folder next to the dataset
    input = "gold"                           # optional; default "extracted" (end to end)
    scan = true                              # optional: read scanned renderings by OCR instead
                                             # (minutes: run only when named, not by default)
    [samples.fail-under]
    "rules.micro.f1" = 0.98
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from auditor.evaluation.dataset import REPO_ROOT, corpus_for

DEFAULT_GATES = REPO_ROOT / "eval" / "gates.toml"


@dataclass
class Gate:
    name: str
    dataset: Path
    corpus: Path
    description: str = ""
    input: str = "extracted"  # "gold": rules/graders on the human extraction
    scan: bool = False  # extraction from scanned renderings of the items (evaluation.scanned)
    fail_under: dict[str, float] = field(default_factory=dict)


class GateError(ValueError):
    pass


def _gate(name: str, spec: dict[str, object], base: Path) -> Gate:
    unknown = set(spec) - {"description", "dataset", "corpus", "input", "scan", "fail-under"}
    if unknown:
        raise GateError(f"gate {name}: unknown keys {sorted(unknown)}")
    dataset = spec.get("dataset")
    if not isinstance(dataset, str):
        raise GateError(f"gate {name}: `dataset` (a path) is required")
    corpus = spec.get("corpus")
    thresholds = spec.get("fail-under") or {}
    if not isinstance(thresholds, dict):
        raise GateError(f"gate {name}: `fail-under` must be a table of METRIC = MIN")
    dataset_path = (base / dataset).resolve()
    return Gate(
        name=name,
        dataset=dataset_path,
        corpus=(base / corpus).resolve() if isinstance(corpus, str) else corpus_for(dataset_path),
        description=str(spec.get("description") or ""),
        input=str(spec.get("input") or "extracted"),
        scan=spec.get("scan") is True,
        fail_under={str(k): float(v) for k, v in thresholds.items()},
    )


def load_gates(path: Path | None = None) -> dict[str, Gate]:
    path = Path(path or DEFAULT_GATES)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GateError(f"{path}: {exc}") from None
    return {name: _gate(name, spec, path.parent) for name, spec in data.items()}
