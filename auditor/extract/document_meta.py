"""Document-level facts: the issuing unit (部门/单位) and the budget year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from auditor.extract.normalize import squeeze
from auditor.ingest.blocks import Grid, RawDocument, TextLine
from auditor.models import Table

# Names of Chinese public bodies end in one of these (委员会, 局, 办公室 ...).
_ORG_SUFFIX = r"(管理委员会办公室|委员会办公室|管理委员会|委员会|办公室|管理局|服务中心|中心|人民政府|政府|局|院|所|站|馆|队|处|厅|委|社|学校|医院|协会|联合会|总工会|学会|部)"
_ORG = re.compile(
    r"^(?:\d{6})?\s*(?P<org>[\u4e00-\u9fff（）()·]{3,40}?"
    + _ORG_SUFFIX
    + r")(?:（本级）|\(本级\)|本级)?(?P<tail>.*)$"
)
_TAIL_OK = re.compile(r"^(\s*(20\d\d|二〇[二一〇一二三四五六七八九〇]{2})\s*年.*|)$")
_UNIT_LABELS = ("部门(单位)名称", "部门（单位）名称", "单位名称", "部门名称", "预算单位")
_UNIT_LABEL_KEYS = frozenset(squeeze(x) for x in _UNIT_LABELS)
_YEAR_PATTERNS = [
    re.compile(r"预算年度[:：]?\s*(20\d\d)"),
    re.compile(r"(20\d\d)\s*年\s*(度)?\s*(部门|单位)?\s*(预算|预算公开|预算信息)"),
    # a table title naming its year: "某某县教育局2023年学生资助项目支出绩效目标表"
    re.compile(r"(20\d\d)\s*年度?.{0,40}?(项目支出|整体支出)?绩效(目标|自评|指标)"),
    re.compile(r"[(（]\s*(20\d\d)\s*年\s*度?\s*[)）]"),
]
_DEFINITIVE = 3  # the patterns before this index decide at once near the top of the document


def _texts(raw: RawDocument, limit: int | None = None) -> Iterator[tuple[str, bool]]:
    """(text, is_cell) in document order: paragraphs and single-cell rows."""
    n = 0
    for b in raw.blocks:
        if isinstance(b, TextLine):
            yield b.text, False
            n += 1
        elif isinstance(b, Grid):
            for row in b.rows:
                cells = [c for c in row.cells if c.strip()]
                if len(cells) == 1:
                    yield cells[0], True
                    n += 1
                elif len(cells) >= 2:
                    yield " \t ".join(cells), True
                    n += 1
        if limit is not None and n >= limit:
            return


def find_unit(raw: RawDocument, tables: list[Table]) -> str | None:
    """The issuing unit: a labelled 单位名称 cell first, else an organisation-name line near the top."""
    for b in raw.blocks:
        if isinstance(b, Grid):
            for row in b.rows:
                cells = row.cells
                for i, c in enumerate(cells):
                    if (
                        len(c) < 16
                        and ("名称" in c or "单位" in c)
                        and squeeze(c) in _UNIT_LABEL_KEYS
                    ):
                        for v in cells[i + 1 :]:
                            v = v.strip()
                            if v:
                                m = _ORG.match(squeeze(v))
                                if m and not m.group("tail"):
                                    return _clean_org(v)
                                break
    for text, _ in _texts(raw, limit=80):
        if "\t" in text:
            continue
        s = squeeze(text)
        m = _ORG.match(s)
        if (
            m
            and _TAIL_OK.match(m.group("tail"))
            and not re.search(r"(预算|支出|收入|说明|目录|情况)", m.group("org"))
        ):
            return _clean_org(m.group("org"))
    # fall back to the most common organisation name in the document
    counts: Counter[str] = Counter()
    for text, _ in _texts(raw):
        m = _ORG.match(squeeze(text))
        if m and not m.group("tail"):
            counts[_clean_org(m.group("org"))] += 1
    return counts.most_common(1)[0][0] if counts else None


def _clean_org(text: str) -> str:
    t = re.sub(r"^\d{6}\s*", "", text.strip())
    return t.strip()


def find_year(raw: RawDocument) -> int | None:
    """Budget year: "预算年度：2024", "2021年部门预算", "(2021年度)"; the first explicit mention wins."""
    counts: Counter[int] = Counter()
    for i, (text, _) in enumerate(_texts(raw)):
        s = squeeze(text)
        for k, pat in enumerate(_YEAR_PATTERNS):
            m = pat.search(s)
            if m:
                if i < 80 and k < _DEFINITIVE:
                    return int(m.group(1))
                counts[int(m.group(1))] += 1
    return counts.most_common(1)[0][0] if counts else None
