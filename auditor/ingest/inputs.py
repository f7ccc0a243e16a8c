"""Which files are inputs: the one decision the CLI and the batch runner use for folder runs.

`check_input(path)` says whether a file is a disclosure the readers can take and, if not, why
(unsupported type, hidden or temporary file, one of the tool's own reports). `scan_inputs(paths)`
expands folders into (inputs, skipped) so a folder run can list every file it did not read.

The tool's own reports carry the generator name REPORT_GENERATOR (a `<meta name="generator">` in
HTML, a comment on the first line of Markdown, the creator of XLSX workbooks); reports written
before the marker existed are recognised by their fixed titles and sheet names.
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".text", ".md", ".csv", ".tsv")
HTML_SUFFIXES = (".html", ".htm")
OOXML_SUFFIXES = (".docx", ".xlsx", ".xlsm")
LEGACY_OFFICE_SUFFIXES = (".doc", ".xls", ".wps", ".et", ".rtf")  # .doc/.wps/.rtf via LibreOffice
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")  # photos and scans, read by OCR
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES
    + HTML_SUFFIXES
    + OOXML_SUFFIXES
    + LEGACY_OFFICE_SUFFIXES
    + (".pdf",)
    + IMAGE_SUFFIXES
)

REPORT_GENERATOR = "indicator-auditor"
# Titles and sheet names of reports written before the generator marker existed.
_LEGACY_REPORT_HEADS = ("# 绩效指标审核报告 — ", "# 绩效指标审核总览", "# 绩效指标质量 — 跨县")
_LEGACY_REPORT_TITLES = (
    "<title>绩效指标审核报告",
    "<title>绩效指标审核总览",
    "<title>绩效指标质量",
)
_LEGACY_REPORT_SHEETS = ("问题清单", "单位排名")
_JUNK_NAMES = {"thumbs.db", "desktop.ini"}
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class InputCheck:
    """The decision for one path: supported, or skipped with a reason (Chinese + English)."""

    path: Path
    supported: bool
    reason: str = ""
    reason_en: str = ""

    def message(self) -> str:
        if self.supported:
            return f"{self.path}: 将读取 (input)"
        return f"{self.path}: 已跳过：{self.reason} (skipped: {self.reason_en})"


def _skip(path: Path, reason: str, reason_en: str) -> InputCheck:
    return InputCheck(path, False, reason, reason_en)


def check_input(path: str | Path) -> InputCheck:
    """Is this file a disclosure to read? Cheap: the name, the suffix and at most a few KB."""
    p = Path(path)
    name = p.name
    temp = _temporary_reason(name)
    if temp:
        return _skip(p, *temp)
    suffix = p.suffix.lower()
    if _is_own_report(p, suffix):
        return _skip(p, "这是本工具生成的审核报告", "a report written by this tool")
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "（无扩展名）"
        return _skip(p, f"不支持的文件类型 {shown}", f"unsupported file type {suffix or '(none)'}")
    return InputCheck(p, True)


def _temporary_reason(name: str) -> tuple[str, str] | None:
    lower = name.lower()
    if name.startswith(("~$", ".~lock.")):
        return "Office/WPS 打开文件时生成的临时锁文件", "office lock or owner file"
    if name.startswith("."):
        return "隐藏文件", "hidden file"
    if name.startswith("~") or name.endswith("~") or lower.endswith((".tmp", ".bak", ".swp")):
        return "临时或备份文件", "temporary or backup file"
    if lower in _JUNK_NAMES:
        return "系统生成的文件", "system file"
    return None


def _is_own_report(p: Path, suffix: str) -> bool:
    try:
        if suffix in (".html", ".htm", ".md"):
            with open(p, "rb") as fh:
                head = fh.read(_HEAD_BYTES).decode("utf-8", errors="replace")
            return _text_is_report(head, suffix)
        if suffix in (".xlsx", ".xlsm"):
            return _workbook_is_report(p)
    except OSError:
        return False  # unreadable: the reader will say why
    return False


def _text_is_report(head: str, suffix: str) -> bool:
    if f'name="generator" content="{REPORT_GENERATOR}"' in head:
        return True
    if suffix == ".md":
        return head.lstrip("\ufeff").startswith(f"<!-- generator: {REPORT_GENERATOR}") or any(
            head.lstrip("\ufeff").startswith(t) for t in _LEGACY_REPORT_HEADS
        )
    return any(t in head for t in _LEGACY_REPORT_TITLES)


def _workbook_is_report(p: Path) -> bool:
    """The creator in docProps/core.xml, else the report's first sheet name in xl/workbook.xml."""
    with open(p, "rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return False
    try:
        with zipfile.ZipFile(p) as zf:
            core = _small_member(zf, "docProps/core.xml")
            if f">{REPORT_GENERATOR}<".encode() in core:
                return True
            book = _small_member(zf, "xl/workbook.xml").decode("utf-8", errors="replace")
    except (
        zipfile.BadZipFile,
        zlib.error,
        lzma.LZMAError,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
        NotImplementedError,
    ):
        # a corrupt container is not one of our reports: the reader names what is wrong with it
        return False
    return any(f'name="{s}"' in book for s in _LEGACY_REPORT_SHEETS)


def _small_member(zf: zipfile.ZipFile, name: str, limit: int = 1 << 20) -> bytes:
    """A member's bytes if it exists and is small (the check must stay cheap on hostile zips)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > limit:
        return b""
    with zf.open(info) as fh:
        return fh.read(limit)


def scan_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputCheck]]:
    """Expand folders (recursively, sorted) into the files to read and the files skipped.

    A file named explicitly is always an input (the reader says what is wrong with it), except a
    temporary or lock file. A hidden folder is skipped as one entry, not walked."""
    inputs: list[Path] = []
    skipped: list[InputCheck] = []
    for p in map(Path, paths):
        if p.is_dir():
            _scan_folder(p, inputs, skipped)
            continue
        check = check_input(p)
        if not check.supported and _temporary_reason(p.name):
            skipped.append(check)
        else:
            inputs.append(p)
    return inputs, skipped


def _scan_folder(folder: Path, inputs: list[Path], skipped: list[InputCheck]) -> None:
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            if entry.name.startswith("."):
                skipped.append(_skip(entry, "隐藏目录，未读取其中的文件", "hidden folder"))
            elif entry.is_symlink():
                skipped.append(_skip(entry, "指向目录的符号链接，未跟随", "symlinked folder"))
            else:
                _scan_folder(entry, inputs, skipped)
        elif entry.is_file():
            check = check_input(entry)
            if check.supported:
                inputs.append(entry)
            else:
                skipped.append(check)
