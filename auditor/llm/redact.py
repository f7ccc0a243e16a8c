"""Secret redaction for every text that leaves the LLM client (logs, reasons, exceptions)."""

from __future__ import annotations

import logging
import re

_BEARER = re.compile(r"(?i)(bearer\s+|api[_-]?key[\"'=:\s]+)([A-Za-z0-9._\-]{8,})")
_SK = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")
_SECRETS: set[str] = set()


def register_secret(secret: str | None) -> None:
    if secret and len(secret) >= 4 and secret != "not-needed":
        _SECRETS.add(secret)


def redact(text: object, secrets: list[str] | None = None) -> str:
    s = str(text)
    for sec in sorted(set(secrets or []) | _SECRETS, key=len, reverse=True):
        if sec:
            s = s.replace(sec, "***")
    s = _BEARER.sub(lambda m: m.group(1) + "***", s)
    return _SK.sub("sk-***", s)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


logger = logging.getLogger("auditor.llm")
if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())
