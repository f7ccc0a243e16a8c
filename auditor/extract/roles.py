"""Column roles and the header vocabulary: which field a header cell names.

A header cell is read after squeezing whitespace and folding brackets, so "三 级 指 标",
"三级\\n指标" and "三级指标（必填）" all name the 三级 column. Notes in brackets are ignored
("指标值（包含数字及文字描述）"), unless the bracket itself decides the role ("权重(%)").
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from auditor.extract.normalize import squeeze


class Role(StrEnum):
    """What a column of an indicator table holds."""

    LEVEL1 = "level1"
    LEVEL2 = "level2"
    LEVEL3 = "level3"
    VALUE = "value"  # the (annual) target
    DESCRIPTION = "description"  # 指标描述 / 指标解释 / 指标说明
    BASIS = "basis"  # 指标值确定依据
    SCORING = "scoring"  # 评(扣)分标准
    COMPARATOR = "comparator"  # 符号 (split value)
    NUMBER = "number"  # 数值 (split value)
    UNIT = "unit"  # 计量单位 (split value)
    VALUE_TYPE = "value_type"  # 指标值类型 / 指标性质: 定量/定性, or a comparator word
    DIRECTION = "direction"  # 指标方向: 正向/反向, or a comparator
    VALUE_TEXT = "value_text"  # 指标值内容: the text of a qualitative target
    WEIGHT = "weight"  # 权重 / 分值
    ACTUAL = "actual"  # 实际完成值
    SCORE = "score"  # 得分
    DEVIATION = "deviation"  # 偏差原因分析及改进措施
    REMARK = "remark"  # 备注
    MID_LEVEL2 = "mid_level2"  # 中期目标's own 二级 column
    MID_LEVEL3 = "mid_level3"
    MID_VALUE = "mid_value"
    PLACE = "place"  # one value column per village / township
    INDEX = "index"  # 序号
    PROJECT = "project"  # department-wide tables: one project per block of rows
    UNIT_NAME = "unit_name"
    BUDGET = "budget"
    GOAL = "goal"
    GROUP = "group"  # a label spanning other columns (绩效指标, 中期目标, 年度目标)
    OTHER = "other"  # a column of no known role: kept verbatim


# One column holding the indicator and its target together ("指标内容及指标值"): a table with no
# 三级 column, whose cell is the whole target text (read as the value, 三级 left empty).
NAME_AND_TARGET_HEADERS = tuple(
    f"{name}{joint}{target}"
    for name in ("指标", "指标内容", "指标名称", "绩效指标", "具体指标")
    for joint in ("及", "和", "与", "、")
    for target in ("指标值", "目标值", "年度指标值", "预期目标值")
)

# Header words per role, in priority order (the first role whose words match wins).
HEADER_WORDS: list[tuple[Role, tuple[str, ...]]] = [
    (Role.INDEX, ("序号", "编号", "行次")),
    (Role.LEVEL1, ("一级指标", "一级", "一级指标名称", "一级绩效指标")),
    (Role.LEVEL2, ("二级指标", "二级", "二级指标名称", "二级绩效指标")),
    (
        Role.LEVEL3,
        (
            "三级指标",
            "三级",
            "三级指标名称",
            "指标名称",
            "具体指标",
            "绩效指标名称",
            "三级绩效指标",
            "指标项目",
            "考核指标",
        ),
    ),
    (Role.SCORING, ("评(扣)分标准", "评分标准", "扣分标准", "评分规则", "评分办法", "评分方法")),
    (
        Role.DESCRIPTION,
        (
            "绩效指标描述",
            "指标描述",
            "指标说明",
            "指标值说明",
            "指标解释",
            "指标内涵",
            "指标定义",
            "指标内容",
            "计算公式",
            "指标计算公式",
            "计算方法",
        ),
    ),
    (Role.VALUE_TEXT, ("指标值内容", "定性指标值", "指标值描述")),
    (
        Role.ACTUAL,
        (
            "实际完成值",
            "实际值",
            "完成值",
            "全年实际完成值",
            "年度实际完成值",
            "实际完成指标值",
            "实际完成",
        ),
    ),
    (Role.MID_VALUE, ("中期指标值", "中期目标值", "中期预期指标值")),
    (
        Role.VALUE,
        (
            "指标值",
            "目标值",
            "年度指标值",
            "指标值(目标值)",
            "预期指标值",
            "年度目标值",
            "绩效标准",
            "指标目标值",
            "计划值",
            "计划指标值",
            "年度计划值",
            "预期目标值",
            "标准值",
            "年度预期指标值",
            "年度绩效指标值",
            *NAME_AND_TARGET_HEADERS,
        ),
    ),
    (
        Role.BASIS,
        (
            "指标值确定依据",
            "确定依据",
            "指标值设定依据",
            "指标依据",
            "依据",
            "数据来源",
            "评价依据",
            "指标来源",
            "佐证材料",
        ),
    ),
    (Role.WEIGHT, ("权重", "分值", "指标权重", "指标分值", "权重分", "标准分值")),
    (Role.SCORE, ("得分", "自评得分", "实际得分", "评分")),
    (
        Role.DEVIATION,
        (
            "偏差原因分析及改进措施",
            "偏差原因",
            "偏差原因分析",
            "未完成原因",
            "原因分析及改进措施",
            "偏差原因及改进措施",
            "未完成原因分析",
        ),
    ),
    (Role.VALUE_TYPE, ("指标值类型", "指标性质", "指标类型", "指标属性", "值类型")),
    (Role.DIRECTION, ("指标方向", "指标方向性", "方向", "指标导向")),
    (Role.COMPARATOR, ("符号", "比较符", "计算符号", "运算符号", "比较符号", "运算符")),
    (Role.UNIT, ("单位", "计量单位", "度量单位", "指标单位", "指标值单位")),
    (Role.NUMBER, ("值", "数值")),
    (Role.REMARK, ("备注", "其他说明")),
    (Role.PROJECT, ("项目名称", "项目")),
    (Role.UNIT_NAME, ("单位名称", "部门名称", "预算单位", "部门(单位)名称", "实施单位")),
    (
        Role.BUDGET,
        (
            "预算数",
            "预算金额",
            "项目预算",
            "资金总额",
            "年度预算数",
            "项目资金",
            "项目金额",
            "预算金额合计",
            "项目总金额",
        ),
    ),
    (Role.GOAL, ("年度目标", "绩效目标", "年度绩效目标", "项目绩效目标", "总体目标")),
    (Role.GROUP, ("绩效指标", "中期目标", "指标", "年度指标", "中期指标")),
]

_LOOKUP: dict[str, Role] = {}
for _role, _words in HEADER_WORDS:
    for _w in _words:
        _LOOKUP.setdefault(squeeze(_w).replace("（", "(").replace("）", ")"), _role)

# Roles that only count as header evidence together with indicator columns (a "单位" cell alone
# is a unit label, a "项目名称" cell alone is metadata).
CONTEXT_ROLES = frozenset(
    {Role.PROJECT, Role.UNIT_NAME, Role.BUDGET, Role.GOAL, Role.GROUP, Role.UNIT, Role.NUMBER}
)
INDICATOR_ROLES = frozenset({Role.LEVEL1, Role.LEVEL2, Role.LEVEL3})
TEXT_ROLES = frozenset(
    {
        Role.DESCRIPTION,
        Role.BASIS,
        Role.SCORING,
        Role.REMARK,
        Role.DEVIATION,
        Role.VALUE_TEXT,
        Role.OTHER,
        Role.GOAL,
        Role.PROJECT,
        Role.UNIT_NAME,
    }
)
VALUE_ROLES = frozenset({Role.VALUE, Role.ACTUAL, Role.MID_VALUE, Role.PLACE})
# the columns a target can be printed in (whole or split)
TARGET_ROLES = frozenset({Role.VALUE, Role.MID_VALUE, Role.PLACE, Role.NUMBER, Role.VALUE_TEXT})
SPLIT_VALUE_ROLES = frozenset(
    {Role.COMPARATOR, Role.NUMBER, Role.UNIT, Role.VALUE_TYPE, Role.DIRECTION, Role.VALUE_TEXT}
)

_BRACKET = re.compile(r"[(\[【][^)\]】]*[)\]】]")
_NUMBERING = re.compile(r"^(\d+[.、．]|[（(]?[一二三四五六七八九十]+[)）、.])")


@lru_cache(maxsize=65536)
def header_key(cell: str) -> str:
    """A header cell in comparable form: no whitespace, ASCII brackets, no trailing colon."""
    return squeeze(cell).replace("（", "(").replace("）", ")").rstrip(":：")


@lru_cache(maxsize=65536)
def header_role(cell: str) -> Role | None:
    """The role a header cell names, or None when it is not a header word."""
    k = header_key(cell)
    if not k or len(k) > 24:
        return None
    hit = _LOOKUP.get(k)
    if hit is None and ("(" in k or "[" in k or "【" in k):
        stripped = _BRACKET.sub("", k)
        hit = _LOOKUP.get(stripped)
        if hit is None and stripped:
            hit = _pattern_role(stripped)
    if hit is None:
        hit = _pattern_role(k)
    return hit


# a period named before a level word: "中期目标二级指标", "年度目标三级指标", "年度二级指标"
_PERIOD_PREFIX = re.compile(r"^(中期|年度|当年|本年度?)(绩效)?(目标)?(?=[一二三]级)")
_MID_OF = {Role.LEVEL2: Role.MID_LEVEL2, Role.LEVEL3: Role.MID_LEVEL3}


def _period_role(k: str) -> Role | None:
    """A level column of one period's block: the 中期 block's own 二级/三级, or the annual one."""
    m = _PERIOD_PREFIX.match(k)
    if m is None:
        return None
    role = _LOOKUP.get(k[m.end() :])
    if role not in (Role.LEVEL2, Role.LEVEL3):
        return None
    return _MID_OF[role] if m.group(1) == "中期" else role


def _pattern_role(k: str) -> Role | None:
    """Header words written with a prefix or suffix: "2023年度指标值", "计划完成值", "年度值"."""
    period = _period_role(k)
    if period is not None:
        return period
    if re.fullmatch(r"(\d{4}年)?(年度|全年)?(实际)(完成)?(值|数|情况)?", k) and "实际" in k:
        return Role.ACTUAL
    if re.fullmatch(r"中期.{0,6}(指标)?值", k):
        return Role.MID_VALUE
    if re.fullmatch(r"(\d{4}(-\d{4})?年度?)?(年度|全年|预期|计划|目标)?(指标)?(目标)?值", k):
        return Role.VALUE if k not in ("值",) else Role.NUMBER
    if re.fullmatch(r"计划.{0,4}值", k):
        return Role.VALUE
    if re.fullmatch(r"权重(\(?%\)?)?|分值\(?分?\)?", k):
        return Role.WEIGHT
    if re.fullmatch(r"(年度)?(指标值?|目标值|指标值比较|预期值)符号", k):
        return Role.COMPARATOR  # "指标值符号 | 指标值 | 计量单位": the split value's comparator
    if _GOAL_HEADER.fullmatch(k):
        return Role.GOAL  # "项目年度绩效目标", "部门年度目标": whose goal and of which period
    return None


# a goal column named with its owner and period: (项目|部门|单位)(年度|总体)(绩效)目标
_GOAL_HEADER = re.compile(
    r"(项目|部门|单位)(年度|总体)?(项目)?(绩效)?目标|(年度|总体)项目(绩效)?目标"
)


def is_header_word(cell: str) -> bool:
    return header_role(cell) is not None


def strip_numbering(text: str) -> str:
    """'1.项目名称' -> '项目名称' (numbered labels in metadata rows)."""
    return _NUMBERING.sub("", text).strip()
