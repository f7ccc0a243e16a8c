"""Plain-text renderings of a Page: the cell separators of layout catalogue §1.

Merged (covered) positions print as empty cells where the separator keeps empty cells (tabs,
pipes) and vanish where it cannot show them (spaces, one cell per line).
"""

from __future__ import annotations

from collections.abc import Callable

from auditor.synth.layouts import Separator
from auditor.synth.page import Page, TableGrid

Writer = Callable[[TableGrid], list[str]]


def _rows(grid: TableGrid) -> list[list[str]]:
    return [grid.texts(r) for r in range(len(grid.rows))]


def _present(grid: TableGrid, r: int) -> list[str]:
    """The cells of row r that exist (not covered by a merge), empty ones included."""
    return [c.text for c in grid.rows[r] if c is not None]


def _tabs(grid: TableGrid) -> list[str]:
    return ["\t".join(cells) for cells in _rows(grid)]


def _pipes_outer(grid: TableGrid) -> list[str]:
    return ["| " + " | ".join(cells) + " |" for cells in _rows(grid)]


def _pipes_bare(grid: TableGrid) -> list[str]:
    return [" | ".join(cells) for cells in _rows(grid)]


def _pipes_padded(grid: TableGrid) -> list[str]:
    return [" | ".join(cells) + " | ||||" for cells in _rows(grid)]


def _cell_line_pipe(grid: TableGrid) -> list[str]:
    return [f"{t} |" if t else "|" for r in range(len(grid.rows)) for t in _present(grid, r)]


def _cell_line_blank(grid: TableGrid) -> list[str]:
    out: list[str] = []
    for r in range(len(grid.rows)):
        for t in _present(grid, r):
            out += [t, ""]
    return out


def _lone_pipe(grid: TableGrid) -> list[str]:
    out: list[str] = []
    for cells in _rows(grid):
        lines = [f"{t} |" if t else "|" for t in cells]
        lines[-1] += " |||"
        out += lines
    return out


def _collapsed_pipe(grid: TableGrid) -> list[str]:
    """One cell per line ending in a pipe, empty and merged cells as lone pipes; a row's trailing
    empty cells are not printed but counted into its last filled cell's pipes ("x |||" = x and
    two empty cells), so only rows that end empty show where they end."""
    out: list[str] = []
    for cells in _rows(grid):
        last = max((k for k, t in enumerate(cells) if t), default=-1)
        if last < 0:
            continue
        lines = [f"{t} |" if t else "|" for t in cells[: last + 1]]
        lines[-1] += "|" * (len(cells) - 1 - last)
        out += lines
    return out


def _word_paragraphs(grid: TableGrid) -> list[str]:
    """A Word table saved as text: every cell of the grid a paragraph followed by a blank line,
    empty and merged cells as empty paragraphs (three blank lines in a row), a line break
    inside a cell a line of its own."""
    out: list[str] = []
    for cells in _rows(grid):
        for t in cells:
            out += [*t.split("\n"), ""]
    return out


def _spaces(grid: TableGrid) -> list[str]:
    return ["   ".join(cells).rstrip() for cells in _rows(grid)]


def _single_space(grid: TableGrid) -> list[str]:
    return [" ".join(t for t in cells if t) for cells in _rows(grid)]


def _one_line(grid: TableGrid) -> list[str]:
    return [" ".join(t for cells in _rows(grid) for t in cells if t)]


def _run_together(grid: TableGrid) -> list[str]:
    return ["".join(cells) for cells in _rows(grid)]


def _indent(grid: TableGrid, value_depth: int = 0) -> list[str]:
    """One cell per line; on indicator rows 一级/二级/三级 are indented by level, the cells right
    of the 三级 at `value_depth` (0: at the margin)."""
    out: list[str] = []
    for r, kind in enumerate(grid.kinds):
        for c, t in enumerate(grid.texts(r)):
            if not t:
                continue
            level = 0
            if kind in ("indicator", "level1"):
                level = c + 1 if c < 3 else value_depth
            out.append(" " * (level * 2 + 1 if level else 0) + t)
    return out


def _indent_deep(grid: TableGrid) -> list[str]:
    """As `_indent`, with the target and the columns after it one level deeper than the 三级."""
    return _indent(grid, value_depth=4)


def _spaced(label: str) -> str:
    return " ".join(label)


def _broken(name: str) -> str:
    """'一级指标' -> '一级\\n指标', '社会效益指标' -> '社会效益\\n指标' (a label wrapped in its cell)."""
    if name.endswith("指标") and len(name) > 2:
        return f"{name[:-2]}\n指标"
    return name


def _wrapped(text: str, width: int = 3) -> str:
    """A label or long name wrapped inside its cell where the column is narrow: '三级指标' ->
    '三级指\n标', '群众满意度调查' -> '群众满\n意度调\n查' (every `width` characters)."""
    if len(text) <= width or "\n" in text:
        return text
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def _copied_cells(grid: TableGrid, r: int) -> list[str]:
    """Row r as copied from a narrow Word/PDF table: header labels and long 三级 names wrapped."""
    cells = grid.texts(r)
    kind = grid.kinds[r]
    if kind == "header":
        return [_wrapped(t) for t in cells]
    if kind == "indicator":
        return [_wrapped(t, 6) if len(t) > 8 and c < 4 else t for c, t in enumerate(cells)]
    return cells


def _word_copy(grid: TableGrid) -> list[str]:
    """Tab rows as Word puts a table on the clipboard: a line break inside a cell is printed
    as is, so a wrapped cell spreads its row over several physical lines."""
    out: list[str] = []
    for r in range(len(grid.rows)):
        out += "\t".join(_copied_cells(grid, r)).split("\n")
    return out


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if "\n" in text or '"' in text else text


def _excel_copy(grid: TableGrid) -> list[str]:
    """Tab rows as a spreadsheet puts them on the clipboard: a cell holding a line break is
    quoted ("三级指\n标"), doubled quotes inside."""
    out: list[str] = []
    for r in range(len(grid.rows)):
        out += "\t".join(_quote(t) for t in _copied_cells(grid, r)).split("\n")
    return out


def _labels(grid: TableGrid) -> list[str]:
    """Tab rows whose labels are spaced out (项 目 名 称) or broken over two lines, as PDF text
    dumps print them: a cell broken over lines spreads its row over several physical lines."""
    out: list[str] = []
    for r, kind in enumerate(grid.kinds):
        cells = grid.texts(r)
        if kind == "meta":
            cells = [_spaced(cells[0]), *cells[1:]]
        elif kind == "header":
            cells = [_broken(t) for t in cells]
        elif kind == "indicator" and len(cells) > 1 and cells[1].endswith("效益指标"):
            cells = [cells[0], _broken(cells[1]), *cells[2:]]
        parts = [t.split("\n") for t in cells]
        height = max(len(p) for p in parts)
        for k in range(height):
            out.append("\t".join(p[k] if k < len(p) else "" for p in parts))
    return out


WRITERS: dict[Separator, Writer] = {
    "tab": _tabs,
    "pipe_outer": _pipes_outer,
    "pipe_bare": _pipes_bare,
    "pipe_padded": _pipes_padded,
    "cell_line_pipe": _cell_line_pipe,
    "cell_line_blank": _cell_line_blank,
    "lone_pipe": _lone_pipe,
    "collapsed_pipe": _collapsed_pipe,
    "word_paragraphs": _word_paragraphs,
    "spaces": _spaces,
    "single_space": _single_space,
    "one_line": _one_line,
    "run_together": _run_together,
    "indent": _indent,
    "indent_deep": _indent_deep,
    "labels": _labels,
    "word_copy": _word_copy,
    "excel_copy": _excel_copy,
}


def write_text(page: Page, separator: Separator) -> str:
    lines: list[str] = []
    for block in page.blocks:
        if isinstance(block, str):
            lines += [block, ""]
        else:
            lines += WRITERS[separator](block) + [""]
    return "\n".join(lines)
