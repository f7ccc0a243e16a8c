"""A table under construction (Draft), and a table continued over a page break joined back."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.extract.cells import CellRow
from auditor.extract.header import Header, same_header
from auditor.extract.meta_state import Meta
from auditor.models import Location

IMPLIED_HEADER = ("一级指标", "二级指标", "三级指标", "指标值")
IMPLIED_TAIL = "指标值确定依据"  # the column a goal table most often prints after the target


@dataclass
class Draft:
    """A table under construction."""

    title: str = ""
    loc: Location = field(default_factory=Location)
    meta: Meta = field(default_factory=Meta)
    header: Header | None = None
    pending_header: list[str] = field(default_factory=list)
    header_top: CellRow | None = None  # a row of group labels above the header
    pending_loc: Location | None = None
    pending_row: CellRow | None = None  # the grid row the pending header words came from
    body: list[CellRow] = field(default_factory=list)
    unit_line: str | None = None
    raw_lines: list[str] = field(default_factory=list)  # the region's text, for an unparsed table
    text_body: bool = False  # the body comes from lines of text (not a grid)
    ends_file: bool = False  # the file ended inside this table
    implied_header: bool = False  # printed without a header: IMPLIED_HEADER stands for it


def join_continued(drafts: list[Draft]) -> list[Draft]:
    """A table continued after a page break: the same header again, with no title and no
    metadata of its own, continues the table before it."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.header is not None
            and d.header is not None
            and not d.title
            and _no_meta(d)
            and same_header(prev.header, d.header)
        ):
            prev.body += d.body
            prev.raw_lines += d.raw_lines
            prev.text_body = prev.text_body or d.text_body
            prev.ends_file = d.ends_file
            continue
        out.append(d)
    return out


def _no_meta(d: Draft) -> bool:
    m = d.meta
    return m.project is None and m.budget is None and m.goal is None and m.unit_name is None
