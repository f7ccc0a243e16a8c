"""LLM-assisted extraction of one performance table the deterministic extractor could not rebuild.

Same contract as the rule-based extractor: a `Table` whose rows are `IndicatorRow`s with parsed
values; `Table.extracted_by` is the model id (never "rules"), so LLM-extracted tables are never
silently mixed with rule-extracted ones. The answer is checked against the source text: every
indicator name and value must occur in the text block (whitespace ignored), otherwise the row is
dropped and a note is kept, because an extraction must not invent rows.
"""

from __future__ import annotations

import asyncio

from auditor.extract.normalize import squeeze
from auditor.extract.values import parse_value
from auditor.llm.client import ItemFailure, LLMClient
from auditor.llm.prompts import prompt_version, render
from auditor.llm.schemas import ExtractedTable
from auditor.models import IndicatorRow, Table

TEMPLATE = "extract_table.j2"
MAX_CHARS = 12000


class ExtractionFailed(Exception):
    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


async def llm_extract_table_async(text_block: str, client: LLMClient, index: int = 1) -> Table:
    text = text_block[:MAX_CHARS]
    pv = prompt_version(TEMPLATE)
    try:
        ans, _ = await client.ask_cached(ExtractedTable, render(TEMPLATE, data={"text": text}), prompt_version=pv,
                                         cache_content={"text": squeeze(text)})
    except ItemFailure as exc:
        raise ExtractionFailed(exc.reason, exc.detail) from None
    source = squeeze(text)
    table = Table(index=index, kind=ans.kind, project=ans.project, budget_wan=ans.budget_wan, goal=ans.goal,
                  extracted_by=client.model_id)
    dropped = 0
    for r in ans.rows:
        if squeeze(r.level3) not in source or (r.value and squeeze(r.value) not in source):
            dropped += 1
            continue
        table.rows.append(IndicatorRow(
            index=len(table.rows) + 1, level1=r.level1, level2=r.level2, level3=r.level3, description=r.description,
            value=r.value, basis=r.basis, parsed=parse_value(r.value),
            notes=[f"由模型 {client.model_id} 还原（提示词 {pv}）"],
        ))
    if not table.rows:
        raise ExtractionFailed("no_rows", f"{dropped} rows not found in the source text")
    if dropped:
        table.rows[0].notes.append(f"模型输出中有 {dropped} 行在原文中找不到，已丢弃")
    return table


def llm_extract_table(text_block: str, client: LLMClient, index: int = 1) -> Table:
    """Synchronous wrapper (runs its own event loop; use the async variant inside a loop)."""

    async def main():
        try:
            return await llm_extract_table_async(text_block, client, index)
        finally:
            await client.aclose()

    return asyncio.run(main())
