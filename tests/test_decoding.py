"""Text decoding: a few bad bytes are replaced and located, UTF-16 is detected, binary refused."""

from __future__ import annotations

import random

import pytest

from auditor.ingest import InputError, read_document
from auditor.ingest.decoding import decode_text

LINES = [
    "某县农业农村局2023年项目支出绩效目标表",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t维修道路里程\t≥12公里",
    "效益指标\t社会效益指标\t群众出行条件改善\t明显改善",
]
TEXT = "\n".join(LINES * 20) + "\n"


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_few_bad_bytes_are_replaced_and_their_lines_named():
    data = bytearray(TEXT.encode("utf-8"))
    pos = TEXT.encode("utf-8").index("维修".encode()) + 3 * 200  # somewhere later
    line = TEXT.encode("utf-8")[:pos].count(b"\n") + 1
    data[pos] = 0xFF
    d = decode_text("x.txt", bytes(data))
    assert d.encoding == "utf-8"
    assert "\ufffd" in d.text
    assert any(f"第 {line} 行" in w and "无法解码" in w for w in d.warnings), d.warnings


def test_nuls_in_text_are_replaced_with_a_warning(tmp_path):
    data = TEXT.encode("utf-8").replace("维修道路里程".encode(), "维修\x00道路里程".encode(), 1)
    p = tmp_path / "nul.txt"
    p.write_bytes(data)
    raw = read_document(p)
    assert any("NUL" in w and f"第 {_line_of(TEXT, '维修')} 行" in w for w in raw.warnings)


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig", "gb18030"])
def test_encodings_with_and_without_bom(tmp_path, enc):
    p = tmp_path / "t.txt"
    p.write_bytes(TEXT.encode(enc))
    raw = read_document(p)
    assert raw.encoding and raw.encoding.replace("_", "-").startswith(enc.split("-sig")[0][:6])
    rows = [r.cells for b in raw.blocks if hasattr(b, "rows") for r in b.rows]
    assert ["产出指标", "数量指标", "维修道路里程", "≥12公里"] in rows
    assert not raw.warnings


def test_gbk_with_a_bad_byte_is_read_as_gbk():
    data = bytearray(TEXT.encode("gbk"))
    data[200] = 0xFF  # 0xFF is never valid in GB18030
    d = decode_text("x.txt", bytes(data))
    assert d.encoding == "gb18030" and "维修道路里程" in d.text
    assert any("无法解码" in w for w in d.warnings)


def test_declared_charset_that_lies_is_overruled():
    d = decode_text("x.html", TEXT.encode("gbk"), declared="utf-8")
    assert d.encoding == "gb18030" and "维修道路里程" in d.text
    assert any("声明的编码" in w for w in d.warnings)
    assert decode_text("x.html", TEXT.encode("gbk"), declared="gb2312").encoding == "gb18030"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,
        random.Random(3).randbytes(5000),
        b"\x89PNG\r\n\x1a\n" + random.Random(4).randbytes(3000),
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(InputError, match=r"二进制|编码无法识别"):
        decode_text("x.txt", data)
