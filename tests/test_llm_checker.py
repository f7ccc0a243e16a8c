"""The LLM second checker (auditor.grade.llm_checker) against the fake OpenAI-compatible server."""

from __future__ import annotations

import asyncio

import pytest
from fake_llm_server import FakeLLMServer

from auditor.config import AuditConfig
from auditor.extract.values import parse_value
from auditor.grade import grade_documents
from auditor.grade.llm_checker import check_documents_llm
from auditor.llm.client import LLMClient
from auditor.llm.settings import LLMSettings, Price
from auditor.models import Document, IndicatorRow, Table
from auditor.rules.engine import run_rules

MODEL = "fake-checker"


def _row(i: int, l1: str, l2: str, l3: str, value: str) -> IndicatorRow:
    return IndicatorRow(
        index=i, level1=l1, level2=l2, level3=l3, value=value, parsed=parse_value(value)
    )


def _doc() -> Document:
    rows = [
        # an amount under 数量 that no rule catches by name: the fake model reports C202
        _row(1, "产出指标", "数量指标", "疫情防控物资储备", "≥45万元"),
        _row(2, "产出指标", "数量指标", "协管员人数", "≥5次"),  # U301 by the rules
        _row(3, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]
    table = Table(index=1, kind="project", project="疫情防控物资储备", budget_wan=50, rows=rows)
    doc = Document(source="x.txt", unit="某县卫健局", tables=[table])
    doc.findings = run_rules(doc)
    return doc


@pytest.fixture()
def server():
    srv = FakeLLMServer().start()
    yield srv
    srv.stop()


def _client(srv: FakeLLMServer, tmp_path, **kw) -> LLMClient:
    s = LLMSettings(
        base_url=srv.base_url,
        model=MODEL,
        api_key="sk-test",
        cache_dir=str(tmp_path / "cache"),
        timeout=2.0,
        max_retries=1,
        retry_base_wait=0.01,
        **kw,
    )
    return LLMClient(s)


def _check(doc: Document, client: LLMClient) -> int:
    async def run() -> int:
        try:
            return await check_documents_llm([doc], client, AuditConfig())
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_model_findings_are_added_marked_and_never_replace_rules(server, tmp_path):
    doc = _doc()
    before = [f.model_dump() for f in doc.findings or []]
    assert any(f.code == "U301" and f.row_index == 2 for f in doc.findings or [])
    added = _check(doc, _client(server, tmp_path))
    assert added == 1
    model = [f for f in doc.findings or [] if f.model]
    assert [(f.code, f.name, f.row_index, f.model) for f in model] == [
        ("C202", "misplaced-indicator", 1, MODEL)
    ]
    assert "成本指标" in model[0].message and "模拟" in model[0].evidence
    # every rule finding is still there, unchanged; the repeated U301 was dropped
    assert [f.model_dump() for f in doc.findings or [] if not f.model] == before
    assert [r["task"] for r in server.requests] == ["rule_check"]


def test_answers_are_cached(server, tmp_path):
    _check(_doc(), _client(server, tmp_path))
    doc = _doc()
    assert _check(doc, _client(server, tmp_path)) == 1
    assert len(server.requests) == 1  # the second run is answered from the cache
    assert doc.llm_usage is not None
    assert (doc.llm_usage.requests, doc.llm_usage.cache_hits) == (0, 1)


def test_usage_is_charged_to_the_document(server, tmp_path):
    doc = _doc()
    _check(doc, _client(server, tmp_path, prices={MODEL: Price(1.0, 2.0)}))
    u = doc.llm_usage
    assert u is not None and u.requests == 1 and u.prompt_tokens > 0 and u.completion_tokens > 0
    assert u.estimated_cost > 0  # priced by the client's price table, like grading


def test_budget_exhausted_adds_nothing(server, tmp_path):
    doc = _doc()
    before = list(doc.findings or [])
    assert _check(doc, _client(server, tmp_path, max_requests=0)) == 0
    assert doc.findings == before and not server.requests


def test_grade_stage_runs_the_checker_only_when_asked(server, tmp_path):
    for flag, expected in ((False, 0), (True, 1)):
        doc = _doc()
        cfg = AuditConfig(llm_check=flag)
        grade_documents([doc], cfg, client=_client(server, tmp_path / str(flag)))
        assert sum(1 for f in doc.findings or [] if f.model) == expected
