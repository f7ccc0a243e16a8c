"""LLM endpoint settings from the environment and `[tool.auditor.llm]`.

Environment (wins over the config file):
    AUDITOR_LLM_BASE_URL   OpenAI-compatible base URL (".../v1"; a `PROVIDER+` prefix names the
                           provider profile, e.g. "deepseek+http://127.0.0.1:8765/v1")
    AUDITOR_LLM_MODEL      model id
    AUDITOR_LLM_API_KEY    API key (or the variable named by `api_key_env` in the config)
    AUDITOR_LLM_PROVIDER   profile name (optional; see auditor.llm.providers)

Config keys (`[tool.auditor.llm]`, all optional): base_url, model, api_key_env, provider, mode
(tools|json|md_json), max_concurrency, batch_rows (rows per request: small projects of a document
share one; 1 = one project per request), timeout (seconds per request), deadline (seconds per
document, 0 = none), run_deadline (seconds per run, 0 = none), breaker_failures (consecutive
endpoint failures that stop the run's calls, 0 = never), max_retries, validation_retries,
answer_retries, max_requests, max_tokens, max_cost, cache (bool), cache_dir, temperature,
retry_base_wait, max_retry_wait, extra_body (provider-specific request fields), prices =
{"model-id" = {input = <per 1M>, output = <per 1M>, cached_input = <per 1M>}}.

The API key is held in a field excluded from repr and never written anywhere.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from auditor.llm.providers import (
    PROFILES,
    Price,
    Profile,
    detect_provider,
    profile_for,
    provider_name,
    split_provider_url,
)

MODES = ("tools", "json", "md_json")


@functools.lru_cache(maxsize=64)
def public_endpoint(base_url: str) -> str:
    """Base URL without userinfo, query or fragment (safe to store as a cache-key part)."""
    parts = urlsplit(split_provider_url(base_url)[1])
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


@dataclass
class LLMSettings:
    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    provider: str = "generic"
    mode: str = ""  # tools | json | md_json; "" = the profile's
    max_concurrency: int = 8
    batch_rows: int = 16  # small projects of a document share a request up to this many rows
    timeout: float = 0.0  # seconds per HTTP request; 0 = the profile's (60 s for most)
    deadline: float = 100.0  # seconds per document (its LLM items), 0 = none
    run_deadline: float = 0.0  # seconds for the whole LLM stage of a run, 0 = none
    breaker_failures: int = 4  # consecutive endpoint failures that stop all calls, 0 = never
    max_retries: int = 3  # transport retries (429/5xx/timeouts) per request
    validation_retries: int = 1  # re-asks after a malformed / schema-invalid answer
    answer_retries: int = 1  # plain retries after a refusal / missing tool call / empty answer
    max_requests: int | None = None
    max_tokens: int | None = None
    max_cost: float | None = None
    cache: bool = True
    cache_dir: str = ".auditor-cache"
    temperature: float = 0.0
    retry_base_wait: float = 0.5
    max_retry_wait: float = 30.0
    extra_body: dict[str, Any] = field(default_factory=dict)
    prices: dict[str, Price] = field(default_factory=dict)

    def __post_init__(self) -> None:
        named, url = split_provider_url(self.base_url)
        self.base_url = url
        if named and self.provider == "generic":
            self.provider = provider_name(named) or "generic"
        if not self.mode:
            self.mode = self.profile.mode
        if not self.timeout:
            self.timeout = self.profile.timeout

    @property
    def profile(self) -> Profile:
        return profile_for(self.provider, self.model)

    @property
    def endpoint(self) -> str:
        return public_endpoint(self.base_url)

    def secrets(self) -> list[str]:
        return [s for s in (self.api_key,) if s and len(s) >= 4]

    def price(self) -> Price:
        return self.prices.get(self.model) or self.profile.prices.get(self.model) or Price()

    def cost(self, prompt: int, cached: int, completion: int) -> float:
        return self.price().cost(prompt, cached, completion, self.profile.cached_discount)

    def request_extras(self) -> dict[str, Any]:
        """Provider-specific fields merged into the request body (extra_body)."""
        return {**self.profile.extra_body, **self.extra_body}


_INT = (
    "max_concurrency",
    "batch_rows",
    "breaker_failures",
    "max_retries",
    "validation_retries",
    "answer_retries",
    "max_requests",
    "max_tokens",
)
_FLOAT = (
    "timeout",
    "deadline",
    "run_deadline",
    "max_cost",
    "temperature",
    "retry_base_wait",
    "max_retry_wait",
)


def _price(value: Any) -> Price:
    if isinstance(value, Mapping):
        cached = value.get("cached_input")
        return Price(
            float(value.get("input", 0)),
            float(value.get("output", 0)),
            None if cached is None else float(cached),
        )
    seq = list(value)
    return Price(float(seq[0]), float(seq[1]), float(seq[2]) if len(seq) > 2 else None)


def _choose_provider(env: Mapping[str, str], llm: dict[str, Any], base_url: str) -> str:
    given = env.get("AUDITOR_LLM_PROVIDER") or llm.get("provider")
    if given:
        name = provider_name(str(given))
        if name is None:
            known = ", ".join(sorted(PROFILES))
            raise ValueError(
                f"llm.provider: 未知的服务商 {given!r} (unknown provider; known: {known})"
            )
        return name
    named, url = split_provider_url(base_url)
    return provider_name(named) or detect_provider(url)


def _apply(s: LLMSettings, llm: dict[str, Any]) -> None:
    for k in _INT:
        if llm.get(k) is not None:
            setattr(s, k, int(llm[k]))
    for k in _FLOAT:
        if llm.get(k) is not None:
            setattr(s, k, float(llm[k]))
    if "cache" in llm:
        s.cache = bool(llm["cache"])
    if llm.get("cache_dir"):
        s.cache_dir = str(llm["cache_dir"])
    if isinstance(llm.get("extra_body"), Mapping):
        s.extra_body = dict(llm["extra_body"])
    for m, p in (llm.get("prices") or {}).items():
        s.prices[str(m)] = _price(p)


def load_llm_settings(
    config: object = None, env: Mapping[str, str] | None = None, **overrides: Any
) -> LLMSettings | None:
    """Settings for the configured endpoint, or None when no endpoint/model is configured."""
    env = os.environ if env is None else env
    llm = dict(getattr(config, "llm", None) or {})
    llm = {k.replace("-", "_"): v for k, v in llm.items()}
    llm.update({k: v for k, v in overrides.items() if v is not None})
    base_url = env.get("AUDITOR_LLM_BASE_URL") or llm.get("base_url")
    model = env.get("AUDITOR_LLM_MODEL") or llm.get("model")
    if not base_url or not model:
        return None
    # a configured api_key_env names this endpoint's own key and wins over the generic variable
    key_env = llm.get("api_key_env")
    api_key = (env.get(key_env) if key_env else None) or env.get("AUDITOR_LLM_API_KEY") or ""
    provider = _choose_provider(env, llm, str(base_url))
    mode = str(llm.get("mode") or "").lower().replace("-", "_")
    if mode and mode not in MODES:
        raise ValueError(f"[tool.auditor.llm] mode must be tools|json|md_json, not {mode!r}")
    s = LLMSettings(
        base_url=str(base_url),
        model=str(model),
        api_key=api_key or "not-needed",
        provider=provider,
        mode=mode,
    )
    _apply(s, llm)
    return s
