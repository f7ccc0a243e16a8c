"""`auditor extract`: the rows of every performance table (JSON contract or a readable table)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table as RichTable

from auditor.cli.common import EXIT_ERROR, out_console, progress, usage_error
from auditor.cli.machine import doc_json, dump
from auditor.cli.terminal import print_inputs
from auditor.ingest import scan_inputs
from auditor.models import Document
from auditor.pipeline import extract_many


def _print_tables(docs: list[Document]) -> None:
    con = out_console()
    for d in docs:
        con.print(
            f"[bold]{escape(d.source)}[/bold]  单位: {escape(d.unit or '')}  年度: {d.year}"
            f"  版式: {escape(d.layout)}"
        )
        tab = RichTable("表", "类型", "项目", "预算(万元)", "行数")
        tab.columns[2].overflow = "fold"
        for t in d.tables:
            tab.add_row(
                str(t.index),
                t.kind,
                escape(t.project),
                "" if t.budget_wan is None else f"{t.budget_wan:g}",
                str(len(t.rows)),
            )
        con.print(tab)
        for w in d.warnings:
            con.print(f"[yellow]提示[/yellow] {escape(w)}")


def extract_cmd(
    files: list[Path] = typer.Argument(..., help="Files or folders (.txt .docx .xlsx .pdf ...)."),
    format: str = typer.Option("json", "--format", "-f", help="json (the contract) or table."),
) -> None:
    """Extract every performance table into rows (JSON contract or a readable table)."""
    fmt = format.strip().lower()
    if fmt not in ("json", "table"):
        raise usage_error(f"选项 --format 的取值 {format!r} 无效，可选：json、table")
    paths, skipped = scan_inputs(files)
    with progress(len(paths), "提取") as prog:
        task = prog.add_task("提取", total=len(paths))
        docs, errors = extract_many(paths, on_progress=lambda p: prog.advance(task))
    if fmt == "json":
        print(dump({"documents": [doc_json(d, False) for d in docs]}))
    else:
        _print_tables(docs)
    print_inputs(errors, skipped)
    if errors or not paths:
        raise typer.Exit(EXIT_ERROR)
