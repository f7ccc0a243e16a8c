"""Extraction against the gold: tables and rows found (precision/recall/F1 after alignment) and
per-field accuracy over the gold rows and tables. Text is compared without whitespace.

`row_reading` says how well the rows were read, whatever their alignment key: `found` = gold
rows aligned with an extracted row (also when its text is misread: the row was there),
`exact` = aligned rows with 一级, 二级, 三级 and 指标值 all right, and `exact_folded` the same
with character forms a printed page cannot tell apart taken as equal (full- and half-width
forms by NFKC, ≧/≦ as ≥/≤): the figures of the scanned slices (OCR). `flagged` and
`misread_flagged` say how well the OCR's low-confidence marks point the reviewer to misreads.

一级/二级 are compared as categories: a bracketed note after the name (`产出指标（50分）`,
`数量指标(必填)`) is not part of it, and the printed text the extractor keeps beside the name it
mapped to the framework (`level1_raw`/`level2_raw`) counts as well — gold labelled with the
printed label and gold labelled with the clean name both match the same reading.

指标值 is compared as a target: the same text, or the same comparator, number and unit once both
are parsed by the value grammar (`大于等于2.3万人` = `≥2.3万人`, `＝23座` = `=23座`: the split-value
columns and the full-width forms a table prints are assembled and normalised by the extractor).
A target without a comparator and one with `=` are the same target.

三级 names are compared without an "指标N：" numbering prefix (the extractor removes it and notes
it on the row; the gold may keep the printed text)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from auditor.evaluation.align import Alignment, name_key, norm
from auditor.evaluation.dataset import Dataset, DatasetItem
from auditor.extract.values import parse_value

JSON = dict[str, Any]
ROW_FIELDS = ("level1", "level2", "level3", "description", "value", "basis")
TABLE_FIELDS = ("kind", "project", "budget_wan", "goal")
KEY_FIELDS = ("level1", "level2", "level3", "value")
_LOOKALIKE = str.maketrans({"≧": "≥", "≦": "≤"})
CATEGORY_FIELDS = ("level1", "level2")
_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


def _category(s: object) -> str:
    """A category name without the bracketed notes printed after it."""
    text = norm(s)
    while (stripped := _NOTE.sub("", text)) != text and stripped:
        text = stripped
    return text


def _target(s: object) -> tuple[str, float, str] | None:
    """(comparator, number, unit) of a quantitative target, None for other text."""
    pv = parse_value(norm(s))
    if pv.number is None:
        return None
    return (pv.comparator or "=", pv.number, pv.unit or "")


def _same_target(a: object, b: object, fold: bool) -> bool:
    if (_folded(a) == _folded(b)) if fold else _same(a, b):
        return True
    ta, tb = _target(a), _target(b)
    return ta is not None and ta == tb


def _field_ok(pred: JSON, gold: object, field: str, fold: bool = False) -> bool:
    """One field of an aligned row right (categories as categories, see the module doc)."""
    if field == "value":
        return _same_target(pred.get(field), getattr(gold, field), fold)
    if field == "level3":
        want3, got3 = name_key(getattr(gold, field)), name_key(pred.get(field))
        return (_folded(got3) == _folded(want3)) if fold else got3 == want3
    if field not in CATEGORY_FIELDS:
        if fold:
            return _folded(pred.get(field)) == _folded(getattr(gold, field))
        return _same(pred.get(field), getattr(gold, field))
    want = getattr(gold, field)
    readings = (pred.get(field), pred.get(f"{field}_raw"))
    if fold:
        want_c = _category(_folded(want))
        return any(r is not None and _category(_folded(r)) == want_c for r in readings)
    return any(r is not None and _category(r) == _category(want) for r in readings)


def _folded(s: object) -> str:
    return unicodedata.normalize("NFKC", norm(s)).translate(_LOOKALIKE)


def _same(a: object, b: object) -> bool:
    if isinstance(a, int | float) or isinstance(b, int | float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
    return norm(a) == norm(b)


def score_extraction(item: DatasetItem, ext: JSON | None, al: Alignment) -> JSON:
    pred_tables = (ext or {}).get("tables") or []
    n_gold_t = len(item.tables)
    n_pred_t = len(pred_tables)
    n_gold_r = item.n_rows()
    n_pred_r = sum(len(t.get("rows") or []) for t in pred_tables)
    t_ok = sum(
        1
        for pt, gt in al.table_pairs
        if pt.get("kind") == gt.kind and norm(pt.get("project")) == norm(gt.project)
    )
    r_ok = sum(
        1
        for pr, gr, _ in al.row_pairs
        if name_key(pr.get("level3")) == name_key(gr.level3)
        and norm(pr.get("value")) == norm(gr.value)
    )
    fields = {f: sum(1 for pr, gr, _ in al.row_pairs if _field_ok(pr, gr, f)) for f in ROW_FIELDS}
    row_exact = sum(
        1 for pr, gr, _ in al.row_pairs if all(_field_ok(pr, gr, f) for f in ROW_FIELDS)
    )
    key_exact = sum(
        1 for pr, gr, _ in al.row_pairs if all(_field_ok(pr, gr, f) for f in KEY_FIELDS)
    )
    key_folded = sum(
        1 for pr, gr, _ in al.row_pairs if all(_field_ok(pr, gr, f, fold=True) for f in KEY_FIELDS)
    )
    misread = [
        bool(pr.get("ocr_unsure"))
        for pr, gr, _ in al.row_pairs
        if not all(_field_ok(pr, gr, f, fold=True) for f in KEY_FIELDS)
    ]
    tfields = {
        f: sum(1 for pt, gt in al.table_pairs if _same(pt.get(f), getattr(gt, f)))
        for f in TABLE_FIELDS
    }
    tfields["n_rows"] = sum(
        1 for pt, gt in al.table_pairs if len(pt.get("rows") or []) == len(gt.rows)
    )
    return {
        "gold_tables": n_gold_t,
        "pred_tables": n_pred_t,
        "tables_ok": t_ok,
        "gold_rows": n_gold_r,
        "pred_rows": n_pred_r,
        "rows_ok": r_ok,
        "rows_exact": row_exact,
        "rows_aligned": len(al.row_pairs),
        "rows_key_exact": key_exact,
        "rows_key_folded": key_folded,
        "rows_misread": len(misread),
        "rows_misread_flagged": sum(misread),
        "rows_flagged": sum(1 for pr, _gr, _ in al.row_pairs if pr.get("ocr_unsure")),
        "row_fields": fields,
        "table_fields": tfields,
        "error": (ext or {}).get("error") if ext else "no extraction sample",
    }


def _pr(ok: int, pred: int, gold: int) -> JSON:
    p = ok / pred if pred else None
    r = ok / gold if gold else None
    f = 2 * ok / (pred + gold) if pred + gold else None
    return {"precision": p, "recall": r, "f1": f, "correct": ok, "pred": pred, "gold": gold}


def extraction_summary(per: dict[str, JSON]) -> JSON:
    tot: Counter[str] = Counter()
    rf: Counter[str] = Counter()
    tf: Counter[str] = Counter()
    for e in per.values():
        for k in (
            "gold_tables",
            "pred_tables",
            "tables_ok",
            "gold_rows",
            "pred_rows",
            "rows_ok",
            "rows_exact",
            "rows_aligned",
            "rows_key_exact",
            "rows_key_folded",
            "rows_misread",
            "rows_misread_flagged",
            "rows_flagged",
        ):
            tot[k] += e[k]
        rf.update(e["row_fields"])
        tf.update(e["table_fields"])
    gr, gt = tot["gold_rows"], tot["gold_tables"]
    return {
        "tables": _pr(tot["tables_ok"], tot["pred_tables"], gt),
        "rows": _pr(tot["rows_ok"], tot["pred_rows"], gr),
        "fields": {
            **{f: (rf[f] / gr if gr else None) for f in ROW_FIELDS},
            "all": tot["rows_exact"] / gr if gr else None,
        },
        "table_fields": {f: (tf[f] / gt if gt else None) for f in (*TABLE_FIELDS, "n_rows")},
        "row_reading": {
            "found": tot["rows_aligned"] / gr if gr else None,
            "exact": tot["rows_key_exact"] / gr if gr else None,
            "exact_folded": tot["rows_key_folded"] / gr if gr else None,
            # OCR rows marked for the reviewer (row.ocr.unsure): share of all rows, and share
            # of the misread rows (not exact_folded) that carry the mark
            "flagged": tot["rows_flagged"] / gr if gr else None,
            "misread_flagged": (
                tot["rows_misread_flagged"] / tot["rows_misread"] if tot["rows_misread"] else None
            ),
        },
    }


def score_extraction_run(
    dataset: Dataset, extraction: dict[str, JSON], aligns: dict[str, Alignment]
) -> JSON:
    """The extraction group of metrics.json (skipped when the run used the gold extraction)."""
    inputs = {e.get("input") for e in extraction.values()}
    if inputs == {"gold"}:  # rules/graders ran on the gold extraction: nothing to score here
        out = extraction_summary({})
        out.update(input="gold", skipped=True, by_document={}, errors={})
        return out
    per = {
        it.id: score_extraction(it, extraction.get(it.id), aligns[it.id]) for it in dataset.items
    }
    out = extraction_summary(per)
    out["input"] = ",".join(sorted(i for i in inputs if i)) or None
    out["by_document"] = {k: extraction_summary({k: v}) for k, v in per.items()}
    out["errors"] = {k: v["error"] for k, v in per.items() if v["error"]}
    return out
