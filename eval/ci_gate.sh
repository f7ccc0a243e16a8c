#!/usr/bin/env bash
# CI regression gate: the offline benchmark (extractor + rules + heuristic grader vs the human gold).
# No LLM is called. Exit 0 = every threshold met, 1 = a metric fell below its threshold (regression),
# 2 = tool/usage error. Thresholds sit slightly under the figures of the current code; raise them
# when the code improves (see eval/README.md, "CI gate").
#   EVAL_OUT   run directory (default eval/runs/ci-<UTC timestamp>, ignored by git)
#   PYTHON     interpreter (default python)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
OUT="${EVAL_OUT:-eval/runs/ci-$(date -u +%Y%m%d-%H%M%S)}"
unset AUDITOR_LLM_BASE_URL AUDITOR_LLM_MODEL AUDITOR_LLM_PROVIDER || true

"$PYTHON" -m auditor eval validate eval/datasets/gold.jsonl
exec "$PYTHON" -m auditor eval --out "$OUT" --bootstrap 200 --quiet \
  --fail-under extraction.tables.f1=0.99 \
  --fail-under extraction.rows.f1=0.99 \
  --fail-under extraction.fields.all=0.98 \
  --fail-under rules.micro.precision=0.98 \
  --fail-under rules.micro.recall=0.97 \
  --fail-under rules.micro.f1=0.98 \
  --fail-under rules.macro_f1=0.94 \
  --fail-under grading.offline.exact=0.76 \
  --fail-under grading.offline.within_one=0.95 \
  --fail-under grading.offline.qwk=0.86 \
  --fail-under grading.offline.spearman=0.85 \
  --fail-under rewrites.offline.valid_rate=0.97 \
  --fail-under goals.offline.G701.accuracy=0.84 \
  --fail-under goals.offline.G702.accuracy=0.86
