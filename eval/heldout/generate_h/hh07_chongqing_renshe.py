"""hh07 — 重庆 渝岭县人力资源和社会保障局, a 2024 disclosure in text copied out of a page
converter (UTF-8 with BOM): the 2024 project table one cell per line ending in a pipe, then the
2023 self-evaluation (绩效自评表) with lone pipes for the merged cells."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table

DEPT = "渝岭县人力资源和社会保障局"

T1 = Table(
    "project",
    "2024年就业补助资金",
    1265.0,
    "落实职业培训补贴、社会保险补贴、公益性岗位补贴等政策，全年城镇新增就业5200人，"
    "城镇调查失业率控制在5.5%以内，帮扶就业困难人员实现就业600人。",
    rows(
        """
产出指标 | 数量指标 | 城镇新增就业人数 | ≥5200人 | 4 |
 | | 就业困难人员实现就业人数 | ≥600人 | 4 |
 | | 公益性岗位安置人数 | ≥320人 | 4 |
 | 质量指标 | 补贴资金发放准确率 | 100% | 4 |
 | 时效指标 | 补贴资金发放及时率 | ≥95% | 4 |
 | 成本指标 | 公益性岗位补贴标准 | 1800元 | 3 | U301:a monthly post subsidy in bare 元 (no 人·月)
效益指标 | 社会效益指标 | 城镇调查失业率 | ≤5.5% | 4 |
 | | 零就业家庭动态清零 | 动态清零 | 3 |
 | 可持续影响指标 | 就业服务体系 | 不断完善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 补贴对象满意度 | ≥90% | 4 |
""",
        "l1 l2 l3 value spec codes",
    ),
    title="渝岭县人力资源和社会保障局2024年项目支出绩效目标表",
)

T2 = Table(
    "self_evaluation",
    "2023年职业技能培训补贴",
    320.0,
    "开展补贴性职业技能培训2500人以上，新增取得职业资格或技能等级证书1800人，促进1000名城乡劳动者就业。",
    rows(
        """
产出指标 | 数量指标 | 补贴培训人数 | ≥2500人 | 2716人 | 15 | 15 | | 4 |
 | | 新增取证人数 | ≥1800人 | 1652人 | 10 | 9 | 部分学员未参加鉴定考试，下年度加强跟踪服务 | 4 |
 | 质量指标 | 培训合格率 | ≥90% | 93.6% | 10 | 10 | | 4 |
 | | 取证后就业率 | ≥60% | 55% | 10 | 10 | | 4 | S801 S804
 | 时效指标 | 补贴发放及时率 | 100% | 100% | 10 | 10 | | 4 |
 | 成本指标 | 人均培训补贴 | ≤1500元/人 | 1100元/人 | 5 | 5 | | 4 |
效益指标 | 社会效益指标 | 参训人员就业技能 | 明显提升 | 明显提升 | 10 | 10 | | 2 | V401
 | | 促进城乡劳动者就业人数 | ≥1000人 | 1208人 | 10 | 10 | | 4 |
满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90% | 95% | 10 | 10 | | 4 |
""",
        "l1 l2 l3 value actual score_max score deviation spec codes",
    ),
    title="2023年度项目支出绩效自评表",
    extra={
        "actual_completion": "全年开展补贴性职业技能培训2716人，新增取证1652人，促进就业1208人。",
        "budget_source": {
            "年初预算数": "300.00",
            "全年预算数": "320.00",
            "全年执行数": "298.60",
            "执行率": "93.3%",
        },
        "execution_score": {"score_max": 10, "score": 9.3},
        "total_score": {"score_max": 100, "score": 98.3},
        "year_evaluated": 2023,
    },
)


def render(doc: Doc) -> bytes:
    f1 = project_table(
        T1,
        DEPT,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["l1", "l2", "l3", "value"],
        "资金总额（万元）",
        "1265.00",
        "年度目标",
    )
    f2 = self_eval_table(
        T2,
        [("主管部门", DEPT, "实施单位", "渝岭县就业和人才服务中心")],
        "项目资金（万元）",
        [("年度资金总额", "300.00", "320.00", "298.60", "10", "93.3%", "9.3")],
        T2.extra["actual_completion"],
        ("100", "98.3"),
    )
    blocks: list[object] = [
        "渝岭县人力资源和社会保障局",
        "2024年部门预算情况说明",
        "十、绩效目标设置情况",
        T1.title,
        Tab(f1, {"style": "cell_pipe"}),
        "",
        "十一、上年度项目绩效自评结果",
        T2.title,
        "（2023年度）",
        Tab(f2, {"style": "lone_pipe"}),
        "自评结论：优。",
    ]
    return text_file(blocks, bom=True)  # type: ignore[arg-type]


DOC = Doc(
    "hh07_chongqing_renshe",
    "hh07_重庆渝岭县人力资源和社会保障局_2024.txt",
    DEPT,
    2024,
    tags(
        "txt",
        "utf-8-sig",
        "重庆",
        "人社",
        "cell-per-line-pipe lone-pipes self-evaluation several-tables budget-lines",
    ),
    [T1, T2],
    render=render,
)
