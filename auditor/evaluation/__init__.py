"""Evaluation benchmark runs: score the rules and graders against human gold, side by side.

Modules:
    dataset   the eval dataset format (JSONL: header + one item per document), loader, validator,
              converter from gold seed files
    scorers   extraction / rules / grading / rewrite / goal-alignment scorers (pure functions of
              the run samples and the dataset, so a run can be re-scored without any model call)
    run       run_eval(): extraction + rules + graders -> run directory (run.json, samples.jsonl,
              metrics.json, comparison.html/.md)
    report    the comparison table (models as columns, metrics as rows) in Markdown and HTML
    cli       `auditor eval ...` (typer sub-app)
"""

from __future__ import annotations

import importlib
from typing import Any

# Loaded on first use (PEP 562): the command line imports auditor.evaluation.cli for every
# command, and an audit must not pay for the dataset module (issue 13, lean imports).
_EXPORTS = {"Dataset", "DatasetItem", "load_dataset"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module("auditor.evaluation.dataset"), name)
    raise AttributeError(f"module 'auditor.evaluation' has no attribute {name!r}")
