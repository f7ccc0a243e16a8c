"""Offline rewrite templates: one per 二级 category, with the reviewer's blanks marked "【请填写】".

A row that already states a measurable target keeps it (only a definition and an evidence source
are added); a measurable name with a broken value keeps its name; otherwise the 二级 category's
template names what to measure. The row's number is kept only when nothing (local checks or rule
findings) questions it. auditor.grade.rewrite checks every rewrite against the row rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from auditor.domain import framework as fw
from auditor.domain.units import unit_family
from auditor.extract.normalize import squeeze
from auditor.grade.features import RowFeatures, row_features
from auditor.models import Finding, IndicatorRow, ParsedValue, Rewrite, Table

BLANK = "【请填写】"
_TRAILING = re.compile(
    r"(情况|程度|指标|完成率|合格率|覆盖率|达标率|及时率|满意度|控制率|控制|率|数量|个数|次数|人数|人次|数|总成本|成本|"
    r"费用|金额|实际支出|支出|总额|时间|时限)+$"
)
_LEADING = re.compile(
    r"^(确保|保障|保证|提高|提升|加强|完善|促进|推动|实现|有效|完成|按时|按期|及时|实际)+"
)
# Subjects that are only a verb of the work itself: use the project's work as the subject instead.
_EMPTY_SUBJECTS = frozenset({"", "完成", "工作", "项目", "任务", "实施", "开展", "验收"})
_ASSETS = (
    "设施",
    "设备",
    "系统",
    "平台",
    "工程",
    "道路",
    "管网",
    "场馆",
    "监测站",
    "网络",
    "机房",
    "厕",
    "房",
)


def subject_of(level3: str) -> str:
    """The object an indicator name talks about ("养护设备完好率" -> "养护设备"); punctuation such as
    、 is kept, brackets dropped; a bare verb ("完成时间" -> "完成") becomes "项目任务"."""
    s = squeeze(level3)
    s = re.sub(r"[（(][^）)]*[）)]", "", s)
    s2 = _TRAILING.sub("", s)
    s2 = _LEADING.sub("", s2)
    if s2 in _EMPTY_SUBJECTS:
        return "项目任务"
    # a long name that is a sentence: its first clause is the subject
    first = re.split(r"[，,；;。]", s2)[0]
    return first if len(first) <= 20 else "项目任务"


def plain_number(n: float) -> str:
    return f"{n:g}"


def _count_unit(name: str, parsed_unit: str | None) -> str:
    for word, unit in (
        ("人次", "人次"),
        ("人数", "人"),
        ("户数", "户"),
        ("家数", "家"),
        ("次数", "次"),
        ("场次", "场"),
        ("面积", "平方米"),
        ("长度", "公里"),
        ("天数", "天"),
        ("期数", "期"),
        ("份数", "份"),
        ("篇数", "篇"),
    ):
        if word in name:
            return unit
    if parsed_unit and unit_family(parsed_unit) in ("count", "person", "measure"):
        return parsed_unit
    return "项"


_VALUE_CODES = {"U301", "U302", "U303", "U304", "U305", "U306", "V405", "B501", "R601"}
_UNIT_COST = re.compile(r"平均|单位|每|单价|人均|均价")


@dataclass
class _Slots:
    """What the templates fill in for one row."""

    table: Table
    f: RowFeatures
    name: str  # the row's 三级, squeezed
    subj: str  # the object the name talks about (subject_of)
    codes: set[str]  # the row's problems and its rule findings

    @property
    def p(self) -> ParsedValue:
        return self.f.parsed

    @property
    def sane(self) -> bool:
        """The row's own number can stand: nothing questions it."""
        return (
            self.p.number is not None
            and not (_VALUE_CODES & self.codes)
            and self.f.value_kind == "number"
        )

    def keep_or_blank(self, cmp: str, unit: str, probe: float, fam_ok: str) -> tuple[str, str]:
        """(value, probe): the row's number when it is sane and in the template's unit family,
        else a blank for the reviewer with a neutral probe number."""
        p = self.p
        fam = unit_family(p.unit)
        if (
            self.sane
            and p.number is not None
            and fam == fam_ok
            and p.comparator in (cmp, "=", None)
        ):
            v = f"{p.comparator or '='}{plain_number(p.number)}{unit if fam_ok != 'percent' else '%'}"
            return v, v
        return f"{cmp}{BLANK}{unit}", f"{cmp}{plain_number(probe)}{unit}"


Template = Callable[[_Slots], tuple[Rewrite, str]]


def template_rewrite(
    row: IndicatorRow,
    table: Table,
    level2: str | None = None,
    findings: list[Finding] | None = None,
) -> tuple[Rewrite, str]:
    """A template rewrite for the row's 二级 (or `level2`). Returns (rewrite, probe value).

    The row's number is kept only when nothing (local checks or rule findings) questions it;
    otherwise the number is left blank for the reviewer."""
    f = row_features(row, table, codes={x.code for x in findings} if findings is not None else None)
    l2 = fw.canonical_level2(level2 or row.level2)
    display = squeeze(row.level3)
    kept = _keep_measurable(row, f, findings or [], unit_family(f.parsed.unit), display)
    if kept is not None:
        return kept
    slots = _Slots(
        table=table,
        f=f,
        name=squeeze(row.level3),
        subj=subject_of(row.level3),
        codes=set(f.problems) | {x.code for x in findings or []},
    )
    # a measurable name (a count, head-count or life span) with a broken value keeps its name;
    # only the target is left to the reviewer, in the unit the name calls for
    measure = f.measure
    if measure in ("count", "person") or (
        measure == "time" and re.search(r"年限|天数|时长", slots.name)
    ):
        return _measurable_name(slots, measure)
    if l2 in (fw.COST2, fw.ECON_COST) or (l2 is None and f.measure == "money"):
        return _cost(slots)
    template = _BY_LEVEL2.get(l2) if l2 is not None else None
    # 社会效益 and everything outside the frameworks (整体 table variants)
    return (template or _beneficiaries)(slots)


def _measurable_name(c: _Slots, measure: str) -> tuple[Rewrite, str]:
    name = c.name
    unit = _count_unit(name, c.p.unit) if measure != "time" else ("年" if "年限" in name else "天")
    cmp = "≤" if c.f.polarity < 0 else "≥"
    probe = f"{cmp}{10 if unit != '年' else 5}{unit}"
    return Rewrite(
        level3=name,
        value=f"{cmp}{BLANK}{unit}",
        definition=_MEASURE_DEFINITION[measure].format(subj=c.subj),
        evidence=_MEASURE_EVIDENCE[measure],
    ), probe


def _quantity(c: _Slots) -> tuple[Rewrite, str]:
    f, name, subj = c.f, c.name, c.subj
    unit = _count_unit(name, c.p.unit)
    keep = (
        f.measure in ("count", "person")
        or (f.measure == "time" and name.endswith("天数"))
        or unit_family(c.p.unit) == "measure"
    )
    l3 = name if keep and "U301" not in c.codes else f"{subj}数量"
    value, probe = c.keep_or_blank("≥", unit, 10, unit_family(unit) or "count")
    return Rewrite(
        level3=l3,
        value=value,
        definition=f"年度内实际完成的{subj}数量（以{unit}计，按验收或登记口径统计）",
        evidence=f"{subj}实施台账及验收记录（年度统计）",
    ), probe


def _quality(c: _Slots) -> tuple[Rewrite, str]:
    name, subj = c.name, c.subj
    l3 = name if c.f.measure == "rate" and c.f.polarity >= 0 else f"{subj}验收合格率"
    value, probe = c.keep_or_blank("≥", "%", 95, "percent")
    definition = (
        _rate_definition(l3)
        if l3 == name
        else f"验收合格的{subj}数量 ÷ 实际完成的{subj}总量 × 100%"
    )
    return Rewrite(
        level3=l3, value=value, definition=definition, evidence="验收报告、质量检查记录"
    ), probe


def _timeliness(c: _Slots) -> tuple[Rewrite, str]:
    name, subj = c.name, c.subj
    l3 = name if name.endswith(("及时率", "按期完成率", "按时完成率")) else f"{subj}按期完成率"
    value, probe = c.keep_or_blank("≥", "%", 95, "percent")
    return Rewrite(
        level3=l3,
        value=value,
        definition=f"在规定期限（{BLANK}月底前）完成的{subj}事项数 ÷ 应完成的{subj}事项总数 × 100%",
        evidence="项目实施进度台账、完成时间记录",
    ), probe


def _cost(c: _Slots) -> tuple[Rewrite, str]:
    name, subj, p = c.name, c.subj, c.p
    if _UNIT_COST.search(name):
        l3 = subj + ("成本" if subj.endswith(("平均", "单位", "人均")) else "单位成本")
        keep_unit = p.unit if c.sane and p.unit and unit_family(p.unit) == "money" else "元"
        value, probe = c.keep_or_blank("≤", keep_unit, 1, "money")
        return Rewrite(
            level3=l3,
            value=value,
            definition=f"{subj}实际支出 ÷ 实际完成的工作量（单价口径，注明计量单位）",
            evidence="采购合同、财务支出凭证",
        ), probe
    l3 = name if c.f.measure == "money" and "率" not in name else f"{subj}总成本"
    # the number is the reviewer's: a sub-item's cost is not the whole project budget
    value, probe = c.keep_or_blank("≤", "万元", 1, "money")
    budget = f"（项目预算{plain_number(c.table.budget_wan)}万元）" if c.table.budget_wan else ""
    return Rewrite(
        level3=l3,
        value=value,
        definition=f"{subj}的实际支出总额，不超过批复的预算{budget}",
        evidence="预算批复文件、财务支出凭证",
    ), probe


def _social_cost(c: _Slots) -> tuple[Rewrite, str]:
    return Rewrite(
        level3=f"{c.subj}引发投诉起数",
        value=f"≤{BLANK}起",
        definition=f"年度内因{c.subj}实施发生的相关事件数",
        evidence="投诉登记台账、环境监测记录",
    ), "≤1起"


def _ecological_cost(c: _Slots) -> tuple[Rewrite, str]:
    return Rewrite(
        level3=f"{c.subj}超标排放次数",
        value=f"≤{BLANK}次",
        definition=f"年度内因{c.subj}实施发生的相关事件数",
        evidence="投诉登记台账、环境监测记录",
    ), "≤1次"


def _satisfaction(c: _Slots) -> tuple[Rewrite, str]:
    l3 = c.name if "满意" in c.name else "服务对象满意度"
    value, probe = c.keep_or_blank("≥", "%", 90, "percent")
    if c.sane and c.p.number is not None and c.p.number < 80:
        value, probe = f"≥{BLANK}%", "≥90%"
    return Rewrite(
        level3=l3,
        value=value,
        definition="问卷调查中“满意”和“较满意”的人数 ÷ 有效问卷总数 × 100%（注明调查对象）",
        evidence="服务对象满意度问卷调查结果",
    ), probe


def _economic(c: _Slots) -> tuple[Rewrite, str]:
    f, name, subj = c.f, c.name, c.subj
    l3 = (
        name
        if f.measure in ("money", "rate") and f.polarity >= 0 and "U301" not in f.problems
        else f"{subj}带动增收金额"
    )
    if l3 == name and f.measure == "rate":
        value, probe = c.keep_or_blank("≥", "%", 5, "percent")
    else:
        value, probe = f"≥{BLANK}万元", "≥10万元"
    return Rewrite(
        level3=l3,
        value=value,
        definition=f"因{subj}实施带来的可计量经济收益（与上年对比口径）",
        evidence="统计报表、受益主体收入台账",
    ), probe


def _ecological(c: _Slots) -> tuple[Rewrite, str]:
    l3 = c.name if c.f.measure == "rate" and c.f.polarity >= 0 else f"{c.subj}环境监测达标率"
    value, probe = c.keep_or_blank("≥", "%", 90, "percent")
    return Rewrite(
        level3=l3,
        value=value,
        definition="监测达标的天数（点位）÷ 监测总天数（点位）× 100%",
        evidence="环境监测站监测数据",
    ), probe


def _sustainable(c: _Slots) -> tuple[Rewrite, str]:
    name, subj = c.name, c.subj
    if any(a in name for a in _ASSETS):
        return Rewrite(
            level3=f"{subj}持续使用年限",
            value=f"≥{BLANK}年",
            definition=f"{subj}建成（购置）后可正常使用的年限",
            evidence="设备（工程）技术参数及验收资料",
        ), "≥5年"
    l3 = name if c.f.measure == "rate" and c.f.polarity >= 0 else f"{subj}长效管理制度执行率"
    value, probe = c.keep_or_blank("≥", "%", 90, "percent")
    definition = (
        _rate_definition(l3) if l3 == name else "按制度要求执行的事项数 ÷ 制度规定的事项总数 × 100%"
    )
    return Rewrite(
        level3=l3, value=value, definition=definition, evidence="制度文件及执行检查记录"
    ), probe


def _beneficiaries(c: _Slots) -> tuple[Rewrite, str]:
    """社会效益 and the rest: who benefits, as a coverage rate of the people served (a
    task-completion rate is an output, not an effect)."""
    f, name, subj = c.f, c.name, c.subj
    l3 = (
        name
        if f.measure == "rate" and f.polarity >= 0 and "U301" not in f.problems
        else f"{subj}受益对象覆盖率"
    )
    value, probe = c.keep_or_blank("≥", "%", 90, "percent")
    definition = (
        _rate_definition(l3)
        if l3 == name
        else f"实际受益的{subj}服务对象数 ÷ 应受益的服务对象总数 × 100%（写明受益对象）"
    )
    return Rewrite(
        level3=l3, value=value, definition=definition, evidence="受益对象台账、统计报表"
    ), probe


_BY_LEVEL2: dict[str, Template] = {
    fw.QUANTITY: _quantity,
    fw.QUALITY: _quality,
    fw.TIMELINESS: _timeliness,
    fw.SOCIAL_COST: _social_cost,
    fw.ECO_COST: _ecological_cost,
    fw.SERVICE_SATISFACTION: _satisfaction,
    fw.ECONOMIC: _economic,
    fw.ECOLOGICAL: _ecological,
    fw.SUSTAINABLE: _sustainable,
}


def _rate_definition(name: str) -> str:
    """A formula frame for a rate whose name is kept: the reviewer fills in object and standard."""
    return f"{name} = 符合标准的{BLANK}（对象）数 ÷ {BLANK}（对象）总数 × 100%，判定标准：{BLANK}"


_MEASURE_UNITS = {
    "count": ("count", "person", "measure"),
    "person": ("person",),
    "time": ("time",),
    "money": ("money",),
    "rate": ("percent",),
}
_MEASURE_DEFINITION = {
    "count": "年度内实际完成的{subj}（按验收或登记口径统计，写明计数范围）",
    "person": "年度内{subj}的实际人数（按登记名册统计，写明对象范围）",
    "time": "{subj}的期限或时长（写明起止时点）",
    "money": "{subj}的实际支出金额（按财务决算口径）",
    "rate": "",
}
_MEASURE_EVIDENCE = {
    "count": "实施台账、验收记录",
    "person": "人员登记名册、签到表",
    "time": "进度台账、完成时间记录",
    "money": "合同、财务支出凭证",
    "rate": "统计台账、检查记录",
}


def _keep_measurable(
    row: IndicatorRow, f: RowFeatures, findings: list[Finding], fam: str | None, display: str
) -> tuple[Rewrite, str] | None:
    """A row that already states a measurable target keeps its name, comparator, number and unit
    (normalised by a rule's safe fix where there is one); the rewrite only adds what is missing —
    a definition and an evidence source. Returns None when the row's target itself needs work."""
    p = f.parsed
    codes = {x.code for x in findings} | set(f.problems)
    if any(c.startswith("C") or c in ("R601", "T105", "T107") for c in codes):
        return None  # the name itself is the problem (category, definition, leftover): rewrite it
    value_codes = codes & _VALUE_CODES
    fixes = [x.fix for x in findings if x.fix and x.code in ("U302", "U307", "U304")]
    if (
        p.number is None
        or value_codes - {"U302", "U304"}
        or f.value_kind not in ("number", "number_no_unit")
    ):
        return None
    value = (
        fixes[0]
        if fixes
        else f"{p.comparator or '='}{plain_number(p.number)}{p.raw_unit or p.unit or ''}"
    )
    if f.value_kind == "number_no_unit" and not fixes:
        return None
    measure = f.measure
    if measure is None and f.polarity < 0 and p.comparator in ("≤", "<"):
        measure = (
            "count" if fam in ("count", "person") else None
        )  # "突发各类事件 ≤5次": a bad-event count
    if measure is None or (
        fam not in _MEASURE_UNITS.get(measure, ()) and not (measure == "rate" and "%" in value)
    ):
        return None
    subj = subject_of(row.level3)
    definition = (
        _rate_definition(display)
        if measure == "rate"
        else _MEASURE_DEFINITION[measure].format(subj=subj)
    )
    return Rewrite(
        level3=display, value=value, definition=definition, evidence=_MEASURE_EVIDENCE[measure]
    ), value
