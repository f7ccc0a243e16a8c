"""Planning a batch run: which files to read, and for each one whether to skip, reuse or compute.

Every file is a document of its county: its identity is its place in the corpus (absolute
path, county, province) plus its content hash. For each input file:

* the same content already stored for this place          -> skipped (unchanged);
* an error stored for this content (input, internal, limit, storage, or a crash that has
  killed a worker twice = quarantined)                       -> skipped unless --retry-errors;
  a file that crashed a worker once is tried again;
* the same content stored for another place                 -> reused: its records are copied
  (computed once, but this county keeps its own document, score and T106 links);
* the same new content in several places                    -> computed once, copied to the rest;
* otherwise                                                  -> computed; a changed file replaces
  its earlier version.

The (size, mtime) of each file is remembered with its hash, so a re-run hashes only the files
that changed. The comparison with the store runs as SQL over a temp table of the scan, so the
coordinator holds the paths, never the stored documents.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from auditor.batch.work import CRASH, LIMIT
from auditor.ingest import InputCheck, scan_inputs, sha256_file
from auditor.limits import FileLimits, LimitExceeded, check_size
from auditor.store import Store
from auditor.store.records import Placement
from auditor.store.writer import FileError

QUARANTINE_AFTER = 2  # worker deaths on the same file


class NoInputs(RuntimeError):
    """The batch root holds no file to read."""


def county_of(path: Path, root: Path, part: int | None = None) -> str:
    """County = a path component: the parent folder's name by default, or component `part`
    of the path relative to the batch root (0 = the first folder under it)."""
    parts = _folders(path, root)
    if part is not None and parts:
        return parts[min(part, len(parts) - 1)] if part >= 0 else parts[part]
    return path.parent.name or root.name


def province_of(path: Path, root: Path, part: int | None = None) -> str:
    """Province = the folder above the county's folder inside the root, else the root's name."""
    parts = _folders(path, root)
    if not parts:
        return root.name
    i = (
        len(parts) - 1
        if part is None
        else (min(part, len(parts) - 1) if part >= 0 else len(parts) + part)
    )
    return parts[i - 1] if i >= 1 else root.name


def _folders(path: Path, root: Path) -> tuple[str, ...]:
    try:
        return path.resolve().relative_to(root.resolve()).parts[:-1]
    except ValueError:
        return path.parts[:-1]


@dataclass
class Plan:
    compute: list[Placement] = field(default_factory=list)  # one per distinct new content
    followers: dict[str, list[Placement]] = field(default_factory=dict)  # sha -> same content
    copies: list[tuple[Placement, str]] = field(default_factory=list)  # (place, stored doc_id)
    errors: list[FileError] = field(default_factory=list)  # found before any work (size)
    attempts: dict[str, int] = field(default_factory=dict)  # path -> earlier worker deaths
    skipped_inputs: list[InputCheck] = field(default_factory=list)  # not inputs, with reasons
    n_files: int = 0
    n_unchanged: int = 0
    n_known_errors: int = 0  # errors not retried (incl. quarantined)
    n_quarantined: int = 0

    @property
    def n_todo(self) -> int:
        waiting = sum(len(v) for v in self.followers.values())
        return len(self.compute) + waiting + len(self.copies) + len(self.errors)


def scan(
    root: Path, exclude: set[Path], county_part: int | None
) -> tuple[list[tuple[str, int, int, str, str]], list[InputCheck]]:
    """(path, size, mtime_ns, county, province) of every input under root, and the skipped."""
    inputs, skipped = scan_inputs([root])  # the readers' decision of what is an input
    skipped = [c for c in skipped if c.path.resolve() not in exclude]  # the store's own files
    entries = []
    for p in inputs:
        ap = p.resolve()
        if ap in exclude:
            continue
        st = os.stat(ap)
        entries.append(
            (
                str(ap),
                st.st_size,
                st.st_mtime_ns,
                county_of(p, root, county_part),
                province_of(p, root, county_part),
            )
        )
    return entries, skipped


def make_plan(
    store: Store,
    root: Path,
    limits: FileLimits,
    county_part: int | None = None,
    force: bool = False,
    retry_errors: bool = False,
    exclude: set[Path] | None = None,
) -> Plan:
    """Scan root, hash what changed, and decide per file (see the module docstring)."""
    entries, skipped = scan(root, exclude or set(), county_part)
    if not entries:
        raise NoInputs(
            f"{root}: 没有可读取的文件（支持 .txt .md .csv .docx .xlsx .pdf 等）(no input files)"
        )
    store.load_scan(entries)
    store.set_hashes([(p, sha256_file(p)) for p in store.unhashed(limits.size)])
    plan = Plan(skipped_inputs=skipped, n_files=len(entries))
    by_sha: dict[str, list[Placement]] = defaultdict(list)
    for row in store.classify():
        _decide(plan, row, limits, force, retry_errors, by_sha)
    for sha, places in by_sha.items():
        plan.compute.append(places[0])
        if len(places) > 1:
            plan.followers[sha] = places[1:]
    return plan


def _decide(
    plan: Plan,
    row: tuple[object, ...],
    limits: FileLimits,
    force: bool,
    retry_errors: bool,
    by_sha: dict[str, list[Placement]],
) -> None:
    (
        path,
        sha,
        county,
        province,
        _size,
        old_id,
        unchanged,
        kind,
        same_error,
        attempts,
        quarantined,
        source,
    ) = row
    assert isinstance(path, str) and isinstance(county, str) and isinstance(province, str)
    if sha is None:  # never hashed: over the size limit
        try:
            check_size(path, limits)
        except LimitExceeded as exc:
            plan.errors.append(FileError(None, path, county, LIMIT, exc.message()))
        return
    place = Placement(path, str(sha), county, province, str(old_id) if old_id else None)
    if unchanged and not force:
        plan.n_unchanged += 1
        return
    if kind is not None and same_error and not force:
        n = int(str(attempts))
        plan.attempts[path] = n
        if not retry_errors and (kind != CRASH or quarantined or n >= QUARANTINE_AFTER):
            plan.n_known_errors += 1
            plan.n_quarantined += 1 if kind == CRASH else 0
            return
    if source is not None and not force and source != place.doc_id:
        plan.copies.append((place, str(source)))
        return
    by_sha[place.sha256].append(place)
