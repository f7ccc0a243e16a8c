"""`auditor eval …`: benchmark runs against the human gold (typer sub-app, registered in auditor.cli).

    auditor eval [run] [--model M]… [--out DIR] [--fail-under METRIC=MIN]…   run + score + compare
    auditor eval rescore RUN                       recompute metrics from samples.jsonl (no model call)
    auditor eval compare RUN_A RUN_B               metric deltas and flipped items
    auditor eval validate FILE                     schema/label/hash check of a dataset or item file
    auditor eval import-gold DIR                   (re)build eval/datasets/gold.jsonl from seed files
    auditor eval gate [NAME]…                      the offline runs of eval/gates.toml with their thresholds
    auditor eval draft FILE                        a new item pre-filled from the extractor, to label
    auditor eval add ITEM                          add (or replace) a labelled item in the dataset

Exit codes: 0 ok, 1 a --fail-under threshold missed (or validation problems), 2 bad input/usage.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

eval_app = typer.Typer(
    add_completion=False,
    help="Benchmark runs: score the rules and graders (offline + LLMs) against human gold, side by side.",
)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

KEY_METRICS = [
    ("grading", "exact"),
    ("grading", "within_one"),
    ("grading", "qwk"),
    ("grading", "spearman"),
    ("grading", "coverage"),
    ("rewrites", "valid_rate"),
    ("goals", "G701.f1"),
    ("goals", "G701.kappa"),
    ("goals", "G702.f1"),
    ("goals", "G702.kappa"),
    ("usage", "prompt_tokens"),
    ("usage", "completion_tokens"),
    ("usage", "cache_hits"),
    ("usage", "latency_s"),
]
SHARED_METRICS = [
    "extraction.tables.f1",
    "extraction.rows.f1",
    "extraction.fields.all",
    "rules.micro.precision",
    "rules.micro.recall",
    "rules.micro.f1",
    "rules.macro_f1",
]


def _fmt(v: object) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def print_summary(metrics: dict[str, Any], run_dir: Path | None = None) -> None:
    flat = metrics["flat"]
    models = metrics.get("models") or []
    tab = RichTable("metric", "value", title="extraction + rules")
    for k in SHARED_METRICS:
        ci = None
        if k.startswith("rules.micro."):
            ci = (metrics["rules"]["micro"].get("ci") or {}).get(k.rsplit(".", 1)[1])
        tab.add_row(k, _fmt(flat.get(k)) + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""))
    out.print(tab)
    tab = RichTable("metric", *models, title="graders (models as columns)")
    for group, name in KEY_METRICS:
        tab.add_row(f"{group}.{name}", *[_fmt(flat.get(f"{group}.{m}.{name}")) for m in models])
    out.print(tab)
    if run_dir is not None:
        out.print(f"run: {run_dir}  (comparison.html, comparison.md, metrics.json)")
    fu = metrics.get("fail_under") or {}
    for f in fu.get("failures") or []:
        err.print(f"[red]fail-under[/red] {escape(str(f))}", highlight=False)
    if fu.get("thresholds") and not fu.get("failures"):
        out.print(f"fail-under: all {len(fu['thresholds'])} thresholds met")


def _exit_for(failures: list[str]) -> None:
    if any("no such metric" in f for f in failures):
        raise typer.Exit(2)
    if failures:
        raise typer.Exit(1)


def _run(
    ctx: typer.Context,
    dataset: Path = typer.Option(
        None, "--dataset", "-d", help="Dataset file (default eval/datasets/gold.jsonl)."
    ),
    model: list[str] = typer.Option(
        [],
        "--model",
        "-m",
        help="Grader column, repeatable: [ALIAS=]MODEL@BASE_URL. The offline grader is always a column.",
    ),
    out_dir: Path | None = typer.Option(
        None, "--out", "-o", help="Run directory (default eval/runs/<timestamp>-<hash>/)."
    ),
    input: str = typer.Option(
        "extracted",
        "--input",
        help="extracted: run the extractor on the source files; gold: use the gold extraction.",
    ),
    item: list[str] = typer.Option([], "--item", help="Only these item ids (repeatable)."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N items."),
    bootstrap: int = typer.Option(
        1000, "--bootstrap", help="Bootstrap resamples for confidence intervals (0 = none)."
    ),
    bootstrap_unit: str = typer.Option(
        "table", "--bootstrap-unit", help="Resample 'table's or 'document's."
    ),
    seed: int = typer.Option(0, "--seed", help="Bootstrap seed."),
    fail_under: list[str] = typer.Option(
        [],
        "--fail-under",
        help="METRIC=MIN, repeatable (names: metrics.json 'flat'); exit 1 when missed.",
    ),
    config_file: Path | None = typer.Option(
        None,
        "--config",
        help="auditor.toml / pyproject.toml (tool.auditor; its llm section sets endpoint defaults).",
    ),
    corpus: Path | None = typer.Option(
        None,
        "--corpus",
        help="Folder of the source files (default: the dataset's own folder, see eval/README.md).",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines."),
) -> None:
    """Run the benchmark: extraction, rules and every grader vs the gold; write a run directory."""
    if ctx.invoked_subcommand is not None:
        return
    from auditor.evaluation.dataset import DatasetError, load_dataset
    from auditor.evaluation.run import run_eval

    try:
        ds = load_dataset(dataset).select(item or None, limit)
        res = run_eval(
            ds,
            model,
            out_dir,
            config_file=config_file,
            corpus_dir=corpus,
            input=input,
            bootstrap=bootstrap,
            seed=seed,
            unit=bootstrap_unit,
            fail_under=fail_under,
            progress=None
            if quiet
            else (lambda msg: err.print(f"[dim]{escape(msg)}[/dim]", highlight=False)),
        )
    except DatasetError as exc:
        for p in exc.problems:
            err.print(f"[red]dataset[/red] {escape(str(p))}", highlight=False)
        raise typer.Exit(2) from None
    except (ValueError, KeyError, OSError) as exc:
        err.print(f"[red]错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    print_summary(res.metrics, res.run_dir)
    _exit_for(res.failures)


eval_app.callback(invoke_without_command=True)(_run)
eval_app.command("run")(_run)


@eval_app.command()
def rescore(
    run_dir: Path = typer.Argument(..., help="A run directory."),
    dataset: Path | None = typer.Option(
        None, "--dataset", "-d", help="Score against this dataset instead of the run's copy."
    ),
    fail_under: list[str] = typer.Option(
        [], "--fail-under", help="METRIC=MIN, repeatable (default: the run's own)."
    ),
    bootstrap: int | None = typer.Option(
        None, "--bootstrap", help="Override the number of bootstrap resamples."
    ),
) -> None:
    """Recompute metrics.json and the comparison from samples.jsonl — no extraction, rules or model call."""
    from auditor.evaluation.dataset import DatasetError, load_dataset
    from auditor.evaluation.run import rescore as _rescore

    try:
        ds = load_dataset(dataset) if dataset else None
        res = _rescore(run_dir, ds, fail_under or None, bootstrap)
    except DatasetError as exc:
        for p in exc.problems:
            err.print(f"[red]dataset[/red] {escape(str(p))}", highlight=False)
        raise typer.Exit(2) from None
    except (ValueError, OSError) as exc:
        err.print(f"[red]错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    print_summary(res.metrics, res.run_dir)
    _exit_for(res.failures)


@eval_app.command()
def compare(
    run_a: Path = typer.Argument(..., help="Baseline run directory."),
    run_b: Path = typer.Argument(..., help="New run directory."),
    limit: int = typer.Option(30, "--limit", help="Flipped items to list per group."),
    as_json: bool = typer.Option(False, "--json", help="Print the full comparison as JSON."),
) -> None:
    """Metric deltas (B − A) and the items whose outcome flipped (rules TP/FP/FN, grade right/wrong, G701/G702)."""
    from auditor.evaluation.report import compare_markdown
    from auditor.evaluation.run import compare_runs

    try:
        cmp = compare_runs(run_a, run_b)
    except (OSError, ValueError, KeyError) as exc:
        err.print(f"[red]错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(cmp, ensure_ascii=False, indent=2))
    else:
        print(compare_markdown(cmp, limit))


@eval_app.command()
def validate(
    file: Path = typer.Argument(..., help="Dataset (.jsonl) or a single item (.json) to check."),
    corpus: Path | None = typer.Option(
        None,
        "--corpus",
        help="Folder of the source files (default: the dataset's own folder, see eval/README.md).",
    ),
    no_source: bool = typer.Option(
        False, "--no-source-check", help="Do not check the source files' sha256."
    ),
    rehash: bool = typer.Option(
        False, "--rehash", help="Rewrite the header (content hash, counts) after a hand edit."
    ),
    version: str | None = typer.Option(
        None, "--version", help="With --rehash: the new dataset_version."
    ),
) -> None:
    """Check a dataset or item file: schema, indexes, known codes at allowed scopes, source sha256, content hash."""
    from auditor.evaluation.dataset import corpus_for, make_header, parse_dataset, write_dataset

    head, _ = parse_dataset(file, corpus=None, check_hash=False)
    source_dir = corpus or corpus_for(file, head.header if head else None)
    ds, problems = parse_dataset(
        file, corpus=None if no_source else source_dir, check_hash=not rehash
    )
    for p in problems:
        err.print(f"[red]✗[/red] {escape(str(p))}", highlight=False)
    if problems or ds is None:
        err.print(f"{file}: {len(problems)} problem(s)")
        raise typer.Exit(1)
    if rehash:
        h = ds.header
        hdr = make_header(
            ds.items,
            version or h.dataset_version,
            dataset=h.dataset,
            description=h.description,
            source=h.source,
        )
        write_dataset(file, hdr, ds.items)
        out.print(
            f"{file}: header rewritten, dataset_version {hdr.dataset_version}, {hdr.content_hash[:19]}…"
        )
    rows = sum(it.n_rows() for it in ds.items)
    out.print(
        f"[green]✓[/green] {file}: {len(ds.items)} item(s), {sum(len(it.tables) for it in ds.items)} tables, "
        f"{rows} rows; dataset_version {ds.header.dataset_version}"
    )


@eval_app.command("import-gold")
def import_gold_cmd(
    gold_dir: Path = typer.Argument(
        ...,
        help="Folder with seed_rows.jsonl, seed_tables.json, seed_labels.jsonl, seed_project_labels.jsonl.",
    ),
    out_file: Path = typer.Option(
        None, "--out", "-o", help="Dataset file to write (default eval/datasets/gold.jsonl)."
    ),
    corpus: Path | None = typer.Option(
        None,
        "--corpus",
        help="Folder of the source files (default: the dataset's own folder, see eval/README.md).",
    ),
    version: str = typer.Option("1.0", "--version", help="dataset_version to record."),
) -> None:
    """(Re)build the eval dataset from gold seed files (deterministic: same input, same bytes)."""
    from auditor.evaluation.convert import import_gold
    from auditor.evaluation.dataset import DEFAULT_CORPUS, DEFAULT_DATASET, write_dataset

    try:
        header, items = import_gold(gold_dir, corpus or DEFAULT_CORPUS, version)
    except (OSError, ValueError, KeyError) as exc:
        err.print(f"[red]错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    path = write_dataset(out_file or DEFAULT_DATASET, header, items)
    out.print(
        f"{path}: {header.n_items} items, {header.n_tables} tables, {header.n_rows} rows, "
        f"dataset_version {header.dataset_version}, {header.content_hash[:19]}…"
    )


@eval_app.command()
def draft(
    file: Path = typer.Argument(
        ..., help="A newly collected disclosure (copy it into samples/corpus first)."
    ),
    out_file: Path | None = typer.Option(
        None, "--out", "-o", help="Item file to write (default: stdout)."
    ),
    item_id: str | None = typer.Option(None, "--id", help="Item id (default: the file's stem)."),
) -> None:
    """Write a new dataset item pre-filled from the extractor, with empty labels for a reviewer."""
    from auditor.evaluation.convert import draft_item

    try:
        item = draft_item(file, item_id)
    except Exception as exc:
        msg = exc.message() if hasattr(exc, "message") and callable(exc.message) else str(exc)
        err.print(f"[red]错误[/red] {escape(str(msg))}", highlight=False)
        raise typer.Exit(2) from None
    text = json.dumps(item.model_dump(mode="json"), ensure_ascii=False, indent=2)
    if out_file:
        out_file.write_text(text + "\n", encoding="utf-8")
        out.print(f"{out_file}: {len(item.tables)} tables, {item.n_rows()} rows to label")
    else:
        print(text)


@eval_app.command()
def add(
    item_file: Path = typer.Argument(
        ..., help="A labelled item (.json), e.g. from `auditor eval draft`."
    ),
    dataset: Path | None = typer.Option(
        None, "--dataset", "-d", help="Dataset to extend (default eval/datasets/gold.jsonl)."
    ),
    version: str = typer.Option(
        ..., "--version", help="The new dataset_version (bump it: labels changed)."
    ),
    corpus: Path | None = typer.Option(
        None,
        "--corpus",
        help="Folder of the source files (default: the dataset's own folder, see eval/README.md).",
    ),
) -> None:
    """Validate an item and add it to the dataset (replacing an item with the same id); rehash the header."""
    from auditor.evaluation.dataset import (
        DEFAULT_DATASET,
        corpus_for,
        load_dataset,
        make_header,
        parse_dataset,
        write_dataset,
    )

    path = dataset or DEFAULT_DATASET
    head, _ = parse_dataset(path, corpus=None, check_hash=False)
    cdir = corpus or corpus_for(path, head.header if head else None)
    new, problems = parse_dataset(item_file, corpus=cdir)
    missing_spec = [
        f"table {t.table_index} row {r.row_index}: no specificity"
        for it in (new.items if new else [])
        for t in it.tables
        for r in t.rows
        if r.labels.specificity is None
    ]
    for p in problems + missing_spec[:20]:
        err.print(f"[red]✗[/red] {escape(str(p))}", highlight=False)
    if problems or missing_spec or new is None:
        raise typer.Exit(1)
    ds = load_dataset(path, corpus=cdir)
    ids = {it.id for it in new.items}
    items = [it for it in ds.items if it.id not in ids] + new.items
    h = ds.header
    hdr = make_header(items, version, dataset=h.dataset, description=h.description, source=h.source)
    write_dataset(path, hdr, items)
    out.print(f"{path}: {len(items)} items, dataset_version {version}, {hdr.content_hash[:19]}…")


@eval_app.command()
def gate(
    names: list[str] = typer.Argument(None, help="Gates to run (default: every gate)."),
    gates_file: Path | None = typer.Option(
        None, "--gates", help="Gates file (default eval/gates.toml)."
    ),
    out_root: Path | None = typer.Option(
        None, "--out", "-o", help="Folder for the run directories (default eval/runs/)."
    ),
    bootstrap: int = typer.Option(200, "--bootstrap", help="Bootstrap resamples (0 = none)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No per-gate summary tables."),
) -> None:
    """Offline runs of the gates in eval/gates.toml, each on its dataset with its thresholds."""
    from auditor.evaluation.dataset import DatasetError, load_dataset
    from auditor.evaluation.gates import GateError, load_gates
    from auditor.evaluation.run import RUNS_DIR, run_eval
    from auditor.evaluation.scanned import ScannedExtractor

    try:
        gates = load_gates(gates_file)
        # scanned gates (OCR, minutes) run only when named: `auditor eval gate scanned`
        chosen = [gates[n] for n in names] if names else [g for g in gates.values() if not g.scan]
    except KeyError as exc:
        err.print(f"[red]错误[/red] unknown gate {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    except GateError as exc:
        err.print(f"[red]错误[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    failed = False
    for g in chosen:
        out.print(f"[bold]gate {g.name}[/bold]: {g.dataset.name} — {escape(g.description)}")
        try:
            ds = load_dataset(g.dataset, corpus=g.corpus)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            run_dir = (out_root or RUNS_DIR) / f"gate-{g.name}-{stamp}"
            res = run_eval(
                ds,
                [],
                run_dir,
                corpus_dir=g.corpus,
                input=g.input,
                bootstrap=bootstrap,
                fail_under=g.fail_under,
                extractor=ScannedExtractor(ds) if g.scan else None,
            )
        except DatasetError as exc:
            for p in exc.problems:
                err.print(f"[red]dataset[/red] {escape(str(p))}", highlight=False)
            raise typer.Exit(2) from None
        if not quiet:
            print_summary(res.metrics, res.run_dir)
        for f in res.failures:
            err.print(f"[red]gate {g.name}[/red] {escape(f)}", highlight=False)
        if any("no such metric" in f for f in res.failures):
            raise typer.Exit(2)
        failed = failed or bool(res.failures)
        out.print(f"gate {g.name}: {'FAILED' if res.failures else 'ok'}")
    if failed:
        raise typer.Exit(1)
