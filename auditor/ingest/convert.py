"""Legacy office files converted by LibreOffice in headless mode (.doc/.wps -> .docx,
.et and unreadable .xls -> .xlsx).

Each conversion runs `soffice --headless --convert-to <target>` in a private temporary folder
with its own user profile (`-env:UserInstallation`), so it neither touches nor waits for the
user's LibreOffice; the process group is killed after TIMEOUT_S seconds and the folder is
removed. Without LibreOffice the file is refused with the command that installs it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from auditor.ingest.errors import InputError

TIMEOUT_S = 120
INSTALL_HINT = "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui"
# the name LibreOffice is given for each target: it detects the format from the content, the
# extension only helps (Kingsoft .wps/.et files are Word/Excel binary formats)
_INPUT_NAME = {"docx": "input.doc", "xlsx": "input.xls"}


def soffice_path() -> str | None:
    """The LibreOffice executable: $AUDITOR_SOFFICE, else soffice/libreoffice on PATH."""
    env = os.environ.get("AUDITOR_SOFFICE")
    if env:
        return env if shutil.which(env) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(path: Path, data: bytes, target: str) -> bytes:
    """The bytes of `data` converted to `target` ("docx" or "xlsx"). Raises InputError."""
    src = str(path)
    exe = soffice_path()
    if exe is None:
        raise InputError(
            src,
            f"读取 {path.suffix or '旧版 Office'} 文件需要 LibreOffice，但本机没有安装。"
            f"请安装：{INSTALL_HINT}（或在 Office/WPS 中另存为 .{target} 后再审核）",
            "LibreOffice (soffice) is not installed",
        )
    with tempfile.TemporaryDirectory(prefix="auditor-soffice-") as tmp:
        folder = Path(tmp)
        source = folder / _INPUT_NAME[target]
        source.write_bytes(data)
        out_dir = folder / "out"
        _run(src, exe, folder, source, out_dir, target)
        result = out_dir / f"{source.stem}.{target}"
        if not result.is_file() or result.stat().st_size == 0:
            raise InputError(
                src,
                "LibreOffice 无法转换此文件，文件可能已损坏、受密码保护或不是 Office 文档",
                "LibreOffice could not convert the file",
            )
        return result.read_bytes()


def _run(src: str, exe: str, folder: Path, source: Path, out_dir: Path, target: str) -> None:
    cmd = [
        exe,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(out_dir),
        str(source),
    ]
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: a timeout kills every helper process
        env={**os.environ, "HOME": str(folder)},
    )
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        _kill_group(proc)
        raise InputError(
            src,
            f"LibreOffice 转换超过 {TIMEOUT_S} 秒未完成，已中止（文件可能过大或已损坏）",
            "LibreOffice conversion timed out",
        ) from exc
    finally:
        _kill_group(proc)  # helper processes left in the group, if any


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):  # the group is gone already
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
