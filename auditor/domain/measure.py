"""What a 三级 indicator measures, read from its head noun (Chinese noun phrases are head-final).

"新建灌排渠道长度" is a length, "受益居民户数" a count of households, "亩均建设成本" a money amount
per mu, "项目完工时间" a date, "活动开展及时率" a rate. The head is the last measure word of the
name (after neutral tails such as 情况/指标/数额); modifiers before it can make an amount a
per-unit standard (人均/户均/亩均/生均/每…) or a time a completion date (完成/完工/竣工… 时间).
When the name has no head, a description that defines a ratio (X/Y, 占…的比例) makes it a rate.

The tables below are domain data (MoF 2021 guide 财预〔2021〕101号 and the common-indicator
libraries: 数量 counts objects/people/lengths/areas, 质量 rates, 时效 dates and durations, 成本
money; see docs), not strings of any document. Each `Measure` carries the word that decided it
and a confidence, so a finding can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from auditor.extract.normalize import fold, letters

# Head words by measure, longest first within the table (the longest match at the end wins).
HEADS: dict[str, tuple[str, ...]] = {
    "satisfaction": ("满意度", "满意率", "满意程度"),
    "rate": (
        "率", "比率", "比例", "比重", "占比", "百分比", "知晓度", "参与度", "覆盖面", "达标度",
        "普及度", "认可度", "的比", "盖度", "覆盖度", "郁闭度", "增幅", "降幅", "幅度",
    ),
    "person": (
        "人数", "人次", "人员数", "户数", "名额", "人口数", "人口", "学员数", "学生数", "员数",
        "户次", "对象数",
    ),
    "count": (
        "数量", "个数", "次数", "件数", "场次", "批次", "项数", "家数", "篇数", "册数", "台数",
        "套数", "座数", "期数", "村数", "条数", "本数", "份数", "总数", "组数", "处数", "单数",
        "宗数", "起数", "班次", "所数", "部数", "辆数", "床位数", "课时数",
    ),
    "length": ("长度", "里程", "公里数", "距离", "延长米"),
    "area": ("面积", "亩数"),
    "duration": ("时限", "时长", "天数", "工期", "周期", "用时", "年限", "工作日", "期限"),
    "date": ("日期", "时间节点", "时间", "月份"),
    "money": (
        "成本", "费用", "经费", "金额", "投资额", "单价", "造价", "预算数", "价格", "工资",
        "薪酬", "报酬", "会费", "租金", "年费", "补助标准", "补贴标准", "保障标准", "救助标准",
        "资金量", "支出数", "资金额", "控制数", "补助", "补贴", "奖补", "奖励金", "慰问金",
        "收入", "增收", "产值", "税收", "利润", "营业额", "投资", "费", "支出", "资金", "成交额",
        "销售额", "交易额", "贷款额", "融资额", "限额", "定额", "补偿金", "抚恤金", "救助金",
        "慰问标准", "抚恤标准", "奖励标准", "奖补标准", "收费标准", "资助标准", "报酬标准",
    ),
    # physical amounts and levels: yields, emissions, concentrations, consumption
    "quantity": (
        "产量", "亩产", "重量", "浓度", "排放量", "能耗", "用水量", "用电量", "吨数",
        "增加量", "增长量", "减少量", "接待量", "处理量", "供应量", "储量", "蓄积量",
    ),
    "rank": ("排名", "名次", "位次", "排位"),
}  # fmt: skip
# Tails that do not change the measure ("预算数额", "人数情况").
NEUTRAL_TAILS = ("数", "额", "总额", "总数", "情况", "指标", "标准", "水平", "值", "目标")
# Words ending in a head that are not that measure: 效率 is not a proportion, 指数 not a count.
NOT_HEADS: tuple[str, ...] = (
    "工作效率", "效率", "频率", "电功率", "指数", "系数", "分数", "倍数", "基数", "参数",
    "函数", "数据",
)  # fmt: skip
# 效率 is efficiency, but 有效率 (数据有效率) is the share of valid items: a proportion.
_EFFICIENCY = re.compile(r"(?<!有)效率")
# Modifiers that make an amount a standard per unit (per person, household, mu, pupil ...).
PER_UNIT = re.compile(
    r"^(人均|户均|生均|亩均|床均|次均|平均每|每(人|户|亩|生|床|名|位|公里|平方米))"
)
# A description that defines a standard per person ("每名儿童每年救助金额"); a standard per
# object (每个/单个…) may legitimately be tens of thousands of 元, so only people count here.
PER_UNIT_DESCRIPTION = re.compile(r"^(每(人|户|生|名|位)|人均|户均|生均|亩均)")
# Modifiers that make a time a completion date rather than a duration.
COMPLETION_VERBS = re.compile(r"(完成|完工|竣工|开工|建成|拨付|下达|发放|到位|启动|交付|上线|办结)")
# A description that defines a ratio: numerator and denominator.
RATIO_DEFINITION = re.compile(r"[/÷]|占.{1,30}(比|率|%)|×\s*100|比值|之比")
# Slogan openings: a name that is an action or claim, not a measurable object.
SLOGAN_OPENING = re.compile(
    r"^(提高|提升|改善|实现|确保|保障|保证|促进|推动|推进|加强|增强|维护|营造|助力|做好|落实|巩固|强化)"
)

PERSON_UNITS_NEEDED = "人、人次、户"


@dataclass(frozen=True)
class Measure:
    """The measure of an indicator: kind, whether it is per unit, the deciding word, confidence."""

    kind: str | None  # satisfaction rate person count length area duration date money quantity rank
    head: str = ""  # the word that decided it
    per_unit: bool = False
    source: str = "name"  # name | description
    confidence: float = 0.0
    per_unit_in_name: bool = False  # the name itself says 人均/户均/每… (not only the description)

    @property
    def is_rate(self) -> bool:
        return self.kind in ("rate", "satisfaction")


_ORDERED = sorted(((w, k) for k, ws in HEADS.items() for w in ws), key=lambda p: -len(p[0]))
# head word -> kind (the first kind in `_ORDERED` order wins, as in a scan of `_ORDERED`)
_KIND_OF_HEAD: dict[str, str] = {}
for _w, _k in _ORDERED:
    _KIND_OF_HEAD.setdefault(_w, _k)
_HEAD_LENGTHS = sorted({len(w) for w in _KIND_OF_HEAD}, reverse=True)


@lru_cache(maxsize=65536)
def _head(text: str) -> tuple[str | None, str]:
    """(kind, head word) of the last measure word that ends the text (or precedes a neutral tail).

    A head word counts where its last occurrence ends the text or is followed by exactly one
    neutral tail, so only those few end positions are looked up (longest word at the latest end)."""
    for bad in NOT_HEADS:
        if bad in text:
            mask = "〇" * len(bad)
            text = _EFFICIENCY.sub(mask, text) if bad == "效率" else text.replace(bad, mask)
    ends = [len(text)] + [len(text) - len(t) for t in NEUTRAL_TAILS if t and text.endswith(t)]
    for end in sorted(set(ends), reverse=True):
        for n in _HEAD_LENGTHS:
            word = text[end - n : end] if n <= end else ""
            kind = _KIND_OF_HEAD.get(word)
            if kind is not None and text.rfind(word) == end - n:
                return kind, word
    return None, ""


def _generic_head(name: str) -> tuple[str, str] | None:
    """A bare counting or amount suffix after a noun: "覆盖学校数" counts schools, "成交额" is money."""
    if any(name.endswith(w) for w in NOT_HEADS):
        return None
    if name.endswith("数") and len(name) >= 3:
        return "count", "数"
    if name.endswith("额") and len(name) >= 3:
        return "money", "额"
    return None


@lru_cache(maxsize=65536)
def infer_measure(level3: str | None, description: str | None = None) -> Measure:
    """The measure of a 三级 name (with its description as a second source)."""
    name = letters(level3)
    if not name:
        return Measure(None)
    kind, head = _head(name)
    in_name = bool(PER_UNIT.match(name))
    per_unit = in_name or bool(PER_UNIT_DESCRIPTION.match(fold(description)))
    if kind == "date" and not COMPLETION_VERBS.search(name):
        # a time spent or waited (用时, 平均办理时间, 群众等候时间) is a span, not a date
        kind = "duration" if re.search(r"(用|耗|所需|平均|等待|等候|排队)", name) else "date"
    if kind is not None:
        conf = 0.9 if name.endswith(head) else 0.75
        return Measure(kind, head, per_unit, "name", conf, in_name)
    generic = _generic_head(name)
    if generic is not None:
        return Measure(generic[0], generic[1], per_unit, "name", 0.7, in_name)
    desc = fold(description)
    if desc and RATIO_DEFINITION.search(desc):
        return Measure("rate", "比率定义", per_unit, "description", 0.7)
    dkind, dhead = (
        _head(letters(description)) if desc and len(letters(description)) <= 16 else (None, "")
    )
    if dkind is not None:
        return Measure(dkind, dhead, per_unit, "description", 0.6)
    return Measure(None, "", per_unit)


def is_slogan_name(level3: str | None) -> bool:
    """A name that states an action or claim (维护社会稳定) instead of a measurable object."""
    name = letters(level3)
    return bool(name) and bool(SLOGAN_OPENING.match(name)) and _head(name)[0] is None
