"""OCR of whole files: scanned PDF pages and image files (.png/.jpg/.tif) -> blocks.

* Pages are rendered one at a time (pypdfium2 is not thread-safe) and read in a small thread
  pool: ONNX Runtime and OpenCV release the GIL, one engine per thread. The pool has
  `AUDITOR_OCR_WORKERS` threads, else one per core (at most 4) — one inside a batch worker
  process, where the batch pool already keeps every core busy.
* Every page goes through the page cache first (auditor.ingest.ocr.cache): a re-run is free.
* A progress bar per page on the terminal (stderr), in Chinese; none when not a terminal.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from auditor.ingest.blocks import Block, Grid, RawDocument
from auditor.ingest.errors import InputError
from auditor.ingest.ocr import cache
from auditor.ingest.ocr.engine import EngineMissing
from auditor.models import Location

WORKERS_ENV = "AUDITOR_OCR_WORKERS"
RENDER_DPI = 200  # scanned PDF pages are rendered at this resolution
Renderer = Callable[[int], np.ndarray]  # 1-based page number -> RGB image


def ocr_workers() -> int:
    env = os.environ.get(WORKERS_ENV, "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    if multiprocessing.current_process().daemon:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


@contextmanager
def _progress(name: str, total: int) -> Iterator[Callable[[], None]]:
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("OCR 文字识别 {task.description}"),
        BarColumn(),
        TextColumn("第"),
        MofNCompleteColumn(),
        TextColumn("页"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    with bar:
        task = bar.add_task(name, total=total)
        yield lambda: bar.advance(task)


def _missing_engine(src: str, exc: EngineMissing) -> InputError:
    return InputError(
        src,
        "扫描件需要 OCR 文字识别组件：请重新安装本工具（pip install rapidocr onnxruntime）",
        f"OCR engine not installed ({exc})",
    )


def ocr_pages(src: str, sha256: str, pages: list[int], render: Renderer) -> dict[int, list[Block]]:
    """Blocks of each page (1-based numbers) by OCR, from the cache where it has them."""
    out: dict[int, list[Block]] = {}
    todo = []
    for n in pages:
        cached = cache.load(sha256, n)
        if cached is None:
            todo.append(n)
        else:
            out[n] = cached
    if not todo:
        return out
    # OpenCV and ONNX Runtime are loaded only when a page needs OCR
    from auditor.ingest.ocr.page import ocr_page

    workers = min(ocr_workers(), len(todo))
    with _progress(Path(src).name, len(todo)) as step, ThreadPoolExecutor(workers) as pool:
        running: dict[int, Future[list[Block]]] = {}
        for n in todo:
            running[n] = pool.submit(ocr_page, render(n), n)
            while len(running) >= 2 * workers or (n == todo[-1] and running):
                first = min(running)
                out[first] = _finish(src, running.pop(first))
                cache.store(sha256, first, out[first])
                step()
    return out


def _finish(src: str, future: Future[list[Block]]) -> list[Block]:
    try:
        return future.result()
    except EngineMissing as exc:
        raise _missing_engine(src, exc) from exc


@contextmanager
def pdf_renderer(src: str, data: bytes) -> Iterator[Renderer]:
    """Pages of a PDF as RGB images at RENDER_DPI (pypdfium2, pdfplumber's own renderer)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(
            src, "PDF 扫描页无法渲染，文件可能已损坏", "cannot render PDF pages"
        ) from exc

    def render(n: int) -> np.ndarray:
        try:
            bitmap = pdf[n - 1].render(scale=RENDER_DPI / 72)
            return np.asarray(bitmap.to_pil().convert("RGB"))
        except (pdfium.PdfiumError, IndexError) as exc:
            raise InputError(
                src, f"第{n}页无法渲染，文件可能已损坏", f"cannot render page {n}"
            ) from exc

    try:
        yield render
    finally:
        pdf.close()


def scanned_pages_note(pages: list[int], total: int) -> str:
    """The warning that names the pages read by OCR ("第2-4、7页…")."""
    if len(pages) == total:
        return f"全部{total}页为扫描件，已用 OCR 文字识别，请对照原件核对（read by OCR）"
    spans: list[str] = []
    start = prev = pages[0]
    for n in [*pages[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        spans.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return f"第{'、'.join(spans)}页没有文字层，已用 OCR 文字识别（pages read by OCR）"


def number_grids(blocks: list[Block]) -> None:
    """Number grids 1.. across the document (Grid.loc.grid and every row's loc.grid)."""
    k = 0
    for b in blocks:
        if isinstance(b, Grid):
            k += 1
            b.loc = Location(page=b.loc.page, grid=k)
            for r in b.rows:
                r.loc = Location(page=r.loc.page, grid=k, grid_row=r.loc.grid_row)


def _frames(src: str, data: bytes) -> list[np.ndarray]:
    try:
        img = Image.open(io.BytesIO(data))
        frames = []
        for i in range(getattr(img, "n_frames", 1)):
            img.seek(i)
            frames.append(np.asarray(ImageOps.exif_transpose(img).convert("RGB")))
        return frames
    except Image.DecompressionBombError as exc:
        raise InputError(src, "图片像素过多，超出处理上限", "image too large") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InputError(src, "图片文件已损坏或格式无法识别", "corrupt or unknown image") from exc


def read_image(path: Path, data: bytes, sha256: str = "") -> RawDocument:
    """A photo or scan of one or more pages (.png/.jpg/.tif; TIFF frames are pages)."""
    src = str(path)
    frames = _frames(src, data)
    pages = ocr_pages(src, sha256, list(range(1, len(frames) + 1)), lambda n: frames[n - 1])
    blocks = [b for n in sorted(pages) for b in pages[n]]
    number_grids(blocks)
    return RawDocument(source=src, layout="image/ocr", blocks=blocks, sha256=sha256)
