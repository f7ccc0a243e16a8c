"""hb06 · 海南 · 万泉县旅游和文化广电体育局: two self-evaluation tables (绩效自评表) in text.
The project table as pipe rows without outer pipes, padded, with 分值 before the target
(分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因…); budget lines 年初预算数/全年预算数/全年执行数/
分值/执行率/得分; 预期目标 and 实际完成情况; a 总分 row. The 部门整体 self-evaluation on one long
line, cells separated by single spaces, 分值 after the actual value."""

from __future__ import annotations

from grid import Text, block_labels
from spec import Doc, R, Row, Table

P, E, S = "产出指标", "效益指标", "满意度指标"
JJ, SL, KX, MY = "经济效益指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"
UNIT = "万泉县旅游和文化广电体育局"


def se(
    l1: str,
    l2: str,
    l3: str,
    pts: float,
    target: str,
    actual: str,
    score: float,
    dev: str,
    spec: int,
    **kw: object,
) -> Row:
    x = {"actual": actual, "score_max": pts, "score": score, "deviation": dev}
    return R(l1, l2, l3, target, spec, x=x, **kw)


GOAL1 = "完成3个乡村旅游示范点提升改造，新建旅游厕所6座，设置旅游标识标牌80块以上，示范点旅游接待收入增长15%以上。"
ACT1 = "完成3个示范点提升改造，新建旅游厕所5座，设置标识标牌86块，示范点旅游接待收入增长12%。"

T1 = Table(
    kind="self_evaluation",
    project="万泉县2023年乡村旅游示范点提升项目",
    budget_wan=150.0,
    goal=GOAL1,
    title="项目支出绩效自评表",
    extra={
        "budget_source": "项目资金（万元）年度资金总额：年初预算数 120.00，全年预算数 150.00，全年执行数 138.60，分值 10，执行率 92.40%，得分 9.24",
        "actual_completion": ACT1,
        "total_score": {"score_max": 100, "score": 95.24},
    },
    rows=[
        se(P, "数量指标", "提升改造乡村旅游示范点", 10, "≥3个", "3个", 10, "", 4),
        se(
            P,
            "数量指标",
            "新建旅游厕所",
            10,
            "≥6座",
            "5座",
            10,
            "",
            4,
            c={
                "S801": "目标≥6座，实际5座，仍得满分10分",
                "S804": "未完成目标却没有填写偏差原因",
            },
        ),
        se(P, "数量指标", "设置旅游标识标牌", 5, "≥80块", "86块", 5, "", 4),
        se(P, "质量指标", "工程验收合格率", 10, "100%", "100%", 10, "", 4),
        se(
            P,
            "时效指标",
            "项目完工时间",
            5,
            "2023年10月底前",
            "2023年12月",
            3,
            "受台风天气影响工期顺延，已督促施工单位加强进度管理",
            4,
        ),
        se(P, "成本指标", "示范点平均提升改造成本", 10, "≤40万元", "38.5万元", 10, "", 4),
        se(
            E,
            JJ,
            "示范点旅游接待收入增长率",
            10,
            "≥15%",
            "12%",
            8,
            "受周边新开景区分流影响，下一步加大宣传推介力度",
            4,
        ),
        se(E, SL, "带动周边农户就业", 10, "≥150人", "168人", 10, "", 4),
        se(
            E,
            KX,
            "乡村旅游品牌影响力",
            10,
            "持续提升",
            "持续提升",
            10,
            "",
            2,
            c={"V401": "“持续提升”没有判定标准"},
        ),
        se(S, MY, "游客满意度", 10, "≥90%", "93%", 10, "", 4),
    ],
)

GOAL2 = "全年举办文化惠民演出120场以上，公共文化场馆免费开放300天以上，旅游总收入达到28亿元，群众满意度90%以上。"
ACT2 = "举办文化惠民演出126场，场馆免费开放306天，旅游总收入26.4亿元，群众满意度94%。"

T2 = Table(
    kind="self_evaluation",
    project=UNIT,
    budget_wan=2783.65,
    goal=GOAL2,
    title="部门整体支出绩效自评表",
    codes={"S803": "各项得分合计87分加执行率得分9.70分为96.70分，总分行却写97.70分"},
    extra={
        "scope": "部门整体 (overall) self-evaluation",
        "budget_source": "年度预算（万元）：年初预算数 2,456.30，全年预算数 2,783.65，全年执行数 2,701.12，执行率 97.04%，分值 10，得分 9.70",
        "actual_completion": ACT2,
        "total_score": {"score_max": 100, "score": 97.7},
    },
    rows=[
        se(P, "数量指标", "举办文化惠民演出", 10, "≥120场", "126场", 10, "", 4),
        se(P, "数量指标", "公共文化场馆免费开放天数", 10, "≥300天", "306天", 10, "", 4),
        se(P, "质量指标", "广播电视公共服务综合覆盖率", 10, "≥99%", "99.2%", 10, "", 4),
        se(
            P, "时效指标", "资金支付及时率", 10, "100%", "96%", 9, "部分工程尾款未到合同支付节点", 4
        ),
        se(
            P,
            "成本指标",
            "“三公”经费支出",
            10,
            "较上年只减不增",
            "较上年下降8.6%",
            10,
            "",
            2,
            c={"V401": "只写“只减不增”，没有控制数额"},
        ),
        se(
            E,
            JJ,
            "旅游总收入",
            10,
            "≥28亿元",
            "26.4亿元",
            8,
            "无",
            4,
            c={"S804": "未完成目标、扣了分，偏差原因只写“无”"},
        ),
        se(E, SL, "群众文化活动参与人次", 10, "≥35万人次", "37.2万人次", 10, "", 4),
        se(
            E,
            KX,
            "文化遗产保护",
            10,
            "有效",
            "有效",
            10,
            "",
            2,
            c={"V401": "“有效”没有判定标准"},
        ),
        se(S, MY, "群众满意度", 10, "≥90%", "94%", 10, "", 4),
    ],
)


def _num(v: float) -> str:
    return f"{v:g}"


def _t1(t: Text) -> None:
    pad = " | |"
    t.add(
        "项目支出绩效自评表",
        "（2023年度）",
        "项目名称 | " + T1.project + " | | | | | | |" + pad,
        f"主管部门 | {UNIT} | | | 实施单位 | {UNIT} | | |" + pad,
        "项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |" + pad,
        " | 年度资金总额 | 120.00 | 150.00 | 138.60 | 10 | 92.40% | 9.24 |" + pad,
        " | 其中：当年财政拨款 | 120.00 | 150.00 | 138.60 | — | — | — |" + pad,
        " | 上年结转资金 | | | | — | — | — |" + pad,
        " | 其他资金 | | | | — | — | — |" + pad,
        "年度总体目标 | 预期目标 | | | | 实际完成情况 | | |" + pad,
        f" | {GOAL1} | | | | {ACT1} | | |" + pad,
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因分析及改进措施"
        + pad,
    )
    l1s = block_labels([r.l1 for r in T1.rows], "first")
    l2s = block_labels([r.l2 for r in T1.rows], "first")
    for r, l1, l2 in zip(T1.rows, l1s, l2s):
        x = r.x
        cells = [
            "",
            l1,
            l2,
            r.l3,
            _num(x["score_max"]),
            r.value,
            x["actual"],
            _num(x["score"]),
            x["deviation"],
        ]
        t.row(r, " | ".join(cells) + pad)
    t.add("总分 | | | | 100 | | | 95.24 |" + pad)


def _t2(t: Text) -> None:
    cells = [
        "部门整体支出绩效自评表",
        "（2023年度）",
        "部门名称",
        UNIT,
        "年度预算（万元）",
        "年初预算数 全年预算数 全年执行数 执行率 分值 得分",
        "2,456.30 2,783.65 2,701.12 97.04% 10 9.70",
        "年度总体目标",
        "预期目标",
        GOAL2,
        "实际完成情况",
        ACT2,
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    ]
    l1s = block_labels([r.l1 for r in T2.rows], "first")
    l2s = block_labels([r.l2 for r in T2.rows], "first")
    for r, l1, l2 in zip(T2.rows, l1s, l2s):
        x = r.x
        row = [
            l1,
            l2,
            r.l3,
            r.value,
            x["actual"],
            _num(x["score_max"]),
            _num(x["score"]),
            x["deviation"],
        ]
        cells += [c for c in row if c]
    cells.append("总分 100 97.70")
    line = len(t.lines) + 1
    t.add(" ".join(cells))
    for r in T2.rows:
        r.source_line = line


def render(doc: Doc) -> bytes:
    t = Text()
    t.add(
        "万泉县旅游和文化广电体育局2023年度绩效自评结果公开",
        "",
        "按照县财政局关于开展2023年度预算绩效自评工作的通知要求，我局对2023年度部门整体支出和"
        "重点项目支出开展了绩效自评，现将自评结果公开如下。",
        "",
        "附表1",
    )
    _t1(t)
    t.add("", "附表2")
    _t2(t)
    t.add("", "联系人：计划财务股")
    return t.data("utf-8", "\r\n")


DOC = Doc(
    id="hb06_hainan_lvwen",
    file="hb06_hainan_lvwen.txt",
    unit=UNIT,
    year=2023,
    tags={
        "province": "海南",
        "county": "万泉县",
        "sector": "文化旅游",
        "format": "txt",
        "encoding": "utf-8 crlf",
        "layout_patterns": "pipe-padded:no-outer one-line self-evaluation:score-before-target self-evaluation:overall budget-lines:self-evaluation goal-heading:预期目标+实际完成情况 several-tables unit-year-framing:title+附表",
    },
    tables=[T1, T2],
    render=render,
)
