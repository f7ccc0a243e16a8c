"""Page cache: the blocks of an OCR'd page, keyed by the file's sha256, the page number and the
version of the OCR pipeline (engine versions + the code of auditor.ingest.ocr), so a re-run of
the same file is free and a changed pipeline never serves stale pages.

Folder: `$AUDITOR_OCR_CACHE`, else `$XDG_CACHE_HOME/indicator-auditor/ocr` (default
`~/.cache/indicator-auditor/ocr`). `AUDITOR_OCR_CACHE=off` disables the cache. Entries are
small JSON files written atomically; an unreadable entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor.ingest.blocks import Block, Grid, GridRow, TextLine
from auditor.ingest.ocr.engine import engine_id
from auditor.models import Location

CACHE_ENV = "AUDITOR_OCR_CACHE"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    h = hashlib.sha256(engine_id().encode())
    for src in sorted(Path(__file__).parent.glob("*.py")):
        h.update(src.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path | None:
    env = os.environ.get(CACHE_ENV)
    if env:
        return None if env.lower() in ("off", "0", "none", "false") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "indicator-auditor" / "ocr"


def _path(sha256: str, page: int) -> Path | None:
    root = cache_dir()
    if root is None or not sha256:
        return None
    return root / sha256[:2] / f"{sha256}-p{page}-{pipeline_version()}.json"


def _loc(d: dict[str, Any]) -> Location:
    return Location(**{k: v for k, v in d.items() if k in Location.model_fields})


def _dump(block: Block) -> dict[str, Any]:
    if isinstance(block, TextLine):
        return {"line": block.text, "conf": block.confidence, "loc": block.loc.model_dump()}
    rows = [
        {"cells": r.cells, "merged": r.merged, "conf": r.confidence, "loc": r.loc.model_dump()}
        for r in block.rows
    ]
    return {"rows": rows, "loc": block.loc.model_dump()}


def _load(d: dict[str, Any]) -> Block:
    if "line" in d:
        return TextLine(text=d["line"], loc=_loc(d["loc"]), confidence=d["conf"])
    rows = [
        GridRow(cells=r["cells"], merged=r["merged"], confidence=r["conf"], loc=_loc(r["loc"]))
        for r in d["rows"]
    ]
    return Grid(rows=rows, loc=_loc(d["loc"]))


def load(sha256: str, page: int) -> list[Block] | None:
    path = _path(sha256, page)
    if path is None or not path.exists():
        return None
    try:
        return [_load(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(sha256: str, page: int, blocks: list[Block]) -> None:
    path = _path(sha256, page)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([_dump(b) for b in blocks], ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
