"""The LLM grader (second reviewer): one request per project, each distinct row sent once.

Flow for a batch of documents (rules already ran, doc.findings set):

1. every row gets a normalised key (canonical 二级, 三级, 指标值, 描述); rows with the same key
   form one group, answered once and fanned back out (templated corpora repeat rows hundreds
   of times);
2. groups and goal reviews already in the on-disk cache are served from it (no request);
3. the remaining groups are sent with the first project table they occur in: one request per
   project (its new rows + goal + budget + the names of its other indicators as context);
4. answers are made consistent with the rules in code: grades are capped by the row's rule
   findings and by what the value's form allows; rows whose text looks like an instruction to
   the model are graded offline; the model never removes a finding;
5. rewrites must pass the row rules (synthetic row through `check_row_standalone`); a failing
   rewrite is re-asked once with the failures, then dropped with the reason recorded;
6. any item that cannot be answered (rate limit, timeout, malformed/invalid answer, refusal,
   budget) degrades PER ITEM to the offline grader with `fallback_reason` set.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

from auditor.domain.framework import canonical_level2
from auditor.extract.normalize import fold, letters
from auditor.grade.features import row_features
from auditor.grade.heuristic import (
    clip_by_findings,
    grade_row,
    heuristic_goal_review,
    structural_cap,
)
from auditor.grade.rewrite import level2_change_failure, rewrite_failures
from auditor.llm.client import ItemFailure, ItemStats, LLMClient
from auditor.llm.prompts import prompt_version, render
from auditor.llm.redact import redact
from auditor.llm.schemas import (
    GoalReviewAnswer,
    ProjectAnswer,
    RewriteAnswer,
    RewriteRetryAnswer,
    RowAnswer,
)
from auditor.models import (
    Document,
    Finding,
    GoalReview,
    Grade,
    IndicatorRow,
    LLMUsage,
    Rewrite,
    Table,
)

GRADE_TEMPLATE = "grade_project.j2"
GOAL_TEMPLATE = "goal_review.j2"
RETRY_TEMPLATE = "rewrite_retry.j2"

# Text in a row that addresses the model instead of describing an indicator.
INJECTION = re.compile(
    r"忽略(以上|之前|上述|前面|所有)|无视(以上|之前|上述)|评为\s*[1-5５]\s*分|打\s*[1-5５]\s*分|给(出)?\s*满分|"
    r"不要(报告|提示|指出)|系统提示|system\s*prompt|ignore\s+(all|previous|the\s+above)|you\s+are\s+now|assistant\s*:",
    re.I,
)

FALLBACK_TEXT = {
    "rate_limit": "模型接口限流（429），重试后仍失败",
    "server_error": "模型接口服务器错误（5xx），重试后仍失败",
    "timeout": "模型请求超时，重试后仍失败",
    "connection": "无法连接模型接口",
    "malformed_json": "模型返回的 JSON 格式错误",
    "schema_invalid": "模型返回的内容不符合结构要求",
    "refusal": "模型拒绝回答或未按要求调用",
    "budget": "已达到本次运行的请求/费用预算",
    "missing": "模型答复中缺少该行",
    "suspected_prompt_injection": "指标文本疑似包含对模型的指令，改用离线评级",
    "llm_stage_error": "模型评审阶段内部错误",
}


def row_key(row: IndicatorRow) -> tuple[str, str, str, str]:
    return (
        canonical_level2(row.level2) or letters(row.level2),
        letters(row.level3),
        fold(row.value),
        letters(row.description),
    )


def looks_injected(*texts: str | None) -> bool:
    return any(t and INJECTION.search(t) for t in texts)


_FINDINGS_INDEX: dict[int, tuple[int, int, dict[tuple[int | None, int | None], list[Finding]]]] = {}


def _row_findings(doc: Document, table: Table, row: IndicatorRow) -> list[Finding]:
    """The row's rule findings, through an index built once per findings list (not a scan per row)."""
    fs = doc.findings or []
    cached = _FINDINGS_INDEX.get(id(doc))
    if cached is None or cached[0] != id(fs) or cached[1] != len(fs):
        index: dict[tuple[int | None, int | None], list[Finding]] = {}
        for f in fs:
            if f.scope == "row":
                index.setdefault((f.table_index, f.row_index), []).append(f)
        if len(_FINDINGS_INDEX) > 64:  # a long batch: keep only recent documents' indexes
            _FINDINGS_INDEX.clear()
        cached = _FINDINGS_INDEX[id(doc)] = (id(fs), len(fs), index)
    return list(cached[2].get((table.index, row.index), ()))


@dataclass
class RowGroup:
    key: tuple
    refs: list[tuple[Document, Table, IndicatorRow]] = field(default_factory=list)
    answer: RowAnswer | None = None
    fail: str | None = None
    cache_key: str = ""
    rewrite: Rewrite | None = None
    rewrite_note: str | None = None
    level2_note: str | None = None

    def payload(self, rid: str) -> dict:
        doc, table, row = self.refs[0]
        return {
            "id": rid,
            "level1": row.level1,
            "level2": row.level2,
            "level3": row.level3,
            "description": row.description,
            "value": row.value,
            "basis": row.basis,
            "rule_findings": sorted({f.code for f in _row_findings(doc, table, row)}),
        }

    def content(self) -> dict:
        p = self.payload("")
        p.pop("id")
        return {
            "key": list(self.key),
            "basis": p["basis"],
            "level1": p["level1"],
            "rule_findings": p["rule_findings"],
        }


@dataclass
class GoalJob:
    table: Table
    doc: Document
    content: dict
    cache_key: str = ""
    answer: GoalReviewAnswer | None = None
    fail: str | None = None
    tables: list[tuple[Document, Table]] = field(default_factory=list)


@dataclass
class ProjectItem:
    doc: Document
    table: Table
    groups: list[RowGroup]
    goal: GoalJob | None


def _goal_content(table: Table) -> dict:
    return {
        "project": letters(table.project),
        "goal": fold(table.goal),
        "budget_wan": table.budget_wan,
        "indicators": sorted({letters(r.level3) for r in table.rows}),
    }


def _project_data(item: ProjectItem) -> tuple[dict, list[str]]:
    t = item.table
    ids = [f"r{i + 1}" for i in range(len(item.groups))]
    sent = {id(g.refs[0][2]) for g in item.groups}
    data = {
        "table_kind": "项目绩效目标表" if t.kind == "project" else "整体绩效目标表",
        "project": t.project,
        "budget_wan": t.budget_wan,
        "goal": t.goal,
        "goal_review_needed": item.goal is not None,
        "other_indicators": [
            f"{r.level2}/{r.level3}: {r.value}" for r in t.rows if id(r) not in sent
        ],
        "rows_to_grade": [g.payload(rid) for g, rid in zip(item.groups, ids)],
    }
    return data, ids


class _Usage:
    """Usage charged per document."""

    def __init__(self):
        self.by_doc: dict[int, LLMUsage] = {}

    def of(self, doc: Document) -> LLMUsage:
        return self.by_doc.setdefault(id(doc), LLMUsage())

    def charge(self, doc: Document, st: ItemStats, client: LLMClient) -> None:
        u = self.of(doc)
        u.requests += st.requests
        u.prompt_tokens += st.prompt_tokens
        u.completion_tokens += st.completion_tokens
        pin, pout = client.ledger.price_in, client.ledger.price_out
        u.estimated_cost = round(
            u.estimated_cost + (st.prompt_tokens * pin + st.completion_tokens * pout) / 1e6, 6
        )


async def grade_documents_llm(docs: list[Document], client: LLMClient, config=None) -> None:
    """Grade every row and review every project goal with the LLM (per-item offline fallback)."""
    pv_grade, pv_goal, pv_retry = (
        prompt_version(n) for n in (GRADE_TEMPLATE, GOAL_TEMPLATE, RETRY_TEMPLATE)
    )
    usage = _Usage()

    # 1. groups of identical rows; goal jobs deduplicated the same way
    groups: dict[tuple, RowGroup] = {}
    goals: dict[str, GoalJob] = {}
    for doc in docs:
        usage.of(doc)
        for table in doc.tables:
            for row in table.rows:
                g = groups.setdefault(row_key(row), RowGroup(key=row_key(row)))
                g.refs.append((doc, table, row))
            if table.kind == "project":
                content = _goal_content(table)
                ck = client.key(pv_goal, GoalReviewAnswer, content)
                job = goals.setdefault(
                    ck, GoalJob(table=table, doc=doc, content=content, cache_key=ck)
                )
                job.tables.append((doc, table))

    # 2. cache
    for g in groups.values():
        g.cache_key = client.key(pv_grade, RowAnswer, g.content())
        hit = client.cache_get(g.cache_key, RowAnswer)
        if hit is not None:
            g.answer = hit
            usage.of(g.refs[0][0]).cache_hits += 1
    for job in goals.values():
        hit = client.cache_get(job.cache_key, GoalReviewAnswer)
        if hit is not None:
            job.answer = hit
            usage.of(job.doc).cache_hits += 1

    # 3. one item per project table with rows (or a goal) not answered yet
    pending_rows: dict[int, list[RowGroup]] = {}
    for g in groups.values():
        if g.answer is None:
            pending_rows.setdefault(id(g.refs[0][1]), []).append(g)
    pending_goals = {id(j.table): j for j in goals.values() if j.answer is None}
    items: list[ProjectItem] = []
    for doc in docs:
        for table in doc.tables:
            rows = pending_rows.get(id(table), [])
            goal = pending_goals.get(id(table))
            if rows or goal:
                items.append(ProjectItem(doc=doc, table=table, groups=rows, goal=goal))

    # 4. rewrites: validate against the rules, re-ask once with the failures
    def check(g: RowGroup, rw: RewriteAnswer) -> tuple[list[Finding], str | None]:
        doc, table, row = g.refs[0]
        level2 = None
        if rw.level2:
            moved = level2_change_failure(row, rw.level2, _row_findings(doc, table, row))
            if moved is not None:
                return [moved], None
            if canonical_level2(rw.level2) != canonical_level2(row.level2):
                level2 = rw.level2
        r = Rewrite(
            level3=rw.level3, value=rw.value(), definition=rw.definition, evidence=rw.evidence
        )
        return rewrite_failures(r, row, table, doc, config, level2=level2), level2

    async def settle_rewrite(g: RowGroup) -> None:
        rw = g.answer.rewrite if g.answer else None
        if rw is None:
            return
        fails, level2 = check(g, rw)
        if fails:
            doc, _table, _row = g.refs[0]
            data = {
                "row": g.payload("r1"),
                "previous_rewrite": rw.model_dump(),
                "failures": [{"code": f.code, "message": f.message} for f in fails],
            }
            content = {
                "group": g.content(),
                "previous": rw.model_dump(),
                "failures": sorted({f.code for f in fails}),
            }
            st = ItemStats()
            try:
                ans, cached = await client.ask_cached(
                    RewriteRetryAnswer,
                    render(RETRY_TEMPLATE, data=data),
                    prompt_version=pv_retry,
                    cache_content=content,
                    stats=st,
                )
                if cached:
                    usage.of(doc).cache_hits += 1
                rw = ans.rewrite
                fails, level2 = check(g, rw)
            except ItemFailure as exc:
                g.rewrite_note = f"改写未通过行规则（{'、'.join(sorted({f.code for f in fails}))}），重新生成失败：{FALLBACK_TEXT.get(exc.reason, exc.reason)}"
                return
            finally:
                usage.charge(doc, st, client)
            if fails:
                g.rewrite_note = (
                    "改写两次均未通过行规则（"
                    + "、".join(sorted({f.code for f in fails}))
                    + "），已删除"
                )
                return
        g.rewrite = Rewrite(
            level3=rw.level3, value=rw.value(), definition=rw.definition, evidence=rw.evidence
        )
        if level2:
            g.level2_note = f"建议将二级指标调整为“{level2}”"

    async def run_item(item: ProjectItem) -> None:
        st = ItemStats()
        try:
            if item.groups:
                data, ids = _project_data(item)
                msgs = render(GRADE_TEMPLATE, data=data)
                ans: ProjectAnswer = await client.ask(
                    ProjectAnswer,
                    msgs,
                    stats=st,
                    validation_context={"row_ids": ids, "goal_review": item.goal is not None},
                )
                by_id = {r.id: r for r in ans.rows}
                for g, rid in zip(item.groups, ids):
                    r = by_id.get(rid)
                    if r is None:
                        g.fail = "missing"
                        continue
                    g.answer = r
                    client.cache_put(g.cache_key, pv_grade, r)
                if item.goal is not None and ans.goal_review is not None:
                    item.goal.answer = ans.goal_review
                    client.cache_put(item.goal.cache_key, pv_goal, ans.goal_review)
            elif item.goal is not None:
                data = {
                    "project": item.table.project,
                    "budget_wan": item.table.budget_wan,
                    "goal": item.table.goal,
                    "indicators": [f"{r.level2}/{r.level3}: {r.value}" for r in item.table.rows],
                }
                ga = await client.ask(GoalReviewAnswer, render(GOAL_TEMPLATE, data=data), stats=st)
                item.goal.answer = ga
                client.cache_put(item.goal.cache_key, pv_goal, ga)
            # validate (and if needed re-ask) this project's rewrites while other projects run
            await asyncio.gather(*(settle_rewrite(g) for g in item.groups if g.answer is not None))
        except ItemFailure as exc:
            for g in item.groups:
                g.fail = exc.reason
            if item.goal is not None:
                item.goal.fail = exc.reason
        finally:
            usage.charge(item.doc, st, client)

    cached = [g for g in groups.values() if g.answer is not None]  # answered from the cache
    await asyncio.gather(*(run_item(i) for i in items), *(settle_rewrite(g) for g in cached))

    # 5. fan out
    for g in groups.values():
        for doc, table, row in g.refs:
            row.grade = _final_grade(g, doc, table, row, client.model_id, pv_grade, config)
    for job in goals.values():
        for _doc, table in job.tables:
            table.goal_review = _final_goal(job, table, client.model_id, pv_goal)
    client.flush()
    for doc in docs:
        u = usage.of(doc)
        u.fallbacks = sum(1 for _, r in doc.rows() if r.grade and r.grade.fallback_reason)
        doc.llm_usage = u


def _fallback(row, table, doc, reason: str, config) -> Grade:
    g = grade_row(row, table, doc, config=config)
    g.fallback_reason = reason
    g.reasons.append("（离线评级：" + FALLBACK_TEXT.get(reason, reason) + "）")
    return g


def _final_grade(
    g: RowGroup, doc: Document, table: Table, row: IndicatorRow, model: str, pv: str, config
) -> Grade:
    if looks_injected(row.level3, row.description, row.value, row.basis):
        return _fallback(row, table, doc, "suspected_prompt_injection", config)
    if g.answer is None:
        return _fallback(row, table, doc, g.fail or "missing", config)
    findings = _row_findings(doc, table, row)
    score = g.answer.specificity
    reasons = [redact(r)[:200] for r in g.answer.reasons[:5]]
    score, why = clip_by_findings(score, findings)
    if why:
        reasons.append(why)
    cap, why2 = structural_cap(row_features(row, codes=set()))  # form only, no rules needed
    if score > cap:
        score = cap
        reasons.append(why2)
    rewrite = g.rewrite
    if rewrite is not None and (doc, table, row) != g.refs[0]:
        # same row text in another table: the rewrite must pass the rules in this table's context too
        if rewrite_failures(rewrite, row, table, doc, config):
            rewrite = None
            reasons.append("改写在本表中未通过行规则（如预算不符），已删除")
    if g.rewrite_note:
        reasons.append(g.rewrite_note)
    if g.level2_note and rewrite is not None:
        reasons.append(g.level2_note)
    if score == 5:
        rewrite = None
    return Grade(
        specificity=score, reasons=reasons, rewrite=rewrite, grader=model, prompt_version=pv
    )


def _final_goal(job: GoalJob, table: Table, model: str, pv: str) -> GoalReview:
    if looks_injected(table.goal, table.project):
        gr = heuristic_goal_review(table)
        gr.reasons.append("（离线审核：" + FALLBACK_TEXT["suspected_prompt_injection"] + "）")
        return gr
    if job.answer is None:
        gr = heuristic_goal_review(table)
        gr.reasons.append(
            "（离线审核：" + FALLBACK_TEXT.get(job.fail or "missing", job.fail or "missing") + "）"
        )
        return gr
    a = job.answer
    return GoalReview(
        aligned=a.aligned,
        assessable=a.assessable,
        unmeasured_goals=[redact(x)[:200] for x in a.unmeasured_goals],
        reasons=[redact(x)[:200] for x in a.reasons],
        grader=model,
        prompt_version=pv,
    )
