"""The rule engine: runs the registered rules over documents and turns Violations into Findings.

* `run_rules(doc, config)`            row, project and document rules on one document
* `run_corpus_rules(docs, config)`    corpus rules (T106) across documents, keyed by doc.source
* `check_row_standalone(row, table)`  row rules on one row (validates an LLM-drafted rewrite)
* `exit_code(findings, fail_on)`      0 / 1 gate (2 is the CLI's, for tool errors)

Conversion Violation -> Finding: code and name from the rule, severity from the configuration
(`severity_for`, default the rule's own), scope = violation.scope or rule.scope, table/row index
default to the table/row being checked; project-scope findings carry no row index and
document-scope findings neither table nor row index. Messages follow config.lang (en falls back
to the Chinese text when a rule has no English one). Output is de-duplicated and sorted by
(table, row, code) with document-level findings first, project-level before the table's rows.

A rule that raises does not stop the run: the engine records ONE finding per failing rule and
document with code E900 (internal-error, severity error by default so that an incomplete audit
never passes a gate), naming the rule, the exception, the first failing location and the count.
E900 is always reported regardless of select/ignore; its severity is configurable.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from auditor.config import INTERNAL_ERROR_CODE, LEVELS, AuditConfig
from auditor.models import Document, Finding, IndicatorRow, RowFlag, Table
from auditor.rules import row_memo
from auditor.rules.base import REGISTRY, Rule, Violation
from auditor.rules.context import RuleContext
from auditor.rules.ocr_caution import ocr_caution
from auditor.rules.registry import checking_rules, get_rule
from auditor.rules.selection import is_enabled, severity_for

log = logging.getLogger(__name__)

_DEFAULT_CONFIG: AuditConfig | None = None


def _config(config: AuditConfig | None) -> AuditConfig:
    global _DEFAULT_CONFIG
    if config is not None:
        return config
    if _DEFAULT_CONFIG is None:
        _DEFAULT_CONFIG = AuditConfig()
    return _DEFAULT_CONFIG


# The selected rules per configuration and selection state: resolved and instantiated once, not
# for every table and every standalone rewrite check (resolving ~120 codes each time was a third
# of the check and grade stages on large documents; instantiating ~40 rules per rewrite check a
# tenth of the grader). Rules hold no state (their docs are class attributes; per-run data lives
# in the RuleContext), so one instance serves every run. Keeps the config alive so its id is not
# reused.
_SELECTED: dict[int, tuple[AuditConfig, tuple[object, ...], list[Rule]]] = {}
_BY_SCOPES: dict[tuple[int, frozenset[str] | None], list[Rule]] = {}


def _selected_rules(cfg: AuditConfig) -> list[Rule]:
    # the registered classes and the selection, compared on every call (a test may register a
    # rule or change a selection in place)
    state = (tuple(REGISTRY.values()), cfg.selection_state())
    hit = _SELECTED.get(id(cfg))
    if hit is not None and hit[0] is cfg and hit[1] == state:
        return hit[2]
    rules = [cls() for cls in checking_rules() if is_enabled(cfg, cls.code)]
    if len(_SELECTED) >= 32:
        _SELECTED.clear()
    _SELECTED[id(cfg)] = (cfg, state, rules)
    _BY_SCOPES.clear()
    return rules


def enabled_rules(
    config: AuditConfig | None = None, scopes: Iterable[str] | None = None
) -> list[Rule]:
    """The selected rules (sorted by code), optionally only some scopes. The selection is
    resolved once per configuration (the rewrite checks ask per row)."""
    cfg = _config(config)
    wanted = frozenset(scopes) if scopes is not None else None
    rules = _selected_rules(cfg)
    key = (id(rules), wanted)
    picked = _BY_SCOPES.get(key)
    if picked is None:
        picked = [r for r in rules if wanted is None or r.scope in wanted]
        _BY_SCOPES[key] = picked
    return list(picked)


@dataclass
class _Failure:
    rule: Rule
    exc: BaseException
    where: str
    tb: str
    count: int = 1


@dataclass
class _Run:
    """Collects findings and rule failures for one document (or one corpus run)."""

    config: AuditConfig
    doc_source: str = ""
    findings: list[Finding] = field(default_factory=list)
    failures: dict[str, _Failure] = field(default_factory=dict)

    def fail(self, rule: Rule, exc: BaseException, where: str) -> None:
        f = self.failures.get(rule.code)
        if f is None:
            tb = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            frames = traceback.extract_tb(exc.__traceback__)
            if frames:
                last = frames[-1]
                tb += f" @ {last.filename.rsplit('/', 1)[-1]}:{last.lineno} in {last.name}"
            self.failures[rule.code] = _Failure(rule, exc, where, tb)
            log.warning("rule %s raised on %s (%s): %r", rule.code, self.doc_source, where, exc)
        else:
            f.count += 1

    def add(self, rule: Rule, v: Violation, table: Table | None, row: IndicatorRow | None) -> None:
        self.findings.append(to_finding(rule, v, self.config, table, row))

    def internal_errors(self) -> list[Finding]:
        out = []
        for code in sorted(self.failures):
            f = self.failures[code]
            exc = f"{type(f.exc).__name__}: {f.exc}"
            out.append(
                Finding(
                    code=INTERNAL_ERROR_CODE,
                    name="internal-error",
                    severity=severity_for(self.config, INTERNAL_ERROR_CODE, "error"),
                    scope="document",
                    message=(
                        f"规则 {code} ({f.rule.name}) 执行出错，本文件该项检查不完整: {exc}（首次于{f.where}，共{f.count}次）"
                        if self.config.lang == "zh"
                        else f"rule {code} ({f.rule.name}) raised {exc} (first at {f.where}, {f.count} time(s)); "
                        "this check is incomplete for the document"
                    ),
                    evidence=f"{code}: {f.tb}",
                    related=[],
                )
            )
        return out


def to_finding(
    rule: Rule | type[Rule],
    v: Violation,
    config: AuditConfig | None = None,
    table: Table | None = None,
    row: IndicatorRow | None = None,
) -> Finding:
    """Convert one Violation of `rule` into a Finding (see the module docstring)."""
    cfg = _config(config)
    scope = v.scope or rule.scope
    table_index = (
        v.table_index if v.table_index is not None else (table.index if table is not None else None)
    )
    row_index = v.row_index if v.row_index is not None else (row.index if row is not None else None)
    if scope == "project":
        row_index = None
    elif scope == "document":
        table_index = row_index = None
    message = v.message_en if (cfg.lang == "en" and v.message_en) else v.message
    finding = Finding(
        code=rule.code,
        name=rule.name,
        severity=severity_for(cfg, rule.code, rule.severity),
        scope=scope,
        table_index=table_index,
        row_index=row_index,
        message=message,
        evidence=v.evidence or "",
        fix=v.fix,
        related=list(v.related or []),
    )
    return ocr_caution(finding, row, cfg.lang)


def _sort_key(f: Finding) -> tuple[int, int, str, str, str]:
    return (
        -1 if f.table_index is None else f.table_index,
        -1 if f.row_index is None else f.row_index,
        f.code,
        f.message,
        f.evidence,
    )


def _identity(f: Finding) -> tuple[object, ...]:
    return (
        f.code,
        f.severity,
        f.scope,
        f.table_index,
        f.row_index,
        f.message,
        f.evidence,
        f.fix,
        tuple(f.related),
    )


def finalize(findings: Iterable[Finding]) -> list[Finding]:
    """De-duplicate identical findings and sort them deterministically."""
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for f in findings:
        key = _identity(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    out.sort(key=_sort_key)
    return out


def _where(table: Table | None, row: IndicatorRow | None) -> str:
    if table is None:
        return "文档级检查"
    if row is None:
        return f"表{table.index}"
    return f"表{table.index}第{row.index}行"


@dataclass
class RowContexts:
    """A table's row rules split once per table: `memoised` (rule, context) pairs whose verdicts
    are kept per distinct row and context (auditor.rules.row_memo), under one `signature` for
    the whole group, and the `plain` rules that run on every row."""

    memoised: list[tuple[Rule, Hashable]]
    plain: list[Rule]
    signature: int


def _row_contexts(rules: list[Rule], table: Table, doc: Document, ctx: RuleContext) -> RowContexts:
    """Each row rule with what it reads besides the row's cells (None: not memoised), once per
    table."""
    memoised: list[tuple[Rule, Hashable]] = []
    plain: list[Rule] = []
    for rule in rules:
        try:
            context = rule.row_context(table, doc, ctx)
        except Exception:
            context = None  # not memoised: check_row reports the failure itself
        if context is None:
            plain.append(rule)
        else:
            memoised.append((rule, context))
    signature = row_memo.signature(tuple((rule.code, c) for rule, c in memoised))
    return RowContexts(memoised, plain, signature)


def _memoised_violations(
    run: _Run,
    contexts: RowContexts,
    memo: row_memo.Slot,
    row: IndicatorRow,
    table: Table,
    doc: Document,
    ctx: RuleContext,
) -> row_memo.GroupVerdict:
    """The violations of the memoised rules on the row, as (position in `contexts.memoised`,
    violations) for the rules that found something: one lookup per row once the row's cells
    and the table's contexts were seen together, else rule by rule (each memoised on its own,
    so a table that differs in one rule's context re-runs only that rule)."""
    group = memo.get(contexts.signature)
    if group is not None:
        return group  # type: ignore[return-value]
    found: list[tuple[int, tuple[Violation, ...]]] = []
    failed = False
    for i, (rule, context) in enumerate(contexts.memoised):
        key = (rule.code, context)
        try:
            vs = memo.get(key)
            if vs is None:
                vs = memo[key] = tuple(rule.check_row(row, table, doc, ctx) or ())
        except Exception as exc:
            run.fail(rule, exc, _where(table, row))
            failed = True
            continue
        if vs:
            found.append((i, vs))  # type: ignore[arg-type]
    group = tuple(found)
    if not failed:  # a rule that raised is re-run (and reported) on the next such row
        memo[contexts.signature] = group
    return group


def _check_row(
    run: _Run,
    contexts: RowContexts,
    row: IndicatorRow,
    table: Table,
    doc: Document,
    ctx: RuleContext,
) -> None:
    if contexts.memoised:
        group = _memoised_violations(run, contexts, row_memo.slot(row), row, table, doc, ctx)
        for i, vs in group:
            rule = contexts.memoised[i][0]
            for v in vs:
                run.add(rule, v, table, row)
    for rule in contexts.plain:
        try:
            plain = list(rule.check_row(row, table, doc, ctx) or ())
        except Exception as exc:
            run.fail(rule, exc, _where(table, row))
            continue
        for v in plain:
            run.add(rule, v, table, row)


def _check_rows(
    run: _Run, rules: list[Rule], table: Table, doc: Document, ctx: RuleContext
) -> None:
    contexts = _row_contexts(rules, table, doc, ctx)
    for row in table.rows:
        if RowFlag.PLACEHOLDER in row.flags:
            continue  # an unused slot of a fixed-slot form ("指标2:"): no indicator to check
        _check_row(run, contexts, row, table, doc, ctx)


def run_rules(doc: Document, config: AuditConfig | None = None) -> list[Finding]:
    """Run the selected row, project and document rules on one document."""
    cfg = _config(config)
    rules = enabled_rules(cfg, ("row", "project", "document"))
    row_rules = [r for r in rules if r.scope == "row"]
    table_rules = [r for r in rules if r.scope == "project"]
    doc_rules = [r for r in rules if r.scope == "document"]
    ctx = RuleContext(config=cfg, lang=cfg.lang)
    run = _Run(cfg, doc.source)
    for table in doc.tables:
        _check_rows(run, row_rules, table, doc, ctx)
        for rule in table_rules:
            try:
                vs = list(rule.check_table(table, doc, ctx) or ())
            except Exception as exc:
                run.fail(rule, exc, _where(table, None))
                continue
            for v in vs:
                run.add(rule, v, table, None)
    for rule in doc_rules:
        try:
            vs = list(rule.check_document(doc, ctx) or ())
        except Exception as exc:
            run.fail(rule, exc, _where(None, None))
            continue
        for v in vs:
            run.add(rule, v, None, None)
    return finalize(run.findings + run.internal_errors())


def run_corpus_rules(
    docs: list[Document], config: AuditConfig | None = None
) -> dict[str, list[Finding]]:
    """Run the selected corpus rules (T106) across documents; findings keyed by doc.source.

    A corpus rule that raises becomes one E900 finding on every document of the run."""
    cfg = _config(config)
    rules = enabled_rules(cfg, ("corpus",))
    out: dict[str, list[Finding]] = {d.source: [] for d in docs}
    if not rules or not docs:
        return out
    ctx = RuleContext(config=cfg, lang=cfg.lang)
    run = _Run(cfg, "<corpus>")
    by_source: dict[str, list[Finding]] = {d.source: [] for d in docs}
    tables = {(d.source, t.index): t for d in docs for t in d.tables}
    for rule in rules:
        try:
            pairs = list(rule.check_corpus(docs, ctx) or ())
        except Exception as exc:
            run.fail(rule, exc, "跨文件检查")
            continue
        for doc, v in pairs:
            table = tables.get((doc.source, v.table_index)) if v.table_index is not None else None
            by_source.setdefault(doc.source, []).append(to_finding(rule, v, cfg, table, None))
    errors = run.internal_errors()
    for src, fs in by_source.items():
        out[src] = finalize(fs + errors)
    return out


def check_row_standalone(
    row: IndicatorRow, table: Table, doc: Document | None = None, config: AuditConfig | None = None
) -> list[Finding]:
    """Only the selected row-scope rules on one row (e.g. an LLM-drafted rewrite).

    Without `doc`, a minimal document holding just `table` is used."""
    cfg = _config(config)
    if doc is None:
        # a one-row copy of the table: the row's context (budget, basis column) without making
        # document-wide lookups (C205's name set) cost O(rows) on every call
        table = table.model_copy(update={"rows": [row]})
        doc = Document(source="<standalone>", tables=[table])
    rules = enabled_rules(config, ("row",))
    ctx = RuleContext(config=cfg, lang=cfg.lang)
    run = _Run(cfg, doc.source)
    _check_row(run, _row_contexts(rules, table, doc, ctx), row, table, doc, ctx)
    return finalize(run.findings + run.internal_errors())


def exit_code(findings: Iterable[Finding], fail_on: str) -> int:
    """1 if any finding is at or above `fail_on` (error > warning > info), else 0; "never" -> 0."""
    fail_on = (fail_on or "error").lower()
    if fail_on == "never":
        return 0
    if fail_on not in LEVELS:
        raise ValueError(f"fail-on 取值无效: {fail_on!r} (expected error|warning|info|never)")
    threshold = LEVELS[fail_on]
    return 1 if any(LEVELS.get(f.severity, 0) >= threshold for f in findings) else 0


__all__ = [
    "check_row_standalone",
    "enabled_rules",
    "exit_code",
    "finalize",
    "get_rule",
    "run_corpus_rules",
    "run_rules",
    "to_finding",
]
