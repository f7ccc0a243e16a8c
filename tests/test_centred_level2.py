"""二级 names printed once on the middle row of their runs (a vertically centred merge printed
as text), where a run of two rows has no middle row: the table's convention (upper or lower
middle row) is the one that splits every block; when both do, the rows' content against the
framework's 二级 decides, and on a tie the upper middle row. Invented tables."""

from __future__ import annotations

from pathlib import Path

from auditor.models import Document
from auditor.pipeline import extract_document

HEAD = "某县2024年项目支出绩效目标表\n项目名称\t农村饮水工程维护\n一级指标\t二级指标\t三级指标\t指标值\n"


def _tree(tmp_path: Path, body: str) -> list[tuple[str, str, str]]:
    p = tmp_path / "doc.txt"
    p.write_text(HEAD + body, encoding="utf-8")
    doc: Document = extract_document(p)
    (table,) = doc.tables
    return [(r.level1, r.level2, r.level3) for r in table.rows]


def _table(row4: str, row8: str) -> str:
    """Both conventions split this table: 质量 and 社会效益 each centred on a two-row run (upper
    middle), or 时效 and 可持续 each on one (lower middle); row4 and row8 are the rows between."""
    return (
        "\t\t维修供水管网\t≥8公里\n"
        "\t数量指标\t更换水泵\t≥12台\n"
        "\t\t新建蓄水池\t≥3座\n"
        "产出指标\t质量指标\t供水水质达标率\t100%\n"
        f"\t\t{row4}\n"
        "\t时效指标\t维修完成时间\t2024年9月底前\n"
        "\t成本指标\t每公里维修成本\t≤2.5万元\n"
        "\t社会效益指标\t受益农村人口\t≥3600人\n"
        f"效益指标\t\t{row8}\n"
        "\t可持续影响指标\t工程正常运行年限\t≥10年\n"
        "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
    )


def test_content_decides_between_two_conventions_that_both_split_the_table(tmp_path):
    """An acceptance rate is no 时效 (it states no time): the upper middle reading holds."""
    rows = _tree(tmp_path, _table("维修工程验收合格率\t≥98%", "群众饮水条件\t明显改善"))
    assert rows[4] == ("产出指标", "质量指标", "维修工程验收合格率")
    assert rows[8] == ("效益指标", "社会效益指标", "群众饮水条件")
    assert [r[1] for r in rows[:4]] == ["数量指标"] * 3 + ["质量指标"]


def test_a_tie_in_content_takes_the_upper_middle_row(tmp_path):
    """Rows that fit either 二级 by content: the two-row runs have their name on the upper row."""
    rows = _tree(tmp_path, _table("水泵巡检\t及时", "开展节水宣传\t≥20场次"))
    assert rows[4][1] == "质量指标" and rows[5][1] == "时效指标"
    assert rows[8][1] == "社会效益指标" and rows[9][1] == "可持续影响指标"


def test_the_convention_only_one_block_allows_holds_for_the_whole_table(tmp_path):
    """The 效益 block starts one row above its 社会效益 with no row below it before 可持续: only
    the lower middle reading splits it, so the 产出 block is read the same way."""
    body = (
        "\t\t服务老人人数\t≥500人\n"
        "\t数量指标\t开展上门服务\t≥2000人次\n"
        "\t\t配备服务人员\t≥15人\n"
        "产出指标\t\t服务投诉处理率\t100%\n"
        "\t质量指标\t服务质量达标率\t≥95%\n"
        "\t时效指标\t补贴发放时间\t每季度末前\n"
        "\t成本指标\t人均服务成本\t≤600元\n"
        "\t\t老人生活质量\t明显提升\n"
        "效益指标\t社会效益指标\t家庭照护负担\t有所减轻\n"
        "\t可持续影响指标\t服务机制\t长效运行\n"
        "满意度指标\t服务对象满意度指标\t老人满意度\t≥90%\n"
    )
    rows = _tree(tmp_path, body)
    assert [r[1] for r in rows] == [
        *["数量指标"] * 3,
        *["质量指标"] * 2,
        "时效指标",
        "成本指标",
        *["社会效益指标"] * 2,
        "可持续影响指标",
        "服务对象满意度指标",
    ]
