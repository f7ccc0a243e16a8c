"""Command-line interface (typer).

Verbs (stable): extract, audit, rules, rule, batch, batch-report, eval.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 tool error (bad input, bad config).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table as RichTable

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="绩效指标审核工具 — a linter for budget performance indicators (绩效指标).",
)
err = Console(stderr=True)


class OutFormat(StrEnum):
    json = "json"
    table = "table"
    text = "text"


def _progress(total: int):
    """A progress bar on stderr for long runs (hidden for a single file)."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=total < 2 or not err.is_terminal,
    )


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _doc_json(doc, include_audit: bool) -> dict:
    exclude = None if include_audit else {"findings", "llm_usage", "score"}
    data = doc.model_dump(mode="json", exclude=exclude)
    if not include_audit:
        for t in data["tables"]:
            t.pop("goal_review", None)
            for r in t["rows"]:
                r.pop("grade", None)
    return data


def _report_errors(errors) -> None:
    for e in errors:
        err.print(f"[red]错误[/red] {escape(e.message)}", highlight=False)


def _usage_error(message: str) -> typer.Exit:
    """Print a usage/configuration error (Chinese, markup-safe) and return Exit(2) to raise."""
    err.print(f"[red]用法错误[/red] {escape(message)}", highlight=False)
    return typer.Exit(2)


def _check_limit_options(
    limit_time: float | None, limit_memory: str | None, limit_size: str | None
) -> None:
    from auditor.limits import parse_bytes

    if limit_time is not None and limit_time < 0:
        raise _usage_error(
            f"选项 --limit-time 的取值 {limit_time:g} 无效：应为 ≥ 0 的秒数（0 表示不限）"
        )
    for option, value in (("--limit-memory", limit_memory), ("--limit-size", limit_size)):
        if value is None:
            continue
        try:
            parse_bytes(value)
        except ValueError:
            raise _usage_error(
                f"选项 {option} 的取值 {value!r} 无效：应为大小，如 200MB、2GiB（0 表示不限）"
            ) from None


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Files or folders (.txt .docx .xlsx .pdf)."),
    format: OutFormat = typer.Option(
        OutFormat.json, "--format", "-f", help="json (the contract) or table."
    ),
) -> None:
    """Extract every performance table into rows (JSON contract or a readable table)."""
    from auditor.pipeline import discover, extract_many

    paths = discover(files)
    with _progress(len(paths)) as prog:
        task = prog.add_task("extract", total=len(paths))
        docs, errors = extract_many(paths, on_progress=lambda p: prog.advance(task))
    if format == OutFormat.json:
        print(_dump({"documents": [_doc_json(d, False) for d in docs]}))
    else:
        con = Console()
        for d in docs:
            con.print(f"[bold]{d.source}[/bold]  单位: {d.unit}  年度: {d.year}  版式: {d.layout}")
            tab = RichTable("表", "类型", "项目", "预算(万元)", "行数")
            for t in d.tables:
                tab.add_row(
                    str(t.index),
                    t.kind,
                    t.project,
                    "" if t.budget_wan is None else f"{t.budget_wan:g}",
                    str(len(t.rows)),
                )
            con.print(tab)
            for w in d.warnings:
                con.print(f"[yellow]提示[/yellow] {w}")
    _report_errors(errors)
    if errors:
        raise typer.Exit(2)


@app.command()
def audit(
    paths: list[Path] = typer.Argument(..., help="Files or folders to audit."),
    out: Path = typer.Option(Path("reports"), "--out", "-o", help="Folder for the report files."),
    format: OutFormat = typer.Option(
        OutFormat.text, "--format", "-f", help="stdout: text summary or json (contract)."
    ),
    reports: str | None = typer.Option(
        None,
        "--reports",
        help="Report files to write: comma list of html,md,json,xlsx, or none "
        "(default: all four; none with --format json, which prints to stdout).",
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="auditor.toml or pyproject.toml with [tool.auditor]."
    ),
    select: str | None = typer.Option(
        None, "--select", help="Rule codes/prefixes to enable, comma list (e.g. U,V401)."
    ),
    ignore: str | None = typer.Option(
        None, "--ignore", help="Rule codes/prefixes to disable, comma list."
    ),
    fail_on: str | None = typer.Option(
        None, "--fail-on", help="error|warning|info|never: exit 1 at or above it."
    ),
    exit_zero: bool = typer.Option(
        False, "--exit-zero", help="Exit 0 even when findings remain (2 still on tool errors)."
    ),
    lang: str | None = typer.Option(None, "--lang", help="Message language: zh (default) or en."),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Waiver/baseline file: hide findings recorded in it."
    ),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="Record all current findings as accepted."
    ),
    corpus: bool = typer.Option(
        True, "--corpus/--no-corpus", help="Cross-document checks (T106) when several files."
    ),
    offline: bool = typer.Option(
        False, "--offline", help="Never call an LLM; use the heuristic grader."
    ),
    model: str | None = typer.Option(
        None, "--model", help="LLM model id (else AUDITOR_LLM_MODEL / config)."
    ),
    llm_base_url: str | None = typer.Option(
        None, "--llm-base-url", help="OpenAI-compatible endpoint URL."
    ),
    llm_max_requests: int | None = typer.Option(
        None, "--llm-max-requests", help="Request budget for this run."
    ),
    limit_time: float | None = typer.Option(
        None, "--limit-time", help="Per-file time limit in seconds (default 300; 0 = none)."
    ),
    limit_memory: str | None = typer.Option(
        None, "--limit-memory", help="Per-file memory limit, e.g. 2GiB (default; 0 = none)."
    ),
    limit_size: str | None = typer.Option(
        None, "--limit-size", help="Per-file size limit, e.g. 200MB (default; 0 = none)."
    ),
) -> None:
    """Audit disclosures: extract, run the rules, grade, write reports."""
    from auditor.config import load_config
    from auditor.pipeline import audit_many, discover
    from auditor.rules.engine import exit_code

    _check_limit_options(limit_time, limit_memory, limit_size)
    overrides = {
        k: v
        for k, v in {
            "select": select.split(",") if select else None,
            "ignore": ignore.split(",") if ignore else None,
            "fail_on": fail_on,
            "lang": lang,
            "baseline": str(baseline) if baseline else None,
            "offline": True if offline else None,
            "limits": {
                k: v
                for k, v in {"time": limit_time, "memory": limit_memory, "size": limit_size}.items()
                if v is not None
            }
            or None,
        }.items()
        if v is not None
    }
    try:
        config = load_config(config_file, overrides)
    except (ValueError, OSError) as exc:
        err.print(f"[red]配置错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    if config.baseline and not write_baseline:
        # a bad waiver file is a configuration error: say so before any work (or LLM spending)
        from auditor.rules.baseline import load_baseline

        try:
            load_baseline(config.baseline)
        except (ValueError, OSError) as exc:
            err.print(f"[red]基线文件错误[/red] {escape(f'{config.baseline}: {exc}')}")
            raise typer.Exit(2) from None
    llm_over = {"model": model, "base_url": llm_base_url, "max_requests": llm_max_requests}
    llm_over = {k: v for k, v in llm_over.items() if v is not None}
    if llm_over:
        config.llm = {**(config.llm or {}), **llm_over}

    files = discover(paths)
    if not files:
        err.print(f"[red]错误[/red] 没有找到可审核的文件: {', '.join(map(str, paths))}")
        raise typer.Exit(2)
    with _progress(len(files)) as prog:
        task = prog.add_task("audit", total=len(files))
        docs, errors = audit_many(
            files, config, corpus_rules=corpus, on_progress=lambda p: prog.advance(task)
        )

    if write_baseline:
        from auditor.rules.baseline import write_baseline as _write

        _write(docs, write_baseline)
        err.print(
            f"已写入基线文件 {write_baseline}（{sum(len(d.findings or []) for d in docs)} 条问题被接受）"
        )
    elif config.baseline:
        from auditor.rules.baseline import apply_baseline

        for d in docs:
            d.findings = apply_baseline(d, d.findings or [], Path(config.baseline))

    written: list[Path] = []
    if reports is None:
        reports = "none" if format == OutFormat.json else "html,md,json,xlsx"
    kinds = [k.strip() for k in reports.split(",") if k.strip() and k.strip() != "none"]
    if kinds and docs:
        from auditor.report import write_reports

        written = write_reports(docs, out, kinds, errors=errors, config=config)

    if format == OutFormat.json:
        print(
            _dump(
                {
                    "documents": [_doc_json(d, True) for d in docs],
                    "errors": [e.public() for e in errors],
                }
            )
        )
    elif docs:
        _print_summary(docs, written)
    _report_errors(errors)

    all_findings = [f for d in docs for f in (d.findings or [])]
    if errors and not docs:
        raise typer.Exit(2)
    if any(e.kind == "internal" for e in errors) or any(f.code == "E900" for f in all_findings):
        raise typer.Exit(2)  # a crashed rule or reader: the audit is incomplete, never a pass
    # recording a baseline accepts today's findings: that run is not a failed gate
    code = 0 if exit_zero or write_baseline else exit_code(all_findings, config.fail_on)
    raise typer.Exit(code)


def _print_summary(docs, written) -> None:
    con = Console()
    tab = RichTable("文件", "单位", "表", "行", "错误", "警告", "提示", "得分")
    for d in docs:
        fs = d.findings or []

        def count(severity: str, fs=fs) -> str:
            return str(sum(1 for f in fs if f.severity == severity))

        tab.add_row(
            Path(d.source).name,
            d.unit or "",
            str(len(d.tables)),
            str(sum(len(t.rows) for t in d.tables)),
            count("error"),
            count("warning"),
            count("info"),
            "" if d.score is None else f"{d.score:.0f}",
        )
    con.print(tab)
    for p in written:
        con.print(f"报告: {p}")


# --- commands contributed by other stages -------------------------------------------------
# Each stage keeps its command in its own module and registers it here.
from auditor.rules.cli import rule_cmd, rules_cmd  # noqa: E402  (rule engine stage)

app.command("rules")(rules_cmd)
app.command("rule")(rule_cmd)
from auditor.evaluation.cli import eval_app  # noqa: E402  (evaluation stage)

app.add_typer(eval_app, name="eval")
from auditor.batch.cli import batch_cmd, batch_report_cmd  # noqa: E402  (reports and batch stage)

app.command("batch")(batch_cmd)
app.command("batch-report")(batch_report_cmd)


def main() -> None:  # pragma: no cover
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
