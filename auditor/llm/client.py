"""OpenAI-compatible LLM client: one httpx connection pool, pydantic validation, tenacity retries.

* the request follows the provider profile (auditor.llm.providers): mode (auditor.llm.wire:
  tools / json / md_json), the max-tokens parameter's name, temperature or not, provider-specific
  body fields; the body is encoded once, UTF-8 (not \\u escapes: half the bytes for Chinese);
* every answer is normalised before pydantic validates it (auditor.llm.answers: reasoning
  dropped, JSON out of fences/chatter, tool call <-> content, secrets redacted);
* the concurrency slot is held only while the request is on the wire: parsing and validating an
  answer do not delay the next request;
* retries: a malformed or schema-invalid answer is re-asked with the validation errors
  (`validation_retries`);
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
import contextlib
import functools
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import httpcore  # noqa: F401 (httpx imports it for the first client: ~0.4 s with trio installed)
import httpx
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, stop_after_attempt

from auditor.llm.answers import EXPECTED_TOOL, normalise_completion
from auditor.llm.cache import AnswerCache, NullCache, cache_key
from auditor.llm.errors import (
    ANSWER,
    TRANSIENT,
    BudgetExhausted,
    EndpointError,
    FallbackReason,
    ItemFailure,
    classify,
    retry_after,
)
from auditor.llm.guard import CircuitBreaker, seconds_left
from auditor.llm.redact import install_log_redaction, redact, register_secret
from auditor.llm.schemas import ANSWER_CONTEXT
from auditor.llm.sending import Mark, SendGate
from auditor.llm.settings import LLMSettings
from auditor.llm.usage import CURRENT_ITEM, ItemStats, UsageLedger, read_usage
from auditor.llm.wire import AnswerError, answer_text, mode_fields, prepare, reask, schema_hash

with contextlib.suppress(ImportError):  # httpcore loads it on the first request (~50 ms)
    import anyio._backends._asyncio  # noqa: F401

log = logging.getLogger("auditor.llm")
M = TypeVar("M", bound=BaseModel)

# set by `primed`: the event to set when the endpoint answers a request of that work
_ANSWERED: ContextVar[asyncio.Event | None] = ContextVar("auditor_llm_answered", default=None)
# the request an `ask` is preparing (counted by the send gate until it waits for a slot or sends)
_PREPARING: ContextVar[Mark | None] = ContextVar("auditor_llm_preparing", default=None)

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
        self.mode = settings.mode
        self.breaker = CircuitBreaker(settings.breaker_failures, burst=settings.max_concurrency)
        self.gate = SendGate()
        self.run_deadline: float | None = None
        self._sem: asyncio.Semaphore | None = None
        self._http: httpx.AsyncClient | None = None
        self._url = settings.base_url.rstrip("/") + "/chat/completions"
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
    def _ensure(self) -> httpx.AsyncClient:
        if self._http is not None:
            return self._http
        s = self.settings
        self._sem = asyncio.Semaphore(max(1, s.max_concurrency))
        self.breaker.reset_loop()
        self.gate.reset_loop()
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if s.api_key:
            headers["Authorization"] = f"Bearer {s.api_key}"
        self._http = httpx.AsyncClient(
            # plain HTTP (a local vLLM / Ollama) needs no certificate store (~60 ms to load)
            verify=_tls_context() if self._url.startswith("https:") else False,
            timeout=httpx.Timeout(s.timeout),
            headers=headers,
            limits=httpx.Limits(
                max_connections=max(4, s.max_concurrency * 2),
                max_keepalive_connections=max(4, s.max_concurrency * 2),
            ),
        )
        return self._http

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

    async def _post(self, body: dict[str, Any]) -> Any:
        """One HTTP exchange under the concurrency bound; the decoded completion (usage counted)."""
        http = self._ensure()
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.gate.end(_PREPARING.get())  # from here it counts while it holds a slot and writes
        assert self._sem is not None
        async with self._sem:
            blocked = self.blocked()  # the breaker may have opened, or the budget run out
            if blocked is not None:
                raise ItemFailure(blocked)
            self.ledger.count_request()
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            writing = self.gate.start()

            async def trace(event: str, info: Any) -> None:
                if event.endswith(("send_request_body.complete", ".failed")):
                    self.gate.end(writing)

            try:
                resp = await http.post(self._url, content=payload, extensions={"trace": trace})
            finally:
                self.gate.end(writing)
                self._in_flight -= 1
            # counted before the slot is taken again: usage (budget) and the breaker
            completion = self._account(resp)
        answered = _ANSWERED.get()
        if answered is not None:
            answered.set()
        if resp.status_code >= 400:  # raised at once: the breaker counts it before a new send
            raise EndpointError(resp, _error_message(completion, resp))
        await self.gate.idle()  # requests ready to go are sent before this answer is parsed
        if completion is None:
            raise AnswerError(FallbackReason.MALFORMED_JSON, "the response body is not JSON")
        return completion

    def _account(self, resp: httpx.Response) -> Any:
        """The decoded body (None if not JSON); its usage charged, a success told the breaker."""
        try:
            completion = resp.json()
        except ValueError:
            completion = None
        usage = read_usage(completion)
        if usage is not None:
            self.ledger.add(usage)
        if resp.status_code < 400:
            self.breaker.success()
        return completion

    def _normalise(self, completion: Any) -> None:
        notes = normalise_completion(completion, self.mode, self.settings.secrets())
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
    def _body(
        self,
        response_model: type[BaseModel],
        messages: list[dict[str, Any]],
        max_tokens: int | None,
    ) -> dict[str, Any]:
        s, prof = self.settings, self.settings.profile
        body: dict[str, Any] = {"model": s.model, "messages": messages}
        if prof.send_temperature:
            body["temperature"] = s.temperature
        if max_tokens:
            body[prof.max_tokens_param] = max_tokens
        body.update(mode_fields(self.mode, response_model))
        body.update(s.request_extras())
        return body

    async def _send(
        self,
        response_model: type[M],
        messages: list[dict[str, Any]],
        validation_context: dict[str, Any] | None,
        max_tokens: int | None,
    ) -> M:
        """One answer: HTTP exchanges until it validates, at most `validation_retries` re-asks
        (each shows the model its answer and the validation errors)."""
        EXPECTED_TOOL.set(response_model.__name__)
        ANSWER_CONTEXT.set(validation_context)
        conversation = prepare(self.mode, response_model, messages)
        reasks = 0
        while True:
            body = self._body(response_model, conversation, max_tokens)
            completion = await self._post(body)
            self._normalise(completion)
            text = answer_text(completion, self.mode)
            try:
                return response_model.model_validate_json(text)
            except ValidationError as exc:
                if reasks >= self.settings.validation_retries or self.blocked() is not None:
                    raise
                reasks += 1
                self.ledger.retries += 1
                log.info("LLM re-ask after an invalid answer (%d)", reasks)
                conversation = conversation + reask(self.mode, completion, exc)

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
        mark = self.gate.start()
        mark_token = _PREPARING.set(mark)
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
            self.gate.end(mark)
            _PREPARING.reset(mark_token)
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


def _error_message(completion: Any, resp: httpx.Response) -> str:
    err = completion.get("error") if isinstance(completion, dict) else None
    msg = err.get("message") if isinstance(err, dict) else None
    return str(msg or resp.reason_phrase or "error")[:300]
