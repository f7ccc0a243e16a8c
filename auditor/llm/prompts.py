"""Prompt templates (jinja2, Chinese) in the repository's prompts/ folder.

Each template's version is a short content hash of the template and the partials it includes,
recorded with every answer (Grade.prompt_version, GoalReview.prompt_version) and in cache keys.
Rendered templates have a system part and a user part separated by a line `<<<USER>>>`.
Document text only ever enters as JSON inside <<<DATA ... DATA>>> tags (untrusted data).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2

PROMPTS_DIR = Path(
    os.environ.get("AUDITOR_PROMPTS_DIR") or Path(__file__).resolve().parents[2] / "prompts"
)
_SPLIT = "<<<USER>>>"
_INCLUDE = re.compile(r"{%-?\s*include\s+['\"]([^'\"]+)['\"]")


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPTS_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def _source_closure(name: str, seen: set[str] | None = None) -> str:
    seen = seen if seen is not None else set()
    if name in seen:
        return ""
    seen.add(name)
    src = (PROMPTS_DIR / name).read_text(encoding="utf-8")
    return src + "".join(_source_closure(inc, seen) for inc in _INCLUDE.findall(src))


@cache
def prompt_version(name: str) -> str:
    """`<template stem>@<12 hex>`: changes whenever the template or an included partial changes."""
    digest = hashlib.sha256(_source_closure(name).encode("utf-8")).hexdigest()[:12]
    return f"{Path(name).stem}@{digest}"


def data_block(data: object) -> str:
    """Untrusted document data, JSON-encoded (Chinese kept readable) inside marked tags."""
    body = json.dumps(data, ensure_ascii=False, indent=None)
    # '<' and '>' are JSON-escaped so a cell cannot forge the block's end marker ("DATA>>>")
    body = body.replace("<", "\\u003c").replace(">", "\\u003e")
    return "<<<DATA\n" + body + "\nDATA>>>"


def render(name: str, **context: Any) -> list[dict[str, Any]]:
    text = _env().get_template(name).render(data_block=data_block, **context)
    system, _, user = text.partition(_SPLIT)
    msgs = [{"role": "system", "content": system.strip()}]
    if user.strip():
        msgs.append({"role": "user", "content": user.strip()})
    return msgs
