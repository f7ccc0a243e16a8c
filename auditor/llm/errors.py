"""Why an LLM item failed: the classification of the exceptions that the client (httpx, the
endpoint's status, auditor.llm.wire, pydantic) raises into a typed `FallbackReason`
(auditor.llm.reasons), and the retry categories.
"""

from __future__ import annotations

import asyncio
import json
import time
from email.utils import parsedate_to_datetime

import httpx
from pydantic import ValidationError

from auditor.llm.reasons import FallbackReason, explain
from auditor.llm.wire import AnswerError

__all__ = [
    "ANSWER",
    "ENDPOINT_FAILURES",
    "TRANSIENT",
    "BudgetExhausted",
    "EndpointError",
    "FallbackReason",
    "ItemFailure",
    "classify",
    "explain",
    "retry_after",
]


# failures of the endpoint itself (they trip the circuit breaker); 429 is the endpoint working
ENDPOINT_FAILURES = frozenset(
    {
        FallbackReason.SERVER_ERROR,
        FallbackReason.TIMEOUT,
        FallbackReason.CONNECTION,
        FallbackReason.AUTH,
    }
)
TRANSIENT = frozenset(
    {
        FallbackReason.RATE_LIMIT,
        FallbackReason.SERVER_ERROR,
        FallbackReason.TIMEOUT,
        FallbackReason.CONNECTION,
    }
)
ANSWER = frozenset(
    {
        FallbackReason.REFUSAL,
        FallbackReason.MALFORMED_JSON,
        FallbackReason.SCHEMA_INVALID,
        FallbackReason.EMPTY,
    }
)


class BudgetExhausted(Exception):
    """The run's request/token/cost budget is used up; no further request is sent."""


class EndpointError(Exception):
    """The endpoint answered with an HTTP error status."""

    def __init__(self, response: httpx.Response, message: str):
        self.response = response
        self.status_code = response.status_code
        super().__init__(f"HTTP {response.status_code}: {message}")


class ItemFailure(Exception):
    """One LLM item failed for good (after retries)."""

    def __init__(self, reason: FallbackReason, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


def _chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 8:
        chain.append(e)
        e = e.__cause__ or e.__context__
    return chain


def _status_reason(status: int) -> FallbackReason:
    if status == 429:
        return FallbackReason.RATE_LIMIT
    if status >= 500 or status in (408, 409):
        return FallbackReason.SERVER_ERROR
    if status in (401, 403):
        return FallbackReason.AUTH
    return FallbackReason.BAD_REQUEST


def _answer_reason(e: BaseException) -> FallbackReason | None:
    if isinstance(e, AnswerError):
        return e.reason
    if isinstance(e, ValidationError):
        invalid_json = any(err.get("type") == "json_invalid" for err in e.errors())
        return FallbackReason.MALFORMED_JSON if invalid_json else FallbackReason.SCHEMA_INVALID
    if isinstance(e, json.JSONDecodeError):
        return FallbackReason.MALFORMED_JSON
    return None


def classify(exc: BaseException) -> FallbackReason:
    """Failure category of an exception raised by an LLM call."""
    chain = _chain(exc)
    if any(isinstance(e, BudgetExhausted) for e in chain):
        return FallbackReason.BUDGET
    for e in chain:
        if isinstance(e, ItemFailure):
            return e.reason
        if isinstance(e, EndpointError):
            return _status_reason(e.status_code)
        if isinstance(e, (httpx.TimeoutException, asyncio.TimeoutError)):
            return FallbackReason.TIMEOUT
        reason = _answer_reason(e)
        if reason is not None:
            return reason
    if any(isinstance(e, (httpx.TransportError, OSError)) for e in chain):
        return FallbackReason.CONNECTION
    return FallbackReason.ERROR


def _response_of(exc: BaseException | None) -> httpx.Response | None:
    """The HTTP error response anywhere in the exception chain."""
    for e in _chain(exc) if exc is not None else []:
        if isinstance(e, EndpointError):
            return e.response
    return None


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After / retry-after-ms), if it said so."""
    resp = _response_of(exc)
    if resp is None:
        return None
    val = resp.headers.get("retry-after-ms")
    if val:
        try:
            return float(val) / 1000.0
        except ValueError:
            pass
    val = resp.headers.get("retry-after")
    if not val:
        return None
    try:
        return max(0.0, float(val))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(val).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
