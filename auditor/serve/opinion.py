"""The 审核意见 (review opinion) as a Word document (python-docx), in the register of a finance
bureau's written opinion: title, addressee, "经审核，……存在以下问题：", the problems per project
numbered 一、（一）… with their location and the suggested wording ("建议修改为……"), the
closing request to revise and resubmit, the issuing office and the date.

Layout follows the usual official-document conventions (GB/T 9704): A4, margins 3.7/3.5/2.8/2.6
cm, title in 方正小标宋简体 22 pt, body in 仿宋_GB2312 16 pt with a two-character first-line
indent, first-level headings in 黑体, fixed 28 pt line spacing. Fonts missing on the reader's
machine fall back to the nearest Chinese font. One section per audited document (unit).
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass

from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from auditor.serve.review import OpinionItem, UnitOpinion

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
BODY_SIZE = Pt(16)
DIGITS = "零一二三四五六七八九"
_END = "。；;，,.！!？? "


@dataclass
class OpinionSettings:
    reviewer: str  # the issuing office, e.g. 某某县财政局
    date: _dt.date
    comment: str = ""  # the reviewer's overall remark


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九 (headings 一、二、…)."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    if n < 100:
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    return str(n)


def chinese_date(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _sentence(text: str) -> str:
    return text.strip().rstrip(_END)


def _font(run_or_style_font, name: str, size: Pt | None, element) -> None:  # type: ignore[no-untyped-def]
    run_or_style_font.name = name
    if size is not None:
        run_or_style_font.size = size
    rpr = element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


class _Writer:
    def __init__(self) -> None:
        self.doc = DocxDocument()
        normal = self.doc.styles["Normal"]
        _font(normal.font, BODY_FONT, BODY_SIZE, normal.element)
        fmt = normal.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28)
        fmt.space_before = fmt.space_after = Pt(0)
        self._margins(self.doc.sections[0])

    @staticmethod
    def _margins(section) -> None:  # type: ignore[no-untyped-def]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    def para(
        self,
        text: str,
        *,
        indent: bool = True,
        font: str = BODY_FONT,
        size: Pt = BODY_SIZE,
        bold: bool = False,
        align: WD_ALIGN_PARAGRAPH | None = None,
    ) -> Paragraph:
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(size.pt * 2)
        if align is not None:
            p.alignment = align
        run = p.add_run(text)
        run.bold = bold
        _font(run.font, font, size, run._element)
        return p

    def new_section(self) -> None:
        self._margins(self.doc.add_section(WD_SECTION.NEW_PAGE))

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def _item_text(n: int, item: OpinionItem, numbered: bool) -> str:
    head = f"（{chinese_number(n)}）" if numbered else ""
    text = f"{head}{item.location}：{_sentence(item.problem)}。"
    if item.location == "全文":
        text = f"{head}{_sentence(item.problem)}。"
    if item.suggestion:
        text += f"建议修改为：{_sentence(item.suggestion)}。"
    if item.comment:
        text += f"（{_sentence(item.comment)}。）"
    return text


def _intro(u: UnitOpinion) -> str:
    year = f"{u.year}年度" if u.year else ""
    scope = f"（共{u.n_tables}张绩效目标表、{u.n_rows}条绩效指标）"
    if u.n_items == 0:
        return (
            f"你单位报送的{year}预算绩效目标{scope}已收悉。经审核，绩效目标编制基本规范，"
            "未发现需要修改的问题。"
        )
    return f"你单位报送的{year}预算绩效目标{scope}已收悉。经审核，存在以下问题："


def _unit_section(w: _Writer, u: UnitOpinion, settings: OpinionSettings) -> None:
    year = f"{u.year}年度" if u.year else ""
    w.para(
        f"关于{u.unit}{year}预算绩效目标的审核意见",
        indent=False, font=TITLE_FONT, size=Pt(22), align=WD_ALIGN_PARAGRAPH.CENTER,
    )  # fmt: skip
    w.para("")
    w.para(f"{u.unit}：", indent=False)
    w.para(_intro(u))
    n = 0
    for project in u.projects:
        n += 1
        w.para(f"{chinese_number(n)}、{project.project}", font=HEADING_FONT)
        for i, item in enumerate(project.items, start=1):
            w.para(_item_text(i, item, numbered=True))
    if u.general:
        n += 1
        w.para(f"{chinese_number(n)}、整体性问题", font=HEADING_FONT)
        for i, item in enumerate(u.general, start=1):
            w.para(_item_text(i, item, numbered=True))
    if settings.comment.strip():
        w.para(f"此外，{_sentence(settings.comment)}。" if u.n_items else settings.comment.strip())
    if u.n_items:
        w.para("请你单位对照上述意见逐项修改完善绩效目标，修改后重新报送审核。")
    w.para("")
    w.para(settings.reviewer, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.para(chinese_date(settings.date), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)


def build_opinion(units: list[UnitOpinion], settings: OpinionSettings) -> bytes:
    """The .docx bytes: one section (starting on a new page) per unit."""
    w = _Writer()
    for i, u in enumerate(units):
        if i:
            w.new_section()
        _unit_section(w, u, settings)
    w.doc.core_properties.title = "审核意见"
    w.doc.core_properties.author = settings.reviewer
    return w.bytes()
