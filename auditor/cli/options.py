"""Options of `auditor audit` checked before any work: each error names the option and the
allowed values (Chinese) and exits 2."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from auditor.cli.common import usage_error
from auditor.config import FAIL_ON
from auditor.limits import parse_bytes

HUMAN_FORMATS = ("concise", "full", "summary")
MACHINE_FORMATS = ("json", "sarif", "github")
FORMATS = HUMAN_FORMATS + MACHINE_FORMATS
FORMAT_ALIASES = {"text": "summary", "table": "summary"}  # earlier names of the count table
REPORT_KINDS = ("html", "md", "json", "xlsx")
LANGS = ("zh", "en")


def _allowed(values: tuple[str, ...]) -> str:
    return "、".join(values)


def _choice(option: str, value: str, allowed: tuple[str, ...]) -> str:
    v = value.strip().lower()
    if v not in allowed:
        raise usage_error(f"选项 {option} 的取值 {value!r} 无效，可选：{_allowed(allowed)}")
    return v


def output_format(fmt: str | None, output_fmt: str | None) -> str:
    """--format / --output-format (one setting, two spellings; concise by default)."""
    chosen: list[str] = []
    for option, value in (("--format", fmt), ("--output-format", output_fmt)):
        if value is not None:
            v = FORMAT_ALIASES.get(value.strip().lower(), value)
            chosen.append(_choice(option, v, FORMATS))
    if len(set(chosen)) > 1:
        raise usage_error(
            f"选项 --format 与 --output-format 的取值矛盾（{chosen[0]} / {chosen[1]}），只需指定一个"
        )
    return chosen[0] if chosen else "concise"


def report_kinds(reports: str | None, fmt: str) -> list[str]:
    """--reports: comma list of html,md,json,xlsx or none (default: all four for the terminal
    formats, none for the machine formats, which print to stdout)."""
    if reports is None:
        return [] if fmt in MACHINE_FORMATS else list(REPORT_KINDS)
    kinds = [k.strip().lower() for k in reports.split(",") if k.strip()]
    bad = [k for k in kinds if k not in (*REPORT_KINDS, "none")]
    if bad or not kinds:
        shown = ", ".join(bad) if bad else repr(reports)
        raise usage_error(
            f"选项 --reports 的取值 {shown} 无效，可选：{_allowed(REPORT_KINDS)} 的逗号列表，或 none"
        )
    return [k for k in dict.fromkeys(kinds) if k != "none"]


def _nearest_existing(path: Path) -> Path:
    p = path.absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def writable_folder(option: str, path: Path) -> None:
    """The folder exists and is a writable directory, or can be created."""
    if path.exists():
        if not path.is_dir():
            raise usage_error(f"选项 {option} 指向的 {path} 已存在且不是文件夹，请指定一个文件夹")
        base = path
    else:
        base = _nearest_existing(path)
        if not base.is_dir():
            raise usage_error(f"选项 {option} 的路径 {path} 无法创建：{base} 不是文件夹")
    if not os.access(base, os.W_OK | os.X_OK):
        raise usage_error(f"选项 {option} 的文件夹 {base} 没有写入权限")


def writable_file(option: str, path: Path) -> None:
    """The file can be written: not a folder, its folder exists or can be created."""
    if path.is_dir():
        raise usage_error(f"选项 {option} 的 {path} 是文件夹，请指定一个文件")
    writable_folder(option, path.parent if str(path.parent) else Path("."))


@dataclass(frozen=True)
class Limits:
    time: float | None
    memory: str | None
    size: str | None

    def overrides(self) -> dict[str, float | str] | None:
        over = {k: v for k, v in vars(self).items() if v is not None}
        return over or None


def limits(time: float | None, memory: str | None, size: str | None) -> Limits:
    if time is not None and time < 0:
        raise usage_error(f"选项 --limit-time 的取值 {time:g} 无效：应为 ≥ 0 的秒数（0 表示不限）")
    for option, value in (("--limit-memory", memory), ("--limit-size", size)):
        if value is None:
            continue
        try:
            parse_bytes(value)
        except ValueError:
            raise usage_error(
                f"选项 {option} 的取值 {value!r} 无效：应为大小，如 200MB、2GiB（0 表示不限）"
            ) from None
    return Limits(time, memory, size)


def fail_on(value: str | None) -> str | None:
    return None if value is None else _choice("--fail-on", value, FAIL_ON)


def lang(value: str | None) -> str | None:
    return None if value is None else _choice("--lang", value, LANGS)


def comma_list(value: str | None) -> list[str] | None:
    return [s.strip() for s in value.split(",") if s.strip()] if value else None
