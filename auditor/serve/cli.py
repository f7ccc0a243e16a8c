"""`auditor serve`: start the reviewer's desk (a local web app) on uvicorn.

The server runs in this process; audits run in a pool of worker processes. The address (with
the token, when one is set) is printed once the server listens, and opened in the browser
unless --no-browser.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import typer

from auditor.config import load_config
from auditor.limits import parse_bytes
from auditor.serve.settings import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    ServeSettings,
    check_settings,
    default_data_dir,
)

EXIT_ERROR = 2


if TYPE_CHECKING:
    import uvicorn


def _fail(message: str) -> typer.Exit:
    print(f"错误：{message}", file=sys.stderr)
    return typer.Exit(EXIT_ERROR)


def _settings(
    host: str,
    port: int,
    token: str | None,
    data_dir: Path | None,
    db: Path | None,
    config_file: Path | None,
    offline: bool,
    workers: int,
    max_upload: str,
    max_files: int,
) -> ServeSettings:
    try:
        config = load_config(config_file, {"offline": True} if offline else {})
        settings = ServeSettings(
            data_dir=(data_dir or default_data_dir()).expanduser(),
            host=host,
            port=port,
            token=token or None,
            db_path=db,
            max_upload_bytes=parse_bytes(max_upload),
            max_documents=max_files,
            workers=workers,
            config=config,
        )
        check_settings(settings)
    except (ValueError, OSError) as exc:
        raise _fail(str(exc)) from None
    return settings


def _announce(server: uvicorn.Server, settings: ServeSettings, open_browser: bool) -> None:
    """Once the server listens: print its address and open the browser."""
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.05)
    port = settings.port
    for srv in getattr(server, "servers", []):
        for sock in srv.sockets:
            port = sock.getsockname()[1]
    url = settings.url(port)
    if settings.token:
        url += f"?token={quote(settings.token)}"
    print(f"审核台已启动：{url}  (Ctrl+C 停止)", flush=True)
    if open_browser:
        import webbrowser  # only when a browser is opened

        webbrowser.open(url)


def serve_cmd(
    host: str = typer.Option(
        DEFAULT_HOST, "--host", help="Address to listen on (beyond loopback needs --token)."
    ),
    port: int = typer.Option(DEFAULT_PORT, "--port", help="Port (0 = any free port)."),
    token: str | None = typer.Option(
        None,
        "--token",
        envvar="AUDITOR_SERVE_TOKEN",
        help="Access token, checked on every request.",
    ),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open the browser."),
    data_dir: Path | None = typer.Option(
        None, "--data-dir", help="Uploads and history (default ~/.local/share/indicator-auditor)."
    ),
    db: Path | None = typer.Option(
        None, "--db", help="DuckDB file of the history (default <data-dir>/audit.duckdb)."
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="auditor.toml or pyproject.toml."
    ),
    offline: bool = typer.Option(False, "--offline", help="Never call an LLM."),
    workers: int = typer.Option(2, "--workers", help="Audit worker processes."),
    max_upload: str = typer.Option("100MB", "--max-upload", help="Largest upload per request."),
    max_files: int = typer.Option(50, "--max-files", help="Most documents per audit."),
) -> None:
    """Start the reviewer's desk: audit drafts in the browser, write the 审核意见, check revisions."""
    # the web stack (uvicorn, the app, its DuckDB history) loads when the desk starts: the command
    # line registers this command for every run, and `auditor audit` must not pay for it
    import uvicorn

    from auditor.serve.app import make_app

    settings = _settings(
        host, port, token, data_dir, db, config_file, offline, workers, max_upload, max_files
    )
    try:
        app = make_app(settings)
    except Exception as exc:  # the history file is locked by another process, unwritable …
        raise _fail(f"无法打开审核记录 {settings.db}：{exc}") from None
    server = uvicorn.Server(
        uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning")
    )
    threading.Thread(target=_announce, args=(server, settings, not no_browser), daemon=True).start()
    server.run()
    print("审核台已停止", flush=True)
