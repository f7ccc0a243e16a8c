"""Provider profiles side by side in `auditor eval`: each model column points at the fake server
replaying one provider's dialect and one answer quirk (the `PROVIDER+` URL prefix names the
profile), so a change to the LLM client shows its effect on every profile."""

from __future__ import annotations

import json

import pytest
from fake_llm_server import FakeLLMServer
from typer.testing import CliRunner

from auditor.cli import app

ITEM = "002_68736151041b5f5b"
COLUMNS = {  # column -> (provider, model, quirk)
    "ds-think": ("deepseek", "deepseek-reasoner", "think"),
    "qwen-fenced": ("qwen", "qwen-plus", "fenced"),
    "gpt-content": ("openai", "gpt-4o-mini", "content_for_tool"),
}


@pytest.fixture()
def clean_env(monkeypatch, tmp_path):
    for k in (
        "AUDITOR_LLM_BASE_URL",
        "AUDITOR_LLM_MODEL",
        "AUDITOR_LLM_PROVIDER",
        "AUDITOR_LLM_API_KEY",
    ):
        monkeypatch.delenv(k, raising=False)
    (tmp_path / "auditor.toml").write_text(
        f'[llm]\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8"
    )
    return tmp_path / "auditor.toml"


def test_quirk_columns_side_by_side(tmp_path, clean_env):
    with FakeLLMServer() as srv:
        args = [
            "eval",
            "run",
            "--item",
            ITEM,
            "--bootstrap",
            "0",
            "-q",
            "--out",
            str(tmp_path / "run"),
        ]
        args += ["--config", str(clean_env)]
        for name, (provider, model, quirk) in COLUMNS.items():
            args += ["--model", f"{name}={model}@{provider}+{srv.url_for(provider, quirk)}"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        seen = {(r["provider"], r["quirk"]) for r in srv.requests}
    assert seen == {(p, q) for p, _m, q in COLUMNS.values()}
    run = json.loads((tmp_path / "run" / "run.json").read_text(encoding="utf-8"))
    settings = {m["name"]: m.get("settings", {}) for m in run["models"]}
    assert {n: settings[n]["provider"] for n in COLUMNS} == {
        n: p for n, (p, _m, _q) in COLUMNS.items()
    }
    assert all("+" not in (m["base_url"] or "").split("://")[0] for m in run["models"])
    flat = json.loads((tmp_path / "run" / "metrics.json").read_text(encoding="utf-8"))["flat"]
    for name in COLUMNS:  # every row graded by the model, under each quirk
        rates = [v for k, v in flat.items() if k.endswith(f"{name}.fallback_rate")]
        assert rates and all(v == 0 for v in rates), (name, rates)
    comparison = (tmp_path / "run" / "comparison.md").read_text(encoding="utf-8")
    assert all(name in comparison for name in COLUMNS)
