PY ?= python3

.PHONY: install audit test bench eval

install:
	$(PY) -m pip install -q -e ".[test,ray]"

# Main job: audit the bundled sample corpus, reports go to reports/
audit: install
	$(PY) -m auditor audit samples/corpus --out reports/ --exit-zero

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/bench_rules.py --docs 1000
