"""`auditor audit`: extract, check, grade, report -- and show the findings like a linter.

Every option is checked before any work (cli/options.py); then the files are scanned (skipped
ones listed with the reason), audited under the per-file limits, reports written, the findings
printed in the chosen format, and the exit code set: 0 clean, 1 findings at or above --fail-on,
2 usage/configuration/input/internal error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from auditor.cli import options
from auditor.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, err, progress, say_error
from auditor.cli.crash import write_log
from auditor.cli.machine import audit_json, github, sarif
from auditor.cli.terminal import (
    RunStatus,
    print_findings,
    print_footer,
    print_inputs,
    print_summary_table,
)
from auditor.config import LEVELS, AuditConfig, load_config
from auditor.ingest import InputCheck, scan_inputs
from auditor.models import Document
from auditor.pipeline import FileError, audit_many

CONFIG_HELP = r"auditor.toml, or pyproject.toml with a \[tool.auditor] table."
FORMAT_HELP = (
    "concise (default: one line per finding), full (+ evidence and fix), summary (count table), "
    "json (the contract), sarif (SARIF 2.1.0), github (workflow annotations)."
)


@dataclass
class Run:
    """What one audit produced."""

    docs: list[Document]
    errors: list[FileError]
    skipped: list[InputCheck]
    written: list[Path]


def _load(config_file: Path | None, overrides: dict[str, Any]) -> AuditConfig:
    try:
        return load_config(config_file, overrides)
    except (ValueError, OSError) as exc:
        say_error("配置错误", str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def _check_baseline(config: AuditConfig, write_baseline: Path | None) -> None:
    if write_baseline:
        options.writable_file("--write-baseline", write_baseline)
    elif config.baseline:
        # a bad waiver file is a configuration error: say so before any work (or LLM spending)
        from auditor.rules.baseline import load_baseline

        try:
            load_baseline(config.baseline)
        except (ValueError, OSError) as exc:
            say_error("基线文件错误", f"{config.baseline}: {exc}")
            raise typer.Exit(EXIT_ERROR) from None


def _apply_baseline(config: AuditConfig, docs: list[Document], write: Path | None) -> None:
    if write:
        from auditor.rules.baseline import write_baseline

        write_baseline(docs, write)
        n = sum(len(d.findings or []) for d in docs)
        err.print(f"已写入基线文件 {escape(str(write))}（{n} 条问题被接受）")
    elif config.baseline:
        from auditor.rules.baseline import apply_baseline

        for d in docs:
            d.findings = apply_baseline(d, d.findings or [], Path(config.baseline))


def _write_reports(
    docs: list[Document], errors: list[FileError], out: Path, kinds: list[str], config: AuditConfig
) -> list[Path]:
    if not (kinds and docs):
        return []
    from auditor.report import write_reports

    try:
        return write_reports(docs, out, kinds, errors=errors, config=config)
    except OSError as exc:
        say_error("错误", f"无法写入报告到 {out}：{exc.strerror or exc}")
        raise typer.Exit(EXIT_ERROR) from None


def _status(run: Run, config: AuditConfig, exit_zero: bool, baseline_written: bool) -> RunStatus:
    findings = [f for d in run.docs for f in d.findings or []]
    fail_on = config.fail_on
    failing = (
        0
        if fail_on == "never"
        else sum(1 for f in findings if LEVELS.get(f.severity, 0) >= LEVELS[fail_on])
    )
    if run.errors and not run.docs:
        return RunStatus(EXIT_ERROR, fail_on, exit_zero, failing, "没有一个文件能够审核")
    if any(e.kind == "internal" for e in run.errors) or any(f.code == "E900" for f in findings):
        # a crashed rule or reader: the audit is incomplete, never a pass
        return RunStatus(EXIT_ERROR, fail_on, exit_zero, failing, "有内部错误，审核不完整")
    # recording a baseline accepts today's findings: that run is not a failed gate
    if exit_zero or baseline_written or not failing:
        return RunStatus(EXIT_CLEAN, fail_on, exit_zero, failing)
    return RunStatus(EXIT_FINDINGS, fail_on, exit_zero, failing)


def _log_internal(errors: Sequence[FileError]) -> None:
    """Tracebacks of per-file bugs go to a log file, never to the terminal."""
    tbs = [f"== {e.source}\n{e.traceback}" for e in errors if e.traceback]
    if tbs:
        path = write_log("internal", tbs)
        if path:
            err.print(f"内部错误的详细信息已写入 {escape(str(path))}")


def _emit(run: Run, fmt: str, lang: str, status: RunStatus) -> None:
    if fmt == "json":
        print(audit_json(run.docs, run.errors, run.skipped))
    elif fmt == "sarif":
        print(sarif(run.docs, run.errors, run.skipped))
    elif fmt == "github":
        for line in github(run.docs, run.errors):
            print(line)
    if fmt in options.MACHINE_FORMATS:
        print_inputs(run.errors, run.skipped)
        print_footer(run.docs, run.errors, run.skipped, status, run.written, console=err)
        return
    print_inputs(run.errors, run.skipped)
    if fmt == "summary":
        print_summary_table(run.docs)
    else:
        print_findings(run.docs, lang, full=fmt == "full")
    print_footer(run.docs, run.errors, run.skipped, status, run.written)


def _no_inputs(paths: Sequence[Path], skipped: Sequence[InputCheck]) -> typer.Exit:
    print_inputs([], skipped)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        say_error("错误", f"文件或文件夹不存在：{', '.join(missing)}")
    else:
        say_error("错误", f"没有找到可审核的文件：{', '.join(map(str, paths))}")
    return typer.Exit(EXIT_ERROR)


# The options of `auditor audit` (typer reads the help and flags from these annotations).
Paths = Annotated[list[Path], typer.Argument(help="Files or folders to audit.")]
Out = Annotated[Path, typer.Option("--out", "-o", help="Folder for the report files.")]
Format = Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP)]
OutputFormat = Annotated[
    str | None,
    typer.Option("--output-format", help="Same as --format (ruff's name), for CI and editors."),
]
Reports = Annotated[
    str | None,
    typer.Option(
        "--reports",
        help="Report files to write: comma list of html,md,json,xlsx, or none "
        "(default: all four; none with json/sarif/github, which print to stdout).",
    ),
]
ConfigFile = Annotated[Path | None, typer.Option("--config", help=CONFIG_HELP)]
Select = Annotated[
    str | None,
    typer.Option("--select", help="Rule codes/prefixes to enable, comma list (e.g. U,V401)."),
]
Ignore = Annotated[
    str | None, typer.Option("--ignore", help="Rule codes/prefixes to disable, comma list.")
]
FailOn = Annotated[
    str | None,
    typer.Option("--fail-on", help="error|warning|info|never: exit 1 at or above it."),
]
ExitZero = Annotated[
    bool,
    typer.Option("--exit-zero", help="Exit 0 even when findings remain (2 still on tool errors)."),
]
Lang = Annotated[str | None, typer.Option("--lang", help="Message language: zh (default) or en.")]
Baseline = Annotated[
    Path | None,
    typer.Option("--baseline", help="Waiver/baseline file: hide findings recorded in it."),
]
WriteBaseline = Annotated[
    Path | None,
    typer.Option("--write-baseline", help="Record all current findings as accepted."),
]
Corpus = Annotated[
    bool,
    typer.Option("--corpus/--no-corpus", help="Cross-document checks (T106) when several files."),
]
Offline = Annotated[
    bool, typer.Option("--offline", help="Never call an LLM; use the heuristic grader.")
]
Model = Annotated[
    str | None, typer.Option("--model", help="LLM model id (else AUDITOR_LLM_MODEL / config).")
]
LlmBaseUrl = Annotated[
    str | None, typer.Option("--llm-base-url", help="OpenAI-compatible endpoint URL.")
]
LlmMaxRequests = Annotated[
    int | None, typer.Option("--llm-max-requests", help="Request budget for this run.")
]
LlmDeadline = Annotated[
    float | None,
    typer.Option(
        "--llm-deadline",
        min=0,
        help="LLM time limit per document in seconds (default 100; 0 = none); rows not graded "
        "by then are graded offline and marked.",
    ),
]
LlmRunDeadline = Annotated[
    float | None,
    typer.Option("--llm-run-deadline", min=0, help="LLM time limit for the whole run (0 = none)."),
]
LimitTime = Annotated[
    float | None,
    typer.Option("--limit-time", help="Per-file time limit in seconds (default 300; 0 = none)."),
]
LimitMemory = Annotated[
    str | None,
    typer.Option("--limit-memory", help="Per-file memory limit, e.g. 2GiB (default; 0 = none)."),
]
LimitSize = Annotated[
    str | None,
    typer.Option("--limit-size", help="Per-file size limit, e.g. 200MB (default; 0 = none)."),
]


def audit_cmd(
    paths: Paths,
    out: Out = Path("reports"),
    format: Format = None,
    output_format: OutputFormat = None,
    reports: Reports = None,
    config_file: ConfigFile = None,
    select: Select = None,
    ignore: Ignore = None,
    fail_on: FailOn = None,
    exit_zero: ExitZero = False,
    lang: Lang = None,
    baseline: Baseline = None,
    write_baseline: WriteBaseline = None,
    corpus: Corpus = True,
    offline: Offline = False,
    model: Model = None,
    llm_base_url: LlmBaseUrl = None,
    llm_max_requests: LlmMaxRequests = None,
    llm_deadline: LlmDeadline = None,
    llm_run_deadline: LlmRunDeadline = None,
    limit_time: LimitTime = None,
    limit_memory: LimitMemory = None,
    limit_size: LimitSize = None,
) -> None:
    """Audit disclosures: extract, run the rules, grade, write reports, list the findings."""
    fmt = options.output_format(format, output_format)
    kinds = options.report_kinds(reports, fmt)
    limits = options.limits(limit_time, limit_memory, limit_size)
    overrides: dict[str, Any] = {
        "select": options.comma_list(select),
        "ignore": options.comma_list(ignore),
        "fail_on": options.fail_on(fail_on),
        "lang": options.lang(lang),
        "baseline": str(baseline) if baseline else None,
        "offline": True if offline else None,
        "limits": limits.overrides(),
    }
    config = _load(config_file, {k: v for k, v in overrides.items() if v is not None})
    _check_baseline(config, write_baseline)
    if kinds:
        options.writable_folder("--out", out)
    llm_over = {
        "model": model,
        "base_url": llm_base_url,
        "max_requests": llm_max_requests,
        "deadline": llm_deadline,
        "run_deadline": llm_run_deadline,
    }
    llm_over = {k: v for k, v in llm_over.items() if v is not None}
    if llm_over:
        config.llm = {**(config.llm or {}), **llm_over}

    files, skipped = scan_inputs(paths)
    if not files:
        raise _no_inputs(paths, skipped)
    with progress(len(files), "审核") as prog:
        task = prog.add_task("审核", total=len(files))
        docs, errors = audit_many(
            files, config, corpus_rules=corpus, on_progress=lambda p: prog.advance(task)
        )
    _apply_baseline(config, docs, write_baseline)
    written = _write_reports(docs, errors, out, kinds, config)
    run = Run(docs, errors, skipped, written)
    status = _status(run, config, exit_zero, write_baseline is not None)
    _log_internal(errors)
    _emit(run, fmt, config.lang, status)
    raise typer.Exit(status.code)
