"""Readers: files -> RawDocument (text lines + cell grids). See blocks.py for the conventions."""

from __future__ import annotations

import hashlib
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
    kind = _sniff(p, data)
    if kind == "docx":
        from auditor.ingest.docx_reader import read_docx

        raw = read_docx(p, data)
    elif kind == "xlsx":
        from auditor.ingest.xlsx_reader import read_xlsx

        raw = read_xlsx(p, data)
    elif kind == "pdf":
        from auditor.ingest.pdf_reader import read_pdf

        raw = read_pdf(p, data)
    else:
        from auditor.ingest.text_reader import read_text

        raw = read_text(p, data)
    raw.sha256 = sha
    return raw


def _sniff(p: Path, data: bytes) -> str:
    """Decide the format from the magic bytes first, the suffix second."""
    suffix = p.suffix.lower()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # OLE2 container: a legacy .doc/.xls, or an Office file encrypted with a password
        raise InputError(
            str(p),
            "文件是旧版 Office 格式（.doc/.xls）或设置了打开密码，请另存为未加密的 .docx/.xlsx",
            "legacy or password-protected Office file",
        )
    if data[:4] == b"PK\x03\x04":
        if suffix in (".xlsx", ".xlsm"):
            return "xlsx"
        if suffix == ".docx":
            return "docx"
        # a zip without a telling suffix: look inside
        if b"word/" in data[:4000]:
            return "docx"
        if b"xl/" in data[:4000]:
            return "xlsx"
        raise InputError(
            str(p),
            "压缩包格式无法识别（不是 .docx 或 .xlsx）",
            "zip container is neither docx nor xlsx",
        )
    if suffix == ".pdf":
        raise InputError(
            str(p), "扩展名为 .pdf 但文件头不是 PDF，文件可能已损坏", "not a PDF file (bad header)"
        )
    if suffix in (".docx", ".xlsx", ".xlsm"):
        raise InputError(
            str(p),
            f"扩展名为 {suffix} 但文件不是有效的 Office 文档，可能已损坏或被截断",
            "not a valid Office (zip) file",
        )
    if suffix in (".doc", ".xls"):
        raise InputError(
            str(p),
            f"不支持旧版 Office 格式 {suffix}，请另存为 .docx/.xlsx",
            "legacy binary Office format",
        )
    return "text"
