"""Provider dialects and answer quirks replayed by the fake server (tests/fake_llm_server.py).

A *provider* emulation is what the real API does whatever the model says: the request checks it
answers 400 to, where a reasoning model's thinking comes back, how usage reports prompt tokens
served from the prefix cache (and from which prefix length it caches). A *quirk* is how the
model shapes a correct answer:

  none            plain JSON content, or a tool call when the request has tools
  think           a <think>…</think> block (with a draft JSON inside) before the answer
  think_unopened  the chat template opened the block: "reasoning…</think>{json}"
  reasoning_field the thinking in the provider's reasoning field (reasoning_content / reasoning)
  fenced          "以下是审核结果：```json {…} ``` 如需…" (in tools mode: fenced arguments)
  chatter         unfenced JSON between sentences
  tool_for_content  a tool call although JSON content was asked for
  content_for_tool  fenced content although a tool call was asked for
  length          a long-winded model: finish_reason "length" when the answer exceeds
                  min(max_tokens, the provider's output ceiling)
  empty           the first answer to every request is empty content (DeepSeek's documented
                  JSON-mode quirk: "may occasionally return empty content")
  echo_key        the API key echoed into answers, reasoning, a response header and the first
                  error of every request (a 429 whose message carries it); "QUIRK+echo_key"
                  echoes on top of another quirk
  hang            never answers within the client's timeout
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

QUIRKS = (
    "none",
    "think",
    "think_unopened",
    "reasoning_field",
    "fenced",
    "chatter",
    "tool_for_content",
    "content_for_tool",
    "length",
    "empty",
    "echo_key",
    "hang",
)
THINKING = (
    '<think>\n用户要求对每个指标评级。先草拟一个答案：{"rows": [{"id": "r1", "specificity": 5}]}，'
    "再核对单位和依据……\n</think>\n\n"
)
REASONING = "先逐行核对指标名称、单位和取值依据，再判断目标是否可考核。" * 8


@dataclass(frozen=True)
class Dialect:
    name: str
    reasoning_field: str = "reasoning_content"
    cache_min: int = 0  # prompt tokens below which nothing is cached (0: no prefix cache)
    cache_unit: int = 1  # cached tokens are reported in multiples of this
    usage: str = "details"  # details | deepseek | moonshot | plain
    max_output: int = 8192


DIALECTS = {
    d.name: d
    for d in (
        Dialect("generic", usage="plain"),
        Dialect("openai", cache_min=1024, cache_unit=128, max_output=16384),
        Dialect("deepseek", cache_min=64, cache_unit=64, usage="deepseek"),
        Dialect("qwen", cache_min=256),
        Dialect("glm", cache_min=256),
        Dialect("moonshot", cache_min=256, usage="moonshot"),
        Dialect("qianfan", usage="plain"),
        Dialect("vllm", reasoning_field="reasoning", cache_min=16, cache_unit=16),
        Dialect("ollama", reasoning_field="reasoning", usage="plain"),
    )
}


def _text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []))


def _forced_tool_choice(body: dict[str, Any]) -> bool:
    tc = body.get("tool_choice")
    return isinstance(tc, dict) or tc == "required"


def _alternates(messages: list[dict[str, Any]]) -> bool:
    roles = [m.get("role") for m in messages]
    if roles and roles[0] == "system":
        roles = roles[1:]
    expect = "user"
    for role in roles:
        if role == "tool":
            continue
        if role != expect:
            return False
        expect = "assistant" if role == "user" else "user"
    return bool(roles) and roles[-1] in ("user", "tool")


def reject(provider: str, body: dict[str, Any]) -> str | None:
    """The 400 message the real API answers to this request, or None when it accepts it."""
    model = str(body.get("model") or "").lower()
    fmt = (body.get("response_format") or {}).get("type")
    if (
        provider in ("deepseek", "qwen")
        and fmt == "json_object"
        and "json" not in _text(body).lower()
    ):
        return "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'."
    if provider == "deepseek" and model.startswith("deepseek-reasoner"):
        if body.get("tools"):
            return "deepseek-reasoner does not support Function Calling"
        if any("reasoning_content" in m for m in body.get("messages", [])):
            return "The reasoning_content in the input messages is not supported"
    if (
        provider == "qwen"
        and model.startswith("qwen3")
        and body.get("enable_thinking") is not False
    ):
        return "parameter.enable_thinking must be set to false for non-streaming calls"
    if provider in ("glm", "moonshot") and _forced_tool_choice(body):
        return "tool_choice only supports 'auto' (incompatible with thinking enabled)"
    if provider == "qianfan" and not _alternates(body.get("messages", [])):
        return "the role of messages must alternate between user and assistant"
    if provider == "openai" and model.startswith(("o1", "o3", "o4", "gpt-5")):
        if "max_tokens" in body:
            return "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
        if body.get("temperature") not in (None, 1):
            return "Unsupported value: 'temperature' does not support 0 with this model."
    return None


def thinks(provider: str, body: dict[str, Any]) -> bool:
    """Does this provider's model return its reasoning unasked (a reasoning model)?"""
    model = str(body.get("model") or "").lower()
    if provider == "deepseek":
        return model.startswith("deepseek-reasoner")
    if provider == "glm":
        return (body.get("thinking") or {}).get("type") != "disabled" and model.startswith(
            "glm-4.5"
        )
    if provider == "moonshot":
        return "thinking" in model
    if provider == "qianfan":
        return model.startswith("ernie-x1")
    if provider in ("vllm", "ollama"):
        return any(k in model for k in ("r1", "qwq", "qwen3"))
    return False


def usage_block(
    dialect: Dialect, prompt: int, completion: int, cached: int, reasoning: int
) -> dict[str, Any]:
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    if reasoning:
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    if dialect.usage == "deepseek":
        usage["prompt_cache_hit_tokens"] = cached
        usage["prompt_cache_miss_tokens"] = prompt - cached
    elif dialect.usage == "details":
        usage["prompt_tokens_details"] = {"cached_tokens": cached}
    elif dialect.usage == "moonshot":
        usage["cached_tokens"] = cached
        usage["prompt_tokens_details"] = {"cached_tokens": cached}
    return usage


def shape(quirk: str, js: str, tools: bool, fenced_prompt: bool) -> tuple[str | None, str | None]:
    """(content, tool-call arguments) for a correct answer `js` under a quirk."""
    if quirk == "fenced":
        text = f"以下是审核结果：\n```json\n{js}\n```\n如需进一步说明请告知。"
        return (None, text) if tools else (text, None)
    if quirk == "chatter":
        text = f"好的，根据提供的数据，审核结果如下：{js}\n以上结果仅供参考。"
        return (None, text) if tools else (text, None)
    if quirk == "content_for_tool" and tools:
        return f"```json\n{js}\n```", None
    if quirk == "tool_for_content" and not tools:
        return None, js
    if tools:
        content = THINKING if quirk == "think" else None
        return content, js
    if quirk == "think":
        return THINKING + js, None
    if quirk == "think_unopened":
        return REASONING + "\n</think>\n\n" + js, None
    return (f"```json\n{js}\n```" if fenced_prompt else js), None


def tool_calls(name: str, arguments: str) -> list[dict[str, Any]]:
    return [
        {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
    ]


def tool_name(body: dict[str, Any]) -> str:
    tools = body.get("tools") or []
    return tools[0]["function"]["name"] if tools else "json_answer"


def json_dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
