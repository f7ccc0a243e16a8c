"""hh03 — 湖南 沅溪县农业农村局, 2023, a WPS-exported DOCX: the 2021 framework with 成本指标 as
一级, the value split into 符号 | 值 | 单位 with 指标性质 and 权重 columns, labels broken by soft
line breaks inside cells, cells that open with an empty paragraph, an unfilled 社会成本 row."""

from __future__ import annotations

from dsl import rows, with_parts
from emit import Tab, docx_file
from frame import project_table
from kit import tags
from spec import Doc, Table

DEPT = "沅溪县农业农村局"
COLS = "l1 l2 l3 value nature weight spec codes"
HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "值", "单位", "权重（%）"]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "weight"]

T1 = Table(
    "project",
    "2023年高标准农田建设项目",
    1860.0,
    "在高桥、龙潭2个乡镇新建高标准农田1.2万亩，配套建设灌溉渠道38公里、机耕路21公里，"
    "项目区粮食亩产提高50公斤以上，2023年12月底前完成竣工验收。",
    with_parts(
        rows(
            """
产出指标 | 数量指标 | 新建高标准农田面积 | ≥1.2万亩 | 定量 | 10 | 4 |
 | | 新建灌溉渠道长度 | ≥38公里 | 定量 | 10 | 4 |
 | | 新建机耕路长度 | ≥21公里 | 定量 | 5 | 4 |
 | 质量指标 | 工程竣工验收合格率 | 100% | 定量 | 10 | 4 |
 | 时效指标 | 竣工验收完成时间 | ≤12月 | 定量 | 5 | 4 |
成本指标 | 经济成本指标 | 亩均建设投入 | ≤1550元/亩 | 定量 | 10 | 4 |
 | 社会成本指标 | 社会成本指标 | 无 | 定性 | 5 | 1 | T107
 | 生态环境成本指标 | 施工期水土流失 | 不明显增加 | 定性 | 5 | 3 |
效益指标 | 经济效益指标 | 项目区粮食亩产增加 | ≥50公斤 | 定量 | 10 | 4 |
 | 社会效益指标 | 受益农户数 | ≥3200户 | 定量 | 10 | 4 |
 | 生态效益指标 | 农田灌溉水有效利用系数 | ≥0.56 | 定量 | 5 | 4 |
 | 可持续影响指标 | 工程设施使用年限 | ≥15年 | 定量 | 5 | 4 |
满意度指标 | 服务对象满意度指标 | 项目区农户满意度 | ≥90% | 定量 | 10 | 4 |
""",
            COLS,
        )
    ),
    title="2023年高标准农田建设项目绩效目标表",
)

T2 = Table(
    "project",
    "2023年农作物病虫害统防统治补助",
    95.0,
    "扶持专业化防治服务组织开展水稻病虫害统防统治作业5.5万亩次，主要病虫危害损失率控制在5%以内。",
    with_parts(
        rows(
            """
产出指标 | 数量指标 | 统防统治作业面积 | ≥5.5万亩次 | 定量 | 15 | 4 |
 | | 扶持专业化防治服务组织 | ≥12家 | 定量 | 10 | 4 |
 | 质量指标 | 病虫害防治效果 | ≥85% | 定量 | 10 | 4 |
 | 时效指标 | 补助资金兑付时间 | 作业结束后60日内 | 定性 | 5 | 4 |
成本指标 | 经济成本指标 | 每亩次作业补助标准 | ≤17元 | 定量 | 10 | 4 |
 | 社会成本指标 | 社会成本指标 | 无 | 定性 | 5 | 1 | T107
 | 生态环境成本指标 | 化学农药使用量 | 下降 | 定性 | 5 | 2 | V401
效益指标 | 经济效益指标 | 挽回粮食损失 | ≥2700吨 | 定量 | 10 | 4 |
 | 社会效益指标 | 主要病虫危害损失率 | ≤5% | 定量 | 5 | 4 |
 | | 开展统防统治技术培训 | ≥6场 | 定量 | 5 | 4 | C206:training sessions held are an output count, placed under 社会效益
 | 生态效益指标 | 农药利用率 | 明显提高 | 定性 | 10 | 2 | V401
满意度指标 | 服务对象满意度指标 | 种植户满意度 | ≥90% | 定量 | 10 | 4 |
""",
            COLS,
        )
    ),
    title="2023年农作物病虫害统防统治补助绩效目标表",
)
for r in T1.rows + T2.rows:
    if r.l2 in ("生态环境成本指标", "可持续影响指标"):
        r.x["printed_l2"] = r.l2[:-2] + "\n指标"


def render(doc: Doc) -> bytes:
    blocks: list[object] = [
        "# 沅溪县农业农村局2023年项目支出绩效目标表",
        "编制单位：沅溪县农业农村局　　　　　　　　　　　　　　单位：万元",
    ]
    for t, money in ((T1, "1860.00"), (T2, "95.00")):
        f = project_table(t, DEPT, HEAD, KEYS, "年度资金总额", money, "年度绩效目标")
        blocks += [t.title, Tab(f, trailing_empty=[(4, 2), (6, 2)])]
    blocks.append("填报说明：指标性质分定量、定性两类，定性指标在“单位”栏填写文字描述。")
    return docx_file(blocks, wps=True, leading_empty=5)  # type: ignore[arg-type]


DOC = Doc(
    "hh03_hunan_nongye",
    "hh03_湖南沅溪县农业农村局_2023.docx",
    DEPT,
    2023,
    tags(
        "docx",
        "",
        "湖南",
        "农业农村",
        "split-value extra-columns broken-labels several-tables unit-year-framing",
        framework="2021",
    ),
    [T1, T2],
    render=render,
)
