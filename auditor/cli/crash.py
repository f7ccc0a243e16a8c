"""The last-resort handler: an unexpected exception never reaches the user as a traceback.

The traceback goes to a log file (`$AUDITOR_LOG_DIR`, else `~/.cache/auditor/logs`, else the
temporary folder); the user gets one Chinese line with the log's path, and the exit code is 2.
Per-file internal errors (a reader or extractor bug in one file) are logged the same way.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

from auditor import __version__
from auditor.llm.redact import redact


def _log_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("AUDITOR_LOG_DIR"):
        dirs.append(Path(os.environ["AUDITOR_LOG_DIR"]))
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    dirs += [Path(cache) / "auditor" / "logs", Path(tempfile.gettempdir()) / "auditor-logs"]
    return dirs


def write_log(kind: str, texts: Iterable[str]) -> Path | None:
    """Write a log (header + texts) to the first writable log folder; None if none is."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    header = (
        f"auditor {__version__} · Python {platform.python_version()} · {platform.platform()}\n"
        f"command: {' '.join(sys.argv)}\ncwd: {os.getcwd()}\n\n"
    )
    body = redact(header + "\n".join(texts))  # an exception may carry an API key
    for folder in _log_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{kind}-{stamp}-{os.getpid()}.log"
            path.write_text(body, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def report_crash(exc: BaseException) -> int:
    """Log `exc` with its traceback, print one Chinese line to stderr, return exit code 2."""
    tb = "".join(traceback.format_exception(exc))
    path = write_log("crash", [tb])
    where = f"详细信息已写入 {path}" if path else "且无法写入日志文件"
    print(
        f"auditor 内部错误（internal error），运行已中止；{where}，请将该文件附在问题报告中。",
        file=sys.stderr,
    )
    return 2
