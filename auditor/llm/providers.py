"""Provider profiles: how each OpenAI-compatible API is driven, and what it costs.

A profile says which request mode works (TOOLS = forced function call, JSON = response_format
json_object, MD_JSON = JSON parsed out of the text), which request parameters the provider
accepts, where it puts a reasoning model's chain of thought, how it reports prompt tokens served
from its prefix cache, and its prices. The profile is chosen from, in order: the `provider`
setting (config, AUDITOR_LLM_PROVIDER), a `PROVIDER+` prefix on the base URL
(`deepseek+http://127.0.0.1:8765/v1`, like SQLAlchemy's `dialect+driver://`), the host of the
base URL; then the model id picks a model-specific variant within the provider
(deepseek-reasoner, OpenAI's o-series).

Whatever the profile, every answer goes through auditor.llm.answers: reasoning blocks and fields
are dropped, JSON is taken out of fences and chatter, a tool call is accepted where content was
expected and the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Price:
    """Per 1M tokens (the provider's currency; defaults below are USD list prices)."""

    input: float = 0.0
    output: float = 0.0
    cached_input: float | None = None  # None: input x the profile's cached_discount

    def cost(self, prompt: int, cached: int, completion: int, discount: float) -> float:
        cached_price = self.cached_input if self.cached_input is not None else self.input * discount
        cached = min(cached, prompt)
        return (
            (prompt - cached) * self.input + cached * cached_price + completion * self.output
        ) / 1e6


@dataclass(frozen=True)
class Profile:
    name: str
    label: str
    mode: str  # tools | json | md_json
    hosts: tuple[str, ...] = ()
    models: tuple[str, ...] = ()  # model-id prefixes of a model-specific variant
    tools: bool = True  # function calling supported
    forced_tool_choice: bool = True  # tool_choice naming a function is honoured
    json_object: bool = True  # response_format {"type": "json_object"} supported
    reasoning: str = ""  # where a reasoning model's thinking comes back
    max_tokens_param: str = "max_tokens"
    max_output: int = 8192  # the provider's output ceiling (retry of a truncated answer)
    send_temperature: bool = True
    extra_body: dict[str, Any] = field(default_factory=dict)
    timeout: float = 60.0
    cache_usage: str = ""  # where usage reports prompt tokens served from the prefix cache
    cached_discount: float = 1.0  # cached input price / input price (when a model has no price)
    prices: dict[str, Price] = field(default_factory=dict)
    quirks: str = ""  # one line for the README's providers table


_OPENAI_PRICES = {
    "gpt-4o-mini": Price(0.15, 0.60, 0.075),
    "gpt-4o": Price(2.50, 10.0, 1.25),
    "gpt-4.1-mini": Price(0.40, 1.60, 0.10),
    "gpt-4.1": Price(2.00, 8.00, 0.50),
}
_DEEPSEEK_PRICES = {
    "deepseek-chat": Price(0.28, 0.42, 0.028),
    "deepseek-reasoner": Price(0.28, 0.42, 0.028),
}

PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "openai",
            "OpenAI",
            "tools",
            hosts=("api.openai.com",),
            max_tokens_param="max_completion_tokens",
            max_output=16384,
            cache_usage="prompt_tokens_details.cached_tokens",
            cached_discount=0.5,
            prices=_OPENAI_PRICES,
            quirks="forced tool_choice; `max_completion_tokens`; refusals in `message.refusal`",
        ),
        Profile(
            "openai-reasoning",
            "OpenAI o-series / gpt-5",
            "tools",
            models=("o1", "o3", "o4", "gpt-5"),
            max_tokens_param="max_completion_tokens",
            max_output=32768,
            send_temperature=False,
            timeout=90.0,
            cache_usage="prompt_tokens_details.cached_tokens",
            cached_discount=0.25,
            prices=_OPENAI_PRICES,
            quirks="no `temperature`, no `max_tokens` (400); reasoning tokens only in usage",
        ),
        Profile(
            "deepseek",
            "DeepSeek (deepseek-chat)",
            "json",
            hosts=("api.deepseek.com",),
            cache_usage="prompt_cache_hit_tokens / prompt_cache_miss_tokens",
            cached_discount=0.1,
            prices=_DEEPSEEK_PRICES,
            quirks='json_object needs the word "json" in the prompt (400); may answer empty content',
        ),
        Profile(
            "deepseek-reasoner",
            "DeepSeek (deepseek-reasoner)",
            "json",
            models=("deepseek-reasoner", "deepseek-r1"),
            tools=False,
            forced_tool_choice=False,
            reasoning="message.reasoning_content",
            max_output=32768,
            send_temperature=False,
            timeout=90.0,
            cache_usage="prompt_cache_hit_tokens / prompt_cache_miss_tokens",
            cached_discount=0.1,
            prices=_DEEPSEEK_PRICES,
            quirks="no tools; `reasoning_content` (400 if sent back); max_tokens includes the CoT",
        ),
        Profile(
            "qwen",
            "Qwen (DashScope compatible mode)",
            "json",
            hosts=("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com"),
            reasoning="message.reasoning_content",
            extra_body={"enable_thinking": False},
            cache_usage="prompt_tokens_details.cached_tokens",
            cached_discount=0.2,
            prices={
                "qwen-plus": Price(0.40, 1.20, 0.08),
                "qwen-turbo": Price(0.05, 0.20, 0.01),
                "qwen-max": Price(1.60, 6.40, 0.32),
            },
            quirks='json_object needs "json" in the prompt; qwen3 models need enable_thinking=false '
            "when not streaming (400)",
        ),
        Profile(
            "glm",
            "Zhipu GLM (open.bigmodel.cn)",
            "json",
            hosts=("open.bigmodel.cn", "api.z.ai"),
            forced_tool_choice=False,
            reasoning="message.reasoning_content",
            extra_body={"thinking": {"type": "disabled"}},
            cache_usage="prompt_tokens_details.cached_tokens",
            cached_discount=0.2,
            prices={"glm-4.5": Price(0.60, 2.20, 0.11), "glm-4.5-air": Price(0.20, 1.10, 0.03)},
            quirks="tool_choice only `auto`; GLM-4.5+ think by default (`reasoning_content`), "
            "GLM-Z1 in `<think>` tags",
        ),
        Profile(
            "moonshot",
            "Moonshot / Kimi",
            "json",
            hosts=("api.moonshot.cn", "api.moonshot.ai"),
            forced_tool_choice=False,
            reasoning="message.reasoning_content",
            cache_usage="usage.cached_tokens (+ prompt_tokens_details.cached_tokens)",
            cached_discount=0.25,
            prices={"kimi-k2-0905-preview": Price(0.60, 2.50, 0.15)},
            quirks="forced tool_choice rejected with thinking (400); cached tokens at the top of usage",
        ),
        Profile(
            "qianfan",
            "Baidu Qianfan (v2, OpenAI-compatible)",
            "json",
            hosts=("qianfan.baidubce.com",),
            reasoning="message.reasoning_content",
            quirks="messages must alternate user/assistant after the system message (400); "
            "ERNIE X1 returns `reasoning_content`",
        ),
        Profile(
            "vllm",
            "vLLM (self-hosted)",
            "json",
            forced_tool_choice=False,
            reasoning="message.reasoning (older: reasoning_content) or `<think>` in content",
            cache_usage="prompt_tokens_details.cached_tokens (--enable-prompt-tokens-details)",
            quirks="without --reasoning-parser R1/Qwen3 think in content, sometimes without the "
            "opening `<think>`; tool_choice auto needs --tool-call-parser",
        ),
        Profile(
            "ollama",
            "Ollama (/v1)",
            "json",
            hosts=(":11434",),
            forced_tool_choice=False,
            reasoning="message.reasoning or `<think>` in content",
            quirks="tool_choice ignored (may answer in content); no cache figures",
        ),
        Profile(
            "generic",
            "any other OpenAI-compatible server",
            "md_json",
            forced_tool_choice=False,
            json_object=False,
            quirks="JSON read out of the text (fences and chatter tolerated)",
        ),
    )
}

ALIASES = {
    "dashscope": "qwen",
    "aliyun": "qwen",
    "zhipu": "glm",
    "zhipuai": "glm",
    "bigmodel": "glm",
    "kimi": "moonshot",
    "baidu": "qianfan",
    "ernie": "qianfan",
    "openai-compatible": "generic",
}
_VARIANTS = {"openai": "openai-reasoning", "deepseek": "deepseek-reasoner"}


def split_provider_url(base_url: str) -> tuple[str | None, str]:
    """`deepseek+https://host/v1` -> ("deepseek", "https://host/v1"); no prefix -> (None, url)."""
    scheme = urlsplit(base_url).scheme
    if "+" not in scheme:
        return None, base_url
    name, _, real = scheme.partition("+")
    return name.lower(), real + base_url[len(scheme) :]


def provider_name(name: str | None) -> str | None:
    if not name:
        return None
    low = name.strip().lower()
    low = ALIASES.get(low, low)
    return low if low in PROFILES else None


def detect_provider(base_url: str) -> str:
    """Provider family from the host of the base URL (generic when unknown)."""
    low = base_url.lower()
    for name, prof in PROFILES.items():
        if any(h in low for h in prof.hosts):
            return name
    return "generic"


def profile_for(provider: str, model: str) -> Profile:
    """The provider's profile, or its model-specific variant (deepseek-reasoner, o-series)."""
    base = PROFILES.get(provider, PROFILES["generic"])
    variant = PROFILES.get(_VARIANTS.get(base.name, ""))
    if variant is not None and model.lower().startswith(variant.models):
        return variant
    return base


def with_prices(profile: Profile, overrides: dict[str, Price]) -> Profile:
    return replace(profile, prices={**profile.prices, **overrides})
