"""Work functions that misbehave on marked inputs, for the batch isolation tests.

They run inside the batch's spawned worker processes (this folder is on their sys.path), wrap
the real unit of work and only misbehave on files whose name carries the marker."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import auditor.batch.work as work
from auditor.batch.work import Outcome, process_file
from auditor.config import AuditConfig
from auditor.store.records import Placement


def kill_on_marked(place: Placement, config: AuditConfig | None, grade: bool) -> Outcome:
    """What the OOM killer does to a worker: SIGKILL, no goodbye."""
    if "KILLME" in Path(place.path).name:
        os.kill(os.getpid(), signal.SIGKILL)
    return process_file(place, config, grade)


def hang_on_marked(place: Placement, config: AuditConfig | None, grade: bool) -> Outcome:
    if "HANG" in Path(place.path).name:
        time.sleep(3600)
    return process_file(place, config, grade)


def unstorable_on_marked(place: Placement, config: AuditConfig | None, grade: bool) -> Outcome:
    """INF: a parsed number that is infinite; BADROW: a record DuckDB refuses to convert."""
    name = Path(place.path).name
    if "BADROW" in name:
        bad = b'{"doc_id": "x", "table_index": "not a number"}\n'
        out = process_file(place, config, grade)
        assert out.payload is not None
        out.payload.lines["tables"] = bad + out.payload.lines.get("tables", b"")
        return out
    if "INF" not in name:
        return process_file(place, config, grade)
    real = work.build_payload

    def corrupt(doc, where):  # type: ignore[no-untyped-def]
        doc.tables[0].rows[0].parsed.number = float("inf")
        return real(doc, where)

    work.build_payload = corrupt
    try:
        return process_file(place, config, grade)
    finally:
        work.build_payload = real


def hog_on_marked(place: Placement, config: AuditConfig | None, grade: bool) -> Outcome:
    """HOG: asks for far more memory than the worker's limit allows."""
    if "HOG" in Path(place.path).name:
        hog = bytearray(8 * 2**30)
        hog[-1] = 1
    return process_file(place, config, grade)


def misbehave_on_marked(place: Placement, config: AuditConfig | None, grade: bool) -> Outcome:
    """KILLME dies as in kill_on_marked, HANG hangs as in hang_on_marked, the rest is real work."""
    name = Path(place.path).name
    if "KILLME" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "HANG" in name:
        time.sleep(3600)
    return process_file(place, config, grade)
