"""Bytes -> text for text files and HTML pages, without losing a file to a few bad bytes.

Order of decisions:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides;
2. a charset declared by the file (HTML `<meta charset>`) is tried next; GB2312/GBK are read as
   GB18030, their superset; a declaration the bytes contradict is overruled, with a warning;
3. UTF-16 without a BOM is recognised by its NUL bytes all falling on one parity;
4. strict UTF-8, then strict GB18030 (unless the result reads as mojibake);
5. UTF-8 or GB18030 with a few undecodable bytes: read with U+FFFD in their place, and a warning
   that names the lines;
6. otherwise charset-normalizer's best guess (Big5, Shift_JIS, ...);
7. whatever was chosen, text that is mostly control characters or replacement marks is refused
   as binary. A few NULs are replaced (U+FFFD) with a warning naming their lines.

A UTF-8 file cut inside its last character keeps everything before the cut, with a warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from auditor.ingest.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936", "euc-cn", "csgb2312"}
_COMMON_CHARS = re.compile(r"[\x00-\x7f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_SAMPLE = 1 << 16
_ASCII = bytes(range(128))
BAD_BYTES_MAX_SHARE = 0.02  # undecodable bytes per non-ASCII byte still read as damaged text
BINARY_SHARE = 0.05  # control characters / replacement marks per character: binary data


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_text(path: str | Path, data: bytes, declared: str | None = None) -> Decoded:
    """Decode a text file or HTML page. Raises InputError for binary or undecodable data."""
    src = str(path)
    decoded = _choose(data, declared)
    if decoded is None and _bad_share(data[:20000].decode("latin-1")) > BINARY_SHARE:
        raise InputError(
            src, "文件是二进制数据，不是文本（不支持的格式或已损坏）", "binary data, not text"
        )
    if decoded is None:
        raise InputError(
            src,
            "文件编码无法识别（既不是 UTF-8/UTF-16 也不是 GBK/GB18030），可能已损坏",
            "undecodable text encoding",
        )
    if _bad_share(decoded.text) > BINARY_SHARE:
        raise InputError(
            src, "文件是二进制数据，不是文本（不支持的格式或已损坏）", "binary data, not text"
        )
    _replace_nuls(decoded)
    return decoded


def decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for the text reader."""
    d = decode_text(path, data)
    return d.text, d.encoding, d.warnings


def _choose(data: bytes, declared: str | None) -> Decoded | None:
    for enc_bom, enc in _BOMS:
        if data.startswith(enc_bom):
            return _lenient(data[len(enc_bom) :], enc, max_share=1.0)
    if declared:
        found = _declared(data, declared)
        if found is not None:
            return found
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _lenient(data, utf16, max_share=1.0)
    for enc in ("utf-8", "gb18030"):
        strict = _strict(data, enc)
        if strict is not None:
            return strict
    cut = _utf8_cut_at_end(data)
    if cut is not None:
        return cut
    for enc in ("utf-8", "gb18030"):
        damaged = _lenient(data, enc, max_share=BAD_BYTES_MAX_SHARE)
        if damaged is not None:
            return damaged
    return _detected(data)


def _python_codec(name: str) -> str | None:
    name = name.strip().lower()
    if name in _GB_ALIASES:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(data: bytes, declared: str) -> Decoded | None:
    enc = _python_codec(declared)
    if enc is None:
        return None
    found = _strict(data, enc) or _lenient(data, enc, max_share=BAD_BYTES_MAX_SHARE)
    if found is not None and enc.startswith("utf-16"):
        return found
    if found is not None and not _looks_like_mojibake(found.text):
        return found
    other = _choose(data, None)
    if other is not None:
        other.warnings.insert(
            0,
            f"文件声明的编码 {declared} 与内容不符，已按 {other.encoding} 读取"
            f"（declared charset {declared} is wrong）",
        )
    return other


def _strict(data: bytes, enc: str) -> Decoded | None:
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    if enc == "gb18030" and _looks_like_mojibake(text):
        return None
    return Decoded(text, enc)


def _lenient(data: bytes, enc: str, max_share: float) -> Decoded | None:
    """Decode with U+FFFD for bad bytes if they are few (per non-ASCII byte)."""
    text = data.decode(enc, errors="replace")
    bad = text.count("\ufffd")
    high = len(data) - len(data.translate(None, _ASCII))
    if bad and bad > max_share * max(high, 1):
        return None
    if enc == "gb18030" and _looks_like_mojibake(text):
        return None
    decoded = Decoded(text, enc)
    if bad:
        lines = _lines_with(text, "\ufffd")
        decoded.warnings.append(
            f"{_line_list(lines)}含无法解码的字节，已替换为 �"
            f"（{bad} undecodable byte sequence(s) replaced on lines {_en_lines(lines)}）"
        )
    return decoded


def _utf8_cut_at_end(data: bytes) -> Decoded | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            decoded = _strict(data[: exc.start], "utf-8")
            if decoded is not None:
                decoded.warnings.append(
                    "文件在最后一个字符中间被截断，已读取截断前的全部内容（文件可能不完整）"
                )
            return decoded
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """NULs mostly on odd bytes: UTF-16-LE text with ASCII in it; on even bytes: big-endian."""
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    nuls = even + odd
    if nuls < 0.05 * len(sample) / 2:
        return None
    if odd >= 0.9 * nuls:
        enc = "utf-16-le"
    elif even >= 0.9 * nuls:
        enc = "utf-16-be"
    else:
        return None
    text = sample.decode(enc, errors="replace")
    return None if _looks_like_mojibake(text) else enc


def _detected(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return None
    decoded = Decoded(str(best), best.encoding)
    decoded.warnings.append(
        f"文件编码不是常见的 UTF-8/GBK，按推测的 {best.encoding} 读取，请核对文字"
        f"（encoding guessed as {best.encoding}）"
    )
    return decoded


def _looks_like_mojibake(text: str) -> bool:
    """Real Chinese text is mostly common CJK + ASCII + CJK punctuation."""
    sample = text[:20000]
    if not sample:
        return False
    return len(_COMMON_CHARS.findall(sample)) / len(sample) < 0.85


def _bad_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_BAD_CHARS.findall(sample)) / len(sample)


def _replace_nuls(decoded: Decoded) -> None:
    if "\x00" not in decoded.text:
        return
    lines = _lines_with(decoded.text, "\x00")
    decoded.text = decoded.text.replace("\x00", "\ufffd")
    decoded.warnings.append(
        f"{_line_list(lines)}含 NUL 空字符，已替换为 �（NUL characters replaced on lines "
        f"{_en_lines(lines)}）"
    )


def _lines_with(text: str, char: str, limit: int = 10) -> list[int]:
    """1-based numbers of the first lines (limit + 1 at most) that contain `char`."""
    out: list[int] = []
    pos = text.find(char)
    while pos >= 0 and len(out) <= limit:
        out.append(text.count("\n", 0, pos) + 1)
        nl = text.find("\n", pos)
        pos = -1 if nl < 0 else text.find(char, nl + 1)
    return out


def _line_list(lines: list[int], limit: int = 10) -> str:
    shown = "、".join(str(n) for n in lines[:limit])
    more = "等" if len(lines) > limit else ""
    return f"第 {shown} {more}行"


def _en_lines(lines: list[int], limit: int = 10) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (" ..." if len(lines) > limit else "")
