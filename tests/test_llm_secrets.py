"""The API key never leaves the process: not in a report, a log line, the answer cache, the
terminal or a crash log — under every answer quirk, with an endpoint that echoes the key into its
answers, its reasoning, a response header and its error messages.

The whole `auditor audit` command runs in-process against the fake server with every library
logger (ours, httpx, httpcore) at DEBUG into a log file; then every file the
run wrote (the XLSX unzipped) and everything it printed is searched for the key.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest
from fake_llm_quirks import QUIRKS
from fake_llm_server import FakeLLMServer
from test_llm_extraction import DOC
from typer.testing import CliRunner

from auditor.cli import app
from auditor.llm.reasons import explain

# not shaped like an sk- key or a bearer token: only the registered-secret redaction can catch it
KEY = "DSK9f8e7d6c5b4a39281706f5e4d3c2b1a0"
LOGGERS = ("", "auditor", "httpx", "httpcore")


@pytest.fixture(scope="module")
def server():
    srv = FakeLLMServer(hang_seconds=2.0).start()
    yield srv
    srv.stop()


@pytest.fixture()
def debug_log(tmp_path):
    path = tmp_path / "debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    saved = {name: logging.getLogger(name).level for name in LOGGERS}
    logging.getLogger().addHandler(handler)
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield path
    logging.getLogger().removeHandler(handler)
    handler.close()
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def texts_under(folder: Path):
    for f in folder.rglob("*"):
        if not f.is_file():
            continue
        data = f.read_bytes()
        yield f, data
        if zipfile.is_zipfile(f):  # XLSX: the sheets are compressed XML
            with zipfile.ZipFile(f) as z:
                for name in z.namelist():
                    yield Path(f"{f}!{name}"), z.read(name)


@pytest.mark.parametrize("quirk", QUIRKS)
def test_key_appears_nowhere(server, tmp_path, monkeypatch, debug_log, quirk):
    src = tmp_path / "in" / "doc.txt"
    src.parent.mkdir()
    src.write_text(DOC, encoding="utf-8")
    (tmp_path / "auditor.toml").write_text(
        '[llm]\ncache_dir = "cache"\ntimeout = 0.5\nretry_base_wait = 0.01\nbreaker_failures = 2\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AUDITOR_LOG_DIR", str(tmp_path / "crash"))
    monkeypatch.setenv(
        "AUDITOR_LLM_BASE_URL", "deepseek+" + server.url_for("deepseek", f"{quirk}+echo_key")
    )
    monkeypatch.setenv("AUDITOR_LLM_MODEL", "deepseek-reasoner")
    monkeypatch.setenv("AUDITOR_LLM_API_KEY", KEY)
    before = len(server.requests)
    result = CliRunner().invoke(app, ["audit", str(src), "--out", "out", "--exit-zero"])
    assert result.exit_code == 0, result.output
    mine = server.requests[before:]
    assert any(KEY in r["authorization"] for r in mine)  # the key was really used ...
    if quirk != "hang":  # ... and really echoed back (the test is not vacuous)
        assert any(KEY in r.get("response", "") for r in mine)
    assert KEY not in result.output and KEY not in (result.stderr or "")
    log = debug_log.read_text(encoding="utf-8")
    # the HTTP stack's loggers did write at DEBUG (httpcore traces the headers, echoed key included)
    assert "send_request_headers.complete" in log
    assert KEY not in log
    written = list(texts_under(tmp_path / "out")) + list(texts_under(tmp_path / "cache"))
    written += list(texts_under(tmp_path / "crash")) if (tmp_path / "crash").exists() else []
    assert any(p.suffix == ".sqlite3" for p, _ in written) and any(
        p.suffix == ".html" for p, _ in written
    )
    report = next(data for p, data in written if p.name == "doc.json").decode("utf-8")
    graded_by = "heuristic" if quirk == "hang" else "deepseek-reasoner"
    assert f'"grader": "{graded_by}"' in report.replace('":"', '": "')
    if quirk == "hang":  # every row graded offline, and the report says why in Chinese
        html = next(data for p, data in written if p.name == "doc.html").decode("utf-8")
        shown = {explain(r) for r in ("timeout", "circuit_open", "deadline")}
        assert any("已改用离线评级：" + text in html for text in shown)
    leaks = [str(p) for p, data in written if KEY.encode() in data]
    assert not leaks, leaks
