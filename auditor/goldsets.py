"""The development gold (the sample corpus's labels) as pipeline objects, for tests and benchmarks.

Everything here reads the project's own dataset, `eval/datasets/gold.jsonl`, through the eval
harness's loader (auditor.evaluation.dataset). Nothing reads ../shared: that folder is only an
import source (`auditor eval import-gold DIR` rebuilds the dataset from it).

`gold_documents()` gives the gold extraction as `Document`s, so rules, graders and reports can be
exercised on exactly the labelled rows, independently of the extractor. `row_labels()` and
`table_labels()` give the labels keyed the way findings are located.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from auditor.evaluation.convert import item_to_document
from auditor.evaluation.dataset import (
    DEFAULT_CORPUS,
    DEFAULT_DATASET,
    Dataset,
    GoldRow,
    GoldTable,
    load_dataset,
)
from auditor.models import Document


@dataclass(frozen=True)
class LabelledRow:
    doc: str  # source file name
    table: GoldTable
    row: GoldRow

    @property
    def key(self) -> tuple[str, int, int]:
        return self.doc, self.table.table_index, self.row.row_index

    @property
    def codes(self) -> set[str]:
        return set(self.row.labels.codes)


def corpus_dir() -> Path:
    """The bundled sample corpus (the gold's source files)."""
    return DEFAULT_CORPUS


@lru_cache(maxsize=1)
def gold_dataset() -> Dataset:
    return load_dataset(DEFAULT_DATASET, corpus=DEFAULT_CORPUS)


def gold_documents() -> list[Document]:
    """The gold extraction of every sample document (fresh objects on every call)."""
    return [item_to_document(item) for item in gold_dataset().items]


def gold_rows() -> list[LabelledRow]:
    """Every gold row with its table, in document order."""
    return [
        LabelledRow(item.source.name, table, row)
        for item in gold_dataset().items
        for table in item.tables
        for row in table.rows
    ]


def row_labels() -> dict[tuple[str, int, int], set[str]]:
    """(doc, table_index, row_index) -> row-scope codes."""
    return {r.key: r.codes for r in gold_rows()}


def specificity_labels() -> dict[tuple[str, int, int], int | None]:
    return {r.key: r.row.labels.specificity for r in gold_rows()}


def table_labels() -> dict[tuple[str, int | None], set[str]]:
    """(doc, table_index) -> project-scope codes; (doc, None) -> document-scope codes."""
    out: dict[tuple[str, int | None], set[str]] = {}
    for item in gold_dataset().items:
        doc = item.source.name
        out[(doc, None)] = set(item.document_labels.codes)
        for table in item.tables:
            out[(doc, table.table_index)] = set(table.labels.codes)
    return out


def gold_tables(doc: str) -> list[GoldTable]:
    """The gold tables of one sample document (by file name)."""
    for item in gold_dataset().items:
        if item.source.name == doc:
            return item.tables
    raise KeyError(f"{doc} is not in {DEFAULT_DATASET.name}")


def gold_unit(doc: str) -> str | None:
    for item in gold_dataset().items:
        if item.source.name == doc:
            return item.unit
    raise KeyError(doc)
