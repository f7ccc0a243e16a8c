"""The web app's parts without HTTP: safe uploads and zips, review -> opinion (.docx) and waivers,
the revision check, the history store."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from docx import Document as DocxDocument
from serve_docs import DRAFT, REVISED

from auditor.models import Document
from auditor.pipeline import audit_document, finish_audit
from auditor.report.view import finding_keys
from auditor.rules.baseline import filter_baseline, write_baseline
from auditor.serve.history import History
from auditor.serve.opinion import OpinionSettings, build_opinion, chinese_number
from auditor.serve.review import (
    Review,
    ReviewUpdate,
    apply_update,
    unit_opinion,
    waived_documents,
)
from auditor.serve.revision import revision_diff
from auditor.serve.settings import ServeSettings, ZipLimits, check_settings, is_loopback
from auditor.serve.uploads import UploadStore, display_name


def _audit(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = audit_document(path)
    doc.source = name
    return finish_audit([doc])[0]


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[Document, Document]:
    tmp = tmp_path_factory.mktemp("docs")
    return _audit(tmp, "draft.txt", DRAFT), _audit(tmp, "revised.txt", REVISED)


# --- uploads -------------------------------------------------------------------------------------


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _store(tmp_path: Path, **limits) -> UploadStore:
    return UploadStore(tmp_path / "uploads", 10_000_000, ZipLimits(**limits))


def test_uploads_are_stored_under_their_hash_never_the_client_path(tmp_path):
    store = _store(tmp_path)
    files, rejected = store.accept("../../etc/passwd/..\\..\\草稿.txt", DRAFT.encode())
    assert not rejected and len(files) == 1
    f = files[0]
    assert f.name == "草稿.txt"
    assert f.path.parent.parent == tmp_path / "uploads"
    assert f.path.name == f"{f.sha256}.txt"
    assert display_name("a\x00b\x1f.txt") == "ab.txt"
    assert display_name("") == "未命名文件"


def test_unsupported_empty_and_oversized_uploads_are_refused_with_a_reason(tmp_path):
    store = UploadStore(tmp_path, 100, ZipLimits())
    assert "不支持的文件类型 .exe" in store.accept("x.exe", b"MZ...")[1][0].message
    assert "文件为空" in store.accept("x.txt", b"  \n")[1][0].message
    assert "超过上限" in store.accept("x.txt", b"x" * 200)[1][0].message
    assert not list(tmp_path.rglob("*.txt"))  # nothing refused is written


def test_zip_is_unpacked_without_path_traversal_and_lists_what_it_skips(tmp_path):
    data = _zip(
        {
            "../../evil/草稿.txt": DRAFT.encode(),
            "sub/修改稿.txt": REVISED.encode(),
            "__MACOSX/._x.txt": b"junk",
            ".hidden.txt": b"junk",
            "inner.zip": _zip({"a.txt": b"a"}),
            "tool.exe": b"MZ",
        }
    )
    files, rejected = _store(tmp_path).accept("材料.zip", data)
    assert sorted(f.name for f in files) == ["材料.zip/修改稿.txt", "材料.zip/草稿.txt"]
    assert all(f.path.is_relative_to(tmp_path / "uploads") for f in files)
    assert not (tmp_path / "evil").exists()
    reasons = {r.name: r.message for r in rejected}
    assert "不会展开" in reasons["材料.zip/inner.zip"]
    assert "不支持的文件类型" in reasons["材料.zip/tool.exe"]
    assert len(rejected) == 2  # hidden files and resource forks are skipped silently


def test_zip_bomb_and_member_count_stop_at_the_limits(tmp_path):
    bomb = _zip({"bomb.txt": b"0" * 5_000_000})
    _, rejected = _store(tmp_path).accept("bomb.zip", bomb)
    assert "压缩炸弹" in rejected[0].message
    many = _zip({f"{i}.txt": b"x" for i in range(6)})
    files, rejected = _store(tmp_path, max_members=5).accept("many.zip", many)
    assert not files and "文件过多" in rejected[0].message
    total = _zip({"a.txt": b"a" * 600, "b.txt": b"b" * 600}, zipfile.ZIP_STORED)
    files, rejected = _store(tmp_path, max_total=1000).accept("t.zip", total)
    assert [f.name for f in files] == ["t.zip/a.txt"]
    assert "总大小超过上限" in rejected[0].message


def test_gbk_member_names_are_decoded(tmp_path):
    """Archives made on Chinese Windows store names in GBK without the UTF-8 flag."""
    data = _zip({"abcd.txt": DRAFT.encode()}).replace(b"abcd", "草稿".encode("gbk"))
    files, _ = _store(tmp_path).accept("x.zip", data)
    assert files[0].name == "x.zip/草稿.txt"


def test_broken_zip_is_an_error_not_a_crash(tmp_path):
    _, rejected = _store(tmp_path).accept("x.zip", b"PK\x03\x04 broken")
    assert "不是有效的 zip" in rejected[0].message


def test_settings_require_a_token_beyond_loopback(tmp_path):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
    with pytest.raises(ValueError, match="--token"):
        check_settings(ServeSettings(tmp_path, host="0.0.0.0"))
    with pytest.raises(ValueError, match="太短"):
        check_settings(ServeSettings(tmp_path, host="0.0.0.0", token="short"))
    check_settings(ServeSettings(tmp_path, host="0.0.0.0", token="x" * 24))


# --- review, opinion, waivers ------------------------------------------------------------------


def _key(doc: Document, code: str, seq: int = 0) -> str:
    k = next(k for f, k in zip(doc.findings or [], finding_keys(doc)) if f.code == code)
    return f"{seq}/{k}"


def test_review_updates_are_checked_against_the_audit(pair):
    draft, _ = pair
    review = Review()
    with pytest.raises(ValueError, match="没有这条问题"):
        apply_update(
            review, ReviewUpdate(kind="finding", key="0/nope-1", decision="accept"), [draft]
        )
    key = _key(draft, "V402")
    review = apply_update(review, ReviewUpdate(kind="finding", key=key, decision="reject"), [draft])
    assert review.findings[key].decision == "reject"


def test_opinion_docx_is_written_in_the_register_of_a_finance_bureau(pair):
    draft, _ = pair
    review = Review()
    edit = ReviewUpdate(
        kind="finding",
        key=_key(draft, "U301"),
        decision="edit",
        text="项目完成时间以百分比表示，无法考核完成时限",
        suggestion="项目完成时间：2024年11月底前",
        comment="请与项目实施方案核对",
    )
    review = apply_update(review, edit, [draft])
    review = apply_update(
        review, ReviewUpdate(kind="finding", key=_key(draft, "V402"), decision="reject"), [draft]
    )
    unit = unit_opinion(0, draft, review)
    data = build_opinion([unit], OpinionSettings("青禾县财政局", dt.date(2024, 5, 6), "整体较好"))
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(data)).paragraphs)
    assert "关于青禾县农业农村局" in text and "审核意见" in text
    assert "经审核，存在以下问题：" in text
    assert "一、高标准农田建设项目" in text and "二、农村人居环境整治项目" in text
    assert "（一）第3行“项目完成时间”（指标值“100%”），原文第15行" in text
    assert "：项目完成时间以百分比表示，无法考核完成时限。" in text
    assert "建议修改为：项目完成时间：2024年11月底前。" in text
    assert "请与项目实施方案核对" in text
    assert "按照规定标准控制" not in text  # the rejected finding stays out
    assert "青禾县财政局" in text and "2024年5月6日" in text
    assert "修改后重新报送" in text


def test_rewrite_decisions_shape_the_suggested_wording(pair):
    draft, _ = pair
    rows = {r.level3: (t.index, r.index) for t, r in draft.rows() if t.index == 1}
    review = Review()
    t, r = rows["项目完成时间"]
    review = apply_update(
        review, ReviewUpdate(kind="rewrite", key=f"0/t{t}r{r}", decision="reject"), [draft]
    )
    t, r = rows["长效管护机制"]
    finding = next(
        k
        for f, k in zip(draft.findings or [], finding_keys(draft))
        if (f.table_index, f.row_index) == (t, r)
    )
    review = apply_update(
        review, ReviewUpdate(kind="finding", key=f"0/{finding}", decision="reject"), [draft]
    )
    edited = "管护制度覆盖率≥95%"
    review = apply_update(
        review,
        ReviewUpdate(kind="rewrite", key=f"0/t{t}r{r}", decision="edit", text=edited),
        [draft],
    )
    items = {
        i.location.split("（")[0]: i
        for p in unit_opinion(0, draft, review).projects
        for i in p.items
    }
    assert "项目完成按期完成率" not in items["第3行“项目完成时间”"].suggestion
    own = items["第6行“长效管护机制”"]  # no finding left: the accepted rewrite is an item itself
    assert own.problem == "指标表述不够具体、难以考核" and own.suggestion == edited
    with pytest.raises(ValueError, match="没有这条改写建议"):
        apply_update(review, ReviewUpdate(kind="rewrite", key="0/t1r1", decision="accept"), [draft])


def test_rejected_findings_become_a_baseline_that_auditor_audit_reads(pair, tmp_path):
    draft, _ = pair
    key = _key(draft, "V402")
    review = apply_update(
        Review(), ReviewUpdate(kind="finding", key=key, decision="reject"), [draft]
    )
    path = write_baseline(waived_documents([draft], review), tmp_path / "baseline.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
    assert [e["code"] for e in entries] == ["V402"]
    result = filter_baseline(draft, draft.findings or [], path)
    assert [f.code for f in result.waived] == ["V402"]


def test_chinese_numbers():
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 34)] == [
        "一", "九", "十", "十一", "二十", "三十四",
    ]  # fmt: skip


# --- revision check, history ---------------------------------------------------------------------


def test_revision_check_matches_by_fingerprint_despite_reordered_projects(pair):
    draft, revised = pair
    diff = revision_diff([draft], [revised])
    doc = diff["documents"][0]
    assert sorted(f["code"] for f in doc["fixed"]) == ["U301", "U301", "V401"]
    # G702: the sanitation goal (改善农村人居环境) is a slogan in both versions
    assert sorted(f["code"] for f in doc["remaining"]) == ["G702", "V401", "V401", "V401", "V402"]
    assert [f["code"] for f in doc["new"]] == ["U301"]
    assert doc["new"][0]["level3"] == "技术培训人数"
    changed = {c["level3"]: c["changes"] for c in doc["rows_changed"]}
    assert changed["项目完成时间"] == [["指标值", "100%", "2024年11月底前"]]
    assert "资金拨付及时率" in changed and "受益群众满意度" in changed
    assert doc["rows_added"] == ["高标准农田建设项目：技术培训人数（≥100个）"]
    assert diff["totals"]["score_after"] > diff["totals"]["score_before"]
    v402 = next(f["fingerprint"] for f in doc["remaining"] if f["code"] == "V402")
    waived = revision_diff([draft], [revised], [Counter({v402: 1})])["documents"][0]
    assert [f["code"] for f in waived["waived"]] == ["V402"] and len(waived["remaining"]) == 4


def test_history_keeps_audits_reviews_opinions_and_revisions(pair, tmp_path):
    draft, revised = pair
    h = History(tmp_path / "audit.duckdb")
    h.save_audit("a1", [draft], [], {"tool": "t"})
    h.save_audit("a2", [revised], [], {"tool": "t"}, kind="revision", base_audit_id="a1")
    assert [a.audit_id for a in h.list_audits()] == ["a2", "a1"]
    assert [a.audit_id for a in h.list_audits(project="技术")] == []  # 三级 text is not a project
    assert len(h.list_audits(unit="青禾县", project="人居环境")) == 2
    assert h.list_audits(unit="别的单位") == []
    back = h.load_audit("a1")
    assert back is not None and back.docs[0].findings == draft.findings
    h.save_review("a1", {"comment": "x"})
    h.save_review("a1", {"comment": "y"})
    assert h.load_review("a1") == {"comment": "y"}
    h.save_opinion("o1", "a1", "青禾县财政局", 3, b"docx")
    assert h.load_opinion("o1") == ("a1", b"docx")
    diff = revision_diff([draft], [revised])
    h.save_revision("r1", "a1", "a2", diff)
    assert h.load_revision("r1")["totals"] == diff["totals"]
    assert [r[0] for r in h.revisions_of("a1")] == ["r1"]
    h.close()
    con = duckdb.connect(str(tmp_path / "audit.duckdb"))
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    assert {"serve_audits", "serve_documents", "serve_projects", "serve_reviews"} <= tables
