"""Deadlines and the circuit breaker (auditor.llm.guard) against a hung or slow fake endpoint.

Short timeouts and latencies keep these fast; the same code with the defaults (60 s per request,
100 s per document, breaker after 4 failures) is measured by `benchmarks/bench_llm.py --hang`.
"""

from __future__ import annotations

import time

import pytest
from fake_llm_server import FakeLLMServer
from test_llm import make_doc

from auditor.grade import grade_documents
from auditor.llm.client import LLMClient
from auditor.llm.errors import FallbackReason
from auditor.llm.guard import CircuitBreaker, DocumentClock
from auditor.llm.settings import LLMSettings

MODEL = "fake-guard"


def client(url: str, tmp_path, **kw) -> LLMClient:
    opts = {"timeout": 0.4, "retry_base_wait": 0.01, "max_retry_wait": 0.05, "max_concurrency": 4}
    opts["batch_rows"] = 1  # one project per request: the guards are timed in project requests
    opts.update(kw)
    return LLMClient(
        LLMSettings(
            base_url=url,
            model=MODEL,
            api_key="sk-guard-test-123456",
            cache_dir=str(tmp_path),
            **opts,
        )
    )


def reasons(doc) -> set[str | None]:
    return {r.grade.fallback_reason for _, r in doc.rows()}


def test_hung_endpoint_trips_the_breaker_and_everything_degrades_at_once(tmp_path):
    with FakeLLMServer(quirk="hang", hang_seconds=5.0) as srv:
        doc = make_doc([f"项目{i}" for i in range(8)])
        cl = client(srv.base_url, tmp_path, breaker_failures=3, deadline=30)
        t0 = time.monotonic()
        grade_documents([doc], client=cl)
        elapsed = time.monotonic() - t0
        sent = len(srv.requests)
    assert elapsed < 3.0  # one timeout wave (0.4 s), not 8 projects x retries x timeouts
    # the first wave, its retries and the requests started in the slots freed by the failures
    # before the third (the breaker's threshold): bounded by waves, whatever the timing
    assert cl.breaker.opened and sent <= 3 * 4
    assert reasons(doc) <= {FallbackReason.TIMEOUT.value, FallbackReason.CIRCUIT_OPEN.value}
    assert FallbackReason.CIRCUIT_OPEN.value in reasons(doc)
    assert all(
        r.grade.grader == "heuristic" and "离线评级" in r.grade.reasons[-1] for _, r in doc.rows()
    )
    assert any("熔断" in w for w in doc.warnings)  # the document says so
    assert all(t.goal_review.fallback_reason for t in doc.tables)


def test_document_deadline_stops_a_slow_endpoint(tmp_path):
    with FakeLLMServer(latency=0.5) as srv:
        doc = make_doc([f"项目{i}" for i in range(6)])
        cl = client(srv.base_url, tmp_path, timeout=5, max_concurrency=1, deadline=1.2)
        t0 = time.monotonic()
        grade_documents([doc], client=cl)
        elapsed = time.monotonic() - t0
    assert elapsed < 1.2 + 1.0
    got = reasons(doc)
    assert None in got and FallbackReason.DEADLINE.value in got  # some graded, the rest marked
    assert any("时限" in w for w in doc.warnings)


def test_run_deadline_covers_all_documents(tmp_path):
    with FakeLLMServer(latency=0.4) as srv:
        docs = [make_doc(["项目甲", "项目乙"], "a.txt"), make_doc(["项目丙", "项目丁"], "b.txt")]
        cl = client(
            srv.base_url, tmp_path, timeout=5, max_concurrency=1, deadline=0, run_deadline=0.9
        )
        t0 = time.monotonic()
        grade_documents(docs, client=cl)
        assert time.monotonic() - t0 < 0.9 + 1.0
    assert FallbackReason.DEADLINE.value in reasons(docs[1])


def test_document_clock_starts_with_the_documents_first_item(tmp_path):
    """Documents queued behind others keep their whole deadline."""
    with FakeLLMServer(latency=0.5) as srv:
        docs = [make_doc(["项目甲", "项目乙"], "a.txt"), make_doc(["项目丙"], "b.txt")]
        cl = client(srv.base_url, tmp_path, timeout=5, max_concurrency=1, deadline=1.6)
        grade_documents(docs, client=cl)
    assert reasons(docs[0]) == {None} and reasons(docs[1]) == {None}
    clock = DocumentClock(10.0)
    assert (
        clock.deadline_for(1) == clock.deadline_for(1) and DocumentClock(0).deadline_for(1) is None
    )


def test_breaker_counts_endpoint_failures_only():
    b = CircuitBreaker(threshold=3, burst=8)
    for reason in (
        FallbackReason.RATE_LIMIT,
        FallbackReason.MALFORMED_JSON,
        FallbackReason.TIMEOUT,
    ):
        b.failure(reason)
    assert b.consecutive == 1 and not b.opened  # a 429 or a bad answer is the endpoint working
    b.success()
    for _ in range(5):  # first attempts failing together (concurrency): their retries may work
        b.failure(FallbackReason.SERVER_ERROR, retry=False)
    assert not b.opened
    b.failure(FallbackReason.SERVER_ERROR, retry=True)  # a retry failed again
    assert b.opened
    b = CircuitBreaker(threshold=2, burst=3)  # retries cut off (by deadlines): more than a burst
    for _ in range(4):
        b.failure(FallbackReason.TIMEOUT, retry=False)
    assert not b.opened
    b.failure(FallbackReason.TIMEOUT, retry=False)
    assert b.opened
    assert not CircuitBreaker(threshold=0).opened


@pytest.mark.parametrize("status", ["500"])
def test_breaker_opens_on_repeated_5xx_and_stops_sending(tmp_path, status):
    with FakeLLMServer(default=status) as srv:
        doc = make_doc([f"项目{i}" for i in range(6)])
        cl = client(srv.base_url, tmp_path, breaker_failures=4, max_concurrency=1)
        grade_documents([doc], client=cl)
        assert len(srv.requests) == 4  # 1st project: 1 + 3 retries; then no request left
    assert FallbackReason.CIRCUIT_OPEN.value in reasons(doc)
