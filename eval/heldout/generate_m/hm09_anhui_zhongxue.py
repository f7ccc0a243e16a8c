"""涣水县第二中学 (安徽): GB18030 text copied from a school's notice page; four small project
tables in four text shapes (the whole table on one line without a 一级 column, indentation with a
二级 broken over two lines, cells run together in a table without 三级 that is cut at the end of
the excerpt, and one cell per line between blank lines with numbered names)."""

from __future__ import annotations

from dsl import imply_l1, rows
from emit import Tab, text_file
from kit import tags
from mframe import framed
from spec import Doc, Table
from textual import render_indented, render_one_line

UNIT = "涣水县第二中学"

T1 = Table(
    "project",
    "家庭经济困难学生资助",
    41.5,
    "资助家庭经济困难学生415人次，资助资金按学期足额发放。",
    imply_l1(
        rows(
            """
产出指标 | 数量指标 | 资助学生人次 | 415人次 | 4
         | 质量指标 | 资助对象认定准确率 | 100% | 4
         | 时效指标 | 资助资金发放 | 按学期 | 3
         | 成本指标 | 生均资助标准 | 1000元 | 4
效益指标 | 社会效益指标 | 因贫辍学学生 | 0人 | 4
满意度指标 | 服务对象满意度指标 | 受助学生满意度 | ≥90% | 4
""",
            "l1 l2 l3 value spec codes",
        )
    ),
    title="涣水县第二中学2025年家庭经济困难学生资助项目绩效目标表",
)

T2 = Table(
    "project",
    "校舍维修改造",
    68.0,
    "完成教学楼屋面防水及厕所改造，暑假期间完工。",
    rows(
        """
产出指标 | 数量指标 | 屋面防水改造面积 | 2400平方米 | 4
         |          | 改造学生厕所 | 6座 | 4
         | 质量指标 | 工程验收合格率 | 100% | 4
         | 时效指标 | 完工时间 | 2025年8月25日前 | 4
效益指标 | 经济效益指标 | 节约维修费用 | 明显 | 2 | V401 | 经济效益\\n指标
         | 社会效益指标 | 师生学习生活环境 | 得到改善 | 2 | V401 | 社会效益\\n指标
满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 4
""",
        "l1 l2 l3 value spec codes printed_l2",
    ),
    title="涣水县第二中学2025年校舍维修改造项目绩效目标表",
)

T3 = Table(
    "project",
    "课后服务",
    18.0,
    "开展课后服务，学生自愿参与。",
    rows(
        """
产出指标 | 数量指标 | | 参与课后服务学生≥1200人 | 4
         | 质量指标 | | 课后服务安全事故0起 | 4
         | 成本指标 | | 教师课后服务补助标准50元 | 3 | U301:a per-unit standard in bare 元 without its denominator
效益指标 | 社会效益指标 | | 家长接送难问题得到缓解 | 2 | V401
""",
        "l1 l2 l3 value spec codes",
    ),
    title="课后服务项目绩效目标表",
    extra={
        "cut_off": "the excerpt ends inside the next line (满意度指标服务对象满意度…); complete rows only",
        "no_level3": "二级 followed directly by the target",
        "c203_excused": "the 满意度 row is cut off by the end of the excerpt",
    },
)

T4 = Table(
    "project",
    "学生食堂运行补助",
    12.0,
    "保障食堂正常运转，食品安全零事故。",
    rows(
        """
产出指标 | 数量指标 | 指标1：就餐学生人数 | ≥1500人 | 4
         | 质量指标 | 指标1：食品安全事故 | 0起 | 4
         | 时效指标 | 指标1：补助资金拨付 | 按季度 | 3
效益指标 | 社会效益指标 | 指标1：学生营养状况 | 持续改善 | 2 | V401
满意度指标 | 服务对象满意度指标 | 指标1：学生及家长满意度 | ≥85% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="学生食堂运行补助项目绩效目标表",
    extra={"placeholders": ["指标2：", "指标2："]},
)


def render(doc: Doc) -> bytes:
    f1 = framed(
        3,
        T1.rows,
        ["l2", "l3", "value"],
        [["二级指标", "三级指标", "指标值"]],
        above=[("项目名称", T1.project), ("资金（万元）", "41.5"), ("年度目标", T1.goal or "")],
        merge=("l2",),
    )
    f3 = framed(
        3,
        T3.rows,
        ["l1", "l2", "value"],
        [["一级指标", "二级指标", "指标值"]],
        above=[("项目名称", T3.project), ("资金（万元）", "18"), ("目标", T3.goal or "")],
    )
    blank = ["", "", "指标2：", ""]
    f4 = framed(
        4,
        T4.rows,
        ["l1", "l2", "l3", "value"],
        [["一级\n指标", "二级\n指标", "三级\n指标", "指标值"]],
        above=[("项目名称", T4.project), ("资金（万元）", "12"), ("年度目标", T4.goal or "")],
        after={1: [blank], 3: [blank]},
    )

    def t2(text):
        text.add(
            T2.title,
            f"项目名称：{T2.project}",
            "资金：68万元",
            f"年度目标：{T2.goal}",
            "绩 效 指 标",
        )
        render_indented(text, T2.rows)

    blocks = [
        "涣水县第二中学2025年项目支出绩效目标公示",
        "（摘自学校2025年部门预算，全文见县教育体育局网站）",
        "",
        T1.title,
    ]
    blocks.append(lambda text: render_one_line(text, f1))
    blocks += [
        "",
        t2,
        "",
        T3.title,
        Tab(f3, {"style": "together"}),
        "满意度指标服务对象满意度",
        "",
        T4.title,
        Tab(f4, {"style": "cell_blank"}),
        "涣水县第二中学　2025年3月",
    ]
    return text_file(blocks, encoding="gb18030")


DOC = Doc(
    "hm09_anhui_zhongxue",
    "hm09_安徽涣水县第二中学_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030",
        "安徽",
        "中学",
        "one-line indentation run-together cell-per-line-blank level1-missing-or-unfilled broken-labels no-level3 cut-off prefixes-placeholders",
    ),
    [T1, T2, T3, T4],
    render=render,
)
