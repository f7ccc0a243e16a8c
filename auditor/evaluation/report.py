"""The comparison table of a run (or of several runs' metrics): models as columns, metrics as rows.

Both renderings (comparison.md, comparison.html) come from one list of sections:
    summary per model   grading, rewrites, goal alignment, usage
    extraction          tables / rows / fields vs gold
    rules               micro / macro, by scope, by family, by code, by document, by 二级 category
    slices per model    grading by document, by defect family, by 二级 category;
                        goal alignment by document
The HTML is one self-contained file (inline CSS, no scripts, every text escaped).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment

JSON = dict[str, Any]
Section = dict[str, Any]  # {"title", "note", "columns": [...], "rows": [[label, cell, ...]]}
ModelCell = Callable[[str], str]


def fmt(v: object, digits: int = 3) -> str:
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def with_ci(m: JSON, key: str) -> str:
    v = fmt(m.get(key))
    ci = (m.get("ci") or {}).get(key)
    return f"{v} [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else v


def _prf_row(label: str, m: JSON, cell: Callable[[JSON, str], str] = with_ci) -> list[str]:
    counts = [m["tp"] + m["fn"], m["tp"] + m["fp"], m["tp"], m["fp"], m["fn"]]
    return [label, *map(str, counts), *(cell(m, k) for k in ("precision", "recall", "f1"))]


def _prf_rows(blocks: JSON, prefix: str = "") -> list[list[str]]:
    return [_prf_row(f"{prefix}{k}", m) for k, m in blocks.items()]


PRF_COLS = [
    "gold",
    "pred",
    "tp",
    "fp",
    "fn",
    "precision [95% CI]",
    "recall [95% CI]",
    "F1 [95% CI]",
]


def _goal_spec(go: JSON, c: str) -> list[tuple[str, ModelCell]]:
    def pr(m: str) -> str:
        return f"{fmt(go[m][c]['precision'])} / {fmt(go[m][c]['recall'])}"

    return [
        (f"goals {c}: accuracy", lambda m: fmt(go[m][c]["accuracy"])),
        (f"goals {c}: precision / recall", pr),
        (f"goals {c}: F1", lambda m: fmt(go[m][c]["f1"])),
        (f"goals {c}: Cohen κ", lambda m: fmt(go[m][c]["kappa"])),
    ]


def _grader_spec(metrics: JSON) -> list[tuple[str, ModelCell]]:
    g, rw, go, us = metrics["grading"], metrics["rewrites"], metrics["goals"], metrics["usage"]
    spec: list[tuple[str, ModelCell]] = [
        ("grading: rows graded / gold", lambda m: f"{g[m]['n']} / {g[m]['gold_rows']}"),
        ("grading: coverage", lambda m: fmt(g[m]["coverage"])),
        ("grading: exact accuracy [95% CI]", lambda m: with_ci(g[m], "exact")),
        ("grading: within-one accuracy", lambda m: fmt(g[m]["within_one"])),
        ("grading: mean absolute error", lambda m: fmt(g[m]["mae"])),
        ("grading: quadratic weighted κ [95% CI]", lambda m: with_ci(g[m], "qwk")),
        ("grading: Spearman ρ", lambda m: fmt(g[m]["spearman"])),
        ("rewrites: count", lambda m: fmt(rw[m]["n_rewrites"])),
        (
            "rewrites: share of weak gold rows (≤3) rewritten",
            lambda m: fmt(rw[m]["weak_rows_rewritten"]),
        ),
        ("rewrites: valid (all three checks)", lambda m: fmt(rw[m]["valid_rate"])),
        ("rewrites: pass the row rules", lambda m: fmt(rw[m]["passes_rules_rate"])),
        ("rewrites: keep the 二级 category", lambda m: fmt(rw[m]["keeps_category_rate"])),
        (
            "rewrites: comparator+number+unit or graded standard",
            lambda m: fmt(rw[m]["measurable_rate"]),
        ),
        (
            "grading: LLM answers replaced by the offline grader",
            lambda m: fmt(rw[m]["fallback_rate"]),
        ),
        ("goals: tables reviewed", lambda m: fmt(go[m]["coverage"])),
    ]
    for code in ("G701", "G702"):
        spec += _goal_spec(go, code)
    spec += [
        ("usage: requests", lambda m: fmt(us[m]["requests"])),
        (
            "usage: prompt / completion tokens",
            lambda m: f"{us[m]['prompt_tokens']} / {us[m]['completion_tokens']}",
        ),
        (
            "usage: prompt tokens from the provider's prefix cache",
            lambda m: fmt(us[m]["cached_tokens"]),
        ),
        ("usage: cache hits", lambda m: fmt(us[m]["cache_hits"])),
        ("usage: estimated cost", lambda m: fmt(us[m]["estimated_cost"], 4)),
        ("usage: grading time (s)", lambda m: fmt(us[m]["latency_s"], 2)),
        ("usage: items with errors", lambda m: fmt(us[m]["errors"])),
    ]
    return spec


def _graders_section(metrics: JSON, models: list[str]) -> Section:
    return {
        "title": "Graders side by side",
        "note": "Specificity 1–5 vs the human gold; G701/G702 from goal_review vs the gold project labels.",
        "columns": ["metric", *models],
        "rows": [[label] + [fn(m) for m in models] for label, fn in _grader_spec(metrics)],
    }


def _extraction_section(ex: JSON) -> Section:
    rows = [
        [
            f"{k}: precision / recall / F1",
            f"{fmt(ex[k]['precision'])} / {fmt(ex[k]['recall'])} / {fmt(ex[k]['f1'])}",
            f"{ex[k]['correct']} correct, {ex[k]['pred']} extracted, {ex[k]['gold']} gold",
        ]
        for k in ("tables", "rows")
    ]
    rows += [[f"row field: {k}", fmt(v), ""] for k, v in ex["fields"].items()]
    rows += [[f"table field: {k}", fmt(v), ""] for k, v in ex["table_fields"].items()]
    for d, e in ex["by_document"].items():
        rows.append(
            [
                f"document {d}: rows F1 / fields all",
                f"{fmt(e['rows']['f1'])} / {fmt(e['fields']['all'])}",
                f"tables {e['tables']['pred']}/{e['tables']['gold']}, rows {e['rows']['pred']}/{e['rows']['gold']}",
            ]
        )
    rows += [[f"document {d}: error", msg, ""] for d, msg in ex.get("errors", {}).items()]
    note = (
        "skipped: the rules and graders ran on the gold extraction (--input gold)."
        if ex.get("skipped")
        else f"input: {ex.get('input')}; field accuracy over gold rows (whitespace ignored)."
    )
    return {
        "title": "Extraction vs gold",
        "note": note,
        "columns": ["metric", "value", "detail"],
        "rows": rows,
    }


def _rules_sections(ru: JSON, b: JSON) -> list[Section]:
    rows = _prf_rows({"micro (all codes)": ru["micro"]})
    rows.append(["macro F1 over gold codes", "", "", "", "", "", "", "", fmt(ru.get("macro_f1"))])
    note = (
        f"95% percentile bootstrap over {b.get('unit')}s ({b.get('resamples')} resamples, seed {b.get('seed')}, "
        f"{b.get('clusters')} clusters)."
    )
    if ru.get("unscored"):
        note += (
            " Not scored: " + ", ".join(f"{k}×{v}" for k, v in sorted(ru["unscored"].items())) + "."
        )
    rows += _prf_rows(ru["by_scope"], "scope ") + _prf_rows(ru["by_family"], "family ")
    categories = [_prf_row(k, m, lambda m, key: fmt(m[key])) for k, m in ru["by_category"].items()]
    return [
        {"title": "Rules vs gold", "note": note, "columns": ["group", *PRF_COLS], "rows": rows},
        {
            "title": "Rules by code",
            "note": "",
            "columns": ["code", *PRF_COLS],
            "rows": _prf_rows(ru["by_code"]),
        },
        {
            "title": "Rules by document",
            "note": "",
            "columns": ["document", *PRF_COLS],
            "rows": _prf_rows(ru["by_document"]),
        },
        {
            "title": "Rules by 二级 category (row codes)",
            "note": "",
            "columns": ["category", *PRF_COLS],
            "rows": categories,
        },
    ]


def _grading_cell(s: JSON | None) -> str:
    if not s:
        return "–"
    return f"n={s['n']} exact {fmt(s['exact'])} ±1 {fmt(s['within_one'])} κw {fmt(s['qwk'])}"


def _grading_sections(g: JSON, models: list[str]) -> list[Section]:
    out = []
    for slice_key, title in (
        ("by_document", "document"),
        ("by_family", "gold defect family"),
        ("by_category", "二级 category"),
    ):
        keys = sorted({k for m in models for k in g[m].get(slice_key, {})})
        rows = [[k] + [_grading_cell(g[m].get(slice_key, {}).get(k)) for m in models] for k in keys]
        out.append(
            {"title": f"Grading by {title}", "note": "", "columns": [title, *models], "rows": rows}
        )
    return out


def _goal_cell(s: JSON | None) -> str:
    if not s:
        return "–"
    return " · ".join(
        f"{c} acc {fmt(s[c]['accuracy'])} (gold {s[c]['tp'] + s[c]['fn']}, pred {s[c]['tp'] + s[c]['fp']})"
        for c in ("G701", "G702")
    )


def _goals_section(go: JSON, models: list[str]) -> Section:
    docs = sorted({d for m in models for d in go[m].get("by_document", {})})
    rows = [[d] + [_goal_cell(go[m].get("by_document", {}).get(d)) for m in models] for d in docs]
    return {
        "title": "Goal alignment by document",
        "note": "",
        "columns": ["document", *models],
        "rows": rows,
    }


def build_sections(run: JSON, metrics: JSON) -> list[Section]:
    models: list[str] = metrics.get("models") or []
    return [
        _graders_section(metrics, models),
        _extraction_section(metrics["extraction"]),
        *_rules_sections(metrics["rules"], metrics.get("bootstrap", {})),
        *_grading_sections(metrics["grading"], models),
        _goals_section(metrics["goals"], models),
    ]


def header_lines(run: JSON, metrics: JSON) -> list[tuple[str, str]]:
    cv = run.get("code_version") or {}
    ds = run.get("dataset") or {}
    models = ", ".join(
        f"{m['name']} ({m['model']}{' @ ' + m['base_url'] if m.get('base_url') else ''})"
        for m in run.get("models", [])
    )
    out = [
        ("run", str(run.get("run_id"))),
        ("started", str(run.get("started"))),
        ("code version", f"{cv.get('describe')} ({(cv.get('commit') or '')[:12]})"),
        (
            "dataset",
            f"{ds.get('version')} {ds.get('content_hash', '')[:19]}… items: {', '.join(ds.get('items', []))}",
        ),
        ("input", str(run.get("input"))),
        ("models", models),
        (
            "prompt versions",
            ", ".join(
                f"{k}: {', '.join(v) or '–'}" for k, v in (run.get("prompt_versions") or {}).items()
            ),
        ),
    ]
    fu = metrics.get("fail_under") or {}
    if fu.get("thresholds"):
        out.append(
            (
                "fail-under",
                "PASSED" if not fu.get("failures") else "FAILED: " + "; ".join(fu["failures"]),
            )
        )
    return out


def to_markdown(run: JSON, metrics: JSON) -> str:
    lines = [f"# Benchmark run {run.get('run_id')}", ""]
    lines += [f"- **{k}**: {v}" for k, v in header_lines(run, metrics)]
    for s in build_sections(run, metrics):
        lines += ["", f"## {s['title']}", ""]
        if s["note"]:
            lines += [s["note"], ""]
        lines.append("| " + " | ".join(s["columns"]) + " |")
        lines.append("|" + "---|" * len(s["columns"]))
        for r in s["rows"]:
            lines.append(
                "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in r) + " |"
            )
    return "\n".join(lines) + "\n"


_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Benchmark run {{ run.run_id }}</title>
<style>
body{font-family:-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f7} tr:nth-child(even) td{background:#fafafa}
td:first-child{font-weight:500} .note{color:#555;font-size:12px} dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}
dt{font-weight:600} .fail{color:#b00020;font-weight:600}
</style></head><body>
<h1>Benchmark run {{ run.run_id }}</h1>
<dl>{% for k, v in header %}<dt>{{ k }}</dt><dd{% if v.startswith('FAILED') %} class="fail"{% endif %}>{{ v }}</dd>{% endfor %}</dl>
{% for s in sections %}<h2>{{ s.title }}</h2>{% if s.note %}<p class="note">{{ s.note }}</p>{% endif %}
<table><thead><tr>{% for c in s.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for r in s.rows %}<tr>{% for c in r %}<td>{{ c }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table>
{% endfor %}</body></html>
"""


def to_html(run: JSON, metrics: JSON) -> str:
    env = Environment(autoescape=True)
    return env.from_string(_HTML).render(
        run=run, header=header_lines(run, metrics), sections=build_sections(run, metrics)
    )


def write_comparison(run_dir: Path, run: JSON, metrics: JSON) -> tuple[Path, Path]:
    md = Path(run_dir) / "comparison.md"
    html = Path(run_dir) / "comparison.html"
    md.write_text(to_markdown(run, metrics), encoding="utf-8")
    html.write_text(to_html(run, metrics), encoding="utf-8")
    return md, html


def compare_markdown(cmp: JSON, limit: int = 30, threshold: float = 1e-9) -> str:
    lines = [f"# Compare {cmp['a']} → {cmp['b']}", ""]
    if cmp["dataset"]["a"] != cmp["dataset"]["b"]:
        lines += [
            "**Warning: the runs used different datasets** "
            f"({(cmp['dataset']['a'] or '')[:19]}… vs {(cmp['dataset']['b'] or '')[:19]}…)",
            "",
        ]
    changed = [d for d in cmp["deltas"] if d["delta"] is None or abs(d["delta"]) > threshold]
    if changed:
        lines += ["| metric | A | B | Δ (B − A) |", "|---|---|---|---|"]
    else:
        lines += ["No metric changed."]
    for d in changed:
        delta = "–" if d["delta"] is None else f"{d['delta']:+.4f}"
        lines.append(f"| {d['metric']} | {fmt(d['a'], 4)} | {fmt(d['b'], 4)} | {delta} |")
    lines += ["", f"{len(cmp['deltas']) - len(changed)} metrics unchanged.", ""]
    for group, flips in cmp["flips"].items():
        lines.append(f"## Flipped {group} items: {len(flips)}")
        for f in flips[:limit]:
            if group == "rules":
                lines.append(f"- {f['key']}: {f['a']} → {f['b']}")
            else:
                lines.append(
                    f"- [{f['model']}] {f['key']}: gold {f['gold']}, A {f['a']} → B {f['b']}"
                    f" ({'correct' if f['b_correct'] else 'wrong'} in B)"
                )
        if len(flips) > limit:
            lines.append(f"- … {len(flips) - limit} more")
        lines.append("")
    return "\n".join(lines)
