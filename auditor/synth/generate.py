"""Random but realistic documents for the renderer: invented units, projects and indicators.

Deterministic from a seed. The indicator bank covers several sectors; every table follows one of
the two live frameworks (the older tree with 成本 under 产出, or the 2021 tree with its own 成本
一级). Values are written without inner spaces, as the extraction gold keeps them.

Besides the `Document`, a generated document carries the extra columns real tables have
(指标性质, 权重, 指标方向, 备注, and for self-evaluation tables 实际完成值, 分值, 得分, 偏差原因),
keyed by (table index, row index).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from auditor.models import Document, IndicatorRow, Table

EXTRA_KEYS = (
    "nature",
    "weight",
    "direction",
    "remark",
    "actual",
    "score_max",
    "score",
    "deviation",
)

COUNTIES = ("清河县", "安平县", "临泽县", "宁陵县", "石门县", "会理市", "黎平县", "富蕴县")
BUREAUS = {
    "交通": "交通运输局",
    "农业": "农业农村局",
    "教育": "教育局",
    "卫生": "卫生健康委员会",
    "水利": "水利局",
    "环保": "生态环境分局",
    "民政": "民政局",
    "文旅": "文化广电和旅游局",
}
PROJECTS = {
    "交通": ("农村公路养护", "危桥改造工程", "客运站运营补贴"),
    "农业": ("高标准农田建设", "农民技能培训", "动物防疫补助"),
    "教育": ("学生资助", "校舍维修改造", "教师培训"),
    "卫生": ("基本公共卫生服务", "家庭医生签约服务", "村医补助"),
    "水利": ("农村饮水安全巩固提升", "河道清淤整治", "小型水库维修养护"),
    "环保": ("农村污水治理", "大气污染防治", "垃圾清运处理"),
    "民政": ("城乡低保资金", "特困人员供养", "养老服务补贴"),
    "文旅": ("送戏下乡", "农家书屋图书更新", "文物保护修缮"),
}
# sector -> quantity indicators: (三级, unit, low, high)
QUANTITY = {
    "交通": (("养护道路里程", "公里", 10, 300), ("改造危桥数量", "座", 2, 15)),
    "农业": (("建设高标准农田面积", "亩", 500, 20000), ("培训农民人次", "人次", 100, 3000)),
    "教育": (("资助学生人数", "人", 200, 5000), ("维修校舍面积", "平方米", 300, 8000)),
    "卫生": (("家庭医生签约人数", "人", 1000, 30000), ("免费体检人次", "人次", 500, 20000)),
    "水利": (("新建供水管网长度", "公里", 5, 120), ("清淤河道长度", "公里", 3, 60)),
    "环保": (("污水处理量", "万吨", 10, 400), ("垃圾清运量", "吨", 1000, 50000)),
    "民政": (("保障低保对象人数", "人", 300, 9000), ("新增养老床位数", "张", 20, 300)),
    "文旅": (("送戏下乡场次", "场", 20, 200), ("更新图书数量", "册", 2000, 30000)),
}
QUALITY = (
    ("工程验收合格率", "%"),
    ("资金使用合规率", "%"),
    ("服务对象认定准确率", "%"),
    ("设施完好率", "%"),
)
SOCIAL = (
    ("群众生产生活条件", "明显改善"),
    ("安全责任事故", "不发生"),
    ("公共服务水平", "有效提升"),
    ("受益群众覆盖率", "%"),
)
ECONOMIC = (
    ("带动农户增收", "元/户"),
    ("降低群众出行成本", "明显降低"),
    ("农户人均收入", "稳中有升"),
    ("农产品销售额增长", "%"),  # a name ending in a word a qualitative target also ends in
)
ECOLOGICAL = (("化学需氧量削减率", "%"), ("周边环境质量", "持续改善"), ("秸秆焚烧火点数", "下降"))
# targets stated as a deadline or schedule in words, without a comparator or a date
WORDED_DEADLINES = ("年底前", "每月10日前", "每季度末", "按季度", "当年")
SUSTAINABLE = (("设施正常使用年限", "年"), ("长效管护机制", "健全"))
SATISFACTION = ("受益群众满意度", "服务对象满意度", "参训人员满意度")
GOALS = (
    "完成{project}年度任务，{object}，保障项目按期完工并发挥效益。",
    "通过实施{project}，{object}，群众满意度达到90%以上。",
)


@dataclass
class SynthDocument:
    doc: Document
    extras: dict[tuple[int, int], dict[str, str]] = field(default_factory=dict)
    sector: str = ""


def _percent(rng: random.Random) -> str:
    return rng.choice(("≥95%", "≥98%", "100%", "≥90%", "≥85%"))


def _number(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _quality(rng: random.Random) -> tuple[str, str]:
    name, _ = rng.choice(QUALITY)
    return name, _percent(rng)


def _timeliness(rng: random.Random, year: int) -> tuple[str, str]:
    draw = rng.random()
    if draw < 0.4:
        return "项目完成时间", f"{year}年{rng.choice((6, 9, 10, 11, 12))}月底前"
    if draw < 0.7:
        return "资金拨付时间", rng.choice(WORDED_DEADLINES)
    return "资金拨付及时率", _percent(rng)


def _effect(rng: random.Random, bank: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    name, unit = rng.choice(bank)
    if unit == "%":
        return name, _percent(rng)
    if unit == "元/户":
        return name, f"≥{_number(rng, 3, 30) * 100}元/户"
    if unit == "年":
        return name, f"≥{_number(rng, 3, 15)}年"
    return name, unit


def _tree(
    rng: random.Random, sector: str, year: int, budget: float
) -> list[tuple[str, str, str, str]]:
    """(一级, 二级, 三级, 指标值) rows of one table in framework order."""
    mof2021 = rng.random() < 0.5
    quantity = rng.sample(QUANTITY[sector], k=rng.randint(1, 2))
    rows = [
        ("产出指标", "数量指标", name, f"{rng.choice(('≥', '', '='))}{_number(rng, lo, hi)}{unit}")
        for name, unit, lo, hi in quantity
    ]
    rows.append(("产出指标", "质量指标", *_quality(rng)))
    rows.append(("产出指标", "时效指标", *_timeliness(rng, year)))
    cost = ("项目总成本", f"≤{budget:g}万元")
    if not mof2021:
        rows.append(("产出指标", "成本指标", *cost))
    effects = [("社会效益指标", SOCIAL), ("经济效益指标", ECONOMIC), ("生态效益指标", ECOLOGICAL)]
    for level2, bank in rng.sample(effects, k=rng.randint(1, 2)):
        rows.append(("效益指标", level2, *_effect(rng, bank)))
    if rng.random() < 0.5:
        rows.append(("效益指标", "可持续影响指标", *_effect(rng, SUSTAINABLE)))
    if mof2021:
        rows.append(("成本指标", "经济成本指标", *cost))
    rows.append(("满意度指标", "服务对象满意度指标", rng.choice(SATISFACTION), _percent(rng)))
    return rows


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _row_extras(rng: random.Random, value: str, weight: int) -> dict[str, str]:
    quantitative = bool(_NUMBER.search(value)) and not value.endswith("前")
    actual = value.lstrip("≥≤=") if quantitative else value
    full = rng.random() < 0.7
    return {
        "nature": "定量" if quantitative else "定性",
        "weight": str(weight),
        "direction": "反向" if value.startswith("≤") else "正向",
        "remark": rng.choice(("", "", "按季度统计", "以验收报告为准")),
        "actual": actual,
        "score_max": str(weight),
        "score": str(weight if full else max(weight - rng.randint(1, 3), 0)),
        "deviation": "无" if full else rng.choice(("部分任务跨年实施", "受天气影响进度滞后")),
    }


def _weights(rng: random.Random, n: int) -> list[int]:
    """Integer weights summing to 90 (the usual 100 minus 10 for the budget execution rate)."""
    base = [90 // n] * n
    for i in range(90 - sum(base)):
        base[i % n] += 1
    rng.shuffle(base)
    return base


def generate(seed: int, n_tables: int | None = None) -> SynthDocument:
    """A document with 1-3 project tables of one invented unit (deterministic for the seed)."""
    rng = random.Random(seed)
    sector = rng.choice(sorted(BUREAUS))
    county = rng.choice(COUNTIES)
    year = rng.randint(2021, 2025)
    doc = Document(source=f"synth-{seed}", unit=f"{county}{BUREAUS[sector]}", year=year)
    out = SynthDocument(doc=doc, sector=sector)
    projects = rng.sample(PROJECTS[sector], k=n_tables or rng.randint(1, 3))
    for t_index, project in enumerate(projects, 1):
        budget = round(rng.randint(500, 90000) / 100, 2)
        tree = _tree(rng, sector, year, budget)
        obj = f"{tree[0][2]}{tree[0][3].lstrip('≥=')}"
        table = Table(
            index=t_index,
            kind="project",
            project=project,
            budget_wan=budget,
            goal=rng.choice(GOALS).format(project=project, object=obj),
        )
        for r_index, ((l1, l2, l3, value), weight) in enumerate(
            zip(tree, _weights(rng, len(tree))), 1
        ):
            table.rows.append(
                IndicatorRow(index=r_index, level1=l1, level2=l2, level3=l3, value=value)
            )
            out.extras[(t_index, r_index)] = _row_extras(rng, value, weight)
        doc.tables.append(table)
    return out
