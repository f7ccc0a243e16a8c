"""Mutations for the pipeline fuzzer: bytes, text, zip containers (DOCX/XLSX) and bombs.

Each mutator takes the seed bytes and a random generator and returns new bytes. `BOMBS` are
mutators whose output is built to exhaust memory or time (zip and XML bombs, huge merges):
their expected outcome is a named limit or input error, never a traceback or a hang.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

Mutator = Callable[[bytes, random.Random], bytes]

_NASTY = [
    "\x00", "\ufeff", "\u202e", "\r", "\x0c", "\t\t\t", "|", "｜", "≥", "≤", "%", "％",
    "9" * 400, "1e309", "-0", "NaN", "∞", "１２３", "〇", "亿", "万元", "\\", "<script>", "=1+1",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"), "🙂", "项目名称",
    "一级指标\t二级指标\t三级指标\t指标值", "产出指标", "绩效目标表",
]  # fmt: skip


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def splice(data: bytes, rng: random.Random) -> bytes:
    """Delete, duplicate or move a chunk."""
    if len(data) < 4:
        return data + data
    a, b = sorted(rng.sample(range(len(data)), 2))
    chunk = data[a:b]
    op = rng.randrange(3)
    if op == 0:
        return data[:a] + data[b:]
    if op == 1:
        return data[:b] + chunk * rng.randint(1, 30) + data[b:]
    c = rng.randrange(len(data))
    return data[:c] + chunk + data[c:]


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(1, 4096))


def text_inject(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    lines = text.splitlines() or [""]
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(lines))
        pos = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + rng.choice(_NASTY) + lines[i][pos:]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def reencode(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(["gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5", "utf-8-sig"])
    return text.encode(enc, "replace")


def long_line(data: bytes, rng: random.Random) -> bytes:
    """One line of 0.2-2 MB (no newline), or thousands of tiny lines."""
    if rng.random() < 0.5:
        return data + ("指标值≥" * rng.randint(30_000, 300_000)).encode()
    return data + b"\n|\n" * rng.randint(10_000, 200_000)


def repeat_tables(data: bytes, rng: random.Random) -> bytes:
    return data * rng.randint(2, 40)


# --- zip containers ---------------------------------------------------------------------------
def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i, z.read(i)) for i in z.infolist()]
    except Exception:
        return None


def _zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, body in members:
            z.writestr(name, body)
    return out.getvalue()


def _xml_members(members: list[tuple[zipfile.ZipInfo, bytes]]) -> list[int]:
    return [i for i, (info, _) in enumerate(members) if info.filename.endswith(".xml")]


def zip_member_mutate(data: bytes, rng: random.Random) -> bytes:
    """Mutate one XML member inside a valid zip (flip, truncate, splice, inject)."""
    members = _members(data)
    if not members:
        return flip_bytes(data, rng)
    xml = _xml_members(members) or list(range(len(members)))
    k = rng.choice(xml)
    op = rng.choice([flip_bytes, truncate, splice, text_inject])
    named = [(info.filename, body) for info, body in members]
    named[k] = (named[k][0], op(named[k][1], rng))
    return _zip(named)


def zip_drop_member(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    if not members:
        return truncate(data, rng)
    members.pop(rng.randrange(len(members)))
    return _zip([(i.filename, b) for i, b in members])


def zip_stored(data: bytes, rng: random.Random) -> bytes:
    """The same members, stored or bzip2/lzma compressed (unusual but legal methods)."""
    members = _members(data)
    if not members:
        return data
    method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    return _zip([(i.filename, b) for i, b in members], method)


def zip_bomb(data: bytes, rng: random.Random) -> bytes:
    """A main XML member inflated to hundreds of MB of whitespace or repeated runs."""
    members = _members(data)
    if not members:
        return data
    xml = _xml_members(members)
    k = max(xml, key=lambda i: len(members[i][1])) if xml else 0
    body = members[k][1]
    cut = body.rfind(b"</")
    filler = (
        b" " * rng.randint(300, 1200) * 1024 * 1024
        if rng.random() < 0.5
        else (b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * rng.randint(2, 8) * 1_000_000)
    )
    named = [(i.filename, b) for i, b in members]
    named[k] = (named[k][0], body[:cut] + filler + body[cut:])
    return _zip(named)


def xml_entity_bomb(data: bytes, rng: random.Random) -> bytes:
    """Billion laughs in the main XML member (entities must never be expanded)."""
    members = _members(data)
    if not members:
        return data
    xml = _xml_members(members)
    if not xml:
        return data
    k = max(xml, key=lambda i: len(members[i][1]))
    lol = (
        b'<!DOCTYPE r [<!ENTITY a "lollollollol">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&%s;" % chr(97 + i).encode()) * 10)
            for i in range(9)
        )
        + b"]>"
    )
    body = members[k][1]
    start = body.find(b"?>") + 2 if body.startswith(b"<?xml") else 0
    body = body[:start] + lol + body[start:].replace(b"<w:t>", b"<w:t>&j;", 1)
    named = [(i.filename, b) for i, b in members]
    named[k] = (named[k][0], body)
    return _zip(named)


def deep_xml(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    if not members:
        return data
    xml = _xml_members(members)
    if not xml:
        return data
    k = max(xml, key=lambda i: len(members[i][1]))
    depth = rng.randint(10_000, 200_000)
    body = members[k][1]
    cut = body.rfind(b"</")
    nest = b"<x>" * depth + b"</x>" * depth
    named = [(i.filename, b) for i, b in members]
    named[k] = (named[k][0], body[:cut] + nest + body[cut:])
    return _zip(named)


def huge_merge(data: bytes, rng: random.Random) -> bytes:
    """XLSX: a merged range over (nearly) the whole sheet; DOCX: gridSpan/vMerge absurd."""
    members = _members(data)
    if not members:
        return data
    named = [(i.filename, b) for i, b in members]
    for n, (name, body) in enumerate(named):
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            ref = rng.choice([b"A1:XFD1048576", b"A1:ZZ9999", b"B2:AMJ500000"])
            merge = b'<mergeCells count="1"><mergeCell ref="' + ref + b'"/></mergeCells>'
            body = body.replace(b"</sheetData>", b"</sheetData>" + merge, 1)
            named[n] = (name, body)
        if name == "word/document.xml":
            body = body.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2000000000"/>', 3)
            named[n] = (name, body)
    return _zip(named)


def pdf_mutate(data: bytes, rng: random.Random) -> bytes:
    op = rng.choice([flip_bytes, truncate, splice])
    head, body = data[:9], data[9:]
    return head + op(body, rng)


BYTES: list[Mutator] = [flip_bytes, truncate, splice, random_bytes]
TEXT: list[Mutator] = [text_inject, reencode, long_line, repeat_tables, splice, flip_bytes]
ZIP: list[Mutator] = [zip_member_mutate, zip_drop_member, zip_stored, flip_bytes, truncate]
BOMBS: list[Mutator] = [zip_bomb, xml_entity_bomb, deep_xml, huge_merge]
PDF: list[Mutator] = [pdf_mutate, truncate]
