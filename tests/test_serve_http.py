"""The web app over HTTP (Starlette's TestClient, the real worker pool): guards, the audit ->
review -> opinion -> revision loop, downloads read back, history."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from serve_docs import DRAFT, REVISED
from starlette.testclient import TestClient

from auditor.config import AuditConfig
from auditor.serve.app import make_app
from auditor.serve.settings import ServeSettings

BASE = "http://127.0.0.1:8765"
SECRET_KEY = "sk-test-never-on-a-page-4f1c2d"
EVIL = DRAFT.replace("农村人居环境整治项目", "人居<script>alert(1)</script>整治项目")


def _settings(tmp: Path, **kw) -> ServeSettings:
    config = AuditConfig(offline=True, llm={"model": "some-model"})
    return ServeSettings(data_dir=tmp, workers=1, config=config, **kw)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("AUDITOR_LLM_API_KEY", SECRET_KEY)
    app = make_app(_settings(tmp_path_factory.mktemp("desk")))
    with TestClient(app, base_url=BASE) as c:
        yield c
    mp.undo()


def _csrf(c: TestClient) -> str:
    page = c.get("/").text
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def _run(c: TestClient, url: str, files: list[tuple[str, bytes]]) -> dict:
    answer = c.post(
        url,
        files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        headers={"X-CSRF-Token": _csrf(c), "Accept": "application/json"},
    )
    assert answer.status_code == 202, answer.text
    job_id = answer.json()["job"]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = c.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError("job did not finish")


@pytest.fixture(scope="module")
def audited(client) -> tuple[dict, str]:
    job = _run(client, "/audits", [("草稿.txt", EVIL.encode()), ("空白.txt", b"no tables here")])
    page = client.get(job["url"], follow_redirects=True)
    return job, str(page.url)


def test_every_response_has_the_security_headers_and_no_inline_script(client, audited):
    _, url = audited
    for path in ("/", "/history", url, "/static/review.js"):
        r = client.get(path)
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp
            and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        )
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        if path != "/static/review.js":
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", r.text), path


def test_a_failing_file_shows_its_error_and_the_other_finishes(audited):
    job, _ = audited
    states = {f["name"]: f for f in job["files"]}
    assert states["草稿.txt"]["status"] == "done" and states["草稿.txt"]["score"] > 0
    assert states["空白.txt"]["status"] == "error"
    assert states["空白.txt"]["message"].startswith("空白.txt: 未找到绩效目标表")
    assert "uploads" not in states["空白.txt"]["message"]  # the stored path is never shown


def test_the_report_page_escapes_document_text_and_shows_the_desk(client, audited):
    _, url = audited
    page = client.get(url).text
    assert "<script>alert(1)</script>" not in page
    assert "人居&lt;script&gt;alert(1)&lt;/script&gt;整治项目" in page
    assert 'id="doc-score"' in page and 'id="opinion-form"' in page
    assert "空白.txt: 未找到绩效目标表" in page  # the failed file is listed on the desk
    assert SECRET_KEY not in page


def test_host_header_and_csrf_and_origin_are_checked(client):
    assert client.get("/", headers={"host": "evil.example:8765"}).status_code == 421
    files = [("files", ("a.txt", DRAFT.encode(), "text/plain"))]
    assert client.post("/audits", files=files).status_code == 403  # no CSRF token
    headers = {"X-CSRF-Token": _csrf(client), "Origin": "http://evil.example"}
    assert client.post("/audits", files=files, headers=headers).status_code == 403


def test_token_is_required_beyond_loopback(tmp_path):
    token = "t" * 24
    app = make_app(_settings(tmp_path, host="0.0.0.0", token=token), start_workers=False)
    with TestClient(app, base_url="http://192.0.2.10:8765") as c:
        assert c.get("/").status_code == 401
        assert c.get("/", headers={"Authorization": "Bearer wrong-" + token}).status_code == 401
        assert c.get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        r = c.get(f"/history?token={token}&unit=x", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/history?unit=x"
        assert "HttpOnly" in r.headers["set-cookie"] and "strict" in r.headers["set-cookie"].lower()
        assert c.get("/history").status_code == 200  # the cookie now carries the token


def test_uploads_over_the_size_limit_are_refused(tmp_path):
    app = make_app(_settings(tmp_path, max_upload_bytes=1000), start_workers=False)
    with TestClient(app, base_url=BASE) as c:
        files = [("files", ("a.txt", b"x" * 5000, "text/plain"))]
        r = c.post("/audits", files=files, headers={"X-CSRF-Token": _csrf(c)})
        assert r.status_code == 413 and "上限" in r.text


def _finding_key(page: str, code: str) -> str:
    m = re.search(r'data-key="([^"]+)"[^>]*>(?:(?!</li>).)*?<span class="code">' + code, page, re.S)
    return m.group(1)


def test_review_xlsx_opinion_and_waivers(client, audited):
    _, url = audited
    audit_id = url.split("/audits/")[1].split("/")[0]
    page = client.get(url).text
    key = "0/" + _finding_key(page, "U301")
    api = f"/api/audits/{audit_id}/review"
    headers = {"X-CSRF-Token": _csrf(client)}
    bad = client.post(
        api, json={"kind": "finding", "key": "0/x-1", "decision": "accept"}, headers=headers
    )
    assert bad.status_code == 400
    assert (
        client.post(api, json={"kind": "finding", "key": key, "decision": "accept"}).status_code
        == 403
    )
    edit = {"kind": "finding", "key": key, "decision": "edit", "text": "完成时间不应以百分比表示"}
    assert client.post(api, json=edit, headers=headers).status_code == 200
    v402 = "0/" + _finding_key(page, "V402")
    client.post(api, json={"kind": "finding", "key": v402, "decision": "reject"}, headers=headers)
    assert client.get(api).json()["findings"][key]["decision"] == "edit"

    xlsx = client.get(url.replace(".html", ".xlsx"))
    ws = load_workbook(io.BytesIO(xlsx.content))["审核决定"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert any(r[6] == "修改后采纳" and r[7] == "完成时间不应以百分比表示" for r in rows)
    assert "问题清单" in load_workbook(io.BytesIO(xlsx.content)).sheetnames

    form = {
        "csrf_token": _csrf(client),
        "reviewer": "青禾县财政局",
        "date": "2024-05-06",
        "doc": "0",
    }
    r = client.post(f"/audits/{audit_id}/opinion", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith(".docx")
    docx = client.get(r.headers["location"])
    assert "attachment" in docx.headers["content-disposition"]
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(docx.content)).paragraphs)
    assert "完成时间不应以百分比表示" in text and "按照规定标准控制" not in text
    assert "青禾县财政局" in text and "2024年5月6日" in text

    waivers = client.get(f"/audits/{audit_id}/baseline.json").json()
    assert [e["code"] for e in waivers["entries"]] == ["V402"]


def test_revised_draft_shows_fixed_remaining_and_new(client):
    job = _run(client, "/audits", [("draft.txt", DRAFT.encode())])
    audit_id = job["url"].split("/")[2]
    page = client.get(job["url"], follow_redirects=True).text
    api = f"/api/audits/{audit_id}/review"
    waive = {"kind": "finding", "key": "0/" + _finding_key(page, "V402"), "decision": "reject"}
    client.post(api, json=waive, headers={"X-CSRF-Token": _csrf(client)})
    revision = _run(client, f"/audits/{audit_id}/revise", [("revised.txt", REVISED.encode())])
    assert revision["url"].startswith("/revisions/")
    page = client.get(revision["url"]).text
    assert re.search(r'id="n-fixed">3<', page) and re.search(r'id="n-new">1<', page)
    assert re.search(r'id="n-remaining">4<', page) and re.search(r'id="n-waived">1<', page)
    assert "技术培训人数" in page and "2024年11月底前" in page
    listed = client.get("/history", params={"project": "高标准农田"}).text
    assert "修改稿复核" in listed and "draft.txt" in listed


def test_zip_upload_gives_the_overview_and_downloads(client):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a/draft.txt", DRAFT)
        zf.writestr("b/revised.txt", REVISED)
    job = _run(client, "/audits", [("材料.zip", buf.getvalue())])
    overview = client.get(job["url"], follow_redirects=True)
    assert str(overview.url).endswith("/index.html")
    assert "绩效指标审核总览" in overview.text and "draft.html" in overview.text
    base = str(overview.url).rsplit("/", 1)[0]
    assert client.get(f"{base}/audit.json").json()["documents"][0]["source"].startswith("材料.zip/")
    assert client.get(f"{base}/summary.md").text.startswith("<!-- generator")
    assert SECRET_KEY not in client.get(f"{base}/audit.json").text
