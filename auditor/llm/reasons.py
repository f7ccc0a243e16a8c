"""Why a row was graded offline instead of by the model: a typed reason and its Chinese text.

Every row that falls back carries one `FallbackReason` value in `Grade.fallback_reason` (and a
goal review in `GoalReview.fallback_reason`); reports show `explain(reason)`. No third-party
import here, so the report stage can use it without loading the LLM client.
"""

from __future__ import annotations

from enum import StrEnum


class FallbackReason(StrEnum):
    """Why an item was graded offline instead of by the model (stable codes, stored in reports)."""

    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    AUTH = "auth"
    BAD_REQUEST = "bad_request"
    MALFORMED_JSON = "malformed_json"
    SCHEMA_INVALID = "schema_invalid"
    EMPTY = "empty_answer"
    REFUSAL = "refusal"
    TRUNCATED = "truncated"
    BUDGET = "budget"
    DEADLINE = "deadline"
    CIRCUIT_OPEN = "circuit_open"
    MISSING = "missing"
    SUSPECTED_PROMPT_INJECTION = "suspected_prompt_injection"
    LLM_STAGE_ERROR = "llm_stage_error"
    ERROR = "error"

    @property
    def text(self) -> str:
        return _TEXT[self]


_TEXT: dict[FallbackReason, str] = {
    FallbackReason.RATE_LIMIT: "模型接口限流（429），重试后仍失败",
    FallbackReason.SERVER_ERROR: "模型接口服务器错误（5xx），重试后仍失败",
    FallbackReason.TIMEOUT: "模型请求超时，重试后仍失败",
    FallbackReason.CONNECTION: "无法连接模型接口",
    FallbackReason.AUTH: "模型接口拒绝了 API 密钥（401/403），请检查密钥和权限",
    FallbackReason.BAD_REQUEST: "模型接口不接受该请求（400/404/422，如参数或模型名不受支持）",
    FallbackReason.MALFORMED_JSON: "模型返回的 JSON 格式错误，重新提问后仍失败",
    FallbackReason.SCHEMA_INVALID: "模型返回的内容不符合结构要求，重新提问后仍失败",
    FallbackReason.EMPTY: "模型返回了空答复",
    FallbackReason.REFUSAL: "模型拒绝回答或未按要求调用",
    FallbackReason.TRUNCATED: "模型答复超出输出长度上限被截断，加大上限并拆分请求后仍失败",
    FallbackReason.BUDGET: "已达到本次运行的请求/费用预算",
    FallbackReason.DEADLINE: "已超过模型评审的时限（单个文件或整次运行）",
    FallbackReason.CIRCUIT_OPEN: "模型接口连续多次失败，本次运行已停止调用（熔断）",
    FallbackReason.MISSING: "模型答复中缺少该行",
    FallbackReason.SUSPECTED_PROMPT_INJECTION: "指标文本疑似包含对模型的指令，改用离线评级",
    FallbackReason.LLM_STAGE_ERROR: "模型评审阶段内部错误",
    FallbackReason.ERROR: "模型调用出现未知错误",
}


def explain(reason: str | None) -> str:
    """Chinese explanation of a fallback reason code (the code itself when unknown)."""
    if not reason:
        return ""
    try:
        return FallbackReason(reason).text
    except ValueError:
        return reason
