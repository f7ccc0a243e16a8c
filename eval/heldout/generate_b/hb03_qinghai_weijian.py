"""hb03 · 青海 · 湟北县卫生健康局: the 部门整体绩效目标表 as a PDF-to-text converter leaves it:
one cell per line ending in a pipe, merged or empty cells as lone `|` lines, trailing empty
cells collapsed into `|||`. The 一级 column is in the header but never filled (each row starts
with a lone pipe), so every 一级 is implied by its 二级; 指标解释 and 评（扣）分标准 columns; unit and year only in
the text above the table; the prose 总体绩效目标 beside the table's 年度绩效目标."""

from __future__ import annotations

from grid import Grid, Text
from spec import Doc, R, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
SL, KX, MY = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
IMPLIED = "一级 column printed but never filled: implied from the 二级"

GOAL = (
    "目标1：做实家庭医生签约服务和基本公共卫生服务项目，重点人群签约覆盖率稳步提高；"
    "目标2：做好传染病防控和免疫规划工作，确保不发生重大传染病暴发流行；"
    "目标3：开展健康教育，全县居民健康素养水平达到28%以上。"
)
TEXT_GOAL = (
    "围绕“健康湟北”建设，巩固基本公共卫生服务均等化成果，提升县乡村三级医疗卫生服务能力，"
    "保障全县人民群众身体健康。"
)

T1 = Table(
    kind="overall",
    project="湟北县卫生健康局",
    budget_wan=3286.47,
    goal=GOAL,
    title="（二）部门整体支出绩效目标表",
    extra={
        "budget_source": "部门预算总额（万元）3,286.47；其中：财政拨款 3,102.15，其他资金 184.32",
        "text_goal": TEXT_GOAL,
    },
    rows=[
        R(
            P,
            "数量指标",
            "家庭医生签约服务人数",
            "≥2.6万人",
            5,
            desc="年内与家庭医生团队签订服务协议的常住居民人数，以基本公共卫生服务信息系统统计为准",
        ),
        R(
            P,
            "数量指标",
            "65岁及以上老年人健康管理人数",
            "≥5200人",
            4,
            desc="反映65岁及以上老年人健康管理人数",
            c={"V403": "解释只是“反映”加指标名"},
        ),
        R(P, "数量指标", "开展健康教育讲座", "≥48场", 4, desc="县乡两级开展健康教育讲座场次"),
        R(
            P,
            "质量指标",
            "适龄儿童国家免疫规划疫苗接种率",
            "≥95%",
            5,
            desc="以乡镇为单位，按免疫规划信息系统统计的接种率",
        ),
        R(
            P,
            "质量指标",
            "孕产妇系统管理率",
            "≥90%",
            4,
            desc="孕产妇系统管理率",
            c={"V403": "解释与指标名相同"},
        ),
        R(
            P,
            "质量指标",
            "法定传染病报告及时率",
            "100%",
            3,
            desc="报告病例总数/按规定时限报告的病例数×100%",
            c={"R601": "及时率的分子分母写反了（总数/及时数）"},
        ),
        R(
            P,
            "时效指标",
            "基本公共卫生服务补助资金拨付时间",
            "按季度拨付",
            3,
            desc="县级按季度预拨乡镇卫生院和村卫生室补助资金",
        ),
        R(
            P,
            "成本指标",
            "人均基本公共卫生服务经费补助标准",
            "≥89元",
            4,
            desc="按国家规定的人均补助标准安排",
        ),
        R(
            P,
            "成本指标",
            "部门整体支出预算执行率",
            "≥95%",
            4,
            desc="全年实际支出数/全年预算数×100%",
            c={"C202": "预算执行率是资金管理（过程）指标，不是成本指标"},
        ),
        R(
            E,
            SL,
            "居民健康素养水平",
            "≥28%",
            5,
            desc="按国家居民健康素养监测方案抽样调查的结果",
        ),
        R(E, SL, "重大传染病暴发流行", "不发生", 3, desc="全年无重大传染病暴发流行事件"),
        R(
            E,
            KX,
            "基层医疗卫生服务能力",
            "逐步提升",
            2,
            c={"V401": "“逐步提升”没有判定标准"},
        ),
        R(
            S,
            MY,
            "签约居民满意度",
            "≥85%",
            5,
            desc="通过第三方电话回访调查签约居民对家庭医生服务的满意程度",
        ),
        R(
            S,
            MY,
            "患者就医满意度",
            "≥90%",
            4,
            desc="反映患者就医满意度",
            c={"V403": "解释只是“反映”加指标名"},
        ),
    ],
)
STANDARDS = (
    "达到2.6万人得满分，每少1000人扣1分",
    "达到目标值得满分，未达到按比例扣分",
    "每少1场扣0.5分",
    "≥95%得满分，每低1个百分点扣1分",
    "≥90%得满分，每低1个百分点扣1分",
    "100%得满分，每迟报1例扣0.5分",
    "按季度及时拨付得满分，每延迟1次扣1分",
    "按标准足额安排得满分，否则不得分",
    "≥95%得满分，每低1个百分点扣0.5分",
    "达到目标值得满分，否则按比例扣分",
    "未发生得满分，发生不得分",
    "根据年度考核情况酌情扣分",
    "≥85%得满分，每低1个百分点扣0.5分",
    "≥90%得满分，每低1个百分点扣0.5分",
)
for _r, _std in zip(T1.rows, STANDARDS, strict=True):
    _r.note = IMPLIED
    _r.std = _std


def _grid() -> Grid:
    g = Grid(6)
    g.add("部门（单位）名称", "湟北县卫生健康局")
    g.span(0, 1, 0, 5)
    g.add("年度预算申请（万元）", "资金总额", "财政拨款", "其他资金")
    g.add("", "3,286.47", "3,102.15", "184.32")
    g.span(1, 0, 2, 0)
    g.add("年度绩效目标", GOAL)
    g.span(3, 1, 3, 5)
    g.add("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评（扣）分标准")
    first = len(g.rows)
    for r in T1.rows:
        g.add("", r.l2, r.l3, r.value, r.desc or "", r.std or "")
    g.merge_runs(1, first, len(g.rows) - 1)
    return g


def _cells_per_line(t: Text, g: Grid) -> None:
    first = 5
    for n, cells in enumerate(g.rows):
        last = max((i for i, c in enumerate(cells) if c), default=-1)
        lines = [f"{c} |" if c else "|" for c in cells[: last + 1]]
        lines[-1] += "|" * (len(cells) - 1 - last) if last < len(cells) - 1 else ""
        if n >= first:
            t.mark(T1.rows[n - first])
        t.add(*lines)


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "湟北县卫生健康局2024年部门预算公开说明",
        "",
        "一、部门主要职能",
        "贯彻执行国家和省、市卫生健康工作方针政策，统筹规划全县卫生健康资源配置，"
        "组织实施基本公共卫生服务项目和重大疾病防控工作。",
        "……",
        "八、部门整体支出绩效目标",
        "（一）总体绩效目标",
        TEXT_GOAL,
        "（二）部门整体支出绩效目标表",
    )
    _cells_per_line(t, _grid())
    t.add("", "九、其他需要说明的情况", "本部门2024年无政府性基金预算安排的支出。")
    return t.data("utf-8")


DOC = Doc(
    id="hb03_qinghai_weijian",
    file="hb03_qinghai_weijian.txt",
    unit="湟北县卫生健康局",
    year=2024,
    tags={
        "province": "青海",
        "county": "湟北县",
        "sector": "卫生健康",
        "format": "txt",
        "encoding": "utf-8",
        "layout_patterns": "cell-per-line-pipe lone-pipes level1-missing-or-unfilled:unfilled extra-columns:指标解释+评（扣）分标准 budget-lines goal-heading:年度绩效目标 unit-year-framing:text-only",
    },
    tables=[T1],
    render=render,
)
