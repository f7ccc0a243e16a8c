"""The offline (heuristic) grader: deterministic specificity grades, rewrites and goal reviews.

Same schemas as the LLM grader (auditor.models.Grade / Rewrite / GoalReview) with
``grader="heuristic"``. Grades follow the scale of docs/taxonomy.md ("Specificity grade"):

1 slogan / empty / garbled; 2 names a topic only (提高/健全, boilerplate, or a number on an
undefined notion); 3 measurable in principle but no number/standard, or a number whose definition
is broken (wrong unit, inverted ratio, vacuous bound); 4 number + unit (+ comparator) with a loose
definition or generic basis; 5 defined, comparator, unit, realistic target and a concrete source.

Rule findings on the row cap the grade (an error-level U/V finding rules out 5, a garbled value
or boilerplate caps at 2 ...): the grader never contradicts the rule engine.
"""

from __future__ import annotations

import re

from auditor.config import AuditConfig
from auditor.extract.normalize import letters
from auditor.grade import memo
from auditor.grade.features import RowFeatures, row_features
from auditor.grade.rewrite import context_table, heuristic_rewrite
from auditor.models import Document, Finding, GoalReview, Grade, IndicatorRow, Table

GRADER = "heuristic"

# Caps applied by rule codes present on the row (max grade allowed).
CODE_CAPS: dict[str, int] = {
    "U303": 2, "V402": 2, "V401": 2,
    "U301": 3, "U302": 3, "U304": 3, "U305": 3, "U306": 3, "R601": 3, "C205": 3, "C202": 4,
    "T107": 3, "T105": 3, "B501": 3, "V405": 3, "C206": 4,
    "V403": 4, "V404": 4, "C201": 4,
}  # fmt: skip
_REASON = {
    "empty": "指标值为空",
    "garbled": "指标值残缺或乱码，无法读出目标",
    "boilerplate": "指标值为套话，适用于任何项目，无法考核",
    "vague": "指标值为“提高/健全”类定性词，没有可判定的标准",
    "graded": "指标值为定性等级，但未说明判定标准",
    "text": "指标值为文字表述，可考核但没有数值或分级标准",
    "deadline": "以时间节点表述，可考核",
    "criterion": "以文字给出可判定的标准（时限、对比或名次），可考核",
    "number_no_unit": "有数值但缺少计量单位",
    "number": "有比较符、数值和单位",
}


def _row_findings(doc: Document | None, table: Table, row: IndicatorRow) -> list[Finding]:
    if doc is None or not doc.findings:
        return []
    return [
        f
        for f in doc.findings
        if f.table_index == table.index and f.row_index == row.index and f.scope == "row"
    ]


def grade_features(f: RowFeatures) -> tuple[int, list[str]]:
    """Specificity from features alone (before the caps of rule findings)."""
    reasons = [_REASON[f.value_kind]]
    probs = set(f.problems)
    vk = f.value_kind
    if vk in ("empty", "garbled"):
        return 1, reasons
    if vk == "boilerplate":
        # a boilerplate value on an indicator that is itself undefined is a pure slogan
        return (1 if f.desc_kind in ("same", "none") and f.basis_kind != "none" else 2), reasons
    if vk == "vague":
        return 2, reasons
    if vk in ("text", "graded"):
        score = 3
        if f.measure == "rate" or "U301" in probs:
            score = 2
            reasons.append("比率类指标却以文字表述，单位不匹配")
        return score, reasons
    if vk == "deadline":
        return _deadline_grade(f), reasons
    if vk == "criterion":
        sourced = f.basis_kind in ("specific", "moderate") and f.desc_kind != "same"
        return (4 if sourced and f.measure != "rate" else 3), reasons
    if vk == "number_no_unit":
        return (3 if f.measure == "count" else 2), reasons
    # number with a unit
    broken = probs & {"U301", "U302", "U305", "U306"}
    if broken:
        reasons.append("数值的定义有误（" + "、".join(sorted(broken)) + "）")
        if (
            "U305" in broken
            and f.measure is None
            and f.parsed.unit == "%"
            and not (f.desc_kind == "defined" and re.search(r"占|比率|/|÷", f.description))
        ):
            # "确保…正常运行 ≤100%": not a measure at all, with an inverted bound
            reasons.append("三级指标不是可计量的对象")
            return 1, reasons
        if "U305" in broken and f.desc_kind == "same":
            return 2, reasons
        if "U301" in broken and f.measure is None and f.desc_kind in ("same", "none"):
            reasons.append("三级指标不是可计量的对象，数值含义不明")
            return 2, reasons  # "维护社会稳定 ≥95%": a number on an undefined notion
        return 3, reasons
    if "V405" in probs:
        reasons.append("目标值过低，几乎无需努力即可达到")
        return 3, reasons
    if (
        f.measure is None
        and f.parsed.unit == "%"
        and not re.search(r"数|量|率|度|额|费|成本|时间|期|面积|长度", f.name)
    ):
        # a number on an activity name ("增强园区综合承载能力 ≥95%"): number on an undefined notion
        if f.desc_kind != "defined":
            reasons.append("指标名称为工作内容而非计量对象，数值含义不明")
            return 2, reasons
    if f.desc_kind == "defined" and f.basis_kind == "specific" and f.parsed.comparator is not None:
        reasons.append("有定义/口径和具体的取值依据")
        return 5, reasons
    if f.desc_kind in ("same", "none"):
        reasons.append("缺少指标定义（描述只重复名称或为空）")
    if f.basis_kind in ("generic", "none"):
        reasons.append("取值依据笼统或缺失")
    return 4, reasons


_PRECISE_DATE = re.compile(r"\d{1,2}月(\d{1,2}日|底|末|中旬|上旬|下旬)?|\d{4}年(底|末)")


def _deadline_grade(f: RowFeatures) -> int:
    """A date target: 5 with a defined measure and a concrete source, 4 with some source, 3 bare.
    A rate given as a date (完成率 2023年6月底前) is a broken definition (U301): 3."""
    if f.measure == "rate":
        return 3
    sourced = f.basis_kind in ("specific", "moderate")
    precise = bool(_PRECISE_DATE.search(f.value))
    if precise and f.basis_kind == "specific" and f.desc_kind in ("defined", "loose"):
        return 5
    return 4 if sourced or f.desc_kind == "defined" else 3


def grade_row(
    row: IndicatorRow,
    table: Table,
    doc: Document | None = None,
    findings: list[Finding] | None = None,
    with_rewrite: bool = True,
    config: AuditConfig | None = None,
) -> Grade:
    """Grade one row offline. `findings` defaults to the document's row findings for this row.
    Once the rules have run, the grade is memoised per distinct row, context and findings
    (auditor.grade.memo)."""
    rules_ran = findings is not None or (doc is not None and doc.findings is not None)
    fs = findings if findings is not None else _row_findings(doc, table, row)
    if not rules_ran:
        return _grade_row(row, table, doc, fs, False, with_rewrite, config)
    key = memo.grade_key(row, context_table(table)[1], fs, with_rewrite)
    hit = memo.recall(key)
    if hit is not None:
        return hit
    return memo.remember(key, _grade_row(row, table, doc, fs, True, with_rewrite, config))


def _grade_row(
    row: IndicatorRow,
    table: Table,
    doc: Document | None,
    fs: list[Finding],
    rules_ran: bool,
    with_rewrite: bool,
    config: AuditConfig | None,
) -> Grade:
    # grade from the rule engine's findings; if the rules have not run, the features run them
    f = row_features(row, table, doc, codes={x.code for x in fs} if rules_ran else None)
    score, reasons = grade_features(f)
    score, capped = clip_by_findings(score, fs)
    if capped:
        reasons.append(capped)
    rewrite = None
    rewrite_note = None
    if with_rewrite and score <= 3:  # a rewrite is drafted for weak rows only
        rewrite, rewrite_note = heuristic_rewrite(row, table, doc, fs, config=config)
        if rewrite_note:
            reasons.append(rewrite_note)
    return Grade(specificity=score, reasons=reasons, rewrite=rewrite, grader=GRADER)


def clip_by_findings(score: int, findings: list[Finding]) -> tuple[int, str | None]:
    """Cap a grade by the rule findings on the row (used for LLM grades too)."""
    cap, why = 5, None
    for fd in findings:
        c = CODE_CAPS.get(fd.code)
        if fd.severity == "error" and fd.code[:1] in ("U", "V"):
            c = min(c or 4, 4)
        if c is not None and c < cap:
            cap, why = c, fd.code
    if score > cap:
        return cap, f"规则发现 {why}，等级上限为 {cap}"
    return score, None


# -- goal review ----------------------------------------------------------------------------
_SLOGAN = re.compile(
    r"确保|保障|保证|促进|推动|推进|提高|提升|加强|加快|完善|优化|营造|助力|高质量|新突破|新成效|正常运转|正常运行|"
    r"顺利开展|圆满完成|有效|达到预期|实实在在|取得.{0,4}效果|稳定|和谐"
)
_UNITS = r"(%|％|个|项|次|人次|人|名|家|场|期|户|所|座|件|条|份|公里|千米|米|平方米|㎡|亩|万元|元|天|日|月底|台|套|批|本|册|篇|村|处|辆|吨)"
_MEASURABLE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:"
    + _UNITS
    + r"|㎡|平方米|公里|亩|吨)|[一二两三四五六七八九十百千]+"
    + _UNITS
    + r"|\d{1,2}月(底|前|\d{1,2}日)|年底前|年内完成|年度内|全年|本年度"
)
_ITEM_SPLIT = re.compile(
    r"(?:^|(?<=[\s；;。]))(?:\d+[.、．)]|[（(]\d+[)）]|[一二三四五六七八九十]+、)"
)


def goal_items(goal: str | None) -> list[str]:
    if not goal:
        return []
    text = re.sub(r"<[^>]+>", " ", goal)
    parts = [p.strip(" ；;。，,\n") for p in _ITEM_SPLIT.split(text)]
    parts = [p for p in parts if len(letters(p)) >= 2]
    if len(parts) <= 1:
        parts = [p.strip() for p in re.split(r"[；;。\n]", text) if len(letters(p)) >= 2]
    return parts


def _bigrams(text: str) -> set[str]:
    t = letters(text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


_STOP_BIGRAMS = {
    "工作",
    "项目",
    "开展",
    "完成",
    "保障",
    "确保",
    "提高",
    "提升",
    "管理",
    "服务",
    "指标",
    "情况",
    "正常",
    "运转",
    "相关",
    "通过",
    "实现",
    "进行",
    "加强",
    "推动",
    "各项",
    "机关",
    "日常",
    "经费",
    "费用",
    "资金",
    "支出",
}


_GENERIC = re.compile(
    r"确保|保障|保证|促进|推动|推进|提高|提升|加强|加快|完善|优化|营造|助力|实现|圆满|完成|达成|取得|做好|抓好|搞好|维护|"
    r"各项|机关|单位|部门|工作|任务|正常|运转|运行|顺利|开展|发展|高质量|新突破|新进展|新成效|有效|实实在在|效果|作用|"
    r"更好|进一步|全面|扎实|稳定|和谐|社会|经济|水平|能力|效率|目标|达到|预期|日常|业务|政务|上级|交办|区内|全区|我区|本区|"
    r"全县|我县|本县|确实|切实|积极|不断|持续|良好|环境|条件|项目|资金|的|了|和|及|与|等|地"
)


def _is_slogan(item: str) -> bool:
    """An item that says nothing concrete: no quantity/deadline and (almost) only generic words."""
    if _MEASURABLE.search(item):
        return False
    return len(_GENERIC.sub("", letters(item))) <= 3


def _g702_tables(doc: Document) -> set[int]:
    """Tables whose goal the rules flagged as a slogan (G702): computed once per document."""
    return {f.table_index for f in doc.findings or [] if f.code == "G702" and f.table_index}


def heuristic_goal_review(
    table: Table, doc: Document | None = None, g702_tables: set[int] | None = None
) -> GoalReview:
    """Is the goal assessable (G702), and do the indicators measure it (G701)? Conservative.

    Not assessable: the goal only restates the project name / use of funds, or every goal item is
    a slogan (确保…正常运转, 推动…发展) with no quantity, scope or deadline. Not aligned: no
    concrete goal item shares any content word with the indicators (names + descriptions).
    """
    goal = table.goal or ""
    items = goal_items(goal) or ([goal] if letters(goal) else [])
    reasons: list[str] = []
    if not letters(goal):
        return GoalReview(aligned=None, assessable=False, reasons=["未填写绩效目标"], grader=GRADER)
    proj = letters(table.project)
    only_name = all(
        letters(i) in (proj, proj + "项目")
        or (len(letters(i)) <= len(proj) + 6 and proj and proj in letters(i))
        for i in items
    )
    slogans = [i for i in items if _is_slogan(i)]
    all_slogan = bool(slogans) and 2 * len(slogans) >= len(items) and not _MEASURABLE.search(goal)
    # a goal the rules flag as a slogan (G702) is not assessable, whatever the wording heuristics say
    # (T104, a goal restating the fund, is a different defect: such a goal can still be measured)
    if g702_tables is None and doc is not None:
        g702_tables = _g702_tables(doc)
    if g702_tables and table.index in g702_tables:
        all_slogan = True
    assessable = not (only_name or all_slogan)
    if only_name:
        reasons.append("目标只重复项目名称或资金用途，没有预期结果")
    elif all_slogan:
        reasons.append("目标为口号式表述，没有范围、数量或时限，无法考核")
    elif _MEASURABLE.search(goal):
        reasons.append("目标含有数量、范围或时限，可考核")
    else:
        reasons.append("目标未写明数量或时限，但有具体工作内容")
    row_text = (
        set().union(*(_bigrams(r.level3 + (r.description or "")) for r in table.rows))
        if table.rows
        else set()
    )
    concrete = [i for i in items if i not in slogans]
    unmeasured = [i for i in concrete if not ((_bigrams(i) - _STOP_BIGRAMS) & row_text)]
    aligned = None if not concrete else len(unmeasured) < len(concrete)
    if aligned is False:
        reasons.append("绩效指标与目标内容没有对应：" + "；".join(u[:40] for u in unmeasured))
    elif unmeasured:
        reasons.append("以下目标条目没有直接对应的指标：" + "；".join(u[:40] for u in unmeasured))
    return GoalReview(
        aligned=aligned,
        assessable=assessable,
        unmeasured_goals=unmeasured,
        reasons=reasons,
        grader=GRADER,
    )


def grade_document_offline(
    doc: Document, config: AuditConfig | None = None, with_rewrite: bool = True
) -> None:
    by_row: dict[tuple[int | None, int], list[Finding]] = {}
    for f in doc.findings or []:
        if f.scope == "row" and f.row_index is not None:
            by_row.setdefault((f.table_index, f.row_index), []).append(f)
    rules_ran = doc.findings is not None
    g702 = _g702_tables(doc)
    for table in doc.tables:
        for row in table.rows:
            fs = by_row.get((table.index, row.index), []) if rules_ran else None
            row.grade = grade_row(
                row, table, doc, findings=fs, with_rewrite=with_rewrite, config=config
            )
        if table.kind == "project":
            table.goal_review = heuristic_goal_review(table, doc, g702)


def structural_cap(f: RowFeatures) -> tuple[int, str | None]:
    """The highest grade the row's form allows on the scale (applied to LLM grades too).

    5 needs comparator/number/unit, a definition and a concrete basis; a vague, boilerplate or
    garbled value can never be more than 2, a value without number+unit never more than 4.
    """
    vk = f.value_kind
    if vk in ("empty", "garbled", "boilerplate", "vague"):
        return 2, f"指标值形式（{_REASON[vk]}）决定等级不高于 2"
    if vk in ("text", "graded", "criterion", "number_no_unit"):
        return 4, "指标值没有比较符+数值+单位，等级不高于 4"
    if vk == "deadline" and _deadline_grade(f) < 5:
        return 4, "时间节点不具体或缺少定义、具体取值依据，等级不高于 4"
    if f.desc_kind in ("none", "same") or f.basis_kind in ("none", "generic"):
        return 4, "缺少定义或具体取值依据，等级不高于 4"
    return 5, None
