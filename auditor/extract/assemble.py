"""The body of a table (rows of cells under the header) -> one RowFields per table row.

Rows the source marks (grid rows, tab and pipe lines) are placed column by column when their
cells fit the header's roles; a row that does not fit (cells shifted left, a 三级 | 值 row that
lost its empty cells, a category name one column off) is aligned by content. Runs of rows the
source does not mark (one cell per line, a table on one line, lines cut by vocabulary) are cut
into table rows by `align.segment` first. Three repairs join what a source split: a label broken
over two lines ("经济效益" / "指标"), a row split in two by a paragraph break inside a cell and a
row broken over a page turn (auditor.extract.page_turn).
"""

from __future__ import annotations

from auditor.extract.align import OVERFLOW, VALUE_SIDE, Piece, align, fit, segment
from auditor.extract.cells import CellRow
from auditor.extract.evaluation_cells import evaluation_kinds, is_total_word, scored_table
from auditor.extract.header import Header
from auditor.extract.indent import kinds_by_depth
from auditor.extract.page_turn import rest_of_row_over_page
from auditor.extract.paragraphs import by_paragraph
from auditor.extract.roles import Role, header_role
from auditor.extract.rowbuild import RowFields, collect
from auditor.extract.scored_lines import criterion_cells
from auditor.extract.tokenize import split_line
from auditor.extract.vocabulary import (
    NAME_KINDS,
    Kind,
    category,
    kind_of,
    looks_like_name,
    opens_row,
)

CONTRADICTION = 2.4  # a cell this badly placed by position is re-aligned by content
UNSURE = 1.6  # mean cost per cell above which a content alignment is flagged uncertain


def assemble(body: list[CellRow], header: Header) -> list[RowFields]:
    rows = _join_pieces(by_paragraph(body, header) or body, header)
    if Role.VALUE in header.roles and Role.LEVEL3 not in header.roles:
        for row in rows:
            if row.from_text:
                row.cells = _name_with_target(row.cells)
    if Role.WEIGHT in header.roles:
        rows = [_criterion_row(row, header) for row in rows]
    out: list[RowFields] = []
    stream: list[CellRow] = []
    for row in rows:
        if row.hard:
            if stream:
                out += _stream(stream, header)
                stream = []
            fields = _marked_row(row, header)
            if fields is not None:
                out.append(fields)
        else:
            stream.append(row)
    if stream:
        out += _stream(stream, header)
    return out


# ------------------------------------------------------------------ marked rows


def _positions(row: CellRow, header: Header) -> bool:
    """Whether a row's cell positions are column positions (a grid, a tab line)."""
    return row.hard and not row.from_text and len(row.cells) >= header.width - 1


def _marked_row(row: CellRow, header: Header) -> RowFields | None:
    cells = [(j, c) for j, c in enumerate(row.cells) if c]
    if not cells:
        return None
    roles = tuple(header.roles)
    positional = _positions(row, header)
    if positional and _group_label_only(cells, header):
        return None
    texts = [c for _, c in cells]
    kinds = tuple(kind_of(c) for c in texts)
    if positional and _fits_in_place(cells, kinds, roles):
        columns = [j for j, _ in cells]
        uncertain = False
    else:
        cols = tuple(j if positional else None for j, _ in cells)
        cost, where = align(kinds, cols, roles)
        columns = list(where)
        uncertain = cost / len(cells) > UNSURE or -1 in columns
    merged = _merged_empty(row, header) if positional else set()
    fields = collect(texts, columns, header, row.loc, merged)
    fields.notes += row.notes
    fields.uncertain = uncertain
    fields.by_content = not positional
    if positional and columns != [j for j, _ in cells]:
        fields.notes.append(_shift_note([j for j, _ in cells], columns))
    return fields


def _group_label_only(cells: list[tuple[int, str]], header: Header) -> bool:
    """A grid row holding only the label of a column spanning the body ("绩效指标" merged down
    the left of the rows), printed on a line of its own (an unruled PDF centres it between
    rows): no cell of a row."""
    labels = _group_labels(header)
    return all(j < header.width and header.roles[j] is Role.GROUP and c in labels for j, c in cells)


def _shift_note(own: list[int], placed: list[int]) -> str:
    moves = [p - o for o, p in zip(own, placed) if p >= 0]
    if moves and min(moves) >= 0:
        return "行左移：单元格位于表头各列的左侧，已按内容移到所属列（一级/二级沿用上一行）"
    if moves and max(moves) <= 0:
        return "行右移：单元格位于表头各列的右侧，已按内容移到所属列"
    return "行错位：单元格已按内容重新对齐到表头各列"


def _fits_in_place(
    cells: list[tuple[int, str]], kinds: tuple[Kind, ...], roles: tuple[Role, ...]
) -> bool:
    """Every cell fits the role of its own column (no strong contradiction)."""
    width = len(roles)
    for (j, _), k in zip(cells, kinds):
        if j >= width or fit(k, roles[j]) >= CONTRADICTION:
            return False
    return True


def _merged_empty(row: CellRow, header: Header) -> set[int]:
    if not row.merged:
        return set()
    return {j for j, m in enumerate(row.merged) if m and not row.cells[j] and j < header.width}


# ------------------------------------------------------------------ unmarked rows


def _stream(rows: list[CellRow], header: Header) -> list[RowFields]:
    texts: list[str] = []
    locs = []
    owners: list[int] = []
    depths: list[int | None] = []
    strength = tuple(
        1 if r.from_text and len(r.nonempty()) > 1 else (2 if r.hard else 0) for r in rows
    )
    labels = _group_labels(header)
    for r_index, row in enumerate(rows):
        for c in row.cells:
            if texts and _label_tail(texts[-1], c):
                texts[-1] += c  # "经济效益" / "指标": a label broken inside its cell
            elif c and c not in labels:
                texts.append(c)
                locs.append(row.loc)
                owners.append(r_index)
                depths.append(row.indent)
    roles = tuple(header.roles)
    kinds_seen = _repeated_level2_named(
        kinds_by_depth(evaluation_kinds([kind_of(c) for c in texts], texts, roles), depths),
        texts,
        roles,
    )
    scored = scored_table(roles)  # its total row (合计 100) opens a row, as 指标N: does
    pieces = [
        Piece(k, None, r, opens_row(t) or (scored and is_total_word(t)))
        for k, r, t in zip(kinds_seen, owners, texts)
    ]
    out: list[RowFields] = []
    for s, e in segment(tuple(pieces), strength, roles):
        kinds = tuple(p.kind for p in pieces[s:e])
        cost, where = align(kinds, (None,) * (e - s), roles)
        fields = collect(texts[s:e], list(where), header, locs[s], set())
        fields.uncertain = _unsure(cost, where, roles, kinds)
        fields.by_content = True
        out.append(fields)
    return out


def _repeated_level2_named(
    kinds: list[Kind], texts: list[str], roles: tuple[Role, ...]
) -> list[Kind]:
    """A 二级 name printed twice in a row before a target ("社会成本指标 社会成本指标 无"): the
    template names the indicator after its category, so the second one is the 三级 name."""
    if Role.LEVEL3 not in roles:
        return kinds
    out = list(kinds)
    for i in range(1, len(kinds) - 1):
        repeated = kinds[i - 1] is Kind.L2 and kinds[i] is Kind.L2 and texts[i] == texts[i - 1]
        if repeated and kinds[i + 1] in _FOLLOWS_NAME:
            out[i] = Kind.TEXT
    return out


_FOLLOWS_NAME = frozenset({Kind.VALUE, Kind.QUAL, Kind.NUMBER, Kind.PLACEHOLDER})


def _label_tail(before: str, cell: str) -> bool:
    """Two pieces of one category name broken inside its cell: "经济效益" + "指标",
    "服务对象" + "满意度指标" (one of them alone is no category name, together they are)."""
    if not cell or len(before) + len(cell) > 16:
        return False
    if category(cell) is not None and category(before) is not None:
        return False
    return category(before + cell) is not None


def _group_labels(header: Header) -> frozenset[str]:
    """Header labels of a column spanning the body ("绩效指标" merged down the left of the rows):
    where a text dump prints that merged cell among the rows, it is no cell of a row."""
    return frozenset(
        t for t, r in zip(header.texts, header.roles) if r is Role.GROUP and len(t) >= 2
    )


def _unsure(
    cost: float, where: tuple[int, ...], roles: tuple[Role, ...], kinds: tuple[Kind, ...]
) -> bool:
    """A row placed by content is not safe when cells overflow or fit badly on average, or when
    no target was found for it (a category-only row names the next row; a placeholder row is a
    template left unfilled, kept visible)."""
    if -1 in where or cost >= OVERFLOW or cost / len(where) > UNSURE:
        return True
    placed = {roles[j] for j in where}
    if not any(r in VALUE_SIDE for r in roles) or placed & VALUE_SIDE:
        return False
    if Kind.RULE in kinds:
        return False  # an evaluation system scores a criterion: its row needs no target
    context_only = placed <= {Role.LEVEL1, Role.LEVEL2}
    return not context_only and Kind.PLACEHOLDER not in kinds


# ------------------------------------------------------------------ repairs of the source


_TARGET_KINDS = frozenset({Kind.VALUE, Kind.QUAL})


def _names_indicator(cells: list[str], target: Kind) -> bool:
    """The last cell names the indicator whose target follows: free text, a phrase such as
    "完成村屯道路硬化" before a number, or a category name after the 二级."""
    last = kind_of(cells[-1])
    if target not in _TARGET_KINDS:
        return False
    if last is Kind.TEXT or (last is Kind.QUAL and target is Kind.VALUE):
        return True
    return last in NAME_KINDS and len(cells) >= 2 and kind_of(cells[-2]) in (Kind.L2, Kind.L12)


def _criterion_row(row: CellRow, header: Header) -> CellRow:
    """A line of an evaluation framework printed with no separator (the tokenizer found no sure
    cut in it, or only cuts at category names): its cells by the criterion grammar, as a grid
    row would give them (auditor.extract.scored_lines)."""
    nonempty = row.nonempty()
    if not row.from_text or not nonempty or split_line("".join(nonempty)) != tuple(nonempty):
        return row
    cells = criterion_cells(nonempty, header.roles)
    if cells is None:
        return row
    return CellRow(cells=cells, loc=row.loc, notes=[*row.notes, "无分隔的评价指标行已按语法切分"])


def _name_with_target(cells: list[str]) -> list[str]:
    """A table with no 三级 column prints the indicator's name and target in one value cell
    ("完成村屯道路硬化≥9.5公里"); the tokenizer cut a line of text at that name. The two pieces
    are one cell again, as a grid would give it (the 二级 is followed directly by the value)."""
    out: list[str] = []
    for c in cells:
        if out and c and _names_indicator(out, kind_of(c)):
            out[-1] += c
        else:
            out.append(c)
    return out


def _join_pieces(body: list[CellRow], header: Header) -> list[CellRow]:
    out: list[CellRow] = []
    for row in body:
        prev = out[-1] if out else None
        if prev is not None and rest_of_row_over_page(prev, row, header):
            _append_cells(prev, row)
            prev.notes.append("跨页拆开的行已合并")
            continue
        if prev is not None and _continues_cells(prev, row, header):
            _append_cells(prev, row)
            continue
        if prev is not None and _completes_split_row(prev, row, header):
            prev.cells = prev.cells + row.cells
            prev.merged = []
            prev.notes.append("被单元格内换行拆开的行已合并")
            continue
        copy = CellRow(list(row.cells), row.loc, list(row.merged), row.hard, row.from_text)
        copy.indent = row.indent
        out.append(copy)
    return out


def _append_cells(prev: CellRow, row: CellRow) -> None:
    for j, c in enumerate(row.cells):
        if c:
            prev.cells[j] += c


_WRAP_KINDS = frozenset({Kind.TEXT, Kind.HEADER, Kind.LONG})
_WRAP_TEXT = frozenset(
    {Role.DESCRIPTION, Role.BASIS, Role.SCORING, Role.REMARK, Role.DEVIATION, Role.OTHER}
)


def _continues_cells(prev: CellRow, row: CellRow, header: Header) -> bool:
    """A row holding only the ends of cells above, wrapped onto the next physical line: label
    fragments ("生态效益" + "指标"), the end of a 三级 name ("完成农村公路养护" + "里程") or of a
    description. It has no category name and no target of its own."""
    if not (prev.hard and row.hard) or len(row.cells) > len(prev.cells):
        return False
    parts = [(j, c) for j, c in enumerate(row.cells) if c]
    if not parts or any(kind_of(c) not in _WRAP_KINDS for _, c in parts):
        return False  # a row with a name, a target or a number of its own is a row
    columns = _positions(row, header) and _positions(prev, header)
    for j, c in parts:
        above = prev.cells[j]
        if not above:
            return False
        joined = above + c
        if len(c) <= 4 and (category(joined) is not None or header_role(joined) is not None):
            continue
        role = header.roles[j] if columns and j < header.width else None
        if role is Role.LEVEL3 and len(c) <= 8 and looks_like_name(joined):
            if not looks_like_name(above):
                continue
        if role in _WRAP_TEXT and not above.endswith(("。", "；", ";")):
            continue
        return False
    return True


def _completes_split_row(prev: CellRow, row: CellRow, header: Header) -> bool:
    """A row split in two by a paragraph break inside a cell: both halves are short and together
    they fill the header exactly, and the first half has no target yet."""
    if not (prev.hard and row.hard) or prev.from_text or row.from_text:
        return False
    a, b = len(prev.cells), len(row.cells)
    if not (2 <= a < header.width and b < header.width and a + b == header.width):
        return False
    value_col = next((j for j, r in enumerate(header.roles) if r is Role.VALUE), None)
    return value_col is None or value_col >= a
