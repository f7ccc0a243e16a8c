"""Model columns of a benchmark run: the offline grader and any OpenAI-compatible models.

A column is `[ALIAS=]MODEL@BASE_URL[#KEY_ENV]` (or `offline`). While a column grades, the
AUDITOR_LLM_* endpoint variables are pinned to it (`llm_env`), so one provider's key never
reaches another provider's endpoint.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from auditor.config import AuditConfig, load_config
from auditor.llm.prompts import PROMPTS_DIR, prompt_version
from auditor.llm.settings import load_llm_settings, public_endpoint

OFFLINE = "offline"
LLM_ENV = (
    "AUDITOR_LLM_BASE_URL",
    "AUDITOR_LLM_MODEL",
    "AUDITOR_LLM_PROVIDER",
    "AUDITOR_LLM_API_KEY",
)
PUBLIC_SETTINGS = (
    "provider",
    "mode",
    "temperature",
    "max_concurrency",
    "max_retries",
    "timeout",
    "cache",
    "max_cost",
)


@dataclass
class ModelSpec:
    name: str  # column name in the comparison
    model: str | None = None  # None = offline heuristic grader
    base_url: str | None = None
    key_env: str | None = None  # environment variable holding this column's API key

    @property
    def offline(self) -> bool:
        return self.model is None

    @classmethod
    def parse(cls, spec: str) -> ModelSpec:
        """ "offline" | "MODEL" | "MODEL@BASE_URL" | "ALIAS=MODEL@BASE_URL", each optionally followed by
        "#KEY_ENV" (the environment variable with this column's API key)."""
        spec = spec.strip()
        key_env = None
        if "#" in spec:
            spec, key_env = spec.rsplit("#", 1)
            key_env = key_env.strip() or None
        if spec.lower() in (OFFLINE, "heuristic", "none"):
            return cls(OFFLINE)
        alias = None
        if "=" in spec.split("@", 1)[0]:
            alias, spec = spec.split("=", 1)
        model, _, url = spec.partition("@")
        if not model:
            raise ValueError(f"bad --model {spec!r}: expected MODEL@BASE_URL")
        return cls(alias or model, model, url or None, key_env)

    def public(self, config: AuditConfig | None = None) -> dict[str, Any]:
        """Column description for run.json: model id, endpoint without credentials, LLM settings."""
        out: dict[str, Any] = {
            "name": self.name,
            "model": self.model or "heuristic",
            "base_url": public_endpoint(self.base_url) if self.base_url else None,
        }
        if not self.offline and config is not None:
            with llm_env(self):
                st = load_llm_settings(config)
            if st is not None:
                out["base_url"] = st.endpoint
                out["settings"] = {k: getattr(st, k) for k in PUBLIC_SETTINGS}
        return out


def prompt_templates() -> dict[str, str]:
    """Version (template stem + content hash) of every prompt template shipped with the code."""
    return {
        p.name: prompt_version(p.name)
        for p in sorted(PROMPTS_DIR.glob("*.j2"))
        if not p.name.startswith("_")
    }


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _column_key(spec: ModelSpec, saved: dict[str, str | None]) -> str | None:
    """The column's own key variable, else the generic key only for the generic key's own host."""
    key = os.environ.get(spec.key_env) if spec.key_env else None
    same_host = not spec.base_url or _host(spec.base_url) == _host(
        saved["AUDITOR_LLM_BASE_URL"] or ""
    )
    if key is None and same_host:
        key = saved["AUDITOR_LLM_API_KEY"]
    return key


@contextlib.contextmanager
def llm_env(spec: ModelSpec) -> Iterator[None]:
    """The endpoint environment variables win over the config in auditor.llm.settings; pin them to
    this column's model for the duration of its grading (and clear them for the offline column)."""
    saved = {k: os.environ.get(k) for k in LLM_ENV}
    try:
        for k in LLM_ENV:
            os.environ.pop(k, None)
        if not spec.offline:
            base_url = spec.base_url or saved["AUDITOR_LLM_BASE_URL"]
            if base_url:
                os.environ["AUDITOR_LLM_BASE_URL"] = base_url
            os.environ["AUDITOR_LLM_MODEL"] = spec.model or ""
            key = _column_key(spec, saved)
            if key:
                os.environ["AUDITOR_LLM_API_KEY"] = key
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def config_for(
    spec: ModelSpec, config_file: Path | None, base_overrides: dict[str, Any] | None = None
) -> AuditConfig:
    ov = dict(base_overrides or {})
    if spec.offline:
        ov["offline"] = True
    else:
        llm: dict[str, Any] = {"model": spec.model}
        if spec.base_url:
            llm["base_url"] = spec.base_url
        ov["offline"] = False
        ov["llm"] = {**(ov.get("llm") or {}), **llm}
    return load_config(config_file, ov)


def model_specs(models: Sequence[str | ModelSpec] | None) -> list[ModelSpec]:
    """The columns of a run: the offline grader first, then the models given; names distinct."""
    specs = [m if isinstance(m, ModelSpec) else ModelSpec.parse(m) for m in (models or [])]
    if not any(s.offline for s in specs):
        specs.insert(0, ModelSpec(OFFLINE))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ValueError(
            f"model columns must have distinct names, got {names} (use ALIAS=MODEL@URL)"
        )
    return specs
