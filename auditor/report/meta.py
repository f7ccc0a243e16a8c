"""Run metadata for report footers: tool version, rules, graders, prompts, tokens and cost."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from auditor import __version__
from auditor.config import AuditConfig
from auditor.models import Document
from auditor.rules.base import REGISTRY
from auditor.scoring import formula_text


def run_meta(docs: list[Document], config: AuditConfig | None = None) -> dict[str, Any]:
    """Run metadata for report footers: versions, rules, graders, prompts, tokens and cost."""
    graders: set[str] = set()
    prompts: set[str] = set()
    for d in docs:
        for _, r in d.rows():
            if r.grade:
                graders.add(r.grade.grader)
                if r.grade.prompt_version:
                    prompts.add(r.grade.prompt_version)
        for t in d.tables:
            if t.goal_review:
                graders.add(t.goal_review.grader)
                if t.goal_review.prompt_version:
                    prompts.add(t.goal_review.prompt_version)
    usage = {
        "requests": 0,
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "cached_tokens": 0,
        "cache_hits": 0,
        "estimated_cost": 0.0,
        "fallbacks": 0,
    }
    for d in docs:
        if d.llm_usage:
            for k in usage:
                usage[k] += getattr(d.llm_usage, k)
    llm_model = config.llm.get("model") if config is not None else None
    return {
        "tool": "indicator-auditor",
        "version": __version__,
        "date": _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip(),
        "rules": len(REGISTRY),
        "select": ",".join(config.select) if config is not None else "ALL",
        "ignore": ",".join(config.ignore) if config is not None else "",
        "graders": sorted(graders) or ["未评分"],
        "model": llm_model or None,
        "offline": config is not None and config.offline,
        "prompts": sorted(prompts),
        "usage": usage,
        "formula": formula_text("zh"),
    }
