"""PDF reader (pdfplumber): per page, ruled tables -> Grids, the other text -> TextLines.

* Tables are found with pdfplumber's line-based strategy (`page.find_tables()`); a cell that
  pdfplumber reports as None (covered by a merged/spanned cell) is "" with merged=True. Cell
  text keeps pdfplumber's line breaks as "\\n" (these include the visual wrap of long cells).
* Text outside the ruled tables that is laid out in columns (an unruled table) is rebuilt as a
  Grid from the words' positions (auditor.ingest.pdf_unruled): wrapped cell text joined, cells
  placed in their columns, rows from the cells' vertical alignment.
* Text outside every table bbox is extracted line by line and interleaved with the tables by
  vertical position, so blocks come in reading order (top to bottom) on each page.
* A table that continues on the next page is a separate Grid there (the extractor joins them).
* Pages without a text layer (scanned images; or a stray page number over a full-page image)
  are read by OCR (auditor.ingest.ocr), only those: a mixed PDF keeps its text pages as they
  are. A warning names the OCR'd pages; a wholly scanned PDF has layout "pdf/ocr".

Locations: Grid rows Location(page=n, grid=k, grid_row=r) with k counted across the whole
document and r 1-based inside the grid; TextLines Location(page=n, line=<1-based line on page>).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.ingest.blocks import Block, Grid, GridRow, RawDocument, TextLine
from auditor.ingest.errors import InputError
from auditor.ingest.ocr.reader import number_grids, ocr_pages, pdf_renderer, scanned_pages_note
from auditor.ingest.pdf_unruled import Region, find_regions, page_lines, region_grid
from auditor.models import Location

if TYPE_CHECKING:  # pdfplumber loads with the first PDF read (read_pdf)
    from pdfplumber.page import Page
    from pdfplumber.table import Table

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points

MIN_TEXT_CHARS = 20  # fewer characters over a page-sized image: a scan with a stamped number


def read_pdf(path: Path, data: bytes) -> RawDocument:
    src = str(path)
    if not data.startswith(b"%PDF-"):
        raise InputError(src, "文件头不是 PDF，文件可能已损坏", "not a PDF file (bad header)")
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover
        raise InputError(
            src, "读取 PDF 需要安装 pdfplumber", "pdfplumber is not installed"
        ) from exc

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except Exception as exc:
        raise _open_error(src, exc) from exc

    per_page: dict[int, list[Block]] = {}
    scanned: list[int] = []
    try:
        if not pages:
            raise InputError(src, "PDF 没有任何页面", "PDF has no pages")
        for n, page in enumerate(pages, start=1):
            try:
                if _needs_ocr(page):
                    scanned.append(n)
                    continue
                per_page[n] = []
                _read_page(page, n, per_page[n], 0)
            except InputError:
                raise
            except Exception as exc:
                raise InputError(
                    src,
                    f"第{n}页无法解析，文件可能已损坏",
                    f"cannot parse page {n}",
                ) from exc
            finally:
                page.flush_cache()
    finally:
        pdf.close()
    warnings: list[str] = []
    if scanned:
        with pdf_renderer(src, data) as render:
            per_page.update(ocr_pages(src, hashlib.sha256(data).hexdigest(), scanned, render))
        warnings.append(scanned_pages_note(scanned, len(pages)))
    blocks = [b for n in sorted(per_page) for b in per_page[n]]
    number_grids(blocks)
    layout = "pdf/ocr" if len(scanned) == len(pages) else "pdf"
    return RawDocument(source=src, layout=layout, blocks=blocks, warnings=warnings)


def _needs_ocr(page: Any) -> bool:
    """No text layer, or hardly any text over an image covering most of the page."""
    if not page.chars:
        return True
    if len(page.chars) >= MIN_TEXT_CHARS:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(
        max(0.0, float(im["x1"] - im["x0"])) * max(0.0, float(im["bottom"] - im["top"]))
        for im in page.images
    )
    return covered / area > 0.5


def _open_error(src: str, exc: Exception) -> InputError:
    # pdfplumber wraps pdfminer's errors: PdfminerException(PDFPasswordIncorrect())
    chain = [exc, exc.__cause__, exc.__context__, *getattr(exc, "args", ())]
    names = " ".join(type(e).__name__ for e in chain if isinstance(e, BaseException))
    if "Password" in names or "Encrypt" in names:
        return InputError(src, "PDF 受密码保护，请提供未加密的文件", "password-protected PDF")
    return InputError(src, "PDF 文件已损坏或被截断，无法打开", "corrupt or truncated PDF")


def _clip(bbox: BBox, page_bbox: BBox) -> BBox:
    x0, top, x1, bottom = bbox
    px0, ptop, px1, pbottom = page_bbox
    return (max(x0, px0), max(top, ptop), min(x1, px1), min(bottom, pbottom))


def _read_page(page: Page, n: int, blocks: list[Block], grid_no: int) -> int:
    tables = page.find_tables()
    items: list[tuple[float, float, Block | Region | Table]] = []  # (top, x0, what)
    outside = page
    for t in tables:
        bbox = _clip(t.bbox, page.bbox)
        if bbox[2] <= bbox[0] or bbox[3] <= bbox[1]:
            continue
        outside = outside.outside_bbox(bbox)
        items.append((bbox[1], bbox[0], t))
    lines = page_lines(outside.extract_text_lines(return_chars=True))
    regions = find_regions(lines)
    in_region = {id(ln) for r in regions for ln in r.lines}
    items += [(r.top, r.bbox[0], r) for r in regions]
    for line in lines:
        text = line.text.strip()
        if text and id(line) not in in_region:
            items.append((line.top, line.x0, TextLine(text=text)))
    items.sort(key=lambda it: (round(it[0], 1), it[1]))

    line_no = 0
    for _top, _x0, what in items:
        if isinstance(what, TextLine):
            line_no += 1
            what.loc = Location(page=n, line=line_no)
            blocks.append(what)
        elif isinstance(what, Region):
            grid_no += 1
            blocks.append(region_grid(what, n, grid_no))
        elif not isinstance(what, Grid) and (rows := what.extract()):
            grid_no += 1
            blocks.append(_grid(rows, n, grid_no))
    return grid_no


def _grid(rows: list[list[str | None]], n: int, grid_no: int) -> Grid:
    """A pdfplumber table (None = a cell covered by a merge) as a Grid of equal-width rows."""
    width = max(len(r) for r in rows)
    grid_rows: list[GridRow] = []
    for i, row in enumerate(rows, start=1):
        padded = list(row) + [None] * (width - len(row))
        cells = ["" if c is None else _clean(c) for c in padded]
        merged = [c is None for c in padded]
        grid_rows.append(
            GridRow(cells=cells, merged=merged, loc=Location(page=n, grid=grid_no, grid_row=i))
        )
    return Grid(rows=grid_rows, loc=Location(page=n, grid=grid_no))


def _clean(text: str) -> str:
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    return "\n".join(ln for ln in lines if ln).strip()
