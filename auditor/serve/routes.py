"""Pages and downloads (GET), and the route table of the web app.

URL layout (an audit's pages mirror the report files, so the report templates' relative links
work unchanged):

  /                               upload + recent audits        /history?unit=&project=
  /jobs/{id}                      progress of an upload         /api/jobs/{id} (JSON)
  /audits/{id}/                   -> the document, or the overview of several
  /audits/{id}/index.html         overview (several documents)
  /audits/{id}/{slug}.html        one document with the reviewer's controls
  /audits/{id}/{slug}.xlsx|.md|.json, audit.xlsx|audit.json|summary.md   downloads
  /audits/{id}/baseline.json      the reviewer's waivers (auditor audit --baseline)
  /opinions/{id}.docx             an issued 审核意见        /revisions/{id}   a revision check
POST routes are in auditor/serve/actions.py.
"""

from __future__ import annotations

import datetime as _dt
import json
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from auditor.report import doc_charts, index_context, render_markdown, report_json
from auditor.report.view import DocView, build_doc_view, slugs_for
from auditor.report.xlsx import write_xlsx
from auditor.rules.baseline import write_baseline
from auditor.scoring import formula_text
from auditor.serve import actions
from auditor.serve.history import StoredAudit
from auditor.serve.review import Review, add_review_sheet, waived_documents
from auditor.serve.state import AppState, state_of

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REPORT_ASSETS = {"filter.js": "_filter.js", "sort.js": "_sort.js"}


def attachment(data: bytes | str, filename: str, media_type: str) -> Response:
    """A download; the name is ASCII-safe plus its UTF-8 form (RFC 6266)."""
    ascii_name = "".join(
        c if (c.isascii() and c.isalnum()) or c in "-_." else "_" for c in filename
    )
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type, headers={"content-disposition": disposition})


def not_found(request: Request, what: str) -> Response:
    return state_of(request).render(request, "message.html.j2", 404, title="未找到", message=what)


async def home(request: Request) -> Response:
    desk = state_of(request)
    s = desk.settings
    return desk.render(
        request,
        "home.html.j2",
        recent=desk.history.list_audits(limit=12),
        max_mb=s.max_upload_bytes / 1000**2,
        max_documents=s.max_documents,
        accept=",".join(actions.ACCEPTED_SUFFIXES),
    )


async def history_page(request: Request) -> Response:
    desk = state_of(request)
    unit = request.query_params.get("unit", "").strip()[:100]
    project = request.query_params.get("project", "").strip()[:100]
    audits = desk.history.list_audits(unit=unit, project=project)
    return desk.render(request, "history.html.j2", audits=audits, unit=unit, project=project)


async def job_page(request: Request) -> Response:
    desk = state_of(request)
    job = desk.jobs().get(request.path_params["job_id"])
    if job is None:
        return not_found(request, "没有这个审核任务（服务重启后进行中的任务不保留）")
    return desk.render(request, "job.html.j2", job=job.public())


async def job_api(request: Request) -> Response:
    job = state_of(request).jobs().get(request.path_params["job_id"])
    if job is None:
        return JSONResponse({"error": "没有这个审核任务"}, 404)
    return JSONResponse(job.public())


async def health(request: Request) -> Response:
    runner = state_of(request).runner
    return JSONResponse({"ready": bool(runner and runner.is_ready())})


async def report_asset(request: Request) -> Response:
    """The report's own scripts, served as files so the page needs no inline script."""
    name = REPORT_ASSETS.get(request.path_params["name"])
    if name is None:
        return Response("", 404)
    env = state_of(request).env
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)
    return Response(source, media_type="text/javascript; charset=utf-8")


# --- an audit's pages and files ------------------------------------------------------------------


def _views(audit: StoredAudit) -> list[DocView]:
    return [build_doc_view(d, s) for d, s in zip(audit.docs, slugs_for(audit.docs))]


def _meta(audit: StoredAudit) -> dict[str, Any]:
    return {**audit.meta, "formula": formula_text("zh")}


def _desk_context(request: Request, audit: StoredAudit, seq: int | None) -> dict[str, Any]:
    desk = state_of(request)
    return {
        "audit": audit,
        "seq": seq,
        "errors_public": audit.errors,
        "opinions": desk.history.opinions_of(audit.audit_id),
        "revisions": desk.history.revisions_of(audit.audit_id),
        "today": _dt.date.today().isoformat(),
    }


async def audit_root(request: Request) -> Response:
    audit = state_of(request).audit(request.path_params["audit_id"])
    if audit is None:
        return not_found(request, "没有这次审核记录")
    page = "index.html" if len(audit.docs) > 1 else f"{slugs_for(audit.docs)[0]}.html"
    return RedirectResponse(f"/audits/{audit.audit_id}/{page}", status_code=303)


async def audit_file(request: Request) -> Response:
    desk = state_of(request)
    audit = desk.audit(request.path_params["audit_id"])
    if audit is None:
        return not_found(request, "没有这次审核记录")
    name = request.path_params["name"]
    stem, _, ext = name.rpartition(".")
    meta = _meta(audit)
    views = _views(audit)
    if ext == "html":
        return _page(request, audit, views, stem, meta)
    if stem == "baseline" and ext == "json":
        return _baseline(audit, desk)
    if stem in ("audit", "summary"):
        return _overview_download(audit, views, meta, name, desk)
    seq = next((i for i, v in enumerate(views) if v.slug == stem), None)
    if seq is None:
        return not_found(request, f"这次审核中没有文件 {name}")
    return _document_download(audit, seq, views[seq], meta, ext, desk)


def _page(
    request: Request, audit: StoredAudit, views: list[DocView], stem: str, meta: dict[str, Any]
) -> Response:
    desk = state_of(request)
    if stem == "index":
        ctx = index_context(views, audit.errors, meta)
        return desk.render(
            request, "review_index.html.j2", **ctx, **_desk_context(request, audit, None)
        )
    seq = next((i for i, v in enumerate(views) if v.slug == stem), None)
    if seq is None:
        return not_found(request, "这次审核中没有这份文档")
    view = views[seq]
    return desk.render(
        request,
        "review_document.html.j2",
        v=view,
        meta=meta,
        multi=len(views) > 1,
        **doc_charts(view),
        **_desk_context(request, audit, seq),
    )


def _review(audit: StoredAudit, desk: AppState) -> Review:
    return Review.model_validate(desk.history.load_review(audit.audit_id))


def _xlsx(
    audit: StoredAudit, numbered: list[tuple[int, Any]], meta: dict[str, Any], desk: AppState
) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.xlsx"
        write_xlsx([d for _, d in numbered], path, meta)
        add_review_sheet(str(path), numbered, _review(audit, desk))
        return path.read_bytes()


def _document_download(
    audit: StoredAudit, seq: int, view: DocView, meta: dict[str, Any], ext: str, desk: AppState
) -> Response:
    doc = audit.docs[seq]
    if ext == "xlsx":
        return attachment(_xlsx(audit, [(seq, doc)], meta, desk), f"{view.slug}.xlsx", XLSX)
    if ext == "md":
        return attachment(
            render_markdown(view, meta), f"{view.slug}.md", "text/markdown; charset=utf-8"
        )
    if ext == "json":
        body = json.dumps(report_json([doc], [], meta), ensure_ascii=False, indent=2)
        return attachment(body, f"{view.slug}.json", "application/json")
    return Response("", 404)


def _overview_download(
    audit: StoredAudit, views: list[DocView], meta: dict[str, Any], name: str, desk: AppState
) -> Response:
    if name == "audit.json":
        body = json.dumps(report_json(audit.docs, [], meta), ensure_ascii=False, indent=2)
        return attachment(body, name, "application/json")
    if name == "audit.xlsx":
        return attachment(_xlsx(audit, list(enumerate(audit.docs)), meta, desk), name, XLSX)
    if name == "summary.md":
        ctx = index_context(views, audit.errors, meta)
        text = desk.md_env.get_template("summary.md.j2").render(**ctx)
        return attachment(text, name, "text/markdown; charset=utf-8")
    return Response("", 404)


def _baseline(audit: StoredAudit, desk: AppState) -> Response:
    waived = waived_documents(audit.docs, _review(audit, desk))
    with tempfile.TemporaryDirectory() as tmp:
        path = write_baseline(waived, Path(tmp) / "baseline.json")
        return attachment(path.read_bytes(), "baseline.json", "application/json")


async def opinion_file(request: Request) -> Response:
    found = state_of(request).history.load_opinion(request.path_params["opinion_id"])
    if found is None:
        return not_found(request, "没有这份审核意见")
    return attachment(found[1], "审核意见.docx", DOCX)


async def revision_page(request: Request) -> Response:
    desk = state_of(request)
    found = desk.history.load_revision(request.path_params["revision_id"])
    if found is None:
        return not_found(request, "没有这次复核记录")
    return desk.render(request, "revision.html.j2", r=found)


async def favicon(request: Request) -> Response:
    return Response(status_code=204)


ROUTES = [
    Route("/", home),
    Route("/favicon.ico", favicon),
    Route("/history", history_page),
    Route("/jobs/{job_id:str}", job_page),
    Route("/api/jobs/{job_id:str}", job_api),
    Route("/api/health", health),
    Route("/api/audits/{audit_id:str}/review", actions.review_get, methods=["GET"]),
    Route("/api/audits/{audit_id:str}/review", actions.review_update, methods=["POST"]),
    Route("/audits", actions.upload, methods=["POST"]),
    Route("/audits/{audit_id:str}/revise", actions.revise, methods=["POST"]),
    Route("/audits/{audit_id:str}/opinion", actions.opinion, methods=["POST"]),
    Route("/audits/{audit_id:str}/", audit_root),
    Route("/audits/{audit_id:str}/{name:str}", audit_file),
    Route("/opinions/{opinion_id:str}.docx", opinion_file),
    Route("/revisions/{revision_id:str}", revision_page),
    Route("/static/report/{name:str}", report_asset),
    Mount("/static", StaticFiles(packages=[("auditor.serve", "static")]), name="static"),
]
