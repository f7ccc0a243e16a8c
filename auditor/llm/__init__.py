"""LLM stage infrastructure: the OpenAI-compatible client (httpx + pydantic + tenacity) and
what it needs to work with the providers people use.

    settings   endpoint settings from the environment and [tool.auditor.llm]
    providers  provider profiles (mode, request quirks, reasoning fields, cache usage, prices)
    client     the client: retries, budget, breaker, deadlines, usage, answer cache
    wire       the chat-completions format: request bodies per mode, answers, re-asks
    sending    requests before CPU work on the event loop (the send gate)
    answers    answers as models write them: reasoning, fences, chatter, tool call vs content
    reasons    why a row was graded offline (typed, explained in Chinese)
    errors     classification of the stack's exceptions into those reasons
    guard      circuit breaker and deadlines
    usage      token usage (prefix-cached prompt tokens included) and its price
    redact     secret redaction for logs, warnings, errors and answers
    cache      the on-disk answer cache
    prompts / schemas   prompt templates (prompts/) and the answer schemas
    extract    LLM-assisted extraction of tables the rules could not rebuild

Nothing here is needed offline: without an endpoint the graders in auditor.grade run alone.
"""

from auditor.llm.settings import LLMSettings, load_llm_settings

__all__ = ["LLMSettings", "load_llm_settings"]
