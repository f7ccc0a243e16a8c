"""Units of measure for 指标值: spelling variants, normalised forms and unit families.

The families drive the unit checks (U301: a head-count in 次, a rate in 个, money in %), so they
are domain knowledge, not corpus strings: counting words (量词) of Chinese public administration,
money, time, physical measures and percentages.
"""

from __future__ import annotations

import re

# Variant spelling -> normalised unit. Longest variants are matched first by the parser.
UNIT_ALIASES: dict[str, str] = {
    "%": "%",
    "％": "%",
    "百分比": "%",
    "百分率": "%",
    "比率": "%",
    "比例": "%",
    "百分点": "百分点",
    "‰": "‰",
    "㎡": "平方米",
    "m²": "平方米",
    "m2": "平方米",
    "平米": "平方米",
    "平方米": "平方米",
    "平方公里": "平方公里",
    "km²": "平方公里",
    "㎞": "公里",
    "km": "公里",
    "千米": "公里",
    "公里": "公里",
    "米": "米",
    "m³": "立方米",
    "m3": "立方米",
    "方": "立方米",
    "立方米": "立方米",
    "个月": "月",
    "月份": "月",
    "小时": "小时",
    "时": "小时",
    "h": "小时",
    "分钟": "分钟",
    "秒": "秒",
    "工作日": "工作日",
    "个工作日": "工作日",
    "个小时": "小时",
    "个星期": "周",
    "星期": "周",
    "日": "天",
    "天": "天",
    "周": "周",
    "年度": "年",
}

# Units for which a non-integer value is suspicious (U306): things counted one by one.
COUNT_UNITS = frozenset(
    [
        "个",
        "项",
        "人",
        "名",
        "位",
        "次",
        "人次",
        "户",
        "家",
        "份",
        "件",
        "台",
        "套",
        "座",
        "本",
        "册",
        "篇",
        "条",
        "期",
        "场",
        "组",
        "所",
        "批",
        "辆",
        "张",
        "处",
        "村",
        "宗",
        "起",
        "例",
        "株",
        "棵",
        "头",
        "只",
        "部",
        "支",
        "块",
        "间",
        "栋",
        "幢",
        "眼",
        "口",
        "盏",
        "根",
        "处",
        "节",
        "门",
        "类",
        "种",
        "本次",
        "册次",
        "篇次",
        "场次",
        "班",
        "班次",
        "课时",
        "学时",
        "批次",
        "户次",
        "家次",
        "辆次",
        "件次",
        "单",
        "页",
    ]
)
# Units that count people (a head-count must not be measured in 次/个/项).
PERSON_UNITS = frozenset(["人", "名", "位", "人次", "户", "户次", "生"])  # 生: per pupil (元/生)
MONEY_UNITS = frozenset(["元", "万元", "亿元", "千元", "百万元"])
TIME_UNITS = frozenset(["年", "月", "周", "天", "工作日", "小时", "分钟", "秒", "学期", "季度"])
MEASURE_UNITS = frozenset(
    [
        "米",
        "公里",
        "平方米",
        "平方公里",
        "亩",
        "公顷",
        "立方米",
        "吨",
        "千克",
        "公斤",
        "斤",  # 市斤 (grain output: 新增粮食产能1000万斤)
        "克",
        "千瓦",
        "千瓦时",
        "度",
        "兆瓦",
        "万千瓦",
        "标准煤",
        "万吨",
        "升",
        "毫升",
        "微克",
        "毫克",
    ]
)
PERCENT_UNITS = frozenset({"%", "‰", "百分点"})

# Every known base unit (composite units like 元/人 are split on '/').
KNOWN_UNITS = (
    COUNT_UNITS
    | PERSON_UNITS
    | MONEY_UNITS
    | TIME_UNITS
    | MEASURE_UNITS
    | PERCENT_UNITS
    | {
        "级",
        "星",
        "分",
        "倍",
        "元/人",
        "字",  # a text's length (篇幅80万字); not a count unit: 12.5万字 is an ordinary figure
    }
)

# Raw unit spellings that are correct but non-standard notation (U307).
NONSTANDARD_UNIT_SPELLINGS = frozenset({"百分比", "比率", "百分率", "比例"})


def normalise_unit(raw: str) -> str:
    """Normalise one unit string, including composites such as '万元/㎡' or '元/人·月'."""
    raw = raw.strip()
    if not raw:
        return ""
    if "/" in raw:
        return "/".join(normalise_unit(p) for p in raw.split("/"))
    return UNIT_ALIASES.get(raw, raw)


def base_units(unit: str | None) -> list[str]:
    """The parts of a (composite) unit: '万元/平方米' -> ['万元', '平方米']."""
    if not unit:
        return []
    out = []
    for part in unit.split("/"):
        part = part.strip("·• ")
        if part.startswith("万") and part[1:] in KNOWN_UNITS and part not in KNOWN_UNITS:
            part = part[1:]  # 万本, 万人 -> 本, 人 (a scaled count)
        out.append(part)
    return out


def unit_family(unit: str | None) -> str | None:
    """Family of a unit: percent, money, time, person, count, measure, or None if unknown.

    For a composite unit the numerator decides (元/人 is money, 人/年 is a count).
    """
    parts = base_units(unit)
    if not parts:
        return None
    head = parts[0]
    if head in PERCENT_UNITS:
        return "percent"
    if head in MONEY_UNITS:
        return "money"
    if head in TIME_UNITS:
        return "time"
    if head in PERSON_UNITS:
        return "person"
    if head in COUNT_UNITS:
        return "count"
    if head in MEASURE_UNITS:
        return "measure"
    return None


def is_known_unit(text: str) -> bool:
    """True if text is a unit we recognise (after normalisation, composites allowed)."""
    norm = normalise_unit(text)
    parts = base_units(norm)
    if not parts:
        return False
    return all(p in KNOWN_UNITS or p.split("·")[0] in KNOWN_UNITS for p in parts)


# Units a name can put after 每/单 or before 均 to say what one amount is per (每公里建设成本,
# 单盏维护费, 亩均补助). 单位 is an organisation, not "per 位", so 单 never takes 位.
_PER_NAME_UNITS = "|".join(
    sorted(COUNT_UNITS | PERSON_UNITS | MEASURE_UNITS, key=len, reverse=True)
)
_PER_UNIT_IN_NAME = re.compile(
    rf"每(?P<a>{_PER_NAME_UNITS})|单(?!位)(?P<b>{_PER_NAME_UNITS})|(?P<c>{_PER_NAME_UNITS})均"
)


def denominator_in_name(name: str) -> str | None:
    """The unit a per-unit name is counted per: 每公里建设成本 -> 公里, 单册印制成本 -> 册,
    户均补助 -> 户; None when the name carries no denominator."""
    m = _PER_UNIT_IN_NAME.search(name)
    if m is None:
        return None
    return m.group("a") or m.group("b") or m.group("c")
