"""What ends a table, and which last lines of a table belong to what follows it.

A table read from lines of text ends at a heading, a note, a sign-off or source line, the
issuing body's name, the title of another (non-indicator) table, the next table printed on one
line or a new 项目名称 block. A numbered heading or a notice's signature left as the last row of
the table before is dropped from it.
"""

from __future__ import annotations

import re

from auditor.extract.cells import from_text_line
from auditor.extract.draft import Draft
from auditor.extract.header import header_run
from auditor.extract.kinds import is_title
from auditor.extract.meta_labels import Label, label_of
from auditor.extract.normalize import is_note, squeeze
from auditor.extract.roles import Role
from auditor.extract.vocabulary import Kind, category, kind_of
from auditor.ingest.blocks import TextLine

HEADING = re.compile(
    r"^\s*(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、"
    # the ordinal of the table's project alone on its line ("项目二", "附件3")
    r"|(项目|子项目|附件|附表)[一二三四五六七八九十\d]{1,3}\s*$)"
)
# what closes a printed table: sign-off fields (填报人：… 联系电话：…, or the field alone in its
# cell, its value in the next: 填报日期 | 2025年1月16日), a stamp line, a source
# line in brackets or with its date ("（来源：…农业农村局 2024-02-18）")
_SIGN_OFF = re.compile(
    r"^(单位|部门)?(填报人|填表人|制表人|审核人|复核人|审批人|经办人|联系人|联系电话|"
    r"填报日期|填表日期|报送日期|制表日期|(单位|财务|项目)?负责人(签字)?|审核|制表)(?:[:：]|$)"
    r"|^(单位|部门)?[(（](盖章|公章|签章)[)）]"
)
_SOURCE_LINE = re.compile(
    r"^[(（](数据|资料|信息)?来源[:：].*[)）]$|^(数据|资料|信息)?来源[:：].*\d{4}[-年./]\d{1,2}"
)
# a web page's counter under the article that carries the table ("阅读次数：215", "浏览量：3")
_PAGE_COUNTER = re.compile(r"^(阅读|浏览|点击|访问|查看)(次数|人次|量|数)?[:：]\d+(次)?$")
# the tools a web page prints under an article ("扫一扫在手机打开当前页", "【打印本页】【关闭窗口】",
# "分享到：")
_PAGE_TOOLS = re.compile(
    r"^(扫一扫(在手机上?(打开|浏览|查看)(当前页|本页|此页)?)?|分享到[:：]?\S{0,30}"
    r"|(【?(打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页)】?){1,4})$"
)
# a government body's name alone on a line under a table: the sign-off, not an indicator
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}(省|市|州|盟|县|区|旗|镇|乡)[\u4e00-\u9fff]{0,20}"
    r"(人民政府|局|委员会|办公室|联合会)([(（](盖章|公章|章)[)）])?$"
)
_OTHER_TABLE = re.compile(
    r"^附?表\d{1,3}(-\d{1,2})?$|^[^\d≥≤<>=%]{2,30}(预算|决算|明细|汇总|一览|分配|安排|收支|支出)表$"
)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}[.、．]\s*\S")
_NUMBERED = re.compile(r"^\s*(\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*")
_ISSUER = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}(局|厅|委|委员会|人民政府|政府|办公室|中心|院|部|公司"
    r"|学校|中学|小学|幼儿园|馆|站|所|处|场)$"
)
_FULL_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# the date a unit signs with on the line of its name ("某县第三小学　2024年3月"): no deadline
_SIGNED_DATE = re.compile(r"^\d{4}年\d{1,2}月(\d{1,2}日)?$")


def closes_table(text: str) -> bool:
    """A sign-off, stamp, source line or a web page's counter or tools that end a table (see
    _SIGN_OFF, _SOURCE_LINE, _PAGE_COUNTER, _PAGE_TOOLS)."""
    s = squeeze(text)
    return any(p.match(s) for p in (_SIGN_OFF, _SOURCE_LINE, _PAGE_COUNTER, _PAGE_TOOLS))


def ends_text_table(cur: Draft, text: str) -> bool:
    """A heading, a note, a new project or a table on one line ends a table read from lines
    of text."""
    if cur.header is None or not cur.body:
        return False
    if HEADING.match(text) or is_note(text) or closes_table(text):
        return True
    if _SIGNATURE.match(squeeze(text)) and not cur.header.has(Role.UNIT_NAME):
        return True  # the issuing body signing under the table (its date follows)
    if _OTHER_TABLE.match(squeeze(text)):
        return True  # "表13", "项目支出预算表": the next table (not an indicator table)
    first = from_text_line(TextLine(text)).cells
    if first and is_title(first[0]) and header_run(first) is not None:
        return True  # the next table printed on one line, its title first
    return bool(first) and label_of(first[0]) is Label.PROJECT


def table_on_line(line: TextLine) -> bool:
    """A title followed on the same line by a header and rows (a whole short table printed on
    one line) is a table, not only its title."""
    return header_run(from_text_line(line).cells) is not None


def drop_numbered_heading(cur: Draft) -> None:
    """ "2.农村饮水安全工程" on the line before the next table's title heads that table: it is no
    cell of the rows read from lines of text above it."""
    if not cur.text_body or not cur.body:
        return
    last = cur.body[-1]
    cells = last.nonempty()
    if last.from_text and len(cells) == 1 and _NUMBERED_HEADING.match(cells[0]):
        if category(cells[0]) is None:
            cur.body.pop()


def drop_signature(cur: Draft) -> None:
    """A notice's signature after the table it carries (the issuing office on one line, the
    date on the next or after the name on the same line) is no row of the table."""
    rows = cur.body
    if not cur.text_body or len(rows) < 3:
        return
    last = rows[-1].nonempty()
    if rows[-1].from_text and len(last) == 2 and _ISSUER.match(squeeze(last[0])):
        if _SIGNED_DATE.match(squeeze(last[1])):
            del rows[-1:]  # the name and the date on one line
            return
    a, b = rows[-2].nonempty(), rows[-1].nonempty()
    if not (rows[-2].from_text and rows[-1].from_text and len(a) == 1 and len(b) == 1):
        return
    if _ISSUER.match(squeeze(a[0])) and _FULL_DATE.match(squeeze(b[0])):
        del rows[-2:]


def drop_heading(cur: Draft) -> None:
    """A numbered line of text right before a table title ("2.县域商业体系建设项目") heads the
    table that follows: it is not the last row of the table before."""
    last = cur.body[-1] if cur.body else None
    if last is None or not last.from_text or len(last.nonempty()) != 1:
        return
    text = last.nonempty()[0]
    m = _NUMBERED.match(text) or HEADING.match(text)
    rest = text[m.end() :].strip() if m else ""
    if rest and kind_of(rest) in (Kind.TEXT, Kind.LONG):
        cur.body.pop()
        if cur.raw_lines and cur.raw_lines[-1].strip() == text.strip():
            cur.raw_lines.pop()


_HEADING_NAME = re.compile(r"[\u4e00-\u9fff“”\"（）()《》、]{4,40}")


def heading_name(text: str) -> str | None:
    """The name a numbered heading gives ("三、茶园病虫害统防统治经费" -> the project's name), or
    None for a line that is no numbered heading of a name (a sentence, a title, a figure)."""
    m = HEADING.match(text) or _NUMBERED.match(text)
    rest = text[m.end() :].strip() if m else ""
    if not rest or is_title(rest) or not _HEADING_NAME.fullmatch(rest):
        return None
    return rest
