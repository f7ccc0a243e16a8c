"""The LLM grader (second reviewer): small projects share a request, each distinct row sent once.

`grade_documents_llm(docs, client, config)` runs in named steps (rules already ran):

1. `collect`: rows with the same normalised key form one group (answered once, fanned out —
   templated corpora repeat rows hundreds of times); goal reviews are deduplicated the same way;
2. `serve_from_cache`: groups and goal reviews already in the on-disk cache need no request;
3. `plan_items`: one item per project table with rows (or a goal) not answered yet; rows whose
   text addresses the model are not sent (they are graded offline); consecutive small items of
   a document share one request of at most `batch_rows` rows (the fixed instructions are paid
   once for them);
4. `execute`: requests run concurrently under the per-document deadline (from the document's first
   item), the run deadline and the circuit breaker; when the provider caches prompt prefixes, the
   others wait for the first item's answer (at most PRIME_WAIT s) so that they find its prefix
   cached (requests of other templates fill that first round). A truncated answer
   (retried once with a larger limit by the client) is split into two requests, recursively; a
   shared request whose answer could not be read is asked again project by project;
   rewrites must pass the row rules (re-asked once with the failures, else dropped with the
   reason);
5. `fan_out`: grades are capped by the row's rule findings and its form; every item that could not
   be answered degrades PER ROW to the offline grader with its typed `fallback_reason`, and the
   document's warnings say how many rows fell back and why.
"""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from contextvars import ContextVar
from typing import Any

from auditor.domain.framework import canonical_level2
from auditor.grade.llm_items import (
    GoalJob,
    Part,
    ProjectItem,
    RowGroup,
    final_goal,
    final_grade,
    goal_content,
    goal_data,
    pack_items,
    request_data,
    row_findings,
    row_injected,
    row_key,
)
from auditor.grade.rewrite import level2_change_failure, rewrite_failures
from auditor.llm.client import LLMClient
from auditor.llm.errors import ANSWER, FallbackReason, ItemFailure, explain
from auditor.llm.guard import DocumentClock, deadline_scope
from auditor.llm.prompts import prompt_version, render
from auditor.llm.schemas import (
    GoalReviewAnswer,
    ProjectAnswer,
    RewriteAnswer,
    RewriteRetryAnswer,
    RowAnswer,
)
from auditor.llm.usage import ItemStats
from auditor.models import Document, Finding, LLMUsage, Rewrite

GRADE_TEMPLATE = "grade_project.j2"
GOAL_TEMPLATE = "goal_review.j2"
RETRY_TEMPLATE = "rewrite_retry.j2"

# how long the other requests wait for the first answer (whose prompt prefix the provider caches)
PRIME_WAIT = 10.0
# a grading job that waits for the first answer after building its request (set in its task)
_HELD: ContextVar[bool] = ContextVar("auditor_llm_held", default=False)
# output tokens a project answer may need: a base plus per row (reasons, rewrite) and the goal
_TOKENS_BASE, _TOKENS_PER_ROW, _TOKENS_GOAL = 300, 320, 250


def max_tokens_for(client: LLMClient, n_rows: int, n_goals: int) -> int:
    need = _TOKENS_BASE + _TOKENS_PER_ROW * n_rows + _TOKENS_GOAL * n_goals
    return max(1024, min(client.settings.profile.max_output, need))


def _split(parts: list[Part], reason: FallbackReason) -> list[list[Part]]:
    """Smaller requests after a failure: halves of a truncated answer (projects, else rows; the
    goal stays with the first half), one project each after an unreadable answer."""
    if reason is FallbackReason.TRUNCATED:
        if len(parts) > 1:
            half = len(parts) // 2
            return [parts[:half], parts[half:]]
        p = parts[0]
        if len(p.groups) > 1:
            half = len(p.groups) // 2
            return [[Part(p.item, p.groups[:half], p.goal)], [Part(p.item, p.groups[half:], None)]]
        return []
    if reason in ANSWER and len(parts) > 1:
        return [[p] for p in parts]
    return []


def biggest_first(batches: list[list[ProjectItem]]) -> list[list[ProjectItem]]:
    """Documents in order, a document's biggest requests first: a provider's latency grows with
    the answer's length, so the long answers start early and the run does not end waiting for
    one (a document's deadline still starts with its first request)."""
    order = {id(b[0].doc): n for n, b in reversed(list(enumerate(batches)))}

    def size(b: list[ProjectItem]) -> int:
        return sum(max(1, len(i.groups)) for i in b)

    return sorted(batches, key=lambda b: (order[id(b[0].doc)], -size(b)))


class GradingRun:
    """One call of grade_documents_llm: its groups, goal jobs, items and per-document usage."""

    def __init__(self, docs: list[Document], client: LLMClient, config: Any):
        self.docs, self.client, self.config = docs, client, config
        self.pv_grade = prompt_version(GRADE_TEMPLATE)
        self.pv_goal = prompt_version(GOAL_TEMPLATE)
        self.pv_retry = prompt_version(RETRY_TEMPLATE)
        self.groups: dict[tuple[str, str, str, str], RowGroup] = {}
        self.goals: dict[str, GoalJob] = {}
        self.usage: dict[int, LLMUsage] = {id(d): LLMUsage() for d in docs}
        self.clock = DocumentClock(client.settings.deadline)
        self.graded: set[int] = set()  # groups whose rows have their final grade (id)
        self._settle: asyncio.Queue[RowGroup | None] = asyncio.Queue()
        self._reasks: list[asyncio.Future[None]] = []
        self._slots = asyncio.Semaphore(1)
        self._primed: asyncio.Future[None] | None = None  # done when the first answer came

    # -- 1-3: what to ask --------------------------------------------------------------------
    def collect(self) -> None:
        for doc in self.docs:
            for table in doc.tables:
                for row in table.rows:
                    key = row_key(row)
                    self.groups.setdefault(key, RowGroup(key=key)).refs.append((doc, table, row))
                if table.kind == "project":
                    content = goal_content(table)
                    ck = self.client.key(self.pv_goal, GoalReviewAnswer, content)
                    job = self.goals.setdefault(
                        ck, GoalJob(table=table, doc=doc, content=content, cache_key=ck)
                    )
                    job.tables.append((doc, table))

    def serve_from_cache(self) -> None:
        for g in self.groups.values():
            g.cache_key = self.client.key(self.pv_grade, RowAnswer, g.content())
            hit = self.client.cache_get(g.cache_key, RowAnswer)
            if hit is not None:
                g.answer = hit
                self.usage[id(g.first[0])].cache_hits += 1
        for job in self.goals.values():
            goal_hit = self.client.cache_get(job.cache_key, GoalReviewAnswer)
            if goal_hit is not None:
                job.answer = goal_hit
                self.usage[id(job.doc)].cache_hits += 1

    def plan_items(self) -> list[ProjectItem]:
        pending: dict[int, list[RowGroup]] = {}
        for g in self.groups.values():
            if g.answer is None and not row_injected(g.first[2]):
                pending.setdefault(id(g.first[1]), []).append(g)
        pending_goals = {id(j.table): j for j in self.goals.values() if j.answer is None}
        items = []
        for doc in self.docs:
            for table in doc.tables:
                rows = pending.get(id(table), [])
                goal = pending_goals.get(id(table))
                if rows or goal:
                    items.append(ProjectItem(doc=doc, table=table, groups=rows, goal=goal))
        return items

    # -- 4: asking ---------------------------------------------------------------------------
    async def _ask(self, parts: list[Part], st: ItemStats) -> None:
        """One request for `parts`. A truncated answer is split in two; a request of several
        projects whose answer could not be read is asked again project by project."""
        data, ids, goal_ids = request_data(parts[0].item.doc, parts)
        messages = render(GRADE_TEMPLATE, data=data)
        if _HELD.get() and self._primed is not None:
            await asyncio.shield(self._primed)  # built while the first request is answered
            _HELD.set(False)
            # the document's clock starts now, when its request may go
            with deadline_scope(self.clock.deadline_for(id(parts[0].item.doc))):
                await self._ask_built(parts, st, messages, (ids, goal_ids))
            return
        await self._ask_built(parts, st, messages, (ids, goal_ids))

    async def _ask_built(
        self,
        parts: list[Part],
        st: ItemStats,
        messages: list[dict[str, Any]],
        id_lists: tuple[list[str], list[str]],
    ) -> None:
        ids, goal_ids = id_lists
        groups = [g for p in parts for g in p.groups]
        try:
            ans = await self.client.ask(
                ProjectAnswer,
                messages,
                stats=st,
                validation_context={"row_ids": ids, "goal_ids": goal_ids},
                max_tokens=max_tokens_for(self.client, len(groups), len(goal_ids)),
            )
        except ItemFailure as exc:
            smaller = _split(parts, exc.reason)
            if smaller:
                await asyncio.gather(*(self._ask(s, st) for s in smaller))
                return
            for g in groups:
                g.fail = exc.reason
            for p in parts:
                if p.goal is not None:
                    p.goal.fail = exc.reason
            return
        self._take(parts, ids, ans)

    def _take(self, parts: list[Part], ids: list[str], ans: ProjectAnswer) -> None:
        by_id = {r.id: r for r in ans.rows}
        for g, rid in zip([g for p in parts for g in p.groups], ids):
            g.answer = by_id.get(rid)
            if g.answer is None:
                g.fail = FallbackReason.MISSING
            else:
                self.client.cache_put(g.cache_key, self.pv_grade, g.answer)
        reviews = {r.project_id: r for r in ans.goal_reviews}
        for n, p in enumerate(parts, 1):
            review = reviews.get(f"p{n}")
            if p.goal is not None and review is not None:
                p.goal.answer = GoalReviewAnswer.model_validate(
                    review.model_dump(exclude={"project_id"})
                )
                self.client.cache_put(p.goal.cache_key, self.pv_goal, p.goal.answer)

    async def _ask_goal(self, item: ProjectItem, goal: GoalJob, st: ItemStats) -> None:
        try:
            ga = await self.client.ask(
                GoalReviewAnswer, render(GOAL_TEMPLATE, data=goal_data(item.table)), stats=st
            )
        except ItemFailure as exc:
            goal.fail = exc.reason
            return
        goal.answer = ga
        self.client.cache_put(goal.cache_key, self.pv_goal, ga)

    async def run_batch(self, batch: list[ProjectItem]) -> None:
        st = ItemStats()
        try:
            one = batch[0]
            if len(batch) == 1 and not one.groups and one.goal is not None:
                await self._ask_goal(one, one.goal, st)
            else:
                await self._ask([Part(i, i.groups, i.goal) for i in batch], st)
        finally:
            st.charge_to(self.usage[id(batch[0].doc)])
        # rewrites are checked (and re-asked) by the settler, after the next requests went out
        for i in batch:
            for g in i.groups:
                if g.answer is not None:
                    self._settle.put_nowait(g)

    # -- rewrites ----------------------------------------------------------------------------
    def _check(self, g: RowGroup, rw: RewriteAnswer) -> tuple[list[Finding], str | None]:
        doc, table, row = g.first
        level2 = None
        if rw.level2:
            moved = level2_change_failure(row, rw.level2, row_findings(doc, table, row))
            if moved is not None:
                return [moved], None
            if canonical_level2(rw.level2) != canonical_level2(row.level2):
                level2 = rw.level2
        r = Rewrite(
            level3=rw.level3, value=rw.value(), definition=rw.definition, evidence=rw.evidence
        )
        return rewrite_failures(r, row, table, doc, self.config, level2=level2), level2

    async def _reask_rewrite(
        self, g: RowGroup, rw: RewriteAnswer, fails: list[Finding]
    ) -> RewriteAnswer | None:
        doc = g.first[0]
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
            ans, cached = await self.client.ask_cached(
                RewriteRetryAnswer,
                render(RETRY_TEMPLATE, data=data),
                prompt_version=self.pv_retry,
                cache_content=content,
                stats=st,
            )
        except ItemFailure as exc:
            codes = "、".join(sorted({f.code for f in fails}))
            g.rewrite_note = f"改写未通过行规则（{codes}），重新生成失败：{explain(exc.reason)}"
            return None
        finally:
            st.charge_to(self.usage[id(doc)])
        if cached:
            self.usage[id(doc)].cache_hits += 1
        return ans.rewrite

    def _accept(self, g: RowGroup, rw: RewriteAnswer, level2: str | None) -> None:
        g.rewrite = Rewrite(
            level3=rw.level3, value=rw.value(), definition=rw.definition, evidence=rw.evidence
        )
        if level2:
            g.level2_note = f"建议将二级指标调整为“{level2}”"

    def _settle_now(self, g: RowGroup) -> tuple[RewriteAnswer, list[Finding]] | None:
        """Check the answer's rewrite against the row rules: None when settled (accepted, or no
        rewrite), else the rewrite and its failures, to be re-asked."""
        rw = g.answer.rewrite if g.answer else None
        if rw is None:
            return None
        fails, level2 = self._check(g, rw)
        if fails:
            return rw, fails
        self._accept(g, rw, level2)
        return None

    async def _settle_reask(self, g: RowGroup, rw: RewriteAnswer, fails: list[Finding]) -> None:
        try:
            retried = await self._reask_rewrite(g, rw, fails)
            if retried is None:
                return
            fails, level2 = self._check(g, retried)
            if fails:
                codes = "、".join(sorted({f.code for f in fails}))
                g.rewrite_note = f"改写两次均未通过行规则（{codes}），已删除"
                return
            self._accept(g, retried, level2)
        finally:
            self._grade_group(g)

    def _grade_group(self, g: RowGroup) -> None:
        model = self.client.model_id
        for ref in g.refs:
            ref[2].grade = final_grade(g, ref, model, self.pv_grade, self.config)
        self.graded.add(id(g))

    async def settler(self) -> None:
        """The CPU work after answers — rewrite checks, the rows' final grades — at a lower
        priority than requests: each group waits until no request is being prepared or written
        (auditor.llm.sending), so a freed slot's next request never queues behind it."""
        while (g := await self._settle.get()) is not None:
            await self.client.gate.idle()
            redo = self._settle_now(g)
            if redo is None:
                self._grade_group(g)
                continue
            work = functools.partial(self._settle_reask, g, *redo)
            self._reasks.append(asyncio.ensure_future(self._slot(self._slots, g.first[0], work)))

    # -- scheduling --------------------------------------------------------------------------
    async def _slot(
        self, slots: asyncio.Semaphore, doc: Document, work: Any, held: bool = False
    ) -> None:
        """Run `work()` holding a slot, under its document's deadline (clock starts here);
        `held`: its grading request is built, then waits for the first answer (`_run_jobs`),
        and its document's clock starts when it may go."""
        _HELD.set(held)
        async with slots:
            if held:  # its deadline starts after the first answer (`_ask`)
                await work()
                return
            with deadline_scope(self.clock.deadline_for(id(doc))):
                await work()

    def _slot_fn(self, slots: asyncio.Semaphore, doc: Document, work: Any) -> Any:
        return lambda: self._slot(slots, doc, work)

    async def execute(self, items: list[ProjectItem]) -> None:
        self.client.start_run()
        width = max(1, self.client.settings.max_concurrency)
        # twice the client's bound: the next requests are built and wait for a free HTTP slot
        slots = self._slots = asyncio.Semaphore(2 * width)
        settler = asyncio.ensure_future(self.settler())
        # answered from the cache: their rewrites are still held to today's rules
        for g in self.groups.values():
            if g.answer is not None and g.cache_key and not g.fail and g.answer.rewrite:
                self._settle.put_nowait(g)
        batches = biggest_first(pack_items(items, max(1, self.client.settings.batch_rows)))
        # (document, work, whether its prompt starts with the grading prefix)
        jobs: list[tuple[Document, Any, bool]] = [
            (b[0].doc, lambda b=b: self.run_batch(b), len(b) > 1 or bool(b[0].groups))
            for b in batches
        ]
        try:
            await self._run_jobs(jobs, slots, width, len(batches))
        finally:
            self._settle.put_nowait(None)
            await settler
            await asyncio.gather(*self._reasks)

    async def _run_jobs(
        self,
        jobs: list[tuple[Document, Any, bool]],
        slots: asyncio.Semaphore,
        width: int,
        n_batches: int,
    ) -> None:
        tasks: list[asyncio.Future[Any]] = []
        primes = self.client.settings.profile.cache_usage and n_batches > width
        prime = next((j for j in jobs if j[2]), None) if primes else None
        if prime is not None:
            # the provider caches the grading prefix of the first answer: one grading request
            # goes alone; the other grading jobs build their requests meanwhile and wait for its
            # answer; jobs of other templates (goal-only reviews) go first, in its round
            answered = asyncio.Event()
            doc, work, _ = prime
            first = asyncio.ensure_future(
                self.client.primed(self._slot_fn(slots, doc, work), answered)
            )
            self._primed = asyncio.ensure_future(
                self.client.first_response(first, answered, PRIME_WAIT)
            )
            tasks = [first]
            jobs = sorted((j for j in jobs if j is not prime), key=lambda j: j[2])
        held = self._primed is not None
        tasks += [
            asyncio.ensure_future(self._slot(slots, doc, work, held and grading))
            for doc, work, grading in jobs
        ]
        try:
            await asyncio.gather(*tasks)
        finally:
            if self._primed is not None:
                await self._primed

    # -- 5: results --------------------------------------------------------------------------
    def fan_out(self) -> None:
        model = self.client.model_id
        for g in self.groups.values():
            if id(g) in self.graded:
                continue
            for ref in g.refs:
                ref[2].grade = final_grade(g, ref, model, self.pv_grade, self.config)
        for job in self.goals.values():
            for _doc, table in job.tables:
                table.goal_review = final_goal(job, table, model, self.pv_goal)
        for doc in self.docs:
            u = self.usage[id(doc)]
            reasons = Counter(
                r.grade.fallback_reason
                for _, r in doc.rows()
                if r.grade and r.grade.fallback_reason
            )
            u.fallbacks = sum(reasons.values())
            doc.llm_usage = u
            for reason, n in sorted(reasons.items()):
                doc.warnings.append(
                    f"大模型评审：{n} 行改用离线评级，原因：{explain(reason)}（已逐行标注）"
                )


async def grade_documents_llm(docs: list[Document], client: LLMClient, config: Any = None) -> None:
    """Grade every row and review every project goal with the LLM (per-row offline fallback)."""
    run = GradingRun(docs, client, config)
    run.collect()
    run.serve_from_cache()
    await run.execute(run.plan_items())
    run.fan_out()
    client.flush()
