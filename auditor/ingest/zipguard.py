"""Checks on an Office (zip) container before any library parses it.

A corrupt or truncated archive, a zip feature Python cannot read (a newer zip version, an unknown
compression method, encrypted members), a corrupt member, or a zip bomb (too many members, too
much uncompressed data, an extreme compression ratio) becomes an InputError naming the file and
the reason - never a library exception. Every member is decompressed once here (streamed, in
bounded chunks) so a broken one is found before python-docx or openpyxl meet it.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from auditor.ingest.errors import InputError

MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # all members together
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def check_zip(src: str, data: bytes, what: str) -> None:
    """Raise InputError unless `data` is a sound zip archive of reasonable size.

    `what` names the document kind in messages ("Word 文件", "Excel 文件")."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError as exc:
        raise InputError(
            src, f"{what}使用了无法读取的 ZIP 格式版本或功能", "unsupported zip feature"
        ) from exc
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        raise InputError(
            src, f"{what}已损坏或被截断，无法解压", "corrupt or truncated zip container"
        ) from exc
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
        raise InputError(
            src,
            f"{what}已损坏或被截断（部件 {_shown(info.filename)} 无法解压）",
            "corrupt zip member",
        ) from exc
