"""Batch processing of many disclosures into the results store (local processes or Ray)."""

from auditor.batch.plan import NoInputs, county_of, province_of
from auditor.batch.runner import EXECUTORS, BatchResult, Event, run_batch
from auditor.batch.work import Outcome, process_file

__all__ = [
    "EXECUTORS",
    "BatchResult",
    "Event",
    "NoInputs",
    "Outcome",
    "county_of",
    "process_file",
    "province_of",
    "run_batch",
]
