"""A pool of forked worker processes for the fuzzers: each worker audits many inputs in turn.

A worker is forked once (it inherits the parent's imports, seeds and prepared inputs), freezes
the inherited heap for the garbage collector, sets the per-file memory limit (RLIMIT_AS) once,
then answers tasks until it is told to stop. The parent enforces the per-input wall-time limit:
a worker over it is killed and replaced, as is a worker that dies or runs out of memory; a worker
is also replaced after `recycle` tasks so the pipeline's memo caches stay bounded.

    pool = ForkPool(check_case, workers=2, time_limit=30, limits=limits)
    for task, status, payload in pool.run(range(n), stop=lambda: False):
        ...  # status: "done" (payload = check_case(task)), "memory", "timeout", "died"
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from auditor.limits import FileLimits, apply_memory_limit


def _serve(conn: Connection, fn: Callable[[int], Any], limits: FileLimits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and SIGTERM
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.freeze()
    apply_memory_limit(limits)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        try:
            answer: tuple[int, str, Any] = (task, "done", fn(task))
        except MemoryError:
            answer = (task, "memory", None)
        try:
            conn.send(answer)
        except MemoryError:
            conn.send((task, "memory", None))


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    task: int | None = None
    started: float = 0.0
    done: int = 0


class ForkPool:
    def __init__(
        self,
        fn: Callable[[int], Any],
        workers: int,
        time_limit: float,
        limits: FileLimits,
        recycle: int = 300,
    ):
        self.fn = fn
        self.n = max(1, workers)
        self.time_limit = time_limit
        self.limits = limits
        self.recycle = recycle
        self.replaced = 0
        self._ctx = multiprocessing.get_context("fork")

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        # not a daemon: a worker runs the CLI, whose per-file limits fork a child of their own
        proc = self._ctx.Process(target=_serve, args=(child, self.fn, self.limits))
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _retire(self, w: _Worker, kill: bool) -> _Worker:
        if kill:
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except OSError:
                w.proc.kill()
        w.proc.join(5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(5)
        w.conn.close()
        self.replaced += kill
        return self._spawn()

    def _feed(self, w: _Worker, tasks: Iterator[int], stop: Callable[[], bool]) -> None:
        w.task = None if stop() else next(tasks, None)
        if w.task is not None:
            w.started = time.monotonic()
            w.conn.send(w.task)

    def run(self, tasks: Iterable[int], stop: Callable[[], bool]) -> Iterator[tuple[int, str, Any]]:
        """(task, status, payload) for every task handed out, in the order they finish."""
        todo = iter(tasks)
        workers = [self._spawn() for _ in range(self.n)]
        try:
            for w in workers:
                self._feed(w, todo, stop)
            while busy := [w for w in workers if w.task is not None]:
                ready = set(wait([w.conn for w in busy], self._wait_time(busy)))
                for k, w in enumerate(workers):
                    if w.task is None:
                        continue
                    result = self._collect(w, ready)
                    if result is None:
                        continue
                    yield result
                    status = result[1]
                    if status != "done" or w.done >= self.recycle:
                        workers[k] = w = self._retire(w, kill=status != "done")
                    self._feed(w, todo, stop)
        finally:
            for w in workers:
                w.proc.kill()
                w.proc.join(5)
                w.conn.close()

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        if not self.time_limit:
            return None
        now = time.monotonic()
        return max(0.0, min(w.started + self.time_limit - now for w in busy))

    def _collect(self, w: _Worker, ready: set[Any]) -> tuple[int, str, Any] | None:
        """The worker's answer, a time-out or its death; None while it is still working."""
        assert w.task is not None
        if w.conn in ready:
            try:
                task, status, payload = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(5)
                return (w.task, "died", w.proc.exitcode)
            w.done += 1
            return (task, status, payload)
        if self.time_limit and time.monotonic() - w.started >= self.time_limit:
            return (w.task, "timeout", None)
        return None
