"""Readers: files -> RawDocument (text lines + cell grids). See blocks.py for the conventions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from auditor.ingest.blocks import Grid, GridRow, RawDocument, TextLine
from auditor.ingest.errors import InputError
from auditor.ingest.inputs import (
    REPORT_GENERATOR,
    SUPPORTED_SUFFIXES,
    InputCheck,
    check_input,
    scan_inputs,
)
from auditor.ingest.sniff import sniff

__all__ = [
    "REPORT_GENERATOR",
    "SUPPORTED_SUFFIXES",
    "Grid",
    "GridRow",
    "InputCheck",
    "InputError",
    "RawDocument",
    "TextLine",
    "check_input",
    "read_document",
    "scan_inputs",
    "sha256_file",
]


def sha256_file(path: str | Path) -> str:
    """Content hash of a file (streamed): the identity of a disclosure in batch runs and datasets."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: str | Path) -> RawDocument:
    """Read one disclosure file of any supported format. Raises InputError with a clear reason."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "文件不存在", "file not found")
    if p.is_dir():
        raise InputError(str(path), "这是一个目录，不是文件", "is a directory")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(str(path), "文件为空", "file is empty")
    sha = hashlib.sha256(data).hexdigest()
    raw = _READERS[sniff(p, data)](p, data)
    raw.sha256 = sha
    return raw


def _read_pdf(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.pdf_reader import read_pdf

    return read_pdf(p, data)


def _read_docx(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.docx_reader import read_docx

    return read_docx(p, data)


def _read_xlsx(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.xlsx_reader import read_xlsx

    return read_xlsx(p, data)


def _read_html(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.html_reader import read_html

    return read_html(p, data)


def _read_ole(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.legacy import read_ole

    return read_ole(p, data)


def _read_rtf(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.legacy import read_word_binary

    return read_word_binary(p, data, "rtf")


def _read_image(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.ocr.reader import read_image

    return read_image(p, data, hashlib.sha256(data).hexdigest())


def _read_text(p: Path, data: bytes) -> RawDocument:
    from auditor.ingest.text_reader import read_text

    return read_text(p, data)


# readers are imported on first use: a text-only run never loads pdfplumber, lxml or openpyxl
_READERS: dict[str, Callable[[Path, bytes], RawDocument]] = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "xlsx": _read_xlsx,
    "html": _read_html,
    "ole": _read_ole,
    "rtf": _read_rtf,
    "text": _read_text,
    "image": _read_image,
}
