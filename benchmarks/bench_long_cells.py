"""Long cells: audit time of a small disclosure in which one place holds a very long text.

    python benchmarks/bench_long_cells.py [--chars 20000] [--formats txt,html] [--slow 1.0]

A broken export or a pasted page can put hundreds of thousands of characters into one cell or
line. Every step must stay linear in it: a regex that rescans the rest of a line from every
start position turns a 500,000-character cell into hours. The benchmark fills one place (title,
project name, budget, goal, a row of its own after the goal, a category, an indicator name, a
value, a line before the table) with one token repeated to --chars characters, audits the
document offline and prints the seconds, for every token × place × format; rows slower than
--slow seconds are marked SLOW and the run exits 1 so a profiler can be pointed at them. Figures
only, no thresholds in tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from auditor.config import AuditConfig
from auditor.ingest import InputError
from auditor.pipeline import audit_document

# tokens that resemble the grammar's pieces: numbers, comparators, units, labels, category
# names, enumerations, brackets, full stops and separators
TOKENS = (
    "指标值≥", "1", "1.", "1,", "12 ", "一", "。", "指标", "（1）", "(", "年", "%", "万元",
    "≥9", "项目名称：", "、", "-", "目标1：", "满意度", "数量指标", "≤", "x", "\u3000", "进一步",
)  # fmt: skip
PLACES = ("title", "project", "budget", "goal", "after_goal", "level2", "level3", "value", "before")

_ROWS = (
    ("产出指标", "数量指标", "改造农村公路里程", "≥12公里"),
    ("产出指标", "质量指标", "工程验收合格率", "100%"),
    ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
)


def document_cells(place: str, long: str) -> tuple[list[str], list[list[str]]]:
    """(lines before the table, table rows) with `long` put in `place`."""
    before = ["某县交通运输局2025年部门预算公开", long if place == "before" else "单位：万元"]
    title = long if place == "title" else "农村公路提升项目绩效目标表"
    table = [
        ["项目名称", long if place == "project" else "农村公路提升"],
        ["预算金额(万元)", long if place == "budget" else "320.00"],
        ["年度目标", long if place == "goal" else "完成农村公路提升改造12公里。"],
        *([[long]] if place == "after_goal" else []),  # a row of one cell: the goal wrapped on?
        ["一级指标", "二级指标", "三级指标", "指标值"],
    ]
    for i, (l1, l2, l3, v) in enumerate(_ROWS):
        if i == 1:
            l2 = long if place == "level2" else l2
            l3 = long if place == "level3" else l3
            v = long if place == "value" else v
        table.append([l1, l2, l3, v])
    return before + [title], table


def write(fmt: str, place: str, long: str, folder: Path) -> Path:
    before, table = document_cells(place, long)
    path = folder / f"doc-{place}.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join(before + ["\t".join(r) for r in table]) + "\n", encoding="utf-8")
    else:
        cells = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table
        )
        paras = "".join(f"<p>{escape(p)}</p>" for p in before)
        body = f"<html><head><meta charset='utf-8'></head><body>{paras}<table>{cells}</table>"
        path.write_text(body + "</body></html>", encoding="utf-8")
    return path


def run(path: Path, config: AuditConfig) -> tuple[float, str]:
    t0 = time.perf_counter()
    try:
        doc = audit_document(path, config)
        outcome = f"{sum(len(t.rows) for t in doc.tables)} rows"
    except InputError:
        outcome = "input error"
    return time.perf_counter() - t0, outcome


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=20000)
    ap.add_argument("--formats", default="txt,html")
    ap.add_argument("--slow", type=float, default=1.0, help="seconds that mark a row SLOW")
    args = ap.parse_args()
    config = AuditConfig(offline=True)
    slow, worst = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            for token in TOKENS:
                long = (token * (args.chars // len(token) + 1))[: args.chars]
                for place in PLACES:
                    secs, outcome = run(write(fmt, place, long, Path(tmp)), config)
                    worst = max(worst, secs)
                    if secs > args.slow:
                        slow += 1
                        print(f"SLOW {secs:7.2f} s  {fmt:4s} {place:8s} {token!r:12s} {outcome}",
                              flush=True)  # fmt: skip
    n = len(args.formats.split(",")) * len(TOKENS) * len(PLACES)
    print(f"{n} documents with a {args.chars:,}-character cell: worst {worst:.2f} s, "
          f"{slow} over {args.slow:g} s")  # fmt: skip
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
