"""DOCX reader: the document body in order -> TextLines (paragraphs) and Grids (tables).

Tables are read from the XML (w:tbl / w:tr / w:tc) instead of python-docx's `row.cells`,
which repeats a merged cell once per grid column it covers. Here every row has one entry
per grid column: the merge origin carries the text, a cell covered by a horizontal merge
(w:gridSpan) or a vertical merge (w:vMerge without val="restart") is "" with merged=True.
Columns skipped by w:gridBefore / w:gridAfter, or missing at the end of a short row, are ""
with merged=False. A table nested in a cell is flattened into that cell's text (nested cells
joined by " ", nested rows by "\\n"). Whitespace-only paragraphs inside a cell are dropped.

Locations: paragraphs get Location(line=<1-based ordinal of the body paragraph>), tables
Location(grid=<1-based table number>), table rows also grid_row=<1-based row>.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.ingest.blocks import Block, Grid, GridRow, RawDocument, TextLine
from auditor.ingest.errors import InputError
from auditor.ingest.zipguard import check_zip, guard_container
from auditor.models import Location

if TYPE_CHECKING:  # python-docx loads with the first .docx read (read_docx)
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element as XmlElement  # lxml ships no type stubs: Any to mypy

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: encrypted OOXML or legacy .doc


def _q(tag: str) -> str:
    return _W + tag


@guard_container("Word 文件")
def read_docx(path: Path, data: bytes) -> RawDocument:
    src = str(path)
    _check_container(src, data)
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise InputError(
            src, "读取 .docx 需要安装 python-docx", "python-docx is not installed"
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError as exc:
        raise InputError(
            src, "不是有效的 Word 文档（找不到文档主体）", "not a Word document package"
        ) from exc
    except (zipfile.BadZipFile, EOFError) as exc:
        raise InputError(
            src, "Word 文件已损坏或被截断，无法解压", "corrupt or truncated docx (zip)"
        ) from exc
    except KeyError as exc:
        raise InputError(
            src, "Word 文件缺少必要的部件，文件可能已损坏", "docx part missing"
        ) from exc
    except ValueError as exc:
        # python-docx raises ValueError when the main part is not a WordprocessingML document
        raise InputError(src, "不是有效的 Word 文档", "not a Word document") from exc
    except Exception as exc:  # lxml XMLSyntaxError and other parser failures
        raise InputError(
            src,
            "Word 文件内容无法解析，文件可能已损坏",
            "corrupt docx XML",
        ) from exc

    blocks: list[Block] = []
    warnings: list[str] = []
    counters = {"para": 0, "grid": 0}
    _walk(document.element.body, document, blocks, counters, warnings)
    if not blocks:
        warnings.append("文档正文为空（document body is empty）")
    return RawDocument(source=src, layout="docx", blocks=blocks, warnings=warnings)


def _check_container(src: str, data: bytes) -> None:
    """Reject encrypted, truncated and non-Word zip files with a precise reason."""
    if data[:8] == CFB_MAGIC:
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise InputError(
                src,
                "文件受密码保护（已加密），请取消密码后另存为 .docx",
                "password-protected (encrypted) docx",
            )
        raise InputError(
            src, "这是旧版 .doc 格式（OLE 复合文档），请另存为 .docx", "legacy binary .doc format"
        )
    check_zip(src, data, "Word 文件")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(
            src, "Word 文件已损坏或被截断，无法解压", "corrupt or truncated docx (zip)"
        ) from exc
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise InputError(
                src,
                "压缩包中没有 word/document.xml，不是有效的 Word 文档",
                "word/document.xml missing",
            )
        try:
            zf.getinfo("word/document.xml")
            # read it once: a truncated archive often has a valid directory but a broken member
            zf.read("word/document.xml")
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, OSError) as exc:
            raise InputError(
                src,
                "Word 文件已损坏或被截断（word/document.xml 无法读取）",
                "corrupt word/document.xml",
            ) from exc
        except RuntimeError as exc:  # encrypted zip member
            raise InputError(src, "文件受密码保护（已加密）", "password-protected docx") from exc


def _walk(
    container: XmlElement,
    document: DocxDocument,
    blocks: list[Block],
    counters: dict[str, int],
    warnings: list[str],
) -> None:
    """Emit blocks for the children of the body (or of a block-level content control)."""
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag
        if tag == _q("p"):
            counters["para"] += 1
            text = Paragraph(child, document).text.strip()
            if text:
                blocks.append(TextLine(text=text, loc=Location(line=counters["para"])))
        elif tag == _q("tbl"):
            rows = _table_rows(child, document)
            if not rows:
                continue
            counters["grid"] += 1
            k = counters["grid"]
            grid_rows = [
                GridRow(cells=cells, merged=merged, loc=Location(grid=k, grid_row=i))
                for i, (cells, merged) in enumerate(rows, start=1)
            ]
            blocks.append(Grid(rows=grid_rows, loc=Location(grid=k)))
        elif tag in (_q("sdt"), _q("customXml")):
            content = child.find(_q("sdtContent")) if tag == _q("sdt") else child
            if content is not None:
                _walk(content, document, blocks, counters, warnings)
        # w:sectPr, w:bookmarkStart etc. carry no text


def _int_attr(el: XmlElement | None, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(_q("val")))
    except (TypeError, ValueError):
        return default


def _row_cells(tr: XmlElement) -> list[XmlElement]:
    """w:tc children of a row, looking through row-level content controls / custom XML."""
    out: list[XmlElement] = []
    for child in tr.iterchildren():
        if child.tag == _q("tc"):
            out.append(child)
        elif child.tag == _q("sdt"):
            content = child.find(_q("sdtContent"))
            if content is not None:
                out.extend(_row_cells(content))
        elif child.tag == _q("customXml"):
            out.extend(_row_cells(child))
    return out


def _table_rows(tbl: XmlElement, document: DocxDocument) -> list[tuple[list[str], list[bool]]]:
    grid = tbl.find(_q("tblGrid"))
    n_grid = len(grid.findall(_q("gridCol"))) if grid is not None else 0
    # spans and offsets larger than the table can be are corrupt values: clamp them to the grid
    # (or to a generous bound when the grid is missing) instead of padding millions of cells
    limit = n_grid if n_grid else 256
    raw_rows: list[tuple[list[str], list[bool]]] = []
    for tr in tbl.iterchildren(_q("tr")):
        trpr = tr.find(_q("trPr"))
        before = min(
            limit, max(0, _int_attr(trpr.find(_q("gridBefore")) if trpr is not None else None, 0))
        )
        cells: list[str] = [""] * before
        merged: list[bool] = [False] * before
        for tc in _row_cells(tr):
            tcpr = tc.find(_q("tcPr"))
            span = min(
                limit, max(1, _int_attr(tcpr.find(_q("gridSpan")) if tcpr is not None else None, 1))
            )
            vmerge = tcpr.find(_q("vMerge")) if tcpr is not None else None
            continues = vmerge is not None and vmerge.get(_q("val"), "continue") != "restart"
            if continues:
                cells.extend([""] * span)
                merged.extend([True] * span)
            else:
                cells.append(_cell_text(tc, document))
                merged.append(False)
                cells.extend([""] * (span - 1))
                merged.extend([True] * (span - 1))
        raw_rows.append((cells, merged))
    width = max([n_grid] + [len(c) for c, _ in raw_rows]) if raw_rows else 0
    for cells, merged in raw_rows:
        pad = width - len(cells)
        if pad > 0:
            cells.extend([""] * pad)
            merged.extend([False] * pad)
    return raw_rows


def _cell_text(tc: XmlElement, document: DocxDocument) -> str:
    """Paragraphs of a cell joined by "\\n"; nested tables flattened in place."""
    from docx.text.paragraph import Paragraph

    parts: list[str] = []

    def visit(container: XmlElement) -> None:
        for child in container.iterchildren():
            if child.tag == _q("p"):
                text = Paragraph(child, document).text.strip()
                if text:
                    parts.append(text)
            elif child.tag == _q("tbl"):
                for cells, _merged in _table_rows(child, document):
                    line = " ".join(c.replace("\n", " ") for c in cells if c)
                    if line:
                        parts.append(line)
            elif child.tag == _q("sdt"):
                content = child.find(_q("sdtContent"))
                if content is not None:
                    visit(content)
            elif child.tag == _q("customXml"):
                visit(child)

    visit(tc)
    return "\n".join(parts).strip()
