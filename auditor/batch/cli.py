"""`auditor batch` and `auditor batch-report` (registered in auditor/cli.py)."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

err = Console(stderr=True)


def _load_config(config_file: Path | None, offline: bool):
    from auditor.config import load_config

    try:
        return load_config(config_file, {"offline": True} if offline else {})
    except (ValueError, OSError) as exc:
        err.print(f"[red]配置错误[/red] {exc}")
        raise typer.Exit(2) from None


def batch_cmd(
    root: Path = typer.Argument(
        ..., help="Folder with the disclosures (sub-folders = counties by default)."
    ),
    db: Path = typer.Option(
        Path("auditor.duckdb"), "--db", help="DuckDB file for the results (created if missing)."
    ),
    workers: int = typer.Option(
        0, "--workers", "-w", help="Parallel workers (0 = all cores; 1 = in-process)."
    ),
    executor: str = typer.Option(
        "local", "--executor", help="local (process pool) or ray ($RAY_ADDRESS for a cluster)."
    ),
    county_part: int | None = typer.Option(
        None,
        "--county-part",
        help="Path component (relative to ROOT, 0 = first folder) naming the county; default: the parent folder.",
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="auditor.toml, or pyproject.toml with a tool.auditor table."
    ),
    grade: bool = typer.Option(
        True,
        "--grade/--no-grade",
        help="Grade rows (heuristic offline unless an LLM is configured).",
    ),
    offline: bool = typer.Option(False, "--offline", help="Never call an LLM."),
    corpus: bool = typer.Option(
        True, "--corpus/--no-corpus", help="Corpus rules (T106) over all stored documents."
    ),
    retry_errors: bool = typer.Option(
        False, "--retry-errors", help="Process again files recorded as errors."
    ),
    force: bool = typer.Option(
        False, "--force", help="Process every file again, even unchanged ones."
    ),
) -> None:
    """Audit a folder of disclosures into a DuckDB store: parallel, incremental, resumable."""
    import os

    from auditor.batch.executors import EXECUTORS
    from auditor.batch.runner import run_batch

    if executor not in EXECUTORS:
        err.print(f"[red]错误[/red] 未知执行器 {executor}（可选: {', '.join(EXECUTORS)}）")
        raise typer.Exit(2)
    if not root.is_dir():
        err.print(f"[red]错误[/red] 不是文件夹: {root}")
        raise typer.Exit(2)
    config = _load_config(config_file, offline)
    bcfg = config.batch
    if county_part is None and bcfg.county_part is not None:
        county_part = bcfg.county_part
    if workers <= 0:
        workers = bcfg.workers or (os.cpu_count() or 1)

    plain = not err.is_terminal
    progress = Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
        disable=plain,
    )
    state = {"task": None, "n": 0, "total": 0, "t0": time.perf_counter()}

    def on_start(total: int) -> None:
        state["total"] = total
        state["t0"] = time.perf_counter()
        state["task"] = progress.add_task("batch", total=total, rate="")
        if plain:
            print(f"批处理：待处理 {total} 个文件", file=err.file, flush=True)

    def on_result(r: dict) -> None:
        state["n"] += 1
        el = time.perf_counter() - state["t0"]
        rate = state["n"] / el if el > 0 else 0.0
        progress.update(state["task"], advance=1, rate=f"{rate:.1f} docs/s")
        if plain:
            eta = (state["total"] - state["n"]) / rate if rate else 0
            mark = "完成" if r["ok"] else "出错"
            print(
                f"[{state['n']}/{state['total']}] {mark} {r['path']}（{rate:.1f} 文档/秒，预计剩余 {eta:.0f} 秒）",
                file=err.file,
                flush=True,
            )
        if not r["ok"]:
            progress.console.print(f"[red]错误[/red] {r['message']}", highlight=False)

    with progress:
        try:
            res = run_batch(
                root,
                db,
                workers=workers,
                executor=executor,
                config=config,
                county_part=county_part,
                grade=grade,
                corpus=corpus,
                retry_errors=retry_errors,
                force=force,
                on_start=on_start,
                on_result=on_result,
            )
        except RuntimeError as exc:
            err.print(f"[red]错误[/red] {exc}")
            raise typer.Exit(2) from None
    corpus_txt = (
        "未运行（文档集合未变化）"
        if res.n_corpus_findings is None
        else f"{res.n_corpus_findings} 条"
    )
    from auditor.store import Store

    with Store(db, read_only=True) as store:
        still_failing = store.sql("SELECT count(*) FROM errors")[0][0]
    err.print(
        f"完成：{res.n_files} 个文件，处理 {res.n_done}，跳过（未变化）{res.n_skipped}，出错 {res.n_errors}；"
        f"跨文档问题 {corpus_txt}；{res.seconds:.1f} 秒（{res.docs_per_second:.1f} 文档/秒）→ {db}",
        highlight=False,
    )
    if still_failing:
        err.print(
            f"仍有 {still_failing} 个文件无法处理（见 errors 表；--retry-errors 重试）",
            highlight=False,
        )


def batch_report_cmd(
    db: Path = typer.Option(..., "--db", help="DuckDB file written by `auditor batch`."),
    out: Path = typer.Option(
        Path("reports/batch"), "--out", "-o", help="Folder for the cross-county report."
    ),
    top: int = typer.Option(30, "--top", help="How many templated indicators to list."),
    parquet: bool = typer.Option(
        True, "--parquet/--no-parquet", help="Also export the tables as Parquet."
    ),
) -> None:
    """Cross-county report from a batch store: rankings, distributions, templated indicators."""
    from auditor.report.batch import write_batch_report

    if not db.exists():
        err.print(f"[red]错误[/red] 找不到数据库 {db}")
        raise typer.Exit(2)
    for p in write_batch_report(db, out, top=top, parquet=parquet):
        err.print(f"报告: {p}", highlight=False)
