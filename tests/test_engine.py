"""Rule engine, configuration, baseline, exit codes and the `rules`/`rule` commands.

Fake rules with codes Z9xx are registered for the duration of each test (and the real rules are
de-selected with select=["Z9"]) so these tests do not depend on the rule authors' progress.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.config import AuditConfig, find_config_file, load_config
from auditor.models import Document, Finding, IndicatorRow, Table
from auditor.rules.base import REGISTRY, Rule, Violation, register
from auditor.rules.baseline import apply_baseline, filter_baseline, write_baseline
from auditor.rules.engine import check_row_standalone, exit_code, run_corpus_rules, run_rules
from auditor.rules.registry import all_rules, get_rule
from auditor.rules.selection import is_enabled, severity_for


# -- fake rules ---------------------------------------------------------------------------------
class RowSat(Rule):
    """Flags satisfaction rows capped from above (≤)."""

    code, name, family, severity, scope = "Z901", "fake-row", "Z", "error", "row"
    summary, what, why, bad, better = "假规则", "what", "why", "满意度 ≤80%", "满意度 ≥90%"

    def check_row(self, row, table, doc, ctx):
        if "满意" in row.level3 and row.value.startswith("≤"):
            yield Violation(
                message=f"满意度不应设上限: {row.value}",
                message_en=f"satisfaction capped: {row.value}",
                evidence=f"{row.level3} {row.value}",
                fix=row.value.replace("≤", "≥"),
            )
            # the same violation twice: the engine must de-duplicate
            yield Violation(
                message=f"满意度不应设上限: {row.value}",
                message_en=f"satisfaction capped: {row.value}",
                evidence=f"{row.level3} {row.value}",
                fix=row.value.replace("≤", "≥"),
            )


class RowNoEnglish(Rule):
    code, name, family, severity, scope = "Z902", "fake-row-zh-only", "Z", "info", "row"
    summary = "仅中文消息"

    def check_row(self, row, table, doc, ctx):
        if row.index == 1:
            yield Violation(message="第一行", scope="project" if table.index == 2 else None)


class ProjectRule(Rule):
    code, name, family, severity, scope = "Z903", "fake-project", "Z", "warning", "project"
    summary = "项目级"

    def check_table(self, table, doc, ctx):
        yield Violation(message=f"项目 {table.project}", row_index=1)  # row_index must be dropped


class DocRule(Rule):
    code, name, family, severity, scope = "Z904", "fake-document", "Z", "warning", "document"
    summary = "文档级"

    def check_document(self, doc, ctx):
        yield Violation(message="整份文件", table_index=1)  # document scope: table index dropped
        yield Violation(message="表2第3行的问题", scope="row", table_index=2, row_index=3)


class Boom(Rule):
    code, name, family, severity, scope = "Z905", "fake-raises", "Z", "warning", "row"
    summary = "总是出错"

    def check_row(self, row, table, doc, ctx):
        raise KeyError("万元")


class CorpusRule(Rule):
    code, name, family, severity, scope = "Z906", "fake-corpus", "Z", "info", "corpus"
    summary = "跨文件"

    def check_corpus(self, docs, ctx):
        for d in docs:
            yield d, Violation(message=f"{d.unit} 重复", table_index=1, row_index=1)


FAKES = [RowSat, RowNoEnglish, ProjectRule, DocRule, Boom, CorpusRule]


@pytest.fixture
def fakes():
    for cls in FAKES:
        register(cls)
    yield
    for cls in FAKES:
        REGISTRY.pop(cls.code, None)


def _row(i, level3, value, **kw):
    return IndicatorRow(
        index=i, level1="满意度指标", level2="服务对象满意度指标", level3=level3, value=value, **kw
    )


def make_doc(source="a.txt", unit="某某县第1局", swap=False) -> Document:
    t1 = Table(
        index=1,
        kind="project",
        project="办公经费",
        rows=[
            _row(1, "群众满意度", "≤80%"),
            _row(2, "企业满意度", "≥90%"),
            _row(3, "职工满意度", "≤85%"),
        ],
    )
    t2 = Table(
        index=2,
        kind="project",
        project="培训费",
        rows=[
            _row(1, "学员满意度", "≤70%"),
            _row(2, "培训人数", "≥100人"),
            _row(3, "培训满意度", "≥95%"),
        ],
    )
    if swap:  # re-extraction with projects and rows in another order
        t1, t2 = t2, t1
        t1.index, t2.index = 1, 2
        t2.rows = list(reversed(t2.rows))
        for i, r in enumerate(t2.rows, 1):
            r.index = i
    return Document(source=source, unit=unit, tables=[t1, t2])


def only(*codes):
    return AuditConfig(select=list(codes))


# -- registry -----------------------------------------------------------------------------------
def test_registry_sorted_and_lookup(fakes):
    codes = [r.code for r in all_rules()]
    assert codes == sorted(codes)
    assert "E900" in codes and "Z901" in codes
    assert get_rule("z901") is RowSat
    assert get_rule("fake-row") is RowSat
    with pytest.raises(KeyError):
        get_rule("X999")


def test_registry_imports_every_family():
    import sys

    import auditor.rules.registry  # noqa: F401

    for fam in (
        "category",
        "units",
        "vague",
        "ratio",
        "boilerplate",
        "goal_text",
        "leftovers",
        "artefacts",
        "structure",
        "budget",
        "goals",
        "corpus_index",
    ):
        assert f"auditor.rules.{fam}" in sys.modules


# -- engine ---------------------------------------------------------------------------------------
def test_row_findings_conversion_and_dedupe(fakes):
    fs = run_rules(make_doc(), only("Z901"))
    assert [(f.table_index, f.row_index) for f in fs] == [(1, 1), (1, 3), (2, 1)]
    f = fs[0]
    assert (f.code, f.name, f.severity, f.scope) == ("Z901", "fake-row", "error", "row")
    assert (
        f.message == "满意度不应设上限: ≤80%"
        and f.fix == "≥80%"
        and f.evidence == "群众满意度 ≤80%"
    )


def test_message_language(fakes):
    fs = run_rules(make_doc(), AuditConfig(select=["Z901", "Z902"], lang="en"))
    assert any(f.message == "satisfaction capped: ≤80%" for f in fs)
    assert any(f.message == "第一行" for f in fs)  # no English text: falls back to Chinese


def test_scopes_and_indices(fakes):
    fs = run_rules(make_doc(), only("Z902", "Z903", "Z904"))
    got = {(f.code, f.scope, f.table_index, f.row_index, f.message) for f in fs}
    assert ("Z902", "row", 1, 1, "第一行") in got
    assert ("Z902", "project", 2, None, "第一行") in got  # scope override -> no row index
    assert ("Z903", "project", 1, None, "项目 办公经费") in got
    assert ("Z904", "document", None, None, "整份文件") in got
    assert ("Z904", "row", 2, 3, "表2第3行的问题") in got
    # order: document-level first, then by table, row (project-level before rows), code
    keys = [
        (
            -1 if f.table_index is None else f.table_index,
            -1 if f.row_index is None else f.row_index,
            f.code,
        )
        for f in fs
    ]
    assert keys == sorted(keys)
    assert fs[0].scope == "document"


def test_deterministic_order(fakes):
    cfg = only("Z9")
    a = [f.model_dump() for f in run_rules(make_doc(), cfg)]
    b = [f.model_dump() for f in run_rules(make_doc(), cfg)]
    assert a == b


def test_configured_severity(fakes):
    cfg = AuditConfig(select=["Z9"], severity={"Z9": "info", "Z901": "warning"})
    fs = run_rules(make_doc(), cfg)
    sev = {f.code: f.severity for f in fs}
    assert sev["Z901"] == "warning" and sev["Z903"] == "info"


def test_raising_rule_becomes_one_e900(fakes):
    fs = run_rules(make_doc(), only("Z901", "Z905"))
    e900 = [f for f in fs if f.code == "E900"]
    assert len(e900) == 1  # six rows raised, one finding
    e = e900[0]
    assert e.severity == "error" and e.scope == "document" and e.name == "internal-error"
    assert (
        "Z905" in e.message
        and "KeyError" in e.message
        and "共6次" in e.message
        and "表1第1行" in e.message
    )
    assert sum(f.code == "Z901" for f in fs) == 3  # the other rule still ran
    # E900 cannot be de-selected (the audit would look clean) but its severity is configurable
    cfg = AuditConfig(select=["Z905"], ignore=["E"], severity={"E900": "warning"})
    (e,) = run_rules(make_doc(), cfg)
    assert e.code == "E900" and e.severity == "warning"


def test_check_row_standalone_runs_only_row_rules(fakes):
    doc = make_doc()
    t = doc.tables[0]
    fs = check_row_standalone(t.rows[0], t, config=only("Z901", "Z903", "Z904"))
    assert [(f.code, f.table_index, f.row_index) for f in fs] == [("Z901", 1, 1)]
    assert check_row_standalone(_row(1, "群众满意度", "≥95%"), t, doc, only("Z901", "Z903")) == []


def test_corpus_rules_keyed_by_source(fakes):
    docs = [make_doc("x/a.txt", "甲局"), make_doc("y/b.txt", "乙局")]
    out = run_corpus_rules(docs, only("Z906"))
    assert set(out) == {"x/a.txt", "y/b.txt"}
    (f,) = out["y/b.txt"]
    assert (f.code, f.scope, f.table_index, f.row_index, f.message) == (
        "Z906",
        "corpus",
        1,
        1,
        "乙局 重复",
    )
    assert run_corpus_rules(docs, only("Z901")) == {"x/a.txt": [], "y/b.txt": []}
    # corpus rules are not part of run_rules
    assert not list(run_rules(docs[0], only("Z906")))


def _f(sev):
    return Finding(code="Z901", severity=sev, scope="row", message="m")


@pytest.mark.parametrize(
    "sevs,fail_on,expected",
    [
        ([], "error", 0),
        (["warning", "info"], "error", 0),
        (["warning", "error"], "error", 1),
        (["warning"], "warning", 1),
        (["info"], "warning", 0),
        (["info"], "info", 1),
        (["error"], "never", 0),
    ],
)
def test_exit_code(sevs, fail_on, expected):
    assert exit_code([_f(s) for s in sevs], fail_on) == expected


def test_exit_code_rejects_unknown_level():
    with pytest.raises(ValueError):
        exit_code([], "fatal")


# -- configuration -------------------------------------------------------------------------------
def test_defaults_and_selection_semantics():
    cfg = AuditConfig()
    assert cfg.select == ["ALL"] and cfg.fail_on == "error" and cfg.lang == "zh"
    assert is_enabled(cfg, "U301") and is_enabled(cfg, "T106")
    cfg = AuditConfig(select=["U", "v401"], ignore=["U3"], extend_select=["U307"])
    assert not is_enabled(cfg, "U301")  # U3 (ignore) more specific than U (select)
    assert is_enabled(cfg, "U307")  # U307 (extend-select) more specific than U3 (ignore)
    assert is_enabled(cfg, "V401") and not is_enabled(cfg, "V402") and not is_enabled(cfg, "T101")
    assert not is_enabled(AuditConfig(select=["U301"], ignore=["U301"]), "U301")  # tie: ignore wins
    assert is_enabled(AuditConfig(select=["U301"], ignore=["U"]), "U301")  # most specific wins


def test_severity_for_most_specific():
    cfg = AuditConfig(severity={"ALL": "info", "U": "warning", "U30": "error"})
    assert severity_for(cfg, "U301", "info") == "error"
    assert severity_for(cfg, "U401", "error") == "warning"
    assert severity_for(cfg, "V401", "error") == "info"
    assert severity_for(AuditConfig(), "V401", "warning") == "warning"


@pytest.mark.parametrize("field", ["select", "ignore", "extend_select"])
def test_unknown_codes_rejected(field):
    with pytest.raises(ValueError, match="X999"):
        AuditConfig(**{field: ["X999"]})
    with pytest.raises(ValueError, match="U9"):
        load_config(None, {field: ["U9"]})


def test_unknown_severity_key_and_level_rejected():
    with pytest.raises(ValueError, match="Q1"):
        AuditConfig(severity={"Q1": "error"})
    with pytest.raises(ValueError):
        AuditConfig(severity={"U301": "fatal"})


def test_auditor_toml_and_pyproject(tmp_path, monkeypatch):
    proj = tmp_path / "proj"
    sub = proj / "a" / "b"
    sub.mkdir(parents=True)
    (proj / "pyproject.toml").write_text(
        '[tool.auditor]\nselect = ["U", "V"]\nignore = ["U307"]\nfail-on = "warning"\n'
        'baseline = "waivers.json"\n[tool.auditor.severity]\nV404 = "error"\n'
        '[tool.auditor.llm]\nmodel = "qwen"\n[tool.auditor.corpus-index]\nthreshold = 0.8\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(sub)
    assert find_config_file() == proj / "pyproject.toml"
    cfg = load_config()
    assert cfg.source == str(proj / "pyproject.toml")
    assert is_enabled(cfg, "U301") and not is_enabled(cfg, "U307") and not is_enabled(cfg, "T101")
    assert cfg.fail_on == "warning" and severity_for(cfg, "V404", "info") == "error"
    assert cfg.llm == {"model": "qwen"} and cfg.corpus_index.threshold == 0.8
    assert Path(cfg.baseline) == proj / "waivers.json"  # relative to the config file
    # an auditor.toml nearer to the cwd wins over the pyproject further up
    (proj / "a" / "auditor.toml").write_text(
        'select = ["T"]\nextend_select = ["B501"]\nlang = "en"\n', encoding="utf-8"
    )
    cfg = load_config()
    assert (
        is_enabled(cfg, "T101")
        and is_enabled(cfg, "B501")
        and not is_enabled(cfg, "U301")
        and cfg.lang == "en"
    )


def test_pyproject_without_section_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nselect = ["V"]\n', encoding="utf-8")
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "inner")
    assert load_config().select == ["V"]


def test_explicit_path_and_errors(tmp_path):
    p = tmp_path / "custom.toml"
    p.write_text('select = ["R"]\n', encoding="utf-8")
    assert load_config(p).select == ["R"]
    with pytest.raises(OSError):
        load_config(tmp_path / "missing.toml")
    p.write_text('selct = ["R"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="selct"):
        load_config(p)
    p.write_text('select = ["R"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="TOML"):
        load_config(p)
    p.write_text('select = ["RX1"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="RX1"):
        load_config(p)


def test_cli_overrides_win(tmp_path):
    p = tmp_path / "auditor.toml"
    p.write_text(
        'select = ["U301", "V"]\nignore = ["V404"]\nfail-on = "warning"\nlang = "zh"\n'
        '[severity]\nU = "info"\nV401 = "warning"\n',
        encoding="utf-8",
    )
    cfg = load_config(
        p, {"fail_on": "info", "lang": "en", "offline": True, "severity": {"V401": "error"}}
    )
    assert (cfg.fail_on, cfg.lang, cfg.offline) == ("info", "en", True)
    assert (
        severity_for(cfg, "V401", "info") == "error"
        and severity_for(cfg, "U301", "error") == "info"
    )
    # --ignore on the command line beats the file's more specific select
    cfg = load_config(p, {"ignore": ["U"]})
    assert not is_enabled(cfg, "U301") and is_enabled(cfg, "V401") and not is_enabled(cfg, "V404")
    # --select on the command line starts afresh (the file's ignore no longer applies)
    cfg = load_config(p, {"select": ["V4"]})
    assert is_enabled(cfg, "V404") and not is_enabled(cfg, "U301")
    cfg = load_config(p, {"extend_select": ["T101"]})
    assert is_enabled(cfg, "T101") and is_enabled(cfg, "U301") and not is_enabled(cfg, "V404")
    with pytest.raises(ValueError, match="fail"):
        load_config(p, {"fail_on": "sometimes"})
    with pytest.raises(ValueError, match="bogus"):
        load_config(p, {"bogus": 1})


# -- baseline ------------------------------------------------------------------------------------
def _audited(doc, cfg):
    doc.findings = run_rules(doc, cfg)
    return doc


def test_baseline_round_trip_survives_reordering(fakes, tmp_path):
    cfg = only("Z901", "Z903", "Z905")
    doc = _audited(make_doc(), cfg)
    doc.findings.append(
        Finding(
            code="Z904", severity="warning", scope="document", message="表1、表2 相同（34个项目）"
        )
    )
    assert {f.code for f in doc.findings} >= {"Z901", "Z903", "Z904", "E900"}
    path = write_baseline([doc], tmp_path / "baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert all(e["code"] != "E900" for e in data["entries"])
    # re-extraction in another order: same findings at other indices are all waived
    doc2 = _audited(make_doc(swap=True), cfg)
    assert {(f.table_index, f.row_index) for f in doc2.findings if f.code == "Z901"} != {
        (f.table_index, f.row_index) for f in doc.findings if f.code == "Z901"
    }
    doc2.findings.append(
        Finding(
            code="Z904", severity="warning", scope="document", message="表2、表1 相同（35个项目）"
        )
    )
    kept = apply_baseline(doc2, doc2.findings, path)
    assert [f.code for f in kept] == ["E900"]  # internal errors are never waived
    assert not [w for w in doc2.warnings if "基线条目未使用" in w]
    assert any("豁免" in w for w in doc2.warnings)  # the report says a baseline was applied


def test_baseline_new_findings_and_counts(fakes, tmp_path):
    cfg = only("Z901")
    doc = _audited(make_doc(), cfg)
    path = write_baseline([doc], tmp_path / "b.json")
    doc2 = make_doc()
    doc2.tables[0].rows.append(_row(4, "群众满意度", "≤80%"))  # a second identical row: new
    doc2.tables[1].rows[2].value = "≤60%"  # a new problem
    kept = apply_baseline(doc2, run_rules(doc2, cfg), path)
    assert sorted((f.table_index, f.row_index) for f in kept) == [(1, 4), (2, 3)]


def test_baseline_reports_unused_entries(fakes, tmp_path):
    cfg = only("Z901")
    path = write_baseline([_audited(make_doc(), cfg)], tmp_path / "b.json")
    doc2 = make_doc()
    doc2.tables[0].rows[0].value = "≥80%"  # fixed
    res = filter_baseline(doc2, run_rules(doc2, cfg), path)
    assert not res.kept and len(res.waived) == 2
    assert [(e["code"], e["level3"]) for e in res.unused] == [("Z901", "群众满意度")]
    apply_baseline(doc2, run_rules(doc2, cfg), path)
    unused = [w for w in doc2.warnings if "基线条目未使用" in w]
    assert len(unused) == 1 and "群众满意度" in unused[0]
    # another unit's document does not use (nor report) these entries
    other = make_doc("b.txt", unit="另一个局")
    assert len(apply_baseline(other, run_rules(other, cfg), path)) == 3
    assert not [w for w in other.warnings if "基线条目未使用" in w]


def test_bad_baseline_file(tmp_path):
    p = tmp_path / "b.json"
    p.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError):
        apply_baseline(make_doc(), [], p)


# -- CLI -------------------------------------------------------------------------------------------
def test_cli_rules_and_rule(fakes):
    from auditor.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["rules", "--format", "json"])
    assert res.exit_code == 0, res.output
    items = json.loads(res.stdout)
    codes = [i["code"] for i in items]
    assert codes == sorted(codes) and {"E900", "Z901", "Z906"} <= set(codes)
    z = next(i for i in items if i["code"] == "Z901")
    assert z == {
        "code": "Z901",
        "name": "fake-row",
        "family": "Z",
        "severity": "error",
        "scope": "row",
        "status": "stable",
        "summary": "假规则",
    }
    res = runner.invoke(app, ["rules"])
    assert res.exit_code == 0 and "Z906" in res.stdout and "fake-corpus" in res.stdout

    res = runner.invoke(app, ["rule", "Z901"])
    assert res.exit_code == 0
    for part in (
        "Z901 fake-row",
        "## What it flags",
        "## Why it matters",
        "## Bad",
        "满意度 ≤80%",
        "## Better",
        "满意度 ≥90%",
    ):
        assert part in res.stdout
    res = runner.invoke(app, ["rule", "fake-row", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["bad"] == "满意度 ≤80%"

    res = runner.invoke(app, ["rule", "X999"])
    assert res.exit_code == 2
    assert "X999" in res.output and "未知的规则代码" in res.output


def test_selected_rules_follow_a_selection_changed_in_place(fakes):
    from auditor.rules.engine import enabled_rules

    cfg = only("Z901", "Z902")
    assert [r.code for r in enabled_rules(cfg, ("row",))] == ["Z901", "Z902"]
    cfg.ignore.append("Z902")  # the selected rules are cached per configuration
    assert [r.code for r in enabled_rules(cfg, ("row",))] == ["Z901"]
    cfg.add_layer(select=["Z905"])
    assert [r.code for r in enabled_rules(cfg, ("row",))] == ["Z905"]
