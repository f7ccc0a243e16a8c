"""Rule base classes and the registry (ruff/sqlfluff style: one small unit per rule).

A rule is a subclass of `Rule` with class attributes (code, name, severity, scope, docs) and
one check method for its scope:

    row       check_row(row, table, doc, ctx)    -> iterable of Violation
    project   check_table(table, doc, ctx)        -> iterable of Violation
    document  check_document(doc, ctx)            -> iterable of Violation
    corpus    check_corpus(docs, ctx)             -> iterable of (doc, Violation)

Decorate it with `@register`. The engine (auditor.rules.engine) turns a Violation into a
`Finding` with the rule's code, (configured) severity and scope; a rule that raises becomes an
internal-error finding for that rule instead of killing the run (sqlfluff behaviour).

Every rule documents: what it flags, why it matters (with the source), a bad example and a
better example. `auditor rules` / `auditor rule CODE` render these docs.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from auditor.config import declare_rule_code
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.context import RuleContext


@dataclass
class Violation:
    """What a rule found. Messages are Chinese (reviewer-facing) with an English variant."""

    message: str  # Chinese message for the reviewer
    message_en: str = ""
    evidence: str = (
        ""  # the offending text and the reason, e.g. "协管员人数 ≥5次：单位'次'不能计量人数"
    )
    fix: str | None = None  # a safe deterministic suggestion (normalised notation, etc.)
    table_index: int | None = None  # defaults to the table being checked
    row_index: int | None = None  # defaults to the row being checked
    scope: str | None = None  # override for rules whose code spans scopes (T105, T107, B501)
    related: list[int] = field(default_factory=list)


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""  # symbolic name, kebab-case, e.g. "unit-mismatch"
    family: ClassVar[str] = ""  # T C U V B R G
    severity: ClassVar[str] = "warning"  # default: error / warning / info
    scope: ClassVar[str] = "row"  # row / project / document / corpus
    status: ClassVar[str] = "stable"  # stable / preview
    summary: ClassVar[str] = ""  # one line, Chinese
    what: ClassVar[str] = ""  # what it flags (English doc)
    why: ClassVar[str] = ""  # why it matters, with the source
    bad: ClassVar[str] = ""  # a bad example (real row)
    better: ClassVar[str] = ""  # a better example
    # Why the examples cannot run as isolated rows (project/document/corpus rules); row rules
    # write bad/better as "一级/二级/三级 | 值 [| 描述：…]" (tests/test_rule_examples.py runs them).
    example_context: ClassVar[str] = ""
    # A row rule whose check_row reads only the row's cells (levels, description, value, basis,
    # parsed value; not its other columns, table, document, context or position): the engine
    # memoises its verdict per distinct cells (auditor.rules.row_memo).
    cells_only: ClassVar[bool] = False

    def check_row(
        self, row: IndicatorRow, table: Table, doc: Document, ctx: RuleContext
    ) -> Iterable[Violation]:
        return ()

    def row_context(self, table: Table, doc: Document, ctx: RuleContext) -> Hashable | None:
        """What check_row reads besides the row's cells, as a hashable value, when that is all
        it reads (e.g. the table's budget): the engine then memoises the rule's violations per
        distinct row and context. None (the default unless `cells_only`): not memoised."""
        return () if self.cells_only else None

    def check_table(self, table: Table, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        return ()

    def check_document(self, doc: Document, ctx: RuleContext) -> Iterable[Violation]:
        return ()

    def check_corpus(
        self, docs: list[Document], ctx: RuleContext
    ) -> Iterable[tuple[Document, Violation]]:
        return ()


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the registry (codes must be unique)."""
    if not cls.code or not cls.name:
        raise ValueError(f"rule {cls.__name__} needs a code and a name")
    if cls.code in REGISTRY and REGISTRY[cls.code] is not cls:
        raise ValueError(
            f"duplicate rule code {cls.code}: {cls.__name__} and {REGISTRY[cls.code].__name__}"
        )
    if cls.severity not in ("error", "warning", "info"):
        raise ValueError(f"{cls.code}: bad severity {cls.severity}")
    if cls.scope not in ("row", "project", "document", "corpus"):
        raise ValueError(f"{cls.code}: bad scope {cls.scope}")
    REGISTRY[cls.code] = cls
    declare_rule_code(cls.code)
    return cls
