"""Token usage as providers report it, charged to the run (ledger) and to the item that caused it.

Prompt tokens served from the provider's prefix cache are read from wherever the provider puts
them: `prompt_cache_hit_tokens` (DeepSeek), `prompt_tokens_details.cached_tokens` (OpenAI, Qwen,
GLM, Kimi K2, vLLM), `cached_tokens` at the top of usage (Moonshot). They are part of
`prompt_tokens` everywhere and priced at the provider's cached-input price.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from auditor.models import LLMUsage


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    reasoning_tokens: int = 0


def _int(value: Any) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def _nested(usage: Mapping[str, Any], outer: str, inner: str) -> Any:
    details = usage.get(outer)
    return details.get(inner) if isinstance(details, Mapping) else None


def read_usage(body: object) -> Usage | None:
    """The usage block of a chat-completion response body, whatever the provider's dialect."""
    usage = body.get("usage") if isinstance(body, Mapping) else None
    if not isinstance(usage, Mapping):
        return None
    cached = (
        usage.get("prompt_cache_hit_tokens")
        or _nested(usage, "prompt_tokens_details", "cached_tokens")
        or usage.get("cached_tokens")
    )
    return Usage(
        prompt_tokens=_int(usage.get("prompt_tokens")),
        completion_tokens=_int(usage.get("completion_tokens")),
        cached_tokens=_int(cached),
        reasoning_tokens=_int(_nested(usage, "completion_tokens_details", "reasoning_tokens")),
    )


@dataclass
class ItemStats:
    """Usage attributed to one item (so it can be charged to the document that caused it)."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    reasoning_tokens: int = 0
    cost: float = 0.0

    def add(self, u: Usage, cost: float) -> None:
        self.prompt_tokens += u.prompt_tokens
        self.completion_tokens += u.completion_tokens
        self.cached_tokens += u.cached_tokens
        self.reasoning_tokens += u.reasoning_tokens
        self.cost += cost

    def charge_to(self, usage: LLMUsage) -> None:
        usage.requests += self.requests
        usage.prompt_tokens += self.prompt_tokens
        usage.completion_tokens += self.completion_tokens
        usage.cached_tokens += self.cached_tokens
        usage.estimated_cost = round(usage.estimated_cost + self.cost, 6)


# the item on whose behalf the current task sends requests (inherited by child tasks)
CURRENT_ITEM: ContextVar[ItemStats | None] = ContextVar("auditor_llm_item", default=None)


@dataclass
class UsageLedger:
    """Everything the run sent, whichever item it was for."""

    pricing: Callable[[int, int, int], float] = field(default=lambda p, c, o: 0.0, repr=False)
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    reasoning_tokens: int = 0
    cost: float = 0.0
    cache_hits: int = 0
    fallbacks: int = 0
    retries: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def count_request(self) -> None:
        self.requests += 1
        item = CURRENT_ITEM.get()
        if item is not None:
            item.requests += 1

    def add(self, u: Usage) -> None:
        cost = self.pricing(u.prompt_tokens, u.cached_tokens, u.completion_tokens)
        self.prompt_tokens += u.prompt_tokens
        self.completion_tokens += u.completion_tokens
        self.cached_tokens += u.cached_tokens
        self.reasoning_tokens += u.reasoning_tokens
        self.cost += cost
        item = CURRENT_ITEM.get()
        if item is not None:
            item.add(u, cost)

    def usage(self) -> LLMUsage:
        return LLMUsage(
            requests=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cached_tokens=self.cached_tokens,
            cache_hits=self.cache_hits,
            estimated_cost=round(self.cost, 6),
            fallbacks=self.fallbacks,
        )
