"""hh05 — 广西 岑江县交通运输局, 2025, text copied out of a PDF converter (GB18030, CRLF): pipe
rows with outer pipes padded by empty cells, a 一级 printed on the middle row of its block,
`指标1：` prefixes and `指标N：` placeholder lines, and a second table cut off at the end of the
excerpt in the middle of a row."""

from __future__ import annotations

from dsl import rows
from emit import Tab, text_file
from frame import project_table
from kit import tags
from spec import Doc, Table

DEPT = "岑江县交通运输局"
HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]
KEYS = ["l1", "l2", "l3", "value", "desc"]

T1 = Table(
    "project",
    "2025年农村公路日常养护资金",
    684.0,
    "完成全县县道186公里、乡道412公里、村道1030公里日常养护，优良中等路率达到85%以上，"
    "全年不发生因养护不到位引发的较大交通事故。",
    rows(
        """
产出指标 | 数量指标 | 县道养护里程 | 186公里 | 列养县道里程（2024年公路统计年报） | 5 |
 | | 乡道养护里程 | 412公里 | 列养乡道里程（2024年公路统计年报） | 5 |
 | | 村道养护里程 | 1030公里 | 列养村道里程 | 4 |
 | 质量指标 | 优良中等路率 | ≥85% | 年度公路技术状况评定中优、良、中等路段里程占比 | 5 |
 | | 路面病害及时处治率 | ≥95% | 路面病害及时处治率 | 4 | V403
 | 时效指标 | 养护资金拨付时间 | 按季度拨付 | 养护资金按季度拨付到乡镇 | 3 |
 | 成本指标 | 县道养护补助标准 | 7000元/公里·年 | 县道每公里每年养护补助 | 4 |
 | | 村道养护补助标准 | 1000元 | 村道养护补助 | 3 | U301:a per-km standard given in bare 元 (the name has no denominator) V403
效益指标 | 社会效益指标 | 群众出行条件 | 明显改善 | 群众出行条件改善情况 | 2 | V401 V403
 | | 因养护不到位引发的较大交通事故 | 0起 | 全年较大交通事故中因养护原因引发的起数 | 4 |
 | 可持续影响指标 | 农村公路使用寿命 | 有效延长 | 农村公路使用寿命延长 | 2 | V401 V403
满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 抽样调查 | 4 |
""",
        "l1 l2 l3 value desc spec codes",
    ),
    title="2025年农村公路日常养护资金项目绩效目标表",
)

T2 = Table(
    "project",
    "2025年渡口渡船安全管理经费",
    42.6,
    "保障全县14个渡口、21艘渡船安全运行，开展渡口安全检查不少于每月1次，全年渡运安全事故零发生。",
    rows(
        """
产出指标 | 数量指标 | 指标1：管理渡口数量 | 14个 | 全县在册渡口数 | 4 |
 | | 指标2：渡船安全检查次数 | ≥12次 | 每月至少检查1次 | 4 |
 | | 指标3：渡工培训人数 | ≥42人 | 持证渡工参加安全培训人数 | 4 |
 | 质量指标 | 指标1：渡船年检合格率 | 100% | 在册渡船年度检验合格率 | 4 |
""",
        "l1 l2 l3 value desc spec codes",
        note="三级 printed with its 指标N： prefix",
    ),
    title="2025年渡口渡船安全管理经费项目绩效目标表",
    extra={
        "cut_off": {
            "after_row": 4,
            "text": "| | | 指标2：渡运安全事故发生次数 |",
        },
        "placeholders": [{"text": "指标4：", "after_row": 3}],
    },
)


def render(doc: Doc) -> bytes:
    f1 = project_table(T1, DEPT, HEAD, KEYS, "项目资金（万元）", "684.00", "年度绩效目标")
    f2 = project_table(
        T2,
        DEPT,
        HEAD,
        KEYS,
        "项目资金（万元）",
        "42.60",
        "年度绩效目标",
        after={3: [("", "", "指标4：", "", "")]},
    )
    blocks: list[object] = [
        "岑江县交通运输局2025年部门预算",
        "（六）绩效目标设置情况",
        "根据预算管理有关要求，本部门2025年对所有项目支出实行绩效目标管理，现公开重点项目绩效目标表。",
        "附件3-1",
        T1.title,
        Tab(f1, {"style": "pipe", "pad": 3, "where": "middle"}),
        "",
        "附件3-2",
        T2.title,
        Tab(f2, {"style": "pipe", "pad": 3}),
        "| | | 指标2：渡运安全事故发生次数 |",
    ]
    return text_file(blocks, encoding="gb18030", newline="\r\n")  # type: ignore[arg-type]


DOC = Doc(
    "hh05_guangxi_jiaotong",
    "hh05_广西岑江县交通运输局_2025.txt",
    DEPT,
    2025,
    tags(
        "txt",
        "gb18030 crlf",
        "广西",
        "交通",
        "pipe-padded level1-once prefixes-placeholders cut-off several-tables goal-heading",
    ),
    [T1, T2],
    render=render,
)
