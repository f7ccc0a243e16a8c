"""The self-evaluation rules (S801-S804) on self-evaluation tables read from text."""

from __future__ import annotations

from pathlib import Path

from auditor.config import AuditConfig
from auditor.pipeline import extract_document
from auditor.rules.engine import run_rules

HEAD = (
    "某县农业农村局2022年度农民技能培训项目绩效自评表\n"
    "项目名称\t农民技能培训\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
)


def _findings(tmp_path: Path, body: str, head: str = HEAD) -> dict[tuple[int | None, str], str]:
    p = tmp_path / "selfeval.txt"
    p.write_text(head + body, encoding="utf-8")
    doc = extract_document(p)
    found = run_rules(doc, AuditConfig())
    return {(f.row_index, f.code): f.evidence for f in found if f.code.startswith("S")}


def test_a_clean_self_evaluation_has_no_findings(tmp_path):
    body = (
        "产出指标\t数量指标\t培训农民人次\t≥1200人次\t1260人次\t30\t30\t无\n"
        "\t质量指标\t培训合格率\t≥95%\t93%\t20\t18\t部分学员缺考，次年增加补考\n"
        "效益指标\t经济效益指标\t带动农户增收\t≥500元/户\t520元/户\t30\t30\t无\n"
        "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t96%\t20\t20\t无\n"
        "总分\t\t\t\t\t100\t98\t\n"
    )
    assert _findings(tmp_path, body) == {}


def test_full_score_for_a_missed_target(tmp_path):
    body = (
        "产出指标\t数量指标\t培训农民人次\t≥1200人次\t1050人次\t30\t30\t无\n"
        "\t时效指标\t培训完成时间\t2022年10月底前\t未完成\t20\t20\t无\n"
        "成本指标\t经济成本指标\t人均培训成本\t≤800元/人\t760元/人\t50\t50\t无\n"
    )
    got = _findings(tmp_path, body)
    assert "低于目标≥1200人次" in got[(1, "S801")]
    assert (2, "S801") in got  # a stated shortfall
    assert (3, "S801") not in got  # 760 ≤ 800 meets an upper bound


def test_score_above_its_points(tmp_path):
    body = "产出指标\t质量指标\t培训合格率\t≥95%\t96%\t20\t25\t无\n"
    assert (1, "S802") in _findings(tmp_path, body)


def test_points_that_do_not_add_up(tmp_path):
    body = (
        "产出指标\t数量指标\t培训农民人次\t≥1200人次\t1260人次\t20\t20\t无\n"
        "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t96%\t20\t20\t无\n"
        "总分\t\t\t\t\t100\t40\t\n"
    )
    got = _findings(tmp_path, body)
    assert "各行分值合计40分，总分行为100分" in got[(None, "S803")]


def test_budget_execution_points_count_towards_the_hundred(tmp_path):
    head = (
        "某县农业农村局2022年度农民技能培训项目绩效自评表\n"
        "项目名称\t农民技能培训\n"
        "项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t100\t100\t98\t10\t98%\t9.8\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    )
    body = (
        "产出指标\t数量指标\t培训农民人次\t≥1200人次\t1260人次\t50\t50\t无\n"
        "效益指标\t经济效益指标\t带动农户增收\t≥500元/户\t520元/户\t30\t30\t无\n"
        "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t96%\t10\t10\t无\n"
    )
    assert (None, "S803") not in _findings(tmp_path, body, head)


def test_missed_target_without_a_reason(tmp_path):
    body = (
        "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t86%\t20\t16\t无\n"
        "产出指标\t数量指标\t培训农民人次\t≥1200人次\t1260人次\t20\t18\t\n"
    )
    got = _findings(tmp_path, body)
    assert "低于目标≥90%" in got[(1, "S804")]
    assert "得分18低于分值20" in got[(2, "S804")]


def test_target_tables_are_not_checked(tmp_path):
    head = "某县农业农村局2023年农民技能培训项目绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t权重\n"
    body = "产出指标\t数量指标\t培训农民人次\t≥1200人次\t40\n"
    assert _findings(tmp_path, body, head) == {}


def test_a_deadline_met_in_a_later_month_is_missed(tmp_path):
    # by the end of June, done in August: full points and no reason are S801 and S804
    body = (
        "产出指标\t时效指标\t培训完成时间\t2022年6月底前\t2022年8月完成\t20\t20\t无\n"
        "\t时效指标\t补贴发放时间\t2022年9月底前\t2022年9月完成\t20\t20\t无\n"
    )
    got = _findings(tmp_path, body)
    assert "晚于目标" in got[(1, "S801")]
    assert (1, "S804") in got
    assert (2, "S801") not in got
