"""Rule registry against the taxonomy, and baseline fingerprints on the real samples.

The rules' precision/recall against the sample gold is measured by the eval harness
(auditor.evaluation.scorers) against the thresholds of eval/gates.toml, end to end and on the
human extraction (tests/test_gold_metrics.py).
"""

from __future__ import annotations

import re

import pytest

from auditor.config import TAXONOMY_CODES
from auditor.evaluation.dataset import REPO_ROOT
from auditor.goldsets import corpus_dir
from auditor.rules.engine import run_rules

TAXONOMY_DOC = REPO_ROOT / "docs" / "taxonomy.md"


def _taxonomy_codes() -> list[str]:
    text = TAXONOMY_DOC.read_text(encoding="utf-8")
    return sorted(set(re.findall(r"^\| ([A-Z]\d{3}) \|", text, flags=re.M)))


def test_taxonomy_codes_match_config_list():
    assert _taxonomy_codes() == sorted(TAXONOMY_CODES)


@pytest.mark.parametrize("code", sorted(TAXONOMY_CODES))
def test_every_taxonomy_code_is_registered_and_documented(code):
    """Integration check: fails until the rule authors have implemented and documented `code`."""
    from auditor.rules.registry import all_rules

    rules = {r.code: r for r in all_rules()}
    assert code in rules, f"{code} is not registered"
    r = rules[code]
    for attr in ("name", "summary", "what", "why", "bad", "better"):
        assert str(getattr(r, attr) or "").strip(), f"{code}: `{attr}` is empty"
    assert r.family == code[0], f"{code}: family {r.family!r} should be {code[0]!r}"


def test_baseline_survives_shuffled_reextraction(tmp_path):
    """Baseline fingerprints on real data: accept every finding of a sample, re-extract a copy
    whose project tables are shuffled and renumbered -> nothing new, nothing unused.

    Also checks the rules' side of the contract: a document-level message must not depend on
    table order (e.g. T101 must name a canonical variant, not the first one it meets)."""
    import random

    from auditor.bench.synth import shuffle_tables
    from auditor.pipeline import extract_document
    from auditor.rules.baseline import filter_baseline, write_baseline

    problems = []
    for src in sorted(corpus_dir().glob("*.txt")):
        doc = extract_document(src)
        doc.findings = run_rules(doc)
        base = write_baseline([doc], tmp_path / f"{src.stem}.json")
        copy = tmp_path / src.name
        copy.write_text(
            shuffle_tables(src.read_text(encoding="utf-8"), random.Random(3)), encoding="utf-8"
        )
        doc2 = extract_document(copy)
        assert [t.project for t in doc2.tables] != [t.project for t in doc.tables] or len(
            doc.tables
        ) < 4
        res = filter_baseline(doc2, run_rules(doc2), base)
        problems += [f"{src.name}: new {f.code} {f.message[:60]}" for f in res.kept]
        problems += [f"{src.name}: unused {e['code']} {e['message'][:60]}" for e in res.unused]
    assert not problems, "\n".join(problems)
