PY ?= python3

.PHONY: install install-test install-lint audit test eval lint bench

# The package alone (runtime dependencies).
install:
	$(PY) -m pip install -q -e .

# Package + what the tests need (pytest, hypothesis, reportlab, xlwt); not Ray.
install-test:
	$(PY) -m pip install -q -e ".[test]"

install-lint:
	$(PY) -m pip install -q -e ".[test,lint]"

# Main job: audit the bundled sample corpus, reports go to reports/
audit: install
	$(PY) -m auditor audit samples/corpus --out reports/ --exit-zero

test: install-test
	$(PY) -m pytest -q

# Offline benchmark on every gate of eval/gates.toml (samples, layout set); exit 1 on a regression.
eval: install
	$(PY) -m auditor eval gate

lint: install-lint
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

bench: install
	$(PY) benchmarks/bench_rules.py --docs 1000
