"""Reports: one self-contained HTML file per document, Markdown, JSON (the contract) and XLSX.

`write_reports(docs, out_dir, kinds, errors=..., config=...)` is the entry point used by
`auditor audit`; kinds ⊂ {html, md, json, xlsx}. For a run with several documents it also
writes `index.html` / `summary.md` ranking the documents, `audit.json` and `audit.xlsx`.

All document text is untrusted: the HTML templates run with jinja2 autoescape on (a cell that
contains `<script>` renders as text) and a Content-Security-Policy that forbids any network
access; Markdown escapes the characters that would break tables or inject HTML; XLSX cells are
written as strings (a value such as "=17个" never becomes a formula).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

import pydantic_core
from jinja2 import BaseLoader, Environment, PackageLoader, StrictUndefined

from auditor.config import AuditConfig
from auditor.llm.reasons import explain
from auditor.models import Document
from auditor.report.meta import run_meta
from auditor.report.view import FAMILY_ZH, SEVERITY_ZH, DocView, build_doc_view, slugs_for
from auditor.scoring import FAMILIES, SEVERITIES, aggregate, formula_text, score_document

KINDS = ("html", "md", "json", "xlsx")


class FileProblem(Protocol):
    """A file the run could not process (auditor.pipeline.FileError): listed, never a traceback."""

    source: str
    message: str
    kind: str


def public_error(e: FileProblem) -> dict[str, str]:
    """What reports show of a file that could not be processed (no traceback)."""
    return {"source": e.source, "message": e.message, "kind": e.kind}


__all__ = [
    "KINDS",
    "doc_charts",
    "formula_text",
    "index_context",
    "make_env",
    "render_html",
    "render_markdown",
    "report_json",
    "score_document",
    "write_reports",
]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def dump_json(data: Any) -> str:
    """Indented JSON, non-ASCII kept: the same text as json.dumps(ensure_ascii=False, indent=2),
    written by pydantic-core (about 6x faster; a compilation's report is tens of MB)."""
    text: str = pydantic_core.to_json(data, indent=2).decode("utf-8")
    return text


def md_escape(text: Any) -> str:
    """Escape text for Markdown tables and lists (no raw HTML, no broken pipes, one line)."""
    s = "" if text is None else str(text)
    s = re.sub(r"\s*[\r\n\f\v]+\s*", " ", s)
    return _MD_SPECIAL.sub(r"\\\1", s)


def _basename(s: str) -> str:
    return Path(str(s)).name


def make_env(html: bool, loader: BaseLoader | None = None) -> Environment:
    """The report templates' Jinja environment (filters, globals); `loader` lets a caller put its
    own templates in front of the report's (the web app extends document.html.j2)."""
    env = Environment(
        loader=loader or PackageLoader("auditor.report", "templates"),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["md"] = md_escape
    env.filters["mdcode"] = lambda s: str(s).replace("`", "'")
    env.filters["basename"] = _basename
    env.globals.update(severity_zh=SEVERITY_ZH, family_zh=FAMILY_ZH, families=FAMILIES)
    env.filters["fallback_zh"] = explain  # why a row was graded offline, in Chinese
    return env


_HTML_ENV: Environment | None = None
_MD_ENV: Environment | None = None


def _html_env() -> Environment:
    global _HTML_ENV
    if _HTML_ENV is None:
        _HTML_ENV = make_env(True)
    return _HTML_ENV


def _md_env() -> Environment:
    global _MD_ENV
    if _MD_ENV is None:
        _MD_ENV = make_env(False)
    return _MD_ENV


def _meta_line(meta: dict[str, Any]) -> str:
    u = meta["usage"]
    return (
        f"{meta['tool']} {meta['version']} · 规则 {meta['rules']} 条（启用 {meta['select']}） · 评分器 {'、'.join(meta['graders'])}"
        + (f" · 模型 {meta['model']}" if meta.get("model") else "")
        + (f" · 提示词 {'、'.join(meta['prompts'])}" if meta["prompts"] else "")
        + f" · tokens {u['prompt_tokens']}+{u['completion_tokens']} · 费用 {u['estimated_cost']:.4f} · {meta['date']}"
    )


def doc_charts(v: DocView) -> dict[str, Any]:
    """Chart data of document.html.j2 (family distribution, per-project scores)."""
    fam_items = [
        {"label": f"{x['family']} {x['label']}", "value": x["count"], "color": "#5d6d7e"}
        for x in v.family_svg
    ]
    table_items = [
        {"label": f"{t.table.index}. {t.table.project}", "value": t.score} for t in v.tables
    ]
    return {
        "fam_items": fam_items,
        "fam_max": max([i["value"] for i in fam_items] + [1]),
        "table_items": table_items,
    }


def render_html(view: DocView, meta: dict[str, Any], multi: bool = False) -> str:
    return (
        _html_env()
        .get_template("document.html.j2")
        .render(v=view, meta=meta, multi=multi, **doc_charts(view))
    )


def render_markdown(view: DocView, meta: dict[str, Any]) -> str:
    return (
        _md_env()
        .get_template("document.md.j2")
        .render(v=view, meta=meta, meta_line=_meta_line(meta))
    )


def report_json(
    docs: Iterable[Document],
    errors: Iterable[FileProblem] = (),
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON contract: {"meta", "score_formula", "documents": [Document...], "errors": [...]}."""
    out = {
        "meta": {k: v for k, v in (meta or {}).items() if k != "formula"},
        "score_formula": formula_text("zh"),
        "documents": [d.model_dump(mode="json") for d in docs],
        "errors": [public_error(e) for e in errors],
    }
    return out


def index_context(
    views: list[DocView], errors: list[dict[str, str]], meta: dict[str, Any]
) -> dict[str, Any]:
    """Template context of index.html.j2 / summary.md.j2 (the multi-document overview);
    `errors` in their public form (public_error)."""
    fam = {f: sum(v.by_family[f] for v in views) for f in FAMILIES}
    sev = {s: sum(v.by_severity[s] for v in views) for s in SEVERITIES}
    ranked = sorted(views, key=lambda v: (-v.score, v.name))
    return {
        "views": views,
        "ranked": ranked,
        "errors": list(errors),
        "meta": meta,
        "meta_line": _meta_line(meta),
        "sev": sev,
        "total_rows": sum(v.n_rows for v in views),
        "total_findings": sum(v.n_findings for v in views),
        "mean_score": aggregate(v.score for v in views),
        "score_items": [{"label": v.name, "value": v.score} for v in ranked],
        "fam_items": [{"label": f"{f} {FAMILY_ZH[f]}", "value": fam[f]} for f in FAMILIES],
        "fam_max": max(list(fam.values()) + [1]),
    }


def write_reports(
    docs: list[Document],
    out_dir: str | Path,
    kinds: Iterable[str],
    errors: Iterable[FileProblem] = (),
    config: AuditConfig | None = None,
) -> list[Path]:
    """Write the requested report kinds for `docs` into `out_dir`; return the written paths.

    Per document: <stem>.html / .md / .json / .xlsx. With more than one document also
    index.html (html), summary.md (md), audit.json (json) and audit.xlsx (xlsx).
    Scores are (re)computed here, so doc.score is set on return.
    """
    wanted = [k.strip().lower() for k in kinds if k and k.strip()]
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise ValueError(
            f"unknown report kind(s): {', '.join(unknown)} (choose from {', '.join(KINDS)})"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    problems = list(errors)
    meta = run_meta(docs, config)
    views = [build_doc_view(d, s) for d, s in zip(docs, slugs_for(docs))]
    multi = len(views) > 1
    written: list[Path] = []

    def _write(name: str, text: str) -> None:
        p = out / name
        p.write_text(text, encoding="utf-8")
        written.append(p)

    for v in views:
        if "html" in wanted:
            _write(f"{v.slug}.html", render_html(v, meta, multi))
        if "md" in wanted:
            _write(f"{v.slug}.md", render_markdown(v, meta))
        if "json" in wanted:
            _write(
                f"{v.slug}.json",
                dump_json(report_json([v.doc], [], meta)),
            )
        if "xlsx" in wanted:
            from auditor.report.xlsx import write_xlsx

            written.append(write_xlsx([v.doc], out / f"{v.slug}.xlsx", meta))
    if multi or problems:
        ctx = index_context(views, [public_error(e) for e in problems], meta)
        if "html" in wanted and multi:
            _write("index.html", _html_env().get_template("index.html.j2").render(**ctx))
        if "md" in wanted and multi:
            _write("summary.md", _md_env().get_template("summary.md.j2").render(**ctx))
        if "json" in wanted:
            _write(
                "audit.json",
                dump_json(report_json(docs, problems, meta)),
            )
        if "xlsx" in wanted and multi:
            from auditor.report.xlsx import write_xlsx

            written.append(write_xlsx(docs, out / "audit.xlsx", meta))
    return written
