"""Requests before CPU work: the event loop sends what is ready before it parses or checks.

Everything the LLM stage does runs on one event loop. When an answer arrives, its concurrency
slot is free and the next request could go out at once — but the loop would first parse the
answer, validate it and check its rewrites against the row rules (milliseconds each, several
times that on a loaded machine), and only then let the next request reach the socket. Over a run
that delay sits on the critical path once per round.

`SendGate` counts the requests that are being prepared or written (from `ask()` to the last
byte of the body; a request waiting for a free slot does not count). Work that may wait — parsing
an answer, the grader's rewrite checks and final grades — first calls `await gate.idle()`: it
runs once every ready request is on the wire.
"""

from __future__ import annotations

import asyncio


class Mark:
    """One request counted by the gate until `SendGate.end` (idempotent)."""

    __slots__ = ("open",)

    def __init__(self) -> None:
        self.open = True


class SendGate:
    def __init__(self) -> None:
        self._count = 0
        self._idle: asyncio.Event | None = None

    def reset_loop(self) -> None:
        """Bind to the running loop (a client may be used from one loop after another)."""
        self._count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def start(self) -> Mark:
        self._count += 1
        if self._idle is not None:
            self._idle.clear()
        return Mark()

    def end(self, mark: Mark | None) -> None:
        if mark is None or not mark.open:
            return
        mark.open = False
        self._count -= 1
        if self._count <= 0 and self._idle is not None:
            self._count = 0
            self._idle.set()

    @property
    def busy(self) -> bool:
        return self._count > 0

    async def idle(self) -> None:
        """Return once no request is being prepared or written. It yields first, so a task
        woken by a slot released just now (scheduled before us) starts its request first."""
        await asyncio.sleep(0)
        if self._idle is not None:
            await self._idle.wait()
