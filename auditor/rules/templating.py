"""T106 the same indicator text in documents of different units (corpus scope).

The other templating rules live in boilerplate.py (T101, T102), goal_text.py (T103, T104),
leftovers.py (T105) and artefacts.py (T107); T106 moves beside its index (corpus_index.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

from auditor.extract.normalize import squeeze
from auditor.models import Document
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import project_tables, short
from auditor.rules.context import RuleContext
from auditor.rules.corpus_index import Entry as IndexEntry
from auditor.rules.corpus_index import NearDuplicateIndex, row_text


def _basename(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


@register
class CrossUnitCopy(Rule):
    code = "T106"
    name = "cross-unit-copy"
    family = "T"
    severity = "info"
    scope = "corpus"
    summary = "同一指标文字（数字除外）在不同单位的公开文件中原样或近乎原样出现"
    what = (
        "Indexes the indicator text (三级 name, plus the description when it adds something) of "
        "every project table of every document with the near-duplicate index of corpus_index.py: "
        "skeleton normalisation (numbers masked, punctuation dropped), exact-skeleton grouping, "
        "MinHash LSH on character 2/3-grams and rapidfuzz verification (ratio ≥ 85). A cluster that "
        "spans documents of two or more units is reported on each row it contains. Texts shorter "
        "than 10 characters (满意度, 合格率) and clusters held by more than half of the units of a "
        "large corpus (a mandated template) are ignored."
    )
    why = (
        "An indicator copied from another unit's disclosure, with only the numbers changed, was "
        "not set for this project (domain-rules: 照搬照抄); the cluster shows reviewers where it "
        "came from."
    )
    bad = "县A “区域内学生视力筛查覆盖率 ≥90%” and county B “区域内学生视力筛查覆盖率 ≥95%” (different units)"
    better = (
        "Each unit defines the indicator for its own project: “全县32所中小学视力筛查覆盖率 100%”"
    )

    min_len = (
        10  # characters after normalisation: shorter names (工作效率提升情况) are common vocabulary
    )
    max_unit_share = 0.5
    max_listed = 3

    def check_corpus(
        self, docs: list[Document], ctx: RuleContext
    ) -> Iterable[tuple[Document, Violation]]:
        index = NearDuplicateIndex(min_len=self.min_len)
        for d_i, doc in enumerate(docs):
            unit = squeeze(doc.unit) or doc.source
            for t in project_tables(doc):
                for r in t.rows:
                    index.add(unit, row_text(r.level3, r.description), (d_i, t.index, r.index))
        for cluster in index.clusters(min_groups=2, max_group_share=self.max_unit_share):
            # one finding per document row; evidence names the other units
            by_unit: dict[Hashable, list[IndexEntry]] = defaultdict(list)
            for e in cluster.entries:
                by_unit[e.group].append(e)
            for owner, entries in by_unit.items():
                others = [u for u in by_unit if u != owner]
                listed = "、".join(
                    f"{u}（{_basename(docs[by_unit[u][0].payload[0]].source)} 表{by_unit[u][0].payload[1]}第{by_unit[u][0].payload[2]}行）"
                    for u in others[: self.max_listed]
                )
                more = f"等{len(others)}个单位" if len(others) > self.max_listed else ""
                for e in entries:
                    d_i, t_i, r_i = e.payload
                    yield (
                        docs[d_i],
                        Violation(
                            message=f"指标“{short(e.text, 30)}”与其他单位公开文件中的指标文字相同或近乎相同，疑为照抄",
                            message_en=f"indicator text also appears in {len(others)} other unit(s)' disclosures",
                            evidence=f"“{short(e.text, 40)}”亦见于 {listed}{more}（数字除外相同或近乎相同）",
                            table_index=t_i,
                            row_index=r_i,
                        ),
                    )
