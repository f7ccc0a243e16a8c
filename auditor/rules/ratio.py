"""Row rule of family R: ratio definitions (R601)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from auditor.extract.normalize import fold, squeeze
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.base import Rule, Violation, register
from auditor.rules.context import RuleContext

# "A占B的比率", "A占B比例", "A占B的比重", "A占B的比"
_SHARE = re.compile(
    r"(?P<a>[^，。；;,]{2,40}?)占(?P<b>[^，。；;,]{2,40}?)(的)?(比率|比例|比重|百分比|比)"
)
# "A/B", "A÷B" (an optional "×100%" tail)
_DIVISION = re.compile(r"(?P<a>[^，。；;,=＝/÷]{2,40})[/÷](?P<b>[^，。；;,=＝/÷*×]{2,40})")
# Planned / due / standard quantities (应 as a modal: 应发, 应到, 应补助 — not 应急, 应用, 应对).
_PLANNED = re.compile(r"(计划|预计|预期|约定|(?<![供响反适对相效回])应(?!急|用|对|该|当|答|聘|变))")
# The agreed time a timeliness rate is measured against.
_STANDARD = re.compile(r"(约定|规定|标准|计划|承诺|合同)")
# Actual / paid / done quantities (实际, 实发 — not 实施, 实现).
_ACTUAL = re.compile(r"(实际|实发|实到|实拨|实缴|实付|已)")
# Time used: a timeliness rate of (time used ÷ time allowed) grows when work is late.
_TIME_USED = re.compile(r"(用时|耗时|时长|所用时间|花费时间|实际时间)")


@lru_cache(maxsize=65536)
def parse_ratio(text: str | None) -> tuple[str, str] | None:
    """(numerator, denominator) of a ratio definition in text, or None (memoised per text)."""
    t = fold(text).replace("（", "(").replace("）", ")")
    if not t:
        return None
    m = _SHARE.search(t)
    if m:
        return m.group("a"), m.group("b")
    m = _DIVISION.search(t)
    if m:
        a = re.split(r"[=＝:：]", m.group("a"))[-1]
        return a, m.group("b")
    return None


# Scope words that open a quantity without qualifying it ("全年优良天数" is 优良天数).
_SCOPE_HEAD = re.compile(r"^(全年|全县|全市|全区|全部|年度|当年|本年|总)+")


def _common_tail(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def swapped_qualifier(name: str, a: str, b: str) -> str | None:
    """The rate is named after the denominator: A and B count the same thing (天数) and the
    qualifier the name carries (优良) is the denominator's, while no word of the numerator's
    qualifier is in the name.

    "优良天数比例 = 有效监测天数/全年优良天数": the share of good days divided upside down."""
    tail = _common_tail(a, b)
    if len(tail) < 2:
        return None
    qa = _SCOPE_HEAD.sub("", a[: len(a) - len(tail)])
    qb = _SCOPE_HEAD.sub("", b[: len(b) - len(tail)])
    if len(qa) < 2 or len(qb) < 2 or qb in qa or qa in qb:
        return None
    core = fold(name)
    if qb in core and not any(qa[i : i + 2] in core for i in range(len(qa) - 1)):
        return f"指标名称所指的“{qb}{tail}”是分母，分子“{a}”却是{tail}的全体，比率倒置"
    return None


# The whole a rate is taken over ("差评事项总数", "应检对象总人数").
_WHOLE = re.compile(r"(总数|总量|总件数|总人数|总户数|总次数|总个数)$")
_RATE_STEM = re.compile(r"([\u4e00-\u9fff]{2})率$")


def whole_over_part(name: str, a: str, b: str) -> str | None:
    """The whole divided by the part the rate is named after: "整改率 = 问题总数/已整改数" —
    the numerator is a total, and only the denominator does what the name rates (整改)."""
    stem = _RATE_STEM.search(fold(name))
    if stem is None or not _WHOLE.search(a) or "总" in b:
        return None
    act = stem.group(1)
    if act in b and act not in a:
        return f"分子“{a}”是总数，分母“{b}”才是{act}的部分，比率倒置"
    return None


def inverted_reason(a: str, b: str) -> str | None:
    if _PLANNED.search(a) and _ACTUAL.search(b) and not _ACTUAL.search(a):
        return f"分子“{a}”是计划/应发数，分母“{b}”是实际数，比率倒置"
    if _TIME_USED.search(a) and _STANDARD.search(b) and not _TIME_USED.search(b):
        return f"分子“{a}”是实际用时，分母“{b}”是约定标准，用时越长比率越高，与及时率方向相反"
    return None


@register
class InvertedRatio(Rule):
    code = "R601"
    name = "inverted-ratio"
    family = "R"
    severity = "error"
    scope = "row"
    cells_only = True
    summary = "比率定义倒置（计划÷实际、应发÷实发、用时÷标准）"
    what = (
        "Parses the ratio defined in the name or description ('A占B的比率', 'A/B×100%') and flags it when the "
        "numerator is the planned/due quantity and the denominator the actual one (计划培训人数占实际培训人数比率, "
        "应发放…占实际发放总数比率), when a timeliness rate divides the time used by the agreed standard, or "
        "when the description divides a total by the part the rate is named after (整改率 = 问题总数/已整改数)."
    )
    why = (
        "A completion or coverage rate is actual ÷ planned; upside down it falls as performance improves and "
        "exceeds 100 % when work falls short, so the ≥ target rewards under-performance (domain-rules §2: rates "
        "named 完成/覆盖/及时 are '≥' measures; §3.6 rates lie in 0–100 %). A ratio with an upper bound (≤) is "
        "consistent either way and is not flagged."
    )
    bad = "产出指标/质量指标/培训参与度 | 描述：计划培训人数占实际培训人数比率 | ≥98%"
    better = "培训参与率 | 描述：实际参加培训人数占计划培训人数的比率 | ≥98%"

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        if row.parsed.comparator in ("≤", "<"):
            return  # "计划÷实际 ≤100%" is an odd but consistent way of saying actual ≥ planned
        for source in (row.description, row.level3):
            parsed = parse_ratio(source)
            if not parsed:
                continue
            reason = inverted_reason(*parsed)
            if reason is None and source is row.description:
                reason = swapped_qualifier(row.level3 or "", *parsed) or whole_over_part(
                    row.level3 or "", *parsed
                )
            if reason:
                yield Violation(
                    message=f"“{squeeze(row.level3)}”的比率定义倒置：{reason}。",
                    message_en=f"The ratio of '{squeeze(row.level3)}' is defined upside down (planned ÷ actual).",
                    evidence=f"{squeeze(source)}：{reason}",
                )
                return
