"""Labels of the metadata rows above an indicator table (项目名称, 预算数, 年度目标 …)."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from auditor.extract.normalize import squeeze


class Label(StrEnum):
    PROJECT = "project"
    BUDGET = "budget"
    GOAL = "goal"
    MID_GOAL = "mid_goal"  # 中期目标
    ACTUAL_GOAL = "actual_goal"  # 实际完成情况 (self-evaluation)
    UNIT = "unit"
    FUND_USE = "fund_use"
    BUDGET_LINE = "budget_line"  # 其中：财政拨款 / 上年结转 / 其他资金
    OTHER = "other"  # 项目编码, 联系电话 …: known labels whose value is not needed


LABELS: dict[Label, tuple[str, ...]] = {
    Label.PROJECT: (
        "项目名称",
        "转移支付名称",
        "转移支付(项目)名称",
        "转移支付项目名称",
        "转移支付项目",
        "专项资金名称",
        "专项名称",
        "资金名称",
    ),
    Label.BUDGET: (
        "预算数",
        "年度资金总额",
        "部门预算总额",
        "项目资金总额",
        "资金总额",
        "预算金额",
        "项目预算",
        "年度预算数",
        "预算总额",
        "项目资金",
        "资金情况",
        "资金规模",
        "项目总金额",
        "项目金额",
        "年度预算",
        "年度金额",
        "年度资金",
        "资金总额(万元)",
        # a department's overall table asks for its year's budget (年度预算申请（万元）)
        "年度预算申请",
        "预算申请",
        # an approval table (批复表) states the amount approved
        "批复金额",
        "批复数",
        "批复资金",
        "预算批复数",
    ),
    Label.GOAL: (
        "绩效目标",
        "年度目标",
        "年度履职目标",
        "年度绩效目标",
        "项目绩效目标",
        "总体目标",
        "整体绩效目标",
        "年度总体目标",
        "预期目标",
        "年度预期目标",
        # a transfer payment's regional table (区域绩效目标表) states the region's goal
        "区域年度目标",
        "区域绩效目标",
        "区域年度绩效目标",
    ),
    Label.MID_GOAL: ("中期目标", "中期绩效目标", "项目中期目标"),
    Label.ACTUAL_GOAL: ("实际完成情况", "年度目标完成情况", "目标实际完成情况"),
    Label.UNIT: (
        "部门(单位)名称",
        "单位名称",
        "部门名称",
        "预算单位",
        "主管部门",
        "地方主管部门",
        "县级主管部门",
        "市级主管部门",
        "实施单位",
        "项目单位",
        "项目实施单位",
    ),
    Label.FUND_USE: ("资金用途", "预算规模及资金用途", "主要用途"),
    Label.BUDGET_LINE: (
        "财政拨款",
        "上年结转",
        "其他资金",
        "财政资金",
        "其中:财政拨款",
        "中央补助",
        "中央资金",
        "省级资金",
        "省级补助",
        "市级资金",
        "县级资金",
        "地方资金",
        "本级资金",
    ),
    Label.OTHER: (
        "项目编码",
        "项目负责人",
        "联系电话",
        "填表人",
        "部门(单位)负责人",
        "项目属性",
        "项目类型",
        "项目期限",
        "实施期限",
        "资金支出计划",
        "中央主管部门",
        "省级主管部门",
        "省级财政部门",
        "中央财政部门",
    ),
}
META_LABEL_WORDS: tuple[str, ...] = tuple(w for ws in LABELS.values() for w in ws)

_LOOKUP = {
    squeeze(w).replace("（", "(").replace("）", ")"): k for k, ws in LABELS.items() for w in ws
}
_UNIT_NOTE = re.compile(r"\((万元|元|千元|%)\)")
_PREFIX = re.compile(r"^(\d+[.、．]|其中[:：]?)")
# the period a goal or amount covers: "中期目标（2024-2026年）", "年度目标(2024年)"
_OPEN_NOTE = re.compile(r"\([^()]{0,3}$")
_PERIOD_NOTE = re.compile(r"\(\d{4}年?度?([-—–~至]\d{4}年?)?\)")


@lru_cache(maxsize=65536)
def label_of(cell: str) -> Label | None:
    """The metadata label a cell is ("预算数（万元）", "1.项目名称", "其中：财政拨款"), or None."""
    k = squeeze(cell).replace("（", "(").replace("）", ")").rstrip(":：")
    if not k or len(k) > 20:
        return None
    hit = _LOOKUP.get(k)
    if hit is None:
        k2 = _PREFIX.sub("", _PERIOD_NOTE.sub("", _UNIT_NOTE.sub("", k))).rstrip(":：")
        k2 = _OPEN_NOTE.sub("", k2)  # "年度资金总额（" with its "元）" wrapped to a later line
        hit = _LOOKUP.get(k2)
        if hit is None and _BUDGET_LABEL.fullmatch(k2):
            hit = Label.BUDGET
        elif hit is None and _STAGED_GOAL_LABEL.fullmatch(k2):
            hit = Label.GOAL
        elif hit is None and k2 in BARE_AMOUNT_WORDS and _UNIT_NOTE.search(k):
            hit = Label.BUDGET  # "预算（万元）": a bare word, an amount by its money unit
        elif hit is None and k == "目标":
            hit = (
                Label.GOAL
            )  # a cell of the bare word (a frame's short labels: 资金（万元） | 目标)
    return hit


# an amount label put together from its parts: the period, the holder, what is counted and the
# total ("年度预算总额", "本年部门预算数", "全年项目资金总额", "年度预算资金")
_BUDGET_LABEL = re.compile(
    r"(?:年度|本年度?|全年|当年)?(?:部门|单位|项目)?"
    r"(?:预算资金(?:总额|总数|数|金额|合计)?|(?:预算|资金)(?:总额|总数|数|金额|合计))"
)

# words that name an amount only with a money unit after them ("预算（万元）", "经费(元)")
BARE_AMOUNT_WORDS = frozenset({"预算", "经费", "金额", "资金", "预算资金", "项目经费"})

# a goal named by the stage of the budget cycle that set it: the goal declared, approved or
# adjusted ("批复绩效目标", "申报年度目标", "调整后绩效目标"), as the amount is ("批复金额")
_STAGED_GOAL_LABEL = re.compile(
    r"(?:批复|申报|核定|审定|调整后?)的?(?:年度|项目|整体)?(?:绩效)?目标"
)


@lru_cache(maxsize=65536)
def label_scale(cell: str) -> float | None:
    """The amount unit a label states: "(元)" -> 0.0001, "(万元)" -> 1; None when it states none."""
    k = squeeze(cell).replace("（", "(").replace("）", ")")
    if "(万元)" in k or k.endswith("万元"):
        return 1.0
    if "(千元)" in k:
        return 0.1
    if "(元)" in k or k.endswith("元"):
        return 0.0001
    return None


# short labels that name the frame only with a colon after them ("资金：24.00万元", "目标：…")
_COLON_LABEL = re.compile(r"^(资金|金额|目标)[:：](.+)$")
_COLON_LABELS = {"资金": Label.BUDGET, "金额": Label.BUDGET, "目标": Label.GOAL}


# the bare 目标 run together with its sentence ("目标开展课后服务，学生自愿参加。"): clauses and a
# full stop make the rest a goal's text, not an indicator named 目标…
_GLUED_GOAL = re.compile(r"^目标(?P<text>[\u4e00-\u9fff][^:：]*[，,][^:：]*[。！]$)")


def colon_label(cell: str) -> tuple[Label, str] | None:
    """('资金：24.00万元') -> (BUDGET, '24.00万元'); None for any other cell."""
    m = _COLON_LABEL.match(cell.strip())
    if m is None:
        glued = _GLUED_GOAL.match(cell.strip())
        return (Label.GOAL, glued.group("text")) if glued else None
    return (_COLON_LABELS[m.group(1)], m.group(2).strip())
