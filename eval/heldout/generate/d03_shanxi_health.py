"""山西 · 汾北县卫生健康局: 部门整体绩效目标表 as a page converter leaves it: one cell per line
ending in a pipe, rows not marked, empty (merged) cells as lone pipes (UTF-8).

Patterns: one cell per line ending in a pipe; lone pipes for empty/merged cells; the 一级 column
present but never filled; 二级 names with another word for the level (社会效果指标, 长远影响指标);
指标解释 column; goal under 总体目标 (two items on two lines of one cell); unit and year only in
the text above the table.
"""

from __future__ import annotations

from spec import Doc, R, Table
from textlay import Lines

UNIT = "汾北县卫生健康局"
EFFECT_NOTE = "一级未印出，按二级推定为效益指标（“效果”“影响”为效益类的另称）"
GOAL = (
    "目标1：做实基本公共卫生服务，重点人群家庭医生签约服务12.6万人以上，适龄儿童免疫规划疫苗接种率保持在90%以上。\n"
    "目标2：加强基层医疗卫生服务能力建设，完成9所乡镇卫生院标准化建设，开展乡村医生培训420人次，群众就医满意度达到85%以上。"
)


def E(l2, l3, value, spec, codes=None, **kw):
    """An effect row under a non-standard 二级 name; the 一级 column is empty."""
    return R("效益指标", l2, l3, value, spec, codes, note=EFFECT_NOTE, **kw)


ROWS = [
    R(
        "",
        "数量指标",
        "家庭医生签约服务人数",
        "≥12.6万人",
        4,
        desc="反映全年重点人群家庭医生签约服务人数。",
    ),
    R(
        "",
        "数量指标",
        "免疫规划疫苗接种剂次",
        "≥5.2万剂次",
        4,
        desc="反映全年适龄儿童国家免疫规划疫苗接种总剂次。",
    ),
    R(
        "",
        "数量指标",
        "乡村医生培训人次",
        "≥420人次",
        3,
        {"C205": "名称为培训人次，解释为卫生院标准化建设"},
        desc="反映乡镇卫生院标准化建设完成情况。",
    ),
    R(
        "",
        "数量指标",
        "医疗卫生机构监督检查覆盖率",
        "260家",
        3,
        {"U301": "覆盖率以“家”计量，应为比例"},
        desc="反映对辖区医疗卫生机构开展监督检查的覆盖情况。",
    ),
    R(
        "",
        "质量指标",
        "适龄儿童免疫规划疫苗接种率",
        "≥90%",
        4,
        desc="反映以乡镇为单位适龄儿童免疫规划疫苗接种率。",
    ),
    R(
        "",
        "质量指标",
        "孕产妇系统管理率",
        "≥90%",
        3,
        {"R601": "比率定义倒置：活产数占系统管理人数"},
        desc="反映辖区活产数占按系统管理程序要求管理的孕产妇人数的比例。",
    ),
    R(
        "",
        "质量指标",
        "乡镇卫生院标准化建设数量",
        "9个",
        4,
        {"C202": "建设数量属数量指标，列入质量指标"},
        desc="反映达到标准化建设要求的乡镇卫生院个数。",
    ),
    R(
        "",
        "时效指标",
        "突发公共卫生事件报告及时率",
        "100%",
        4,
        desc="反映突发公共卫生事件在规定时限内报告的比例。",
    ),
    R(
        "",
        "时效指标",
        "基本公共卫生服务补助资金拨付",
        "按季度拨付",
        3,
        desc="反映补助资金拨付进度。",
    ),
    R(
        "",
        "成本指标",
        "“三公”经费",
        "较上年只减不增",
        2,
        {"V401": "“只减不增”只有方向，无控制额度"},
        desc="反映部门“三公”经费控制情况。",
    ),
    E(
        "社会效果指标",
        "居民健康素养水平",
        "提升",
        2,
        {"V401": "“提升”无判定标准", "V403": "指标解释仅复述名称"},
        desc="居民健康素养水平",
    ),
    E(
        "社会效果指标",
        "甲乙类传染病报告发病率",
        "≤200/10万",
        4,
        desc="反映法定甲乙类传染病报告发病水平。",
    ),
    E("社会效果指标", "重大传染病疫情", "无暴发流行", 3, desc="反映重大传染病疫情防控效果。"),
    E(
        "长远影响指标",
        "基层医疗卫生服务能力",
        "持续提升",
        2,
        {"V401": "“持续提升”无判定标准"},
        desc="反映基层医疗卫生服务能力建设的长期效果。",
    ),
    R(
        "",
        "服务对象满意度指标",
        "群众就医满意度",
        "≥85%",
        4,
        {"V403": "指标解释仅复述名称"},
        desc="群众就医满意度",
    ),
    R(
        "",
        "服务对象满意度指标",
        "家庭医生签约居民满意度",
        "≥80%",
        4,
        desc="反映签约居民对家庭医生服务的满意程度。",
    ),
]


def _cells(lines: Lines, cells: list[str], row=None) -> None:
    out = []
    for c in cells:
        parts = c.split("\n")
        out += parts[:-1] + [f"{parts[-1]} |" if parts[-1] else "|"]
    if row is None:
        lines.add(*out)
    else:
        lines.row(row, *out)


def build() -> Doc:
    table = Table(
        "overall",
        "overall",
        UNIT,
        2386.45,
        GOAL,
        "部门整体绩效目标表",
        ROWS,
        extra={"budget_source": {"unit": "万元", "部门预算总额": "2386.45"}},
    )
    doc = Doc(
        id="hl03_shanxi_health",
        filename="hl03_shanxi_health.txt",
        unit=UNIT,
        year=2024,
        province="山西",
        fmt="txt",
        encoding="utf-8",
        patterns=[
            "1.cell-per-line-pipe",
            "1.lone-pipes",
            "2.level1-missing-or-unfilled:unfilled",
            "2.nonstandard-names:other-word(效果,影响)",
            "3.extra-columns:指标解释",
            "4.goal-heading:总体目标",
            "4.unit-year-framing:text-above-only",
        ],
        tables=[table],
    )
    lines = Lines()
    lines.add(
        "## 七、绩效目标设置情况",
        "",
        "汾北县卫生健康局2024年部门预算总额2386.45万元，全部纳入绩效目标管理。部门整体绩效目标如下：",
        "",
    )
    _cells(lines, ["部门整体绩效目标表", "", ""])
    _cells(lines, ["部门名称", UNIT, "", ""])
    _cells(lines, ["部门预算总额（万元）", "2386.45", "", ""])
    _cells(lines, ["总体目标", GOAL, "", ""])
    _cells(lines, ["一级指标", "二级指标", "三级指标", "指标值", "指标解释"])
    for r in ROWS:
        _cells(lines, ["", r.level2, r.level3, r.value, r.description or ""], row=r)
    lines.add("", "注：部门整体绩效目标由单位根据年度工作计划填报。")
    lines.write(doc.path)
    return doc
