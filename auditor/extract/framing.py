"""Where tables are: titles, metadata, headers and bodies in the stream of blocks.

The walker reads the blocks in document order. A title line ("…绩效目标表", "…绩效自评表")
opens a table; rows before its header are metadata; the header fixes the columns; the rows after
it are the body, until a paragraph (after a grid), a heading, a new title, a new 项目名称 block
or a different header. A header without a title opens a table too. Lines of text are cut into
cells (auditor.extract.tokenize) only inside a table or when they hold a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.extract.cells import CellRow, from_grid_row, from_text_line
from auditor.extract.header import (
    Header,
    add_sub_header,
    build_header,
    header_run,
    header_words,
    is_header_row,
    is_header_top,
    is_place_column,
    is_sub_header,
    same_header,
)
from auditor.extract.header_lines import add_header_word, header_over_two_rows, row_words
from auditor.extract.kinds import is_title
from auditor.extract.meta import Meta, read_meta, read_meta_run
from auditor.extract.meta_labels import Label, label_of
from auditor.extract.normalize import is_note, is_page_furniture, is_running_heading, squeeze
from auditor.extract.roles import Role
from auditor.extract.vocabulary import Kind, category, kind_of
from auditor.ingest.blocks import Grid, RawDocument, TextLine
from auditor.models import BodyLine, Location

_SCALE_LINE = re.compile(r"^(金额|资金|计量)?单位[:：]\s*(万元|元|千元)$")
# the same statement at the end of a line after other labels ("部门：某局　　　单位：元")
_SCALE_TAIL = re.compile(r"\s(金额|资金|计量)?单位[:：]\s*(万元|元|千元)\s*$")
_SCALES = {"万元": 1.0, "元": 0.0001, "千元": 0.1}
_UNIT_LINE = re.compile(r"^\d{6}\s*\S")
_HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)"
)
# what closes a printed table: sign-off fields (填报人：… 联系电话：…), a stamp line, a source
# line in brackets or with its date ("（来源：…农业农村局 2024-02-18）")
_SIGN_OFF = re.compile(
    r"^(单位|部门)?(填报人|填表人|制表人|审核人|复核人|审批人|经办人|联系人|联系电话|"
    r"填报日期|填表日期|报送日期|制表日期|(单位|财务|项目)?负责人(签字)?|审核|制表)[:：]"
    r"|^(单位|部门)?[(（](盖章|公章|签章)[)）]"
)
_SOURCE_LINE = re.compile(
    r"^[(（](数据|资料|信息)?来源[:：].*[)）]$|^(数据|资料|信息)?来源[:：].*\d{4}[-年./]\d{1,2}"
)
# a government body's name alone on a line under a table: the sign-off, not an indicator
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(省|市|州|盟|县|区|旗|镇|乡)[\u4e00-\u9fff]{0,20}"
    r"(人民政府|局|委员会|办公室|联合会)([(（](盖章|公章|章)[)）])?$"
)
_PREAMBLE_LINES = 8
_OTHER_TABLE = re.compile(
    r"^附?表\d{1,3}(-\d{1,2})?$|^[^\d≥≤<>=%]{2,30}(预算|决算|明细|汇总|一览|分配|安排|收支|支出)表$"
)
_OVERALL_GOAL = re.compile(r"总体绩效目标")


@dataclass
class Draft:
    """A table under construction."""

    title: str = ""
    loc: Location = field(default_factory=Location)
    meta: Meta = field(default_factory=Meta)
    header: Header | None = None
    pending_header: list[str] = field(default_factory=list)
    header_top: CellRow | None = None  # a row of group labels above the header
    pending_loc: Location | None = None
    pending_row: CellRow | None = None  # the grid row the pending header words came from
    body: list[CellRow] = field(default_factory=list)
    unit_line: str | None = None
    raw_lines: list[str] = field(default_factory=list)  # the region's text, for an unparsed table
    text_body: bool = False  # the body comes from lines of text (not a grid)
    ends_file: bool = False  # the file ended inside this table
    implied_header: bool = False  # printed without a header: IMPLIED_HEADER stands for it


class Walker:
    """Blocks -> Drafts in document order (see the module docstring)."""

    def __init__(self, raw: RawDocument) -> None:
        self.raw = raw
        self.drafts: list[Draft] = []
        self.flat = raw.layout == "pdf"
        self.body: list[BodyLine] = []
        self.cur: Draft | None = None
        self.scale = 1.0
        self.section_goal: list[str] = []
        self.in_overall_goal = False
        self.preamble: set[str] = set()  # lines before the first table (a running page header)
        self.page_break = False  # the last line was a page number: a running heading may follow

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
            _drop_signature(cur)
            self._flush_header(cur)
            if cur.header_top is not None:
                read_meta(cur.meta, cur.header_top.cells, self.flat)
            self.drafts.append(cur)

    def _open(self, title: str, loc: Location) -> Draft:
        if title and self.cur is not None:
            _drop_heading(self.cur)
        self.close()
        self.cur = Draft(title=title, loc=loc)
        self.cur.meta.scale = self.scale
        if title and self.section_goal and "整体" in title:
            self.cur.meta.goal = "\n".join(self.section_goal)
        self.in_overall_goal = False
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
        titled = is_title(text) and not _table_on_line(line)
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
                _drop_numbered_heading(cur)
            self._open(text, line.loc)
            return
        if self._scale_line(text) or self._unit_line(text) or self._overall_goal(text):
            return
        if cur is not None and cur.header is not None and not cur.text_body and cur.body:
            self.close()  # a paragraph after the rows of a grid ends the table
            cur = None
        elif cur is not None and self._ends_text_table(cur, text):
            self.close()
            cur = None
        row = from_text_line(line)
        if cur is None:
            if not self._starts_table(row):
                return
            cur = self._open("", line.loc)
        cur.raw_lines.append(text)
        self.on_row(row)

    def _number_cell(self, text: str) -> bool:
        """A bare number on a line of its own inside a table printed one cell per line whose
        header splits the target (目标值 | 度量单位, 符号 | 数值 | 单位): a cell, not a page number."""
        cur = self.cur
        if cur is None or cur.header is None or not text.isdigit():
            return False
        roles = set(cur.header.roles)
        return Role.NUMBER in roles or {Role.VALUE, Role.UNIT} <= roles

    def _scale_line(self, text: str) -> bool:
        m = _SCALE_LINE.match(squeeze(text)) or _SCALE_TAIL.search(text)
        if not m:
            return False
        self.scale = _SCALES[m.group(2)]
        if self.cur and not self.cur.body:
            self.cur.meta.scale = self.scale
        return True

    def _unit_line(self, text: str) -> bool:
        cur = self.cur
        if cur and cur.header is None and _UNIT_LINE.match(text) and not cur.unit_line:
            cur.unit_line = text
            return True
        return False

    def _overall_goal(self, text: str) -> bool:
        """ "（一）总体绩效目标" paragraphs are the goal of the overall table that follows."""
        s = squeeze(text)
        if _OVERALL_GOAL.search(s) and len(s) < 60 and not s.endswith("表"):
            self.in_overall_goal = True
            self.section_goal = []
            return True
        if self.in_overall_goal:
            if _HEADING.match(text) or is_title(text):
                self.in_overall_goal = False
            else:
                self.section_goal.append(text)
                return True
        return False

    def _ends_text_table(self, cur: Draft, text: str) -> bool:
        """A heading, a note, a new project or a table on one line ends a table read from lines
        of text."""
        if cur.header is None or not cur.body:
            return False
        if _HEADING.match(text) or is_note(text) or closes_table(text):
            return True
        if _SIGNATURE.match(squeeze(text)) and not cur.header.has(Role.UNIT_NAME):
            return True  # the issuing body signing under the table (its date follows)
        if _OTHER_TABLE.match(squeeze(text)):
            return True  # "表13", "项目支出预算表": the next table (not an indicator table)
        first = from_text_line(TextLine(text)).cells
        if first and is_title(first[0]) and header_run(first) is not None:
            return True  # the next table printed on one line, its title first
        return bool(first) and label_of(first[0]) is Label.PROJECT

    def _starts_table(self, row: CellRow) -> bool:
        cells = row.cells
        if not cells:
            return False
        return (
            is_header_row(cells)
            or header_run(cells) is not None
            or label_of(cells[0]) is Label.PROJECT  # its value beside it or on the next line
        )

    # -- rows of cells -------------------------------------------------------------------------
    def on_row(self, row: CellRow) -> None:
        cells = row.cells
        nonempty = row.nonempty()
        if not nonempty:
            return
        first = nonempty[0]
        if len(nonempty) == 1 and not row.from_text and self._single_cell(first, row):
            return
        cur = self.cur
        if cur is None:
            if is_header_row(cells) or label_of(first) is Label.PROJECT:
                cur = self._open("", row.loc)
            else:
                self.body.append(BodyLine(line=row.loc.line, text=" | ".join(nonempty)))
                return
        if cur.header is None:
            self._before_header(cur, row)
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
            and _UNIT_LINE.match(text)
            and not self.cur.unit_line
        ):
            self.cur.unit_line = text
            return True
        if _SCALE_LINE.match(squeeze(text)):
            self.on_text(TextLine(text, row.loc))
            return True
        return False

    def _before_header(self, cur: Draft, row: CellRow) -> None:
        cells = row.cells
        if cur.pending_header and len(row.nonempty()) > 1 and is_header_row(cells):
            both = header_over_two_rows(cur.pending_header, cur.pending_row, row)
            if both is not None:
                # words of rows above it (a spanning "绩效指标") are read as before
                cur.pending_header = cur.pending_header[: -len(row_words(cur.pending_row))]
                cur.pending_row = None
                self._flush_header(cur)
                cur.header = build_header(both, row.loc, row.merged)
                return
            # words on lines of their own before a whole header row ("绩效指标" above
            # "一级指标 | 二级指标 | …"): a group label or metadata, not the start of the header
            self._flush_header(cur)
            if cur.header is not None:
                self._after_header(cur, row)
                return
        top, cur.header_top = cur.header_top, None
        if is_header_row(cells) and not cur.pending_header:
            if top is not None:
                cur.header = add_sub_header(build_header(top.cells, top.loc), cells)
            else:
                cur.header = build_header(cells, row.loc, row.merged)
            return
        if top is not None:
            read_meta(cur.meta, top.cells, self.flat)
        if is_header_top(cells) and not row.from_text:
            cur.header_top = row
            return
        run = header_run(cells) if row.from_text else None
        if run is not None:
            # a table printed on one line: metadata, header and rows in one row of cells
            a, b = run
            lead = cells[:a]
            if lead and not cur.title and is_title(lead[0]):
                cur.title, lead = lead[0], lead[1:]  # the title leads the line
            if lead:
                read_meta_run(cur.meta, lead, self.flat)
            cur.header = build_header(cells[a:b], row.loc)
            if b < len(cells):
                cur.body.append(CellRow(cells[b:], row.loc, hard=False, from_text=True))
                cur.text_body = True
            return
        if len(row.nonempty()) == 1 and (
            header_words(cells) or (cur.pending_header and is_place_column(cells[0]))
        ):
            # a header printed one cell per line: collect the words
            if not cur.pending_header:
                cur.pending_loc = row.loc
            cur.pending_row = None if row.from_text else row
            for word in row.nonempty():
                add_header_word(cur.pending_header, word)
            return
        self._flush_header(cur)
        if cur.header is None and _starts_headerless_body(cur, row):
            # "绩效指标" and then the tree, no header: the columns a goal table always has
            cur.header = build_header(list(IMPLIED_HEADER), row.loc)
            cur.implied_header = True
        if cur.header is not None:
            self._after_header(cur, row)
            return
        if not row.from_text:
            self.body.append(
                BodyLine(line=row.loc.line, text=" | ".join(row.nonempty()), context=cur.title)
            )
            cur.raw_lines.append("\t".join(cells))
        read_meta(cur.meta, cells, self.flat)

    def _flush_header(self, cur: Draft) -> None:
        """One-cell-per-line header words: a header when they name the indicator columns, else
        metadata labels read in order."""
        words, cur.pending_header = cur.pending_header, []
        if not words:
            return
        loc = cur.pending_loc or cur.loc
        if cur.header is None and is_header_row(words):
            cur.header = build_header(words, loc)
            return
        for w in words:
            read_meta(cur.meta, [w], self.flat)

    def _after_header(self, cur: Draft, row: CellRow) -> None:
        header = cur.header
        assert header is not None
        cells = row.cells
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


def _table_on_line(line: TextLine) -> bool:
    """A title followed on the same line by a header and rows (a whole short table printed on
    one line) is a table, not only its title."""
    return header_run(from_text_line(line).cells) is not None


_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.、．]\s*\S")


def _drop_numbered_heading(cur: Draft) -> None:
    """ "2.农村饮水安全工程" on the line before the next table's title heads that table: it is no
    cell of the rows read from lines of text above it."""
    if not cur.text_body or not cur.body:
        return
    last = cur.body[-1]
    cells = last.nonempty()
    if last.from_text and len(cells) == 1 and _NUMBERED_HEADING.match(cells[0]):
        if category(cells[0]) is None:
            cur.body.pop()


_ISSUER = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}(局|厅|委|委员会|人民政府|政府|办公室|中心|院|部|公司)$"
)
_FULL_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def _drop_signature(cur: Draft) -> None:
    """A notice's signature after the table it carries (the issuing office on one line, the
    date on the next) is no row of the table."""
    rows = cur.body
    if not cur.text_body or len(rows) < 3:
        return
    a, b = rows[-2].nonempty(), rows[-1].nonempty()
    if not (rows[-2].from_text and rows[-1].from_text and len(a) == 1 and len(b) == 1):
        return
    if _ISSUER.match(squeeze(a[0])) and _FULL_DATE.match(squeeze(b[0])):
        del rows[-2:]


IMPLIED_HEADER = ("一级指标", "二级指标", "三级指标", "指标值")
IMPLIED_TAIL = "指标值确定依据"  # the column a goal table most often prints after the target


def _starts_headerless_body(cur: Draft, row: CellRow) -> bool:
    """A table printed without a header: after the project's metadata the rows start with a
    一级 name (产出指标 …), which no metadata row does. A row wider than the implied columns has
    columns of its own that no header names: not guessed at."""
    meta = cur.meta
    if meta.pending is not None or (meta.project is None and meta.goal is None):
        return False
    if len(row.cells) > len(IMPLIED_HEADER):
        return False
    first = category(row.nonempty()[0])
    return first is not None and first.level1 is not None


_NUMBERED = re.compile(r"^\s*(\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*")


def _drop_heading(cur: Draft) -> None:
    """A numbered line of text right before a table title ("2.县域商业体系建设项目") heads the
    table that follows: it is not the last row of the table before."""
    last = cur.body[-1] if cur.body else None
    if last is None or not last.from_text or len(last.nonempty()) != 1:
        return
    text = last.nonempty()[0]
    m = _NUMBERED.match(text) or _HEADING.match(text)
    rest = text[m.end() :].strip() if m else ""
    if rest and kind_of(rest) in (Kind.TEXT, Kind.LONG):
        cur.body.pop()
        if cur.raw_lines and cur.raw_lines[-1].strip() == text.strip():
            cur.raw_lines.pop()


def closes_table(text: str) -> bool:
    """A sign-off, stamp or source line that ends a table (see _SIGN_OFF, _SOURCE_LINE)."""
    s = squeeze(text)
    return bool(_SIGN_OFF.match(s) or _SOURCE_LINE.match(s))


def join_continued(drafts: list[Draft]) -> list[Draft]:
    """A table continued after a page break: the same header again, with no title and no
    metadata of its own, continues the table before it."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.header is not None
            and d.header is not None
            and not d.title
            and _no_meta(d)
            and same_header(prev.header, d.header)
        ):
            prev.body += d.body
            prev.raw_lines += d.raw_lines
            prev.text_body = prev.text_body or d.text_body
            prev.ends_file = d.ends_file
            continue
        out.append(d)
    return out


def _no_meta(d: Draft) -> bool:
    m = d.meta
    return m.project is None and m.budget is None and m.goal is None and m.unit_name is None
