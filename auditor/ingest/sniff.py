"""Which reader a file needs: the magic bytes first, the suffix second.

Kinds: "pdf", "docx", "xlsx", "html", "text", "rtf" (a .doc that is RTF), "ole" (an OLE2
compound file: a legacy .doc/.xls/.wps/.et, or an Office file encrypted with a password) and
"image" (PNG, JPEG, TIFF: photos and scans, read by OCR).
"""

from __future__ import annotations

import re
from pathlib import Path

from auditor.ingest.errors import InputError
from auditor.ingest.inputs import HTML_SUFFIXES, IMAGE_SUFFIXES

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|table)\b",
    re.I | re.S,
)
LEGACY_SUFFIXES = (".doc", ".xls", ".wps", ".et", ".dps")
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff(p: Path, data: bytes) -> str:
    suffix = p.suffix.lower()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == OLE_MAGIC:
        return "ole"
    if data[:4] == ZIP_MAGIC:
        return _zip_kind(p, data, suffix)
    if data.startswith(IMAGE_MAGIC):
        return "image"
    if suffix in IMAGE_SUFFIXES:
        raise InputError(
            str(p),
            f"扩展名为 {suffix} 但文件不是有效的图片（PNG/JPEG/TIFF），可能已损坏",
            "not a valid image file",
        )
    if data[:5] == b"{\\rtf" and suffix in LEGACY_SUFFIXES + (".rtf",):
        return "rtf"  # Word and WPS save RTF under a .doc name
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
    if suffix in HTML_SUFFIXES or looks_like_html(data):
        # government systems often save an HTML table as .xls or .doc: read it as what it is
        return "html"
    if suffix in LEGACY_SUFFIXES:
        raise InputError(
            str(p),
            f"扩展名为 {suffix} 但文件不是有效的 Office/WPS 文档，可能已损坏或被截断",
            "not a valid legacy Office (OLE2) file",
        )
    return "text"


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048]))


def _zip_kind(p: Path, data: bytes, suffix: str) -> str:
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".docx":
        return "docx"
    # a zip without a telling suffix (or a .doc/.xls that is really OOXML): look inside
    if b"word/" in data[:4000]:
        return "docx"
    if b"xl/" in data[:4000]:
        return "xlsx"
    raise InputError(
        str(p),
        "压缩包格式无法识别（不是 .docx 或 .xlsx）",
        "zip container is neither docx nor xlsx",
    )
