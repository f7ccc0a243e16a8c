"""LLM endpoint settings from the environment and `[tool.auditor.llm]`, and provider profiles.

Environment (wins over the config file):
    AUDITOR_LLM_BASE_URL   OpenAI-compatible base URL (".../v1")
    AUDITOR_LLM_MODEL      model id
    AUDITOR_LLM_API_KEY    API key (or the variable named by `api_key_env` in the config)
    AUDITOR_LLM_PROVIDER   profile name (optional; detected from the URL otherwise)

Config keys (`[tool.auditor.llm]`, all optional): base_url, model, api_key_env, provider, mode
(tools|json|md_json), max_concurrency, timeout, max_retries, validation_retries, max_requests,
max_tokens, max_cost, cache (bool), cache_dir, temperature, retry_base_wait, max_retry_wait,
prices = {"model-id" = {input = <per 1M tokens>, output = <per 1M tokens>}}.

The API key is held in a field excluded from repr and never written anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

# Provider profiles: which instructor mode works with the provider's OpenAI-compatible API.
#   openai    native function calling with forced tool_choice            -> TOOLS
#   deepseek  json_object response_format, no json_schema; prompt must say "json" -> JSON
#   qwen      DashScope compatible mode: json_object (prompt must say "json")      -> JSON
#   vllm      forced tool_choice objects are rejected without a tool parser      -> JSON (guided json_object)
#   ollama    OpenAI-compatible /v1 with format=json                             -> JSON
#   generic   unknown server: parse JSON out of a ```json block                   -> MD_JSON
PROFILES: dict[str, dict] = {
    "openai": {"mode": "tools", "hosts": ("api.openai.com",)},
    "deepseek": {"mode": "json", "hosts": ("api.deepseek.com",)},
    "qwen": {"mode": "json", "hosts": ("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com")},
    "vllm": {"mode": "json", "hosts": ()},
    "ollama": {"mode": "json", "hosts": (":11434",)},
    "generic": {"mode": "md_json", "hosts": ()},
}
PROFILE_ALIASES = {
    "dashscope": "qwen",
    "qwen": "qwen",
    "openai": "openai",
    "deepseek": "deepseek",
    "vllm": "vllm",
    "ollama": "ollama",
    "generic": "generic",
    "openai-compatible": "generic",
}

# Default prices (currency units per 1M tokens: input, output). Override with config `prices`.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.0),
    "deepseek-chat": (0.27, 1.10),
    "qwen-plus": (0.40, 1.20),
    "qwen-turbo": (0.05, 0.20),
}


def detect_provider(base_url: str) -> str:
    low = base_url.lower()
    for name, prof in PROFILES.items():
        if any(h in low for h in prof["hosts"]):
            return name
    return "generic"


def public_endpoint(base_url: str) -> str:
    """Base URL without userinfo, query or fragment (safe to store as a cache-key part)."""
    parts = urlsplit(base_url)
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
    mode: str = "md_json"  # tools | json | md_json
    max_concurrency: int = 8
    timeout: float = 60.0
    max_retries: int = 3  # transport retries (429/5xx/timeouts) per request
    validation_retries: int = 1  # re-asks after a malformed / schema-invalid answer
    answer_retries: int = 1  # plain retries after a refusal / missing tool call
    max_requests: int | None = None
    max_tokens: int | None = None
    max_cost: float | None = None
    cache: bool = True
    cache_dir: str = ".auditor-cache"
    temperature: float = 0.0
    retry_base_wait: float = 0.5
    max_retry_wait: float = 30.0
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_PRICES))

    @property
    def endpoint(self) -> str:
        return public_endpoint(self.base_url)

    def secrets(self) -> list[str]:
        return [s for s in (self.api_key,) if s and len(s) >= 4]

    def price(self) -> tuple[float, float]:
        return self.prices.get(self.model, (0.0, 0.0))


_INT = (
    "max_concurrency",
    "max_retries",
    "validation_retries",
    "answer_retries",
    "max_requests",
    "max_tokens",
)
_FLOAT = ("timeout", "max_cost", "temperature", "retry_base_wait", "max_retry_wait")


def load_llm_settings(config=None, env: dict | None = None, **overrides) -> LLMSettings | None:
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
    provider = env.get("AUDITOR_LLM_PROVIDER") or llm.get("provider") or detect_provider(base_url)
    provider = PROFILE_ALIASES.get(str(provider).lower(), "generic")
    mode = str(llm.get("mode") or PROFILES[provider]["mode"]).lower().replace("-", "_")
    if mode not in ("tools", "json", "md_json"):
        raise ValueError(f"[tool.auditor.llm] mode must be tools|json|md_json, not {mode!r}")
    s = LLMSettings(
        base_url=str(base_url),
        model=str(model),
        api_key=api_key or "not-needed",
        provider=provider,
        mode=mode,
    )
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
    for m, p in (llm.get("prices") or {}).items():
        if isinstance(p, dict):
            s.prices[m] = (float(p.get("input", 0)), float(p.get("output", 0)))
        else:
            s.prices[m] = (float(p[0]), float(p[1]))
    return s
