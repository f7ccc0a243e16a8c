"""Text boxes -> lines of text: boxes whose vertical extents overlap form a line, left to right.

Used for the text inside a cell (lines joined with "\\n", the grid convention for wrapped cell
text), for the text outside tables (one TextLine per line) and for tables without rulings.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.ingest.ocr.engine import TextBox


def group_lines(boxes: Sequence[TextBox]) -> list[list[TextBox]]:
    """Boxes grouped into lines (top to bottom), each line sorted left to right."""
    lines: list[list[TextBox]] = []
    for b in sorted(boxes, key=lambda b: b.cy):
        for line in reversed(lines[-3:]):
            top = min(x.y0 for x in line)
            bottom = max(x.y1 for x in line)
            overlap = min(bottom, b.y1) - max(top, b.y0)
            if overlap > 0.5 * min(b.height, bottom - top):
                line.append(b)
                break
        else:
            lines.append([b])
    return [sorted(line, key=lambda b: b.x0) for line in lines]


def _ascii_edge(a: str, b: str) -> bool:
    return (
        bool(a)
        and bool(b)
        and a[-1].isascii()
        and a[-1].isalnum()
        and b[0].isascii()
        and b[0].isalnum()
    )


def join_line(line: Sequence[TextBox]) -> str:
    """One line's text: boxes joined directly (Chinese has no spaces), a space only between
    two Latin words or numbers or across a wide gap."""
    text = ""
    prev: TextBox | None = None
    for b in line:
        if prev is not None:
            gap = b.x0 - prev.x1
            wide = gap > 1.5 * max(b.height, prev.height)
            text += " " if wide or _ascii_edge(text, b.text) else ""
        text += b.text
        prev = b
    return text


def join_cell(boxes: Sequence[TextBox]) -> str:
    """A cell's text: its lines in order, joined as one paragraph (a scan shows where the
    cell wrapped, not where paragraphs end — as the PDF reader's flat cells)."""
    text = ""
    for line in group_lines(boxes):
        part = join_line(line)
        text += (" " if _ascii_edge(text, part) else "") + part
    return text


def min_score(boxes: Sequence[TextBox]) -> float:
    return min((b.score for b in boxes), default=1.0)
