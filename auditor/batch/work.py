"""The per-file unit of work of a batch, run in a worker process (local pool or Ray).

`process_file(place, config, grade)` reads, extracts, checks and (optionally) grades one file
and turns the document into the store's compact records (auditor.store.records). It never
raises for a bad file: every failure is an `Outcome` with a kind and a Chinese message naming
the file, so one file never sinks the batch.
"""

from __future__ import annotations

import gc
import traceback
from dataclasses import dataclass
from typing import Protocol

from auditor.config import AuditConfig
from auditor.grade import grade_documents
from auditor.ingest import InputError
from auditor.limits import FileLimits, LimitExceeded, check_size, memory_exhausted
from auditor.pipeline import audit_document
from auditor.rules.near_duplicates import band_params
from auditor.store.records import Payload, Placement, StorageError, build_payload

# datasketch's LSH optimiser (it imports scipy) runs once per process at import, in the fork
# server that the workers are forked from, not on the first file's clock
band_params()

# A worker's cyclic collector: the heap a worker starts with (modules, vocabularies, compiled
# patterns) lives as long as the worker, and a document allocates hundreds of thousands of small
# containers that almost all die young without cycles. With the default thresholds (700, 10, 10)
# the collector ran thousands of times per document and its full collections walked the whole
# inherited heap again and again (10-25% of a worker's CPU on the generated corpus).
WORKER_GC_THRESHOLDS = (50_000, 20, 20)
_gc_settled = False


def settle_worker_heap() -> None:
    """Freeze the worker's start-up heap out of the cyclic collector and collect young objects
    less often (once per process; results do not change, only when garbage is reclaimed)."""
    global _gc_settled
    if _gc_settled:
        return
    _gc_settled = True
    gc.collect()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


# kinds of failure recorded in the store's errors table
INPUT, INTERNAL, LIMIT, CRASH, STORAGE = "input", "internal", "limit", "crash", "storage"


@dataclass
class Outcome:
    """The result for one file: a payload, or an error kind and message."""

    place: Placement
    payload: Payload | None = None
    kind: str = ""
    message: str = ""
    more: bool = False  # more outcomes of the same unit (a Ray chunk) follow: do not flush yet

    @property
    def ok(self) -> bool:
        return self.payload is not None


class Work(Protocol):
    """What a worker runs per file (picklable: a module-level function)."""

    def __call__(self, place: Placement, config: AuditConfig | None, grade: bool) -> Outcome: ...


def process_file(
    place: Placement, config: AuditConfig | None = None, grade: bool = True
) -> Outcome:
    """Audit one file into store records; every failure becomes an Outcome with its reason."""
    path = place.path
    limits = config.limits if config is not None else FileLimits()
    try:
        check_size(path, limits)
        doc = audit_document(path, config)
        if grade:
            grade_documents([doc], config)
        return Outcome(place, build_payload(doc, place))
    except LimitExceeded as exc:
        return Outcome(place, kind=LIMIT, message=exc.message())
    except InputError as exc:
        return Outcome(place, kind=INPUT, message=exc.message())
    except StorageError as exc:
        return Outcome(place, kind=STORAGE, message=f"{path}: 结果无法保存：{exc}")
    except MemoryError:
        raise  # the pool reports it as a memory-limit error and replaces the worker
    except Exception as exc:  # a bug must not sink the batch: recorded in the errors table
        if memory_exhausted(exc, limits):
            raise MemoryError(str(exc)) from exc
        where = traceback.extract_tb(exc.__traceback__)[-1:]
        at = f" @ {where[0].filename.rsplit('/', 1)[-1]}:{where[0].lineno}" if where else ""
        return Outcome(
            place,
            kind=INTERNAL,
            message=f"{path}: 内部错误 (internal error): {type(exc).__name__}: {exc}{at}",
        )
