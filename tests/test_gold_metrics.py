"""Aggregate accuracy on the labelled datasets, measured by the eval harness itself.

Each gate of eval/gates.toml (the sample corpus = development set, the layout set) is run once
offline through auditor.evaluation.run.run_eval — the same scorer (auditor.evaluation.scorers)
the CI gate and the README figures use — and must meet the thresholds written in that file.
Per-example behaviour lives in the rule, value and extraction tests; here only aggregates.
"""

from __future__ import annotations

import pytest

from auditor.evaluation.dataset import load_dataset
from auditor.evaluation.gates import load_gates
from auditor.evaluation.run import check_thresholds, run_eval

GATES = {name: g for name, g in load_gates().items() if not g.scan}  # scanned gates: OCR, CI only


@pytest.fixture(scope="module", params=sorted(GATES))
def gate_run(request, tmp_path_factory):
    gate = GATES[request.param]
    ds = load_dataset(gate.dataset, corpus=gate.corpus)
    out = tmp_path_factory.mktemp(f"gate-{gate.name}")
    return gate, run_eval(ds, [], out, corpus_dir=gate.corpus, input=gate.input, bootstrap=0)


def test_gate_thresholds_are_met(gate_run):
    gate, res = gate_run
    failures = check_thresholds(res.metrics["flat"], gate.fail_under)
    assert not failures, f"gate {gate.name}: " + "; ".join(failures)


def test_every_gate_dataset_is_scored_on_what_it_labels(gate_run):
    gate, res = gate_run
    m = res.metrics
    items = load_dataset(gate.dataset).items
    if gate.input == "extracted":
        assert m["extraction"]["rows"]["gold"] == sum(it.n_rows() for it in items)
        assert set(m["extraction"]["by_document"]) == {it.id for it in items}
    labelled_rules = any(it.has_labels("rules") for it in items)
    assert (m["rules"]["micro"]["tp"] + m["rules"]["micro"]["fn"] > 0) == labelled_rules
