"""LLM-stage cost benchmark against the fake OpenAI-compatible server.

For the sample corpus (extracted with auditor.pipeline.extract_document from samples/corpus/*.txt,
or the gold extraction when the extractor is unavailable) it prints:

* requests and prompt+completion tokens of the project's approach (one request per project,
  each distinct row once, rewrite re-asks included) vs a naive one-request-per-row approach that
  uses the same prompt template (one row per request, no dedupe, no cache);
* wall time of the project's approach with the fake server at a fixed simulated latency vs the
  ideal requests x latency / concurrency;
* a second run on the same cache (expected: 0 requests).

Targets: tokens <= 20 % of naive; wall time <= 1.5 x ideal; second run 0 requests.

    python benchmarks/bench_llm.py [--latency 0.3] [--concurrency 8] [--mode tools]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import contextlib  # noqa: E402

from fake_llm_server import FakeLLMServer  # noqa: E402

from auditor.grade import grade_documents  # noqa: E402
from auditor.grade.llm_grader import GRADE_TEMPLATE, RowGroup  # noqa: E402
from auditor.llm.cache import NullCache  # noqa: E402
from auditor.llm.client import ItemFailure, LLMClient  # noqa: E402
from auditor.llm.prompts import render  # noqa: E402
from auditor.llm.schemas import ProjectAnswer  # noqa: E402
from auditor.llm.settings import LLMSettings  # noqa: E402


def load_docs():
    docs, how = [], "extractor (samples/corpus/*.txt)"
    try:
        from auditor.pipeline import extract_document

        for p in sorted((ROOT / "samples" / "corpus").glob("*.txt")):
            docs.append(extract_document(p))
    except Exception as exc:
        from auditor.goldsets import gold_documents

        docs, how = gold_documents(), f"gold extraction ({type(exc).__name__} from the extractor)"
    try:
        from auditor.pipeline import check_document

        for d in docs:
            check_document(d)
    except Exception as exc:
        how += f"; rules unavailable ({type(exc).__name__})"
    return docs, how


def settings(url: str, args, cache_dir: str, **kw) -> LLMSettings:
    return LLMSettings(
        base_url=url,
        model="fake-model",
        api_key="sk-bench-not-a-real-key",
        mode=args.mode,
        max_concurrency=args.concurrency,
        timeout=30,
        cache_dir=cache_dir,
        **kw,
    )


async def naive(docs, client: LLMClient) -> None:
    """One request per row with the same template (single-row data, no dedupe, no cache)."""

    async def one(table, row):
        g = RowGroup(key=())
        g.refs.append((doc_of[id(table)], table, row))
        data = {
            "table_kind": "项目绩效目标表" if table.kind == "project" else "整体绩效目标表",
            "project": table.project,
            "budget_wan": table.budget_wan,
            "goal": table.goal,
            "goal_review_needed": False,
            "other_indicators": [],
            "rows_to_grade": [g.payload("r1")],
        }
        with contextlib.suppress(ItemFailure):
            await client.ask(
                ProjectAnswer,
                render(GRADE_TEMPLATE, data=data),
                validation_context={"row_ids": ["r1"]},
            )

    doc_of = {id(t): d for d in docs for t in d.tables}
    await asyncio.gather(*(one(t, r) for d in docs for t, r in d.rows()))
    await client.aclose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--latency", type=float, default=0.3)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--mode", default="tools", choices=["tools", "json", "md_json"])
    args = ap.parse_args()

    docs, how = load_docs()
    n_rows = sum(len(t.rows) for d in docs for t in d.tables)
    n_tables = sum(len(d.tables) for d in docs)
    print(f"corpus: {len(docs)} documents, {n_tables} tables, {n_rows} rows — {how}")

    cache_dir = tempfile.mkdtemp(prefix="bench-llm-")
    with FakeLLMServer(latency=args.latency) as srv:
        cl = LLMClient(settings(srv.base_url, args, cache_dir))
        t0 = time.perf_counter()
        grade_documents(docs, client=cl)
        wall = time.perf_counter() - t0
        ours = cl.ledger
        assert ours.requests == len(srv.requests), "client and server request counts differ"
        ideal = ours.requests * args.latency / args.concurrency
        srv.reset()
        docs2, _ = load_docs()
        cl2 = LLMClient(settings(srv.base_url, args, cache_dir))
        t1 = time.perf_counter()
        grade_documents(docs2, client=cl2)
        wall2 = time.perf_counter() - t1
        second = cl2.ledger

    with FakeLLMServer(latency=0.0) as srv0:
        nv = LLMClient(settings(srv0.base_url, args, cache_dir, cache=False), cache=NullCache())
        asyncio.run(naive(docs, nv))
        naive_l = nv.ledger

    ours_tok = ours.prompt_tokens + ours.completion_tokens
    naive_tok = naive_l.prompt_tokens + naive_l.completion_tokens
    fallbacks = sum(1 for d in docs for _, r in d.rows() if r.grade and r.grade.fallback_reason)
    print(f"\n{'':26}{'requests':>10}{'prompt tok':>12}{'compl. tok':>12}{'total tok':>12}")
    print(
        f"{'project approach':26}{ours.requests:>10}{ours.prompt_tokens:>12}{ours.completion_tokens:>12}{ours_tok:>12}"
    )
    print(
        f"{'naive (1 request/row)':26}{naive_l.requests:>10}{naive_l.prompt_tokens:>12}{naive_l.completion_tokens:>12}{naive_tok:>12}"
    )
    print(
        f"{'second run (cache)':26}{second.requests:>10}{second.prompt_tokens:>12}{second.completion_tokens:>12}"
        f"{second.prompt_tokens + second.completion_tokens:>12}   cache hits {second.cache_hits}"
    )
    ratio = ours_tok / naive_tok if naive_tok else float("nan")
    print(
        f"\ntokens: {ratio:.1%} of naive (target <= 20%)   requests: {ours.requests / max(1, naive_l.requests):.1%} of naive"
    )
    print(
        f"wall time: {wall:.2f} s vs ideal {ideal:.2f} s = {ours.requests} req x {args.latency} s / {args.concurrency}"
        f" -> {wall / ideal if ideal else float('nan'):.2f}x (target <= 1.5x)"
    )
    print(
        f"second run: {second.requests} requests, {wall2:.2f} s;  fallbacks in first run: {fallbacks};"
        f"  retries: {ours.retries}"
    )
    ok = ratio <= 0.20 and (wall <= 1.5 * ideal) and second.requests == 0
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
