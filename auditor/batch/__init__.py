"""Batch processing of many disclosures into the results store (local processes or Ray)."""

from auditor.batch.executors import EXECUTORS, process_file
from auditor.batch.runner import BatchResult, county_of, run_batch, run_corpus_pass, sha256_file

__all__ = [
    "EXECUTORS",
    "BatchResult",
    "county_of",
    "process_file",
    "run_batch",
    "run_corpus_pass",
    "sha256_file",
]
