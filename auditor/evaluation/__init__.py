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

from auditor.evaluation.dataset import Dataset, DatasetItem, load_dataset  # noqa: F401
