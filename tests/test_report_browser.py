"""Headless Chromium opens a generated HTML report, filters it, and takes a screenshot.

Driven over the Chrome DevTools Protocol on a pipe (--remote-debugging-pipe): stdlib only, no
playwright or websocket client. Needs the Debian package `chromium` (/usr/bin/chromium or
$CHROMIUM); skipped with the reason otherwise. The screenshot goes to reports/screenshot.png
(used in the README).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from auditor.models import Finding, Grade, Rewrite

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"chromium not found at {CHROMIUM} (apt-get install -y chromium)",
    ),
]


class CDP:
    """Minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, user_data_dir: Path):
        to_browser_r, self._w = os.pipe()
        self._r, from_browser_w = os.pipe()

        def remap():  # child: put our pipe ends on fds 3 and 4
            a, b = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"],
            preexec_fn=remap,
            pass_fds=(3, 4),  # kept open in the child after preexec_fn has placed our pipes there
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(
        self, method: str, params: dict | None = None, timeout: float = 30.0, session: bool = True
    ) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, name: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        for i, e in enumerate(self.events):
            if e.get("method") == name:
                return self.events.pop(i)
        while True:
            m = self._read_message(deadline)
            if m.get("method") == name:
                return m
            self.events.append(m)

    def open(self, url: str, width: int = 1360, height: int = 900) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send(
            "Target.attachToTarget", {"targetId": target, "flatten": True}, session=False
        )["sessionId"]
        self.send("Page.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def js(self, expression: str):
        res = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in res:
            raise RuntimeError(f"JS error: {res['exceptionDetails']}")
        return res["result"].get("value")

    def type_into(self, selector: str, text: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})

    def screenshot(self, path: Path, clip_selector: str | None = None) -> None:
        params: dict = {"format": "png"}
        if clip_selector:
            box = self.js(
                f"(() => {{const r = document.querySelector({json.dumps(clip_selector)}).getBoundingClientRect();"
                "return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height};})()"
            )
            params["clip"] = {**box, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close", session=False, timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._w)
        os.close(self._r)


def _sample_document():
    """Sample 000 (台前) through the real pipeline and the offline grader, plus two fabricated
    findings and a hostile cell."""
    from auditor.grade import grade_documents
    from auditor.pipeline import audit_document

    doc = audit_document(REPO / "samples" / "corpus" / "000_2e9e93228bddc639.txt")
    grade_documents([doc], None)
    t = doc.tables[1]
    r1, r2 = t.rows[0], t.rows[1]
    r1.level3 = r1.level3 + "<script>window.__pwned=1</script>"
    doc.findings += [
        Finding(
            code="U301",
            severity="error",
            scope="row",
            table_index=t.index,
            row_index=r1.index,
            message="计量单位与指标不符",
            evidence=f"{r1.level3} {r1.value}",
        ),
        Finding(
            code="V401",
            severity="warning",
            scope="row",
            table_index=t.index,
            row_index=r2.index,
            message="指标值为定性描述“提高”，缺少标准",
            evidence=r2.value,
        ),
    ]
    r2.grade = Grade(
        specificity=2,
        reasons=["只给出方向，没有数值和口径"],
        grader="heuristic",
        rewrite=Rewrite(level3="示例改写指标", value="≥95%", definition="完成数/计划数×100%"),
    )
    return doc


def test_report_filters_in_headless_chromium(tmp_path):
    from auditor.report import write_reports

    doc = _sample_document()
    n_error_rows = len(
        {
            (f.table_index, f.row_index)
            for f in doc.findings
            if f.severity == "error" and f.row_index is not None
        }
    )
    n_u_rows = len(
        {
            (f.table_index, f.row_index)
            for f in doc.findings
            if f.code.startswith("U") and f.row_index is not None
        }
    )
    (html,) = write_reports([doc], tmp_path, ["html"])
    total_rows = sum(len(t.rows) for t in doc.tables)

    cdp = CDP(tmp_path / "profile")
    try:
        cdp.open(html.resolve().as_uri())
        assert cdp.js("document.title").startswith("绩效指标审核报告")
        assert cdp.js("window.__pwned === undefined") is True  # the <script> in a cell did not run
        cell = f"#t{doc.tables[1].index}r{doc.tables[1].rows[0].index} td.c-level3"
        assert cdp.js(f"document.querySelector('{cell}').innerText").endswith(
            "<script>window.__pwned=1</script>"
        )
        value_cell = cell.replace("c-level3", "c-value")
        assert (
            cdp.js(f"document.querySelector('{value_cell}').classList.contains('hot')") is True
        )  # U301 -> 指标值 highlighted
        assert cdp.js("document.querySelectorAll('tr.row:not(.hidden)').length") == total_rows
        assert (
            cdp.js("document.getElementById('shown').textContent")
            == f"显示 {total_rows} / {total_rows} 行"
        )

        # severity filter: only rows with an error finding remain
        cdp.js(
            "(() => {const s = document.getElementById('f-sev'); s.value = 'error'; s.dispatchEvent(new Event('change'));})()"
        )
        visible = cdp.js(
            "[...document.querySelectorAll('tr.row:not(.hidden)')].map(r => r.dataset.sev)"
        )
        assert len(visible) == n_error_rows and all("error" in s.split() for s in visible)

        # + family filter U
        cdp.js(
            "(() => {const s = document.getElementById('f-fam'); s.value = 'U'; s.dispatchEvent(new Event('change'));})()"
        )
        visible = cdp.js(
            "[...document.querySelectorAll('tr.row:not(.hidden)')].map(r => r.dataset.fam)"
        )
        assert 1 <= len(visible) <= n_u_rows and all("U" in f.split() for f in visible)

        # reset, then a text search typed into the box
        cdp.js("document.getElementById('f-reset').click()")
        assert cdp.js("document.querySelectorAll('tr.row:not(.hidden)').length") == total_rows
        cdp.type_into("#f-q", "提高")
        texts = cdp.js(
            "[...document.querySelectorAll('tr.row:not(.hidden)')].map(r => r.textContent)"
        )
        assert texts and all("提高" in t for t in texts)
        assert len(texts) < total_rows
        sections = cdp.js(
            "[...document.querySelectorAll('section.tbl:not(.hidden)')].map(s => s.textContent)"
        )
        assert sections and all("提高" in s for s in sections)

        # screenshot for the README: summary + the filtered table (severity=warning, family V)
        cdp.js("document.getElementById('f-reset').click()")
        cdp.js(
            "(() => {const s = document.getElementById('f-sev'); s.value = 'warning'; s.dispatchEvent(new Event('change'));})()"
        )
        shot = REPO / "reports" / "screenshot.png"
        assert cdp.js("document.querySelectorAll('tr.row:not(.hidden)').length") >= 1
        cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1360, "height": 1700, "deviceScaleFactor": 1, "mobile": False},
        )
        cdp.js("window.scrollTo(0, 0)")
        cdp.screenshot(shot)
        assert shot.stat().st_size > 20_000
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        cdp.close()
