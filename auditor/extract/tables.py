"""Blocks (text lines + cell grids) -> Document with performance tables and indicator rows.

The extractor walks the blocks in document order with a small state machine:

    title line ("…绩效目标表", "…整体支出绩效指标")  -> a pending table
    metadata rows (项目名称, 预算数/年度资金总额, 绩效目标/年度目标 …) -> table fields
    header row (一级指标 | 二级指标 | 三级指标 | … | 指标值 …)      -> column map
    indicator rows                                                 -> IndicatorRow
    a paragraph, a new title or a new 项目名称 row                  -> table ends

Repairs, each recorded in IndicatorRow.notes, applied only where the layout makes them
unambiguous:
* merged 一级/二级 cells are filled down from the row above;
* a filled-down 一级 that cannot be the parent of the row's 二级 is replaced by the 一级 that can
  (a merged cell lost in PDF text);
* a row whose category names stand one column left/right of the header is re-aligned;
* a row reduced to "三级 | 值" (shifted left) is read as 三级 and 指标值 with 一级/二级 filled down;
* a row split in two by a paragraph break inside a cell is joined again;
* a table whose 指标值 column is empty while the description column holds the values gets
  them moved to 指标值;
* in 符号/值/单位 layouts the value is joined ("≥"+"40.00"+"件"); "文字描述" takes the text;
* a 评（扣）分标准 column swapped with the 描述 column (the 优/良/中/差 scale in the wrong column) is
  swapped back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.domain.framework import (
    canonical_level1,
    is_level1_name,
    is_level2_name,
    parents_of_level2,
)
from auditor.extract.document_meta import find_unit, find_year
from auditor.extract.normalize import clean_cell, squeeze
from auditor.extract.values import confirm_doubled_digits, parse_value
from auditor.ingest.blocks import Grid, GridRow, RawDocument, TextLine
from auditor.models import BodyLine, Document, IndicatorRow, Location, Table, UnparsedRegion

# ---------------------------------------------------------------- vocabulary of table layouts

_TITLE = re.compile(
    r"(绩效目标(申报|批复|设定)?表|绩效指标表|整体(支出)?绩效(目标|指标)|绩效目标(及|和)指标表)"
)
_OVERALL = re.compile(r"整体")
_TOC_LEADER = re.compile(r"(\.{4,}|…{2,}|·{4,})\s*\d+\s*$")

HEADER_FIELDS: list[tuple[str, tuple[str, ...]]] = [
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    ("level3", ("三级指标", "三级指标名称", "指标名称", "具体指标", "绩效指标名称")),
    ("scoring", ("评(扣)分标准", "评（扣）分标准", "评分标准", "扣分标准", "评分规则")),
    (
        "description",
        (
            "绩效指标描述",
            "指标描述",
            "指标说明",
            "指标值说明",
            "指标解释",
            "指标内涵",
            "指标定义",
            "指标内容",
            "计算公式",
        ),
    ),
    (
        "value",
        (
            "指标值",
            "目标值",
            "年度指标值",
            "指标值(目标值)",
            "预期指标值",
            "年度目标值",
            "绩效标准",
            "指标目标值",
        ),
    ),
    (
        "basis",
        (
            "指标值确定依据",
            "确定依据",
            "指标值设定依据",
            "指标依据",
            "依据",
            "数据来源",
            "评价依据",
        ),
    ),
    ("comparator", ("符号", "指标性质", "指标方向", "比较符")),
    ("unit", ("单位", "计量单位", "度量单位")),
    ("number", ("值", "数值")),
]
_HEADER_LOOKUP = {
    squeeze(v).replace("（", "(").replace("）", ")"): k for k, vs in HEADER_FIELDS for v in vs
}

_META_PROJECT = ("项目名称",)
_META_BUDGET = (
    "预算数",
    "年度资金总额",
    "部门预算总额",
    "项目资金总额",
    "资金总额",
    "预算金额",
    "项目预算",
    "年度预算数",
    "预算总额",
)
_META_GOAL = (
    "绩效目标",
    "年度目标",
    "年度履职目标",
    "年度绩效目标",
    "项目绩效目标",
    "总体目标",
    "整体绩效目标",
    "年度总体目标",
)
_META_UNIT = ("部门(单位)名称", "单位名称", "部门名称", "预算单位", "主管部门")
_FUND_USE = ("资金用途", "预算规模及资金用途", "主要用途")
_SCORING_SCALE = re.compile(r"(优|良|中|差)\s*[:：;；]")
_UNIT_LINE = re.compile(r"^\d{6}\s*\S")
_AMOUNT = re.compile(r"^-?\d[\d,]*(\.\d+)?$")
_HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)"
)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return squeeze(text).replace("（", "(").replace("）", ")")


_K_PROJECT = frozenset(_key(x) for x in _META_PROJECT)
_K_GOAL = frozenset(_key(x) for x in _META_GOAL)
_K_UNIT = frozenset(_key(x) for x in _META_UNIT)
_K_BUDGET = tuple(_key(x) for x in _META_BUDGET)
_K_FUND_USE = tuple(_key(x) for x in _FUND_USE)
_K_LABEL_PREFIXES = tuple(_key(x) for x in _META_BUDGET + _META_GOAL + _META_PROJECT + _META_UNIT)


@lru_cache(maxsize=65536)
def header_field(cell: str) -> str | None:
    """The field a header cell names; notes in brackets ("指标值（包含数字及文字描述）") are ignored."""
    k = _key(cell)
    hit = _HEADER_LOOKUP.get(k)
    if hit is None and "(" in k:
        hit = _HEADER_LOOKUP.get(re.sub(r"\([^)]*\)", "", k))
    return hit


def is_header_row(cells: list[str]) -> bool:
    fields = {header_field(c) for c in cells}
    return "level3" in fields or ({"level1", "level2"} <= fields)


def is_title(text: str) -> bool:
    t = squeeze(text)
    if not _TITLE.search(t) or len(t) > 160:
        return False
    return not _TOC_LEADER.search(text)


# ---------------------------------------------------------------- table under construction


@dataclass
class _Builder:
    title: str = ""
    title_loc: Location = field(default_factory=Location)
    kind: str = "project"
    project: str | None = None
    budget: float | None = None
    goal: str | None = None
    unit_name: str | None = None
    unit_line: str | None = None
    budget_texts: list[str] = field(default_factory=list)
    columns: list[str | None] | None = None  # field per column
    header: list[str | None] | None = None  # fields of the non-empty header cells (to spot repeats)
    ncols: int = 0
    rows: list[IndicatorRow] = field(default_factory=list)
    pending_split: GridRow | None = None
    budget_scale: float = 1.0  # 1 for 万元, 0.0001 for 元
    goal_label_seen: bool = False
    expect_fund_use: bool = False
    raw_lines: list[str] = field(default_factory=list)  # the region's text, for an unparsed table


class Extractor:
    def __init__(self, raw: RawDocument):
        self.raw = raw
        self.tables: list[Table] = []
        self.body: list[BodyLine] = []
        self.warnings: list[str] = list(raw.warnings)
        self.cur: _Builder | None = None
        self.section_goal: list[str] = []
        self.unparsed: list[UnparsedRegion] = []
        self.in_overall_goal = False
        self.scale = 1.0

    # -- driving ---------------------------------------------------------------------------
    def run(self) -> Document:
        for block in self.raw.blocks:
            if isinstance(block, TextLine):
                self.on_text(block)
            else:
                self.on_grid(block)
        self.close()
        doc = Document(
            source=self.raw.source,
            layout=self.raw.layout,
            sha256=self.raw.sha256,
            tables=self.tables,
        )
        doc.unit = find_unit(self.raw, self.tables)
        doc.year = find_year(self.raw)
        for t in doc.tables:
            if t.kind == "overall" and not t.project:
                t.project = doc.unit or ""
        doc.body = self.body
        doc.warnings = self.warnings
        doc.unparsed = self.unparsed
        marked = confirm_doubled_digits([r.parsed for t in doc.tables for r in t.rows])
        if marked:
            doc.warnings.append(
                f"{marked} 个指标值的数字成对重复（如“100100”），判为文本层乱码，按一半读数"
            )
        return doc

    def on_text(self, line: TextLine) -> None:
        text = line.text.strip()
        if not text:
            return
        self.body.append(
            BodyLine(line=line.loc.line, text=text, context=self.cur.title if self.cur else "")
        )
        if is_title(text):
            self.close()
            self.cur = _Builder(
                title=text,
                title_loc=line.loc,
                kind="overall" if _OVERALL.search(text) else "project",
            )
            if self.cur.kind == "overall" and self.section_goal:
                self.cur.goal = "\n".join(self.section_goal)
            self.in_overall_goal = False
            return
        m = re.search(r"单位[:：]\s*(万元|元|千元)", squeeze(text))
        if m and len(squeeze(text)) < 12:
            self.scale = {"万元": 1.0, "元": 0.0001, "千元": 0.1}[m.group(1)]
            if self.cur and not self.cur.rows:
                self.cur.budget_scale = self.scale
            return
        if (
            self.cur
            and self.cur.columns is None
            and _UNIT_LINE.match(text)
            and not self.cur.unit_line
        ):
            self.cur.unit_line = text
            return
        # "（一）总体绩效目标" paragraphs are the goal of the overall table that follows
        if (
            re.search(r"总体绩效目标", squeeze(text))
            and len(squeeze(text)) < 60
            and not re.search(r"表$", squeeze(text))
        ):
            self.in_overall_goal = True
            self.section_goal = []
            return
        if self.in_overall_goal:
            if _HEADING.match(text) or is_title(text):
                self.in_overall_goal = False
            else:
                self.section_goal.append(text)
                return
        if self.cur and self.cur.columns is not None:
            # a paragraph after the indicator rows ends the table
            self.close()
        elif self.cur is not None:
            self.cur.raw_lines.append(text)

    def on_grid(self, grid: Grid) -> None:
        for row in grid.rows:
            self.on_row(row)

    def on_row(self, row: GridRow) -> None:
        cells = [clean_cell(c) for c in row.cells]
        nonempty = [c for c in cells if c]
        if not nonempty:
            return
        first = nonempty[0]
        if len(nonempty) == 1 and is_title(first) and not is_header_row(cells):
            self.on_text(TextLine(first, row.loc))
            return
        if (
            len(nonempty) == 1
            and self.cur
            and self.cur.columns is None
            and _UNIT_LINE.match(first)
            and not self.cur.unit_line
        ):
            self.cur.unit_line = first
            return
        if len(nonempty) == 1 and re.fullmatch(r"单位[:：]\s*(万元|元|千元)", squeeze(first)):
            self.on_text(TextLine(first, row.loc))
            return
        if is_header_row(cells):
            if (
                self.cur is not None
                and self.cur.rows
                and self.cur.header == [header_field(c) for c in cells if c]
            ):
                return  # the same header repeated (a new page, a repeated table header): same table
            if self.cur is None or self.cur.columns is not None:
                # a header without a title: a table of its own
                self.close()
                self.cur = _Builder(title="", title_loc=row.loc)
            self.set_header(cells, row.merged)
            return
        cur = self.cur
        if cur is None and _key(first) in _K_PROJECT:
            # a project block that starts with its 项目名称 row, without a title line
            self.cur = cur = _Builder(title="", title_loc=row.loc)
        if cur is None:
            self.body.append(BodyLine(line=row.loc.line, text=" | ".join(nonempty)))
            return
        if cur.columns is None:
            self.body.append(
                BodyLine(line=row.loc.line, text=" | ".join(nonempty), context=cur.title)
            )
            cur.raw_lines.append("\t".join(cells))
            self.on_meta(cells, row)
            return
        # a sub-header (符号 | 值 | 单位) directly under the header
        sub = [header_field(c) for c in cells]
        if not cur.rows and {"comparator", "number"} <= set(sub):
            self.set_subheader(cells)
            return
        if _key(first) in _K_PROJECT:
            # a new project block without a title line
            self.close()
            self.cur = _Builder(title="", title_loc=row.loc)
            self.on_meta(cells, row)
            return
        self.on_indicator(cells, row)

    # -- metadata ----------------------------------------------------------------------------
    def on_meta(self, cells: list[str], row: GridRow) -> None:
        cur = self.cur
        assert cur is not None
        keys = [_key(c) for c in cells]
        nonempty = [(i, c) for i, c in enumerate(cells) if c]
        for i, c in nonempty:
            k = _key(c)
            if k in _K_PROJECT:
                val = _next_value(cells, i)
                if val:
                    cur.project = val
            elif k.startswith(_K_BUDGET) and cur.budget is None:
                num = _next_number(cells, i)
                if num is not None:
                    scale = (
                        0.0001
                        if re.search(r"[(（]元[)）]", c)
                        else (1.0 if "万元" in c else cur.budget_scale)
                    )
                    cur.budget = round(num * scale, 6)
            elif k in _K_GOAL and cur.goal is None:
                val = _next_value(cells, i)
                if val:
                    cur.goal = _flat(val) if self.raw.layout == "pdf" else val
            elif k in _K_UNIT and not cur.unit_name:
                val = _next_value(cells, i)
                if val:
                    cur.unit_name = val
        # texts about the money (资金用途, "预算数 37 万元。其中…") are kept for budget checks
        first_key = keys[nonempty[0][0]] if nonempty else ""
        if first_key.startswith(_K_FUND_USE):
            cur.expect_fund_use = True
        elif (
            cur.expect_fund_use
            and len(nonempty) == 1
            and not _AMOUNT.match(nonempty[0][1].replace("%", ""))
        ):
            cur.budget_texts.append(nonempty[0][1])
            cur.expect_fund_use = False
        elif (
            nonempty
            and "万元" in nonempty[0][1]
            and len(nonempty) == 1
            and not _is_label(nonempty[0][1])
        ):
            cur.budget_texts.append(nonempty[0][1])
        else:
            cur.expect_fund_use = False

    # -- header --------------------------------------------------------------------------------
    def set_header(self, cells: list[str], merged: list[bool] | None = None) -> None:
        cur = self.cur
        assert cur is not None
        cur.columns = [header_field(c) for c in cells]
        if merged and "level2" not in cur.columns and "level1" in cur.columns:
            # a grouped header: "一级指标" drawn across the 一级 and 二级 columns (a horizontal merge)
            j = cur.columns.index("level1") + 1
            if j < len(cells) and j < len(merged) and merged[j] and cur.columns[j] is None:
                cur.columns[j] = "level2"
        cur.header = [header_field(c) for c in cells if c]
        cur.ncols = len(cells)

    def set_subheader(self, cells: list[str]) -> None:
        """指标值 spans 符号 | 值 | 单位 in the row below: expand the header accordingly."""
        cur = self.cur
        assert cur is not None and cur.columns is not None
        sub = [header_field(c) for c in cells]
        cols = list(cur.columns)
        if "value" in cols:
            i = cols.index("value")
            width = len(cells) - len(cols) + 1
            if width >= 2:
                cols = cols[:i] + [None] * width + cols[i + 1 :]
        for j, f in enumerate(sub):
            if f in ("comparator", "number", "unit"):
                while len(cols) <= j:
                    cols.append(None)
                cols[j] = f
        cur.columns = cols
        cur.ncols = len(cols)

    # -- indicator rows -------------------------------------------------------------------------
    def on_indicator(self, cells: list[str], row: GridRow) -> None:
        cur = self.cur
        assert cur is not None and cur.columns is not None
        # a row split by a paragraph break inside a cell: join it with the next piece
        if cur.pending_split is not None:
            prev = cur.pending_split
            cur.pending_split = None
            if len(prev.cells) + len(cells) == cur.ncols:
                joined = GridRow(cells=[clean_cell(c) for c in prev.cells] + cells, loc=prev.loc)
                self._add_indicator(
                    [clean_cell(c) for c in joined.cells],
                    joined,
                    note="被单元格内换行拆开的行已合并",
                )
                return
            self._add_indicator([clean_cell(c) for c in prev.cells], prev)
        if self.raw.layout == "text/docx-flat" and 2 <= len(cells) < cur.ncols:
            cur.pending_split = GridRow(cells=cells, loc=row.loc)
            return
        self._add_indicator(cells, row)

    def _add_indicator(self, cells: list[str], row: GridRow, note: str | None = None) -> None:
        cur = self.cur
        assert cur is not None and cur.columns is not None
        cols = cur.columns
        notes: list[str] = [note] if note else []
        cells = self._align(cells, notes)
        fields: dict[str, str] = {}
        for j, c in enumerate(cells):
            f = cols[j] if j < len(cols) else None
            if f and c and f not in fields:
                fields[f] = c
            elif f and c and f in ("description", "basis", "scoring"):
                fields[f] += "\n" + c
        shifted = self._shifted_left(cells, fields)
        if shifted is not None:
            fields = shifted
            notes.append(
                "行左移：首格读作三级指标，其后第一个非空格读作指标值，一级/二级沿用上一行"
            )
        elif row.merged and cur.rows and len(row.merged) == len(cells):
            # a 依据 / 评分标准 cell merged down over several rows (a reader-flagged merge): the rows
            # below share it (only these trailing columns; a merged 描述/指标值 may be a horizontal span)
            for j, f in enumerate(cols[: len(cells)]):
                if f in ("basis", "scoring") and not cells[j] and row.merged[j] and f not in fields:
                    prev_val = cur.rows[-1].basis if f == "basis" else cur.rows[-1].scoring_standard
                    if prev_val:
                        fields[f] = prev_val
        prev = cur.rows[-1] if cur.rows else None
        level1 = fields.get("level1", "")
        level2 = fields.get("level2", "")
        filled1 = False
        if "level1" not in cols and level2:
            # tables without a 一级 column (二级/三级/指标值 only): the 二级 names its 一级
            parents = parents_of_level2(level2)
            if len(parents) == 1:
                level1 = next(iter(parents))
                if not cur.rows:
                    notes.append("表中无一级指标列，一级指标由二级指标推断")
        if not level1 and prev:
            level1, filled1 = prev.level1, True
        if (
            not level2
            and prev
            and (not fields.get("level1") or _same_level1(fields["level1"], prev.level1))
        ):
            # a merged 二级 cell; also when the 一级 is written on every row of its group
            level2 = prev.level2
        if filled1 and level2 and is_level2_name(level2) and not is_level1_name(level2):
            parents = parents_of_level2(level2)
            if parents and canonical_level1(level1) not in parents:
                level1 = _spelling_for(parents, cur.rows) or sorted(parents)[0]
                notes.append("一级指标由二级指标推断（合并单元格在文本中丢失）")
        value = fields.get("value", "")
        if "comparator" in fields or "number" in fields:
            value = _join_value(fields)
        elif "unit" in fields:
            # a separate 计量单位 column (Hunan-style tables): the value is number + unit
            unit = squeeze(fields["unit"])
            if not value:
                value = fields["unit"]
            elif not squeeze(value).endswith(unit):
                value = squeeze(value) + unit
                notes.append("指标值与计量单位两列已合并")
        level3 = fields.get("level3", "")
        if not level3 and not value:
            return  # a category-only or empty line
        if self.raw.layout == "pdf":
            # PDF cells break lines where the page wraps them, not between paragraphs
            for k in ("description", "basis", "scoring"):
                if fields.get(k):
                    fields[k] = _flat(fields[k])
        description = fields.get("description")
        scoring = fields.get("scoring")
        if (
            scoring
            and description
            and _SCORING_SCALE.search(description)
            and not _SCORING_SCALE.search(scoring)
        ):
            description, scoring = scoring, description
            notes.append("评（扣）分标准与绩效指标描述两列内容互换，已按内容归位")
        cur.rows.append(
            IndicatorRow(
                index=len(cur.rows) + 1,
                level1=_flat(level1),
                level2=_flat(level2),
                level3=_flat(level3),
                description=description or None,
                value=_flat(value),
                basis=fields.get("basis") or None,
                location=_loc(row.loc),
                scoring_standard=scoring or None,
                notes=notes,
            )
        )

    def _align(self, cells: list[str], notes: list[str]) -> list[str]:
        """Re-align a row that lost its leading (empty) cells: its category names stand left of
        their header columns. Only unambiguous names are used (满意度/成本 are both 一级 and 二级)."""
        cur = self.cur
        assert cur is not None and cur.columns is not None
        cols = cur.columns
        if "level1" in cols:
            # a 一级 name followed by a 二级 name marks the 一级 column unambiguously
            target = cols.index("level1")
            for j in range(min(target, len(cells) - 1)):
                if cells[j] and is_level1_name(cells[j]) and is_level2_name(cells[j + 1]):
                    notes.append(f"行错位：一级指标位于第{j + 1}列，按表头移到第{target + 1}列")
                    return [""] * (target - j) + cells
        checks = (
            ("level1", lambda c: is_level1_name(c) and not is_level2_name(c)),
            ("level2", lambda c: is_level2_name(c) and not is_level1_name(c)),
        )
        for fname, test in checks:
            if fname not in cols:
                continue
            target = cols.index(fname)
            hits = [j for j, c in enumerate(cells) if c and test(c)]
            if not hits:
                continue
            j = hits[0]
            if j < target:
                notes.append(f"行错位：类别名称位于第{j + 1}列，按表头移到第{target + 1}列")
                return [""] * (target - j) + cells
            return cells
        return cells

    def _shifted_left(self, cells: list[str], fields: dict[str, str]) -> dict[str, str] | None:
        """'三级 | 值' squeezed into the first columns (a PDF row that lost its empty cells)."""
        cur = self.cur
        assert cur is not None and cur.columns is not None
        cols = cur.columns
        if "level3" not in cols:
            return None
        nonempty = [(j, c) for j, c in enumerate(cells) if c]
        if not nonempty or len(nonempty) > 2:
            return None
        j0, first = nonempty[0]
        if j0 >= cols.index("level3") or is_level1_name(first) or is_level2_name(first):
            return None
        if len(nonempty) == 1:
            return None
        return {"level3": first, "value": nonempty[1][1]}

    # -- closing -----------------------------------------------------------------------------
    def close(self) -> None:
        cur = self.cur
        self.cur = None
        if cur is None:
            return
        if cur.pending_split is not None:
            self.cur = cur
            self._add_indicator([clean_cell(c) for c in cur.pending_split.cells], cur.pending_split)
            self.cur = None
            cur.pending_split = None
        if cur.columns is None or not cur.rows:
            if cur.columns is not None:
                self.warnings.append(f"表“{cur.title or cur.project or '?'}”有表头但没有指标行")
            elif _looks_like_indicator_region(cur.raw_lines):
                self.unparsed.append(
                    UnparsedRegion(
                        title=cur.title, text="\n".join(cur.raw_lines), location=_loc(cur.title_loc)
                    )
                )
                self.warnings.append(
                    f"表“{cur.title}”含绩效指标但未能识别表头，未还原为指标行（可用模型辅助提取）"
                )
            return
        _move_values_from_description(cur)
        for r in cur.rows:
            r.parsed = parse_value(r.value)
        project = (
            cur.project
            or (project_from_title(cur.title) if cur.kind == "project" else cur.unit_name)
            or ""
        )
        self.tables.append(
            Table(
                index=len(self.tables) + 1,
                kind=cur.kind,  # type: ignore[arg-type]
                project=project,
                budget_wan=cur.budget,
                goal=cur.goal,
                title=cur.title,
                unit_line=cur.unit_line,
                budget_texts=cur.budget_texts,
                location=_loc(cur.title_loc),
                has_basis_column="basis" in cur.columns,
                rows=cur.rows,
            )
        )


# ---------------------------------------------------------------- helpers


def _loc(loc: Location) -> Location:
    return loc.model_copy()


def _flat(text: str) -> str:
    """Names and values: cell-internal line breaks removed ("社会\\n效益" -> "社会效益")."""
    return "".join(p.strip() for p in text.split("\n")) if "\n" in text else text.strip()


def _is_label(text: str) -> bool:
    return _key(text).startswith(_K_LABEL_PREFIXES)


def _next_value(cells: list[str], i: int) -> str | None:
    for c in cells[i + 1 :]:
        if c and not _is_label(c):
            return c
    return None


def _next_number(cells: list[str], i: int) -> float | None:
    for c in cells[i + 1 :]:
        t = squeeze(c).replace(",", "")
        if _AMOUNT.match(t):
            return float(t)
        m = re.match(r"^(\d+(?:\.\d+)?)万元$", t)
        if m:
            return float(m.group(1))
        if c and not re.match(r"^[\d.]+$", t) and _is_label(c):
            return None
    return None


def _join_value(fields: dict[str, str]) -> str:
    comp = squeeze(fields.get("comparator", ""))
    num = squeeze(fields.get("number", ""))
    unit = squeeze(fields.get("unit", ""))
    if comp in ("文字描述", "定性", "文本") or (not num and unit and not comp):
        return fields.get("unit", "") or fields.get("value", "")
    return comp + num + unit


def _same_level1(a: str, b: str) -> bool:
    return squeeze(a) == squeeze(b) or (
        canonical_level1(a) is not None and canonical_level1(a) == canonical_level1(b)
    )


def _spelling_for(parents: set[str], rows: list[IndicatorRow]) -> str | None:
    """Use the table's own spelling of the inferred 一级 (效果指标 vs 效益指标) when it has one."""
    for r in rows:
        if canonical_level1(r.level1) in parents:
            return r.level1
    return None


def _move_values_from_description(cur: _Builder) -> None:
    """Values typed into the description column while 指标值 stays empty (whole table)."""
    rows = cur.rows
    empty_value = [r for r in rows if not r.value]
    if not rows or len(empty_value) < max(2, int(0.8 * len(rows))):
        return
    with_desc = [r for r in empty_value if r.description]
    if len(with_desc) < 0.8 * len(empty_value):
        return
    for r in with_desc:
        r.value = _flat(r.description or "")
        r.description = None
        r.notes.append("指标值写在说明列，指标值列为空：已移入指标值")


def _looks_like_indicator_region(lines: list[str]) -> bool:
    """Text under a table title that still names indicator categories: a table whose cells the
    reader could not separate (cells run together, an unknown layout). A table of contents or an
    unrelated budget table names none."""
    text = "".join(lines)
    if not text:
        return False
    names = sum(1 for k in _CATEGORY_WORDS if k in text)
    return names >= 3 or ("三级指标" in text and names >= 1)


_CATEGORY_WORDS = (
    "产出指标",
    "效益指标",
    "效果指标",
    "满意度指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "社会效益",
    "经济效益",
    "生态效益",
    "可持续影响",
    "服务对象满意度",
)


def project_from_title(title: str) -> str:
    """'[bookmark: x]1.经开区编外人员资金绩效目标表{ TC … }' -> '经开区编外人员资金'."""
    t = re.sub(r"\[bookmark:[^\]]*\]", "", title)
    t = re.sub(r"\{\s*TC\b[^}]*\}", "", t)
    t = re.sub(r"\{[^}]*\\[a-z][^}]*\}", "", t)
    t = t.strip(" \u3000#*")
    t = re.sub(
        r"^(\d+[.、．]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[)）])\s*",
        "",
        t,
    )
    t = re.sub(r"(项目)?(支出)?绩效目标(申报|批复|设定)?表.*$", "", t)
    t = re.sub(r"绩效指标表.*$", "", t)
    return t.strip(" \u3000")


def extract(raw: RawDocument) -> Document:
    """Turn a RawDocument into a Document (tables, rows, unit, year, body text)."""
    return Extractor(raw).run()
