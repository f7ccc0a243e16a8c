"""hg02 — 山西 · 绵山县卫生健康局, 2025: a WPS-exported DOCX project table with the value split into
符号 | 数值 | 单位, 指标性质, requirement marks in the 二级 labels, a 二级 broken over two lines in its
cell, soft line breaks, full-width indents and empty paragraphs in merged cells; goal under 总体目标."""

from __future__ import annotations

from emit import Block, Tab, docx_file
from frame import MY, SH, SX, E, P, S, project_table
from kit import U307, V401, V403, codes, qual, split, tags
from spec import Doc, Table

DEPT = "绵山县卫生健康局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "符号", "数值", "单位", "指标值说明"]
KEYS = ["l1", "l2", "l3", "nature", "p0", "p1", "p2", "desc"]
NOTE = "二级 printed with its requirement mark （必填）, kept as printed"
QN, QL = {"nature": "定量"}, {"nature": "定性"}
SL_ = "数量指标（必填）"
ZL_ = "质量指标（必填）"

ROWS = [
    split(
        P,
        SL_,
        "65岁及以上老年人健康管理人数",
        "≥",
        "9800",
        "人",
        5,
        desc="辖区65岁及以上常住老年人中接受年度体检和健康指导的人数（基卫信息系统）",
        note=NOTE,
        x=QN,
    ),
    split(
        P,
        SL_,
        "高血压患者规范管理人数",
        "≥",
        "7200",
        "人",
        4,
        desc="高血压患者规范管理人数",
        note=NOTE,
        x=QN,
        c=V403,
    ),
    split(
        P,
        SL_,
        "0-6岁儿童健康管理率",
        "≥",
        "90",
        "%",
        4,
        desc="年内接受1次及以上随访的0-6岁儿童数/辖区0-6岁儿童数",
        note=NOTE,
        x=QN,
    ),
    split(
        P,
        SL_,
        "孕产妇系统管理率",
        "≧",
        "90",
        "%",
        4,
        desc="按规定接受孕早期检查和产后访视的孕产妇比例",
        note=NOTE,
        x=QN,
        c=U307,
    ),
    split(
        P,
        ZL_,
        "居民电子健康档案动态使用率",
        "≥",
        "65",
        "%",
        4,
        desc="档案中有动态记录的人数/建档人数",
        note=NOTE,
        x=QN,
    ),
    split(
        P,
        ZL_,
        "严重精神障碍患者规范管理率",
        "≥",
        "85",
        "%",
        4,
        desc="规范管理的在册患者比例",
        note=NOTE,
        x=QN,
    ),
    qual(
        P,
        ZL_,
        "基层医疗卫生机构服务能力",
        "逐步提升",
        2,
        desc="基层医疗卫生机构服务能力",
        note=NOTE,
        x=QL,
        c=codes(V401, V403),
    ),
    split(P, SX, "补助资金拨付时间", "", "2025年9月底前", "", 4, desc="按季度预拨、年终结算", x=QN),
    split(
        P,
        SX,
        "季度考核完成时间",
        "=",
        "4",
        "次",
        4,
        desc="每季度末次月15日前完成绩效考核",
        x=QN,
        c={"C202": "a count (次) under 时效"},
    ),
    split(
        E,
        SH,
        "城乡居民基本公共卫生服务差距",
        "",
        "逐步缩小",
        "",
        2,
        desc="城乡居民公共卫生服务差距",
        x=QN,
        c=V401,
    ),
    split(
        E,
        SH,
        "传染病报告及时率",
        "=",
        "100",
        "%",
        4,
        desc="法定传染病在规定时限内网络直报的比例",
        x=QN,
    ),
    split(
        E,
        "可持续影响\n指标",
        "居民健康素养水平",
        "≥",
        "28",
        "%",
        4,
        desc="居民健康素养监测调查结果",
        x={"nature": "定量", "printed_l2": "可持续影响\n指标"},
    ),
    split(
        S, MY, "城乡居民对基本公共卫生服务满意度", "≥", "85", "%", 4, desc="第三方满意度调查", x=QN
    ),
]
for r in ROWS[11:12]:
    r.l2 = "可持续影响指标"
    r.note = "二级 broken over two lines in its cell, labelled joined"

T1 = Table(
    "project",
    "基本公共卫生服务项目",
    1436.82,
    "按照国家基本公共卫生服务规范，为辖区常住居民免费提供居民健康档案管理、健康教育、预防接种、"
    "0-6岁儿童和孕产妇健康管理、老年人及慢性病患者健康管理等服务，人均补助标准不低于94元，"
    "重点人群规范管理率达到省定目标。",
    ROWS,
    title="绵山县卫生健康局2025年部门预算项目支出绩效目标表",
    extra={
        "budget_source": "项目资金总额 1436.82万元：中央资金 1068.40，省级资金 214.36，县级资金 154.06"
    },
)


def render(doc: Doc) -> bytes:
    f = project_table(
        T1,
        DEPT,
        HEAD,
        KEYS,
        "项目资金\n（万元）",
        "年度资金总额：1436.82\n其中：中央资金 1068.40　省级资金 214.36　县级资金 154.06",
        goal_label="总体目标",
    )
    blocks: list[Block] = [
        "# 绵山县卫生健康局2025年部门预算项目支出绩效目标表",
        "（2025年度）",
        "单位：万元",
        Tab(f, trailing_empty=[(5, 7), (9, 7)]),
        "注：基本公共卫生服务人均财政补助标准按省定标准执行。",
    ]
    return docx_file(blocks, wps=True, indent=True)


DOC = Doc(
    "hg02_shanxi_weijian",
    "hg02_shanxi_weijian.docx",
    DEPT,
    2025,
    tags(
        "docx",
        "",
        "山西",
        "卫健",
        "split-value extra-columns label-notes broken-labels goal-heading budget-lines",
    ),
    [T1],
    render=render,
)
