"""Shared pytest fixtures: paths to the sample corpus and the gold data."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.goldsets import corpus_dir, gold_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    files = sorted(corpus_dir().glob("*.txt"))
    assert len(files) == 5, "the sample corpus must be bundled in samples/corpus"
    return files


@pytest.fixture(scope="session")
def extracted_corpus(corpus_files):
    from auditor.pipeline import extract_document

    return [extract_document(p) for p in corpus_files]


def pytest_report_header(config):
    return f"gold data: {gold_dir()}"
