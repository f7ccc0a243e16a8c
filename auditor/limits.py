"""Per-file resource limits (size, wall time, memory), shared by `auditor audit` and `batch`.

A hostile or absurd file (a zip bomb, a 7 MB compilation, a merged range over a whole sheet)
must not stall or sink a run: it becomes a named input error and the run goes on.

- `FileLimits` holds the limits (0 = no limit); it is the `[limits]` section of the
  configuration (`time = 300`, `memory = "2GiB"`, `size = "200MB"`) and picklable.
- `check_size(path, limits)` refuses a file over the size limit before it is read.
- `run_limited(fn, args, limits, path)` runs `fn(*args)` in a forked child process with the
  memory limit (RLIMIT_AS) and waits at most `limits.time`; the child is killed on time-out.
  An `InputError` raised in the child is re-raised as is; a child that runs out of memory or
  dies gives a `LimitExceeded`; any other exception comes back as `ChildFailed` (a bug).
- `apply_memory_limit(limits)` sets the memory limit of the current process (for pool workers).
- `memory_exhausted(exc, limits)` tells whether an exception is this process hitting that limit.

Both exceptions subclass `InputError`/`Exception` so callers record them per file and go on.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import resource
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from auditor.ingest.errors import InputError

__all__ = [
    "ChildFailed",
    "FileLimits",
    "LimitExceeded",
    "apply_memory_limit",
    "check_size",
    "format_bytes",
    "memory_exhausted",
    "parse_bytes",
    "run_limited",
]

T = TypeVar("T")
LimitKind = Literal["time", "memory", "size", "crash"]

_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1000,
    "m": 1000**2,
    "mb": 1000**2,
    "g": 1000**3,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.IGNORECASE)


def parse_bytes(value: str | int | float) -> int:
    """'200MB' -> 200_000_000, '2GiB' -> 2_147_483_648, 0 -> 0 (no limit). ValueError if bad."""
    if isinstance(value, bool):
        raise ValueError(f"不是大小: {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"大小不能为负数: {value}")
        return int(value)
    m = _SIZE_RE.match(str(value))
    if not m or m.group(2).lower() not in _UNITS:
        raise ValueError(
            f"无法识别的大小 {value!r}（示例：200MB、2GiB、0 表示不限）"
            " (unrecognised size; e.g. 200MB, 2GiB, 0 for no limit)"
        )
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def format_bytes(n: int) -> str:
    """2_147_483_648 -> '2 GiB', 200_000_000 -> '200 MB' (the way the limits are written)."""
    for unit, size in (("GiB", 1024**3), ("MiB", 1024**2), ("GB", 1000**3), ("MB", 1000**2)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    if n >= 1000**2:
        return f"{n / 1000**2:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.1f} KB"
    return f"{n} B"


class FileLimits(BaseModel):
    """Limits per file; 0 disables one. Defaults: 300 s, 2 GiB, 200 MB."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    time: float = 300.0  # wall time for read + extract + check of one file
    memory: int = 2 * 1024**3  # address space of the process working on the file, bytes
    size: int = 200 * 1000**2  # file size on disk, bytes

    @field_validator("memory", "size", mode="before")
    @classmethod
    def _bytes(cls, v: Any) -> int:
        return parse_bytes(v)

    @field_validator("time")
    @classmethod
    def _non_negative(cls, v: float) -> float:
        if v < 0:
            raise ValueError("时间上限不能为负数 (time limit must be >= 0)")
        return v

    def describe(self) -> str:
        """'300 秒 / 2 GiB / 200 MB' (0 shown as 不限)."""
        t = f"{self.time:g} 秒" if self.time else "不限"
        m = format_bytes(self.memory) if self.memory else "不限"
        s = format_bytes(self.size) if self.size else "不限"
        return f"时间 {t} / 内存 {m} / 大小 {s}"


class LimitExceeded(InputError):
    """A file that went over a per-file limit (or whose worker died): an input error, named."""

    def __init__(self, path: str, kind: LimitKind, reason: str, reason_en: str):
        self.kind = kind
        super().__init__(path, reason, reason_en)

    def __reduce__(self) -> tuple[Any, tuple[str, str, str, str]]:
        return (self.__class__, (self.path, self.kind, self.reason, self.reason_en))


class ChildFailed(Exception):
    """An unexpected exception inside the limited child (a bug): type, message and traceback."""

    def __init__(self, type_name: str, message: str, tb: str):
        self.type_name = type_name
        self.tb = tb
        super().__init__(f"{type_name}: {message}")


def check_size(path: str | Path, limits: FileLimits) -> None:
    """Raise LimitExceeded when the file is larger than `limits.size` (a missing file passes:
    the reader names that problem)."""
    if not limits.size:
        return
    try:
        size = os.stat(path).st_size
    except OSError:
        return
    if size > limits.size:
        raise LimitExceeded(
            str(path),
            "size",
            f"文件大小 {format_bytes(size)} 超过上限 {format_bytes(limits.size)}"
            "（可用 --limit-size 或配置 [limits] size 调整）",
            f"file over the size limit of {format_bytes(limits.size)}",
        )


def apply_memory_limit(limits: FileLimits) -> None:
    """Cap this process's address space at `limits.memory` (no-op for 0 or where unsupported)."""
    if not limits.memory:
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limits.memory if hard == resource.RLIM_INFINITY else min(limits.memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # pragma: no cover - platform without RLIMIT_AS
        pass


def _peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def memory_exhausted(exc: BaseException, limits: FileLimits) -> bool:
    """Whether `exc` is this process running into its memory limit.

    A MemoryError is. So is a SystemError raised when the process's peak resident size has
    reached half the limit: a C extension whose allocation fails under RLIMIT_AS may return
    NULL without setting MemoryError, which CPython reports as "error return without exception
    set" (seen once in 100k fuzzed inputs, a 20 MB text file). The limit caps the address space,
    of which the resident size is a part, hence half; a SystemError far below it stays a bug.
    """
    if isinstance(exc, MemoryError):
        return True
    if not isinstance(exc, SystemError) or not limits.memory:
        return False
    return _peak_rss_bytes() >= limits.memory // 2


def _memory_error(path: str, limits: FileLimits) -> LimitExceeded:
    return LimitExceeded(
        path,
        "memory",
        f"处理该文件所需内存超过上限 {format_bytes(limits.memory)}"
        "（文件可能是压缩炸弹或异常庞大；可用 --limit-memory 调整）",
        f"over the memory limit of {format_bytes(limits.memory)}",
    )


def _time_error(path: str, limits: FileLimits) -> LimitExceeded:
    return LimitExceeded(
        path,
        "time",
        f"处理时间超过上限 {limits.time:g} 秒，已停止（可用 --limit-time 调整）",
        f"over the time limit of {limits.time:g} s",
    )


def _child(
    conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], limits: FileLimits
) -> None:
    """Body of the forked child: apply the memory limit, run, send one tagged answer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # everything inherited from the parent (modules, caches) lives as long as the child: keep the
    # cyclic collector from rescanning it while the document is built (a large document's
    # full collections otherwise walk the whole inherited heap again and again)
    gc.freeze()
    apply_memory_limit(limits)
    try:
        answer: tuple[str, Any] = ("ok", fn(*args))
    except MemoryError:
        answer = ("memory", None)
    except InputError as exc:
        answer = ("input", exc)
    except Exception as exc:
        if memory_exhausted(exc, limits):
            answer = ("memory", None)
        else:
            answer = ("bug", (type(exc).__name__, str(exc), traceback.format_exc()))
    try:
        conn.send(answer)
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # an unpicklable result or exception
        conn.send(("bug", (type(exc).__name__, str(exc), traceback.format_exc())))
    finally:
        conn.close()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def run_limited(
    fn: Callable[..., T], args: tuple[Any, ...], limits: FileLimits, path: str | Path
) -> T:
    """`fn(*args)` for one file under the time and memory limits (see the module docstring).

    Without a time or memory limit, or where fork is unavailable, it runs in this process."""
    path = str(path)
    check_size(path, limits)
    if not (limits.time or limits.memory) or not _can_fork():
        return fn(*args)
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, fn, args, limits), daemon=True)
    proc.start()
    send.close()
    try:
        if not recv.poll(limits.time or None):
            raise _time_error(path, limits)
        try:
            tag, payload = recv.recv()
        except EOFError:  # the child died without answering: OOM killer, C-level abort, ...
            proc.join(5)
            code = proc.exitcode
            sig = signal.Signals(-code).name if code is not None and code < 0 else str(code)
            raise LimitExceeded(
                path,
                "crash",
                f"处理该文件的进程异常终止（{sig}），可能超出内存上限 {format_bytes(limits.memory)}"
                " 或文件触发了底层库的错误",
                f"worker died ({sig}) while processing the file",
            ) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        recv.close()
    if tag == "ok":
        return payload  # type: ignore[no-any-return]
    if tag == "memory":
        raise _memory_error(path, limits)
    if tag == "input":
        raise payload
    name, message, tb = payload
    raise ChildFailed(name, message, tb)
