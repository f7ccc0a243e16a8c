"""Why an LLM item failed: the classification of the exceptions that the openai / instructor /
httpx stack raises into a typed `FallbackReason` (auditor.llm.reasons), and the retry categories.
"""

from __future__ import annotations

import asyncio
import json
import time
from email.utils import parsedate_to_datetime

import httpx
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from auditor.llm.reasons import FallbackReason, explain

__all__ = [
    "ANSWER",
    "ENDPOINT_FAILURES",
    "TRANSIENT",
    "BudgetExhausted",
    "FallbackReason",
    "ItemFailure",
    "classify",
    "explain",
    "is_empty",
    "is_refusal",
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
    if isinstance(e, IncompleteOutputException):
        return FallbackReason.TRUNCATED
    if isinstance(e, InstructorRetryException):
        comp = getattr(e, "last_completion", None)
        if is_empty(comp):
            return FallbackReason.EMPTY
        if is_refusal(comp):
            return FallbackReason.REFUSAL
        return None
    if isinstance(e, ValidationError):
        invalid_json = any(err.get("type") == "json_invalid" for err in e.errors())
        return FallbackReason.MALFORMED_JSON if invalid_json else FallbackReason.SCHEMA_INVALID
    if isinstance(e, json.JSONDecodeError):
        return FallbackReason.MALFORMED_JSON
    if isinstance(e, AssertionError):
        return FallbackReason.REFUSAL  # TOOLS mode: no (or a wrong) tool call in the answer
    return None


def classify(exc: BaseException) -> FallbackReason:
    """Failure category of an exception raised by an LLM call."""
    chain = _chain(exc)
    if any(isinstance(e, BudgetExhausted) for e in chain):
        return FallbackReason.BUDGET
    for e in chain:
        if isinstance(e, ItemFailure):
            return e.reason
        if isinstance(e, openai.APIStatusError):
            return _status_reason(e.status_code)
        if isinstance(e, (openai.APITimeoutError, httpx.TimeoutException, asyncio.TimeoutError)):
            return FallbackReason.TIMEOUT
        if isinstance(e, openai.APIConnectionError):
            continue  # look at the cause (timeout / budget) first
        reason = _answer_reason(e)
        if reason is not None:
            return reason
    if any(isinstance(e, openai.APIConnectionError) for e in chain):
        return FallbackReason.CONNECTION
    return FallbackReason.ERROR


def _message(completion: object) -> object | None:
    try:
        message: object = completion.choices[0].message  # type: ignore[attr-defined]
    except (AttributeError, IndexError, TypeError):
        return None
    return message


def is_empty(completion: object) -> bool:
    msg = _message(completion)
    if msg is None:
        return False
    content = (getattr(msg, "content", None) or "").strip()
    return (
        not content and not getattr(msg, "tool_calls", None) and not getattr(msg, "refusal", None)
    )


def is_refusal(completion: object) -> bool:
    msg = _message(completion)
    if msg is None:
        return False
    if getattr(msg, "refusal", None):
        return True
    content = (getattr(msg, "content", None) or "").strip()
    return bool(content) and "{" not in content and not getattr(msg, "tool_calls", None)


def _response_of(exc: BaseException | None) -> httpx.Response | None:
    """The HTTP response anywhere in the exception chain (instructor wraps the openai error)."""
    e, hops = exc, 0
    while e is not None and hops < 8:
        resp = getattr(e, "response", None)
        if isinstance(resp, httpx.Response):
            return resp
        for attempt in getattr(e, "failed_attempts", None) or ():
            inner = getattr(attempt, "exception", None)
            resp = getattr(inner, "response", None)
            if isinstance(resp, httpx.Response):
                return resp
        e, hops = e.__cause__ or e.__context__, hops + 1
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
