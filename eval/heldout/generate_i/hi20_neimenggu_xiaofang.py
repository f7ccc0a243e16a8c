"""hi20 内蒙古 · 敖伦旗消防救援大队 2025: GB18030 text (LF). A project table copied as one cell per
line with the hierarchy shown by indentation and the 效益 二级 labels broken over two lines; then
the evaluation-indicator system of the fire-station project (分值, 指标解释, 评分标准, no targets,
a 总分 line) copied out of Word with blank lines between cells."""

from __future__ import annotations

from dsl import rows
from emit import Tab, indented_table, text_file
from iframe import headed_table
from inoise import indent_prose
from kit import tags
from spec import Doc, Table

UNIT = "敖伦旗消防救援大队"

T1 = Table(
    "project",
    "政府专职消防队员经费",
    212.0,
    "保障36名政府专职消防队员工资福利和训练，全年接警出动1分钟内，火灾亡人事故为零。",
    rows(
        """
产出指标 | 数量指标 | 政府专职消防队员人数 | ＝36人 | 4 | |
         |          | 全年出警次数 | ≥400次 | 4 | |
         | 质量指标 | 专职队员持证上岗率 | 100% | 4 | |
         |          | 到场灭火救援成功率 | ≥98% | 4 | |
         | 时效指标 | 接警出动时间 | ≤1分钟 | 4 | |
         | 成本指标 | 专职消防员人均年工资 | ≤5.6万元 | 4 | |
效益指标 | 社会效益指标 | 火灾亡人事故 | 0起 | 4 | | 社会效益\\n指标
         |              | 群众消防安全意识 | 普遍提高 | 2 | V401 | 社会效益\\n指标
         | 可持续影响指标 | 专职消防队伍建设 | 长期稳定 | 2 | V401 | 可持续影响\\n指标
满意度指标 | 服务对象满意度指标 | 辖区群众满意度 | ≥95 | 3 | U304 |
""",
        "l1 l2 l3 value spec codes printed_l2",
    ),
    title="敖伦旗2025年项目支出绩效目标表",
)
for _r in T1.rows:  # the dsl keeps "\\n" literally in extras: make it a real line break
    if "printed_l2" in _r.x:
        _r.x["printed_l2"] = _r.x["printed_l2"].replace("\\n", "\n")
        _r.note = "二级 printed broken over two lines"

T2 = Table(
    "evaluation_system",
    "敖伦旗消防救援站建设项目",
    None,
    None,
    rows(
        """
决策 | 项目立项 | 立项程序规范性 | 5 | 项目是否按规定程序申请设立 | 程序规范得5分，否则不得分
     | 绩效目标 | 绩效指标明确性 | 5 | 绩效指标是否细化、量化 | 全部细化量化得5分，部分得2分
过程 | 资金管理 | 资金使用合规性 | 10 | 资金使用是否符合财务管理制度 | 发现违规使用不得分
     | 组织实施 | 工程质量管理制度执行 | 10 | 是否落实工程监理和竣工验收制度 | 每项缺失扣2分
产出 | 产出数量 | 消防站主体工程完成率 | 20 | 实际完成工程量÷计划工程量×100% | 100%得满分，否则按比例扣分
     | 产出质量 | 工程验收合格率 | 15 | 验收合格单位工程数÷单位工程总数×100% | 合格率100%得满分
效益 | 社会效益 | 辖区消防救援到场时间 | 15 | 新站投用后辖区平均到场时间较上年缩短情况 | 缩短2分钟以上得满分，每少30秒扣3分
满意度 | 服务对象满意度 | 辖区群众满意度 | 20 | 问卷调查辖区群众对消防站建设的满意程度 | 90%以上得满分，每低1个百分点扣2分
""",
        "l1 l2 l3 score_max desc std",
        note="evaluation criterion without a target value",
    ),
    title="敖伦旗消防救援站建设项目绩效评价指标体系",
    extra={"total_row": "总分 100"},
)


def render(doc: Doc) -> bytes:
    f2 = headed_table(
        T2,
        [],
        ["一级\n指标", "二级\n指标", "三级指标", "分值", "指标解释", "评分标准"],
        ["l1", "l2", "l3", "score_max", "desc", "std"],
        total=["总分", "", "", "100", "", ""],
    )
    return text_file(
        [
            "敖伦旗消防救援大队2025年部门预算公开",
            "",
            indent_prose("一、项目支出绩效目标"),
            indented_table(
                T1.title,
                [("项目名称", T1.project), ("预算金额", "212万元"), ("年度目标", T1.goal or "")],
                T1.rows,
            ),
            "",
            indent_prose("二、重点项目绩效评价指标体系"),
            T2.title,
            "",
            Tab(f2, {"style": "cell_blank"}),
        ],
        encoding="gb18030",
    )


DOC = Doc(
    id="hi20_neimenggu_xiaofang",
    file="hi20_内蒙古敖伦旗消防救援大队_2025.txt",
    unit=UNIT,
    year=2025,
    tags=tags(
        "txt",
        "gb18030",
        "内蒙古",
        "消防救援",
        "indentation broken-labels evaluation-system cell-per-line-blank several-tables",
    ),
    tables=[T1, T2],
    render=render,
)
