"""舞水县城东社区卫生服务中心 (湖南): GB18030 text with CRLF; the basic public-health project
copied one cell per line with the hierarchy shown by indentation (其中 sub-rows, a name used
twice), and the 2024 self-evaluation of the family-doctor project as tab rows."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from kit import tags
from selfeval import self_eval_table
from spec import Doc, Table
from textual import render_indented

UNIT = "舞水县城东社区卫生服务中心"

T1 = Table(
    "project",
    "基本公共卫生服务项目",
    186.4,
    "为辖区4.2万常住人口提供基本公共卫生服务，项目资金180万元，65岁及以上老年人健康管理率达到65%以上。",
    rows(
        """
产出指标 | 数量指标 | 居民电子健康档案建档人数 | ≥3.8万人 | 4
         |          | 其中：65岁及以上老年人健康管理人数 | ≥4200人 | 4
         |          | 其中：高血压患者规范管理人数 | ≥2600人 | 4
         | 质量指标 | 65岁及以上老年人健康管理率 | ≥65% | 4
         |          | 高血压患者规范管理率 | ≥62% | 4
         |          | 高血压患者规范管理人数 | ≥2600人 | 3 | C202:a count of patients placed under 质量
         | 时效指标 | 服务数据录入 | 及时 | 2 | V401
         | 成本指标 | 人均基本公共卫生服务经费 | 89元 | 4
效益指标 | 社会效益指标 | 居民健康素养水平 | ≥30% | 4
满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥85% | 4
""",
        "l1 l2 l3 value spec codes",
    ),
    title="舞水县城东社区卫生服务中心2025年项目绩效目标表",
    codes={
        "B502": "the goal states 项目资金180万元 while the table's budget is 186.4万元",
        "C204": "高血压患者规范管理人数 appears twice (a 其中 row under 数量 and again under 质量)",
    },
    extra={
        "duplicate_rows": {"高血压患者规范管理人数": [3, 6]},
        "budget_source": "资金总额：186.4万元",
    },
)

T2 = Table(
    "self_evaluation",
    "家庭医生签约服务",
    24.0,
    "重点人群家庭医生签约率达到75%，签约居民续约率80%以上。",
    rows(
        """
产出指标 | 数量指标 | 重点人群签约人数 | ≥9000人 | 4 | 8120人 | 20 | 20 | S801:full points on a missed target S804:missed target without a deviation reason
         | 质量指标 | 重点人群签约率 | ≥75% | 4 | 76.2% | 20 | 20
         | 时效指标 | 签约服务履约 | 按协议 | 3 | 已按协议履约 | 10 | 10
效益指标 | 社会效益指标 | 签约居民续约率 | ≥80% | 4 | 78% | 20 | 17 | | 部分居民迁出辖区，下一年加强随访
满意度指标 | 服务对象满意度指标 | 签约居民满意度 | ≥90% | 4 | 92% | 20 | 20
""",
        "l1 l2 l3 value spec actual score_max score codes deviation",
    ),
    title="2024年度家庭医生签约服务项目绩效自评表",
    extra={
        "year_evaluated": 2024,
        "actual_completion": "签约重点人群8120人，签约率76.2%，续约率78%。",
        "execution_score": 10,
        "total_score": 97,
        "budget_source": "全年预算数 24.00 万元; 全年执行数 24.00, 执行率 100%",
    },
)


def render(doc: Doc) -> bytes:
    f2 = self_eval_table(
        T2,
        [("主管部门", "舞水县卫生健康局", "实施单位", UNIT)],
        "项目资金（万元）",
        [["年度资金总额", "24.00", "24.00", "24.00", "10", "100%", "10"]],
        T2.extra["actual_completion"],
        ("100", "97"),
    )

    def t1(text):
        text.add(
            T1.title,
            "项目名称",
            T1.project,
            "资金总额：186.4万元",
            "年度目标",
            T1.goal or "",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
        )
        render_indented(text, T1.rows, indent=(2, 4, 6, 8))

    blocks = [
        "舞水县城东社区卫生服务中心2025年部门预算",
        "第三部分　绩效目标",
        t1,
        "",
        "第四部分　2024年度绩效自评",
        T2.title,
        Tab(f2, {"style": "tab"}),
        "自评人：邓丽君　　复核人：彭志强",
        "联系人：XXX　　联系电话：0745-XXXXXXX",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")


DOC = Doc(
    "hm15_hunan_sheqv",
    "hm15_湖南舞水县城东社区卫生服务中心_2025.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "湖南",
        "社区卫生服务中心",
        "indentation tab sub-rows self-evaluation budget-lines",
    ),
    [T1, T2],
    render=render,
    codes={"T107": "XX placeholders left in the contact line after the tables"},
    extra={"text_leftovers": ["联系人：XXX　　联系电话：0745-XXXXXXX"]},
)
