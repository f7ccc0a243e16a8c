"""Legacy binary office files (OLE2 compound files and RTF): .doc, .wps, .xls, .et.

The OLE2 directory names its streams (UTF-16): "WordDocument" for Word and Kingsoft Writer
(.doc/.wps), "Workbook"/"Book" for Excel and Kingsoft Spreadsheets (.xls/.et),
"EncryptedPackage" for a password-protected .docx/.xlsx. Spreadsheets are read with xlrd (LibreOffice
when xlrd cannot); word-processing files and RTF are converted to .docx by LibreOffice and read
by the DOCX reader.
"""

from __future__ import annotations

from pathlib import Path

from auditor.ingest.blocks import RawDocument
from auditor.ingest.convert import convert_with_libreoffice
from auditor.ingest.docx_reader import read_docx
from auditor.ingest.errors import InputError
from auditor.ingest.xls_reader import read_xls


def _has_stream(data: bytes, name: str) -> bool:
    return name.encode("utf-16-le") in data


def ole_kind(data: bytes) -> str:
    """ "encrypted", "workbook", "word" or "unknown"."""
    if _has_stream(data, "EncryptedPackage"):
        return "encrypted"
    if _has_stream(data, "Workbook") or _has_stream(data, "Book\x00"):
        return "workbook"
    if _has_stream(data, "WordDocument"):
        return "word"
    return "unknown"


def read_ole(path: Path, data: bytes) -> RawDocument:
    src = str(path)
    kind = ole_kind(data)
    if kind == "encrypted":
        raise InputError(
            src,
            "文件受密码保护（已加密），请取消密码后另存为 .docx/.xlsx",
            "password-protected (encrypted) Office file",
        )
    if kind == "workbook":
        return read_xls(path, data)
    if kind == "word":
        return read_word_binary(path, data, "doc")
    raise InputError(
        src,
        "无法识别的旧版 Office 文件（不是 Word/Excel/WPS 文档，或已损坏）",
        "unrecognised OLE2 compound file",
    )


def read_word_binary(path: Path, data: bytes, layout: str) -> RawDocument:
    """A .doc/.wps (or RTF) file: converted to .docx by LibreOffice, then read as DOCX."""
    raw = read_docx(path, convert_with_libreoffice(path, data, "docx"))
    raw.layout = layout
    raw.warnings.insert(
        0,
        f"{path.suffix or '旧版'} 文件经 LibreOffice 转换为 .docx 后读取（converted by LibreOffice）",
    )
    return raw
