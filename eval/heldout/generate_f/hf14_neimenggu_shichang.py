"""hf14 · Inner Mongolia, 乌兰塔拉旗市场监督管理局, 2025 targets as text (GB18030, CRLF): the first
table one cell per line with the hierarchy shown by indentation and 二级 names broken over two
lines; the second copied out of a PDF, cells separated by runs of spaces, long cells hard-wrapped,
and the page footer, running header and repeated column header where it continues."""

from __future__ import annotations

from collections.abc import Callable

from emit import Tab, text_file
from frame import CB, JJ, KC, MY, SH, SL, SX, ZL, E, P, S, project_table
from grid import Text
from kit import V401, V402, V403, codes, tags
from quirks import page_turn
from spec import Doc, R, Table
from textual import render_indented

UNIT = "乌兰塔拉旗市场监督管理局"
BR = "二级 printed broken over two lines"


def b(l2: str) -> dict[str, object]:
    return {"printed_l2": l2[:-2] + "\n" + l2[-2:]}


T1 = Table(
    "project",
    "食品安全抽检监测",
    72.0,
    "全年完成食品安全监督抽检1200批次，覆盖全旗17个苏木乡镇，问题食品核查处置率100%；"
    "开展食用农产品快速检测3000批次。",
    [
        R(P, SL, "食品安全监督抽检批次", "≥1200批次", 4, note=BR, x=b(SL)),
        R(P, SL, "抽检覆盖苏木乡镇数", "17个", 4, note=BR, x=b(SL)),
        R(P, ZL, "不合格食品核查处置率", "100%", 4, note=BR, x=b(ZL)),
        R(P, SX, "抽检结果公布时限", "≤20个工作日", 4, note=BR, x=b(SX)),
        R(P, CB, "每批次抽检检验费用", "≤600元", 4, note=BR, x=b(CB)),
        R(E, SH, "食品安全状况", "总体稳定向好", 2, note=BR, x=b(SH), c=codes(V401)),
        R(E, KC, "食品安全监管能力", "不断提高", 2, note=BR, x=b(KC), c=codes(V401)),
        R(S, MY, "消费者满意度", "≥85%", 4, note=BR, x=b(MY)),
    ],
    title="乌兰塔拉旗市场监督管理局2025年食品安全抽检监测项目绩效目标",
    codes={"G701": "the goal's 食用农产品快速检测3000批次 has no indicator"},
)
T2 = Table(
    "project",
    "个体工商户和小微企业登记注册便利化",
    24.6,
    "推行经营主体登记全程电子化，全年办理各类经营主体登记业务3800件以上，"
    "一般经营主体开办时间压缩至1个工作日以内，持续优化营商环境。",
    [
        R(P, SL, "办理经营主体登记业务量", "≥3800件", 4, desc="设立、变更、注销登记合计"),
        R(P, SL, "开展登记业务培训场次", "≥6场", 4, desc="面向嘎查村代办员和窗口人员的培训"),
        R(P, ZL, "登记全程电子化率", "≥90%", 4, desc="全程电子化办理件数/登记业务总量"),
        R(P, ZL, "登记材料差错率", "≤2%", 4, desc="登记材料差错率", c=codes(V403)),
        R(P, SX, "一般经营主体开办时间", "≤1个工作日", 4, desc="从申请到领取执照的时间"),
        R(P, CB, "项目总成本", "≤24.6万元", 4, desc="电子化登记系统运维及培训费用"),
        R(
            E,
            JJ,
            "新增经营主体数量",
            "≥1500户",
            5,
            desc="全旗年内新登记的个体工商户和企业（经营主体登记系统统计）",
        ),
        R(E, SH, "营商环境", "持续优化", 2, desc="营商环境评价中开办企业指标得分", c=codes(V401)),
        R(E, KC, "便利化改革成效", "长期有效", 2, desc="持续发挥作用", c=codes(V402)),
        R(S, MY, "办事群众满意度", "≥95%", 4, desc="政务服务“好差评”系统评价"),
    ],
    title="乌兰塔拉旗市场监督管理局2025年项目支出绩效目标表",
    unit_line="单位：万元",
)
T2.rows[8].codes = codes(V402)
T1.rows[6].codes = codes(V401)


def indented(t: Table) -> Callable[[Text], None]:
    def write(text: Text) -> None:
        text.add(
            t.title,
            f"项目名称：{t.project}",
            f"主管部门：{UNIT}",
            "项目资金：72.00万元",
            f"年度目标：{t.goal}",
            "绩 效 指 标",
        )
        render_indented(text, t.rows)

    return write


HEAD = ["一级指标", "二级指标", "三级指标", "指标解释", "指标值"]
KEYS = ["l1", "l2", "l3", "desc", "value"]
TURN = page_turn(
    "第 4 页 共 9 页",
    "乌兰塔拉旗市场监督管理局2025年部门预算",
    "一级指标  二级指标  三级指标  指标解释  指标值",
)


def render(doc: Doc) -> bytes:
    t2 = project_table(T2, UNIT, HEAD, KEYS, "项目资金（万元）", "24.60")
    first = t2.body[0]
    return text_file(
        [
            indented(T1),
            "",
            T2.title,
            "单位：万元",
            Tab(t2, {"style": "spaces", "breaks": {first + 6: TURN}, "wrap": 26}),
            "第 5 页 共 9 页",
        ],
        encoding="gb18030",
        newline="\r\n",
    )


DOC = Doc(
    "hf14_neimenggu_shichang",
    "hf14_neimenggu_shichang.txt",
    UNIT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "内蒙古",
        "市场监管",
        "indentation broken-labels spaces several-tables",
    ),
    [T1, T2],
    render=render,
)
