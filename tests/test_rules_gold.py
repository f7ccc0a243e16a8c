"""Acceptance test of the rule engine: every rule against the human gold labels.

Two inputs, scored the same way (auditor.rules.scoring):
  * the gold extraction (auditor.goldsets.gold_documents()) -- measures the rules alone;
  * the real extraction of samples/corpus/*.txt (auditor.pipeline.extract_document) -- measures
    rules + extractor; skipped with a reason while the extractor is not available.
Row scope: (doc, table_index, row_index, code) against seed_labels.jsonl.
Project/document scope: (doc, table_index, code) against seed_project_labels.jsonl, where
table_index None = document level (findings without a table index).
Run `pytest -s tests/test_rules_gold.py` to see the per-code tables.

Thresholds (micro): row P >= 0.90, R >= 0.85; project/document P >= 0.80, R >= 0.80.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from auditor.config import TAXONOMY_CODES, AuditConfig
from auditor.goldsets import corpus_dir, gold_documents, gold_project_labels, gold_row_labels
from auditor.rules.engine import run_rules
from auditor.rules.scoring import (
    Scores,
    doc_items,
    gold_project_items,
    gold_row_items,
    score_findings,
)

ROW_P, ROW_R = 0.90, 0.85
PRJ_P, PRJ_R = 0.80, 0.80
# Corpus-scope codes are not labelled in the gold (T106 needs several units).
UNLABELLED = {"T106"}


def _score(docs) -> tuple[Scores, Scores]:
    cfg = AuditConfig()
    for d in docs:
        d.findings = [f for f in run_rules(d, cfg) if f.code not in UNLABELLED]
    pred_rows, pred_prj = doc_items(docs)
    rows = score_findings(pred_rows, gold_row_items(gold_row_labels()))
    prj = score_findings(pred_prj, gold_project_items(gold_project_labels()))
    return rows, prj


@lru_cache(maxsize=1)
def _gold_scores() -> tuple[Scores, Scores]:
    return _score(gold_documents())


@lru_cache(maxsize=1)
def _extracted_scores() -> tuple[Scores, Scores]:
    """Scores on the real extraction of the bundled sample corpus."""
    from auditor.pipeline import extract_document

    paths = sorted(corpus_dir().glob("*.txt"))
    assert paths, f"no sample corpus in {corpus_dir()}"
    return _score([extract_document(p) for p in paths])


def _report(title: str, scores: tuple[Scores, Scores]) -> None:
    rows, prj = scores
    print(f"\n=== {title}: row scope ===\n{rows.table()}")
    print(f"\n=== {title}: project/document scope ===\n{prj.table()}")


def _check(rows: Scores, prj: Scores) -> None:
    r, p = rows.micro, prj.micro
    msgs = []
    if r.precision < ROW_P or r.recall < ROW_R:
        msgs.append(f"row micro P={r.precision:.3f} R={r.recall:.3f} (need P>={ROW_P} R>={ROW_R})")
    if p.precision < PRJ_P or p.recall < PRJ_R:
        msgs.append(
            f"project/document micro P={p.precision:.3f} R={p.recall:.3f} (need P>={PRJ_P} R>={PRJ_R})"
        )
    assert not msgs, "; ".join(msgs)


def test_gold_extraction_meets_thresholds():
    scores = _gold_scores()
    _report("gold extraction", scores)
    _check(*scores)


def test_real_extraction_meets_thresholds():
    scores = _extracted_scores()
    _report("real extraction (samples/corpus)", scores)
    _check(*scores)


def test_scoring_counts_match_gold_label_totals():
    """Guard against a scoring bug that would make the thresholds meaningless."""
    rows = gold_row_items(gold_row_labels())
    prj = gold_project_items(gold_project_labels())
    assert len(rows) == sum(len(r["codes"]) for r in gold_row_labels())
    assert len(prj) == sum(len(r["codes"]) for r in gold_project_labels())
    perfect = score_findings(rows, rows)
    assert perfect.micro.precision == perfect.micro.recall == 1.0
    half = score_findings(list(rows)[: len(rows) // 2], rows)
    assert half.micro.precision == 1.0 and 0.45 < half.micro.recall < 0.55


def _taxonomy_codes() -> list[str]:
    from auditor.goldsets import gold_dir

    text = (gold_dir().parent / "taxonomy.md").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"^\| ([TCUVBRG]\d{3}) \|", text, flags=re.M)))


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
