"""Pausing Python's cyclic garbage collector while one document is read or extracted.

The text reader and the extractor build a document out of many small objects (rows, cells,
pydantic models) and create no reference cycles: everything they drop is freed at once by
reference counting (`tests/test_collector_pause.py` checks that a paused extraction leaves no
cyclic garbage). The cyclic collector still runs every few hundred allocations and, as the
surviving rows pile up, walks the whole heap again and again (full collections found nothing
and took 30-40% of the extraction of a batch of text documents). Paused for the span of one
document, it runs once afterwards over what the document left.

Readers of other formats (DOCX, XLSX, PDF libraries) may create cycles: they are not paused.
The pause nests and is safe across threads (the collector is enabled again when the last
paused span ends, and only if it was enabled when the first one began).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector disabled (see the module docstring)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
