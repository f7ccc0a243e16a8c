"""Revision check: a revised draft against an earlier audit of the same unit.

Findings are matched by the baseline fingerprints (auditor/rules/baseline.py: code + unit +
project + normalised 三级/指标值, no table or row numbers), as multisets, so re-ordered
projects, inserted rows and re-extraction do not break the match:
  fixed      in the earlier audit, not in the revision
  remaining  in both (also: the same code on the same indicator row whose text was edited --
             the row's fingerprint changed, the problem did not)
  new        only in the revision
  waived     still there, but rejected by the reviewer of the earlier audit (a waiver)
Rows are paired by project and 三级 (then, within a project, leftovers in order), and a paired row
whose cells differ is listed with each change. Documents are paired by unit (one each: paired
whatever the unit). The result is plain JSON (stored in serve_revisions, rendered by the page).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from auditor.extract.normalize import letters
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.report.view import COLUMN_ZH, COLUMNS, SEVERITY_ZH
from auditor.rules.baseline import fingerprint
from auditor.scoring import aggregate

RowKey = tuple[int, int]  # (table index, row index)


@dataclass
class FindingRef:
    code: str
    severity: str
    severity_zh: str
    message: str
    project: str
    level3: str
    value: str
    row: int | None
    fingerprint: str


@dataclass
class RowChange:
    project: str
    level3: str
    row_before: int
    row_after: int
    changes: list[list[str]]  # [column name, before, after]


@dataclass
class DocRevision:
    unit: str
    before: str  # file names
    after: str
    score_before: float | None
    score_after: float | None
    fixed: list[FindingRef] = field(default_factory=list)
    remaining: list[FindingRef] = field(default_factory=list)
    new: list[FindingRef] = field(default_factory=list)
    waived: list[FindingRef] = field(default_factory=list)
    rows_changed: list[RowChange] = field(default_factory=list)
    rows_added: list[str] = field(default_factory=list)
    rows_removed: list[str] = field(default_factory=list)


def _row_of(doc: Document, f: Finding) -> tuple[Table | None, IndicatorRow | None]:
    t = next((t for t in doc.tables if t.index == f.table_index), None)
    if t is None or f.row_index is None:
        return t, None
    return t, next((r for r in t.rows if r.index == f.row_index), None)


def _ref(doc: Document, f: Finding) -> FindingRef:
    t, r = _row_of(doc, f)
    return FindingRef(
        f.code, f.severity, SEVERITY_ZH.get(f.severity, f.severity), f.message,
        t.project if t else "", r.level3 if r else "", r.value if r else "",
        r.index if r else None, fingerprint(doc, f),
    )  # fmt: skip


def _row_key(t: Table, r: IndicatorRow) -> tuple[str, str]:
    return letters(t.project), letters(r.level3) or letters(r.level2)


def pair_rows(before: Document, after: Document) -> dict[RowKey, RowKey]:
    """Rows of `before` -> rows of `after`: same project and 三级 (n-th with n-th), then the
    leftovers of a project in order."""
    slots: dict[tuple[str, str], list[RowKey]] = defaultdict(list)
    for t, r in after.rows():
        slots[_row_key(t, r)].append((t.index, r.index))
    pairs: dict[RowKey, RowKey] = {}
    left_before: dict[str, list[RowKey]] = defaultdict(list)
    for t, r in before.rows():
        free = slots.get(_row_key(t, r))
        if free:
            pairs[(t.index, r.index)] = free.pop(0)
        else:
            left_before[letters(t.project)].append((t.index, r.index))
    left_after: dict[str, list[RowKey]] = defaultdict(list)
    for (project, _), keys in slots.items():
        left_after[project].extend(keys)
    for project, keys in left_before.items():
        pairs.update(zip(keys, sorted(left_after.get(project, []))))
    return pairs


def _cells(doc: Document) -> dict[RowKey, tuple[Table, IndicatorRow]]:
    return {(t.index, r.index): (t, r) for t, r in doc.rows()}


def _row_changes(
    before: Document, after: Document, pairs: dict[RowKey, RowKey], out: DocRevision
) -> None:
    old, new = _cells(before), _cells(after)
    for b, a in sorted(pairs.items()):
        (t, rb), (_, ra) = old[b], new[a]
        changes = [
            [COLUMN_ZH[c], getattr(rb, c) or "", getattr(ra, c) or ""]
            for c in COLUMNS
            if letters(getattr(rb, c)) != letters(getattr(ra, c))
        ]
        if changes:
            out.rows_changed.append(
                RowChange(t.project, ra.level3 or rb.level3, b[1], a[1], changes)
            )
    paired_after = set(pairs.values())
    out.rows_added = [
        f"{t.project}：{r.level3 or r.level2}（{r.value}）"
        for k, (t, r) in new.items()
        if k not in paired_after
    ]
    out.rows_removed = [
        f"{t.project}：{r.level3 or r.level2}（{r.value}）"
        for k, (t, r) in old.items()
        if k not in pairs
    ]


def compare_documents(
    before: Document, after: Document, waived: Counter[str] | None = None
) -> DocRevision:
    """`waived`: fingerprints (with counts) of the earlier audit's findings the reviewer rejected."""
    out = DocRevision(
        after.unit or before.unit or after.source, before.source, after.source,
        before.score, after.score,
    )  # fmt: skip
    pending = Counter(fingerprint(before, f) for f in before.findings or [])
    new: list[Finding] = []
    for f in after.findings or []:
        fp = fingerprint(after, f)
        if pending[fp] > 0:
            pending[fp] -= 1
            out.remaining.append(_ref(after, f))
        else:
            new.append(f)
    fixed = []
    for f in before.findings or []:
        fp = fingerprint(before, f)
        if pending[fp] > 0:
            pending[fp] -= 1
            fixed.append(f)
    pairs = pair_rows(before, after)
    back = {a: b for b, a in pairs.items()}
    for f in new:  # the same problem on an edited row: remaining, not fixed + new
        row_before = back.get((f.table_index or 0, f.row_index or 0))
        twin = next(
            (g for g in fixed if g.code == f.code and (g.table_index, g.row_index) == row_before),
            None,
        )
        if twin is not None:
            fixed.remove(twin)
            out.remaining.append(_ref(after, f))
        else:
            out.new.append(_ref(after, f))
    out.fixed = [_ref(before, f) for f in fixed]
    _split_waived(out, Counter(waived or {}))
    _row_changes(before, after, pairs, out)
    return out


def _split_waived(out: DocRevision, waived: Counter[str]) -> None:
    kept = []
    for ref in out.remaining:
        if waived[ref.fingerprint] > 0:
            waived[ref.fingerprint] -= 1
            out.waived.append(ref)
        else:
            kept.append(ref)
    out.remaining = kept


def pair_documents(
    before: list[Document], after: list[Document]
) -> list[tuple[Document | None, Document | None]]:
    """Documents of the same unit side by side; a single pair is paired whatever the unit."""
    if len(before) == 1 and len(after) == 1:
        return [(before[0], after[0])]
    left = list(before)
    out: list[tuple[Document | None, Document | None]] = []
    for doc in after:
        match = next(
            (b for b in left if letters(b.unit) and letters(b.unit) == letters(doc.unit)), None
        )
        if match is not None:
            left.remove(match)
        out.append((match, doc))
    out += [(b, None) for b in left]
    return out


def revision_diff(
    before: list[Document], after: list[Document], waived: list[Counter[str]] | None = None
) -> dict[str, Any]:
    """The revision check of two audits as JSON: per document and totals. `waived[i]` holds
    the rejected fingerprints of `before[i]`."""
    waivers = {id(d): w for d, w in zip(before, waived or [])}
    docs: list[dict[str, Any]] = []
    unmatched: list[str] = []
    for b, a in pair_documents(before, after):
        if b is None or a is None:
            doc = a or b
            assert doc is not None
            unmatched.append(
                f"{doc.source}（{doc.unit or '单位不详'}）"
                + ("：修改稿中没有" if a is None else "：原审核中没有")
            )
            continue
        docs.append(asdict(compare_documents(b, a, waivers.get(id(b)))))
    totals = {
        "score_before": aggregate(d["score_before"] for d in docs),
        "score_after": aggregate(d["score_after"] for d in docs),
        **{
            k: sum(len(d[k]) for d in docs)
            for k in ("fixed", "remaining", "new", "waived", "rows_changed")
        },
    }
    return {"documents": docs, "unmatched": unmatched, "totals": totals}
