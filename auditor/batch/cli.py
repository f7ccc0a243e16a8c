"""`auditor batch` and `auditor batch-report` (registered in auditor/cli.py).

Heavy modules (the pipeline, DuckDB, the report) are imported inside the commands, so that
`auditor audit` does not pay for them at start-up.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:  # pragma: no cover
    from rich.progress import TaskID

    from auditor.batch.runner import BatchResult, Event
    from auditor.config import AuditConfig

err = Console(stderr=True)


def _load_config(config_file: Path | None, overrides: dict[str, Any]) -> AuditConfig:
    from auditor.config import load_config

    try:
        return load_config(config_file, overrides)
    except (ValueError, OSError) as exc:
        err.print(f"[red]配置错误[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]错误[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


class _Interrupted(Exception):
    pass


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: the run is marked interrupted, workers are stopped."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise _Interrupted

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


class _Progress:
    """Chinese progress: a bar in a terminal, one line per file otherwise."""

    def __init__(self) -> None:
        # rich.progress loads with the first batch, not with every `auditor` command
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.plain = not err.is_terminal
        self.bar = Progress(
            TextColumn("[bold]批处理"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("预计剩余"),
            TimeRemainingColumn(),
            console=err,
            disable=self.plain,
        )
        self.task: TaskID | None = None
        self.n = self.total = 0
        self.t0 = time.perf_counter()

    def start(self, total: int) -> None:
        self.total, self.t0 = total, time.perf_counter()
        self.task = self.bar.add_task("batch", total=total, rate="")
        if self.plain:
            print(f"批处理：待处理 {total} 个文件", file=err.file, flush=True)

    def result(self, ev: Event) -> None:
        self.n += 1
        elapsed = time.perf_counter() - self.t0
        rate = self.n / elapsed if elapsed > 0 else 0.0
        if self.task is not None:
            self.bar.update(self.task, advance=1, rate=f"{rate:.1f} 文档/秒")
        if self.plain:
            eta = (self.total - self.n) / rate if rate else 0.0
            mark = ("复用" if ev.reused else "完成") if ev.ok else "出错"
            print(
                f"[{self.n}/{self.total}] {mark} {ev.path}（{rate:.1f} 文档/秒，预计剩余 {eta:.0f} 秒）",
                file=err.file,
                flush=True,
            )
        if not ev.ok:
            self.bar.console.print(
                f"[red]错误[/red] {escape(ev.message)}", highlight=False, soft_wrap=True
            )


# The options of `auditor batch` (typer reads the help and flags from these annotations).
Root = Annotated[
    Path, typer.Argument(help="Folder with the disclosures (sub-folders = counties by default).")
]
Db = Annotated[Path, typer.Option("--db", help="DuckDB file for the results (created if missing).")]
Workers = Annotated[
    int,
    typer.Option(
        "--workers", "-w", help="Worker processes (0 = all cores); each file runs in one."
    ),
]
Executor = Annotated[
    str,
    typer.Option(
        "--executor", help="local (worker processes) or ray ($RAY_ADDRESS for a cluster)."
    ),
]
CountyPart = Annotated[
    int | None,
    typer.Option(
        "--county-part",
        help="Path component (relative to ROOT, 0 = first folder) naming the county; default: the parent folder.",
    ),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option("--config", help="auditor.toml, or pyproject.toml with a \\[tool.auditor] table."),
]
Grade = Annotated[
    bool,
    typer.Option(
        "--grade/--no-grade", help="Grade rows (heuristic offline unless an LLM is configured)."
    ),
]
Offline = Annotated[bool, typer.Option("--offline", help="Never call an LLM.")]
Corpus = Annotated[
    bool,
    typer.Option("--corpus/--no-corpus", help="Corpus rules (T106) over the changed documents."),
]
RetryErrors = Annotated[
    bool,
    typer.Option(
        "--retry-errors", help="Process again files recorded as errors (also quarantined)."
    ),
]
Force = Annotated[bool, typer.Option("--force", help="Process every file again.")]
Prune = Annotated[
    bool, typer.Option("--prune", help="Remove stored documents whose file under ROOT is gone.")
]
LimitTime = Annotated[
    float | None, typer.Option("--limit-time", help="Seconds per file (0 = none).")
]
LimitMemory = Annotated[
    str | None, typer.Option("--limit-memory", help="Memory per worker, e.g. 2GiB.")
]
LimitSize = Annotated[str | None, typer.Option("--limit-size", help="File size, e.g. 200MB.")]
Parts = Annotated[
    Path | None,
    typer.Option("--parts", help="Ray: folder on shared storage for the Parquet partitions."),
]
CommitSeconds = Annotated[
    float,
    typer.Option("--commit-seconds", min=0.1, help="Commit results to the store this often."),
]


def _batch_config(
    config_file: Path | None,
    offline: bool,
    limit_time: float | None,
    limit_memory: str | None,
    limit_size: str | None,
) -> AuditConfig:
    """The configuration file with the command line's offline switch and per-file limits."""
    limits = {"time": limit_time, "memory": limit_memory, "size": limit_size}
    overrides: dict[str, Any] = {"limits": {k: v for k, v in limits.items() if v is not None}}
    if offline:
        overrides["offline"] = True
    if not overrides["limits"]:
        overrides.pop("limits")
    return _load_config(config_file, overrides)


def batch_cmd(
    root: Root,
    db: Db = Path("auditor.duckdb"),
    workers: Workers = 0,
    executor: Executor = "local",
    county_part: CountyPart = None,
    config_file: ConfigFile = None,
    grade: Grade = True,
    offline: Offline = False,
    corpus: Corpus = True,
    retry_errors: RetryErrors = False,
    force: Force = False,
    prune: Prune = False,
    limit_time: LimitTime = None,
    limit_memory: LimitMemory = None,
    limit_size: LimitSize = None,
    parts: Parts = None,
    commit_seconds: CommitSeconds = 10.0,
) -> None:
    """Audit a folder of disclosures into a DuckDB store: parallel, incremental, resumable."""
    from auditor.batch.plan import NoInputs
    from auditor.batch.runner import EXECUTORS, run_batch
    from auditor.store import StoreError

    if executor not in EXECUTORS:
        raise _fail(f"未知执行器 {executor}（可选: {', '.join(EXECUTORS)}）")
    if not root.is_dir():
        raise _fail(f"不是文件夹: {root}")
    config = _batch_config(config_file, offline, limit_time, limit_memory, limit_size)
    bcfg = config.batch
    if county_part is None:
        county_part = bcfg.county_part
    if workers <= 0:
        import os

        workers = bcfg.workers or (os.cpu_count() or 1)
    progress = _Progress()
    try:
        with progress.bar, _terminate_as_interrupt():
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
                prune=prune,
                on_start=progress.start,
                on_result=progress.result,
                parts_dir=parts,
                commit_seconds=commit_seconds,
            )
    except (KeyboardInterrupt, _Interrupted):
        err.print(
            "已中断：已写入的文档保留在数据库中，运行记录标为 interrupted；再次运行将从中断处继续。",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(130) from None
    except (StoreError, NoInputs, RuntimeError) as exc:
        raise _fail(str(exc)) from None
    _summary(res, db)
    if res.n_errors and not (res.n_done or res.n_reused or res.n_skipped):
        # the same rule as `auditor audit`: a run in which no file could be processed is exit 2
        raise _fail("没有一个文件能够处理（见上方的错误）")


def _summary(res: BatchResult, db: Path) -> None:
    for run_id in res.interrupted_runs:
        err.print(f"注意：上次运行 {run_id} 未正常结束，已标为 interrupted；本次已继续处理。")
    if res.skipped_inputs:
        err.print(f"未读取 {len(res.skipped_inputs)} 个文件：", highlight=False, soft_wrap=True)
        for check in res.skipped_inputs:
            err.print(f"  {escape(check.message())}", highlight=False, soft_wrap=True)
    corpus_txt = (
        "未运行（文档未变化）" if res.n_corpus_findings is None else f"{res.n_corpus_findings} 条"
    )
    err.print(
        f"完成：{res.n_files} 个文件，处理 {res.n_done}，复用相同内容 {res.n_reused}，"
        f"跳过（未变化或已记录的错误）{res.n_skipped}，出错 {res.n_errors}；"
        f"跨文档问题（T106）{corpus_txt}；{res.seconds:.1f} 秒"
        f"（{res.docs_per_second:.1f} 文档/秒）→ {db}",
        highlight=False,
        soft_wrap=True,
    )
    if res.n_pruned:
        err.print(
            f"已移除 {res.n_pruned} 个文件已不存在的文档（--prune）。",
            highlight=False,
            soft_wrap=True,
        )
    if res.workers_replaced:
        err.print(
            f"有 {res.workers_replaced} 个工作进程终止后被替换。", highlight=False, soft_wrap=True
        )
    if res.n_quarantined:
        err.print(
            f"{res.n_quarantined} 个文件曾两次导致工作进程终止，已隔离不再重试（--retry-errors 可重试）。",
            highlight=False,
            soft_wrap=True,
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
    from auditor.store import StoreError

    try:
        written = write_batch_report(db, out, top=top, parquet=parquet)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    for p in written:
        err.print(f"报告: {p}", highlight=False, soft_wrap=True)
