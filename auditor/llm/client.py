"""OpenAI-compatible LLM client: openai.AsyncOpenAI + instructor + tenacity.

* the request follows the provider profile (auditor.llm.providers): instructor mode, the
  max-tokens parameter's name, temperature or not, provider-specific body fields;
* every answer is normalised before instructor parses it (auditor.llm.answers: reasoning
  dropped, JSON out of fences/chatter, tool call <-> content, secrets redacted);
* retries: instructor re-asks after malformed or schema-invalid answers (`validation_retries`);
  tenacity retries transport failures (429, 5xx, timeouts, connection errors) with backoff +
  jitter honouring `Retry-After`, retries a refusal / missing tool call / empty answer
  `answer_retries` times, and a truncated answer once with the profile's output ceiling (a
  caller can then split its request: `FallbackReason.TRUNCATED`);
* guards (auditor.llm.guard): the circuit breaker, the run deadline and the caller's deadline
  scope end a request at once; a request / token / cost budget is enforced on every HTTP request;
* usage from every HTTP response (cached prompt tokens included), priced per provider;
* the API key is only in the Authorization header: every log record, error and answer passes
  through `redact`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import httpcore  # noqa: F401 (httpx imports it for the first client: ~0.4 s with trio installed)
import httpx
import instructor
import openai
from instructor import from_openai  # instructor loads it lazily on first use (~0.3 s)
from instructor.core.hooks import Hooks
from openai.resources.chat import AsyncChat  # noqa: F401 (loaded now, not on the first request)
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt

from auditor.llm.answers import EXPECTED_TOOL, normalise_completion
from auditor.llm.cache import AnswerCache, NullCache, cache_key
from auditor.llm.errors import (
    ANSWER,
    TRANSIENT,
    BudgetExhausted,
    FallbackReason,
    ItemFailure,
    classify,
    retry_after,
)
from auditor.llm.guard import CircuitBreaker, seconds_left
from auditor.llm.redact import install_log_redaction, redact, register_secret
from auditor.llm.response_models import prepared_model, schema_hash
from auditor.llm.schemas import ANSWER_CONTEXT
from auditor.llm.settings import LLMSettings
from auditor.llm.usage import CURRENT_ITEM, ItemStats, UsageLedger, read_usage

log = logging.getLogger("auditor.llm")
M = TypeVar("M", bound=BaseModel)

# set by `primed`: the event to set when the endpoint answers a request of that work
_ANSWERED: ContextVar[asyncio.Event | None] = ContextVar("auditor_llm_answered", default=None)

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
_QUIET = {FallbackReason.CIRCUIT_OPEN, FallbackReason.DEADLINE, FallbackReason.BUDGET}

__all__ = ["BudgetExhausted", "ItemFailure", "ItemStats", "LLMClient", "UsageLedger"]


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One certificate store per process (loading it costs ~60 ms per client otherwise)."""
    return httpx.create_ssl_context()  # honours SSL_CERT_FILE / SSL_CERT_DIR like httpx does


class _Counts:
    def __init__(self) -> None:
        self.transport = 0
        self.answer = 0
        self.truncated = 0


class LLMClient:
    """One endpoint + model. Create inside or outside a loop; use from one event loop at a time."""

    def __init__(
        self,
        settings: LLMSettings,
        cache: AnswerCache | NullCache | None = None,
        ledger: UsageLedger | None = None,
    ):
        self.settings = settings
        register_secret(settings.api_key)
        install_log_redaction()
        self.cache = cache if cache is not None else self._open_cache()
        self.ledger = ledger or UsageLedger(pricing=settings.cost)
        self.mode = MODES[settings.mode]
        self.breaker = CircuitBreaker(settings.breaker_failures, burst=settings.max_concurrency)
        self.run_deadline: float | None = None
        self._sem: asyncio.Semaphore | None = None
        self._http: httpx.AsyncClient | None = None
        self._ic: instructor.AsyncInstructor | None = None
        self.max_in_flight = 0
        self._in_flight = 0
        self.answer_notes: dict[str, int] = {}

    def _open_cache(self) -> AnswerCache | NullCache:
        if not self.settings.cache:
            return NullCache()
        try:
            return AnswerCache(self.settings.cache_dir)
        except Exception as exc:
            log.warning("LLM cache unavailable (%s), running without it", redact(exc))
            return NullCache()

    @property
    def model_id(self) -> str:
        return self.settings.model

    # -- lifecycle --------------------------------------------------------------------------
    def _ensure(self) -> instructor.AsyncInstructor:
        if self._ic is not None:
            return self._ic
        s = self.settings
        self._sem = asyncio.Semaphore(max(1, s.max_concurrency))
        self.breaker.reset_loop()
        self._http = httpx.AsyncClient(
            verify=_tls_context(),
            timeout=httpx.Timeout(s.timeout),
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
            limits=httpx.Limits(max_connections=max(4, s.max_concurrency * 2)),
        )
        aclient = openai.AsyncOpenAI(
            base_url=s.base_url,
            api_key=s.api_key,
            max_retries=0,
            timeout=s.timeout,
            # openai 3 speaks httpx2 and accepts a legacy httpx client (our event hooks live there)
            http_client=self._http,  # type: ignore[arg-type]
        )
        self._ic = from_openai(aclient, mode=self.mode)
        return self._ic

    async def primed(self, work: Callable[[], Awaitable[Any]], answered: asyncio.Event) -> None:
        """Run `work()`; `answered` is set when the endpoint answers one of its requests."""
        _ANSWERED.set(answered)
        await work()

    @staticmethod
    async def first_response(
        work: asyncio.Future[Any], answered: asyncio.Event, at_most: float
    ) -> None:
        """Wait until `answered` is set (see `primed`), `work` ended, or `at_most` s passed."""
        waiter = asyncio.ensure_future(answered.wait())
        try:
            await asyncio.wait({work, waiter}, timeout=at_most, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()

    def start_run(self) -> None:
        """Start the run deadline clock (the LLM stage of one run)."""
        if self.settings.run_deadline and self.run_deadline is None:
            self.run_deadline = time.monotonic() + self.settings.run_deadline

    def document_deadline(self) -> float | None:
        """Monotonic deadline for one document's LLM work started now (None: no limit)."""
        return time.monotonic() + self.settings.deadline if self.settings.deadline else None

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

    def blocked(self) -> FallbackReason | None:
        """Why no request may be sent now (None: it may)."""
        if self.breaker.opened:
            return FallbackReason.CIRCUIT_OPEN
        if not self.budget_left():
            return FallbackReason.BUDGET
        left = seconds_left(self.run_deadline)
        if left is not None and left <= 0:
            return FallbackReason.DEADLINE
        return None

    async def _on_request(self, request: httpx.Request) -> None:
        if not self.budget_left():
            raise BudgetExhausted("LLM budget exhausted")
        self.ledger.count_request()
        log.debug("LLM request %s %s", request.method, request.url.path)

    async def _on_response(self, response: httpx.Response) -> None:
        answered = _ANSWERED.get()
        if answered is not None:
            answered.set()
        if response.status_code < 400:
            self.breaker.success()
        try:
            await response.aread()
            body = response.json()
        except (ValueError, httpx.HTTPError):
            return
        usage = read_usage(body)
        if usage is not None:
            self.ledger.add(usage)

    def _normalise(self, completion: Any) -> None:
        notes = normalise_completion(completion, self.settings.mode, self.settings.secrets())
        for name, hit in (
            ("reasoning_stripped", notes.reasoning_chars > 0),
            ("json_extracted", notes.extracted),
            ("redacted", notes.redacted),
            (f"moved_{notes.moved}", bool(notes.moved)),
        ):
            if hit:
                self.answer_notes[name] = self.answer_notes.get(name, 0) + 1

    # -- caching ----------------------------------------------------------------------------
    def key(self, prompt_version: str, schema: type[BaseModel], content: object) -> str:
        return cache_key(
            self.settings.endpoint,
            self.settings.model,
            prompt_version,
            schema_hash(schema),
            content,
        )

    def cache_get(self, key: str, model: type[M]) -> M | None:
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
            value = redact(obj.model_dump_json(), self.settings.secrets())
            self.cache.put(key, self.settings.model, prompt_version, value)
        except Exception as exc:
            log.warning("LLM cache write failed: %s", redact(exc))

    def flush(self) -> None:
        try:
            self.cache.flush()
        except Exception as exc:
            log.warning("LLM cache flush failed: %s", redact(exc))

    # -- the call ---------------------------------------------------------------------------
    def _request_kwargs(self, max_tokens: int | None) -> dict[str, Any]:
        s, prof = self.settings, self.settings.profile
        kwargs: dict[str, Any] = {}
        if prof.send_temperature:
            kwargs["temperature"] = s.temperature
        if max_tokens:
            kwargs[prof.max_tokens_param] = max_tokens
        extras = s.request_extras()
        if extras:
            kwargs["extra_body"] = extras
        return kwargs

    async def _send(
        self,
        response_model: type[M],
        messages: list[dict[str, Any]],
        validation_context: dict[str, Any] | None,
        max_tokens: int | None,
    ) -> M:
        """One HTTP exchange (plus instructor's validation re-asks), under the concurrency bound."""
        ic = self._ensure()
        s = self.settings
        EXPECTED_TOOL.set(response_model.__name__)
        ANSWER_CONTEXT.set(validation_context)
        hooks = Hooks()
        hooks.on("completion:response", self._normalise)
        assert self._sem is not None
        async with self._sem:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            try:
                result: M = await ic.chat.completions.create(
                    model=s.model,
                    response_model=prepared_model(response_model),
                    messages=[dict(m) for m in messages],  # type: ignore[misc]
                    max_retries=s.validation_retries,  # re-asks after unparseable answers
                    strict=False,
                    hooks=hooks,
                    **self._request_kwargs(max_tokens),
                )
                return result
            finally:
                self._in_flight -= 1

    def _should_retry(self, state: RetryCallState, counts: _Counts) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        if exc is None:
            return False
        kind = classify(exc)
        self.ledger.errors[kind.value] = self.ledger.errors.get(kind.value, 0) + 1
        self.breaker.failure(kind, retry=state.attempt_number > 1)
        if self.blocked() is not None:
            return False
        if kind in TRANSIENT and counts.transport < self.settings.max_retries:
            counts.transport += 1
        elif kind in ANSWER and counts.answer < self.settings.answer_retries:
            counts.answer += 1
        elif kind is FallbackReason.TRUNCATED and counts.truncated < 1:
            counts.truncated += 1
        else:
            return False
        self.ledger.retries += 1
        log.info("LLM retry after %s (attempt %d)", kind.value, state.attempt_number)
        return True

    def _wait(self, state: RetryCallState, counts: _Counts) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if exc is None or classify(exc) not in TRANSIENT:
            return 0.0
        s = self.settings
        ra = retry_after(exc)
        if ra is not None:
            return float(min(ra, s.max_retry_wait))
        base = min(s.max_retry_wait, s.retry_base_wait * 2.0 ** max(0, counts.transport - 1))
        return float(base * (0.5 + random.random() / 2))

    async def _with_retries(
        self,
        response_model: type[M],
        messages: list[dict[str, Any]],
        validation_context: dict[str, Any] | None,
        max_tokens: int | None,
    ) -> M:
        s, counts = self.settings, _Counts()
        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(3 + s.max_retries + s.answer_retries),
            retry=lambda st: self._should_retry(st, counts),
            wait=lambda st: self._wait(st, counts),
            reraise=True,
        ):
            with attempt:
                blocked = self.blocked()
                if blocked is not None:
                    raise ItemFailure(blocked)
                limit = self.settings.profile.max_output if counts.truncated else max_tokens
                return await self._send(response_model, messages, validation_context, limit)
        raise ItemFailure(FallbackReason.ERROR, "no answer")  # pragma: no cover

    async def _guarded(self, work: asyncio.Future[M]) -> M:
        """`work`, unless the breaker opens or the deadline passes first (then it is cancelled)."""
        opened: asyncio.Future[Any] = asyncio.ensure_future(self.breaker.event.wait())
        left = seconds_left(self.run_deadline)
        try:
            done, _ = await asyncio.wait(
                {work, opened}, timeout=left, return_when=asyncio.FIRST_COMPLETED
            )
        except asyncio.CancelledError:
            work.cancel()
            raise
        finally:
            opened.cancel()
        if work in done:
            return work.result()
        work.cancel()
        await asyncio.gather(work, return_exceptions=True)
        raise ItemFailure(
            FallbackReason.CIRCUIT_OPEN if self.breaker.opened else FallbackReason.DEADLINE
        )

    async def ask(
        self,
        response_model: type[M],
        messages: list[dict[str, Any]],
        *,
        validation_context: dict[str, Any] | None = None,
        stats: ItemStats | None = None,
        max_tokens: int | None = None,
    ) -> M:
        """One structured answer, with retries. Raises ItemFailure(reason) when it cannot be had."""
        self._ensure()
        blocked = self.blocked()
        if blocked is not None:
            raise ItemFailure(blocked)
        token = CURRENT_ITEM.set(stats or ItemStats())
        try:
            work = asyncio.ensure_future(
                self._with_retries(response_model, messages, validation_context, max_tokens)
            )
            return await self._guarded(work)
        except ItemFailure:
            raise
        except Exception as exc:
            kind = classify(exc)
            detail = redact(f"{type(exc).__name__}: {exc}", self.settings.secrets())[:300]
            (log.debug if kind in _QUIET else log.warning)(
                "LLM item failed (%s): %s", kind.value, detail
            )
            raise ItemFailure(kind, detail) from None
        finally:
            CURRENT_ITEM.reset(token)

    async def ask_cached(
        self,
        response_model: type[M],
        messages: list[dict[str, Any]],
        *,
        prompt_version: str,
        cache_content: object,
        validation_context: dict[str, Any] | None = None,
        stats: ItemStats | None = None,
        max_tokens: int | None = None,
    ) -> tuple[M, bool]:
        """`ask` behind the on-disk cache. Returns (answer, from_cache)."""
        key = self.key(prompt_version, response_model, cache_content)
        hit = self.cache_get(key, response_model)
        if hit is not None:
            return hit, True
        obj = await self.ask(
            response_model,
            messages,
            validation_context=validation_context,
            stats=stats,
            max_tokens=max_tokens,
        )
        self.cache_put(key, prompt_version, obj)
        return obj, False
