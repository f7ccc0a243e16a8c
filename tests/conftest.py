"""Shared pytest fixtures: the sample corpus and its gold (eval/datasets/gold.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.evaluation.dataset import DEFAULT_DATASET
from auditor.goldsets import corpus_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _ocr_page_cache(tmp_path_factory):
    """OCR page cache of the test session in a temporary folder, never the user's cache (pytest
    runs the tests in one process; batch workers inherit the environment)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("AUDITOR_OCR_CACHE", str(tmp_path_factory.mktemp("ocr-cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(corpus_dir().glob("*.txt"))
    assert files, "the sample corpus must be bundled in samples/corpus"
    return files


@pytest.fixture(scope="session")
def extracted_corpus(corpus_files):
    from auditor.pipeline import extract_document

    return [extract_document(p) for p in corpus_files]


def pytest_report_header(config):
    return f"gold data: {DEFAULT_DATASET}"
