"""Answers as real models write them, made parseable before pydantic validates them.

`normalise_completion` runs on every chat completion (the decoded response body, before parsing
and before any re-ask copies the message back into the conversation):

* reasoning is dropped: `reasoning_content` / `reasoning` fields (DeepSeek-R1, Qwen3, GLM, Kimi,
  vLLM, Ollama) and `<think>…</think>` blocks in the content, including a block whose opening tag
  the chat template already consumed (`…</think>{json}`) and a block cut off by the token limit;
  the reasoning never reaches a report, a log line or the cache (DeepSeek also rejects it when
  it is sent back: 400);
* JSON is taken out of ```json fences and surrounding chatter (never an object nested in an
  answer that was cut off);
* a tool call is accepted where content was expected, and content where a tool call was asked
  for (the answer is moved to where the request's mode reads it);
* every registered secret is redacted from the answer (an endpoint that echoes the API key);
* a complete JSON answer reported as `finish_reason: length` (chatter after it was cut) counts
  as finished; an incomplete one stays truncated (the client retries it with a larger limit).
"""

from __future__ import annotations

import json
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from auditor.llm.redact import redact
from auditor.llm.wire import tool_arguments

REASONING_FIELDS = ("reasoning_content", "reasoning", "reasoning_details", "thinking")
_THINK_BLOCK = re.compile(r"<(think|thinking)>.*?</\1>", re.S | re.I)
_THINK_CLOSE = re.compile(r"</(?:think|thinking)>", re.I)
_THINK_OPEN = re.compile(r"<(?:think|thinking)>", re.I)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
_DECODER = json.JSONDecoder()

# the function name of the tool the current request asked for (set per request by the client)
EXPECTED_TOOL: ContextVar[str] = ContextVar("auditor_llm_tool", default="answer")


@dataclass
class AnswerNotes:
    """What normalisation did to one completion (counted by the client; never reported)."""

    reasoning_chars: int = 0
    moved: str = ""  # "tool->content" | "content->tool" | ""
    extracted: bool = False  # JSON cut out of fences/chatter
    redacted: bool = False


def strip_reasoning(text: str) -> tuple[str, int]:
    """Content without `<think>` blocks; returns (text, number of reasoning characters removed)."""
    before = len(text)
    text = _THINK_BLOCK.sub("", text)
    close = list(_THINK_CLOSE.finditer(text))
    if close:  # the template opened the block: everything up to the last closing tag is thinking
        text = text[close[-1].end() :]
    opened = _THINK_OPEN.search(text)
    if opened:  # a block that was never closed (cut off): nothing after it is an answer
        text = text[: opened.start()]
    return text.strip(), before - len(text.strip())


def _closes(text: str, start: int) -> bool:
    """Does the object opened at `start` close before the end of the text (strings respected)?"""
    depth, in_string, escaped = 0, False, False
    for ch in text[start:]:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return True
    return False


def _objects(text: str) -> list[str]:
    """Complete top-level JSON objects in `text`, in order. An object cut off by the end of the
    text ends the scan: the objects nested inside it are parts of an unfinished answer."""
    found, pos = [], text.find("{")
    while pos >= 0:
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError:
            if not _closes(text, pos):
                break  # ran off the end: a truncated answer
            pos = text.find("{", pos + 1)
            continue
        if isinstance(value, dict):
            found.append(text[pos:end])
        pos = text.find("{", end)
    return found


def extract_json(text: str) -> str | None:
    """The JSON object of an answer: in the last ```json fence that has one, else the last
    complete top-level object of the text (chatter before and after ignored)."""
    text = text.strip()
    for body in reversed(_FENCE.findall(text)):
        objs = _objects(body)
        if objs:
            return objs[-1]
    objs = _objects(text)
    return objs[-1] if objs else None


def _complete_json(text: str | None) -> bool:
    if not text:
        return False
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _drop_reasoning_fields(message: dict[str, Any]) -> int:
    removed = 0
    for name in REASONING_FIELDS:
        value = message.pop(name, None)
        if value:
            removed += len(str(value))
    return removed


def _set_tool_call(message: dict[str, Any], arguments: str) -> None:
    call = {
        "id": "call_normalised",
        "type": "function",
        "function": {"name": EXPECTED_TOOL.get(), "arguments": arguments},
    }
    message["tool_calls"] = [call]


def _clean(text: str | None, secrets: list[str], notes: AnswerNotes) -> str:
    text = text if isinstance(text, str) else ""
    text, n = strip_reasoning(text)
    notes.reasoning_chars += n
    red = redact(text, secrets)
    notes.redacted = notes.redacted or red != text
    return red


def _normalise_tools(message: dict[str, Any], content: str, notes: AnswerNotes) -> None:
    args = tool_arguments(message)
    if args is not None:
        js = extract_json(args)
        if js is not None and js != args.strip():
            notes.extracted = True
            _set_tool_call(message, js)
        return
    js = extract_json(content)
    if js is not None:  # answered in content although a function call was asked for
        notes.moved = "content->tool"
        _set_tool_call(message, js)


def _normalise_text(message: dict[str, Any], content: str, notes: AnswerNotes) -> None:
    js = extract_json(content)
    if js is None:
        args = tool_arguments(message)
        js = extract_json(args) if args else None
        if js is not None:  # answered with a function call although JSON content was asked for
            notes.moved = "tool->content"
            message["tool_calls"] = None
            message["function_call"] = None
    if js is not None:
        notes.extracted = notes.extracted or js != content.strip()
        message["content"] = js
    else:
        message["content"] = content


def _clean_calls(message: dict[str, Any], secrets: list[str], notes: AnswerNotes) -> None:
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        message["tool_calls"] = None
        return
    for call in calls:
        fn = call.get("function") if isinstance(call, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
            fn["arguments"] = _clean(fn["arguments"], secrets, notes)


def normalise_completion(completion: Any, mode: str, secrets: list[str]) -> AnswerNotes:
    """Make one completion (the response body, decoded) parseable in place (see the module
    docstring). Never raises."""
    notes = AnswerNotes()
    try:
        choice = completion["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError):
        return notes
    if not isinstance(choice, dict) or not isinstance(message, dict):
        return notes
    notes.reasoning_chars += _drop_reasoning_fields(message)
    content = _clean(message.get("content"), secrets, notes)
    _clean_calls(message, secrets, notes)
    if isinstance(message.get("refusal"), str):
        message["refusal"] = redact(message["refusal"], secrets)
    if mode == "tools":
        message["content"] = content or None
        _normalise_tools(message, content, notes)
        answer = tool_arguments(message)
    else:
        _normalise_text(message, content, notes)
        answer = message["content"]
    if choice.get("finish_reason") == "length" and _complete_json(answer):
        choice["finish_reason"] = "stop"
    return notes
