"""Answer normalisation (auditor.llm.answers) on completions shaped like real providers' answers."""

from __future__ import annotations

import json

from auditor.llm.answers import extract_json, normalise_completion, strip_reasoning
from auditor.llm.errors import FallbackReason, explain

KEY = "sk-echo-0123456789abcdef"
ANSWER = {"rows": [{"id": "r1", "specificity": 4, "reasons": ["有数值和单位"], "rewrite": None}]}
JS = json.dumps(ANSWER, ensure_ascii=False)


def completion(content=None, tool_args=None, finish="stop", **extra) -> dict:
    """A decoded chat-completion response body, as the client hands it to normalisation."""
    msg: dict = {"role": "assistant", "content": content, **extra}
    if tool_args is not None:
        msg["tool_calls"] = [
            {
                "id": "c1",
                "type": "function",
                "function": {"name": "ProjectAnswer", "arguments": tool_args},
            }
        ]
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "message": msg, "finish_reason": finish}],
    }


def test_reasoning_blocks_are_stripped():
    draft = '{"rows": [{"id": "r1", "specificity": 5}]}'
    assert strip_reasoning(f"<think>先草拟 {draft}</think>\n\n{JS}")[0] == JS
    assert strip_reasoning(f"逐行核对……\n</think>\n\n{JS}")[0] == JS  # template opened it
    assert strip_reasoning(f"<think>想到一半被截断 {draft}")[0] == ""  # never closed: no answer
    assert strip_reasoning(f"<thinking>x</thinking>{JS}")[0] == JS


def test_json_out_of_fences_and_chatter():
    assert json.loads(extract_json(f"以下是结果：\n```json\n{JS}\n```\n如有疑问请告知。")) == ANSWER
    assert json.loads(extract_json(f"好的，结果如下：{JS} 以上共 [1] 项。")) == ANSWER
    assert extract_json("抱歉，我无法回答。") is None
    assert extract_json("") is None


def test_json_mode_answer_with_reasoning_field_and_think_block():
    c = completion(
        content=f"<think>草稿 {{}}</think>```json\n{JS}\n```", reasoning_content="思维链"
    )
    notes = normalise_completion(c, "json", [])
    msg = c["choices"][0]["message"]
    assert msg["content"] == JS and "reasoning_content" not in msg
    assert notes.reasoning_chars > 0 and notes.extracted


def test_tool_call_accepted_where_content_was_asked_and_the_reverse():
    c = completion(content=None, tool_args=JS)
    assert normalise_completion(c, "json", []).moved == "tool->content"
    assert (
        c["choices"][0]["message"]["content"] == JS and not c["choices"][0]["message"]["tool_calls"]
    )
    c = completion(content=f"```json\n{JS}\n```")
    assert normalise_completion(c, "tools", []).moved == "content->tool"
    call = c["choices"][0]["message"]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == ANSWER
    c = completion(content=None, tool_args=f"结果：```json\n{JS}\n```")  # fenced arguments
    normalise_completion(c, "tools", [])
    assert (
        json.loads(c["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == ANSWER
    )


def test_secrets_are_redacted_from_answers():
    echoed = JS.replace("有数值和单位", f"密钥 {KEY}")
    c = completion(content=echoed, reasoning_content=f"key {KEY}")
    assert normalise_completion(c, "json", [KEY]).redacted
    assert KEY not in json.dumps(c)


def test_complete_json_cut_in_trailing_chatter_is_not_truncated():
    c = completion(content=f"{JS}\n补充说明：该项目的", finish="length")
    normalise_completion(c, "json", [])
    assert c["choices"][0]["finish_reason"] == "stop"
    c = completion(content=JS[:-10], finish="length")
    normalise_completion(c, "json", [])
    assert c["choices"][0]["finish_reason"] == "length"


def test_every_fallback_reason_is_explained_in_chinese():
    for reason in FallbackReason:
        text = explain(reason)
        assert text and text != reason.value and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert explain("some_other_code") == "some_other_code"


def test_an_answer_cut_off_is_not_mistaken_for_the_object_nested_in_it():
    cut = JS[: JS.index("有数值") + 2]  # inside a string of the first row
    assert extract_json(cut) is None
    assert extract_json(f"说明{{注}}：{JS}") == JS  # a brace in chatter is skipped
    assert extract_json(JS[:-2]) is None
