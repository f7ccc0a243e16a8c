"""A closed Draft -> Table(s), or an unparsed region when the block cannot be read safely.

Department-wide tables (a 项目名称 column beside the indicator columns) become one table per
project; their subtotal rows (unit and amount only) are skipped. A table cut off at the end of
the file keeps its complete rows and says so. A block whose rows mostly do not fit any column
layout is not guessed at: it is reported as an unparsed region with its location (the LLM
extraction fallback takes those when an endpoint is configured).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.domain.framework import canonical_level1, parents_of_level2
from auditor.extract.assemble import assemble
from auditor.extract.budget_grid import amount
from auditor.extract.cells import CellRow
from auditor.extract.draft import IMPLIED_HEADER, IMPLIED_TAIL, Draft
from auditor.extract.evaluation_cells import is_total_word
from auditor.extract.header import Header, build_header
from auditor.extract.indent import two_cell_targets
from auditor.extract.kinds import project_from_title, table_kind
from auditor.extract.meta import read_meta
from auditor.extract.meta_labels import Label, label_of, label_scale
from auditor.extract.meta_state import Meta
from auditor.extract.normalize import squeeze
from auditor.extract.project_blocks import block_owners, framework_rank
from auditor.extract.repairs import (
    flatten_text_cells,
    move_values_from_description,
    share_merged_cells,
    swap_scoring_and_description,
)
from auditor.extract.roles import TARGET_ROLES, Role
from auditor.extract.rowbuild import WORDED_SPLIT_NOTE, RowFields, build_row, to_number
from auditor.extract.tokenize import split_name_value
from auditor.extract.tree import clean_names, is_both_levels, resolve_tree
from auditor.extract.values import parse_value
from auditor.extract.vocabulary import NAME_KINDS, VALUE_KINDS, category, kind_of
from auditor.models import IndicatorRow, RowFlag, Table, UnparsedRegion

_SCALE_NAME = {1.0: "万元", 0.0001: "元", 0.1: "千元"}
UNREADABLE_SHARE = 0.34  # more uncertain rows than this: the block is not read, it is reported


@dataclass
class Results:
    tables: list[Table] = field(default_factory=list)
    unparsed: list[UnparsedRegion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Project:
    """One project's rows in a table (a department-wide table holds several)."""

    meta: Meta
    fields: list[RowFields] = field(default_factory=list)


def finish_draft(draft: Draft, at_end: bool, out: Results, flat: bool) -> None:
    if draft.header is None:
        _headerless(draft, out)
        return
    if draft.implied_header and _tail_column(draft.body):
        draft.header = build_header([*IMPLIED_HEADER, IMPLIED_TAIL], draft.header.loc)
    fields = assemble(draft.body, draft.header)
    projects = _split_projects(draft, fields)
    for project in projects:
        table = _table(draft, project, flat, out)
        if table is None:
            continue
        # a last row whose target stops short ("≥", "≤1800元/") was cut, also mid-document (an
        # excerpt ending inside the table)
        cut = table.rows and _DANGLING.search(table.rows[-1].value or "")
        if (at_end or cut) and project is projects[-1]:
            _cut_at_end(table, at_end)
        if _unreadable(table):
            _report_unparsed(draft, table, out)
            continue
        table.index = len(out.tables) + 1
        out.tables.append(table)


def _tail_column(body: list[CellRow]) -> bool:
    """A headerless table printed one cell per line whose indentation shows a column after
    the target (see indent.two_cell_targets)."""
    depths = [r.indent for r in body if r.nonempty()]
    if not depths or any(d is None for d in depths):
        return False
    cells = [r.nonempty()[0] for r in body if r.nonempty()]
    return two_cell_targets([d for d in depths if d is not None], [kind_of(c) for c in cells])


def _headerless(draft: Draft, out: Results) -> None:
    if _looks_like_indicator_region(draft.raw_lines):
        out.unparsed.append(
            UnparsedRegion(
                title=draft.title,
                text="\n".join(draft.raw_lines),
                location=draft.loc.model_copy(),
                reason="未能识别表头",
            )
        )
        out.warnings.append(
            f"表“{draft.title}”含绩效指标但未能识别表头，未还原为指标行（可用模型辅助提取）"
        )


def _table(draft: Draft, project: _Project, flat: bool, out: Results) -> Table | None:
    header = draft.header
    assert header is not None
    totals = [f for f in project.fields if _is_total(f)]
    indicators = _without_goal_rows(project.fields, project.meta, flat)
    rows = _rows([f for f in indicators if not _is_total(f)], header, flat)
    if not rows:
        out.warnings.append(f"表“{draft.title or project.meta.project or '?'}”有表头但没有指标行")
        return None
    meta = project.meta
    kind = table_kind(draft.title, header)
    whole_unit = kind == "overall" or "整体" in draft.title  # a department's own table
    name = meta.project or (meta.unit_name if whole_unit else project_from_title(draft.title))
    return Table(
        index=0,
        kind=kind,
        project=name or "",
        budget_wan=meta.budget,
        goal=meta.goal,
        title=draft.title,
        unit_line=draft.unit_line,
        budget_texts=meta.budget_texts,
        location=draft.loc.model_copy(),
        has_basis_column=header.has(Role.BASIS),
        rows=rows,
        budget_unit=meta.budget_unit,
        budget_lines=meta.budget_lines,
        execution_rate=meta.execution_rate,
        unit_name=meta.unit_name,
        midterm_goal=meta.midterm_goal,
        actual_goal=meta.actual_goal,
        columns=list(header.texts),
        total_weight=to_number(totals[-1].get(Role.WEIGHT)) if totals else None,
        total_score=to_number(totals[-1].get(Role.SCORE)) if totals else None,
    )


def _rows(fields: list[RowFields], header: Header, flat: bool) -> list[IndicatorRow]:
    rows: list[IndicatorRow] = []
    ambiguous: set[int] = set()
    carry: dict[Role, str] = {}
    for f in fields:
        _apply_context(f, carry)
        carry = {}
        row = build_row(f, header, len(rows) + 1)
        if row is None:
            carry = _context(f)
            continue
        share_merged_cells(row, rows[-1] if rows else None, {str(r) for r in f.merged})
        if flat:
            flatten_text_cells(row)
        swap_scoring_and_description(row)
        clean_names(row)
        if f.by_content and not f.get(Role.LEVEL2) and is_both_levels(row.level1):
            ambiguous.add(len(rows))
        rows.append(row)
    resolve_tree(rows, header.has(Role.LEVEL1), ambiguous)
    if any(header.has(r) for r in TARGET_ROLES):
        # a table without a target column (an evaluation system) explains, it states no targets
        move_values_from_description(rows)
    for r in rows:
        r.parsed = parse_value(r.value)
    return rows


_GOAL_LABELS = frozenset({Label.GOAL, Label.MID_GOAL, Label.ACTUAL_GOAL})
_PROSE_GOAL = re.compile(
    r"[\u4e00-\u9fff]{4}.*[，,。；;]|[\u4e00-\u9fff]{12}"
)  # words, not a figure


def _without_goal_rows(fields: list[RowFields], meta: Meta, flat: bool) -> list[RowFields]:
    """A goal printed in the grid among or under the indicators ("中期目标 | 2024—2026年完成…"):
    a goal label and its text, no indicator. The text goes to the table's goals."""
    kept: list[RowFields] = []
    for f in fields:
        texts = [t for t in f.cells.values() if t.strip()]
        goal = len(texts) == 2 and label_of(texts[0]) in _GOAL_LABELS
        if goal and _PROSE_GOAL.search(texts[1]):
            read_meta(meta, texts, flat)
            continue
        kept.append(f)
    return kept


def _is_total(f: RowFields) -> bool:
    """The 总分 / 合计 row of a scored table: a total word and numbers, no indicator."""
    words = [t for t in f.cells.values() if is_total_word(t)]
    return bool(words) and any(to_number(f.get(r)) is not None for r in (Role.WEIGHT, Role.SCORE))


def _apply_context(f: RowFields, carry: dict[Role, str]) -> None:
    """Names printed on the line above fill the row's. A 一级 on its own line followed by a row
    whose first name is both a 一级 and a 二级 name (满意度指标 / 服务对象满意度指标 …) makes that
    name the row's 二级 when the 一级 above can be its parent (and a second name its 三级)."""
    own = f.cells.get(Role.LEVEL1)
    above = carry.get(Role.LEVEL1)
    if own and above and _is_child(own, above):
        level2, level3 = f.cells.get(Role.LEVEL2), f.cells.get(Role.LEVEL3)
        if not level2:
            f.cells[Role.LEVEL2] = own
            f.cells[Role.LEVEL1] = above
        elif not level3:  # the 三级 is itself a category name (服务对象满意度)
            f.cells[Role.LEVEL3], f.cells[Role.LEVEL2] = level2, own
            f.cells[Role.LEVEL1] = above
    for role, text in carry.items():
        f.cells.setdefault(role, text)


def _is_child(name: str, level1: str) -> bool:
    cat = category(name)
    if cat is None or cat.level2 is None or squeeze(name) == squeeze(level1):
        return False
    return canonical_level1(level1) in parents_of_level2(cat.level2)


def _context(f: RowFields) -> dict[Role, str]:
    """A row of category names only (a 一级 printed on a line of its own) names the next row's."""
    names: dict[Role, str] = {r: t for r, t in f.cells.items() if r in (Role.LEVEL1, Role.LEVEL2)}
    if names and all(kind_of(t) in NAME_KINDS for t in names.values()):
        return names
    return {}


# ------------------------------------------------------------------ department-wide tables


def _split_projects(draft: Draft, fields: list[RowFields]) -> list[_Project]:
    header = draft.header
    assert header is not None
    if not header.has(Role.PROJECT):
        return [_Project(draft.meta, fields)]
    scale = _column_scale(header, draft.meta.scale)
    projects: list[_Project] = []
    rows: list[RowFields] = []  # the indicator rows
    names_at: list[float] = []  # where each project's name is printed among them
    # centred cells of unequal heights: an unruled PDF may print a project's amount and goal on
    # a row of their own right above or below its name
    loose: RowFields | None = None  # such a row above the next name
    named: Meta | None = None  # the project named on the row before
    for f in fields:
        name = f.get(Role.PROJECT)
        indicator = any(f.get(r) for r in (Role.LEVEL3, Role.VALUE, Role.NUMBER, Role.LEVEL2))
        above, loose, before, named = loose, None, named, None
        if not name and _subtotal(f):
            continue  # a subtotal row: unit and amount only
        if name:
            named = _project_meta(f, name, draft.meta.scale, scale)
            projects.append(_Project(named))
            names_at.append(len(rows) if indicator else len(rows) - 0.5)
            if above is not None:
                _fill_project(named, above, scale)
        elif not indicator and (f.get(Role.BUDGET) or f.get(Role.GOAL)):
            if before is not None and before.budget is None:
                _fill_project(before, f, scale)
            else:
                loose = f
        if indicator:
            rows.append(f)
    ranks = [framework_rank(f.get(Role.LEVEL1), f.get(Role.LEVEL2)) for f in rows]
    for f, owner in zip(rows, block_owners(names_at, ranks), strict=True):
        if owner is not None:
            projects[owner].fields.append(f)
    return projects or [_Project(draft.meta, fields)]


def _project_meta(f: RowFields, name: str, default_scale: float, scale: float) -> Meta:
    meta = Meta(scale=default_scale, project=name, unit_name=f.get(Role.UNIT_NAME) or None)
    _fill_project(meta, f, scale)
    return meta


def _fill_project(meta: Meta, f: RowFields, scale: float) -> None:
    """The project's goal, amount and unit from a row's cells, where it has none yet."""
    meta.goal = meta.goal or f.get(Role.GOAL) or None
    meta.unit_name = meta.unit_name or f.get(Role.UNIT_NAME) or None
    budget = amount(f.get(Role.BUDGET)) if f.get(Role.BUDGET) else None
    if budget is not None and meta.budget is None:
        meta.budget = round(budget * scale, 6)
        meta.budget_unit = _SCALE_NAME.get(scale, "万元")


_UNIT_CODE = re.compile(r"^\d{3,}(-\d+)?\s*[-－—]\s*\S")


def _subtotal(f: RowFields) -> bool:
    """A department subtotal ("302-某某福利院 | | 900000.00") whatever column its amount was
    aligned to: a coded unit name, an amount and no indicator name."""
    if any(f.get(r) for r in (Role.LEVEL1, Role.LEVEL2, Role.LEVEL3)):
        return False
    texts = [t for t in f.cells.values() if t]
    return any(_UNIT_CODE.match(squeeze(t)) for t in texts) and all(
        _UNIT_CODE.match(squeeze(t)) or amount(t) is not None for t in texts
    )


def _column_scale(header: Header, default: float) -> float:
    j = header.index(Role.BUDGET)
    if j is None:
        return default
    s = label_scale(header.texts[j])
    return s if s is not None else default


# ------------------------------------------------------------------ honest failure


_DANGLING = re.compile(r"[/／(（、，,≥≤<>~～\-]\s*$")  # a value cannot end here


def _cut_at_end(table: Table, at_end: bool = True) -> None:
    """The file (or the excerpt) ends inside the table: an incomplete last row is dropped and
    the cut reported."""
    last = table.rows[-1]
    named = last.level3 or not any(r.level3 for r in table.rows)
    whole = last.value and not _DANGLING.search(last.value)  # "≤1800元/": cut inside its unit
    if at_end and (WORDED_SPLIT_NOTE in last.notes or _name_without_target(last)):
        whole = False  # "…指标 | 受助群众满(意)": the file stops inside the name, before a target
    if (whole and named) or RowFlag.PLACEHOLDER in last.flags:
        return  # complete (a row cut inside its name has no 三级: "…服务对象满意度指标 | 当事人满")
    if last.weight is not None and not any(r.value for r in table.rows):
        return  # an evaluation system states 分值, not targets: a row with its 分值 is complete
    table.rows.pop()
    table.truncated = True
    where = "在文件末尾" if at_end else "在此处（指标值不完整）"
    table.warnings.append(
        f"表格{where}被截断：保留完整的{len(table.rows)}行，末尾不完整的一行（“{last.level3}”）未读取"
    )


def _name_without_target(row: IndicatorRow) -> bool:
    """A table without a 三级 column prints the name and its target in the value cell ("调解成功率
    ≥96%"): a cell without a figure that neither is nor ends in a target was cut inside its name."""
    value = row.value or ""
    if RowFlag.NO_LEVEL3_COLUMN not in row.flags or _DIGIT.search(value):
        return False
    return kind_of(value) not in VALUE_KINDS and split_name_value(value, worded=True) is None


_DIGIT = re.compile(r"\d")


def _unreadable(table: Table) -> bool:
    if not table.rows:
        return True
    unsure = sum(1 for r in table.rows if RowFlag.UNCERTAIN in r.flags)
    return unsure > UNREADABLE_SHARE * len(table.rows) and unsure >= 2


def _report_unparsed(draft: Draft, table: Table, out: Results) -> None:
    text = "\n".join(draft.raw_lines) or "\n".join(
        "\t".join(c for c in r.cells) for r in draft.body
    )
    out.unparsed.append(
        UnparsedRegion(
            title=draft.title or table.project,
            text=text,
            location=draft.loc.model_copy(),
            reason="单元格无法可靠地对应到表头各列",
        )
    )
    out.warnings.append(
        f"表“{draft.title or table.project}”（{draft.loc.label()}）的单元格无法可靠地对应到各列，"
        "未还原为指标行（可用模型辅助提取）"
    )


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


def _looks_like_indicator_region(lines: list[str]) -> bool:
    """Text under a table title that still names indicator categories: a table whose cells the
    reader could not separate. A table of contents or an unrelated budget table names none."""
    text = re.sub(r"\s+", "", "".join(lines))
    if not text:
        return False
    names = sum(1 for k in _CATEGORY_WORDS if k in text)
    return names >= 3 or ("三级指标" in text and names >= 1)
