"""`auditor serve` in a real browser: Debian's Chromium driven by selenium through chromium-driver.

One server (a subprocess, `auditor serve --port 0`) and one headless browser for the module; the
tests follow the reviewer's loop in order: upload a draft (and a bad file), see the score,
filter to errors, edit and reject findings, download the XLSX and the 审核意见 .docx and read
them back, upload the revised draft and see the fixed findings, find both in the history.

Skipped, with the reason, when chromium, chromedriver or selenium is missing (CI installs
`chromium chromium-driver`, see .ci/run). Screenshots of each view go to $AUDITOR_SCREENSHOTS
when set (`AUDITOR_SCREENSHOTS=docs pytest tests/test_serve_browser.py` refreshes the README's).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from serve_docs import DRAFT, REVISED

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    if not Path(DRIVER).exists():
        return f"chromedriver not found at {DRIVER} (apt-get install -y chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(_missing() is not None, reason=str(_missing())),
]

if _missing() is None:
    from selenium import webdriver
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT = 60
UNIT_FILE = "青禾县农业农村局2024年部门预算.txt"


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="module")
def server(work):
    """`auditor serve` on a free port; its address read from the line it prints."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("AUDITOR_LLM_BASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "serve", "--port", "0", "--no-browser", "--offline",
         "--workers", "1", "--data-dir", str(work / "data")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    url = None
    while time.monotonic() < deadline and url is None:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        m = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        url = m.group(1) if m else None
    if url is None:
        proc.kill()
        pytest.fail("auditor serve did not start")
    yield url.rstrip("/")
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser(work):
    downloads = work / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={work / 'profile'}"]:
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def files(work) -> dict[str, Path]:
    out = {"draft": work / UNIT_FILE, "revised": work / "修改稿.txt", "bad": work / "空白说明.txt"}
    out["draft"].write_text(DRAFT, encoding="utf-8")
    out["revised"].write_text(REVISED, encoding="utf-8")
    out["bad"].write_text("本文件没有绩效目标表。", encoding="utf-8")
    return out


def _shot(driver, name: str) -> None:
    folder = os.environ.get("AUDITOR_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"serve-{name}.png"))


def _wait(driver, condition, timeout: float = WAIT):
    """Wait for `condition`, treating a lookup cut short by a page navigation as "not yet".

    The upload and progress pages move on by themselves (`location.assign`); a lookup that runs
    while the next page loads fails with "aborted by navigation" (seen on a loaded CI machine),
    which only means the element is not there yet.
    """

    def settled(d):
        try:
            return condition(d)
        except WebDriverException as exc:
            if "navigat" in str(exc.msg or "") or isinstance(exc, StaleElementReferenceException):
                return False
            raise

    return WebDriverWait(driver, timeout).until(settled)


def _download(driver, suffix: str, before: set[str]) -> Path:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        done = [
            p
            for p in driver.downloads.iterdir()
            if p.name.endswith(suffix) and p.name not in before
        ]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded")


def test_upload_shows_progress_errors_and_the_score(server, browser, files):
    browser.get(server + "/")
    browser.find_element(By.ID, "files").send_keys(f"{files['draft']}\n{files['bad']}")
    _wait(browser, ec.text_to_be_present_in_element((By.ID, "chosen"), UNIT_FILE))
    _shot(browser, "upload")
    browser.find_element(By.ID, "start").click()
    link = _wait(browser, ec.visibility_of_element_located((By.ID, "result-link")))
    rows = browser.find_element(By.ID, "job-files").text
    assert "空白说明.txt: 未找到绩效目标表" in rows and "完成" in rows
    _shot(browser, "progress")
    link.click()
    score = _wait(browser, ec.visibility_of_element_located((By.ID, "doc-score")))
    assert 0 < int(score.text) < 100
    assert "空白说明.txt" in browser.find_element(By.ID, "file-errors").text
    _wait(browser, ec.text_to_be_present_in_element((By.ID, "review-progress"), "已处理 0 /"))
    _shot(browser, "report")


def test_filter_to_errors(browser):
    Select(browser.find_element(By.ID, "f-sev")).select_by_value("error")
    shown = browser.find_element(By.ID, "shown")
    visible, total = map(int, re.findall(r"\d+", shown.text))
    assert 0 < visible < total
    rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "tr.row") if r.is_displayed()]
    assert len(rows) == visible and all("error" in r.get_attribute("data-sev") for r in rows)
    browser.find_element(By.ID, "f-reset").click()


def _finding(browser, code: str):
    return next(
        li for li in browser.find_elements(By.CSS_SELECTOR, "li.rf[data-key]")
        if li.find_element(By.CSS_SELECTOR, ".code").text == code
    )  # fmt: skip


def test_edit_and_reject_findings_persist(browser):
    li = _finding(browser, "U301")
    li.find_element(By.CSS_SELECTOR, "button.rv-edit").click()
    text = li.find_element(By.CSS_SELECTOR, "textarea.rv-text")
    text.clear()
    text.send_keys("项目完成时间以百分比表示，无法考核完成时限")
    li.find_element(By.CSS_SELECTOR, "textarea.rv-suggestion").send_keys(
        "项目完成时间：2024年11月底前"
    )
    li.find_element(By.CSS_SELECTOR, "button.rv-save").click()
    _wait(browser, lambda d: "rv-edit" in li.get_attribute("class"))
    _finding(browser, "V402").find_element(By.CSS_SELECTOR, "button.rv-reject").click()
    _wait(browser, ec.text_to_be_present_in_element((By.ID, "review-progress"), "已处理 2 /"))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", li)
    _shot(browser, "review")
    browser.refresh()
    li = _wait(browser, lambda d: _finding(d, "U301"))
    _wait(browser, lambda d: "rv-edit" in li.get_attribute("class"))
    assert "无法考核完成时限" in li.find_element(By.CSS_SELECTOR, ".rv-edited").text


def test_download_the_xlsx_with_the_decisions(browser):
    before = {p.name for p in browser.downloads.iterdir()}
    browser.find_element(By.ID, "dl-xlsx").click()
    book = load_workbook(io.BytesIO(_download(browser, ".xlsx", before).read_bytes()))
    assert "问题清单" in book.sheetnames
    rows = [[c.value for c in r] for r in book["审核决定"].iter_rows(min_row=2)]
    assert any(r[6] == "修改后采纳" and "无法考核完成时限" in r[7] for r in rows)
    assert any(r[3] == "V402" and r[6] == "不采纳（豁免）" for r in rows)


def test_write_the_opinion_docx(browser):
    before = {p.name for p in browser.downloads.iterdir()}
    browser.find_element(By.ID, "reviewer").send_keys("青禾县财政局")
    browser.find_element(By.ID, "make-opinion").click()
    docx = DocxDocument(io.BytesIO(_download(browser, ".docx", before).read_bytes()))
    text = "\n".join(p.text for p in docx.paragraphs)
    assert "关于青禾县农业农村局2024年度预算绩效目标的审核意见" in text
    assert "经审核，存在以下问题：" in text and "建议修改为：项目完成时间：2024年11月底前。" in text
    assert "按照规定标准控制" not in text and "青禾县财政局" in text


def test_revised_draft_shows_the_fixed_findings(browser, files):
    browser.find_element(By.ID, "revised").send_keys(str(files["revised"]))
    browser.find_element(By.ID, "revise").click()
    fixed = _wait(browser, ec.visibility_of_element_located((By.ID, "n-fixed")))
    assert fixed.text == "3"
    assert browser.find_element(By.ID, "n-new").text == "1"
    fixed_panel = browser.find_element(By.CSS_SELECTOR, ".rev-fixed").text
    assert "项目完成时间" in fixed_panel and "资金拨付及时率" in fixed_panel
    assert "2024年11月底前" in browser.find_element(By.ID, "rows-changed").text
    _shot(browser, "revision")


def test_history_lists_and_reopens(browser, server):
    browser.get(server + "/history?unit=青禾县")
    table = browser.find_element(By.ID, "audits")
    assert "修改稿复核" in table.text and UNIT_FILE in table.text
    _shot(browser, "history")
    table.find_elements(By.LINK_TEXT, "打开")[-1].click()
    _wait(browser, ec.visibility_of_element_located((By.ID, "doc-score")))
    assert "复核记录" in browser.find_element(By.ID, "desk").text


def test_drag_and_drop_two_files_gives_the_overview(browser, server, files):
    browser.get(server + "/")
    # A page script cannot read local files: a hidden file input hands it the File objects, and a
    # synthetic drop event carries them to the drop zone as a drag from the desktop would.
    browser.execute_script(
        "const i = document.createElement('input'); i.type = 'file'; i.multiple = true;"
        "i.id = 'drag-source'; i.style.display = 'none'; document.body.appendChild(i);"
    )
    browser.find_element(By.ID, "drag-source").send_keys(f"{files['draft']}\n{files['revised']}")
    browser.execute_script(
        "const dt = new DataTransfer();"
        "for (const f of document.getElementById('drag-source').files) { dt.items.add(f); }"
        "const zone = document.getElementById('drop');"
        "for (const type of ['dragenter', 'dragover', 'drop']) {"
        "  zone.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));"
        "}"
    )
    _wait(browser, lambda d: d.current_url.endswith("/index.html"))
    ranking = browser.find_element(By.CSS_SELECTOR, "table.sortable").text
    assert UNIT_FILE in ranking and "修改稿.txt" in ranking
    assert "audit.xlsx" in browser.find_element(By.ID, "dl-xlsx").get_attribute("href")
    _shot(browser, "overview")
    browser.find_element(By.LINK_TEXT, "修改稿.txt").click()
    _wait(browser, ec.visibility_of_element_located((By.ID, "doc-score")))
    assert "返回总览" in browser.find_element(By.CSS_SELECTOR, "header.top").text
