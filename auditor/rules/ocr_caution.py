"""Findings on characters the OCR was unsure of say so (a hook of the rule engine).

A row read from a scan carries `row.ocr` (auditor.extract.ocr_confidence). When a value or
unit rule (U3xx, R601, B5xx) fires on a row whose 指标值 or 三级 — the text these rules read —
the OCR read with low confidence, or that has a cell the OCR could not read, the finding stays
(the value may really be wrong) but its message says that the reading is unsure and asks for a
check against the scan, and an error becomes a warning: an unsure reading alone never fails a
publishing gate. The rules themselves are unchanged.
"""

from __future__ import annotations

from auditor.models import Finding, IndicatorRow

VALUE_RULE_PREFIXES = ("U3", "R6", "B5")
READ_FIELDS = {"value": "指标值", "level3": "三级指标", "unread": "未识别的单元格"}


def ocr_caution(finding: Finding, row: IndicatorRow | None, lang: str = "zh") -> Finding:
    """The finding, marked when it rests on text the OCR was unsure of."""
    if row is None or row.ocr is None or not finding.code.startswith(VALUE_RULE_PREFIXES):
        return finding
    unsure = [READ_FIELDS[f] for f in row.ocr.unsure if f in READ_FIELDS]
    if not unsure:
        return finding
    if lang == "en":
        note = f" (OCR read {', '.join(f for f in row.ocr.unsure if f in READ_FIELDS)} with low confidence {row.ocr.confidence:.2f}: check against the scan)"
    else:
        note = f"（注意：{'、'.join(unsure)}为 OCR 识别，置信度低（{row.ocr.confidence:.2f}），可能是识别错误，请对照扫描件核对）"
    severity = "warning" if finding.severity == "error" else finding.severity
    return finding.model_copy(update={"message": finding.message + note, "severity": severity})
