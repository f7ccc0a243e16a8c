"""`auditor eval --model …` scores the findings an LLM second checker adds, per model column.

The fake OpenAI-compatible server (tests/fake_llm_server.py) answers the checker's request with a
C202 for every money amount under 数量指标 that no rule flagged; with `llm-check = true` those
findings are recorded per model in samples.jsonl and scored against the gold."""

from __future__ import annotations

import json

import pytest
from fake_llm_server import FakeLLMServer

from auditor.evaluation.dataset import load_dataset
from auditor.evaluation.run import run_eval

ITEM = "001_247e9d6eca422fe5"  # has a money amount under 数量指标 (gold C202)


@pytest.fixture(scope="module")
def server():
    srv = FakeLLMServer().start()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch):
    for k in ("AUDITOR_LLM_BASE_URL", "AUDITOR_LLM_MODEL", "AUDITOR_LLM_API_KEY"):
        monkeypatch.delenv(k, raising=False)


def _run(tmp_path, server, check: bool) -> tuple[dict, list[dict]]:
    cfg = tmp_path / f"auditor-{check}.toml"
    cfg.write_text(
        f"llm-check = {str(check).lower()}\n"
        f'[llm]\ncache_dir = "{(tmp_path / "cache").as_posix()}"\ntimeout = 20\n',
        encoding="utf-8",
    )
    out = tmp_path / f"run-{check}"
    res = run_eval(
        load_dataset().select([ITEM]),
        [f"checker=fake-checker@{server.base_url}"],
        out,
        config_file=cfg,
        bootstrap=0,
        # without rule findings the fake checker proposes every amount under 数量指标, so the
        # scoring of model-added findings is exercised on rows the gold labels
        rules_runner=lambda doc, config: [],
    )
    samples = [json.loads(x) for x in (out / "samples.jsonl").read_text("utf-8").splitlines()]
    return res.metrics, samples


def test_model_findings_are_recorded_and_scored_per_model(tmp_path, server):
    metrics, samples = _run(tmp_path, server, check=True)
    grader = next(s for s in samples if s["type"] == "grader" and s["model"] == "checker")
    added = grader["model_findings"]
    assert added and all(f["model"] == "fake-checker" and f["code"] == "C202" for f in added)
    mf = metrics["model_findings"]["checker"]
    assert mf["added"] == mf["added_confirmed"] + mf["added_unconfirmed"] == len(added)
    assert mf["added_confirmed"] >= 1  # 疫情防控经费标准 ≤45万元 under 数量指标 is C202 in the gold
    rules, both = mf["rules"], mf["rules_plus_model"]
    assert both["tp"] == rules["tp"] + mf["added_confirmed"]
    assert both["fp"] == rules["fp"] + mf["added_unconfirmed"]
    assert metrics["flat"]["model_findings.checker.added"] == len(added)
    assert grader["usage"]["requests"] >= 1  # the checker's requests are charged to the document


def test_without_llm_check_nothing_is_added(tmp_path, server):
    metrics, samples = _run(tmp_path, server, check=False)
    grader = next(s for s in samples if s["type"] == "grader" and s["model"] == "checker")
    assert grader["model_findings"] == []
    assert metrics["model_findings"]["checker"]["added"] == 0
