"""Checks on an Office (zip) container before any library parses it.

A corrupt or truncated archive, a zip feature Python cannot read (a newer zip version, an unknown
compression method, encrypted members), a corrupt member, or a zip bomb (too many members, too
much uncompressed data, an extreme compression ratio) becomes an InputError naming the file and
the reason - never a library exception. Every member is decompressed once here (streamed, in
bounded chunks) so a broken one is found before python-docx or openpyxl meet it.

`guard_container(what)` wraps a zip-based reader (DOCX, XLSX, and the DOCX/XLSX that LibreOffice
makes of legacy files): whatever the zip layer (zipfile, zlib, lzma, bz2) or the parsing libraries
(python-docx, openpyxl, lxml, defusedxml) raise while reading the file becomes the same kind of
InputError, named in Chinese with the damage (CRC, compressed data, truncation, zip headers,
unsupported zip feature, unparsable content) and without library internals. Errors raised in
our own code stay bugs (internal errors); MemoryError stays for the memory limit.
"""

from __future__ import annotations

import functools
import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from auditor.ingest.errors import InputError

R = TypeVar("R")

MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # all members together
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
# exceptions that always mean damaged compressed data or zip structures, wherever raised
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error)
# top-level modules whose exceptions are about the file being read, not about our code
_ZIP_MODULES = frozenset({"zipfile", "zlib", "lzma", "bz2", "_compression"})
_PARSER_MODULES = frozenset({"docx", "openpyxl", "lxml", "defusedxml", "xml", "et_xmlfile"})


def check_zip(src: str, data: bytes, what: str) -> None:
    """Raise InputError unless `data` is a sound zip archive of reasonable size.

    `what` names the document kind in messages ("Word 文件", "Excel 文件")."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _READ_ERRORS as exc:
        raise container_error(src, what, exc) from exc
    with zf:
        infos = zf.infolist()
        _check_sizes(src, what, infos)
        for info in infos:
            _check_member(src, what, zf, info)


def _shown(name: str) -> str:
    """A member name fit for a message: printable, at most 60 characters."""
    clean = "".join(ch for ch in name if ch.isprintable())
    return clean if len(clean) <= 60 else clean[:57] + "..."


def _bomb(src: str, what: str, detail: str, detail_en: str) -> InputError:
    return InputError(
        src, f"{what}疑似压缩炸弹（{detail}），拒绝读取", f"zip bomb suspected: {detail_en}"
    )


def _check_sizes(src: str, what: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _bomb(src, what, f"包含 {len(infos)} 个部件", f"{len(infos)} members")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        mb = total // (1024 * 1024)
        raise _bomb(src, what, f"解压后共 {mb} MB", f"{mb} MB uncompressed")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(1, i.compress_size):
            ratio = i.file_size // max(1, i.compress_size)
            raise _bomb(
                src, what, f"部件 {_shown(i.filename)} 压缩比 {ratio}:1", f"ratio {ratio}:1"
            )


def _check_member(src: str, what: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise InputError(
            src, f"{what}受密码保护（部件已加密），请取消密码后另存", "encrypted zip member"
        )
    if info.compress_type not in _METHODS:
        raise InputError(
            src,
            f"{what}的部件 {_shown(info.filename)} 使用了不支持的压缩方式",
            "unsupported zip compression method",
        )
    try:
        with zf.open(info) as fh:
            while fh.read(1 << 20):
                pass
    except _READ_ERRORS as exc:
        raise container_error(src, what, exc, info.filename) from exc


_HEADERS = ("ZIP 文件头或目录损坏（文件可能被截断或改写）", "corrupt zip headers")


def _damage(exc: BaseException) -> tuple[str, str]:
    """(Chinese, English) name of the damage an exception from the zip layer stands for."""
    text = str(exc).lower()
    if isinstance(exc, NotImplementedError):
        return "使用了无法读取的 ZIP 格式版本或压缩方式", "unsupported zip version or method"
    if isinstance(exc, RuntimeError) and "encrypt" in text:
        return "部件已加密（受密码保护），请取消密码后另存", "encrypted zip member"
    if "crc" in text:
        return "部件内容与校验和不符（CRC 错误）", "CRC mismatch"
    if any(w in text for w in ("header", "magic", "directory", "differ", "seek")):
        return _HEADERS
    if isinstance(exc, EOFError) or "truncated" in text or "end-of-stream" in text:
        return "压缩数据被截断", "truncated compressed data"
    if isinstance(exc, zlib.error | lzma.LZMAError) or "data stream" in text:
        return "压缩数据错误，无法解压", "corrupt compressed data"
    return _HEADERS


def container_error(src: str, what: str, exc: BaseException, member: str = "") -> InputError:
    """The InputError for an exception the zip layer raised while reading `src`."""
    reason, reason_en = _damage(exc)
    where = f"（部件 {_shown(member)}）" if member else ""
    if isinstance(exc, NotImplementedError | RuntimeError) and reason != _HEADERS[0]:
        return InputError(src, f"{what}{reason}{where}", reason_en)  # a feature, not damage
    return InputError(src, f"{what}已损坏：{reason}{where}", f"damaged zip container: {reason_en}")


def _raised_in(exc: BaseException, modules: frozenset[str]) -> bool:
    """Whether the innermost Python frame of the exception belongs to one of `modules`."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    name = str(tb.tb_frame.f_globals.get("__name__", ""))
    return name.split(".", 1)[0] in modules


def guard_container(
    what: str,
) -> Callable[[Callable[[Path, bytes], R]], Callable[[Path, bytes], R]]:
    """Decorator for a zip-based reader `read(path, data)`: see the module docstring."""

    def wrap(read: Callable[[Path, bytes], R]) -> Callable[[Path, bytes], R]:
        @functools.wraps(read)
        def guarded(path: Path, data: bytes) -> R:
            try:
                return read(path, data)
            except (InputError, MemoryError):
                raise
            except Exception as exc:
                if isinstance(exc, _ZIP_ERRORS) or _raised_in(exc, _ZIP_MODULES):
                    raise container_error(str(path), what, exc) from exc
                if _raised_in(exc, _PARSER_MODULES):
                    raise InputError(
                        str(path),
                        f"{what}内容无法解析（XML 结构损坏或不符合格式规范）",
                        "damaged document content",
                    ) from exc
                raise

        return guarded

    return wrap
