"""Seed files per format and byte-level mutations, for the reader fuzz tests and benchmark.

Seeds are built with the real libraries at run time (python-docx, openpyxl, xlwt, reportlab) -
nothing binary is committed. Mutations: truncation, bit flips, overwritten byte runs, inserted
and deleted runs, and for zip containers a member whose content is corrupted or cut while the
archive stays valid (so the XML parser, not the zip layer, meets the damage).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

ROWS = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修道路里程", "≥12公里"],
    ["", "质量指标", "道路验收合格率", "100%"],
    ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
]
TITLE = "某县交通运输局2023年项目支出绩效目标表"


def seed_text() -> bytes:
    lines = [TITLE, "项目名称\t乡村道路养护", *("\t".join(r) for r in ROWS * 20)]
    return "\n".join(lines).encode("utf-8")


def seed_html() -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS[1:])
    page = (
        f'<html><head><meta charset="gbk"><title>{TITLE}</title></head><body><h3>{TITLE}</h3>'
        '<table><tr><td>项目名称</td><td colspan="3">乡村道路养护</td></tr>'
        + "<tr>"
        + "".join(f"<th>{c}</th>" for c in ROWS[0])
        + "</tr>"
        + cells.replace("<td>产出指标</td>", '<td rowspan="2">产出指标</td>', 1).replace(
            "<tr><td></td>", "<tr>", 1
        )
        + "</table></body></html>"
    )
    return page.encode("gbk")


def seed_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(TITLE)
    t = d.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(2, 0))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def seed_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    for row in ROWS:
        ws.append(row)
    ws.merge_cells("A3:A4")
    ws["E3"] = 0.95
    ws["E3"].number_format = "0%"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def seed_xls() -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("绩效目标表")
    ws.write(0, 0, TITLE)
    for r, row in enumerate(ROWS, start=1):
        for c, text in enumerate(row):
            if text:
                ws.write(r, c, text)
    ws.merge(2, 3, 0, 0)
    ws.write(2, 4, 0.95, xlwt.easyxf(num_format_str="0%"))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def seed_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    table = Table(ROWS)
    table.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, "black")]
        )
    )
    doc.build([Paragraph(TITLE, ParagraphStyle("t", fontName="STSong-Light")), table])
    return buf.getvalue()


SEEDS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "text": (".txt", seed_text),
    "html": (".html", seed_html),
    "docx": (".docx", seed_docx),
    "xlsx": (".xlsx", seed_xlsx),
    "xls": (".xls", seed_xls),
    "pdf": (".pdf", seed_pdf),
}

MUTATIONS = ("truncate", "flip", "overwrite", "insert", "delete", "member")


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """One mutation of `data`, chosen by `kind`, positions drawn from `rng`."""
    if kind == "member" and data[:4] == b"PK\x03\x04":
        return corrupt_member(data, rng)
    n = len(data)
    pos = rng.randrange(n)
    if kind == "truncate":
        return data[:pos]
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(n)
            out[i] ^= 1 << rng.randrange(8)
        return bytes(out)
    run = rng.randbytes(rng.randint(1, 64))
    if kind == "overwrite":
        return data[:pos] + run + data[pos + len(run) :]
    if kind == "insert":
        return data[:pos] + run + data[pos:]
    return data[:pos] + data[pos + rng.randint(1, 256) :]  # delete


def corrupt_member(data: bytes, rng: random.Random) -> bytes:
    """The same archive with one member's content cut or overwritten (stored CRCs match)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    infos = src.infolist()
    victim = rng.choice(infos).filename
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            body = src.read(info)
            if info.filename == victim and body:
                pos = rng.randrange(len(body))
                body = (
                    body[:pos]
                    if rng.random() < 0.5
                    else body[:pos] + rng.randbytes(rng.randint(1, 32)) + body[pos + 16 :]
                )
            dst.writestr(info.filename, body)
    return out.getvalue()
