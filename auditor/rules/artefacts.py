"""T107 template artefacts: Word field codes, XX placeholders and fill-in instructions left in
the indicator cells (row scope), titles/goals/budget texts (project scope) and the body text
(document scope)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from auditor.domain import place_vocab as pv
from auditor.domain.framework import canonical_level1, canonical_level2
from auditor.extract.normalize import fold
from auditor.models import Document, IndicatorRow, RowFlag
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import NONE_VALUES, short
from auditor.rules.context import RuleContext


def template_artefacts(text: str | None) -> list[str]:
    """Memoised front of `_template_artefacts`."""
    return list(_template_artefacts(text)) if text else []


@lru_cache(maxsize=65536)
def _template_artefacts(text: str | None) -> tuple[str, ...]:
    """Descriptions of template artefacts in a text (field codes, placeholders, instructions)."""
    if not text:
        return ()
    out = []
    m = pv.FIELD_CODE.search(text) or pv.FIELD_SWITCH.search(text)
    if m:
        out.append(f"Word域代码“{short(m.group(0), 40)}”")
    t = fold(text)
    m = pv.PLACEHOLDER.search(pv.MARKDOWN_EMPHASIS.sub(lambda x: " " * len(x.group(0)), t))
    if m:
        s = max(0, m.start() - 6)
        out.append(f"占位符“{t[s : m.end() + 2]}”")
    m = pv.TEMPLATE_INSTRUCTION.search(t)
    if m:
        # quote the whole sentence holding the instruction
        s0 = max(t.rfind(p, 0, m.start()) for p in "。；;！!\n") + 1
        ends = [i for i in (t.find(p, m.end()) for p in "。；;！!\n") if i >= 0]
        out.append(f"模板填报提示“{short(t[s0 : min(ends) if ends else len(t)], 60)}”")
    return tuple(out)


def _row_artefacts(r: IndicatorRow, seen: set[str]) -> list[str]:
    """What in a row is left of the template (adds each artefact to `seen`)."""
    found = []
    for field, text in [
        ("三级指标", r.level3),
        ("指标描述", r.description),
        ("指标值", r.value),
        ("指标值确定依据", r.basis),
        ("评分标准", r.scoring_standard),
    ]:
        for a in template_artefacts(text):
            found.append(f"{field}含{a}")
            if len(fold(text)) >= 4:  # short cells ("XX") could be anywhere in the body
                seen.add(fold(text))
    if found:
        return found
    if RowFlag.PLACEHOLDER in r.flags:
        # "指标2:" / "……" with nothing else: an unused numbered slot of a fixed-slot provincial
        # form (docs/layouts.md §2), not an indicator left unfilled
        return []
    if fold(r.value) not in NONE_VALUES:
        return []
    if _is_category_name(r.level3):
        # "社会成本指标 | 社会成本指标 | 无": the template's category slot, never filled in
        return [f"三级指标仍是类别名称“{short(r.level3, 20)}”，指标值为空（模板行，未填写指标）"]
    if not fold(r.level3) and canonical_level2(r.level2):
        # "社会成本指标 |  | 无": the slot left with no indicator at all
        return [
            f"“{short(r.level2, 20)}”下未填写三级指标，指标值为“{short(r.value, 4)}”（模板行，未填写指标）"
        ]
    return []


def _is_category_name(name: str | None) -> bool:
    return bool(canonical_level1(name) or canonical_level2(name))


@register
class TemplateArtefact(Rule):
    code = "T107"
    name = "template-artefact"
    family = "T"
    severity = "warning"
    scope = "document"  # emits row-, project- and document-scope violations
    summary = "文本残留模板痕迹：Word域代码、XX/××占位符、模板填报提示"
    what = (
        "Looks for Word field codes ({ TC … \\f C \\l 1 }), placeholders of a blank template (XX, ××, "
        "**, 某某, ___) and the template's fill-in instructions (…应予以细化、量化表述; 可根据…有选择的"
        "进行设置) in indicator cells (row scope), table titles, goals and budget texts (project "
        "scope) and the body text (document scope)."
    )
    why = (
        "Artefacts show the form was not completed: an instruction left in the 指标说明 cell means "
        "the indicator was never defined, and a field code in a title names another project."
    )
    example_context = "reads the titles, notes and text around the tables for template artefacts"
    bad = "指标说明: “…分项具体列示本部门重点工作任务推进情况，相关情况应予以细化、量化表述。”"
    better = "指标说明: “年度重点工作12项（见工作要点），完成率=已完成项数/12×100%”"

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        seen: set[str] = set()  # cell texts reported on a row or table: not again as body
        for t in doc.tables:
            for r in t.rows:
                found = _row_artefacts(r, seen)
                if found:
                    yield Violation(
                        message=f"指标“{short(r.level3 or r.level2, 20)}”残留模板痕迹（域代码/占位符/填报提示），未按实际填写",
                        message_en="indicator cell contains a template artefact",
                        evidence="；".join(found),
                        table_index=t.index,
                        row_index=r.index,
                        scope="row",
                    )
            found = []
            for field, text in [("标题", t.title), ("绩效目标", t.goal), ("单位", t.unit_line)] + [
                ("资金说明", x) for x in t.budget_texts
            ]:
                for a in template_artefacts(text):
                    found.append(f"{field}含{a}")
                    if len(fold(text)) >= 4:
                        seen.add(fold(text))
            if found:
                clean = pv.FIELD_CODE.sub("", t.title or "").strip()
                yield Violation(
                    fix=f"标题改为“{clean}”"
                    if clean and clean != (t.title or "").strip()
                    else None,
                    message=f"表{t.index}“{short(t.project, 24)}”的标题/目标残留模板痕迹",
                    message_en="table title or goal contains a template artefact",
                    evidence="；".join(found),
                    table_index=t.index,
                    scope="project",
                )
        hits = []
        for line in doc.body:
            folded = fold(line.text) if seen else ""
            if any(text in folded for text in seen):
                continue  # the table's own text, already reported at row or table scope
            for a in template_artefacts(line.text):
                where = f"第{line.line}行" if line.line else (line.context or "正文")
                hits.append(f"{where}含{a}")
        if hits:
            yield Violation(
                message="正文残留模板痕迹（域代码/占位符/填报提示）",
                message_en="body text contains template artefacts",
                evidence="；".join(hits[:5]) + (f" 等{len(hits)}处" if len(hits) > 5 else ""),
                scope="document",
            )


# --------------------------------------------------------------------------------------------
# T106 the same indicator text in documents of different units (corpus)
