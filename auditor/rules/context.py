"""Per-run state shared by the rules: configuration, language and memoised document facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RuleContext:
    config: Any = None  # auditor.config.AuditConfig (kept loose to avoid an import cycle)
    lang: str = "zh"
    memo: dict[str, Any] = field(
        default_factory=dict
    )  # per-run cache, keyed by rule-chosen strings
