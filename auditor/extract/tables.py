"""Blocks (text lines + cell grids) -> Document with performance tables and indicator rows.

The extraction is layout-independent. Its steps, one module each:

    rejoin     tab rows broken over lines by a line break inside a cell, joined back
    tokenize   a line of text -> cells (spaces, or cuts the vocabulary makes sure)
    cells      grid rows and lines -> CellRow (cells + whether the source marks the row)
    framing    titles, metadata, header and body in document order -> Drafts (draft.py: the
               Draft; before_header.py: rows before the header; table_ends.py: what ends a
               table; context_lines.py: amount unit, unit code, overall-goal section)
    header     header cells -> one role per column (roles.py: the header vocabulary)
    assemble   body rows -> cells placed on columns (align.py: placement by content)
    rowbuild   placed cells -> IndicatorRow (split values joined, extra columns kept)
    tree       一级/二级 resolved for the whole table (merged, middle, implied names)
    finish     Draft -> Table(s): kinds, department-wide tables split, cut tables, unparsed
    meta       metadata rows: project, budget (元 -> 万元), goals, budget lines
"""

from __future__ import annotations

from auditor.extract.document_meta import find_unit, find_year
from auditor.extract.draft import join_continued
from auditor.extract.finish import Results, finish_draft
from auditor.extract.framing import Walker
from auditor.extract.kinds import evaluated_project, is_title, project_from_title
from auditor.extract.ocr_confidence import attach_ocr_confidence
from auditor.extract.rejoin import rejoin_wrapped_rows
from auditor.extract.values import confirm_doubled_digits
from auditor.ingest.blocks import RawDocument
from auditor.ingest.collector import collector_paused
from auditor.models import Document

__all__ = ["extract", "is_title", "project_from_title"]


def extract(raw: RawDocument) -> Document:
    """Turn a RawDocument into a Document (tables, rows, unit, year, body text).

    The cyclic collector is paused meanwhile: the extraction creates no reference cycles
    (auditor.ingest.collector)."""
    with collector_paused():
        return _extract(raw)


def _extract(raw: RawDocument) -> Document:
    raw = rejoin_wrapped_rows(raw)
    results = Results(warnings=list(raw.warnings))
    flat = raw.layout == "pdf"
    walker = Walker(raw)
    walker.run()
    drafts = join_continued(walker.drafts)
    for draft in drafts:
        finish_draft(draft, draft.ends_file, results, flat)
    doc = Document(source=raw.source, layout=raw.layout, sha256=raw.sha256, tables=results.tables)
    doc.unit = find_unit(raw, doc.tables)
    doc.year = find_year(raw)
    for t in doc.tables:
        if t.kind == "overall" and not t.project:
            t.project = doc.unit or ""
        if t.kind == "evaluation_system" and t.project == project_from_title(t.title):
            others = [o.project for o in doc.tables if o is not t and o.kind != t.kind]
            t.project = evaluated_project(t.project, t.title, others, doc.unit)
        doc.warnings += [f"表{t.index}：{w}" for w in t.warnings]
    doc.body = walker.body
    attach_ocr_confidence(raw, doc)
    doc.warnings = results.warnings + doc.warnings
    doc.unparsed = results.unparsed
    marked = confirm_doubled_digits([r.parsed for t in doc.tables for r in t.rows])
    if marked:
        doc.warnings.append(
            f"{marked} 个指标值的数字成对重复（如“100100”），判为文本层乱码，按一半读数"
        )
    return doc
