"""Shared pieces of the command line: consoles, usage errors, the progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

# Exit codes, the same for `audit`, `extract` and `batch` (README "Exit codes").
EXIT_CLEAN = 0  # no finding at or above --fail-on
EXIT_FINDINGS = 1  # findings at or above --fail-on
EXIT_ERROR = 2  # usage, configuration, input or internal error (an incomplete run never passes)

err = Console(stderr=True, highlight=False, soft_wrap=True)


def out_console() -> Console:
    """stdout console; off a terminal it does not wrap or cut (file and unit names stay whole)."""
    con = Console(highlight=False, soft_wrap=True)
    if not con.is_terminal:
        con = Console(highlight=False, soft_wrap=True, width=400)
    return con


def usage_error(message: str) -> typer.Exit:
    """Print a usage/configuration error (Chinese, markup-safe); return the Exit(2) to raise."""
    err.print(f"[red]用法错误[/red] {escape(message)}")
    return typer.Exit(EXIT_ERROR)


def say_error(label: str, message: str) -> None:
    err.print(f"[red]{escape(label)}[/red] {escape(message)}")


class _Hidden:
    """The progress bar of a run that shows none (one file, or stderr is not a terminal)."""

    def __enter__(self) -> _Hidden:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: float | None = None) -> TaskID:
        return cast("TaskID", 0)

    def advance(self, task: TaskID, advance: float = 1) -> None:
        return None


def progress(total: int, what: str) -> Progress | _Hidden:
    """A Chinese progress bar on stderr for runs of several files in a terminal. rich.progress
    loads only then: a one-file audit shows no bar and does not pay for its import."""
    if total < 2 or not err.is_terminal:
        return _Hidden()
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn(f"[bold]{escape(what)}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("剩余"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
