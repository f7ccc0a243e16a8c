"""Hand-typed documents of the layout development set (imported by eval/layout_set.py).

Table-level patterns the renderer does not write: a budget line with its breakdown in brackets
("214.50万元（其中中央资金…）"), numbered project headings above the titles, a self-evaluation
table whose 预期目标 / 实际完成情况 row follows its budget grid, and a department's overall
self-evaluation table printed on one line with its title first; an approval table's "合计：…"
amount, a budget label wrapped over three lines of an unruled PDF's text ("年度资金总额（" / the
amounts / "元）"), mid-term and annual budgets and goals side by side under period headings
(their amounts below them, or beside each word in the same row).
Content is invented.
"""

from __future__ import annotations

from auditor.evaluation.dataset import DatasetItem, GoldRow, GoldTable, SourceRef

Row = tuple[str, str, str, str]  # 一级, 二级, 三级, 指标值
_PENDING = SourceRef(name="x", sha256="0" * 64)


def _rows(rows: list[Row]) -> list[GoldRow]:
    return [
        GoldRow(row_index=i, level1=l1, level2=l2, level3=l3, value=v)
        for i, (l1, l2, l3, v) in enumerate(rows, 1)
    ]


_OUT, _EFFECT, _SAT = "产出指标", "效益指标", "满意度指标"
_SERVICE = "服务对象满意度指标"

STRUCTURED_HAND: list[DatasetItem] = [
    DatasetItem(
        id="yn_forest_selfeval_hand",
        source=_PENDING.model_copy(update={"name": "yn_forest_selfeval_hand.txt"}),
        unit="滇南县林业和草原局",
        year=2024,
        tags={
            "province": "云南",
            "layout": "hand: budget breakdown, numbered headings, self-evaluation goal grid, "
            "overall self-evaluation on one line",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="天然林保护管护项目",
                budget_wan=214.5,
                goal="落实天然林管护面积46万亩，聘用生态护林员320名，全年森林火灾受害率控制在0.9‰以内。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "天然林管护面积", "≥46万亩"),
                        (_OUT, "数量指标", "聘用生态护林员", "320名"),
                        (_OUT, "质量指标", "管护责任落实率", "100%"),
                        (_OUT, "时效指标", "护林员补助发放时间", "每季度末"),
                        (_EFFECT, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
                        (_EFFECT, "社会效益指标", "林区群众就业增收", "明显提高"),
                        (_SAT, _SERVICE, "护林员满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="林业有害生物防治项目",
                budget_wan=38.0,
                goal="完成松材线虫病等林业有害生物监测普查120万亩，防治作业面积2.4万亩，"
                "成灾率控制在省定指标以内。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "监测普查面积", "≥120万亩"),
                        (_OUT, "数量指标", "防治作业面积", "≥2.4万亩"),
                        (_OUT, "质量指标", "无公害防治率", "≥90%"),
                        (_OUT, "成本指标", "每亩防治成本", "≤120元"),
                        (_EFFECT, "生态效益指标", "林业有害生物成灾率", "≤4‰"),
                        (_SAT, _SERVICE, "林农满意度", "≥85%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=3,
                kind="self_evaluation",
                project="退耕还林成果巩固项目",
                budget_wan=72.5,
                goal="巩固退耕还林成果1.2万亩，补植补造3000亩，兑现退耕农户补助资金。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "巩固退耕还林面积", "≥1.2万亩"),
                        (_OUT, "数量指标", "补植补造面积", "≥3000亩"),
                        (_OUT, "质量指标", "补植苗木成活率", "≥85%"),
                        (_OUT, "时效指标", "补助资金兑现时间", "2023年11月底前"),
                        (_EFFECT, "生态效益指标", "退耕地林草覆盖度", "逐年提高"),
                        (_SAT, _SERVICE, "退耕农户满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=4,
                kind="self_evaluation",
                project="滇南县林业和草原局",
                budget_wan=1935.72,
                goal="全面落实林长制，森林覆盖率稳定在62%以上，完成营造林任务1.5万亩，"
                "不发生重大森林火灾。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "营造林面积", "≥1.5万亩"),
                        (_OUT, "质量指标", "造林成活率", "≥85%"),
                        (_EFFECT, "生态效益指标", "森林覆盖率", "≥62%"),
                        (_SAT, _SERVICE, "林区群众满意度", "≥90%"),
                    ]
                ),
            ),
        ],
    ),
    DatasetItem(
        id="fj_transport_budgets_hand",
        source=_PENDING.model_copy(update={"name": "fj_transport_budgets_hand.txt"}),
        unit="闽清县交通运输局",
        year=2024,
        tags={
            "province": "福建",
            "layout": "hand: 合计 amount, budget label wrapped over lines, mid-term and annual "
            "budget and goal columns",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="农村客运班线运营补助",
                budget_wan=486.0,
                goal="保障全县58条农村客运班线正常运营，建制村通客车率保持100%。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "保障运营农村客运班线", "≥58条"),
                        (_OUT, "质量指标", "建制村通客车率", "100%"),
                        (_OUT, "时效指标", "补助资金拨付时间", "2024年12月底前"),
                        (_EFFECT, "社会效益指标", "农村群众出行便利程度", "明显提高"),
                        (_SAT, _SERVICE, "沿线群众满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="乡镇客运站改造提升项目",
                budget_wan=135.0,
                goal="改造提升乡镇客运站3个，完善候车、售票和安全检查设施。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "改造提升乡镇客运站", "≥3个"),
                        (_OUT, "质量指标", "工程验收合格率", "100%"),
                        (_EFFECT, "社会效益指标", "候车环境", "明显改善"),
                        (_SAT, _SERVICE, "旅客满意度", "≥85%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=3,
                kind="project",
                project="农村公路安全生命防护工程",
                budget_wan=640.0,
                goal="完成农村公路安全生命防护工程105公里，年底前通过交工验收。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "实施安防工程里程", "≥105公里"),
                        (_OUT, "时效指标", "交工验收时间", "2024年12月底前"),
                        (_EFFECT, "社会效益指标", "农村公路交通事故率", "逐年下降"),
                        (_SAT, _SERVICE, "沿线群众满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=4,
                kind="project",
                project="港口航道疏浚维护",
                budget_wan=320.0,
                goal="疏浚维护内河航道12公里，航道通航保证率达到98%。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "疏浚维护航道里程", "≥12公里"),
                        (_EFFECT, "经济效益指标", "航道通航保证率", "≥98%"),
                        (_SAT, _SERVICE, "航运企业满意度", "≥85%"),
                    ]
                ),
            ),
        ],
    ),
    DatasetItem(
        id="wh_culture_approval_tabs_hand",
        source=_PENDING.model_copy(update={"name": "wh_culture_approval_tabs_hand.txt"}),
        unit="皖南县文化旅游体育局",
        year=2024,
        tags={
            "province": "安徽",
            "layout": "hand: approval table (批复金额), a goal cell broken by a raw line break in "
            "tab text, 中期 and 年度 blocks each with their own 二级/三级 columns",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="乡村文化振兴示范村建设",
                budget_wan=96.0,
                goal="建设乡村文化振兴示范村6个，每村配套文化广场和农家书屋，"
                "全年组织村级文艺演出60场以上。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "建设示范村", "≥6个"),
                        (_OUT, "数量指标", "组织村级文艺演出", "≥60场"),
                        (_OUT, "时效指标", "当年示范村建成时间", "2024年11月底前"),
                        (_EFFECT, "社会效益指标", "村民参与文化活动人次", "≥1万人次"),
                        (_SAT, _SERVICE, "村民满意度", "≥90%"),
                    ]
                ),
            )
        ],
    ),
    DatasetItem(
        id="wh_library_unfilled_pipes_hand",
        source=_PENDING.model_copy(update={"name": "wh_library_unfilled_pipes_hand.txt"}),
        unit="皖南县文化旅游体育局",
        year=2024,
        tags={
            "province": "安徽",
            "layout": "hand: one cell per line ending in a pipe, the 一级 column never filled "
            "(a lone pipe opens every row), explanations repeating the name, 效果/长远影响 names",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="公共图书馆免费开放",
                budget_wan=42.0,
                goal="保障县图书馆及12个乡镇分馆全年免费开放，年接待读者8万人次以上。",
                rows=_rows(
                    [
                        (_OUT, "数量指标", "免费开放分馆数量", "12个"),
                        (_OUT, "数量指标", "年接待读者人次", "≥8万人次"),
                        (_OUT, "质量指标", "图书外借服务达标率", "≥95%"),
                        (_EFFECT, "社会效果指标", "群众阅读条件", "明显改善"),
                        (_EFFECT, "长远影响指标", "全民阅读服务体系", "持续完善"),
                        (_SAT, _SERVICE, "读者满意度", "≥90%"),
                    ]
                ),
            )
        ],
    ),
]
