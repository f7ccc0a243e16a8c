"""Secret redaction for everything that leaves the process.

* `redact(text)` removes every registered secret (the API keys of the configured endpoints) and
  anything shaped like a bearer token or an `sk-` key;
* `install_log_redaction()` wraps the logging record factory, so every log record of every
  logger — ours, httpx's and httpcore's debug lines (headers included) — is redacted when
  it is created, before any handler (file, stderr, the last-resort handler) sees it; a record's
  exception text is redacted too; `warnings` messages are formatted through `redact`;
* model answers are redacted before they are parsed, cached or reported
  (auditor.llm.answers.normalise_completion).
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
import warnings
from collections.abc import Callable, Iterable
from typing import Any

_BEARER = re.compile(r"(?i)(bearer\s+|api[_-]?key[\"'=:\s]+)([A-Za-z0-9._\-]{8,})")
_SK = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")
_SECRETS: set[str] = set()
_LOCK = threading.Lock()
_INSTALLED = False


def register_secret(secret: str | None) -> None:
    if secret and len(secret) >= 4 and secret != "not-needed":
        with _LOCK:
            _SECRETS.add(secret)


def redact(text: object, secrets: Iterable[str] | None = None) -> str:
    s = str(text)
    for sec in sorted(set(secrets or ()) | _SECRETS, key=len, reverse=True):
        if sec and sec in s:
            s = s.replace(sec, "***")
    s = _BEARER.sub(lambda m: m.group(1) + "***", s)
    return _SK.sub("sk-***", s)


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to logging's own error handling
        return
    clean = redact(message)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[1] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        clean_exc = redact(text)
        if clean_exc != text:
            record.exc_text = clean_exc


def install_log_redaction() -> None:
    """Redact every log record of the process at creation (idempotent)."""
    global _INSTALLED
    with _LOCK:
        if _INSTALLED:
            return
        _INSTALLED = True
        previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _redact_record(record)
            return record

        logging.setLogRecordFactory(factory)
        original_format = warnings.formatwarning

        def formatwarning(*args: Any, **kwargs: Any) -> str:
            return redact(original_format(*args, **kwargs))

        warnings.formatwarning = formatwarning


class RedactingFilter(logging.Filter):
    """For handlers configured outside this process's factory (kept for callers that add it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True
