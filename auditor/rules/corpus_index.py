"""T106 (anchors §D): the same indicator text in the disclosures of different units.

The near-duplicate search itself (skeletons, MinHash LSH, rapidfuzz verification) is in
auditor.rules.near_duplicates, which needs numpy; it is imported when several documents are
compared, so a single-file audit does not load numpy at all (issue 13: start-up time)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from typing import TYPE_CHECKING

from auditor.extract.normalize import skeleton, squeeze
from auditor.models import Document
from auditor.rules.base import Rule, Violation, register
from auditor.rules.common import short
from auditor.rules.context import RuleContext

if TYPE_CHECKING:
    from auditor.rules.near_duplicates import Cluster, Entry


def row_text(level3: str | None, description: str | None) -> str:
    """The indicator text compared across documents: the name, plus the description when it adds
    something (a description equal to the name adds nothing)."""
    name = (level3 or "").strip()
    desc = (description or "").strip()
    if desc and skeleton(desc) != skeleton(name) and skeleton(name) not in skeleton(desc):
        return f"{name}｜{desc}"
    return desc if desc and skeleton(name) in skeleton(desc) else name


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
        "every project table of every document with the near-duplicate index of near_duplicates.py: "
        "skeleton normalisation (numbers masked, punctuation dropped), exact-skeleton grouping, "
        "MinHash LSH on character 2/3-grams and rapidfuzz verification (ratio ≥ 85). A cluster that "
        "spans documents of two or more units is reported on each row it contains. Texts shorter "
        "than 10 characters (满意度, 合格率) and clusters held by more than half of the units of a "
        "large corpus (a mandated template) are ignored. In a batch store a unit is a unit of a "
        "county (county folder + unit name), so identical files in two county folders are linked."
    )
    why = (
        "An indicator copied from another unit's disclosure, with only the numbers changed, was "
        "not set for this project (domain-rules: 照搬照抄); the cluster shows reviewers where it "
        "came from."
    )
    example_context = "compares documents of different units across a corpus"
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
        # numpy-backed: loaded only when a corpus is compared (see the module doc)
        from auditor.rules.near_duplicates import NearDuplicateIndex

        index = NearDuplicateIndex(min_len=self.min_len)
        for d_i, doc in enumerate(docs):
            unit = squeeze(doc.unit) or doc.source
            for t in doc.tables:
                if t.kind != "project":
                    continue
                for r in t.rows:
                    index.add(unit, row_text(r.level3, r.description), (d_i, t.index, r.index))
        for cluster in index.clusters(min_groups=2, max_group_share=self.max_unit_share):
            yield from self._cluster_findings(cluster, docs)

    def _cluster_findings(
        self, cluster: Cluster, docs: list[Document]
    ) -> Iterator[tuple[Document, Violation]]:
        """One finding per row of the cluster; the evidence names up to `max_listed` other units
        (the listing is built once per cluster, not once per unit)."""
        by_unit: dict[Hashable, list[Entry]] = defaultdict(list)
        for e in cluster.entries:
            by_unit[e.group].append(e)
        labels: list[tuple[Hashable, str]] = []
        for u, es in list(by_unit.items())[: self.max_listed + 1]:
            d_i, t_i, r_i = es[0].payload
            labels.append((u, f"{u}（{_basename(docs[d_i].source)} 表{t_i}第{r_i}行）"))
        n_others = len(by_unit) - 1
        more = f"等{n_others}个单位" if n_others > self.max_listed else ""
        for unit, entries in by_unit.items():
            listed = "、".join([lb for u, lb in labels if u != unit][: self.max_listed])
            for e in entries:
                d_i, t_i, r_i = e.payload
                yield (
                    docs[d_i],
                    Violation(
                        message=f"指标“{short(e.text, 30)}”与其他单位公开文件中的指标文字相同或近乎相同，疑为照抄",
                        message_en=f"indicator text also appears in {n_others} other unit(s)' disclosures",
                        evidence=f"“{short(e.text, 40)}”亦见于 {listed}{more}（数字除外相同或近乎相同）",
                        table_index=t_i,
                        row_index=r_i,
                    ),
                )
