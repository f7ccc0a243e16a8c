"""Cross-county report from a batch store (`auditor batch-report`): HTML, Markdown, XLSX, Parquet.

Everything is computed with SQL on the DuckDB store (see auditor.store for the schema), so each
number in the report can be re-derived by an analyst with the queries in `QUERIES`.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.report.view import FAMILY_ZH
from auditor.report.xlsx import data_sheet, new_workbook
from auditor.scoring import FAMILIES, formula_text
from auditor.store import Store

QUERIES: dict[str, str] = {
    # one line per unit (a unit may have several documents, e.g. several years)
    "units": """
        SELECT d.county, d.unit, count(*) AS docs, round(avg(d.score), 1) AS score,
               sum(d.n_tables) AS tables, sum(d.n_rows) AS n_rows,
               sum(d.n_findings) - coalesce(sum(s.copies), 0) AS findings,
               coalesce(sum(s.errors), 0) AS errors, coalesce(sum(s.warnings), 0) AS warnings,
               coalesce(sum(s.copies), 0) AS copies
        FROM documents d LEFT JOIN (
            SELECT doc_id, count(*) FILTER (WHERE severity = 'error') AS errors,
                   count(*) FILTER (WHERE severity = 'warning') AS warnings,
                   count(*) FILTER (WHERE origin = 'corpus') AS copies
            FROM findings GROUP BY doc_id) s USING (doc_id)
        GROUP BY d.county, d.unit ORDER BY score DESC, d.county, d.unit""",
    # county = mean of its unit scores
    "counties": """
        WITH u AS (SELECT county, unit, avg(score) AS score, sum(n_rows) AS n_rows, sum(n_findings) AS findings,
                          count(*) AS docs
                   FROM documents GROUP BY county, unit)
        SELECT county, count(*) AS units, sum(docs) AS docs, round(avg(score), 1) AS score,
               round(min(score), 1) AS min_score, round(median(score), 1) AS median_score,
               round(max(score), 1) AS max_score, sum(n_rows) AS n_rows,
               round(100.0 * sum(findings) / greatest(sum(n_rows), 1), 1) AS findings_per_100_rows
        FROM u GROUP BY county ORDER BY score DESC, county""",
    # document score histogram per county, buckets of 10 points (100 goes to the 90 bucket)
    "histogram": """
        SELECT county, least(floor(score / 10), 9)::INTEGER AS bucket, count(*) AS docs
        FROM documents GROUP BY ALL ORDER BY county, bucket""",
    # findings per 100 indicator rows, by county and family
    "family_rates": """
        WITH r AS (SELECT county, sum(n_rows) AS n_rows FROM documents GROUP BY county)
        SELECT d.county, f.family, round(100.0 * count(*) / greatest(any_value(r.n_rows), 1), 1) AS per_100_rows,
               count(*) AS findings
        FROM findings f JOIN documents d USING (doc_id) JOIN r USING (county)
        GROUP BY d.county, f.family ORDER BY d.county, f.family""",
    # templated indicators: same normalised 三级+指标值 in several units
    "templated": """
        SELECT any_value(r.level3) AS level3, any_value(r.value) AS value,
               count(DISTINCT (d.county, d.unit)) AS units, count(DISTINCT d.county) AS counties, count(*) AS occurrences,
               list(DISTINCT d.unit ORDER BY d.unit) AS unit_list, list(DISTINCT d.county ORDER BY d.county) AS county_list
        FROM rows r JOIN documents d USING (doc_id)
        WHERE r.norm_key <> '|'
        GROUP BY r.norm_key HAVING count(DISTINCT (d.county, d.unit)) >= 2
        ORDER BY units DESC, counties DESC, occurrences DESC, level3 LIMIT ?""",
    "codes": """
        SELECT code, family, any_value(severity) AS severity, count(*) AS findings, count(DISTINCT doc_id) AS docs
        FROM findings GROUP BY code, family ORDER BY findings DESC, code""",
    "errors": "SELECT path, county, kind, message, quarantined FROM errors ORDER BY path",
    "runs": "SELECT run_id, started_at, finished_at, executor, workers, n_files, n_done, n_skipped, n_errors, status, tool_version FROM runs ORDER BY started_at",
}


def _dicts(store: Store, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = store.con.execute(query, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def collect(db: str | Path, top: int = 30) -> dict[str, Any]:
    """All the data of the cross-county report, as plain dicts."""
    with Store(db, read_only=True) as store:
        data: dict[str, Any] = {
            k: _dicts(store, q, [top] if k == "templated" else None) for k, q in QUERIES.items()
        }
        templated_total = store.sql(
            "SELECT count(*) FROM (SELECT norm_key FROM rows JOIN documents USING (doc_id) WHERE norm_key <> '|' "
            "GROUP BY norm_key HAVING count(DISTINCT (county, unit)) >= 2)"
        )[0][0]
        totals = _dicts(
            store,
            "SELECT count(*) AS docs, count(DISTINCT (county, unit)) AS units, count(DISTINCT county) AS counties, "
            "coalesce(sum(n_rows), 0) AS n_rows, coalesce(sum(n_findings), 0) AS findings, round(avg(score), 1) AS score FROM documents",
        )[0]
        try:
            grader_rows = _dicts(
                store,
                "SELECT grader, count(*) AS n, any_value(prompt_version) AS prompt FROM grades GROUP BY grader",
            )
        except Exception:
            grader_rows = []
    _natural_order(data)
    counties = [c["county"] for c in data["counties"]]
    hist: dict[str, list[int]] = {c: [0] * 10 for c in counties}
    overall = [0] * 10
    for h in data["histogram"]:
        hist.setdefault(h["county"], [0] * 10)[h["bucket"]] = h["docs"]
        overall[h["bucket"]] += h["docs"]
    rates: dict[str, dict[str, float]] = {c: dict.fromkeys(FAMILIES, 0.0) for c in counties}
    for r in data["family_rates"]:
        rates.setdefault(r["county"], dict.fromkeys(FAMILIES, 0.0))[r["family"]] = r["per_100_rows"]
    rate_max = max([v for row in rates.values() for v in row.values()] + [1.0])
    data.update(
        totals=totals,
        templated_total=templated_total,
        counties_order=counties,
        hist=hist,
        hist_overall=overall,
        hist_max=max(overall + [1]),
        rates=rates,
        rate_max=rate_max,
        graders=grader_rows,
        generated=_dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip(),
        version=__version__,
        formula=formula_text("zh"),
        db=str(db),
    )
    return data


def natural_key(text: str | None) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders embedded numbers by value: county2 before county10."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", text or "")
        if part
    )


def _natural_order(data: dict[str, Any]) -> None:
    """Rankings keep their score order; ties, name lists and the error list go in natural order."""
    data["counties"].sort(key=lambda c: natural_key(c["county"]))
    data["counties"].sort(key=lambda c: -(c["score"] or 0.0))
    data["units"].sort(key=lambda u: (natural_key(u["county"]), natural_key(u["unit"])))
    data["units"].sort(key=lambda u: -(u["score"] or 0.0))
    for t in data["templated"]:
        t["unit_list"] = sorted(t["unit_list"], key=natural_key)
        t["county_list"] = sorted(t["county_list"], key=natural_key)
    data["errors"].sort(key=lambda e: natural_key(e["path"]))


ERROR_KIND_ZH = {
    "input": "输入错误",
    "internal": "内部错误",
    "limit": "超出限制",
    "crash": "进程终止",
    "storage": "无法保存",
}


def write_batch_report(
    db: str | Path, out_dir: str | Path, top: int = 30, parquet: bool = True
) -> list[Path]:
    """Write batch.html, batch.md, batch.xlsx (and parquet/*.parquet) into out_dir."""
    from auditor.report import _html_env, _md_env

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = collect(db, top)
    ctx = {"d": data, "families": FAMILIES, "family_zh": FAMILY_ZH, "error_kind_zh": ERROR_KIND_ZH}
    written = []
    p = out / "batch.html"
    p.write_text(_html_env().get_template("batch.html.j2").render(**ctx), encoding="utf-8")
    written.append(p)
    p = out / "batch.md"
    p.write_text(_md_env().get_template("batch.md.j2").render(**ctx), encoding="utf-8")
    written.append(p)
    written.append(_write_xlsx(data, out / "batch.xlsx"))
    if parquet:
        with Store(db, read_only=True) as store:
            written += store.export_parquet(out / "parquet")
    return written


# Columns of the ranking sheets: (header, key of the batch report's unit / county record).
UNIT_COLUMNS = (
    ("县（区）", "county"),
    ("单位", "unit"),
    ("文档", "docs"),
    ("得分", "score"),
    ("表", "tables"),
    ("指标行", "n_rows"),
    ("问题", "findings"),
    ("错误", "errors"),
    ("警告", "warnings"),
    ("跨单位雷同", "copies"),
)
COUNTY_COLUMNS = (
    ("县（区）", "county"),
    ("单位数", "units"),
    ("文档数", "docs"),
    ("平均得分", "score"),
    ("最低", "min_score"),
    ("中位数", "median_score"),
    ("最高", "max_score"),
    ("指标行", "n_rows"),
    ("每百行问题数", "findings_per_100_rows"),
)
TEMPLATED_HEADERS = ["三级指标", "指标值", "单位数", "县区数", "出现次数", "单位", "县（区）"]


def _ranking(
    records: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]
) -> tuple[list[str], list[list[Any]]]:
    """Headers and lines of a ranking sheet: the rank, then the record's columns."""
    headers = ["排名", *(h for h, _ in columns)]
    lines = [[i, *(rec[key] for _, key in columns)] for i, rec in enumerate(records, start=1)]
    return headers, lines


def _templated_lines(templated: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            *(t[k] for k in ("level3", "value", "units", "counties", "occurrences")),
            "；".join(t["unit_list"]),
            "；".join(t["county_list"]),
        ]
        for t in templated
    ]


def _write_xlsx(data: dict[str, Any], path: Path) -> Path:
    wb = new_workbook(path)  # marked as the tool's own report: folder runs skip it
    data_sheet(wb, "单位排名", *_ranking(data["units"], UNIT_COLUMNS), {2: 16, 3: 36})
    data_sheet(wb, "县区排名", *_ranking(data["counties"], COUNTY_COLUMNS), {2: 16})
    data_sheet(
        wb,
        "类别比率",
        ["县（区）", *[f"{f} {FAMILY_ZH[f]}" for f in FAMILIES]],
        [[c, *[data["rates"][c][f] for f in FAMILIES]] for c in data["counties_order"]],
        {1: 16},
    )
    data_sheet(
        wb,
        "模板化指标",
        TEMPLATED_HEADERS,
        _templated_lines(data["templated"]),
        {1: 30, 2: 20, 6: 60, 7: 30},
    )
    data_sheet(
        wb,
        "文件错误",
        ["文件", "县（区）", "类型", "原因"],
        [
            [e["path"], e["county"], ERROR_KIND_ZH.get(e["kind"], e["kind"]), e["message"]]
            for e in data["errors"]
        ],
        {1: 40, 4: 60},
    )
    wb.close()
    return path
