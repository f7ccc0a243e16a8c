"""Near-duplicate index (auditor.rules.corpus_index) and the T106 corpus rule.

Correctness on small synthetic inputs; the timing test prints the time for ~20k rows (no
assertion on time: the team benchmark measures it end to end)."""

from __future__ import annotations

import random
import time

from auditor.models import Document, IndicatorRow, Table
from auditor.rules.corpus_index import CrossUnitCopy, row_text
from auditor.rules.near_duplicates import NearDuplicateIndex, shingles


def _doc(source: str, unit: str, rows: list[tuple[str, str, str]]) -> Document:
    t = Table(
        index=1,
        kind="project",
        project="测试项目",
        rows=[
            IndicatorRow(
                index=i + 1, level1="产出指标", level2="数量指标", level3=n, description=d, value=v
            )
            for i, (n, d, v) in enumerate(rows)
        ],
    )
    return Document(source=source, unit=unit, tables=[t])


def test_same_indicator_different_numbers_found():
    idx = NearDuplicateIndex()
    idx.add("A县教育局", "义务教育阶段学生营养餐补助覆盖人数 12000人", "a")
    idx.add("B县教育局", "义务教育阶段学生营养餐补助覆盖人数 8500人", "b")
    idx.add("C县交通局", "农村公路养护里程达标率", "c")
    clusters = idx.clusters()
    assert len(clusters) == 1
    assert {e.payload for e in clusters[0].entries} == {"a", "b"}


def test_near_duplicate_one_word_changed_found():
    idx = NearDuplicateIndex()
    idx.add("A县", "全年开展森林防火宣传教育活动次数", 1)
    idx.add("B县", "全年开展森林防火宣传培训活动次数", 2)
    [c] = idx.clusters()
    assert c.groups == {"A县", "B县"}


def test_unrelated_texts_not_found():
    idx = NearDuplicateIndex()
    texts = [
        "农村饮水安全工程受益人口数",
        "城乡居民基本医疗保险参保率",
        "高标准农田建设面积完成率",
        "政务服务事项网上可办率",
        "公共文化场馆免费开放天数",
    ]
    for i, t in enumerate(texts):
        idx.add(f"单位{i}", t, i)
    assert idx.clusters() == []


def test_same_unit_is_not_a_cross_unit_copy():
    idx = NearDuplicateIndex()
    idx.add("A县", "义务教育阶段学生营养餐补助覆盖人数", 1)
    idx.add("A县", "义务教育阶段学生营养餐补助覆盖人数", 2)
    assert idx.clusters() == []


def test_short_strings_ignored_and_shingles():
    idx = NearDuplicateIndex(min_len=8)
    assert not idx.add("A", "满意度", 1)
    assert not idx.add("B", "满意度 ≥95%", 2)
    assert idx.clusters() == []
    assert shingles("合格率") == {x.encode("utf-32-le") for x in ("合格", "格率", "合格率")}
    assert shingles("率") == {"率".encode("utf-32-le")}


def test_row_text_uses_description_when_it_adds_something():
    assert row_text("培训人数", "培训人数") == "培训人数"
    assert (
        row_text("培训人数", "参加业务培训的基层统计人员人数")
        == "培训人数｜参加业务培训的基层统计人员人数"
    )


def test_t106_rule_reports_each_row_with_the_other_unit():
    a = _doc(
        "a.txt",
        "甲县农业农村局",
        [("化肥减量增效示范区建设面积", "", "≥2000亩"), ("服务对象满意度", "", "≥90%")],
    )
    b = _doc(
        "b.txt",
        "乙县农业农村局",
        [("化肥减量增效示范区建设面积", "", "≥3500亩"), ("农机购置补贴资金兑付率", "", "100%")],
    )
    c = _doc("c.txt", "丙县水利局", [("河道清淤疏浚长度", "", "≥12公里")])
    out = list(CrossUnitCopy().check_corpus([a, b, c], None))
    assert sorted((d.source, v.table_index, v.row_index) for d, v in out) == [
        ("a.txt", 1, 1),
        ("b.txt", 1, 1),
    ]
    ev = {d.source: v.evidence for d, v in out}
    assert "乙县农业农村局" in ev["a.txt"] and "甲县农业农村局" in ev["b.txt"]


def test_timing_20k_rows():
    rnd = random.Random(7)
    subjects = [
        "义务教育",
        "农村公路",
        "森林防火",
        "城乡低保",
        "高标准农田",
        "政务服务",
        "河道治理",
        "老年人福利",
        "公共文化",
        "畜禽防疫",
        "残疾人康复",
        "职业技能",
        "安全生产",
        "食品安全",
        "环境监测",
        "乡村振兴",
    ]
    objects = [
        "补助",
        "覆盖",
        "培训",
        "检查",
        "巡查",
        "宣传",
        "维护",
        "建设",
        "验收",
        "发放",
        "监测",
        "整改",
    ]
    measures = [
        "人数",
        "次数",
        "完成率",
        "合格率",
        "覆盖率",
        "及时率",
        "面积",
        "里程",
        "户数",
        "资金到位率",
    ]
    idx = NearDuplicateIndex()
    n = 20000
    for i in range(n):
        text = f"{rnd.choice(subjects)}{rnd.choice(objects)}{rnd.choice(objects)}{rnd.choice(measures)}（{rnd.randint(1, 999)}）"
        idx.add(f"unit{i % 400}", text, i)
    t0 = time.perf_counter()
    clusters = idx.clusters()
    dt = time.perf_counter() - t0
    print(
        f"\nT106 index: {n} rows, {len(idx._by_skeleton)} distinct skeletons, {len(clusters)} clusters in {dt:.2f}s"
    )
    assert clusters  # the synthetic templates repeat across units
