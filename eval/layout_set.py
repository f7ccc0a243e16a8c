"""The layout development set: small realistic disclosures in the layouts of docs/layouts.md.

Content is invented and written by hand below (units, projects, indicators and values in the
wording of several provinces and sectors; project, self-evaluation and department-wide tables;
budgets in 万元 and 元). Most documents are rendered by auditor.synth into one layout and format
each; two are typed by hand (`HAND_WRITTEN`, committed as text) with patterns the renderer does
not write (placeholder rows, goals under 总体目标, a 一级 weight annotation). The dataset holds
the extraction labels only (`labelled: ["extraction"]`): what each table and row says.

    python eval/layout_set.py      # rewrites eval/datasets/layouts/ and eval/datasets/layouts.jsonl
                                   # (--rewrite: DOCX/XLSX/PDF files too, not only new ones)

Gold conventions (as for the sample gold): names as printed, with bracketed annotations and
"指标1:" prefixes removed, the 一级 implied from the 二级 where the table prints none; values
joined from split columns; budgets in 万元.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":  # run as a script: make the repo's `auditor` package importable
    sys.path.insert(0, str(ROOT))

from layout_hand import STRUCTURED_HAND  # noqa: E402  (eval/, the script's own folder)

from auditor.evaluation.dataset import (  # noqa: E402
    DatasetItem,
    GoldRow,
    GoldTable,
    SourceRef,
    make_header,
    write_dataset,
)
from auditor.ingest import sha256_file  # noqa: E402
from auditor.models import Document, IndicatorRow, Table  # noqa: E402
from auditor.synth.generate import SynthDocument  # noqa: E402
from auditor.synth.layouts import BY_NAME, Layout  # noqa: E402
from auditor.synth.names import level1_text, level2_text, split_value  # noqa: E402
from auditor.synth.render import render  # noqa: E402

OUT = ROOT / "eval" / "datasets" / "layouts"
DATASET = ROOT / "eval" / "datasets" / "layouts.jsonl"

Row = tuple[str, str, str, str]  # 一级, 二级, 三级, 指标值


@dataclass
class Spec:
    id: str
    province: str
    layout: str
    fmt: str
    unit: str
    year: int
    tables: list[tuple[str, float, str, list[Row]]]  # project, budget 万元, goal, rows
    extras: dict[int, list[dict[str, str]]] = field(default_factory=dict)  # table -> per row


P, E, C, S = "产出指标", "效益指标", "成本指标", "满意度指标"
SPECS: list[Spec] = [
    Spec(
        "hn_agri_html",
        "湖南",
        "tree-l1-first",
        "html",
        "桃江县农业农村局",
        2023,
        [
            (
                "高标准农田建设",
                1260.0,
                "新建高标准农田1.2万亩，配套灌排渠道和机耕道，提高粮食综合生产能力。",
                [
                    (P, "数量指标", "新建高标准农田面积", "≥1.2万亩"),
                    (P, "数量指标", "新建灌排渠道长度", "≥18公里"),
                    (P, "质量指标", "工程验收合格率", "100%"),
                    (P, "时效指标", "项目完工时间", "2023年12月底前"),
                    (C, "经济成本指标", "亩均建设成本", "≤1050元/亩"),
                    (E, "经济效益指标", "项目区粮食亩产增加", "≥50公斤"),
                    (S, "服务对象满意度指标", "项目区农户满意度", "≥90%"),
                ],
            ),
            (
                "农作物病虫害统防统治",
                85.5,
                "开展水稻病虫害统防统治，减少农药使用量，保障粮食生产安全。",
                [
                    (P, "数量指标", "统防统治面积", "≥6万亩"),
                    (P, "质量指标", "防治效果", "≥85%"),
                    (P, "时效指标", "防治任务完成时间", "2023年9月底前"),
                    (E, "生态效益指标", "化学农药使用量减少", "≥5%"),
                    (S, "服务对象满意度指标", "种植户满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "sc_transport_dept_xlsx",
        "四川",
        "frame-department",
        "xlsx",
        "会东县交通运输局",
        2024,
        [
            (
                "农村公路日常养护",
                356.8,
                "完成农村公路日常养护826公里，路况优良率保持在80%以上。",
                [
                    (P, "数量指标", "日常养护里程", "≥826公里"),
                    (P, "质量指标", "农村公路优良路率", "≥80%"),
                    (P, "时效指标", "养护资金拨付及时率", "100%"),
                    (E, "社会效益指标", "群众出行条件", "明显改善"),
                    (S, "服务对象满意度指标", "沿线群众满意度", "≥90%"),
                ],
            ),
            (
                "客运站运营补贴",
                42.0,
                "保障县客运站正常运营，全年发送旅客不少于15万人次。",
                [
                    (P, "数量指标", "年发送旅客人次", "≥15万人次"),
                    (P, "质量指标", "安全责任事故", "=0起"),
                    (P, "时效指标", "补贴发放时间", "2024年6月底前"),
                    (S, "服务对象满意度指标", "旅客满意度", "≥92%"),
                ],
            ),
            (
                "危桥改造",
                610.0,
                "完成5座农村公路危桥改造，消除通行安全隐患。",
                [
                    (P, "数量指标", "改造危桥数量", "5座"),
                    (P, "质量指标", "竣工验收合格率", "100%"),
                    (C, "经济成本指标", "单座桥梁改造成本", "≤122万元"),
                    (E, "社会效益指标", "安全隐患消除率", "100%"),
                ],
            ),
        ],
    ),
    Spec(
        "gs_health_selfeval_docx",
        "甘肃",
        "cols-self-eval",
        "docx",
        "临泽县卫生健康局",
        2022,
        [
            (
                "基本公共卫生服务",
                498.6,
                "为辖区常住居民免费提供基本公共卫生服务，规范管理高血压、糖尿病患者。",
                [
                    (P, "数量指标", "高血压患者规范管理人数", "≥5200人"),
                    (P, "数量指标", "65岁及以上老年人健康管理人数", "≥6800人"),
                    (P, "质量指标", "居民电子健康档案建档率", "≥90%"),
                    (P, "时效指标", "资金拨付时间", "2022年10月底前"),
                    (E, "社会效益指标", "居民健康素养水平", "≥25%"),
                    (S, "服务对象满意度指标", "居民满意度", "≥85%"),
                ],
            ),
        ],
        extras={
            1: [
                {"actual": "5318人", "score_max": "10", "score": "10", "deviation": "无"},
                {
                    "actual": "6421人",
                    "score_max": "10",
                    "score": "8",
                    "deviation": "部分老年人外出务工未能随访",
                },
                {"actual": "92.3%", "score_max": "10", "score": "10", "deviation": "无"},
                {"actual": "2022年9月28日", "score_max": "10", "score": "10", "deviation": "无"},
                {"actual": "26.1%", "score_max": "20", "score": "20", "deviation": "无"},
                {"actual": "88.6%", "score_max": "10", "score": "10", "deviation": "无"},
            ]
        },
    ),
    Spec(
        "gd_edu_split_pdf",
        "广东",
        "cols-split",
        "pdf",
        "连南瑶族自治县教育局",
        2023,
        [
            (
                "学生资助",
                312.4,
                "落实家庭经济困难学生资助政策，应助尽助。",
                [
                    (P, "数量指标", "资助家庭经济困难学生人次", "≥2600人次"),
                    (P, "质量指标", "资助对象认定准确率", "100%"),
                    (P, "时效指标", "资助资金发放时间", "2023年11月底前"),
                    (E, "社会效益指标", "因贫失学辍学学生人数", "=0人"),
                    (S, "服务对象满意度指标", "受助学生及家长满意度", "≥95%"),
                ],
            ),
            (
                "校舍维修改造",
                180.0,
                "完成6所农村学校校舍维修，消除D级危房。",
                [
                    (P, "数量指标", "维修校舍面积", "≥4200平方米"),
                    (P, "质量指标", "维修工程验收合格率", "100%"),
                    (P, "成本指标", "维修单价", "≤420元/平方米"),
                    (E, "可持续影响指标", "校舍正常使用年限", "≥15年"),
                ],
            ),
        ],
    ),
    Spec(
        "jx_water_ownline_txt",
        "江西",
        "tree-l1-own-line",
        "txt",
        "宁都县水利局",
        2024,
        [
            (
                "农村饮水安全巩固提升",
                735.0,
                "新建和改造供水管网，提升农村集中供水率和自来水普及率。",
                [
                    (P, "数量指标", "新建供水管网长度", "≥46公里"),
                    (P, "数量指标", "受益人口", "≥1.8万人"),
                    (P, "质量指标", "水质达标率", "≥95%"),
                    (P, "时效指标", "工程完工时间", "2024年11月底前"),
                    (E, "社会效益指标", "农村自来水普及率", "≥92%"),
                    (S, "服务对象满意度指标", "受益群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "zj_civil_extra_xls",
        "浙江",
        "cols-extra",
        "xls",
        "开化县民政局",
        2023,
        [
            (
                "特困人员供养",
                268.3,
                "保障特困人员基本生活，做到应养尽养。",
                [
                    (P, "数量指标", "特困供养人数", "≥720人"),
                    (P, "质量指标", "供养标准执行到位率", "100%"),
                    (P, "时效指标", "供养金按月发放及时率", "100%"),
                    (C, "经济成本指标", "分散供养人均标准", "≥1180元/人·月"),
                    (S, "服务对象满意度指标", "特困人员满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "gz_culture_middle_gbk",
        "贵州",
        "tree-l1-middle",
        "html-gbk",
        "黎平县文体广电旅游局",
        2023,
        [
            (
                "送戏下乡",
                48.0,
                "组织文艺团体送戏下乡120场，丰富农村群众文化生活。",
                [
                    (P, "数量指标", "送戏下乡场次", "≥120场"),
                    (P, "质量指标", "演出节目审查合格率", "100%"),
                    (P, "时效指标", "演出任务完成时间", "2023年12月底前"),
                    (E, "社会效益指标", "观演群众人次", "≥3万人次"),
                    (S, "服务对象满意度指标", "观众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "sd_env_blank_txt",
        "山东",
        "sep-cell-line-blank",
        "txt",
        "平邑县生态环境分局",
        2024,
        [
            (
                "农村生活污水治理",
                560.0,
                "完成12个行政村生活污水治理，治理率提高到45%以上。",
                [
                    (P, "数量指标", "完成治理行政村数量", "≥12个"),
                    (P, "质量指标", "出水水质达标率", "≥90%"),
                    (P, "时效指标", "项目完成时间", "2024年10月底前"),
                    (E, "生态效益指标", "农村生活污水治理率", "≥45%"),
                    (S, "服务对象满意度指标", "村民满意度", "≥85%"),
                ],
            ),
        ],
    ),
    Spec(
        "yn_forest_titled_docx",
        "云南",
        "frame-titled",
        "docx",
        "墨江哈尼族自治县林业和草原局",
        2024,
        [
            (
                "森林防火",
                96.0,
                "加强森林防火巡护和宣传，全年森林火灾受害率控制在0.9‰以内。",
                [
                    (P, "数量指标", "护林员巡护天数", "≥300天"),
                    (P, "数量指标", "防火宣传场次", "≥40场"),
                    (P, "时效指标", "火情处置响应时间", "≤30分钟"),
                    (E, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
                    (S, "服务对象满意度指标", "林区群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "hb_market_yuan_txt",
        "河北",
        "frame-yuan",
        "txt",
        "阜城县市场监督管理局",
        2023,
        [
            (
                "食品安全抽检",
                38.5,
                "完成食品安全监督抽检800批次，问题食品核查处置率100%。",
                [
                    (P, "数量指标", "食品抽检批次", "≥800批次"),
                    (P, "质量指标", "不合格食品核查处置率", "100%"),
                    (P, "时效指标", "抽检任务完成时间", "2023年11月底前"),
                    (E, "社会效益指标", "食品安全事故发生数", "=0起"),
                ],
            ),
            (
                "特种设备安全检查",
                12.6,
                "对辖区在用特种设备开展安全检查，消除安全隐患。",
                [
                    (P, "数量指标", "检查特种设备台数", "≥350台"),
                    (P, "质量指标", "隐患整改率", "100%"),
                    (S, "服务对象满意度指标", "企业满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "sx_sport_short_xlsx",
        "陕西",
        "names-short",
        "xlsx",
        "洛川县文化和旅游局",
        2024,
        [
            (
                "全民健身设施更新",
                65.0,
                "更新15个行政村健身器材，方便群众就近健身。",
                [
                    (P, "数量指标", "更新健身路径数量", "15套"),
                    (P, "质量指标", "器材安装验收合格率", "100%"),
                    (P, "时效指标", "安装完成时间", "2024年8月底前"),
                    (E, "社会效益指标", "受益群众人数", "≥1.2万人"),
                    (S, "服务对象满意度指标", "村民满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "hun_transfer_cells_txt",
        "湖南",
        "sep-transfer-cell-line-blank",
        "txt",
        "城步苗族自治县财政局",
        2024,
        [
            (
                "农村综合改革转移支付",
                386.0,
                "支持12个行政村开展村级公益事业建设，改善农村人居环境。",
                [
                    (P, "数量指标", "支持村级公益事业建设村数", "12个"),
                    (P, "质量指标", "项目竣工验收合格率", "100%"),
                    (P, "时效指标", "资金下达及时率", "100%"),
                    (E, "社会效益指标", "农村人居环境", "明显改善"),
                    (E, "可持续影响指标", "建后管护机制", "健全"),
                    (S, "服务对象满意度指标", "受益村民满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "cq_road_placeholder_txt",
        "重庆",
        "tree-l2-middle",
        "txt",
        "城口县交通局",
        2024,
        [
            (
                "农村公路安全生命防护工程",
                268.0,
                "完成45公里农村公路安全生命防护工程，降低交通事故发生率。",
                [
                    (P, "数量指标", "防护栏安装长度", "≥45公里"),
                    (P, "数量指标", "警示标志设置数量", "≥120块"),
                    (P, "数量指标", "减速带设置数量", "≥30处"),
                    (P, "质量指标", "工程验收合格率", "100%"),
                    (P, "时效指标", "工程完工时间", "2024年10月底前"),
                    (C, "经济成本指标", "——", "——"),
                    (C, "社会成本指标", "无", "无"),
                    (E, "社会效益指标", "交通事故发生率", "逐年下降"),
                    (E, "社会效益指标", "群众出行安全保障", "明显提升"),
                    (E, "社会效益指标", "沿线受益人口", "≥3.2万人"),
                    (E, "生态效益指标", "/", "/"),
                    (S, "服务对象满意度指标", "沿线群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "gx_agri_typed_cells_txt",
        "广西",
        "sep-typed-cell-line-blank",
        "txt",
        "融水苗族自治县农业农村局",
        2023,
        [
            (
                "耕地地力保护",
                940.0,
                "发放耕地地力保护补贴，保护耕地地力，稳定粮食播种面积。",
                [
                    (P, "数量指标", "补贴发放面积", "≥28万亩"),
                    (P, "质量指标", "补贴资金兑付准确率", "100%"),
                    (P, "时效指标", "补贴发放时间", "2023年6月底前"),
                    (C, "经济成本指标", "亩均补贴标准", "≤105元/亩"),
                    (E, "经济效益指标", "粮食播种面积", "保持稳定"),
                    (S, "服务对象满意度指标", "种粮农户满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "nmg_grass_nol3_unruled_pdf",
        "内蒙古",
        "cols-split-no-l3",
        "pdf-unruled",
        "阿鲁科尔沁旗林业和草原局",
        2024,
        [
            (
                "草原生态保护补助奖励",
                1860.0,
                "落实禁牧和草畜平衡制度，草原综合植被盖度稳定在45%以上。",
                [
                    (P, "数量指标", "禁牧面积", "≥120万亩"),
                    (P, "质量指标", "补奖资金发放准确率", "100%"),
                    (P, "时效指标", "资金发放时间", "2024年9月底前"),
                    (E, "生态效益指标", "草原综合植被盖度", "≥45%"),
                    (S, "服务对象满意度指标", "牧户满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "nx_water_midterm_xlsx",
        "宁夏",
        "cols-midterm",
        "xlsx",
        "同心县水务局",
        2024,
        [
            (
                "中小河流治理",
                1200.0,
                "治理中小河流岸线14公里，提高河道防洪能力。",
                [
                    (P, "数量指标", "治理河道长度", "≥14公里"),
                    (P, "质量指标", "工程质量合格率", "100%"),
                    (P, "时效指标", "主体工程完工时间", "2024年11月底前"),
                    (E, "社会效益指标", "保护农田面积", "≥6000亩"),
                    (S, "服务对象满意度指标", "沿河群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "qh_edu_places_html",
        "青海",
        "cols-places",
        "html",
        "门源回族自治县教育局",
        2023,
        [
            (
                "学前教育保教费补助",
                210.0,
                "免除公办幼儿园保教费，保障适龄幼儿入园。",
                [
                    (P, "数量指标", "受助幼儿人数", "≥3500人"),
                    (P, "质量指标", "补助对象精准率", "100%"),
                    (P, "时效指标", "资金拨付时间", "2023年10月底前"),
                    (E, "社会效益指标", "学前三年毛入园率", "≥90%"),
                    (S, "服务对象满意度指标", "幼儿家长满意度", "≥92%"),
                ],
            ),
        ],
    ),
    Spec(
        "hi_fish_cut_txt",
        "海南",
        "sep-cut-at-end",
        "txt",
        "临高县海洋与渔业局",
        2024,
        [
            (
                "渔船安全生产设备更新",
                96.0,
                "为240艘小型渔船更新救生和通信设备，提升海上安全保障能力。",
                [
                    (P, "数量指标", "更新设备渔船数量", "240艘"),
                    (P, "质量指标", "设备检验合格率", "100%"),
                    (P, "时效指标", "设备安装完成时间", "2024年8月底前"),
                    (E, "社会效益指标", "渔船安全事故", "=0起"),
                    (S, "服务对象满意度指标", "渔民满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "sx_civil_overall_docx",
        "山西",
        "frame-overall",
        "docx",
        "岢岚县民政局",
        2024,
        [
            (
                "部门整体支出",
                1630.0,
                "保障城乡低保、特困供养和临时救助资金按时足额发放，兜牢基本民生底线。",
                [
                    (P, "数量指标", "城乡低保保障人数", "≥5200人"),
                    (P, "质量指标", "救助资金发放准确率", "100%"),
                    (P, "时效指标", "低保金按月发放率", "100%"),
                    (E, "社会效益指标", "困难群众基本生活", "有效保障"),
                    (S, "服务对象满意度指标", "救助对象满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "js_env_evalsystem_xlsx",
        "江苏",
        "frame-evaluation",
        "xlsx",
        "泗洪县生态环境局",
        2023,
        [
            (
                "农村生活污水治理设施运维",
                320.0,
                "",
                [
                    (P, "数量指标", "运维治理设施数量", "≥210座"),
                    (P, "质量指标", "出水水质达标率", "≥90%"),
                    (P, "时效指标", "故障修复时间", "≤48小时"),
                    (E, "生态效益指标", "农村水环境质量", "持续改善"),
                    (S, "服务对象满意度指标", "村民满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "fj_health_wordcopy_txt",
        "福建",
        "sep-word-copy",
        "txt",
        "长汀县卫生健康局",
        2024,
        [
            (
                "基层医疗卫生机构能力提升",
                228.0,
                "为12家乡镇卫生院配置数字化医学影像设备，提升基层首诊能力。",
                [
                    (P, "数量指标", "配置数字化医学影像设备乡镇卫生院数", "12家"),
                    (P, "质量指标", "设备安装调试合格率", "100%"),
                    (P, "时效指标", "设备投入使用时间", "2024年11月底前"),
                    (C, "经济成本指标", "单台设备采购成本", "≤18.5万元"),
                    (E, "社会效益指标", "县域内就诊率", "≥90%"),
                    (S, "服务对象满意度指标", "就诊群众满意度", "≥92%"),
                ],
            ),
        ],
    ),
    Spec(
        "ah_edu_excelcopy_txt",
        "安徽",
        "sep-excel-copy",
        "txt",
        "金寨县教育体育局",
        2023,
        [
            (
                "农村义务教育学生营养改善计划",
                1523.6,
                "为全县农村义务教育阶段学生提供营养膳食补助，改善学生营养状况。",
                [
                    (P, "数量指标", "受助学生人数", "≥3.8万人"),
                    (P, "质量指标", "食品安全事故发生次数", "=0次"),
                    (P, "时效指标", "补助资金拨付时间", "2023年12月底前"),
                    (C, "经济成本指标", "生均膳食补助标准", "≤5元/天"),
                    (E, "社会效益指标", "学生营养健康状况", "持续改善"),
                    (S, "服务对象满意度指标", "学生家长满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "gx_civil_indent_txt",
        "广西",
        "sep-indent",
        "txt",
        "融安县民政局",
        2024,
        [
            (
                "城市最低生活保障",
                412.0,
                "按时足额发放城市低保金，保障城市困难群众基本生活，低保标准稳中有升。",
                [
                    (P, "数量指标", "城市低保对象人数", "≥1450人"),
                    (P, "质量指标", "低保对象认定准确率", "≥98%"),
                    (P, "时效指标", "低保金发放时间", "每月10日前"),
                    (P, "时效指标", "年度审核完成时间", "年底前"),
                    (C, "经济成本指标", "月人均补差标准", "≤560元/人"),
                    (E, "社会效益指标", "城市低保标准", "稳中有升"),
                    (E, "社会效益指标", "因救助不及时引发的信访事件", "不发生"),
                    (S, "服务对象满意度指标", "低保对象满意度", "≥92%"),
                ],
            ),
        ],
    ),
    Spec(
        "nmg_agri_trailer_txt",
        "内蒙古",
        "sep-cell-line-trailer",
        "txt",
        "翁牛特旗农牧局",
        2024,
        [
            (
                "动物疫病强制免疫",
                86.5,
                "完成牲畜口蹄疫、布病等强制免疫，免疫密度常年保持在90%以上，不发生区域性重大动物疫情。",
                [
                    (P, "数量指标", "强制免疫牲畜数量", "≥120万头只"),
                    (P, "质量指标", "免疫抗体合格率", "≥70%"),
                    (P, "时效指标", "春秋两季集中免疫", "按季度"),
                    (P, "时效指标", "疫苗款拨付时间", "每季度末"),
                    (E, "社会效益指标", "区域性重大动物疫情", "不发生"),
                    (E, "经济效益指标", "因病死亡牲畜数量", "逐年下降"),
                    (S, "服务对象满意度指标", "养殖户满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "qh_env_single_txt",
        "青海",
        "sep-single-space",
        "txt",
        "门源回族自治县生态环境局",
        2023,
        [
            (
                "农村环境综合整治",
                230.0,
                "完成6个行政村生活污水和垃圾治理，村庄环境明显改善。",
                [
                    (P, "数量指标", "整治行政村数量", "6个"),
                    (P, "质量指标", "污水处理设施验收合格率", "100%"),
                    (P, "时效指标", "项目完工时间", "当年"),
                    (E, "生态效益指标", "农村生活污水直排现象", "明显减少"),
                    (E, "生态效益指标", "环境污染事件", "零发生"),
                    (E, "可持续影响指标", "设施运行维护", "按月巡查"),
                    (S, "服务对象满意度指标", "村民满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "ah_health_indentdeep_txt",
        "安徽",
        "sep-indent-deep",
        "txt",
        "泾县卫生健康委员会",
        2024,
        [
            (
                "重点人群健康体检",
                158.0,
                "为辖区65岁以上老年人和重点人群提供免费健康体检，做到应检尽检。",
                [
                    (P, "数量指标", "老年人健康体检人数", "≥2.6万人"),
                    (P, "质量指标", "重点人群体检覆盖", "应检尽检"),
                    (P, "质量指标", "体检结果反馈", "一人一档"),
                    (P, "时效指标", "体检结果告知时间", "15个工作日内"),
                    (E, "社会效益指标", "慢性病早期筛查", "全覆盖"),
                    (E, "社会效益指标", "体检服务", "随到随检"),
                    (S, "服务对象满意度指标", "受检群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
    Spec(
        "sn_edu_ownline_spaces_txt",
        "陕西",
        "sep-spaces-l1-own-line",
        "txt",
        "米脂县教育和体育局",
        2023,
        [
            (
                "农村义务教育学生营养改善计划",
                640.0,
                "为农村义务教育阶段学生提供营养膳食补助，每生每天5元，学生营养状况持续改善。",
                [
                    (P, "数量指标", "受益学生人数", "≥6400人"),
                    (P, "质量指标", "食品安全事故", "不发生"),
                    (P, "时效指标", "补助资金拨付", "按学期"),
                    (C, "经济成本指标", "每生每天补助标准", "5元"),
                    (E, "社会效益指标", "学生营养健康状况", "持续改善"),
                    (S, "服务对象满意度指标", "服务对象满意度", "≥95%"),
                ],
            ),
        ],
    ),
    Spec(
        "ln_road_nolevel3_txt",
        "辽宁",
        "sep-single-space-no-level3",
        "txt",
        "岫岩满族自治县交通运输局",
        2024,
        [
            (
                "农村公路安全生命防护工程",
                275.0,
                "实施农村公路安全生命防护工程12公里，消除临水临崖路段安全隐患。",
                [
                    (P, "数量指标", "完成农村公路安防工程", "≥12公里"),
                    (P, "数量指标", "设置波形护栏", "≥8600米"),
                    (P, "质量指标", "交工验收合格率", "100%"),
                    (P, "时效指标", "工程完工", "年底前"),
                    (C, "经济成本指标", "每公里建设成本", "≤22万元"),
                    (E, "社会效益指标", "临水临崖路段交通事故", "明显减少"),
                    (S, "服务对象满意度指标", "沿线群众满意度", "≥90%"),
                ],
            ),
        ],
    ),
]


def _extras(spec: Spec, t_index: int, table: Table) -> dict[int, dict[str, str]]:
    given = spec.extras.get(t_index, [])
    n = len(table.rows)
    out: dict[int, dict[str, str]] = {}
    for i, row in enumerate(table.rows):
        weight = str(90 // n + (1 if i < 90 % n else 0))
        base = {
            "nature": "定量" if any(ch.isdigit() for ch in row.value) else "定性",
            "weight": weight,
            "direction": "反向" if row.value.startswith("≤") else "正向",
            "remark": "",
            "actual": row.value.lstrip("≥≤="),
            "score_max": weight,
            "score": weight,
            "deviation": "无",
        }
        base.update(given[i] if i < len(given) else {})
        out[row.index] = base
    return out


def synth_document(spec: Spec) -> SynthDocument:
    doc = Document(source=spec.id, unit=spec.unit, year=spec.year)
    sd = SynthDocument(doc=doc, sector=spec.province)
    for t_index, (project, budget, goal, rows) in enumerate(spec.tables, 1):
        table = Table(index=t_index, kind="project", project=project, budget_wan=budget, goal=goal)
        for r_index, (l1, l2, l3, value) in enumerate(rows, 1):
            table.rows.append(
                IndicatorRow(index=r_index, level1=l1, level2=l2, level3=l3, value=value)
            )
        for r_index, extras in _extras(spec, t_index, table).items():
            sd.extras[(t_index, r_index)] = extras
        doc.tables.append(table)
    return sd


def _printed_level1(name: str, layout_name: str) -> str:
    layout = BY_NAME[layout_name]
    if layout.tree in ("never", "empty_column") or layout.names == "annotated":
        return name
    return level1_text(name, layout, 0)


_KINDS = {"transfer": "transfer", "overall": "overall", "evaluation": "evaluation_system"}


def _printed_value(value: str, layout: Layout) -> str:
    """The target joined from the columns printed: a typed table spells 等于 out ('=100%')."""
    parts = split_value(value)
    if layout.columns == "typed" and parts is not None and parts[0] == "":
        return f"={value}"
    return value


def gold_item(spec: Spec, path: Path) -> DatasetItem:
    layout = BY_NAME[spec.layout]
    self_eval = layout.columns.startswith("self_eval")
    tables = []
    transfer = layout.framing == "transfer"
    in_cell = layout.columns == "no_level3"  # name and target in the value cell (contract)
    kind = "self_evaluation" if self_eval else _KINDS.get(layout.framing, "project")
    evaluation = layout.framing == "evaluation"
    for t_index, (project, budget, goal, rows) in enumerate(spec.tables, 1):
        gold_rows = [
            GoldRow(
                row_index=r_index,
                level1=_printed_level1(l1, spec.layout),
                level2=l2 if layout.names == "annotated" else level2_text(l2, layout),
                # no 三级 column: nothing printed to read, or the name printed in the value cell
                level3=l3 if layout.level3 and not in_cell else "",
                value="" if evaluation else (l3 if in_cell else "") + _printed_value(value, layout),
            )
            for r_index, (l1, l2, l3, value) in enumerate(rows, 1)
        ]
        if layout.framing == "cut" and t_index == len(spec.tables):
            gold_rows.pop()  # the excerpt ends inside this row: only the complete rows count
        tables.append(
            GoldTable(
                table_index=t_index,
                kind=kind,
                project=spec.unit if layout.framing == "overall" else project,
                budget_wan=None if evaluation else budget,
                goal=None if evaluation else (f"目标1:{goal}" if transfer else goal),
                rows=gold_rows,
            )
        )
    return DatasetItem(
        id=spec.id,
        source=SourceRef(name=path.name, sha256=sha256_file(path)),
        unit=spec.unit,
        year=spec.year,
        tags={"province": spec.province, "layout": spec.layout, "format": spec.fmt},
        tables=tables,
        labelled=["extraction"],
    )


_STAMPED = frozenset(
    {"docx", "xlsx", "pdf", "pdf-unruled"}
)  # writers embed a timestamp: bytes differ per run


def build(rewrite: bool = False) -> list[DatasetItem]:
    """Render the specs (a DOCX/XLSX/PDF file already there is kept unless `rewrite`: its
    writer's timestamp would change the bytes, not the content) and label them."""
    OUT.mkdir(parents=True, exist_ok=True)
    items = []
    for spec in SPECS:
        kept = next(OUT.glob(f"{spec.id}.*"), None)
        if kept is not None and spec.fmt in _STAMPED and not rewrite:
            items.append(gold_item(spec, kept))
            continue
        rendering = render(synth_document(spec), spec.layout, spec.fmt, OUT)
        path = rendering.path.rename(OUT / f"{spec.id}{rendering.path.suffix}")
        items.append(gold_item(spec, path))
    for item in HAND_WRITTEN + STRUCTURED_HAND:
        items.append(item.model_copy(update={"source": _source(item.source.name)}))
    return sorted(items, key=lambda it: it.id)


def _source(name: str) -> SourceRef:
    return SourceRef(name=name, sha256=sha256_file(OUT / name))


def _rows(rows: list[Row]) -> list[GoldRow]:
    return [
        GoldRow(row_index=i, level1=l1, level2=l2, level3=l3, value=v)
        for i, (l1, l2, l3, v) in enumerate(rows, 1)
    ]


_PENDING = SourceRef(name="x", sha256="0" * 64)
HAND_WRITTEN: list[DatasetItem] = [
    DatasetItem(
        id="hub_town_tabs_hand",
        source=_PENDING.model_copy(update={"name": "hub_town_tabs_hand.txt"}),
        unit="宜城市小河镇人民政府",
        year=2024,
        tags={"province": "湖北", "layout": "hand: 总体目标, 一级 weight notes", "format": "txt"},
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="村级公益事业一事一议奖补",
                budget_wan=86.0,
                goal="完成8个村的道路硬化和文化广场建设，改善村民生产生活条件。",
                rows=_rows(
                    [
                        ("产出指标", "数量指标", "道路硬化里程", "≥6.5公里"),
                        ("产出指标", "数量指标", "新建文化广场", "3个"),
                        ("产出指标", "质量指标", "工程验收合格率", "100%"),
                        ("产出指标", "时效指标", "项目完工时间", "2024年10月底前"),
                        ("效益指标", "社会效益指标", "受益农户", "≥1600户"),
                        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
                    ]
                ),
            ),
        ],
    ),
    DatasetItem(
        id="hlj_pipes_placeholder_hand",
        source=_PENDING.model_copy(update={"name": "hlj_pipes_placeholder_hand.md"}),
        unit="桦南县人力资源和社会保障局",
        year=2023,
        tags={
            "province": "黑龙江",
            "layout": "hand: pipes, 指标N: prefixes, placeholder row",
            "format": "md",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="职业技能培训补贴",
                budget_wan=54.0,
                goal="开展电工、育婴员等职业技能培训，培训合格后就业率达到60%以上。",
                rows=_rows(
                    [
                        ("产出指标", "数量指标", "培训人数", "≥600人"),
                        ("产出指标", "质量指标", "培训合格率", "≥85%"),
                        ("产出指标", "质量指标", "指标3:", ""),
                        ("产出指标", "时效指标", "补贴发放时间", "2023年12月底前"),
                        ("成本指标", "经济成本指标", "人均培训补贴", "≤900元/人"),
                        ("效益指标", "社会效益指标", "培训后就业率", "≥60%"),
                        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
                    ]
                ),
            ),
        ],
    ),
]

_P, _E, _S = "产出指标", "效益指标", "满意度指标"


def _with_basis(rows: list[Row], bases: list[str | None]) -> list[GoldRow]:
    return [r.model_copy(update={"basis": b}) for r, b in zip(_rows(rows), bases, strict=True)]


HAND_WRITTEN += [
    DatasetItem(
        id="gs_civil_cells_hand",
        source=_PENDING.model_copy(update={"name": "gs_civil_cells_hand.txt"}),
        unit="临泽川县民政局",
        year=2024,
        tags={
            "province": "甘肃",
            "layout": "hand: Word cells one per paragraph, empty cells as extra blank lines, "
            "labels broken inside cells, 指标值设定依据 with past figures, numbered headings "
            "before titles, a signature after the last table",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="困难残疾人生活补贴和重度残疾人护理补贴",
                budget_wan=312.4,
                goal="按月足额发放困难残疾人生活补贴和重度残疾人护理补贴，惠及残疾人4300人以上。",
                rows=_with_basis(
                    [
                        (_P, "数量指标", "享受两项补贴残疾人数", "≥4300人"),
                        (_P, "质量指标", "取得残疾人证人员补贴覆盖比例", "100%"),
                        (_P, "质量指标", "补贴资金发放准确率", "100%"),
                        (_P, "时效指标", "补贴发放时间", "每月15日前"),
                        (_E, "社会效益指标", "残疾人基本生活保障水平", "稳步提高"),
                        (_E, "可持续影响指标", "两项补贴动态管理机制", "长效运行"),
                        (_S, "服务对象满意度指标", "补贴对象满意度", "≥92%"),
                    ],
                    [
                        "2023年实际发放4186人",
                        None,
                        "民政部门统计口径",
                        "县级资金发放制度",
                        None,
                        None,
                        "2023年满意度调查结果91.6%",
                    ],
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="特困人员供养服务设施维修",
                budget_wan=48.0,
                goal="维修乡镇敬老院3所，改善特困供养人员居住条件。",
                rows=_with_basis(
                    [
                        (_P, "数量指标", "维修乡镇敬老院", "3所"),
                        (_P, "时效指标", "维修完工时间", "2024年9月底前"),
                        (_E, "可持续影响指标", "敬老院设施使用年限", "延长"),
                        (_S, "服务对象满意度指标", "特困供养人员满意度", "≥90%"),
                    ],
                    ["维修计划", None, "设计规范", "入住人员问卷调查"],
                ),
            ),
        ],
    ),
    DatasetItem(
        id="sc_edu_places_hand",
        source=_PENDING.model_copy(update={"name": "sc_edu_places_hand.txt"}),
        unit="甘孜坝县教育和体育局",
        year=2024,
        tags={
            "province": "四川",
            "layout": "hand: GB18030 + CRLF; transfer table with 全县指标值 before the township "
            "columns; a project table run together (metadata labels unmarked, several rows of "
            "one 二级 on one line)",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="transfer",
                project="学生营养改善计划",
                budget_wan=1268.0,
                goal="为全县农村义务教育学生提供营养膳食补助，每生每天5元，覆盖学生5600人。",
                rows=_rows(
                    [
                        (_P, "数量指标", "享受营养膳食补助学生人数", "≥5600人"),
                        (_P, "质量指标", "食品安全抽检合格率", "100%"),
                        (_P, "时效指标", "补助资金拨付时间", "每学期开学前"),
                        (_P, "成本指标", "营养膳食补助标准", "5元/生·天"),
                        (_E, "社会效益指标", "学生营养健康状况", "持续改善"),
                        (_S, "服务对象满意度指标", "学生家长满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="乡镇寄宿制学校宿舍改造",
                budget_wan=86.0,
                goal="改造乡镇寄宿制学校宿舍2400平方米，新增床位320张，改善学生住宿条件。",
                rows=_rows(
                    [
                        (_P, "数量指标", "改造学生宿舍面积", "≥2400平方米"),
                        (_P, "数量指标", "新增学生床位", "≥320张"),
                        (_P, "质量指标", "工程验收合格率", "100%"),
                        (_P, "时效指标", "工程完工时间", "2024年8月底前"),
                        (_P, "成本指标", "每平方米改造成本", "≤350元"),
                        (_E, "社会效益指标", "寄宿学生住宿条件", "明显改善"),
                        (_E, "可持续影响指标", "宿舍设施使用寿命", "延长"),
                        (_S, "服务对象满意度指标", "寄宿学生满意度", "≥90%"),
                    ]
                ),
            ),
        ],
    ),
]

HAND_WRITTEN += [
    DatasetItem(
        id="qh_forest_dept_pipes_hand",
        source=_PENDING.model_copy(update={"name": "qh_forest_dept_pipes_hand.txt"}),
        unit="海晏川县林业和草原局",
        year=2024,
        tags={
            "province": "青海",
            "layout": "hand: department-wide table one cell per line ending in a pipe, amounts in "
            "元, a unit line run into the table, the subtotal row's empty cells collapsed into "
            "its last pipes (the only mark of the run), merged cells as lone pipes",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="project",
                project="草原生态管护员补助",
                budget_wan=84.5,
                goal="按月发放草原生态管护员补助，落实管护责任面积。",
                rows=_rows(
                    [
                        (_P, "数量指标", "聘用草原生态管护员", "≥130人"),
                        (_P, "数量指标", "落实管护面积", "≥52万亩"),
                        (_P, "时效指标", "补助发放时间", "每季度末前"),
                        (_E, "生态效益指标", "草原综合植被盖度", "≥57%"),
                        (_S, "服务对象满意度指标", "管护员满意度", "≥90%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="林木良种培育",
                budget_wan=24.0,
                goal="培育乡土树种良种苗木，保障全县造林用苗。",
                rows=_rows(
                    [
                        (_P, "数量指标", "培育良种苗木", "≥35万株"),
                        (_P, "质量指标", "苗木合格率", "≥95%"),
                        (_E, "可持续影响指标", "乡土树种供苗能力", "不降低"),
                    ]
                ),
            ),
        ],
    ),
    DatasetItem(
        id="zj_env_transfer_budget_hand",
        source=_PENDING.model_copy(update={"name": "zj_env_transfer_budget_hand.txt"}),
        unit="桐溪县生态环境分局",
        year=2024,
        tags={
            "province": "浙江",
            "layout": "hand: tab text; transfer table with budget lines as column headers over a "
            "row of amounts and one value column per area (指标值（全市）| 指标值（本县）); a "
            "project table with the budget label's amount inside the next cell (年度资金总额："
            "…其中…); the issuing body and date under the last table",
            "format": "txt",
        },
        labelled=["extraction"],
        tables=[
            GoldTable(
                table_index=1,
                kind="transfer",
                project="2024年土壤污染防治资金",
                budget_wan=380.0,
                goal="完成2处受污染耕地安全利用，建设土壤污染风险监测点位12个。",
                rows=_rows(
                    [
                        (_P, "数量指标", "受污染耕地安全利用面积", "≥2400亩"),
                        (_P, "数量指标", "建设风险监测点位", "≥12个"),
                        (_P, "质量指标", "监测数据有效率", "≥95%"),
                        (_E, "生态效益指标", "受污染耕地安全利用率", "≥94%"),
                        (_S, "服务对象满意度指标", "周边群众满意度", "≥88%"),
                    ]
                ),
            ),
            GoldTable(
                table_index=2,
                kind="project",
                project="饮用水水源地规范化建设",
                budget_wan=62.5,
                goal="完成3处乡镇级饮用水水源地规范化建设，设置界标警示牌40块。",
                rows=_rows(
                    [
                        (_P, "数量指标", "规范化建设水源地", "=3处"),
                        (_P, "数量指标", "设置界标警示牌", "≥40块"),
                        (_P, "时效指标", "建设完成时间", "2024年10月底前"),
                        (_E, "社会效益指标", "水源地水质", "稳定达标"),
                        (_S, "服务对象满意度指标", "受益群众满意度", "≥90%"),
                    ]
                ),
            ),
        ],
    ),
]


def main() -> None:
    items = build(rewrite="--rewrite" in sys.argv)
    header = make_header(
        items,
        version="1.0",
        dataset="layouts",
        description=(
            "Layout development set: invented disclosures in the layouts of docs/layouts.md "
            "(extraction labels; built by eval/layout_set.py)"
        ),
        source="eval/layout_set.py",
    )
    write_dataset(DATASET, header, items)
    print(f"{DATASET}: {len(items)} documents, {header.n_tables} tables, {header.n_rows} rows")


if __name__ == "__main__":
    main()
