"""State-changing requests (POST): uploads, the reviewer's decisions, the opinion.

Each checks the CSRF token first (header X-CSRF-Token for fetch(), the csrf_token field for a
plain form). An upload is read within the request-size limit of the Guard, stored under hashed
names (auditor/serve/uploads.py) and handed to the worker pool; the answer is the progress page
(303) or, for fetch(), its URL as JSON.
"""

from __future__ import annotations

import datetime as _dt

from pydantic import ValidationError
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from auditor.ingest import SUPPORTED_SUFFIXES
from auditor.serve.jobs import new_id
from auditor.serve.opinion import OpinionSettings, build_opinion
from auditor.serve.review import Review, ReviewUpdate, apply_update, unit_opinion
from auditor.serve.security import CSRF_FIELD, check_csrf
from auditor.serve.state import state_of
from auditor.serve.uploads import Rejected, StoredFile

ACCEPTED_SUFFIXES = (*SUPPORTED_SUFFIXES, ".zip")
MAX_FORM_PARTS = 100
DEFAULT_REVIEWER = "（审核单位）"


def _refuse(request: Request, message: str, status: int = 400) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status)
    desk = state_of(request)
    return desk.render(request, "message.html.j2", status, title="无法处理", message=message)


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


async def _form(request: Request) -> FormData | Response:
    """The multipart form, CSRF-checked; a Response when refused."""
    try:
        form = await request.form(max_files=MAX_FORM_PARTS, max_fields=MAX_FORM_PARTS)
    except Exception:  # malformed multipart body (starlette raises its own errors)
        return _refuse(request, "上传内容格式错误，无法读取")
    supplied = form.get(CSRF_FIELD)
    if not check_csrf(request, supplied if isinstance(supplied, str) else None):
        return _refuse(request, "页面已过期或请求来源不明（CSRF 校验失败），请刷新页面后重试", 403)
    return form


async def _uploaded(
    request: Request, form: FormData
) -> tuple[list[StoredFile], list[Rejected]] | Response:
    desk = state_of(request)
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    uploads = [f for f in uploads if f.filename]
    if not uploads:
        return _refuse(request, "请选择要审核的文件")
    store = desk.uploads
    stored: list[StoredFile] = []
    rejected: list[Rejected] = []
    for part in uploads:
        data = await part.read()
        await part.close()
        ok, bad = store.accept(part.filename, data)
        stored += ok
        rejected += bad
    limit = desk.settings.max_documents
    if len(stored) > limit:
        return _refuse(request, f"一次最多审核 {limit} 份文件（本次 {len(stored)} 份）")
    if not stored:
        return _refuse(request, "；".join(r.message for r in rejected) or "没有可审核的文件")
    return stored, rejected


def _started(request: Request, job_id: str) -> Response:
    url = f"/jobs/{job_id}"
    if _wants_json(request):
        return JSONResponse({"job": job_id, "url": url}, 202)
    return RedirectResponse(url, status_code=303)


async def upload(request: Request) -> Response:
    form = await _form(request)
    if isinstance(form, Response):
        return form
    got = await _uploaded(request, form)
    if isinstance(got, Response):
        return got
    job = state_of(request).jobs().submit(*got)
    return _started(request, job.id)


async def revise(request: Request) -> Response:
    """A revised draft of an earlier audit: audited, then compared (revision check)."""
    desk = state_of(request)
    base = desk.audit(request.path_params["audit_id"])
    if base is None:
        return _refuse(request, "没有这次审核记录", 404)
    form = await _form(request)
    if isinstance(form, Response):
        return form
    got = await _uploaded(request, form)
    if isinstance(got, Response):
        return got
    job = desk.jobs().submit(*got, kind="revision", base_audit_id=base.audit_id)
    return _started(request, job.id)


async def review_get(request: Request) -> Response:
    desk = state_of(request)
    audit = desk.audit(request.path_params["audit_id"])
    if audit is None:
        return JSONResponse({"error": "没有这次审核记录"}, 404)
    return JSONResponse(desk.history.load_review(audit.audit_id) or Review().model_dump())


async def review_update(request: Request) -> Response:
    desk = state_of(request)
    if not check_csrf(request):
        return JSONResponse({"error": "CSRF 校验失败，请刷新页面"}, 403)
    audit = desk.audit(request.path_params["audit_id"])
    if audit is None:
        return JSONResponse({"error": "没有这次审核记录"}, 404)
    try:
        update = ReviewUpdate.model_validate_json(await request.body())
        review = Review.model_validate(desk.history.load_review(audit.audit_id))
        review = apply_update(review, update, audit.docs)
    except (ValidationError, ValueError) as exc:
        message = str(exc) if not isinstance(exc, ValidationError) else "审核决定的格式不正确"
        return JSONResponse({"error": message}, 400)
    desk.history.save_review(audit.audit_id, review.model_dump())
    return JSONResponse(review.model_dump())


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        return _dt.date.today()


async def opinion(request: Request) -> Response:
    """Write the 审核意见 (.docx) from the review, keep it, and send the reviewer to it."""
    desk = state_of(request)
    audit = desk.audit(request.path_params["audit_id"])
    if audit is None:
        return _refuse(request, "没有这次审核记录", 404)
    form = await _form(request)
    if isinstance(form, Response):
        return form
    fields = {k: str(form.get(k) or "")[:2000] for k in ("reviewer", "date", "comment", "doc")}
    review = Review.model_validate(desk.history.load_review(audit.audit_id))
    numbered = list(enumerate(audit.docs))
    if fields["doc"].isdigit() and int(fields["doc"]) < len(numbered):
        numbered = [numbered[int(fields["doc"])]]
    units = [unit_opinion(seq, doc, review) for seq, doc in numbered]
    reviewer = fields["reviewer"].strip() or DEFAULT_REVIEWER
    settings = OpinionSettings(reviewer, _date(fields["date"]), fields["comment"])
    data = build_opinion(units, settings)
    opinion_id = new_id()
    desk.history.save_opinion(
        opinion_id, audit.audit_id, reviewer, sum(u.n_items for u in units), data
    )
    return RedirectResponse(f"/opinions/{opinion_id}.docx", status_code=303)
