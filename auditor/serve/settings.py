"""Settings of `auditor serve`: where it listens, who may use it, how much it accepts.

Loopback by default; any other host needs a token (checked by auditor.serve.security on every
request). Uploads are bounded per request (bytes, documents) and per zip (members, unpacked
bytes, compression ratio); each document is then audited under the per-file limits of the
auditor's configuration (auditor/limits.py).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from auditor.config import AuditConfig

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True)
class ZipLimits:
    """What one uploaded .zip may unpack to (a zip bomb stops at the first limit it hits)."""

    max_members: int = 200  # entries in the archive, folders included
    max_total: int = 200 * 1000**2  # unpacked bytes of all members together
    max_ratio: float = 100.0  # unpacked / compressed size of one member (beyond 1 MB)


@dataclass(frozen=True)
class ServeSettings:
    data_dir: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    db_path: Path | None = None  # default: <data_dir>/audit.duckdb
    max_upload_bytes: int = 100 * 1000**2  # one request body
    max_documents: int = 50  # documents per audit, after unpacking zips
    workers: int = 2  # audit worker processes
    zip: ZipLimits = field(default_factory=ZipLimits)
    config: AuditConfig = field(default_factory=AuditConfig)

    @property
    def db(self) -> Path:
        return self.db_path or self.data_dir / "audit.duckdb"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    def url(self, port: int | None = None) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port if port is not None else self.port}/"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and the name localhost."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_settings(s: ServeSettings) -> None:
    """ValueError (Chinese, for the terminal) when the settings are unsafe or impossible."""
    if not is_loopback(s.host) and not s.token:
        raise ValueError(
            f"监听非本机地址 {s.host} 时必须用 --token 设置访问令牌"
            "（listening beyond loopback requires --token）"
        )
    if s.token is not None and len(s.token) < MIN_TOKEN_LENGTH:
        raise ValueError(
            f"访问令牌太短：至少 {MIN_TOKEN_LENGTH} 个字符（token too short）；"
            '可用 python -c "import secrets; print(secrets.token_urlsafe())" 生成'
        )
    if not 0 <= s.port <= 65535:
        raise ValueError(f"端口号无效：{s.port}（port must be 0–65535）")
    if s.workers < 1:
        raise ValueError("--workers 至少为 1")


def default_data_dir() -> Path:
    """$XDG_DATA_HOME/indicator-auditor (or ~/.local/share/indicator-auditor)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "indicator-auditor"
