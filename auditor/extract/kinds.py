"""Table titles and kinds: project, overall, self-evaluation, transfer, evaluation system."""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.extract.header import Header
from auditor.extract.normalize import is_note, squeeze
from auditor.extract.roles import Role
from auditor.models import TableKind

_TITLE = re.compile(
    r"(绩效目标(申报|批复|设定|审核)?表|绩效指标表|整体(支出)?绩效(目标|指标)|绩效目标(及|和)指标表|"
    r"绩效(目标)?自评(价)?表|自评(价)?表|区域绩效目标(表)?$|绩效评价指标体系|评价指标体系|"
    r"绩效目标批复表|绩效目标表[（(]续[)）])"
)
# a title without 表: the issuer, the year and the project ("某县某局2024年某某项目绩效目标"); a
# section heading before the tables is numbered ("六、2025年重点项目绩效目标") or has no issuer
_ISSUER_TITLE = re.compile(
    r"^(?!第[一二三四五六七八九十百\d]+[部章节篇])[\u4e00-\u9fff]{2,30}\d{4}年度?[^，。；：:、]{2,40}项目绩效目标$"
)
_TOC_LEADER = re.compile(r"(\.{4,}|…{2,}|·{4,})\s*\d+\s*$")
_SELF = re.compile(r"自评")
_TRANSFER = re.compile(r"区域绩效目标|转移支付")
_SYSTEM = re.compile(r"评价指标体系|指标体系")
_OVERALL = re.compile(r"整体")


@lru_cache(maxsize=65536)
def is_title(text: str) -> bool:
    t = squeeze(text)
    if not (_TITLE.search(t) or _ISSUER_TITLE.match(t)) or len(t) > 160:
        return False
    if is_note(t):
        return False  # "说明：本项目…评价指标体系如下。": a note under a title, not one
    return not _TOC_LEADER.search(text)


def table_kind(title: str, header: Header | None) -> TableKind:
    t = squeeze(title)
    roles = set(header.roles) if header is not None else set()
    if _SELF.search(t) or roles & {Role.ACTUAL, Role.SCORE, Role.DEVIATION}:
        return "self_evaluation"
    if _TRANSFER.search(t):
        return "transfer"
    valueless = not roles & {Role.VALUE, Role.NUMBER, Role.VALUE_TEXT, Role.PLACE}
    if (_SYSTEM.search(t) and "目标表" not in t) or (Role.WEIGHT in roles and valueless):
        return "evaluation_system"
    if _OVERALL.search(t):
        return "overall"
    return "project"


_ORG_YEAR = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}?(局|委员会|办公室|中心|院|所|站|馆|人民政府|学校|医院|管理委员会)"
    r"\s*\d{4}\s*年度?"
)
# "某县2024年…": a county, district, banner or township and the year lead the title
_PLACE_YEAR = re.compile(r"^[\u4e00-\u9fff]{1,10}?(县|市|区|旗|镇|乡)\s*\d{4}\s*年度?")


_ATTACHMENT = re.compile(
    r"^(?:(附件|附表)\s*[\d一二三四五六七八九十]*|表\s*[\d一二三四五六七八九十]+)\s*[:：.、．]?\s*"
)


def project_from_title(title: str) -> str:
    """'[bookmark: x]1.经开区编外人员资金绩效目标表{ TC … }' -> '经开区编外人员资金'."""
    t = re.sub(r"\[bookmark:[^\]]*\]", "", title)
    t = re.sub(r"\{\s*TC\b[^}]*\}", "", t)
    t = re.sub(r"\{[^}]*\\[a-z][^}]*\}", "", t)
    t = t.strip(" \u3000#*")
    t = _ATTACHMENT.sub("", t)  # "附件2：…", "表二 …": the attachment's number, not the name
    t = re.sub(
        r"^(\d+[.、．]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十]+[)）])\s*",
        "",
        t,
    )
    t = re.sub(r"(项目)?(支出)?(区域)?绩效目标(申报|批复|设定|审核)?表.*$", "", t)
    t = re.sub(r"(项目)?(支出)?绩效(目标)?自评(价)?表.*$", "", t)
    t = re.sub(r"(项目)?(支出)?自评(价)?表.*$", "", t)
    t = re.sub(r"绩效指标表.*$", "", t)
    # 重点绩效评价 (a key evaluation), 财政/部门绩效评价: the kind of evaluation, not the project
    t = re.sub(r"(项目)?(支出)?(重点|财政|部门)?(绩效)?评价指标体系.*$", "", t)
    t = re.sub(r"(区域)?绩效目标表.*$", "", t)
    t = re.sub(r"^\d{4}\s*年度?\s*", "", t)  # "2024年度农村综合改革转移支付…"
    m = _ORG_YEAR.match(t) or _PLACE_YEAR.match(t)
    if m and m.end() < len(t):
        # "某某县教育局2023年学生资助" -> "学生资助" (the unit and the year lead the title)
        t = t[m.end() :]
    return t.strip(" \u3000")


# the period a multi-year project's name carries ("…工程（2024—2026年）"); its title may omit it
_NAME_PERIOD = re.compile(r"[(（]\d{4}\s*年?\s*[-—–~至]\s*\d{4}\s*年?度?[)）]$")


def _unperiod(name: str) -> str:
    return _NAME_PERIOD.sub("", squeeze(name))


# the place a unit belongs to: "白岭县" of "白岭县退役军人事务局"
_UNIT_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(县|市|区|旗)")


def evaluated_project(name: str, title: str, others: list[str], unit: str | None) -> str:
    """The project an evaluation system (a table without a 项目名称 cell, named from its title)
    evaluates: the name another table of the document gives it when the title holds that name
    ("某县城乡医疗救助资金绩效评价指标体系" beside a 项目名称 "城乡医疗救助"); otherwise the title's
    name without the document unit's place in front ("某县村级服务站运转经费" -> "村级服务站运转经费":
    the county owns the project, it is not part of its name), or the name of another table's
    project that ends with it."""
    t = squeeze(title)
    held = [o for o in others if len(_unperiod(o)) >= 4 and _unperiod(o) in t]
    if held:
        return max(held, key=len)
    place = _UNIT_PLACE.match(squeeze(unit or ""))
    if place and name.startswith(place.group()) and len(name) - place.end() >= 4:
        name = name[place.end() :]
    # the title shortens another table's project ("县图书馆免费开放…" beside 项目名称
    # "公共图书馆免费开放"): the name the project table gives it in full
    longer = [o for o in others if len(name) >= 4 and _unperiod(o).endswith(name)]
    return max(longer, key=len) if longer else name
