"""Read every held-out file back with its own library and check the labels against what it says.

    cd eval/heldout/generate && python check.py

For each document: the file opens (text decodes in its encoding; HTML parses with lxml and its
declared charset; python-docx, openpyxl and pdfplumber read the binaries), and every labelled
row's 三级 name, value, 二级 and printed 一级, each table's project and goal occur in the text read
back (compared without whitespace and cell separators). Text rows must start on their
source_line. Exit 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import docx
import lxml.html
import openpyxl
import pdfplumber

HERE = Path(__file__).resolve().parent
DATASET = HERE.parent / "layouts.jsonl"
SOURCES = HERE.parent / "layouts"
_DROP = re.compile(r"[\s|]+")


def squash(text: str) -> str:
    return _DROP.sub("", text)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def read_text(path: Path, encoding: str) -> str:
    return path.read_bytes().decode(encoding)


def read_html(path: Path) -> str:
    root = lxml.html.parse(str(path)).getroot()
    rows = ["".join(td.text_content() for td in tr.iter("td")) for tr in root.iter("tr")]
    return root.text_content() + "\n" + "\n".join(rows)


def read_docx(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "w:gridSpan" in xml and "w:vMerge" in xml, "no merged cells in the DOCX"
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen: list = []
            cells = []
            for c in row.cells:  # a merged cell repeats: keep it once per row
                if c._tc not in seen:
                    seen.append(c._tc)
                    cells.append(c.text)
            out.append("".join(cells))
    return "\n".join(out)


def read_xlsx(path: Path) -> str:
    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        assert ws.merged_cells.ranges, f"no merged ranges on sheet {ws.title}"
        for row in ws.iter_rows(values_only=True):
            out.append("".join(_cell(v) for v in row))
    return "\n".join(out)


def read_pdf(path: Path) -> str:
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            assert text.strip(), f"page {page.page_number} has no text layer"
            out.append(text)
            for table in page.extract_tables():
                out += ["".join(_cell(c) for c in row) for row in table]
    return "\n".join(out)


def read_back(item: dict) -> str:
    path = SOURCES / item["source"]["name"]
    fmt, enc = item["tags"]["format"], item["tags"]["encoding"]
    if fmt == "txt":
        return read_text(path, enc)
    return {"html": read_html, "docx": read_docx, "xlsx": read_xlsx, "pdf": read_pdf}[fmt](path)


def check_item(item: dict) -> list[str]:
    problems: list[str] = []
    text = read_back(item)
    flat = squash(text)
    lines = text.splitlines() if item["tags"]["format"] == "txt" else []
    for t in item["tables"]:
        where = f"{item['id']} t{t['table_index']}"
        for field in ("project", "goal"):
            v = t[field]
            if v and squash(v) not in flat:
                problems.append(f"{where}: {field} not in the file: {v[:30]}")
        for r in t["rows"]:
            rw = f"{where} r{r['row_index']}"
            implied = (r["note"] or "").startswith("一级未印出") or "一级推定" in (r["note"] or "")
            wanted = [r["level3"], r["value"], r["level2"]] + ([] if implied else [r["level1"]])
            for v in wanted:
                if v and squash(v) not in flat:
                    problems.append(f"{rw}: {v!r} not in the file")
            if lines and r["source_line"]:
                window = squash("".join(lines[r["source_line"] - 1 : r["source_line"] + 12]))
                key = r["level3"] or r["value"]
                if squash(key) not in window:
                    problems.append(f"{rw}: source_line {r['source_line']} does not show {key!r}")
    return problems


def main() -> int:
    records = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines()]
    problems: list[str] = []
    for item in records[1:]:
        try:
            found = check_item(item)
        except Exception as exc:  # report and go on: one unreadable file must not hide the others
            found = [f"{item['id']}: cannot read {item['source']['name']}: {exc}"]
        n_rows = sum(len(t["rows"]) for t in item["tables"])
        status = "ok" if not found else f"{len(found)} problem(s)"
        print(
            f"{item['source']['name']:34s} {item['tags']['format']:5s} tables={len(item['tables'])} rows={n_rows:3d}  {status}"
        )
        problems += found
    for p in problems:
        print("  ✗", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
