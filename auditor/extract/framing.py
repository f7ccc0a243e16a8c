"""Where tables are: titles, metadata, headers and bodies in the stream of blocks.

The walker reads the blocks in document order. A title line ("…绩效目标表", "…绩效自评表")
opens a table; rows before its header are metadata (auditor.extract.before_header); the header
fixes the columns; the rows after it are the body, until a paragraph (after a grid), a heading,
a new title, a new 项目名称 block or a different header (auditor.extract.table_ends). A header
without a title opens a table too. Lines of text are cut into cells (auditor.extract.tokenize)
only inside a table or when they hold a header.
"""

from __future__ import annotations

import re

from auditor.extract.before_header import before_header, flush_header
from auditor.extract.budget_grid import amount
from auditor.extract.cells import CellRow, from_grid_row, from_text_line
from auditor.extract.context_lines import (
    GoalSection,
    is_scale_line,
    is_unit_code_line,
    stated_scale,
)
from auditor.extract.draft import Draft
from auditor.extract.header import (
    add_sub_header,
    build_header,
    header_run,
    is_header_row,
    is_sub_header,
    same_header,
)
from auditor.extract.header_lines import header_bracket_closed
from auditor.extract.kinds import is_title
from auditor.extract.meta import read_meta
from auditor.extract.meta_labels import Label, colon_label, label_of
from auditor.extract.normalize import (
    is_cut_note,
    is_page_furniture,
    is_running_heading,
)
from auditor.extract.roles import Role
from auditor.extract.table_ends import (
    closes_table,
    drop_heading,
    drop_numbered_heading,
    drop_signature,
    ends_text_table,
    heading_name,
    table_on_line,
)
from auditor.ingest.blocks import Grid, RawDocument, TextLine
from auditor.models import BodyLine, Location

_PREAMBLE_LINES = 8


class Walker:
    """Blocks -> Drafts in document order (see the module docstring)."""

    def __init__(self, raw: RawDocument) -> None:
        self.raw = raw
        self.drafts: list[Draft] = []
        self.flat = raw.layout == "pdf"
        self.body: list[BodyLine] = []
        self.cur: Draft | None = None
        self.scale = 1.0
        self.goal = GoalSection()
        self.preamble: set[str] = set()  # lines before the first table (a running page header)
        self.page_break = False  # the last line was a page number: a running heading may follow
        self.heading: str | None = None  # the name a numbered heading outside a table gives

    # -- driving -----------------------------------------------------------------------------
    def run(self) -> None:
        for block in self.raw.blocks:
            if isinstance(block, TextLine):
                self.on_text(block)
            elif isinstance(block, Grid):
                for row in block.rows:
                    self.on_row(from_grid_row(row))
        if self.cur is not None:
            self.cur.ends_file = True
        self.close()

    def close(self) -> None:
        cur, self.cur = self.cur, None
        if cur is not None:
            drop_signature(cur)
            flush_header(cur, self.flat)
            if cur.header_top is not None:
                read_meta(cur.meta, cur.header_top.cells, self.flat)
            self.drafts.append(cur)

    def _open(self, title: str, loc: Location) -> Draft:
        if title and self.cur is not None:
            drop_heading(self.cur)
        self.close()
        self.cur = Draft(title=title, loc=loc)
        self.cur.meta.scale = self.scale
        if title and self.goal.lines and "整体" in title:
            self.cur.meta.goal = "\n".join(self.goal.lines)
            self.cur.meta.goal_from_text = True
        self.goal.active = False
        return self.cur

    # -- lines of text -------------------------------------------------------------------------
    def on_text(self, line: TextLine) -> None:
        text = line.text.strip()
        if not text or (is_page_furniture(text) and not self._number_cell(text)):
            self.page_break = self.page_break or bool(text)
            return
        after_break, self.page_break = self.page_break, False
        cur = self.cur
        if after_break and cur is not None and is_running_heading(text):
            return  # "某局2025年部门预算" at the top of the next page
        titled = is_title(text) and not table_on_line(line)
        if titled:
            pass
        elif cur is None and not self.drafts and len(self.preamble) < _PREAMBLE_LINES:
            self.preamble.add(text)
        elif cur is not None and cur.header is not None and text in self.preamble:
            # the document's heading repeated at the top of a page: page furniture, whether
            # the table goes on in lines of text or in a grid of the next page
            return
        self.body.append(BodyLine(line=line.loc.line, text=text, context=cur.title if cur else ""))
        if titled:
            if cur is not None:
                drop_numbered_heading(cur)
            self._open(text, line.loc)
            return
        if self._scale_line(text) or self._unit_line(text) or self.goal.take(text):
            return
        self._cut_note(text)
        if cur is not None and cur.header is not None and not cur.text_body and cur.body:
            self.close()  # a paragraph after the rows of a grid ends the table
            cur = None
        elif cur is not None and ends_text_table(cur, text):
            self.close()
            cur = None
        row = from_text_line(line)
        if cur is None:
            heading, self.heading = self.heading, heading_name(text)
            if _starts_table(row):
                cur = self._open("", line.loc)
            elif heading and _states_amount(row):
                # a project's numbered heading, then its amount and goal, then the tree
                cur = self._open("", line.loc)
                cur.meta.project = heading
            else:
                return
        cur.raw_lines.append(text)
        self.on_row(row)

    def _cut_note(self, text: str) -> None:
        """A cut note ("（下页续）", "（…摘自…）") right after a table's rows: the table was cut there,
        as at the end of a file (an incomplete last row is dropped and the cut reported)."""
        cur = self.cur if self.cur is not None else (self.drafts[-1] if self.drafts else None)
        if cur is not None and cur.body and is_cut_note(text):
            cur.ends_file = True

    def _number_cell(self, text: str) -> bool:
        """A bare number on a line of its own inside a table printed one cell per line whose
        header splits the target (目标值 | 度量单位, 符号 | 数值 | 单位): a cell, not a page number."""
        cur = self.cur
        if cur is not None and cur.header is None and cur.meta.column_run and text.isdigit():
            return True  # a figure of a budget grid printed one cell per line (a score: 10)
        if cur is not None and cur.header is None and text.isdigit():
            # the amount under its label ("资金总额（万元）" / "320"), not a page number
            last = cur.pending_header[-1] if cur.pending_header else None
            return cur.meta.pending is Label.BUDGET or (
                last is not None and label_of(last) is Label.BUDGET
            )
        if cur is None or cur.header is None or not text.isdigit():
            return False
        roles = set(cur.header.roles)
        if Role.NUMBER in roles or {Role.VALUE, Role.UNIT} <= roles:
            return True
        # a weight or a score (分值 | 得分) right after a line of one cell: a cell of its row
        one_cell = bool(self.body) and not any(ch.isspace() for ch in self.body[-1].text)
        return one_cell and bool(roles & {Role.WEIGHT, Role.SCORE})

    def _scale_line(self, text: str) -> bool:
        scale = stated_scale(text)
        if scale is None:
            return False
        self.scale = scale
        if self.cur and not self.cur.body:
            self.cur.meta.scale = self.scale
        return True

    def _unit_line(self, text: str) -> bool:
        cur = self.cur
        if cur and cur.header is None and is_unit_code_line(text) and not cur.unit_line:
            cur.unit_line = text
            return True
        return False

    # -- rows of cells -------------------------------------------------------------------------
    def on_row(self, row: CellRow) -> None:
        cells = row.cells
        nonempty = row.nonempty()
        if not nonempty:
            return
        first = nonempty[0]
        if len(nonempty) == 1 and _page_mark(first):
            self.page_break = True  # "第 3 页 |", "- 3 -" as a row of its own: page furniture
            return
        if len(nonempty) == 1 and not row.from_text and self._single_cell(first, row):
            return
        cur = self.cur
        if cur is None:
            if is_header_row(cells) or label_of(first) is Label.PROJECT:
                cur = self._open("", row.loc)
            else:
                self.body.append(BodyLine(line=row.loc.line, text=" | ".join(nonempty)))
                return
        if cur.header is None and not before_header(cur, row, self.flat, self.body):
            return
        self._after_header(cur, row)

    def _single_cell(self, text: str, row: CellRow) -> bool:
        """A grid row of one cell that is a title, a unit code line or an amount-unit line."""
        if is_title(text) and not is_header_row(row.cells):
            self.on_text(TextLine(text, row.loc))
            return True
        if (
            self.cur
            and self.cur.header is None
            and is_unit_code_line(text)
            and not self.cur.unit_line
        ):
            self.cur.unit_line = text
            return True
        if is_scale_line(text):
            self.on_text(TextLine(text, row.loc))
            return True
        return False

    def _after_header(self, cur: Draft, row: CellRow) -> None:
        header = cur.header
        assert header is not None
        cells = row.cells
        closed = None if cur.body else header_bracket_closed(header.texts, cells)
        if closed is not None:
            cur.header = build_header(closed, header.loc)
            return
        if not cur.body and is_sub_header(header, cells):
            cur.header = add_sub_header(header, cells)
            return
        if is_header_row(cells):
            new = build_header(cells, row.loc, row.merged)
            if cur.body and same_header(header, new):
                return  # the same header repeated (a new page): the same table
            self.close()
            self.cur = Draft(loc=row.loc, header=new)
            self.cur.meta.scale = self.scale
            return
        first = row.nonempty()[0]
        if cur.body and closes_table(first):
            self.close()  # the table's sign-off row or source line: not an indicator row
            return
        if label_of(first) is Label.PROJECT and cur.body and len(row.nonempty()) >= 2:
            # a new project block without a title line
            self._open("", row.loc)
            assert self.cur is not None
            read_meta(self.cur.meta, cells, self.flat)
            return
        if row.from_text:
            cur.text_body = True
        else:
            cur.raw_lines.append("\t".join(cells))
        cur.body.append(row)


def _starts_table(row: CellRow) -> bool:
    """A line of text that opens a table: a header, a table printed on one line or a 项目名称
    label (its value beside it or on the next line)."""
    cells = row.cells
    if not cells:
        return False
    return (
        is_header_row(cells) or header_run(cells) is not None or label_of(cells[0]) is Label.PROJECT
    )


def _states_amount(row: CellRow) -> bool:
    """A line that states an amount after its label ("资金：30万元"): the first metadata line of a
    project introduced by its heading alone."""
    cells = row.nonempty()
    if len(cells) == 1 and (short := colon_label(cells[0])) is not None:
        return short[0] is Label.BUDGET and amount(short[1]) is not None
    return len(cells) == 2 and label_of(cells[0]) is Label.BUDGET and amount(cells[1]) is not None


def _page_mark(text: str) -> bool:
    """A page number that cannot be a cell: worded or dashed ("第 3 页", "- 3 -", "续表"), not a
    bare figure (a cell of a table printed one cell per line)."""
    return is_page_furniture(text) and not _BARE_FIGURE.fullmatch(text.strip())


_BARE_FIGURE = re.compile(r"[\d\s/]+")
