"""The terminal of `auditor audit`: linter lines, full details, summary table, SARIF, GitHub
annotations, options checked before work, skipped files listed, the last-resort handler."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from auditor.cli import app

runner = CliRunner()
LINE = re.compile(
    r"^(?P<path>\S+?)(?::(?P<line>\d+))? (?P<code>[A-Z]\d{3}) \[(错误|警告|提示)\] \S"
)


def _audit(*args: str):
    return runner.invoke(app, ["audit", *args])


def test_concise_is_the_default_one_line_per_finding(corpus_files):
    doc = str(corpus_files[0])
    res = _audit(doc, "--reports", "none")
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    findings = [m for m in map(LINE.match, lines) if m]
    as_json = json.loads(_audit(doc, "-f", "json").stdout)["documents"][0]["findings"]
    assert len(findings) == len(as_json) > 0
    assert all(m["path"] == doc for m in findings)
    assert any(m["line"] for m in findings)  # text sources give line numbers
    numbered = [int(m["line"]) for m in findings if m["line"]]
    assert numbered == sorted(numbered)  # reading order
    assert lines[-2].startswith(f"共 {len(as_json)} 个问题")
    assert lines[-1].startswith("退出码 1") and "--fail-on error" in lines[-1]


def test_full_adds_evidence_and_fix(corpus_files):
    res = _audit(str(corpus_files[1]), "--reports", "none", "--format", "full")
    assert "    依据：" in res.stdout and "    指标：" in res.stdout
    assert "    建议修改：" in res.stdout


def test_exit_line_explains_clean_and_exit_zero(corpus_files):
    doc = str(corpus_files[0])
    clean = _audit(doc, "--reports", "none", "--fail-on", "never")
    assert clean.exit_code == 0 and "退出码 0" in clean.stdout.splitlines()[-1]
    zero = _audit(doc, "--reports", "none", "--exit-zero", "--lang", "en")
    assert zero.exit_code == 0 and "--exit-zero" in zero.stdout.splitlines()[-1]
    assert re.search(r" \[(error|warning|info)\] ", zero.stdout)


def test_summary_table_keeps_long_names_whole(corpus_files, tmp_path):
    long_name = "某县" * 30 + "部门预算公开.txt"
    target = tmp_path / long_name
    shutil.copy(corpus_files[0], target)
    res = _audit(str(target), "--reports", "none", "--format", "summary")
    assert long_name in res.stdout.replace("\n", "")
    assert "…" not in res.stdout


def test_sarif_shape(corpus_files):
    res = _audit(str(corpus_files[0]), "--output-format", "sarif")
    assert res.exit_code == 1
    log = json.loads(res.stdout)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "auditor"
    assert all(r["id"] and r["shortDescription"]["text"] for r in rules)
    assert run["results"]
    for res_ in run["results"]:
        assert res_["level"] in ("error", "warning", "note", "none")
        assert res_["message"]["text"]
        assert rules[res_["ruleIndex"]]["id"] == res_["ruleId"]
        (loc,) = res_["locations"]
        phys = loc["physicalLocation"]
        assert not phys["artifactLocation"]["uri"].startswith("/")
        if "region" in phys:
            assert phys["region"]["startLine"] >= 1
    assert run["invocations"][0]["executionSuccessful"] is True


def test_github_annotations(corpus_files):
    res = _audit(str(corpus_files[0]), "--output-format", "github")
    lines = res.stdout.splitlines()
    assert lines and all(
        re.match(r"^::(error|warning|notice) file=[^,]+(,line=\d+)?,title=[A-Z]\d{3}[^:]*::", x)
        for x in lines
    )
    assert any(",line=" in x for x in lines)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--fail-on", "bogus"], "--fail-on"),
        (["--lang", "fr"], "--lang"),
        (["--reports", "html,pdf"], "--reports"),
        (["--format", "xml"], "--format"),
        (["--out", "/dev/null/reports"], "--out"),
        (["--limit-memory", "lots"], "--limit-memory"),
    ],
)
def test_bad_options_exit_2_before_work(corpus_files, args, needle):
    res = _audit(str(corpus_files[0]), *args)
    assert res.exit_code == 2
    assert "用法错误" in res.output and needle in res.output
    assert "Traceback" not in res.output and "pydantic" not in res.output


def test_out_pointing_at_a_file(corpus_files):
    res = _audit(str(corpus_files[0]), "--out", str(corpus_files[1]))
    assert res.exit_code == 2 and "--out" in res.output and "Traceback" not in res.output


def test_bad_config_value_names_the_key(corpus_files, tmp_path):
    conf = tmp_path / "auditor.toml"
    conf.write_text('fail-on = "bogus"\n', encoding="utf-8")
    res = _audit(str(corpus_files[0]), "--config", str(conf), "--reports", "none")
    assert res.exit_code == 2
    assert "fail-on" in res.output and "error、warning、info、never" in res.output
    assert "pydantic" not in res.output and "validation error" not in res.output


def test_folder_run_lists_skipped_files(corpus_files, tmp_path):
    shutil.copy(corpus_files[0], tmp_path / "a.txt")
    (tmp_path / "~$a.docx").write_bytes(b"lock")
    (tmp_path / "notes.mp3").write_bytes(b"ID3\x03")
    out = tmp_path / "reports"
    first = _audit(str(tmp_path), "--out", str(out), "--exit-zero")
    assert first.exit_code == 0
    assert "跳过" in first.output and "~$a.docx" in first.output and "notes.mp3" in first.output
    again = _audit(str(tmp_path), "--reports", "none", "-f", "json")  # reports/ now exists
    data = json.loads(again.stdout)
    assert [d["source"] for d in data["documents"]] == [str(tmp_path / "a.txt")]
    skipped = {s["source"] for s in data["skipped"]}
    assert any("reports" in s for s in skipped)  # the tool's own reports are never read


def test_last_resort_handler_logs_the_traceback(corpus_files, tmp_path, monkeypatch, capsys):
    import auditor.cli.audit as audit_module

    def boom(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(audit_module, "audit_many", boom)
    monkeypatch.setenv("AUDITOR_LOG_DIR", str(tmp_path))
    with pytest.raises(SystemExit) as exc:
        app(["audit", str(corpus_files[0]), "--reports", "none"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "内部错误" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    (log,) = tmp_path.glob("crash-*.log")
    assert "RuntimeError: a bug" in log.read_text(encoding="utf-8") and str(log) in err


def test_config_help_shows_the_table_name():
    res = runner.invoke(app, ["audit", "--help"], terminal_width=200)
    assert "[tool.auditor]" in res.output


def test_audit_and_batch_agree_when_no_file_can_be_read(tmp_path):
    folder = tmp_path / "county"
    folder.mkdir()
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    audit = _audit(str(folder), "--reports", "none")
    batch = runner.invoke(
        app, ["batch", str(folder), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"]
    )
    assert audit.exit_code == batch.exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _audit(str(empty)).exit_code == 2
    assert (
        runner.invoke(app, ["batch", str(empty), "--db", str(tmp_path / "e.duckdb")]).exit_code == 2
    )
