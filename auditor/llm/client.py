"""OpenAI-compatible LLM client: openai.AsyncOpenAI + instructor + tenacity.

* mode per provider profile (auditor.llm.settings.PROFILES): TOOLS / JSON / MD_JSON;
* two retry layers: instructor re-asks after malformed or schema-invalid answers
  (`validation_retries`); tenacity retries transport failures (429, 5xx, timeouts, connection
  errors) with exponential backoff + jitter, honouring `Retry-After`, and retries a refusal /
  missing tool call `answer_retries` times;
* bounded concurrency (asyncio.Semaphore held per HTTP attempt, not while backing off);
* usage accounting from every HTTP response (requests, prompt/completion tokens, cost from the
  price table), including re-asks and failed attempts;
* a request / token / cost budget enforced on every HTTP request: once exhausted, no request
  leaves the process and the caller degrades the remaining items;
* the API key is only in the Authorization header: never logged, cached or put into an error
  (every message passes through `redact`).
"""

from __future__ import annotations

import asyncio
import copy
import functools
import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass, field

import httpx
import instructor
import openai

try:  # instructor >= 1.10 exports it from instructor.core
    from instructor.core import InstructorRetryException
except ImportError:  # pragma: no cover - older instructor releases
    from instructor.retry import InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt

from auditor.llm.cache import AnswerCache, NullCache, cache_key
from auditor.llm.redact import redact, register_secret
from auditor.llm.settings import LLMSettings
from auditor.models import LLMUsage

log = logging.getLogger("auditor.llm")


def _instructor_context_kw() -> str:
    """instructor renamed `validation_context` to `context` (1.4+); pass whichever this one takes."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        major, minor = (int(x) for x in version("instructor").split(".")[:2])
    except (PackageNotFoundError, ValueError):  # pragma: no cover
        return "validation_context"
    return "context" if (major, minor) >= (1, 4) else "validation_context"


_CONTEXT_KW = _instructor_context_kw()

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
TRANSIENT = {"rate_limit", "server_error", "timeout", "connection"}
ANSWER = {"refusal", "malformed_json", "schema_invalid"}


class BudgetExhausted(Exception):
    """The run's request/token/cost budget is used up; no further request is sent."""


class ItemFailure(Exception):
    """One LLM item failed for good (after retries). `reason` is a short category."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass
class UsageLedger:
    price_in: float = 0.0  # per 1M tokens
    price_out: float = 0.0
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    fallbacks: int = 0
    retries: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def cost(self) -> float:
        return (self.prompt_tokens * self.price_in + self.completion_tokens * self.price_out) / 1e6

    def usage(self) -> LLMUsage:
        return LLMUsage(
            requests=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cache_hits=self.cache_hits,
            estimated_cost=round(self.cost, 6),
            fallbacks=self.fallbacks,
        )


@dataclass
class ItemStats:
    """Usage attributed to one item (so it can be charged to the document that caused it)."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    last_body: str = ""


def prepared_model(model: type[BaseModel]) -> type[BaseModel]:
    """The response model handed to instructor.

    An earlier version pinned instructor's per-request schema computation by overriding private
    class attributes; that broke between instructor 1.3.2 and 1.3.7, so the public API is used
    as is (the few ms of schema CPU per request are far below the network latency).
    """
    return model


@functools.cache
def schema_hash(model: type[BaseModel]) -> str:
    return hashlib.sha256(
        json.dumps(model.model_json_schema(), sort_keys=True).encode()
    ).hexdigest()[:16]


def classify(exc: BaseException) -> str:
    """Failure category of an exception raised by an LLM call."""
    chain, e = [], exc
    while e is not None and len(chain) < 8:
        chain.append(e)
        e = e.__cause__ or e.__context__
    for e in chain:
        if isinstance(e, BudgetExhausted):
            return "budget"
    for e in chain:
        if isinstance(e, ItemFailure):
            return e.reason
        if isinstance(e, openai.RateLimitError):
            return "rate_limit"
        if isinstance(e, (openai.APITimeoutError, httpx.TimeoutException, asyncio.TimeoutError)):
            return "timeout"
        if isinstance(e, openai.InternalServerError):
            return "server_error"
        if isinstance(e, openai.APIStatusError):
            return (
                "server_error"
                if e.status_code >= 500 or e.status_code in (408, 409)
                else f"http_{e.status_code}"
            )
        if isinstance(e, openai.APIConnectionError):
            continue  # look at the cause (timeout / budget) first
        if isinstance(e, InstructorRetryException):
            comp = getattr(e, "last_completion", None)
            if _is_refusal(comp):
                return "refusal"
        if isinstance(e, ValidationError):
            return (
                "malformed_json"
                if any(err.get("type") == "json_invalid" for err in e.errors())
                else "schema_invalid"
            )
        if isinstance(e, json.JSONDecodeError):
            return "malformed_json"
        if isinstance(e, AssertionError):
            return "refusal"  # TOOLS mode: no (or a wrong) tool call in the answer
    if any(isinstance(e, openai.APIConnectionError) for e in chain):
        return "connection"
    return "error"


def _is_refusal(completion) -> bool:
    try:
        msg = completion.choices[0].message
    except Exception:
        return False
    if getattr(msg, "refusal", None):
        return True
    content = (msg.content or "").strip()
    return bool(content) and "{" not in content and not msg.tool_calls


def _retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait, from the HTTP error anywhere in the exception chain
    (instructor wraps the openai error in its own retry exception)."""
    resp, e, hops = None, exc, 0
    while e is not None and hops < 8 and resp is None:
        resp = getattr(e, "response", None)
        if resp is None:
            for attempt in getattr(e, "failed_attempts", None) or ():
                inner = getattr(attempt, "exception", None)
                resp = getattr(inner, "response", None) if inner is not None else None
                if resp is not None:
                    break
        e, hops = e.__cause__ or e.__context__, hops + 1
    if resp is None or not hasattr(resp, "headers"):
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
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(val).timestamp() - time.time())
        except Exception:
            return None


class LLMClient:
    """One endpoint + model. Create inside or outside a loop; use from one event loop at a time."""

    def __init__(self, settings: LLMSettings, cache=None, ledger: UsageLedger | None = None):
        self.settings = settings
        register_secret(settings.api_key)
        if cache is None:
            try:
                cache = AnswerCache(settings.cache_dir) if settings.cache else NullCache()
            except Exception as exc:
                log.warning("LLM cache unavailable (%s), running without it", redact(exc))
                cache = NullCache()
        self.cache = cache
        pin, pout = settings.price()
        self.ledger = ledger or UsageLedger(price_in=pin, price_out=pout)
        self.mode = MODES[settings.mode]
        self._sem: asyncio.Semaphore | None = None
        self._http: httpx.AsyncClient | None = None
        self._ic = None
        self._stats: dict[int, ItemStats] = {}
        self.max_in_flight = 0
        self._in_flight = 0

    @property
    def model_id(self) -> str:
        return self.settings.model

    # -- lifecycle --------------------------------------------------------------------------
    def _ensure(self) -> None:
        if self._ic is not None:
            return
        s = self.settings
        self._sem = asyncio.Semaphore(max(1, s.max_concurrency))
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(s.timeout),
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
            limits=httpx.Limits(max_connections=max(4, s.max_concurrency * 2)),
        )
        aclient = openai.AsyncOpenAI(
            base_url=s.base_url,
            api_key=s.api_key,
            max_retries=0,
            timeout=s.timeout,
            http_client=self._http,
        )
        self._ic = instructor.from_openai(aclient, mode=self.mode)

    async def aclose(self) -> None:
        self.flush()
        if self._http is not None:
            await self._http.aclose()
        self._http = None
        self._ic = None

    # -- budget and accounting --------------------------------------------------------------
    def budget_left(self) -> bool:
        s, led = self.settings, self.ledger
        if s.max_requests is not None and led.requests >= s.max_requests:
            return False
        if s.max_tokens is not None and led.prompt_tokens + led.completion_tokens >= s.max_tokens:
            return False
        return not (s.max_cost is not None and led.cost >= s.max_cost)

    def _current(self) -> ItemStats | None:
        task = asyncio.current_task()
        return self._stats.get(id(task)) if task else None

    async def _on_request(self, request: httpx.Request) -> None:
        if not self.budget_left():
            raise BudgetExhausted("LLM budget exhausted")
        self.ledger.requests += 1
        st = self._current()
        if st:
            st.requests += 1
        log.debug("LLM request %s %s", request.method, request.url.path)

    async def _on_response(self, response: httpx.Response) -> None:
        try:
            await response.aread()
            body = response.json()
        except Exception:
            return
        usage = body.get("usage") if isinstance(body, dict) else None
        st = self._current()
        if usage:
            pt, ct = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
            self.ledger.prompt_tokens += pt
            self.ledger.completion_tokens += ct
            if st:
                st.prompt_tokens += pt
                st.completion_tokens += ct

    # -- caching ----------------------------------------------------------------------------
    def key(self, prompt_version: str, schema: type[BaseModel], content: object) -> str:
        return cache_key(
            self.settings.endpoint,
            self.settings.model,
            prompt_version,
            schema_hash(schema),
            content,
        )

    def cache_get(self, key: str, model: type[BaseModel]):
        try:
            raw = self.cache.get(key)
        except Exception as exc:
            log.warning("LLM cache read failed: %s", redact(exc))
            raw = None
        if raw is None:
            return None
        try:
            obj = model.model_validate_json(raw)
        except ValidationError:
            return None
        self.ledger.cache_hits += 1
        return obj

    def cache_put(self, key: str, prompt_version: str, obj: BaseModel) -> None:
        try:
            self.cache.put(key, self.settings.model, prompt_version, obj.model_dump_json())
        except Exception as exc:
            log.warning("LLM cache write failed: %s", redact(exc))

    def flush(self) -> None:
        try:
            self.cache.flush()
        except Exception as exc:
            log.warning("LLM cache flush failed: %s", redact(exc))

    # -- the call ---------------------------------------------------------------------------
    async def ask(
        self,
        response_model: type[BaseModel],
        messages: list[dict],
        *,
        validation_context: dict | None = None,
        stats: ItemStats | None = None,
        max_tokens: int | None = None,
    ):
        """One structured answer, with retries. Raises ItemFailure(reason) when it cannot be had."""
        self._ensure()
        s = self.settings
        counts = {"transport": 0, "answer": 0}

        def should_retry(state) -> bool:
            exc = state.outcome.exception()
            if exc is None:
                return False
            kind = classify(exc)
            self.ledger.errors[kind] = self.ledger.errors.get(kind, 0) + 1
            if kind in TRANSIENT and counts["transport"] < s.max_retries:
                counts["transport"] += 1
            elif kind in ANSWER and counts["answer"] < s.answer_retries:
                counts["answer"] += 1
            else:
                return False
            self.ledger.retries += 1
            log.info("LLM retry after %s (attempt %d)", kind, state.attempt_number)
            return True

        def wait(state) -> float:
            exc = state.outcome.exception()
            kind = classify(exc) if exc else ""
            if kind not in TRANSIENT:
                return 0.0
            ra = _retry_after(exc)
            if ra is not None:
                return min(ra, s.max_retry_wait)
            n = counts["transport"]
            return min(s.max_retry_wait, s.retry_base_wait * (2 ** (n - 1))) * (
                0.5 + random.random() / 2
            )

        def inner() -> AsyncRetrying:  # instructor's re-ask loop (validation errors only)
            return AsyncRetrying(
                stop=stop_after_attempt(1 + s.validation_retries),
                retry=retry_if_exception_type(InstructorRetryException),
                reraise=True,
            )

        task = asyncio.current_task()
        st = stats or ItemStats()
        if task is not None:
            self._stats[id(task)] = st
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(2 + s.max_retries + s.answer_retries),
                retry=should_retry,
                wait=wait,
                reraise=True,
            ):
                with attempt:
                    if not self.budget_left():
                        raise BudgetExhausted("LLM budget exhausted")
                    assert self._sem is not None
                    async with self._sem:
                        self._in_flight += 1
                        self.max_in_flight = max(self.max_in_flight, self._in_flight)
                        try:
                            kwargs = {"temperature": s.temperature}
                            if max_tokens:
                                kwargs["max_tokens"] = max_tokens
                            return await self._ic.chat.completions.create(
                                model=s.model,
                                response_model=prepared_model(response_model),
                                messages=copy.deepcopy(messages),
                                max_retries=inner(),
                                **{_CONTEXT_KW: validation_context},
                                strict=False,
                                **kwargs,
                            )
                        finally:
                            self._in_flight -= 1
        except BaseException as exc:
            if isinstance(exc, asyncio.CancelledError):
                raise
            kind = classify(exc)
            detail = redact(f"{type(exc).__name__}: {exc}", self.settings.secrets())[:300]
            log.warning("LLM item failed (%s): %s", kind, detail)
            raise ItemFailure(kind, detail) from None
        finally:
            if task is not None:
                self._stats.pop(id(task), None)
        raise ItemFailure("error", "no answer")  # pragma: no cover

    async def ask_cached(
        self,
        response_model: type[BaseModel],
        messages: list[dict],
        *,
        prompt_version: str,
        cache_content: object,
        validation_context: dict | None = None,
        stats: ItemStats | None = None,
    ):
        """`ask` behind the on-disk cache. Returns (answer, from_cache)."""
        key = self.key(prompt_version, response_model, cache_content)
        hit = self.cache_get(key, response_model)
        if hit is not None:
            return hit, True
        obj = await self.ask(
            response_model, messages, validation_context=validation_context, stats=stats
        )
        self.cache_put(key, prompt_version, obj)
        return obj, False
