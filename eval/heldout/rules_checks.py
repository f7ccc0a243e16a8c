"""Consistency checks of the held-out labels against the labelling guide (eval/heldout/README.md).

They check the labeller, not the tool: mechanical codes (V403, V404, U307, C201, C204) must be
applied to every row that meets their definition and to no other, specificity must respect the
caps of the guide, C203/T101/T102 candidates found by counting must be labelled or explicitly
excused, and every code must sit at a scope the taxonomy allows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rules_spec import Doc, Row, Table

from auditor.evaluation.dataset import TAXONOMY

GENERIC_BASIS = {
    "计划标准", "行业标准", "历史标准", "其他标准", "工作需要", "现实需求", "实际需要",
    "政策文件", "相关政策文件", "相关文件", "上级文件", "工作计划", "设计规范", "相关规范", "无",
}  # fmt: skip
NONSTANDARD = re.compile(r">=|<=|≧|≦|百分比|比率")
VALID = {
    "产出": {"数量", "质量", "时效", "成本"},
    "成本": {"经济成本", "社会成本", "生态环境成本"},
    "效益": {"经济效益", "社会效益", "生态效益", "可持续影响"},
    "满意度": {"服务对象满意度", "满意度"},
}
LEVEL1_SYNONYMS = {"履职产出": "产出", "部门产出": "产出", "履职效能": "效益", "部门效果": "效益"}
CAP_3 = {"U301", "U302", "U304", "U305", "U306", "R601", "V405", "C205"}
CAP_4 = {"V403", "V404"}


def norm(text: str | None) -> str:
    text = re.sub(r"[\s，。、；：“”‘’（）()《》,.;:\"'·]", "", text or "")
    return text.replace("的", "")


def category(text: str) -> str:
    base = norm(text).removesuffix("指标")
    return LEVEL1_SYNONYMS.get(base, base)


def restates_name(row: Row) -> bool:
    """The description is the name, or 反映 + name (+ 情况) — V403 by the guide."""
    name, desc = norm(row.level3), norm(row.description)
    if not desc:
        return False
    variants = {name, "反映" + name, name + "情况", "反映" + name + "情况"}
    return desc in variants


def generic_basis(row: Row) -> bool:
    return row.basis is None or norm(row.basis) in GENERIC_BASIS


def _row_problems(doc: Doc, table: Table, row: Row, where: str) -> list[str]:
    out = []
    codes = set(row.labels.codes)

    def need(code: str, cond: bool, what: str) -> None:
        if cond and code not in codes:
            out.append(f"{where}: {what} but no {code}")
        if code in codes and not cond:
            out.append(f"{where}: {code} labelled but {what} does not hold")

    if doc.has_basis:
        need("V404", generic_basis(row), "basis generic/missing")
    elif "V404" in codes:
        out.append(f"{where}: V404 in a table without a basis column")
    need("U307", bool(NONSTANDARD.search(row.value)), "non-standard notation")
    if restates_name(row) and "V403" not in codes:
        out.append(f"{where}: description restates the name but no V403")
    l1, l2 = category(row.level1), category(row.level2)
    need("C201", l1 not in VALID or l2 not in VALID[l1], f"{l1}/{l2} invalid pair")
    spec = row.specificity
    if "U303" in codes and spec != 1:
        out.append(f"{where}: garbled value must be specificity 1")
    if codes & {"V401", "V402"} and spec > 2:
        out.append(f"{where}: vague/boilerplate value must be specificity <= 2")
    if codes & CAP_3 and spec > 3:
        out.append(f"{where}: {sorted(codes & CAP_3)} caps specificity at 3")
    if "B501" in codes and spec > 3 and "B503" not in table.labels.codes:
        out.append(f"{where}: B501 caps specificity at 3 unless the budget is a placeholder")
    if codes & CAP_4 and spec > 4:
        out.append(f"{where}: {sorted(codes & CAP_4)} caps specificity at 4")
    if spec == 5:
        if codes - {"U307"}:  # notation alone does not lower the grade
            out.append(f"{where}: specificity 5 with defect codes {sorted(codes)}")
        if not doc.has_basis and not doc.has_desc:
            out.append(f"{where}: specificity 5 without basis or description column")
    return out


def _c203_candidates(doc: Doc, table: Table) -> list[str]:
    present = {category(r.level1) for r in table.rows}
    wanted = ["产出", "效益", "满意度"] + (["成本"] if doc.fields["framework"] == "2021" else [])
    return [w for w in wanted if w not in present]


def _pairs(table: Table) -> Counter:
    return Counter((norm(r.level3), norm(r.value)) for r in table.rows)


def t101_candidates(doc: Doc) -> dict[tuple[str, str], list[int]]:
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for ti, t in enumerate(doc.tables, start=1):
        if t.kind == "project":
            for pair in set(_pairs(t)):
                seen[pair].append(ti)
    return {p: ts for p, ts in seen.items() if len(ts) >= 3}


def t102_candidates(doc: Doc) -> list[list[int]]:
    out = []
    projects = [(i, t) for i, t in enumerate(doc.tables, start=1) if t.kind == "project"]
    for a, (ia, ta) in enumerate(projects):
        for ib, tb in projects[a + 1 :]:
            pa, pb = _pairs(ta), _pairs(tb)
            differing = max(sum((pa - pb).values()), sum((pb - pa).values()))
            if differing <= 2 and abs(len(ta.rows) - len(tb.rows)) <= 1:
                out.append([ia, ib])
    return out


def _scope_problems(codes: list[str], why: dict, scope: str, where: str) -> list[str]:
    out = []
    for c in codes:
        if c not in TAXONOMY:
            out.append(f"{where}: unknown code {c}")
        elif scope not in TAXONOMY[c]:
            out.append(f"{where}: {c} not allowed at {scope} scope")
        if c not in why:
            out.append(f"{where}: {c} without a reason")
    return out


def _table_problems(doc: Doc, ti: int, t: Table) -> list[str]:
    where = f"{doc.id} t{ti}"
    out = _scope_problems(t.labels.codes, t.labels.why, "project", where)
    names = Counter(norm(r.level3) for r in t.rows)
    dup = any(n > 1 for n in names.values())
    if dup != ("C204" in t.labels.codes):
        out.append(f"{where}: duplicate 三级 names {dup} vs C204 label")
    missing = _c203_candidates(doc, t) if t.kind == "project" else []
    if bool(missing) != ("C203" in t.labels.codes) and not t.extra.get("c203_excused"):
        out.append(f"{where}: missing 一级 {missing} vs C203 label")
    for ri, r in enumerate(t.rows, start=1):
        out += _scope_problems(r.labels.codes, r.labels.why, "row", f"{where} r{ri}")
        out += _row_problems(doc, t, r, f"{where} r{ri} ({r.level3})")
    return out


def check_doc(doc: Doc) -> list[str]:
    out = [f"{doc.id}: missing field {k}" for k in ("unit", "year", "province", "county", "sector", "framework") if k not in doc.fields]  # fmt: skip
    out += _scope_problems(doc.labels.codes, doc.labels.why, "document", doc.id)
    for ti, t in enumerate(doc.tables, start=1):
        out += _table_problems(doc, ti, t)
    found = sorted(t101_candidates(doc).items())
    listed = {(norm(p["level3"]), norm(p["value"])) for p in doc.extra.get("t101_pairs", [])}
    excluded = {(norm(p["level3"]), norm(p["value"])) for p in doc.extra.get("t101_excluded", [])}
    for pair, tables in found:
        if pair not in listed and pair not in excluded:
            out.append(f"{doc.id}: boilerplate candidate {pair} in tables {tables} not listed")
    for pair in listed:
        if pair not in dict(found):
            out.append(f"{doc.id}: t101 pair {pair} is not in >= 3 tables")
    if bool(listed) != ("T101" in doc.labels.codes):
        out.append(f"{doc.id}: t101_pairs vs T101 label disagree")
    groups = t102_candidates(doc)
    if groups != doc.extra.get("t102_groups", []) or bool(groups) != ("T102" in doc.labels.codes):
        out.append(f"{doc.id}: near-identical tables {groups} vs T102 label/t102_groups")
    return out


def summary(docs: list[Doc]) -> str:
    row_codes: Counter = Counter()
    group_codes: dict[str, Counter] = {"project": Counter(), "document": Counter()}
    spec: Counter = Counter()
    n_tables = n_rows = clean = overall = 0
    for doc in docs:
        group_codes["document"].update(doc.labels.codes)
        for t in doc.tables:
            n_tables += 1
            overall += t.kind == "overall"
            group_codes["project"].update(t.labels.codes)
            for r in t.rows:
                n_rows += 1
                row_codes.update(r.labels.codes)
                spec[r.specificity] += 1
                clean += not r.labels.codes
    lines = [
        f"documents {len(docs)}, tables {n_tables} ({overall} overall), rows {n_rows}, "
        f"rows without codes {clean} ({clean / max(n_rows, 1):.0%})",
        "row codes: " + ", ".join(f"{c} {n}" for c, n in sorted(row_codes.items())),
        "project codes: "
        + ", ".join(f"{c} {n}" for c, n in sorted(group_codes["project"].items())),
        "document codes: "
        + ", ".join(f"{c} {n}" for c, n in sorted(group_codes["document"].items())),
        "specificity: " + ", ".join(f"{k}: {spec[k]}" for k in range(1, 6)),
    ]
    return "\n".join(lines)
