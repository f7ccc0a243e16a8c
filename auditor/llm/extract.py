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
from auditor.llm.errors import explain
from auditor.llm.prompts import prompt_version, render
from auditor.llm.schemas import ExtractedTable
from auditor.llm.settings import load_llm_settings
from auditor.models import Document, IndicatorRow, Table, UnparsedRegion

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
        ans, _ = await client.ask_cached(
            ExtractedTable,
            render(TEMPLATE, data={"text": text}),
            prompt_version=pv,
            cache_content={"text": squeeze(text)},
        )
    except ItemFailure as exc:
        raise ExtractionFailed(exc.reason, exc.detail) from None
    source = squeeze(text)
    table = Table(
        index=index,
        kind=ans.kind,
        project=ans.project,
        budget_wan=ans.budget_wan,
        goal=ans.goal,
        extracted_by=client.model_id,
    )
    dropped = 0
    for r in ans.rows:
        if squeeze(r.level3) not in source or (r.value and squeeze(r.value) not in source):
            dropped += 1
            continue
        table.rows.append(
            IndicatorRow(
                index=len(table.rows) + 1,
                level1=r.level1,
                level2=r.level2,
                level3=r.level3,
                description=r.description,
                value=r.value,
                basis=r.basis,
                parsed=parse_value(r.value),
                notes=[f"由模型 {client.model_id} 还原（提示词 {pv}）"],
            )
        )
    if not table.rows:
        raise ExtractionFailed("no_rows", f"{dropped} rows not found in the source text")
    if dropped:
        table.rows[0].notes.append(f"模型输出中有 {dropped} 行在原文中找不到，已丢弃")
    return table


def llm_extract_table(text_block: str, client: LLMClient, index: int = 1) -> Table:
    """Synchronous wrapper (runs its own event loop; use the async variant inside a loop)."""

    async def main() -> Table:
        try:
            return await llm_extract_table_async(text_block, client, index)
        finally:
            await client.aclose()

    return asyncio.run(main())


async def _recover(regions: list[tuple[Document, UnparsedRegion]], client: LLMClient) -> int:
    added = 0
    try:
        for doc, region in regions:
            try:
                table = await llm_extract_table_async(
                    region.text, client, index=len(doc.tables) + 1
                )
            except ExtractionFailed as exc:
                doc.warnings.append(f"表“{region.title}”模型辅助提取失败：{explain(exc.reason)}")
                continue
            table.title = region.title
            table.location = region.location
            doc.tables.append(table)
            region.recovered_by = client.model_id
            doc.warnings.append(
                f"表{table.index}“{region.title}”由模型 {client.model_id} 辅助提取，请人工核对"
            )
            added += 1
    finally:
        await client.aclose()
    return added


def recover_unparsed(
    docs: list[Document], config: object = None, client: LLMClient | None = None
) -> int:
    """LLM-assisted extraction of every `Document.unparsed` region, when an endpoint is configured.

    Each rebuilt table is appended after the rule-extracted ones (its index continues the
    numbering), marked `extracted_by` = model id, and the region records `recovered_by`; a
    failure leaves the region listed (and a warning) — nothing is dropped. Returns the number of
    tables added. Without an endpoint, or offline, it does nothing."""
    regions = [(d, u) for d in docs for u in d.unparsed if u.recovered_by is None]
    if not regions:
        return 0
    if client is not None:
        return asyncio.run(_recover(regions, client))
    settings = None if getattr(config, "offline", False) else load_llm_settings(config)
    if settings is None:
        return 0
    own = LLMClient(settings)
    try:
        return asyncio.run(_recover(regions, own))
    finally:
        own.cache.close()
