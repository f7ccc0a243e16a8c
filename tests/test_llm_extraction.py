"""Tables the deterministic extractor cannot rebuild: kept as unparsed regions, then rebuilt by the
LLM (marked with the model id) when an endpoint is configured, through the whole audit pipeline."""

from __future__ import annotations

import pytest
from fake_llm_server import FakeLLMServer

from auditor.config import AuditConfig
from auditor.pipeline import audit_many, extract_document

MODEL = "fake-extractor"
DOC = """某县住房和城乡建设局2023年部门预算

1.园区道路保洁项目绩效目标表
项目名称：园区道路保洁
预算数 35.5 万元
绩效目标：全年保洁道路12公里
产出指标 | 数量指标 | 保洁道路长度 | ≥12公里 | 保洁合同
 | 质量指标 | 保洁达标率 | ≥95% | 考核办法
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≤90% | 问卷调查

2.路灯维护项目绩效目标表
\t项目名称\t路灯维护
\t预算数\t20
\t一级指标\t二级指标\t三级指标\t指标值
\t产出指标\t数量指标\t维护路灯数量\t≥300盏
\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
"""


@pytest.fixture()
def server():
    srv = FakeLLMServer().start()
    yield srv
    srv.stop()


def test_unrebuildable_table_is_kept_as_a_region(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text(DOC, encoding="utf-8")
    doc = extract_document(p)
    assert [t.project for t in doc.tables] == ["路灯维护"]
    (region,) = doc.unparsed
    assert "园区道路保洁" in region.title and "保洁达标率" in region.text
    assert any("未能识别表头" in w for w in doc.warnings)


def test_offline_run_lists_the_region_and_adds_no_table(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text(DOC, encoding="utf-8")
    docs, _ = audit_many([p], AuditConfig(offline=True))
    assert len(docs[0].tables) == 1 and docs[0].unparsed[0].recovered_by is None


def test_llm_rebuilds_the_table_marked_and_checked(server, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_LLM_BASE_URL", server.base_url)
    monkeypatch.setenv("AUDITOR_LLM_MODEL", MODEL)
    monkeypatch.setenv("AUDITOR_LLM_API_KEY", "sk-test-extraction-secret")
    p = tmp_path / "doc.txt"
    p.write_text(DOC, encoding="utf-8")
    config = AuditConfig(llm={"cache_dir": str(tmp_path / "cache"), "timeout": 5, "mode": "json"})
    docs, errors = audit_many([p], config)
    (doc,) = docs
    assert not errors
    rules_table, llm_table = doc.tables
    assert rules_table.extracted_by == "rules" and llm_table.extracted_by == MODEL
    assert llm_table.index == 2 and "园区道路保洁" in llm_table.title
    assert [r.level3 for r in llm_table.rows] == ["保洁道路长度", "保洁达标率", "群众满意度"]
    assert doc.unparsed[0].recovered_by == MODEL
    # the rules ran on the rebuilt table: satisfaction capped with ≤ is a polarity error
    assert any(f.code == "U305" and f.table_index == 2 for f in doc.findings)
    assert any("辅助提取" in w for w in doc.warnings)
