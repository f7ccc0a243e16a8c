"""B — budget consistency: cost indicators vs the project budget (B501), contradicting budget
figures inside a project (B502), placeholder budgets for substantial projects (B503)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.domain import place_vocab as pv
from auditor.domain.framework import COST, COST2, ECON_COST, canonical_level1, canonical_level2
from auditor.domain.units import PERSON_UNITS, base_units, denominator_in_name, unit_family
from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import norm_text
from auditor.rules.context import RuleContext

# Factor from a money unit to 万元.
TO_WAN = {"元": 1e-4, "千元": 1e-1, "万元": 1.0, "百万元": 100.0, "亿元": 1e4}
# Tolerance: an amount this much above the budget is reported (rounding in 万元 tables).
EXCEED_TOLERANCE = 1.005
# Count × unit price is a rougher estimate (floors and ceilings mixed): 10% slack.
PRODUCT_TOLERANCE = 1.10


def money_in_wan(row: IndicatorRow) -> tuple[float, str, str | None] | None:
    """(amount in 万元, money unit, per-unit denominator or None) for a money value, else None."""
    p = row.parsed
    if p.number is None or not p.unit or ("garbled" in p.flags and "doubled_digits" not in p.flags):
        return None
    parts = base_units(p.unit)
    if not parts or unit_family(p.unit) != "money":
        return None
    head = parts[0]
    factor = TO_WAN.get(head)
    if factor is None:
        return None
    denom = parts[1] if len(parts) > 1 else None
    return p.number * factor, head, denom


_COST_NAME = re.compile(r"成本|费用|经费|预算|单价|造价|支出")
# A ceiling per beneficiary: the most anyone may receive, not what each one costs.
_CAP_NAME = re.compile(r"限额|最高|上限|封顶")


def is_cost_row(row: IndicatorRow) -> bool:
    """成本 category, or a cost name (成本/费用/经费/预算/单价…) outside the effect categories.

    Amounts such as 发放资金 or 带动投资 under other categories are not costs of the project."""
    l1, l2 = canonical_level1(row.level1), canonical_level2(row.level2)
    if l1 == COST or l2 in (COST2, ECON_COST):
        return True
    return bool(_COST_NAME.search(fold(row.level3))) and l2 not in (
        "经济效益指标",
        "可持续影响指标",
        "社会效益指标",
        "生态效益指标",
    )


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _bigrams(text: str) -> set[str]:
    t = norm_text(text)
    return {t[i : i + 2] for i in range(len(t) - 1)} - {
        "成本",
        "平均",
        "单位",
        "单次",
        "单个",
        "费用",
        "金额",
        "数量",
        "个数",
        "次数",
        "人数",
        "完成",
        "工作",
        "项目",
        "预算",
        "支出",
        "控制",
        "标准",
    }


def _count_partner(
    row: IndicatorRow, table: Table, denom: str | None = None, from_name: bool = False
) -> IndicatorRow | None:
    """The quantity row a unit-price row refers to: a count with the same object noun, counted
    in the price's denominator when it has one (3.2万元/户 pairs with 户, not with 个)."""
    mine = _bigrams(row.level3) | _bigrams(row.description or "")
    best, best_score = None, 0
    in_denominator = []
    for r in table.rows:
        if r.index == row.index or r.parsed.number is None:
            continue
        if unit_family(r.parsed.unit) not in ("count", "person", "measure"):
            continue
        if denom is not None and denom not in base_units(r.parsed.unit):
            continue
        if canonical_level2(r.level2) not in ("数量指标", None):
            continue
        in_denominator.append(r)
        score = len(mine & (_bigrams(r.level3) | _bigrams(r.description or "")))
        if score > best_score:
            best, best_score = r, score
    if best_score >= 1:
        return best
    # No shared word, but the name prices one unit of a thing (每公里建设成本, 单盏维护费) and only
    # one quantity is counted in that unit (新建产业路里程 in 公里): that is what it multiplies.
    # Not for people: 人均/元每人 standards pair with one of several head-counts.
    if from_name and denom not in PERSON_UNITS and len(in_denominator) == 1:
        return in_denominator[0]
    return None


def _scaled_count(row: IndicatorRow) -> bool:
    """A count in 万 (1.6万人, 30万亩): a programme shared with other funds, whose per-unit
    standard times the count is not this table's cost; no product is claimed."""
    unit = (row.parsed.unit or "").split("/")[0]
    return unit.startswith("万") and base_units(unit) == [unit[1:]]


@register
class CostExceedsBudget(Rule):
    code = "B501"
    name = "cost-vs-budget"
    family = "B"
    severity = "error"
    scope = "row"
    summary = "成本指标金额超出或不符合项目预算"
    what = (
        "For a cost indicator (成本 category, or a money word in its name) with a money value, "
        "converts the amount to 万元 (元/千元/万元/亿元) and compares it with the table's budget: "
        "(a) the amount exceeds the budget; (b) the indicator names the budget itself (预算数, 资金成本, "
        "总投资…) but states a clearly smaller amount; (c) a unit price (平均/单位/每…) times the "
        "stated quantity of the same object in the table exceeds the budget by more than 10%; a "
        "price per a unit named in the indicator (每公里, 单盏) pairs with the one quantity counted "
        "in that unit."
    )
    why = (
        "A cost target above the money available cannot be a target; a 预算数 indicator that "
        "differs from the table's 预算数 shows one of the two is wrong (财预〔2021〕101号: 成本指标应"
        "与预算相匹配)."
    )
    bad = "产出指标/成本指标/总成本 | ≤100万元 | 预算：20万元 | 项目：维护稳定工作经费"
    better = "总成本 | ≤20万元（或 分项：维稳专项 ≤12万元、应急处置 ≤8万元）"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        budget = table.budget_wan
        if budget is None or budget <= 0 or not is_cost_row(row):
            return
        m = money_in_wan(row)
        if m is None:
            return
        amount, _unit, denom = m
        raw = squeeze(row.value)
        p = row.parsed
        if amount > budget * EXCEED_TOLERANCE:
            yield Violation(
                message=f"成本指标“{squeeze(row.level3)}”金额（{raw}）超过项目预算{_fmt(budget)}万元",
                message_en=f"cost indicator amount {raw} exceeds the project budget of {_fmt(budget)} 万元",
                evidence=f"{squeeze(row.level3)} {raw} = {_fmt(amount)}万元 > 预算数 {_fmt(budget)}万元",
            )
            return
        name = fold(row.level3) + "|" + fold(row.description or "")
        if (
            denom is None
            and pv.TOTAL_BUDGET_NAME.search(fold(row.level3))
            and p.comparator in (None, "=", "≤", "<")
        ):
            if amount < budget * 0.9 and not pv.UNIT_PRICE_NAME.search(fold(row.level3)):
                yield Violation(
                    message=f"指标“{squeeze(row.level3)}”的金额（{raw}）与项目预算数{_fmt(budget)}万元不一致",
                    message_en=f"budget indicator {raw} differs from the table's budget of {_fmt(budget)} 万元",
                    evidence=f"{squeeze(row.level3)} {raw} = {_fmt(amount)}万元 ≠ 预算数 {_fmt(budget)}万元",
                )
                return
        if _CAP_NAME.search(fold(row.level3) + fold(row.description or "")):
            return  # a ceiling per person (救助限额, 最高补助) is not a unit cost paid to everyone
        name_denom = denominator_in_name(fold(row.level3))
        if pv.UNIT_PRICE_NAME.search(name) or denom is not None or name_denom is not None:
            partner = _count_partner(row, table, denom)
            if partner is None and denom is None and name_denom is not None:
                partner = _count_partner(row, table, name_denom, from_name=True)
            if partner is None or partner.parsed.number is None or _scaled_count(partner):
                return
            total = amount * partner.parsed.number
            if total > budget * PRODUCT_TOLERANCE:
                yield Violation(
                    message=f"单价指标“{squeeze(row.level3)}”（{raw}）乘以数量“{squeeze(partner.level3)}”"
                    f"（{squeeze(partner.value)}）约{_fmt(round(total, 2))}万元，超过项目预算{_fmt(budget)}万元",
                    message_en=f"unit cost × quantity ≈ {_fmt(round(total, 2))} 万元 exceeds the budget of {_fmt(budget)} 万元",
                    evidence=f"{raw} × {squeeze(partner.value)}（第{partner.index}行）= {_fmt(round(total, 2))}万元 > 预算数 {_fmt(budget)}万元",
                    fix=None,
                )


_AMOUNT = re.compile(
    # the funds a goal says it arranges: "安排维修养护资金120万元", "全年预算安排48万元"
    r"(预算数|预算金额|预算资金|预算总额|年度资金总额|资金总额|总投资|计划投资|项目投资|项目资金|"
    r"项目预算|预算安排|"
    r"安排[\u4e00-\u9fff]{0,6}?资金|投入资金|预算)\s*(?:为|是|共|合计|总计)?\s*[:：]?\s*"
    r"(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元)"
)


def stated_budgets(table: Table) -> list[tuple[float, str]]:
    """Total budget amounts (万元) stated in the table's budget texts and goal: [(amount, snippet)]."""
    out = []
    for text in list(table.budget_texts) + [table.goal or ""]:
        t = fold(text)
        for m in _AMOUNT.finditer(t):
            before = t[max(0, m.start() - 3) : m.start()]
            if "其中" in before:
                continue  # a part ("其中：财政资金 2 万元"), not the total
            out.append((float(m.group(2)) * TO_WAN[m.group(3)], t[m.start() : m.end()]))
    return out


@register
class BudgetContradiction(Rule):
    code = "B502"
    name = "budget-contradiction"
    family = "B"
    severity = "error"
    scope = "project"
    summary = "同一项目内预算金额前后矛盾"
    what = (
        "Compares the table's budget (预算数 / 年度资金总额 cell) with every total stated in the "
        "table's budget texts (资金用途 text) and goal (“预算数 X 万元”, “年度资金总额 X 万元”; parts "
        "introduced by 其中 are ignored); different totals (beyond rounding) are reported."
    )
    why = (
        "The budget is the denominator of every cost and efficiency target; two different totals "
        "for one project mean at least one figure is wrong and the table cannot be checked."
    )
    example_context = "compares the budget cell with the budget figures written in the table's text"
    bad = "贸促会交流费用: 预算数 5.00 万元, text “预算数 2 万元。其中：财政资金 2 万元…”"
    better = "预算数 5.00 万元 and the text “预算数 5 万元，主要用于…”"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        stated = stated_budgets(table)
        if not stated:
            return
        figures = (
            [(table.budget_wan, "预算数栏")] if table.budget_wan is not None else []
        ) + stated
        base, base_src = figures[0]
        for amount, snippet in figures[1:]:
            if abs(amount - base) > max(0.01, 0.01 * max(amount, base)):
                yield Violation(
                    message=f"项目预算金额前后不一致：{base_src}{_fmt(base)}万元，文字说明“{snippet}”",
                    message_en=f"budget figures contradict: {_fmt(base)} 万元 vs “{snippet}”",
                    evidence=f"{base_src} {_fmt(base)}万元 ≠ “{snippet}”（{_fmt(amount)}万元）",
                )
                return


@register
class PlaceholderBudget(Rule):
    code = "B503"
    name = "placeholder-budget"
    family = "B"
    severity = "info"
    scope = "project"
    summary = "实质性项目（工程、基础设施等）预算仅为占位金额（如1.00万元）"
    what = (
        "Flags a project whose name denotes substantial works (工程, 基础设施, 新建, 改造, 道路, 桥, "
        "管网…) with a budget of at most 1 万元: a placeholder amount entered to carry the project "
        "in the budget, not its cost."
    )
    why = (
        "With a placeholder budget the cost and output targets cannot be related to the money; the "
        "real amount should be stated or the project disclosed when funded."
    )
    example_context = "judges the budget against the kind of project the table describes"
    bad = "大厂高新区北部片区基础设施建设工程 — 预算数 1.00 万元"
    better = "State the year's appropriation (e.g. 1,850 万元) or mark the project as 待下达"

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        b = table.budget_wan
        if table.kind != "project" or b is None or b > pv.PLACEHOLDER_BUDGET_MAX or b < 0:
            return
        m = pv.SUBSTANTIAL_PROJECT.search(fold(table.project))
        if not m:
            return
        yield Violation(
            message=f"“{squeeze(table.project)}”为实质性项目，预算仅{_fmt(b)}万元，疑为占位金额",
            message_en=f"substantial project with a placeholder budget of {_fmt(b)} 万元",
            evidence=f"项目名称含“{m.group(0)}”，预算数 {_fmt(b)}万元 ≤ {_fmt(pv.PLACEHOLDER_BUDGET_MAX)}万元",
        )
