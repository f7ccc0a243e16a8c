"""Parser for the hand-written specs of the held-out rules set (eval/heldout/rules_spec/*.spec).

One spec file = one invented county document (one department), written by the labeller with the
labels next to the rows. Line grammar (blank lines and lines starting with `#` are ignored):

    @doc ID                         starts a document
    unit: / province: / county: / sector: / year: / framework: old|2021
    columns: desc basis             optional indicator columns (绩效指标描述, 指标值确定依据)
    merge: 1|2|0                    vertically merged category columns in the DOCX (一级, 一级+二级)
    section: TEXT                   heading printed above the performance tables
    head: TEXT                      a paragraph of document text before the tables (repeatable)
    title: PATTERN                  project-table title, {n} and {project} filled in
    codes: CODE reason ; CODE reason    document-scope labels
    extra: {json}                   document-scope evidence (t101_pairs, t102_groups …)

    @table project|overall          starts a table
    project: / budget: / goal: / title:
    meta: LABEL=VALUE               extra metadata row above the budget (主管部门, 实施单位 …)
    funds: LABEL=VALUE              extra budget row below the budget (其中：财政拨款 …)
    codes: … / extra: {json}        project-scope labels

    r: L1 | L2 | L3 | [DESC |] VALUE [| BASIS] || SPEC [CODE reason ; CODE reason …]

An empty L1/L2 cell takes the value of the row above (the reader sees it merged or repeated).
A code without a reason gets the standard reason of `DEFAULT_WHY` (mechanical codes only).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_WHY = {
    "V404": "指标值确定依据{basis_q}，未写明具体来源或数据",
    "V403": "绩效指标描述“{desc}”仅复述指标名称，无口径",
    "U307": "指标值“{value}”写法不规范（应为≥/≤、%）",
}


@dataclass
class Labels:
    codes: list[str] = field(default_factory=list)
    why: dict[str, str] = field(default_factory=dict)


@dataclass
class Row:
    level1: str
    level2: str
    level3: str
    description: str | None
    value: str
    basis: str | None
    specificity: int
    labels: Labels
    line: int


@dataclass
class Table:
    kind: str
    project: str = ""
    budget: float | None = None
    goal: str = ""
    title: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)
    funds: list[tuple[str, str]] = field(default_factory=list)
    labels: Labels = field(default_factory=Labels)
    extra: dict = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


@dataclass
class Doc:
    id: str
    fields: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    head: list[str] = field(default_factory=list)
    labels: Labels = field(default_factory=Labels)
    extra: dict = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)

    @property
    def has_desc(self) -> bool:
        return "desc" in self.columns

    @property
    def has_basis(self) -> bool:
        return "basis" in self.columns


class SpecError(ValueError):
    pass


_CODE = re.compile(r"^([TCUVBRG]\d{3})\s*(.*)$")


def parse_codes(text: str, where: str) -> Labels:
    labels = Labels()
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        m = _CODE.match(part)
        if not m:
            raise SpecError(f"{where}: cannot read code in {part!r}")
        code, why = m.group(1), m.group(2).strip()
        if code in labels.codes:
            raise SpecError(f"{where}: code {code} twice")
        labels.codes.append(code)
        if why:
            labels.why[code] = why
    return labels


def _row(doc: Doc, table: Table, text: str, where: str, line: int) -> Row:
    if "||" not in text:
        raise SpecError(f"{where}: row without '||' labels")
    cells_text, label_text = text.split("||", 1)
    cells = [c.strip() for c in cells_text.split("|")]
    want = 4 + doc.has_desc + doc.has_basis
    if len(cells) != want:
        raise SpecError(f"{where}: {len(cells)} cells, expected {want}: {cells}")
    prev = table.rows[-1] if table.rows else None
    level1 = cells[0] or (prev.level1 if prev else "")
    level2 = cells[1] or (prev.level2 if prev and not cells[0] else "")
    if not level1 or not level2:
        raise SpecError(f"{where}: empty category with nothing above it")
    i = 3
    desc = None
    if doc.has_desc:
        desc = cells[i] or None
        i += 1
    value = cells[i]
    basis = (cells[i + 1] or None) if doc.has_basis else None
    label_text = label_text.strip()
    m = re.match(r"^([1-5])\s*(.*)$", label_text)
    if not m:
        raise SpecError(f"{where}: labels must start with a specificity 1-5: {label_text!r}")
    labels = parse_codes(m.group(2), where)
    for code in labels.codes:
        if code not in labels.why:
            if code not in DEFAULT_WHY:
                raise SpecError(f"{where}: {code} needs a reason")
            basis_q = f"为泛称“{basis}”" if basis else "未填写"
            labels.why[code] = DEFAULT_WHY[code].format(
                desc=desc or "", value=value, basis_q=basis_q
            )
    return Row(level1, level2, cells[2], desc, value, basis, int(m.group(1)), labels, line)


def _set_doc_field(doc: Doc, key: str, val: str, where: str) -> None:
    if key == "columns":
        doc.columns = tuple(val.split())
    elif key == "head":
        doc.head.append(val)
    elif key == "codes":
        doc.labels = parse_codes(val, where)
    elif key == "extra":
        doc.extra = json.loads(val)
    else:
        doc.fields[key] = val


def _set_table_field(table: Table, key: str, val: str, where: str) -> None:
    if key == "project":
        table.project = val
    elif key == "budget":
        table.budget = float(val)
    elif key == "goal":
        table.goal = val
    elif key == "title":
        table.title = val
    elif key in ("meta", "funds"):
        label, _, value = val.partition("=")
        getattr(table, key).append((label.strip(), value.strip()))
    elif key == "codes":
        table.labels = parse_codes(val, where)
    elif key == "extra":
        table.extra = json.loads(val)
    else:
        raise SpecError(f"{where}: unknown table field {key!r}")


def parse_spec(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    doc: Doc | None = None
    table: Table | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            doc = Doc(id=line[5:].strip())
            docs.append(doc)
            table = None
            continue
        if doc is None:
            raise SpecError(f"{where}: text before @doc")
        if line.startswith("@table "):
            table = Table(kind=line[7:].strip())
            doc.tables.append(table)
            continue
        key, sep, val = line.partition(":")
        if not sep:
            raise SpecError(f"{where}: expected 'key: value'")
        key, val = key.strip(), val.strip()
        if key == "r":
            if table is None:
                raise SpecError(f"{where}: row outside a table")
            table.rows.append(_row(doc, table, val, where, n))
        elif table is None:
            _set_doc_field(doc, key, val, where)
        else:
            _set_table_field(table, key, val, where)
    return docs
