"""Per-run state shared by the rules: configuration, language and memoised document facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.config import AuditConfig


@dataclass
class RuleContext:
    config: AuditConfig = field(default_factory=AuditConfig)
    lang: str = "zh"
    memo: dict[object, object] = field(default_factory=dict)  # per-run cache, rule-chosen keys
