"""hf10 · Hunan, 潇水县文化旅游广电局, 2024, text out of a page converter (GB18030, LF): a project
table one cell per line each ending in a pipe, the evaluation-indicator system of a project
with lone pipes for merged cells and a 总分 line, and a small table whose cells run together."""

from __future__ import annotations

from emit import Tab, text_file
from frame import (
    CB,
    KC,
    MY,
    SH,
    SL,
    SX,
    ZL,
    E,
    Framed,
    P,
    S,
    header,
    indicator_body,
    project_table,
)
from grid import Grid
from kit import V401, V403, codes, tags
from spec import Doc, R, Table

UNIT = "潇水县文化旅游广电局"

T1 = Table(
    "project",
    "乡镇综合文化站免费开放",
    92.0,
    "保障全县23个乡镇综合文化站免费开放，每站每年开展文化活动不少于12场，年服务群众20万人次以上。",
    [
        R(P, SL, "免费开放乡镇综合文化站数", "23个", 4),
        R(P, SL, "每站年开展文化活动场次", "≥12场", 4),
        R(P, SL, "年服务群众人次", "≥20万人次", 4),
        R(P, ZL, "文化站每周开放时长", "≥42小时", 4),
        R(P, SX, "免费开放补助资金下达时间", "2024年6月底前", 4),
        R(P, CB, "每站年补助标准", "4万元", 4),
        R(
            E,
            SH,
            "群众文化活动参与人次",
            "≥20万人次",
            4,
            c=codes({"C206": "an output count (people served) placed under 社会效益"}),
        ),
        R(E, KC, "基层公共文化服务体系", "不断完善", 2, c=codes(V401)),
        R(S, MY, "群众满意度", "≥90%", 4),
    ],
    title="潇水县文化旅游广电局2024年项目支出绩效目标表",
    unit_line="单位：万元",
)

SYS = "evaluation criterion without a target value"
T2 = Table(
    "evaluation_system",
    "全域旅游宣传推广",
    None,
    None,
    [
        R(
            "决策",
            "项目立项",
            "立项依据充分性",
            "",
            None,
            x={"weight": "4"},
            note=SYS,
            desc="项目立项是否符合法律法规、相关政策和部门职责",
            std="符合得4分，每有一项不符合扣1分",
        ),
        R(
            "决策",
            "绩效目标",
            "绩效目标明确性",
            "",
            None,
            x={"weight": "4"},
            note=SYS,
            desc="绩效目标是否细化量化、与任务数和预算相匹配",
            std="细化量化得4分，部分量化得2分",
        ),
        R(
            "过程",
            "资金管理",
            "资金到位率",
            "100%",
            4,
            x={"weight": "6"},
            desc="实际到位资金/计划投入资金",
            std="100%得满分，每低1个百分点扣0.5分",
        ),
        R(
            "过程",
            "资金管理",
            "预算执行率",
            "≥95%",
            4,
            x={"weight": "6"},
            desc="实际支出资金/实际到位资金",
            std="达到目标值得满分，每低1个百分点扣0.5分",
        ),
        R(
            "过程",
            "组织实施",
            "管理制度健全性",
            "",
            None,
            x={"weight": "8"},
            note=SYS,
            desc="是否制定宣传推广项目管理及资金管理办法",
            std="健全得8分，不健全酌情扣分",
        ),
        R(
            "产出",
            "产出数量",
            "新媒体宣传推文发布数",
            "≥150条",
            4,
            x={"weight": "10"},
            desc="官方平台原创推文数量",
            std="完成得10分，按完成比例扣分",
        ),
        R(
            "产出",
            "产出数量",
            "参加省内外旅游推介会",
            "≥6场",
            4,
            x={"weight": "10"},
            desc="县级组团参加的推介会场次",
            std="完成得10分，每少1场扣2分",
        ),
        R(
            "产出",
            "产出质量",
            "宣传内容审核通过率",
            "100%",
            4,
            x={"weight": "8"},
            desc="宣传内容审核通过率",
            std="100%得满分，否则不得分",
            c=codes(V403),
        ),
        R(
            "效益",
            "经济效益",
            "全县旅游综合收入增长率",
            "≥8%",
            4,
            x={"weight": "15"},
            desc="较上年旅游综合收入增长比例（文旅部门统计）",
            std="达到目标得满分，按比例扣分",
        ),
        R(
            "效益",
            "社会效益",
            "县域旅游品牌知名度",
            "明显提升",
            2,
            x={"weight": "15"},
            desc="网络搜索指数及游客认知度",
            std="酌情评分",
            c=codes(V401),
        ),
        R(
            "满意度",
            "服务对象满意度",
            "游客满意度",
            "≥90%",
            4,
            x={"weight": "14"},
            desc="景区游客抽样问卷调查",
            std="≥90%得满分，每低1个百分点扣1分",
        ),
    ],
    title="潇水县2024年全域旅游宣传推广项目绩效评价指标体系",
    extra={"total_row": {"text": "合计", "weight": "100"}},
)
T3 = Table(
    "project",
    "应急广播运行维护",
    38.5,
    "做好应急广播运行维护工作。",
    [
        R(P, SL, "运维应急广播终端数", "286个", 4),
        R(P, ZL, "终端在线率", "≥95%", 4),
        R(P, SX, "故障修复时限", "≤48小时", 4),
        R(E, SH, "预警信息覆盖行政村比例", "100%", 4),
        R(S, MY, "群众满意度", "≥90%", 4),
    ],
    title="潇水县文化旅游广电局2024年项目支出绩效目标表",
    unit_line="单位：万元",
    codes={"T104": "the goal only restates the project name (做好应急广播运行维护工作)"},
)

HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
KEYS = ["l1", "l2", "l3", "value"]
SYS_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值"]
SYS_KEYS = ["l1", "l2", "l3", "weight", "desc", "std", "value"]


def system() -> Framed:
    f = Framed(Grid(7))
    header(f.grid, *SYS_HEAD)
    indicator_body(f, T2.rows, SYS_KEYS)
    f.grid.add("合计", "", "", "100", "", "", "")
    return f


def render(doc: Doc) -> bytes:
    t1 = project_table(T1, UNIT, HEAD, KEYS, "项目资金（万元）", "92.00")
    t3 = project_table(T3, UNIT, HEAD, KEYS, "项目资金（万元）", "38.50")
    return text_file(
        [
            "潇水县文化旅游广电局2024年部门预算公开说明",
            "（附表6）",
            T1.title,
            Tab(t1, {"style": "cell_pipe"}),
            "",
            T2.title,
            Tab(system(), {"style": "lone_pipe"}),
            "",
            T3.title,
            Tab(t3, {"style": "together"}),
        ],
        encoding="gb18030",
    )


DOC = Doc(
    "hf10_hunan_wenlv",
    "hf10_hunan_wenlv.txt",
    UNIT,
    2024,
    tags(
        "txt",
        "gb18030",
        "湖南",
        "文旅",
        "cell-per-line-pipe lone-pipes run-together evaluation-system several-tables",
    ),
    [T1, T2, T3],
    render=render,
)
