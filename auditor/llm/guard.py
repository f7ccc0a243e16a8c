"""How long the LLM stage may take, and when it must stop calling a broken endpoint.

* `CircuitBreaker`: after N consecutive endpoint failures (timeouts, connection errors, 5xx,
  401/403 — not 429, which is the endpoint working), it opens once one of them is a retry that
  failed again, or once more failed than a burst of concurrent first attempts can explain
  (N + max_concurrency): no further request leaves the process, requests in flight are
  cancelled, and every remaining item degrades at once to the offline grader with the reason
  `circuit_open`. Any successful HTTP response resets the count, so first attempts failing
  together under concurrency whose retries succeed do not open it.
* Deadlines: the run deadline (from the stage's start) and a per-document deadline (from the
  moment the document's first LLM item starts) bound every request through `asyncio.timeout_at`;
  a request still running at the deadline is cancelled and its item degrades with `deadline`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from auditor.llm.errors import ENDPOINT_FAILURES, FallbackReason

log = logging.getLogger("auditor.llm")

# absolute time.monotonic() after which the current task may not wait for the endpoint
_DEADLINE: ContextVar[float | None] = ContextVar("auditor_llm_deadline", default=None)


@dataclass
class CircuitBreaker:
    threshold: int  # 0 = never opens
    burst: int = 0  # first attempts that may fail together (the concurrency)
    consecutive: int = 0
    failed_retries: int = 0
    opened: bool = False
    last_reason: FallbackReason | None = None
    _event: asyncio.Event | None = field(default=None, repr=False)

    @property
    def event(self) -> asyncio.Event:
        """Set when the breaker opens (created in the running loop on first use)."""
        if self._event is None:
            self._event = asyncio.Event()
            if self.opened:
                self._event.set()
        return self._event

    def reset_loop(self) -> None:
        self._event = None

    def success(self) -> None:
        if not self.opened:
            self.consecutive = self.failed_retries = 0

    def failure(self, reason: FallbackReason, retry: bool = True) -> None:
        """An attempt failed; `retry`: it was a retry of a request that had failed before."""
        if reason not in ENDPOINT_FAILURES or self.opened:
            return
        self.consecutive += 1
        self.failed_retries += retry
        self.last_reason = reason
        enough = self.failed_retries or self.consecutive >= self.threshold + self.burst
        if self.threshold and self.consecutive >= self.threshold and enough:
            self.opened = True
            log.warning(
                "LLM endpoint failed %d times in a row (%s): no further requests in this run",
                self.consecutive,
                reason.value,
            )
            if self._event is not None:
                self._event.set()


def _now() -> float:
    return time.monotonic()


@contextmanager
def deadline_scope(at: float | None) -> Iterator[None]:
    """Requests made inside (in this task and the tasks it starts) end by `at` (monotonic)."""
    current = _DEADLINE.get()
    effective = at if current is None else (current if at is None else min(at, current))
    token = _DEADLINE.set(effective)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def current_deadline() -> float | None:
    return _DEADLINE.get()


def seconds_left(run_deadline: float | None = None) -> float | None:
    """Seconds until the earliest of the scoped deadline and `run_deadline` (None: no limit)."""
    marks = [m for m in (_DEADLINE.get(), run_deadline) if m is not None]
    return min(marks) - _now() if marks else None


@dataclass
class DocumentClock:
    """Per-document deadlines that start when the document's first LLM item starts."""

    seconds: float  # 0 = none
    starts: dict[int, float] = field(default_factory=dict)

    def deadline_for(self, doc_key: int) -> float | None:
        if not self.seconds:
            return None
        start = self.starts.setdefault(doc_key, _now())
        return start + self.seconds
