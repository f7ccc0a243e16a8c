"""How a layout prints category names and values (§2, §3 of the layout catalogue)."""

from __future__ import annotations

import re

from auditor.synth.layouts import Layout

SHORT_L1 = {"产出指标": "产出", "效益指标": "效益", "成本指标": "成本", "满意度指标": "满意度"}
SYNONYM_L1 = {"效益指标": "效果指标", "产出指标": "产出(工作量)指标"}
SYNONYM_L2 = {
    "数量指标": "产出数量",
    "时效指标": "进度指标",
    "生态效益指标": "环境效益指标",
    "可持续影响指标": "可持续发展指标",
    "服务对象满意度指标": "社会公众或服务对象满意度指标",
}
ANNOTATION_L2 = {
    "数量指标": "数量指标(含规模)",
    "时效指标": "时效指标(进度)",
    "质量指标": "质量指标(必填)",
}
WORD_COMPARATORS = {"≥": "大于等于", "≤": "小于等于", "=": "等于", "": "等于"}

_VALUE = re.compile(r"^(≥|≤|=|>|<)?(\d+(?:\.\d+)?)(.*)$")


def level1_text(name: str, layout: Layout, weight: int) -> str:
    if layout.names == "short":
        return SHORT_L1.get(name, name)
    if layout.names == "synonym":
        return SYNONYM_L1.get(name, name)
    if layout.names == "annotated":
        return f"{name}({weight}分)"
    return name


def level2_text(name: str, layout: Layout) -> str:
    if layout.names == "short":
        return name.removesuffix("指标")
    if layout.names == "synonym":
        return SYNONYM_L2.get(name, name)
    if layout.names == "annotated":
        return ANNOTATION_L2.get(name, f"{name}(必选)")
    return name


def level3_text(name: str, layout: Layout, number: int) -> str:
    return f"指标{number}:{name}" if layout.prefix else name


def split_value(value: str) -> tuple[str, str, str] | None:
    """'≥12公里' -> ('≥', '12', '公里'); None for a qualitative value."""
    m = _VALUE.match(value)
    if m is None or value.endswith("前"):
        return None
    return m.group(1) or "", m.group(2), m.group(3)


def value_cells(layout: Layout, value: str) -> list[str]:
    """The target value as the layout's value columns print it."""
    parts = split_value(value)
    if layout.columns == "split" or layout.department:
        return list(parts) if parts else ["", value, ""]
    if layout.columns == "typed":
        if parts is None:
            return ["定性", "", "", value]
        return [WORD_COMPARATORS[parts[0]], parts[1], parts[2], ""]
    return [value]


def accepted_values(layout: Layout, value: str) -> frozenset[str]:
    """The document's value, and the printed form where the layout spells the comparator out."""
    accepted = {value}
    parts = split_value(value)
    if layout.columns == "typed" and parts is not None:
        comparator, number, unit = parts
        accepted.add(f"{WORD_COMPARATORS[comparator]}{number}{unit}")
        if comparator in ("", "="):  # 等于: the '=' is implied
            accepted |= {f"={number}{unit}", f"{number}{unit}"}
    return frozenset(accepted)
