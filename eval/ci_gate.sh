#!/usr/bin/env bash
# CI regression gate: the offline benchmark (extractor + rules + heuristic grader vs the human
# labels, no LLM) on every gate of eval/gates.toml — the sample corpus (development set) and the
# layout set — each with its thresholds. Exit 0 = every threshold met, 1 = a metric fell below
# its threshold (regression), 2 = tool/usage error (bad dataset, unknown metric).
#   EVAL_OUT   folder for the run directories (default eval/runs/, ignored by git)
#   PYTHON     interpreter (default python)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
unset AUDITOR_LLM_BASE_URL AUDITOR_LLM_MODEL AUDITOR_LLM_PROVIDER || true
exec "$PYTHON" -m auditor eval gate --quiet --bootstrap 200 ${EVAL_OUT:+--out "$EVAL_OUT"}
