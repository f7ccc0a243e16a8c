"""The chat-completions wire format (auditor.llm.wire) and the send gate (auditor.llm.sending)."""

from __future__ import annotations

import asyncio
import json

import pytest
from pydantic import ValidationError

from auditor.llm.errors import classify
from auditor.llm.reasons import FallbackReason
from auditor.llm.schemas import GoalReviewAnswer
from auditor.llm.sending import SendGate
from auditor.llm.wire import AnswerError, answer_text, mode_fields, prepare, reask

MESSAGES = [
    {"role": "system", "content": "任务代码: goal_review\n固定说明（json）"},
    {"role": "user", "content": "<<<DATA\n{}\nDATA>>>"},
]
ANSWER = '{"aligned": true, "assessable": false, "unmeasured_goals": [], "reasons": ["理由"]}'


def completion(content=None, tool_args=None, finish="stop", **extra) -> dict:
    msg: dict = {"role": "assistant", "content": content, **extra}
    if tool_args is not None:
        msg["tool_calls"] = [
            {"id": "c9", "type": "function", "function": {"name": "X", "arguments": tool_args}}
        ]
    return {"choices": [{"index": 0, "message": msg, "finish_reason": finish}]}


def test_json_modes_put_the_schema_after_the_fixed_instructions():
    for mode in ("json", "md_json"):
        msgs = prepare(mode, GoalReviewAnswer, MESSAGES)
        system = msgs[0]["content"]
        assert system.startswith(MESSAGES[0]["content"])  # the cached prefix stays first
        assert '"unmeasured_goals"' in system and "\\u" not in system
        assert MESSAGES[0]["content"] == "任务代码: goal_review\n固定说明（json）"  # not edited
    assert "```json" in prepare("md_json", GoalReviewAnswer, MESSAGES)[-1]["content"]
    assert prepare("tools", GoalReviewAnswer, MESSAGES) == MESSAGES
    tools = mode_fields("tools", GoalReviewAnswer)
    assert tools["tool_choice"]["function"]["name"] == "GoalReviewAnswer"
    assert "unmeasured_goals" in tools["tools"][0]["function"]["parameters"]["properties"]
    assert mode_fields("json", GoalReviewAnswer) == {"response_format": {"type": "json_object"}}
    assert mode_fields("md_json", GoalReviewAnswer) == {}


@pytest.mark.parametrize(
    "comp, mode, reason",
    [
        (completion(ANSWER[:-5], finish="length"), "json", FallbackReason.TRUNCATED),
        (
            completion("抱歉，我无法协助。", refusal="抱歉，我无法协助。"),
            "json",
            FallbackReason.REFUSAL,
        ),
        (completion("抱歉，我无法协助。"), "tools", FallbackReason.REFUSAL),
        (completion("抱歉，我无法协助。"), "json", FallbackReason.REFUSAL),
        (completion(""), "json", FallbackReason.EMPTY),
        (completion(None), "tools", FallbackReason.EMPTY),
        ({"choices": []}, "json", FallbackReason.EMPTY),
    ],
)
def test_answers_without_json_are_typed(comp, mode, reason):
    with pytest.raises(AnswerError) as err:
        answer_text(comp, mode)
    assert classify(err.value) is reason


def test_answer_text_and_reask_per_mode():
    assert answer_text(completion(ANSWER), "json") == ANSWER
    assert answer_text(completion(None, tool_args=ANSWER), "tools") == ANSWER
    bad = completion(None, tool_args='{"aligned": "maybe"}', reasoning_content="思考")
    with pytest.raises(ValidationError) as err:
        GoalReviewAnswer.model_validate_json(answer_text(bad, "tools"))
    assistant, tool = reask("tools", bad, err.value)
    assert assistant["tool_calls"][0]["id"] == tool["tool_call_id"] == "c9"
    assert "reasoning_content" not in assistant and "aligned" in tool["content"]
    assistant, user = reask("json", completion('{"aligned": "maybe"}'), err.value)
    assert user["role"] == "user" and assistant["content"] == '{"aligned": "maybe"}'
    json.dumps([assistant, user], ensure_ascii=False)  # sendable as they are


def test_send_gate_lets_ready_requests_go_before_waiting_work():
    order: list[str] = []

    async def main() -> None:
        gate = SendGate()
        gate.reset_loop()
        mark = gate.start()

        async def sender() -> None:
            await asyncio.sleep(0.01)  # still building its request
            order.append("sent")
            gate.end(mark)
            gate.end(mark)  # ending twice is harmless

        async def parser() -> None:
            await gate.idle()
            order.append("parsed")

        await asyncio.gather(parser(), sender())
        assert not gate.busy

    asyncio.run(main())
    assert order == ["sent", "parsed"]
