"""Which files a folder run reads, and why it skips the others."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from auditor.cli import app
from auditor.ingest import SUPPORTED_SUFFIXES, check_input, scan_inputs
from auditor.pipeline import discover


def test_temporary_hidden_and_unsupported_files_are_skipped_with_a_reason(tmp_path, corpus_files):
    good = tmp_path / "county" / "a.txt"
    good.parent.mkdir()
    shutil.copy(corpus_files[0], good)
    cases = {
        "~$a.docx": "临时锁文件",
        ".~lock.a.xlsx#": "临时锁文件",
        ".DS_Store": "隐藏文件",
        "a.docx~": "临时或备份文件",
        "Thumbs.db": "系统生成",
        "clip.mp4": "不支持的文件类型 .mp4",
        "README": "不支持的文件类型",
    }
    for name in cases:
        (tmp_path / "county" / name).write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")

    inputs, skipped = scan_inputs([tmp_path])
    assert inputs == [good]
    reasons = {s.path.name: s.message() for s in skipped}
    assert ".git" in reasons and "隐藏目录" in reasons[".git"]
    for name, needle in cases.items():
        assert needle in reasons[name], reasons[name]
        assert str(tmp_path / "county" / name) in reasons[name]
    assert all(not s.supported and s.reason and s.reason_en for s in skipped)
    assert discover([tmp_path]) == [good]


def test_every_supported_suffix_is_an_input(tmp_path):
    for suffix in SUPPORTED_SUFFIXES:
        p = tmp_path / f"doc{suffix.upper()}"
        p.write_bytes(b"x")
        assert check_input(p).supported, suffix


def test_explicit_files_are_inputs_except_lock_files(tmp_path):
    odd = tmp_path / "notes.rtf"
    lock = tmp_path / "~$notes.docx"
    odd.write_text("x")
    lock.write_bytes(b"x")
    inputs, skipped = scan_inputs([odd, lock])
    assert inputs == [odd]  # the reader says what is wrong with a file the user named
    assert [s.path for s in skipped] == [lock]


def test_the_tools_own_reports_are_not_inputs(tmp_path, corpus_files):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in corpus_files[:2]:
        shutil.copy(f, corpus / f.name)
    out = corpus / "reports"
    res = CliRunner().invoke(
        app,
        ["audit", str(corpus), "--out", str(out), "--exit-zero", "--offline", "--no-corpus"],
    )
    assert res.exit_code == 0, res.output
    written = sorted(p for p in out.iterdir() if p.suffix in (".html", ".md", ".xlsx"))
    assert {p.suffix for p in written} == {".html", ".md", ".xlsx"}
    inputs, skipped = scan_inputs([corpus])
    assert sorted(inputs) == sorted(corpus / f.name for f in corpus_files[:2])
    skipped_names = {s.path for s in skipped}
    for p in written:
        assert p in skipped_names
        assert "本工具生成的审核报告" in check_input(p).message()


def test_reports_written_before_the_marker_are_recognised(tmp_path):
    md = tmp_path / "old.md"
    md.write_text("# 绩效指标审核报告 — 某单位\n\n- 文件：`x.txt`\n", encoding="utf-8")
    html = tmp_path / "old.html"
    html.write_text("<html><head><title>绩效指标审核报告 — 某单位</title></head></html>")
    disclosure = tmp_path / "disclosure.md"
    disclosure.write_text(
        "# 某县财政局2023年部门预算\n\n| 一级指标 | 二级指标 |\n", encoding="utf-8"
    )
    assert not check_input(md).supported
    assert not check_input(html).supported
    assert check_input(disclosure).supported
