"""The chat-completions wire format, spoken directly: request bodies per mode, answers validated.

The client used to build requests with the openai SDK and parse them with instructor. Both cost
~15 ms of CPU a request on the event loop (the SDK walks every message through its TypedDict
transformer, instructor deep-copies the request, re-derives the schema and wraps the call in its
own retry loop) — on a loaded machine that CPU sat on the critical path between one answer and
the next request. The format is small and stable, so it is written here:

* `prepare(mode, model, messages)`: JSON / MD_JSON modes append the answer's JSON schema to the
  system message (after the fixed instructions, so it stays inside the cached prompt prefix);
  MD_JSON also asks for a ```json block; TOOLS mode adds one function whose parameters are the
  schema (`tool_spec`), forced by `tool_choice`;
* `answer_text(completion, mode)`: the JSON the model gave (tool arguments or content, after
  auditor.llm.answers normalised the completion), or `AnswerError` (truncated, refused, empty);
* `reask(mode, completion, error)`: the two messages that show the model its invalid answer and
  the validation error (an assistant turn without its reasoning, then a user or tool turn).
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ValidationError

from auditor.llm.reasons import FallbackReason

MD_SUFFIX = "\n\nReturn the JSON object inside a ```json code block (an instance, not the schema)."


class AnswerError(Exception):
    """A completion that holds no answer to validate (truncated, refused, empty)."""

    def __init__(self, reason: FallbackReason, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


@functools.cache
def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False)


@functools.cache
def tool_spec(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    params = {k: v for k, v in schema.items() if k not in ("title", "description")}
    params.setdefault("required", [])
    return {
        "type": "function",
        "function": {
            "name": model.__name__,
            "description": f"Correctly filled `{model.__name__}` with all required parameters",
            "parameters": params,
        },
    }


def _json_instructions(model: type[BaseModel]) -> str:
    return (
        "Answer with one JSON object (json) that matches this JSON schema:\n\n"
        f"{schema_text(model)}\n\nReturn an instance of the schema, not the schema itself."
    )


def prepare(
    mode: str, model: type[BaseModel], messages: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The conversation to send for `messages` in `mode` (copies; the caller's list is kept)."""
    msgs = [dict(m) for m in messages]
    if mode == "tools":
        return msgs
    extra = _json_instructions(model)
    if msgs and msgs[0].get("role") == "system":
        msgs[0]["content"] = f"{msgs[0].get('content') or ''}\n\n{extra}"
    else:
        msgs.insert(0, {"role": "system", "content": extra})
    if mode == "md_json":
        for m in reversed(msgs):
            if m.get("role") == "user":
                m["content"] = f"{m.get('content') or ''}{MD_SUFFIX}"
                break
    return msgs


def mode_fields(mode: str, model: type[BaseModel]) -> dict[str, Any]:
    """Body fields that ask for the answer's shape in `mode` (TOOLS: the function, forced)."""
    if mode == "tools":
        choice = {"type": "function", "function": {"name": model.__name__}}
        return {"tools": [tool_spec(model)], "tool_choice": choice}
    if mode == "json":
        return {"response_format": {"type": "json_object"}}
    return {}


def _message(completion: Any) -> tuple[dict[str, Any], str | None]:
    try:
        choice = completion["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError) as exc:
        raise AnswerError(FallbackReason.EMPTY, "no choices in the completion") from exc
    if not isinstance(message, dict):
        raise AnswerError(FallbackReason.EMPTY, "no message in the completion")
    return message, choice.get("finish_reason")


def tool_arguments(message: dict[str, Any]) -> str | None:
    for call in message.get("tool_calls") or []:
        fn = call.get("function") if isinstance(call, dict) else None
        args = fn.get("arguments") if isinstance(fn, dict) else None
        if isinstance(args, str) and args.strip():
            return args
    fc = message.get("function_call")
    args = fc.get("arguments") if isinstance(fc, dict) else None
    return args if isinstance(args, str) and args.strip() else None


def answer_text(completion: Any, mode: str) -> str:
    """The answer's JSON text (see the module docstring); raises AnswerError when there is none."""
    message, finish = _message(completion)
    content = (message.get("content") or "").strip()
    text = tool_arguments(message) if mode == "tools" else content
    if finish == "length":
        raise AnswerError(FallbackReason.TRUNCATED, "finish_reason length")
    if message.get("refusal"):
        raise AnswerError(FallbackReason.REFUSAL, "refusal")
    if text and (mode == "tools" or "{" in text):
        return text
    if content or text:
        raise AnswerError(FallbackReason.REFUSAL, "no JSON answer")
    raise AnswerError(FallbackReason.EMPTY, "empty answer")


def reask(mode: str, completion: Any, error: ValidationError) -> list[dict[str, Any]]:
    """The assistant's invalid answer (no reasoning) and the validation error, to ask again."""
    message, _ = _message(completion)
    errors = str(error)
    if mode == "tools" and message.get("tool_calls"):
        call = message["tool_calls"][0]
        call_id = call.get("id") or "call_1"
        fn = call.get("function") or {}
        assistant = {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": fn.get("name"), "arguments": fn.get("arguments")},
                }
            ],
        }
        fix = f"Validation errors:\n{errors}\nCall the function again with the errors fixed."
        return [assistant, {"role": "tool", "tool_call_id": call_id, "content": fix}]
    assistant = {"role": "assistant", "content": message.get("content") or ""}
    fix = f"Correct your JSON answer (only the JSON object), fixing these errors:\n{errors}"
    return [assistant, {"role": "user", "content": fix}]


@functools.cache
def schema_hash(model: type[BaseModel]) -> str:
    """The answer schema's identity (part of every cache key: a changed schema is a new answer)."""
    return hashlib.sha256(
        json.dumps(model.model_json_schema(), sort_keys=True).encode()
    ).hexdigest()[:16]
