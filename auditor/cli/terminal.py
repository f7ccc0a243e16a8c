"""What a reviewer sees at a terminal: findings like a linter (concise / full), or the count
table (summary); then one summary line and what the exit code means."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from auditor.cli.common import EXIT_CLEAN, EXIT_FINDINGS, err, out_console
from auditor.cli.findings import Located, locate, severity_counts, severity_label
from auditor.ingest import InputCheck
from auditor.models import Document
from auditor.pipeline import FileError

_STYLE = {"error": "red", "warning": "yellow", "info": "blue"}
_LEVEL_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass(frozen=True)
class RunStatus:
    """The exit code of a run and why."""

    code: int
    fail_on: str
    exit_zero: bool = False
    n_failing: int = 0  # findings at or above fail_on
    problem: str | None = None  # why the run is an error (exit 2)


def _finding_line(x: Located, lang: str) -> str:
    f = x.finding
    sev = severity_label(f.severity, lang)
    style = _STYLE.get(f.severity, "")
    return (
        f"[bold]{escape(x.position)}[/bold] [{style}]{escape(f.code)}[/{style}] "
        f"\\[{escape(sev)}] {escape(f.message)}"
    )


def _details(x: Located, lang: str) -> list[str]:
    f = x.finding
    zh = lang != "en"
    lines: list[str] = []
    if x.row is not None:
        r = x.row
        what = " / ".join(p for p in (r.level2, r.level3) if p)
        lines.append(f"{'指标' if zh else 'indicator'}：{what} = {r.value}")
    elif x.table is not None:
        lines.append(f"{'项目' if zh else 'project'}：{x.table.project}")
    if f.evidence:
        lines.append(f"{'依据' if zh else 'evidence'}：{f.evidence}")
    if f.fix:
        lines.append(f"{'建议修改' if zh else 'fix'}：{f.fix}")
    return [f"    [dim]{escape(line)}[/dim]" for line in lines]


def print_findings(docs: Sequence[Document], lang: str, full: bool) -> None:
    """One line per finding, `file:line CODE [severity] message`, grouped per file."""
    con = out_console()
    first = True
    for doc in docs:
        located = locate(doc)
        if not located:
            continue
        if not first:
            con.print()
        first = False
        for x in located:
            con.print(_finding_line(x, lang))
            if full:
                for line in _details(x, lang):
                    con.print(line)
    if full and not first:
        con.print("\n[dim]规则说明：auditor rule 代码（如 auditor rule U301）[/dim]")


def print_summary_table(docs: Sequence[Document]) -> None:
    """The count table: file, unit, tables, rows, findings by severity, score (never cut)."""
    con = out_console()
    tab = RichTable("文件", "单位", "表", "行", "错误", "警告", "提示", "得分")
    for col in tab.columns[:2]:
        col.overflow = "fold"
    for d in docs:
        counts = severity_counts([d])
        tab.add_row(
            escape(d.source),
            escape(d.unit or ""),
            str(len(d.tables)),
            str(sum(len(t.rows) for t in d.tables)),
            str(counts["error"]),
            str(counts["warning"]),
            str(counts["info"]),
            "" if d.score is None else f"{d.score:.0f}",
        )
    con.print(tab)


def print_inputs(errors: Sequence[FileError], skipped: Sequence[InputCheck]) -> None:
    """Files not read (skipped, with the reason) and files that failed (stderr)."""
    for s in skipped:
        err.print(f"[yellow]跳过[/yellow] {escape(str(s.path))}：{escape(s.reason)}")
    for e in errors:
        err.print(f"[red]错误[/red] {escape(e.message)}")


def summary_line(
    docs: Sequence[Document], errors: Sequence[FileError], skipped: Sequence[InputCheck]
) -> str:
    c = severity_counts(docs)
    n = sum(c.values())
    text = (
        f"共 {n} 个问题（错误 {c['error']}，警告 {c['warning']}，提示 {c['info']}），"
        f"审核了 {len(docs)} 个文件"
    )
    if errors:
        text += f"，{len(errors)} 个文件无法审核"
    if skipped:
        text += f"，跳过 {len(skipped)} 个文件"
    return text + "。"


def exit_line(status: RunStatus) -> str:
    """What the exit code means, in one line."""
    if status.code == EXIT_FINDINGS:
        level = _LEVEL_ZH.get(status.fail_on, status.fail_on)
        return (
            f"退出码 1：有 {status.n_failing} 个问题达到“{level}”及以上级别"
            f"（--fail-on {status.fail_on}；--exit-zero 可忽略）"
        )
    if status.code == EXIT_CLEAN:
        if status.exit_zero:
            return "退出码 0：--exit-zero，不因问题失败"
        if status.fail_on == "never":
            return "退出码 0：--fail-on never，不因问题失败"
        level = _LEVEL_ZH.get(status.fail_on, status.fail_on)
        return f"退出码 0：没有“{level}”及以上级别的问题（--fail-on {status.fail_on}）"
    return f"退出码 2：{status.problem or '工具或输入错误'}"


def print_footer(
    docs: Sequence[Document],
    errors: Sequence[FileError],
    skipped: Sequence[InputCheck],
    status: RunStatus,
    written: Sequence[Path],
    console: Console | None = None,
) -> None:
    con = console or out_console()
    if written:
        con.print(f"报告：{escape(', '.join(str(p) for p in written))}")
    con.print(escape(summary_line(docs, errors, skipped)))
    con.print(escape(exit_line(status)))
