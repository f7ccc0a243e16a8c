"""LLM stage infrastructure: OpenAI-compatible client (openai + instructor + tenacity), provider
profiles, on-disk answer cache, usage/budget accounting, prompt templates and answer schemas.

Nothing here is needed offline: without an endpoint the graders in auditor.grade run alone.
"""

from auditor.llm.settings import LLMSettings, load_llm_settings

__all__ = ["LLMSettings", "load_llm_settings"]
