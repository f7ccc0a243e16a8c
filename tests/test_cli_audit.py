"""`auditor audit` as a publishing gate: exit codes for findings, bad waivers and crashed rules."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from auditor.cli import app
from auditor.rules.registry import get_rule

runner = CliRunner()


def test_findings_gate_and_fail_on(corpus_files):
    doc = str(corpus_files[0])
    assert runner.invoke(app, ["audit", doc, "--reports", "none"]).exit_code == 1
    assert (
        runner.invoke(app, ["audit", doc, "--reports", "none", "--fail-on", "never"]).exit_code == 0
    )
    assert runner.invoke(app, ["audit", doc, "--reports", "none", "--exit-zero"]).exit_code == 0


def test_bad_baseline_is_a_configuration_error(corpus_files, tmp_path):
    bad = tmp_path / "waivers.json"
    bad.write_text(json.dumps({"entries": 5}), encoding="utf-8")
    for path in (bad, tmp_path / "missing.json"):
        res = runner.invoke(
            app,
            [
                "audit",
                str(corpus_files[0]),
                "--reports",
                "none",
                "--exit-zero",
                "--baseline",
                str(path),
            ],
        )
        assert res.exit_code == 2 and "基线文件错误" in res.output


def test_a_crashing_rule_fails_the_gate_even_with_exit_zero(corpus_files, monkeypatch):
    rule = get_rule("U307")

    def boom(self, row, table, doc, ctx):
        raise RuntimeError("rule bug")

    monkeypatch.setattr(rule, "check_row", boom)
    res = runner.invoke(
        app, ["audit", str(corpus_files[0]), "--reports", "none", "--exit-zero", "--format", "json"]
    )
    assert res.exit_code == 2
    findings = json.loads(res.stdout)["documents"][0]["findings"]
    assert any(f["code"] == "E900" and "U307" in f["message"] for f in findings)
    assert any(f["code"] != "E900" for f in findings)  # the other rules still ran


def test_stage_sections_are_checked(tmp_path):
    from auditor.config import load_config

    good = tmp_path / "auditor.toml"
    good.write_text(
        '[batch]\ncounty-part = 1\nworkers = 2\n[llm]\nmax_concurrency = 4\napi_key_env = "K"\n',
        encoding="utf-8",
    )
    cfg = load_config(good)
    assert cfg.batch.county_part == 1 and cfg.batch.workers == 2 and cfg.llm["max_concurrency"] == 4
    for text, needle in (
        ("[llm]\nmax_concurency = 8\n", "max_concurency"),  # a typo is an error, not ignored
        ('[llm]\napi_key = "sk-x"\n', "api_key_env"),  # keys never in files
        ("[batch]\nworkerz = 2\n", "workerz"),
        ("[report]\ntheme = 1\n", "report"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(text, encoding="utf-8")
        try:
            load_config(bad)
        except ValueError as exc:
            assert needle in str(exc)
        else:
            raise AssertionError(f"accepted: {text!r}")
    res = runner.invoke(
        app, ["audit", "samples/corpus/000_2e9e93228bddc639.txt", "--config", str(bad)]
    )
    assert res.exit_code == 2
