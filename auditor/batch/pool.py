"""Local worker processes with crash isolation and per-file limits.

Each worker is a process (forked from a fork server that has imported the pipeline, or
spawned where there is none) with its own pipe; the coordinator hands it at most
`prefetch` files at a time and waits on every pipe and every process sentinel at once:

* a worker that dies (the OOM killer's SIGKILL, a segfault in a C library) is replaced; the
  file it was working on comes back as a `crash` outcome naming the signal, the files queued
  behind it are handed out again;
* a file over the time limit gets its worker killed and replaced (`limit` outcome); the memory
  limit is the worker's address-space limit (auditor.limits.apply_memory_limit): a MemoryError
  becomes a `limit` outcome and the worker is replaced;
* workers ignore Ctrl-C (the coordinator handles it) and die with the coordinator: their parent
  is the fork server, so PR_SET_PDEATHSIG alone is not enough (a fork server outlives the
  coordinator while a worker is busy); a watchdog thread in each worker checks the coordinator
  every half second and ends the worker when it is gone, so a killed run leaves no process
  behind even in the middle of a long file.

`LocalPool.run(queue)` takes files from a deque the caller may append to while it runs (a
crashed file is retried once that way) and yields one Outcome per file handed out.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

from auditor.batch.work import CRASH, LIMIT, Outcome, Work, settle_worker_heap
from auditor.config import AuditConfig
from auditor.limits import FileLimits, _memory_error, _time_error, apply_memory_limit
from auditor.store.records import Placement

_PR_SET_PDEATHSIG = 1
RECYCLE_AFTER = 1000  # files per worker process: the pipeline's memo caches stay bounded


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (the fork server, which itself
    ends with the coordinator); exit at once if the parent is already gone."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)


def _watch_coordinator(pid: int) -> None:
    """End this worker as soon as the coordinator process is gone (see the module docstring)."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # the pid was reused by another user's process
                os._exit(0)

    threading.Thread(target=watch, name="coordinator-watchdog", daemon=True).start()


def _worker_main(
    coordinator: int,
    conn: Connection,
    work: Work,
    config: AuditConfig | None,
    grade: bool,
    limits: FileLimits,
) -> None:
    """Worker loop: one Outcome per Placement received; exits on None or a closed pipe."""
    _die_with_parent()
    _watch_coordinator(coordinator)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import auditor.batch.work  # noqa: F401  (load the pipeline before the first file's clock)

    apply_memory_limit(limits)
    settle_worker_heap()
    conn.send("ready")
    while True:
        try:
            place = conn.recv()
        except (EOFError, OSError):
            return
        if place is None:
            return
        try:
            out = work(place, config, grade)
        except MemoryError:
            out = Outcome(place, kind=LIMIT, message=_memory_error(place.path, limits).message())
            conn.send(out)
            return  # a process that ran out of memory is not trusted with another file
        conn.send(out)


def _context() -> ForkServerContext | SpawnContext:
    """Fork server where available: it imports the pipeline once, then every worker (and every
    replacement) is a fork of that clean process — fast to start, no inherited threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = ForkServerContext()
        ctx.set_forkserver_preload(["auditor.batch.work"])
        return ctx
    return SpawnContext()


class WorkerStartError(RuntimeError):
    """Worker processes die before they are ready (a broken installation, not a bad file)."""


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    assigned: deque[Placement] = field(default_factory=deque)
    ready: bool = False  # imports done (the first file's clock starts then)
    started: float = 0.0  # when the worker began its first assigned file
    done: int = 0  # files finished (a worker is recycled after RECYCLE_AFTER)


def _signal_name(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-code).name
    return f"退出码 {code}"


def crash_message(path: str, code: int | None) -> str:
    return (
        f"{path}: 处理该文件的工作进程意外终止（{_signal_name(code)}；常见原因：内存耗尽被系统终止，"
        "或文件触发了底层库的错误）(the worker process died on this file)"
    )


class LocalPool:
    """Spawned worker processes; see the module docstring."""

    def __init__(
        self,
        workers: int,
        work: Work,
        config: AuditConfig | None,
        grade: bool,
        limits: FileLimits,
        prefetch: int = 2,
    ):
        self.n = max(1, workers)
        self.work = work
        self.args: tuple[Any, ...] = (config, grade, limits)
        self.limits = limits
        self.prefetch = max(1, prefetch)
        self.ctx = _context()
        self.workers: list[_Worker] = []
        self.replaced = 0  # workers that died or were killed and replaced
        self.failed_starts = 0
        self.recycled = 0

    def _start(self) -> _Worker:
        mine, theirs = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_worker_main,
            args=(os.getpid(), theirs, self.work, *self.args),
            daemon=True,
            name="auditor-batch-worker",
        )
        proc.start()
        theirs.close()
        return _Worker(proc, mine)

    def run(self, queue: deque[Placement]) -> Iterator[Outcome]:
        """Outcomes for the files in `queue` (appended to while running) in completion order."""
        if not queue:
            return
        self.workers = [self._start() for _ in range(min(self.n, len(queue)))]
        try:
            while True:
                self._hand_out(queue)
                busy = [w for w in self.workers if w.assigned]
                if not busy:
                    return
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=0.5)
                for w in busy:
                    if w.conn in ready or w.proc.sentinel in ready:
                        yield from self._collect(w, queue)
                yield from self._enforce_time(queue)
        finally:
            self.shutdown()

    def _hand_out(self, queue: deque[Placement]) -> None:
        for w in self.workers:
            while queue and len(w.assigned) < self.prefetch and w.done < RECYCLE_AFTER:
                place = queue.popleft()
                if not w.assigned:
                    w.started = time.monotonic()
                w.assigned.append(place)
                with contextlib.suppress(OSError):  # a dead worker: its sentinel says so
                    w.conn.send(place)

    def _collect(self, w: _Worker, queue: deque[Placement]) -> Iterator[Outcome]:
        """Results a worker has sent; if it died, its current file is a crash."""
        try:
            while w.conn.poll():
                msg = w.conn.recv()
                w.started = time.monotonic()
                if msg == "ready":
                    w.ready = True
                elif w.assigned:
                    w.assigned.popleft()
                    w.done += 1
                    yield msg
        except (EOFError, OSError):
            pass
        if not w.proc.is_alive():
            w.proc.join(1)
            code = w.proc.exitcode
            if not w.ready:  # died while starting: not the file's fault
                self.failed_starts += 1
                if self.failed_starts > 3 * self.n:
                    raise WorkerStartError(
                        f"工作进程无法启动（{_signal_name(code)}），请检查安装是否完整"
                        " (worker processes fail to start)"
                    )
            elif w.assigned and code != 0:  # exit code 0: it left after a MemoryError
                place = w.assigned.popleft()
                yield Outcome(place, kind=CRASH, message=crash_message(place.path, code))
            self._replace(w, queue)
        elif w.done >= RECYCLE_AFTER and not w.assigned:
            self._recycle(w)

    def _recycle(self, w: _Worker) -> None:
        """A worker that has done its share leaves; a fresh fork takes its place."""
        with contextlib.suppress(OSError):
            w.conn.send(None)
        w.proc.join(5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(5)
        w.conn.close()
        self.workers[self.workers.index(w)] = self._start()
        self.recycled += 1

    def _enforce_time(self, queue: deque[Placement]) -> Iterator[Outcome]:
        if not self.limits.time:
            return
        now = time.monotonic()
        for w in list(self.workers):
            if w.ready and w.assigned and now - w.started > self.limits.time:
                place = w.assigned.popleft()
                w.proc.kill()
                w.proc.join(5)
                yield Outcome(
                    place, kind=LIMIT, message=_time_error(place.path, self.limits).message()
                )
                self._replace(w, queue)

    def _replace(self, w: _Worker, queue: deque[Placement]) -> None:
        """Requeue the files handed to a dead worker (front of the queue) and start another."""
        queue.extendleft(reversed(w.assigned))
        w.conn.close()
        i = self.workers.index(w)
        self.workers[i] = self._start()
        self.replaced += 1

    def shutdown(self) -> None:
        """Stop every worker now (normal end: they are idle; otherwise they are killed)."""
        for w in self.workers:
            with contextlib.suppress(OSError, ValueError):
                if w.proc.is_alive() and not w.assigned:
                    w.conn.send(None)
        deadline = time.monotonic() + 2
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(5)
            w.conn.close()
        self.workers = []
