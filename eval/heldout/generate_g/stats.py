"""Counts and layout coverage of the seventh layout held-out set (for its README section):
documents, tables by kind, rows, codes, specificity, and for each pattern of docs/layouts.md
§1-§4 the documents and formats that show it. Exits 1 when a pattern is shown by fewer than two
documents or in one format only.

    cd eval/heldout/generate_g && python stats.py
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from build import load_docs

PATTERNS = {
    "§1": "tab pipe-padded cell-per-line-pipe cell-per-line-blank lone-pipes spaces one-line "
    "run-together indentation broken-labels",
    "§2": "level1-once level1-missing-or-unfilled level2-missing-or-repeated nonstandard-names "
    "label-notes prefixes-placeholders sub-rows no-level3",
    "§3": "split-value extra-columns midterm-annual per-place self-evaluation value-header-gloss",
    "§4": "department-wide yuan budget-lines goal-heading several-tables cut-off allocation-before "
    "approval transfer evaluation-system unit-year-framing",
}


def fmt(tags: dict[str, str]) -> str:
    return (tags["format"] + " " + tags.get("encoding", "")).strip()


def main() -> None:
    docs = load_docs()
    kinds: Counter[str] = Counter()
    row_codes: Counter[str] = Counter()
    group_codes: Counter[str] = Counter()
    spec: Counter[str] = Counter()
    n_rows = coded = 0
    print("| file | format | province · unit | tables | rows |")
    print("|---|---|---|---|---|")
    for d in docs:
        assert d.render is not None
        d.render(d)
        rows = sum(len(t.rows) for t in d.tables)
        kind_list = Counter(t.kind for t in d.tables)
        kinds.update(kind_list)
        desc = ", ".join(f"{n} {k}" for k, n in kind_list.items())
        print(f"| `{d.file}` | {fmt(d.tags)} | {d.tags['province']} · {d.unit} | {desc} | {rows} |")
        group_codes.update(list(d.codes))
        for t in d.tables:
            group_codes.update(list(t.codes))
            for r in t.rows:
                n_rows += 1
                coded += bool(r.codes)
                row_codes.update(list(r.codes))
                spec[str(r.spec) if r.spec else "ungraded"] += 1
    print(f"\n{len(docs)} documents, {sum(kinds.values())} tables {dict(kinds)}, {n_rows} rows")
    print(f"rows with codes: {coded}; row codes: {dict(sorted(row_codes.items()))}")
    print(f"table/document codes: {dict(sorted(group_codes.items()))}")
    print(f"specificity: {dict(sorted(spec.items()))}")
    seen: dict[str, list[str]] = defaultdict(list)
    formats: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for token in d.tags["layout_patterns"].split():
            pid = token.split(":", 1)[0]
            if d.id[:4] not in seen[pid]:
                seen[pid].append(d.id[:4])
            formats[pid].add(fmt(d.tags))
    bad = []
    for section, ids in PATTERNS.items():
        print(f"\n{section}")
        for pid in ids.split():
            print(f"  {pid}: {' '.join(seen[pid])}  [{'; '.join(sorted(formats[pid]))}]")
            if len(seen[pid]) < 2 or len(formats[pid]) < 2:
                bad.append(pid)
    unknown = set(seen) - {p for ids in PATTERNS.values() for p in ids.split()}
    if unknown:
        print(f"\nunknown pattern ids: {sorted(unknown)}")
    if bad or unknown:
        print(f"\nunder-covered: {bad}")
        sys.exit(1)


if __name__ == "__main__":
    main()
