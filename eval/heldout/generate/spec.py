"""The labelled content of one invented disclosure, and its conversion to the eval dataset format.

Every document module builds a `Doc` (tables and rows with their gold labels), renders it into its
file under eval/heldout/layouts/ and returns the `Doc`; `build.py` turns the docs into
eval/heldout/layouts.jsonl. Labels follow shared/gold/README.md: text verbatim (compared without
whitespace), values of split columns joined without spaces, merged cells filled down, and an
unprinted 一级 implied from its 二级 under the framework.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parent / "layouts"

# 二级 -> 一级 under the old framework (and 101号's 成本 一级), used where no 一级 is printed.
IMPLIED_LEVEL1 = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
    "满意度指标": "满意度指标",
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
}


@dataclass
class Row:
    level1: str
    level2: str
    level3: str
    value: str
    specificity: int | None
    codes: dict[str, str] = field(default_factory=dict)
    description: str | None = None
    basis: str | None = None
    scoring_standard: str | None = None
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    source_line: int | None = None


def R(
    level1: str,
    level2: str,
    level3: str,
    value: str,
    spec: int | None,
    codes: dict[str, str] | None = None,
    *,
    desc: str | None = None,
    basis: str | None = None,
    std: str | None = None,
    note: str | None = None,
    **extra: Any,
) -> Row:
    """One indicator row. `level1=""` means "not printed": the 一级 is implied from the 二级."""
    note_parts = [note] if note else []
    if not level1:
        level1 = IMPLIED_LEVEL1[level2.split("(")[0].split("（")[0]]
        note_parts.insert(0, f"一级未印出，按二级推定为{level1}")
    return Row(
        level1=level1,
        level2=level2,
        level3=level3,
        value=value,
        specificity=spec,
        codes=dict(codes or {}),
        description=desc,
        basis=basis,
        scoring_standard=std,
        note="；".join(note_parts) or None,
        extra=extra,
    )


@dataclass
class Table:
    kind: str  # schema kind: project | overall
    table_kind: (
        str  # intended kind: project | overall | self_evaluation | transfer | evaluation_system
    )
    project: str
    budget_wan: float | None
    goal: str | None
    title: str
    rows: list[Row]
    unit_line: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Doc:
    id: str
    filename: str
    unit: str | None
    year: int | None
    province: str
    fmt: str  # txt | html | docx | xlsx | pdf
    encoding: str | None  # text encodings; None for binary formats
    patterns: list[str]  # layouts.md pattern ids, see README.md
    tables: list[Table]
    codes: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return SOURCES / self.filename


def wan_from_yuan(yuan: str) -> float:
    """'1,234,567.00' (元) -> 123.4567 (万元)."""
    return round(float(yuan.replace(",", "")) / 10000, 6)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry times and document dates (bytes independent of the clock)."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    stamp = b"2024-03-01T09:00:00Z"
    entries = [
        (
            info,
            _DATES.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            if info.filename == "docProps/core.xml"
            else data,
        )
        for info, data in entries
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def public(extra: dict[str, Any]) -> dict[str, Any]:
    """Row extras without the rendering-only keys (those starting with an underscore)."""
    return {k: v for k, v in extra.items() if not k.startswith("_")}


def _row_item(i: int, r: Row) -> dict[str, Any]:
    return {
        "row_index": i,
        "level1": r.level1,
        "level2": r.level2,
        "level3": r.level3,
        "description": r.description,
        "value": r.value,
        "basis": r.basis,
        "scoring_standard": r.scoring_standard,
        "source_line": r.source_line,
        "note": r.note,
        "labels": {"codes": sorted(r.codes), "why": dict(r.codes), "specificity": r.specificity},
    }


def _table_item(i: int, t: Table, kinds: tuple[str, ...]) -> dict[str, Any]:
    extra: dict[str, Any] = {"table_kind": t.table_kind, **t.extra}
    row_extra = {str(k): public(r.extra) for k, r in enumerate(t.rows, 1) if public(r.extra)}
    if row_extra:
        extra["row_extra"] = row_extra
    return {
        "table_index": i,
        "kind": t.table_kind if t.table_kind in kinds else t.kind,
        "project": t.project,
        "budget_wan": t.budget_wan,
        "goal": t.goal,
        "title": t.title,
        "unit_line": t.unit_line,
        "labels": {"codes": sorted(t.codes), "why": dict(t.codes), "extra": extra},
        "rows": [_row_item(k, r) for k, r in enumerate(t.rows, 1)],
    }


def to_item(doc: Doc, kinds: tuple[str, ...] = ("project", "overall")) -> dict[str, Any]:
    """The dataset item; a table's intended kind is used where the schema accepts it (`kinds`)."""
    intended = sorted({t.table_kind for t in doc.tables})
    return {
        "record": "item",
        "id": doc.id,
        "source": {"name": doc.filename, "sha256": sha256(doc.path)},
        "unit": doc.unit,
        "year": doc.year,
        "tags": {
            "province": doc.province,
            "format": doc.fmt,
            "encoding": doc.encoding or "binary",
            "layout_patterns": "; ".join(doc.patterns),
            "table_kinds": ",".join(intended),
            "origin": "invented",
        },
        "tables": [_table_item(k, t, kinds) for k, t in enumerate(doc.tables, 1)],
        "document_labels": {"codes": sorted(doc.codes), "why": dict(doc.codes), "extra": doc.extra},
    }
