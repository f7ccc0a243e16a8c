"""The evaluation dataset: format, loader, schema check, converter from gold seed files.

File format (JSONL, UTF-8; see eval/README.md):

    line 1   header  {"record": "header", "dataset": "gold", "dataset_version": "1.0",
                      "schema_version": 1, "content_hash": "sha256:…", "n_items": 5, …}
    line 2+  items   {"record": "item", "id": "000_2e9e93228bddc639",
                      "source": {"name": "000_….txt", "sha256": "…"}, "unit": …,
                      "tables": [{table_index, kind, project, budget_wan, goal, title, unit_line,
                                  labels: {codes, why, extra},
                                  rows: [{row_index, level1, level2, level3, description, value,
                                          basis, scoring_standard, source_line, note,
                                          labels: {codes, why, specificity}}]}],
                      "document_labels": {codes, why, extra}}

One item = one labelled document. `content_hash` is the sha256 of the canonical JSON of the
items (sorted keys, one per line), so any edit of the labels is visible; `dataset_version` is the
human-managed version a run records next to the hash.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from auditor.ingest import sha256_file
from auditor.models import TableKind

SCHEMA_VERSION = 1
REPO_ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_DATASET = REPO_ROOT / "eval" / "datasets" / "gold.jsonl"
DEFAULT_CORPUS = REPO_ROOT / "samples" / "corpus"

# Taxonomy v1 (docs/taxonomy.md): code -> scopes it may be labelled at. T107 is also used at
# project scope by the gold (field codes in project titles); T106 (corpus) is not labelled.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "T101": ("document",),
    "T102": ("document",),
    "T103": ("project", "document"),
    "T104": ("project",),
    "T105": ("row", "project", "document"),
    "T106": ("corpus",),
    "T107": ("row", "project", "document"),
    "C201": ("row",),
    "C202": ("row",),
    "C203": ("project",),
    "C204": ("project",),
    "C205": ("row",),
    "C206": ("row",),
    "U301": ("row",),
    "U302": ("row",),
    "U303": ("row",),
    "U304": ("row",),
    "U305": ("row",),
    "U306": ("row",),
    "U307": ("row",),
    "V401": ("row",),
    "V402": ("row",),
    "V403": ("row",),
    "V404": ("row",),
    "V405": ("row",),
    "B501": ("row", "project"),
    "B502": ("project",),
    "B503": ("project",),
    "R601": ("row",),
    "G701": ("project",),
    "G702": ("project",),
    "S801": ("row",),
    "S802": ("row",),
    "S803": ("project",),
    "S804": ("row",),
}
FAMILIES = {
    "T": "templated",
    "C": "category",
    "U": "units/values",
    "V": "vagueness",
    "B": "budget",
    "R": "ratio",
    "G": "goal",
    "S": "self-evaluation",
}
_CODE_RE = re.compile(r"^[TCUVBRGS]\d{3}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RowLabels(_Strict):
    codes: list[str] = Field(default_factory=list)  # row-scope defect codes; [] = no clear defect
    why: dict[str, str] = Field(default_factory=dict)  # code -> reason
    specificity: int | None = Field(default=None, ge=1, le=5)  # None = not graded by the reviewer


class GroupLabels(_Strict):
    codes: list[str] = Field(default_factory=list)
    why: dict[str, str] = Field(default_factory=dict)
    extra: dict[str, Any] = Field(default_factory=dict)  # duplicate_rows, t101_pairs, t102_groups …


class GoldRow(_Strict):
    row_index: int = Field(ge=1)
    level1: str = ""
    level2: str = ""
    level3: str = ""
    description: str | None = None
    value: str = ""
    basis: str | None = None
    scoring_standard: str | None = None
    source_line: int | None = None
    note: str | None = None
    labels: RowLabels = Field(default_factory=RowLabels)


class GoldTable(_Strict):
    table_index: int = Field(ge=1)
    kind: TableKind  # project, overall, self_evaluation, transfer, evaluation_system
    project: str
    budget_wan: float | None = None
    goal: str | None = None
    title: str = ""
    unit_line: str | None = None
    labels: GroupLabels = Field(default_factory=GroupLabels)
    rows: list[GoldRow] = Field(default_factory=list)


class SourceRef(_Strict):
    name: str  # file name inside the corpus folder (samples/corpus by default)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


LabelKind = Literal["extraction", "rules", "specificity"]
ALL_LABELS: tuple[LabelKind, ...] = ("extraction", "rules", "specificity")


class DatasetItem(_Strict):
    record: Literal["item"] = "item"
    id: str = Field(min_length=1)
    source: SourceRef
    unit: str | None = None
    year: int | None = None
    tags: dict[str, str] = Field(
        default_factory=dict
    )  # free slicing tags (province, county, reviewer…)
    tables: list[GoldTable]
    document_labels: GroupLabels = Field(default_factory=GroupLabels)
    # What the reviewer labelled: an extraction-only item (["extraction"]) is scored for
    # extraction but not for rules, goals or grades (its empty codes do not mean "no defect").
    labelled: list[LabelKind] = Field(default_factory=lambda: list(ALL_LABELS))

    def has_labels(self, kind: LabelKind) -> bool:
        return kind in self.labelled

    @field_validator("tables")
    @classmethod
    def _tables_in_order(cls, v: list[GoldTable]) -> list[GoldTable]:
        idx = [t.table_index for t in v]
        if idx != list(range(1, len(v) + 1)):
            raise ValueError(f"table_index must run 1..{len(v)} in order, got {idx[:10]}…")
        for t in v:
            ridx = [r.row_index for r in t.rows]
            if ridx != list(range(1, len(t.rows) + 1)):
                raise ValueError(
                    f"table {t.table_index}: row_index must run 1..{len(t.rows)} in order"
                )
        return v

    def n_rows(self) -> int:
        return sum(len(t.rows) for t in self.tables)


class DatasetHeader(_Strict):
    record: Literal["header"] = "header"
    dataset: str = "gold"
    dataset_version: str
    schema_version: int = SCHEMA_VERSION
    content_hash: str
    n_items: int
    n_tables: int = 0
    n_rows: int = 0
    taxonomy: str = "v1"
    description: str = ""
    source: str = ""
    corpus: str | None = None  # folder of the source files, relative to the dataset file


class Dataset(BaseModel):
    header: DatasetHeader
    items: list[DatasetItem]
    path: str | None = None

    def item(self, item_id: str) -> DatasetItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def select(self, ids: Iterable[str] | None = None, limit: int | None = None) -> Dataset:
        items = self.items
        if ids:
            wanted = list(ids)
            known = {it.id for it in items}
            missing = [i for i in wanted if i not in known]
            if missing:
                raise KeyError(f"unknown item id(s): {', '.join(missing)}")
            items = [it for it in items if it.id in wanted]
        if limit:
            items = items[:limit]
        return Dataset(header=self.header, items=items, path=self.path)


# --- hashing / writing ------------------------------------------------------------------------


def item_json(item: DatasetItem) -> dict[str, Any]:
    """The item as stored; `labelled` is left out when everything is labelled (the default)."""
    data = item.model_dump(mode="json")
    if tuple(item.labelled) == ALL_LABELS:
        data.pop("labelled")
    return data


def header_json(header: DatasetHeader) -> dict[str, Any]:
    data = header.model_dump(mode="json")
    if header.corpus is None:
        data.pop("corpus")
    return data


def _canonical(item: DatasetItem) -> str:
    return json.dumps(item_json(item), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(items: Iterable[DatasetItem]) -> str:
    h = hashlib.sha256()
    for it in items:
        h.update(_canonical(it).encode("utf-8"))
        h.update(b"\n")
    return "sha256:" + h.hexdigest()


def make_header(items: list[DatasetItem], version: str, **kw: Any) -> DatasetHeader:
    return DatasetHeader(
        dataset_version=version,
        content_hash=content_hash(items),
        n_items=len(items),
        n_tables=sum(len(it.tables) for it in items),
        n_rows=sum(it.n_rows() for it in items),
        **kw,
    )


def write_dataset(path: str | Path, header: DatasetHeader, items: list[DatasetItem]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(header_json(header), ensure_ascii=False) + "\n")
        for it in items:
            fh.write(json.dumps(item_json(it), ensure_ascii=False) + "\n")
    return path


# --- loading / validation ---------------------------------------------------------------------


class DatasetError(ValueError):
    """The dataset file is unreadable or violates the schema; `problems` lists every issue."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(
            f"{path}: " + "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        )


def _fmt_validation(prefix: str, exc: ValidationError) -> list[str]:
    out = []
    for e in exc.errors():
        loc = ".".join(str(p) for p in e["loc"])
        out.append(f"{prefix}{loc}: {e['msg']}")
    return out


def _read_records(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    problems: list[str] = []
    text = path.read_text(encoding="utf-8")
    stripped = text.strip()
    # A single item file (what a reviewer fills in) may be one pretty-printed JSON object.
    if stripped.startswith("{"):
        try:
            whole = json.loads(stripped)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):
            return [(1, whole)], problems
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON: {exc.msg}")
            continue
        if not isinstance(rec, dict):
            problems.append(f"line {n}: expected a JSON object")
            continue
        records.append((n, rec))
    return records, problems


def check_item_labels(item: DatasetItem) -> list[str]:
    """Semantic checks beyond the schema: known codes, codes at a scope they can have."""
    problems: list[str] = []
    p = f"item {item.id}: "

    def check(codes: list[str], why: dict[str, str], scope: str, where: str) -> None:
        for c in codes:
            if not _CODE_RE.match(c) or c not in TAXONOMY:
                problems.append(f"{p}{where}: unknown code {c!r}")
            elif scope not in TAXONOMY[c]:
                problems.append(
                    f"{p}{where}: {c} cannot be labelled at {scope} scope (allowed: {', '.join(TAXONOMY[c])})"
                )
        if len(set(codes)) != len(codes):
            problems.append(f"{p}{where}: duplicate codes {codes}")
        for c in why:
            if c not in codes:
                problems.append(f"{p}{where}: reason given for {c} which is not in codes")

    check(item.document_labels.codes, item.document_labels.why, "document", "document_labels")
    for t in item.tables:
        check(t.labels.codes, t.labels.why, "project", f"table {t.table_index}")
        for r in t.rows:
            check(r.labels.codes, r.labels.why, "row", f"table {t.table_index} row {r.row_index}")
    return problems


def check_source(item: DatasetItem, corpus: Path) -> list[str]:
    path = corpus / item.source.name
    if not path.exists():
        return [f"item {item.id}: source file {item.source.name} not found in {corpus}"]
    digest = sha256_file(path)
    if digest != item.source.sha256:
        return [
            f"item {item.id}: sha256 of {path} is {digest[:12]}…, dataset says {item.source.sha256[:12]}…"
        ]
    return []


def parse_dataset(
    path: str | Path, corpus: Path | None = None, check_hash: bool = True
) -> tuple[Dataset | None, list[str]]:
    """Read and validate a dataset (or a single-item file). Returns (dataset or None, problems)."""
    path = Path(path)
    if not path.exists():
        return None, [f"{path}: file not found"]
    records, problems = _read_records(path)
    header: DatasetHeader | None = None
    items: list[DatasetItem] = []
    for n, rec in records:
        kind = rec.get("record", "item")
        if kind == "header":
            if header is not None or items:
                problems.append(f"line {n}: the header must be the first and only header line")
            try:
                header = DatasetHeader.model_validate(rec)
            except ValidationError as exc:
                problems += _fmt_validation(f"line {n} (header): ", exc)
        elif kind == "item":
            try:
                items.append(DatasetItem.model_validate(rec))
            except ValidationError as exc:
                problems += _fmt_validation(f"line {n} (item {rec.get('id', '?')}): ", exc)
        else:
            problems.append(f"line {n}: unknown record type {kind!r}")
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            problems.append(f"item {it.id}: duplicate id")
        seen.add(it.id)
        problems += check_item_labels(it)
        if corpus is not None:
            problems += check_source(it, corpus)
    if header is None:
        header = make_header(
            items, version="unversioned", description="single-item file (no header)"
        )
    elif check_hash:
        actual = content_hash(items)
        if header.content_hash != actual:
            problems.append(
                f"header: content_hash {header.content_hash[:19]}… does not match the items ({actual[:19]}…); "
                "run `auditor eval add` or `auditor eval validate --rehash` after editing"
            )
        if header.n_items != len(items):
            problems.append(f"header: n_items {header.n_items} but {len(items)} items")
    if not items and not problems:
        problems.append("no items")
    return Dataset(header=header, items=items, path=str(path)), problems


def corpus_for(dataset_path: str | Path | None, header: DatasetHeader | None = None) -> Path:
    """Where a dataset's source files live: the header's `corpus` (relative to the dataset file),
    else a folder next to the dataset named like it (eval/heldout/x.jsonl -> eval/heldout/x/), or
    named `sources/` or `corpus/`, else samples/corpus (the sample gold)."""
    if dataset_path is None:
        return DEFAULT_CORPUS
    path = Path(dataset_path)
    if header is not None and header.corpus:
        return (path.parent / header.corpus).resolve()
    for beside in (path.with_suffix(""), path.parent / "sources", path.parent / "corpus"):
        if beside.is_dir():
            return beside
    return DEFAULT_CORPUS


def load_dataset(path: str | Path | None = None, corpus: Path | None = None) -> Dataset:
    """Load a dataset, raising DatasetError on any schema/label/hash problem."""
    ds, problems = parse_dataset(path or DEFAULT_DATASET, corpus=corpus)
    if problems or ds is None:
        raise DatasetError(str(path or DEFAULT_DATASET), problems)
    return ds
