"""Which unit a 三级 can take, beyond its head noun (auditor.domain.measure): the object it counts,
an abstract quality that no percentage measures, a per-unit standard and its denominator, a
timeliness requirement.

Domain data (MoF 2021 guide 财预〔2021〕101号 on 指标值 and 计量单位, the common-indicator
libraries of the sectors that pay people — 民政, 人社, 教育, 卫健, 退役军人, 残联 — and their
standards tables), written as grammars of Chinese noun phrases, not strings of any document:

- a name without a measure word counts its last noun ("受益群众" counts people, "新建公厕"
  objects); people and households are counted in 人/人次/户/名, not in 个/台/件;
- a percentage needs a part of a whole; an ability, image, atmosphere, awareness or role
  (影响力, 形象, 氛围, 意识, 作用) has no denominator (a 知晓度 or 满意度 has one: the people asked);
- a benefit standard (补助标准, 生活标准, 救助标准, 运转经费标准) is an amount per person,
  household, pupil, mu or object and period; written as a bare 元/万元 it says neither, unless the
  name or the definition carries the denominator (人均, 户均, 亩均, 单车, 每公里, 每人每月…);
- "按时完成/及时拨付" is a time requirement: a date or a 及时率, not a bare percentage.
"""

from __future__ import annotations

import re

from auditor.extract.normalize import fold, letters

# Nouns for people and households, as the last noun of a name ("受益群众", "资助困难学生").
PERSON_NOUN = re.compile(
    r"(人员|人口|群众|居民|村民|农民|牧民|渔民|市民|移民|农户|贫困户|脱贫户|困难户|低保户|"
    r"五保户|监测户|家庭|学生|学员|儿童|幼儿|婴幼儿|老人|老年人|残疾人|患者|病人|职工|"
    r"教师|医生|村医|医师|护士|妇女|孕产妇|新生儿|青少年|退役军人|军人|志愿者|劳动力|"
    r"毕业生|"
    # the holder of a post (巡库员, 护林员, 保洁员); not a campaign (宣传动员) or a quantifier (全员)
    r"[\u4e00-\u9fff]{1,2}(?<![动全满减增裁超])员|"
    r"参与者|受益者|劳动者|(?<!检查|监管|执法|监督|考核|评价)对象)"
    r"(数量|个数|总数|数)?$"
)
# Counting words for objects: a head-count in these is wrong ("受益群众 | 300个"). Events
# (次/场/期/批) are left out: "培训村医 | 3期" may count the sessions.
OBJECT_COUNT_UNITS = frozenset(
    {"个", "项", "件", "台", "套", "座", "处", "所", "辆", "份", "本", "册", "条", "张", "块"}
)

# Abstract qualities that are not a part of a whole: "%" on them has no numerator/denominator.
QUALITY_NOUN = re.compile(
    r"(影响力|公信力|凝聚力|竞争力|号召力|战斗力|向心力|执行力|创造力|带动力|"
    r"作用|意识|观念|理念|氛围|风气|形象|面貌|风貌|精神|积极性|主动性|自觉性|能力)$"
)

# A benefit or running-cost standard: an amount per recipient and period.
STANDARD_NAME = re.compile(
    r"(补助|补贴|生活|生活费|保障|救助|资助|扶助|抚恤|优待|奖补|奖励|慰问|供养|护理|津贴|劳务|报酬|低保|"
    r"运转经费|运行经费|公用经费|办公经费|工作经费|培训费|放映|养护|管护)"
    r"(发放)?(年度)?(标准|定额|基准定额|限额)$"
)
# A subsidy paid to the holders of a post ("村级防疫员劳务补助", "护林员管护补助"): an amount
# per holder and period, like a standard. A wage (巡库员年工资性补助) is left to the pay rules.
ROLE_BENEFIT_NAME = re.compile(r"(员|师|医生)[\u4e00-\u9fff]{0,4}(补助|补贴)$")
# The denominator of a per-unit amount written into the name or its definition.
DENOMINATOR = re.compile(
    r"(人均|户均|生均|亩均|床均|车均|村均|校均|次均|"
    r"单(车|台|辆|个|座|套|次|项|家|户|人|名|村|校|所|亩|场|处|件)|"
    r"每(名|位|人|户|生|亩|个|所|村|辆|台|公里|平方米|延米|米|床|校|场|件|家|座|处|套|项|次|"
    r"学生|儿童|对象|老人|学校|车|船|头|只)|平均(每|标准)|"
    # any other object after 每 (每站, 每馆); a period (每年, 每月) is no denominator
    r"每(?![年月季日天周旬期半])[\u4e00-\u9fff])"
)
# A name that is an amount per object ("每个大棚", "每所学校"): one object among many, so the
# amount cannot reach half the budget. Events (单次, 每场) may be one or two a year.
OBJECT_DENOMINATOR = re.compile(r"(每|单)(个|所|座|处|套|台|辆|村|校|户|亩)")

# A name that is an amount per person or pupil: a county's per-person cost, subsidy or
# standard stays far under 5万元 unless it is a pay (工资, 薪酬).
PER_PERSON_NAME = re.compile(r"^(人均|生均|平均每(人|生|名)|每(人|生|名|位))")
PAY_WORDS = ("工资", "薪酬", "薪金", "年薪", "报酬", "绩效", "津贴", "待遇")

# A direction of change with no figure ("逐步提高", "明显改善"): on a rate that is a vague target
# (V401), not a unit that cannot measure a rate.
CHANGE_ONLY = re.compile(
    r"(提高|提升|增加|增长|增强|上升|下降|降低|减少|减轻|改善|好转|稳定|保持|巩固|扩大|缩小|有升|有降|向好)"
)

# A target relative to a benchmark ("≤全省平均水平", "低于上年"): a rate compared, not replaced.
BENCHMARK = re.compile(r"(平均|水平|上年|去年|同期|往年|全省|全市|全国|全区|全州|国家|省定|市定)")
# A benefit named as a programme ("职业教育补助", "危房改造补助"): counted in 人次/户, it counts
# the recipients, not an amount.
BENEFIT_PROGRAMME = re.compile(r"(补助|补贴|奖补|资助|救助|慰问|奖励|抚恤)$")

# A time requirement written as an action done on time ("按时完成", "及时拨付到位").
TIMELY_ACTION = re.compile(
    r"(按时|按期|如期|及时|限期|准时|在规定时间内|规定时限内)[\u4e00-\u9fff]{0,8}"
    r"(完成|完工|竣工|建成|拨付|下达|发放|到位|兑付|兑现|办结|上报|报送|交付|验收)"
    r"[\u4e00-\u9fff]{0,8}$"
)


def counted_person(level3: str | None) -> str | None:
    """The person/household noun a name counts ("受益群众" -> "群众"), or None."""
    m = PERSON_NOUN.search(letters(level3))
    return m.group(1) if m else None


def quality_noun(level3: str | None) -> str | None:
    """The abstract quality a name ends in (影响力, 形象, 作用 …), or None."""
    m = QUALITY_NOUN.search(letters(level3))
    return m.group(1) if m else None


def standard_without_denominator(
    level3: str | None, description: str | None, unit: str | None = None
) -> bool:
    """A benefit/running-cost standard whose name and definition give no denominator.

    A subsidy named by the post of its holders counts only in 元: the sum paid to one holder;
    in 万元 it is read as the total for all of them."""
    name = letters(level3)
    role_benefit = (
        unit == "元"
        and ROLE_BENEFIT_NAME.search(name) is not None
        and not any(w in name for w in PAY_WORDS)
    )
    if not (STANDARD_NAME.search(name) or role_benefit):
        return False
    return not DENOMINATOR.search(name) and not DENOMINATOR.search(fold(description))


def timely_action(level3: str | None) -> bool:
    """A name that is an action required on time (按时完成, 及时拨付), with no measure word."""
    name = letters(level3)
    # "及时足额发放 | 100%" claims completeness as much as time: read as a 足额发放率
    return bool(TIMELY_ACTION.search(name)) and "足额" not in name
