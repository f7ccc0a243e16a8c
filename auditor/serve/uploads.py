"""Uploaded files: stored under their content hash, zips unpacked with limits.

No name or path sent by the client is ever used to touch the file system: every document is
written to `<uploads>/<sha256[:2]>/<sha256><suffix>` (suffix from the allow-list of formats the
auditor reads) and the client's name is kept only as a display name (base name, control
characters removed, length capped).

A .zip is unpacked in memory member by member: directories and hidden or temporary files are
skipped silently, unsupported types and nested zips are listed with the reason, encrypted
members refused, and it stops at the first limit hit (member count, unpacked bytes in total or
per member, compression ratio) -- the sizes are counted while reading, not taken from the
archive's own (forgeable) header. Member names written without the UTF-8 flag are decoded as
GB18030 when that is what they are (archives made on Chinese Windows).
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from auditor.ingest import SUPPORTED_SUFFIXES, check_input
from auditor.limits import format_bytes
from auditor.serve.settings import ZipLimits

MAX_NAME = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RATIO_FLOOR = 1_000_000  # small members may compress extremely well (empty cells)


@dataclass(frozen=True)
class StoredFile:
    """One document ready to audit."""

    name: str  # display name (never used as a path)
    path: Path  # where it is stored: the content hash
    sha256: str
    size: int


@dataclass(frozen=True)
class Rejected:
    """An upload (or zip member) that is not audited, with the reason in Chinese."""

    name: str
    message: str


def display_name(client_name: str | None) -> str:
    """The base name of what the client sent, safe to show and to log."""
    raw = (client_name or "").replace("\\", "/")
    name = PurePosixPath(raw).name if raw else ""
    name = unicodedata.normalize("NFC", _CONTROL.sub("", name)).strip()
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 2] + "…" + dot + suffix) if dot else name[:MAX_NAME]
    return name or "未命名文件"


def _suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def _skip_quietly(name: str) -> bool:
    """Folders' litter inside archives: hidden files, macOS resource forks, Office lock files."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    hidden = any(p.startswith((".", "~$", "__MACOSX")) and p not in (".", "..") for p in parts)
    return hidden or name.endswith("/")


class UploadStore:
    """Content-addressed storage of uploaded documents."""

    def __init__(self, root: Path, per_file_limit: int, zip_limits: ZipLimits):
        self.root = Path(root)
        self.per_file_limit = per_file_limit  # 0 = none (the auditor's [limits] size)
        self.zip_limits = zip_limits

    def save(self, name: str, data: bytes) -> StoredFile:
        sha = hashlib.sha256(data).hexdigest()
        path = self.root / sha[:2] / f"{sha}{_suffix(name)}"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)
        return StoredFile(name, path, sha, len(data))

    def accept(
        self, client_name: str | None, data: bytes
    ) -> tuple[list[StoredFile], list[Rejected]]:
        """One uploaded file: a document, a zip of documents, or something refused."""
        name = display_name(client_name)
        if _suffix(name) == ".zip":
            return self._unzip(name, data)
        problem = self._problem(name, data)
        if problem:
            return [], [Rejected(name, problem)]
        stored = self.save(name, data)
        report = check_input(stored.path)
        if not report.supported:
            return [], [Rejected(name, f"{name}: 已跳过：{report.reason}")]
        return [stored], []

    def _problem(self, name: str, data: bytes) -> str | None:
        suffix = _suffix(name)
        if suffix not in SUPPORTED_SUFFIXES:
            shown = suffix or "（无扩展名）"
            kinds = "、".join(s.lstrip(".") for s in SUPPORTED_SUFFIXES)
            return f"{name}: 不支持的文件类型 {shown}（可审核：{kinds}、zip）"
        if not data.strip():
            return f"{name}: 文件为空"
        if self.per_file_limit and len(data) > self.per_file_limit:
            return (
                f"{name}: 文件大小 {format_bytes(len(data))} 超过上限 "
                f"{format_bytes(self.per_file_limit)}"
            )
        return None

    def _unzip(self, name: str, data: bytes) -> tuple[list[StoredFile], list[Rejected]]:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
            return [], [Rejected(name, f"{name}: 不是有效的 zip 压缩包，或压缩包已损坏")]
        lim = self.zip_limits
        if len(infos) > lim.max_members:
            return [], [
                Rejected(
                    name, f"{name}: 压缩包内文件过多（{len(infos)} 个，上限 {lim.max_members} 个）"
                )
            ]
        stored: list[StoredFile] = []
        rejected: list[Rejected] = []
        total = 0
        with archive:
            for info in infos:
                member = _member_name(info)
                if info.is_dir() or _skip_quietly(member):
                    continue
                shown = f"{name}/{display_name(member)}"
                data_or_reason = self._read_member(archive, info, shown, lim.max_total - total)
                if isinstance(data_or_reason, str):
                    rejected.append(Rejected(shown, data_or_reason))
                    if "总大小" in data_or_reason:
                        break  # the archive as a whole is over the limit: stop unpacking
                    continue
                total += len(data_or_reason)
                problem = self._problem(shown, data_or_reason)
                if problem:
                    rejected.append(Rejected(shown, problem))
                    continue
                stored.append(self.save(shown, data_or_reason))
        return stored, rejected

    def _read_member(
        self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, budget: int
    ) -> bytes | str:
        """The member's bytes, or why it is refused (counted while reading)."""
        if info.flag_bits & 0x1:
            return f"{shown}: 压缩包成员已加密，无法读取"
        if _suffix(shown) == ".zip":
            return f"{shown}: 压缩包内的压缩包不会展开，请解压后上传"
        if _suffix(shown) not in SUPPORTED_SUFFIXES:
            return f"{shown}: 不支持的文件类型 {_suffix(shown) or '（无扩展名）'}"
        per_file = self.per_file_limit or None
        limit = max(0, budget if per_file is None else min(per_file, budget))
        out = bytearray()
        try:
            with archive.open(info) as fh:
                while chunk := fh.read(1 << 16):
                    out += chunk
                    if len(out) > limit:
                        break
                    if len(out) > _RATIO_FLOOR and len(out) > self.zip_limits.max_ratio * max(
                        info.compress_size, 1
                    ):
                        return f"{shown}: 压缩比异常（疑似压缩炸弹），已拒绝"
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            return f"{shown}: 压缩包成员无法解压（{type(exc).__name__}）"
        if len(out) > limit:
            if per_file is not None and len(out) > per_file:
                return f"{shown}: 文件大小超过上限 {format_bytes(per_file)}"
            return (
                f"{shown}: 压缩包解压后的总大小超过上限 {format_bytes(self.zip_limits.max_total)}"
            )
        return bytes(out)


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it (UTF-8 flag, else GB18030 if that decodes)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename
