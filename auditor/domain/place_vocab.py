"""Domain vocabularies for the templating / goal / budget rules (T105, T107, T104, G70x, B503).

Everything here is general knowledge of Chinese public administration and of the MoF
performance-target templates: administrative levels, festivals and commemorative days,
policy-topic words, template fill-in instructions, result verbs. Nothing is copied from a
particular disclosure; keep additions general.
"""

from __future__ import annotations

import re

# --- Administrative level (T105) -------------------------------------------------------------
# Level ranks: lower number = higher level.
LEVEL_RANK = {"province": 1, "city": 2, "county": 3, "township": 4}
LEVEL_NAME_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇级"}

# Self-references of a *lower* administration ("我镇", "全乡"): a county-level unit writing "我镇"
# copied the sentence from a township document. Keyed by the level they belong to; they are
# foreign in the text of any unit of a higher level. (References *upward* — "贯彻我县政策" in a
# development zone, "我省" in a county — name the parent administration and are legitimate.)
SELF_REFERENCE_WORDS: dict[str, tuple[str, ...]] = {
    "township": ("我镇", "本镇", "全镇", "我乡", "本乡", "全乡", "我街道", "本街道", "全街道"),
    "county": ("我县", "本县", "全县"),
}
# Coverage of a *higher* level in an indicator or goal ("为省内常住人口提供…" in a county table):
# a county project does not serve the whole province; the text was copied from a provincial one.
# ("达到省内先进水平" is a comparison, not a coverage, and is not matched.)
HIGHER_SCOPE_PATTERNS: dict[str, re.Pattern[str]] = {
    "province": re.compile(
        r"(省内|全省)(范围|常住|户籍|城乡)?(内)?(人口|居民|群众|农户|学生|患者|企业|城乡居民|范围)"
    ),
    # "全市建制村通客车率" in a county table: the city's coverage ("全市前列", "全市平均" compare)
    "city": re.compile(
        r"全市(范围|常住|户籍|城乡)?(内)?(所有|各)?(人口|居民|群众|农户|农村|学生|中小学|学校|患者|"
        r"企业|建制村|行政村|社区|乡镇|街道|公路|河道|医疗机构|城乡居民|"
        # the city's works and purchases served ("为全市工程建设、政府采购项目提供场所")
        r"工程|项目|政府采购)"
    ),
}
# The kinds of township-level unit and their self-references: a street office (街道) writing
# "我镇" copied the sentence from a town's document, though both are of one level.
TOWNSHIP_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "镇": ("我镇", "本镇", "全镇"),
    "乡": ("我乡", "本乡", "全乡"),
    "街道": ("我街道", "本街道", "全街道"),
}
TOWNSHIP_KIND_UNIT = re.compile(
    r"(街道|[乡镇])(人民政府|政府|党委|人大|财政所|办事处|工委|党工委)?$"
)
# Phrases that contain such a word but are not one ("全乡镇" = all townships, "省内外").
SELF_REFERENCE_FALSE = re.compile(r"全乡镇|我乡镇|本乡镇|全县乡|省内外")

# Unit-name patterns that decide the issuing unit's level.
TOWNSHIP_UNIT = re.compile(
    r"([乡镇](人民政府|政府|党委|人大|财政所|办事处)|街道(办事处|工委|党工委)|[乡镇]$|街道$)"
)
PROVINCE_UNIT = re.compile(
    r"(^.{0,4}省(人民政府|委|政府|.{0,12}厅|.{0,12}局$))|自治区.{0,12}厅|省级"
)
CITY_UNIT = re.compile(r"^.{2,6}市(人民政府|委|.{0,12}局|.{0,12}委员会)")
COUNTY_UNIT = re.compile(r"县|区|旗|开发区|经开区|高新区|产业集聚区|管委会|管理委员会")

# --- Occasions (festivals, commemorative days) -----------------------------------------------
# A project for one occasion whose indicators measure another occasion is a leftover (春节送温暖
# project measuring 八一慰问). Variants map to one key.
OCCASIONS: dict[str, tuple[str, ...]] = {
    "元旦": ("元旦",),
    "春节": ("春节", "新春", "新年", "过年"),
    "元宵": ("元宵",),
    "三八": ("三八", "妇女节"),
    "清明": ("清明",),
    "五一": ("五一", "劳动节"),
    "五四": ("五四", "青年节"),
    "六一": ("六一", "儿童节"),
    "端午": ("端午",),
    "七一": ("七一", "建党节"),
    "八一": ("八一", "建军节"),
    "中秋": ("中秋",),
    "教师节": ("教师节",),
    "国庆": ("国庆",),
    "重阳": ("重阳", "敬老节", "老年节"),
    "助残日": ("助残日",),
}

# --- Policy topics (T105 topic leftovers) --------------------------------------------------------
# Specific topic phrases in a goal; if the project name clearly belongs to an unrelated
# administrative function, such a phrase was copied from another project.
GOAL_TOPIC_PHRASES: dict[str, tuple[str, ...]] = {
    "ecology": (
        "空气质量",
        "环境空气",
        "大气污染",
        "大气环境",
        "污染防治",
        "秸秆禁烧",
        "扬尘",
        "水质",
        "节能减排",
    ),
    "military": ("武装部", "民兵", "征兵", "国防动员", "兵役"),
    "education": ("义务教育", "学前教育", "在校学生", "教学质量"),
}
# Goal topics that a project-name topic legitimately covers (default: the topic itself).
COMPATIBLE_TOPICS: dict[str, set[str]] = {
    "military": {"military", "veterans"},
    "education": {"education", "party", "personnel"},
}
# Words that put a project name in a topic (broader than the goal phrases).
NAME_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "ecology": (
        "环境",
        "环保",
        "环安",
        "生态",
        "大气",
        "空气",
        "污染",
        "绿化",
        "禁烧",
        "林",
        "水",
        "河",
        "垃圾",
        "治理",
        "双代",
        "煤",
        "能源",
        "监测",
        "农",
        "耕地",
        "园林",
        "市政",
    ),
    "military": ("武装", "民兵", "征兵", "国防", "兵役", "人防"),
    "health": ("卫生", "医疗", "疫", "防控", "健康", "医保", "药"),
    "education": ("教育", "学校", "学生", "教师", "培训"),
    "discipline": ("纪委", "纪检", "监察", "廉政", "巡察"),
    "veterans": ("退役军人", "优抚", "拥军"),
    "party": ("党建", "党组织", "党员", "党务", "组织部"),
    "personnel": ("工资", "人员经费", "编外", "报酬", "津贴", "绩效工资", "社保"),
    "finance": ("财政", "会费", "审计", "统计"),
    "it": ("网络", "信息化", "系统", "平台", "宽带", "WiFi", "wifi", "网站", "软件", "数据"),
}

# --- Template artefacts (T107) -----------------------------------------------------------------
# Word field codes that leaked into text when a document was converted ("{ TC … \f C \l 1 }").
FIELD_CODE = re.compile(
    r"\{\s*(TC|TOC|PAGE|NUMPAGES|REF|SEQ|HYPERLINK|MERGEFIELD|PAGEREF|STYLEREF|FORMTEXT|DOCPROPERTY)\b[^{}]{0,300}\}",
    re.I,
)
FIELD_SWITCH = re.compile(r"\\[fl]\s+[A-Z0-9]\b.*\\[lfo]\s+\d|\\\*\s*MERGEFORMAT", re.I)
# Placeholders of a blank template: XX/×× (not inside a Latin word), **/＊＊, ○○, □□, "某某".
# Not after a digit: "0990-6213xxx" is a number masked for privacy, "0434-XXXXXXX" a blank
# (nor inside such a run: "8766××××" must not match from its second ×).
PLACEHOLDER = re.compile(
    r"(?<![A-Za-z0-9Ｘｘ×])[XxＸｘ×]{2,}(?![A-Za-z])|[*＊]{2,}|[○〇]{2,}|□{2,}|某某|[（(]\s*(单位名称|项目名称|填写[^）)]{0,10})\s*[）)]|_{3,}"
)
# Markdown bold/italic from converted documents ("**财政拨款收入：**"): not a placeholder.
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)[^*_\n]{1,80}?(?<=\S)\1")
# Fill-in instructions of the MoF / provincial templates left in a cell instead of content.
TEMPLATE_INSTRUCTION = re.compile(
    r"应予以细化|予以细化、?量化|细化、?量化表述|可根据.{0,20}有选择(的|地)?(进行)?设置|有选择(的|地)?进行设置"
    r"|(将|把)三级指标细化|细化为相应的个性化指标|分项具体列示|请(根据|按照|结合).{0,20}(填写|填报|设置)"
    r"|(此处|本栏|该栏)(填写|填报)|(根据|按照)实际情况(填写|填报)"
)  # a "填报说明:" note under a table is part of the printed form, judged by what it says

# --- Goals (T104, G702) --------------------------------------------------------------------------
# Result / outcome words: a goal that contains none of them states an activity or a fund use,
# not an intended result (T104).
OUTCOME_WORDS = (
    "提高",
    "提升",
    "改善",
    "促进",
    "推动",
    "推进",
    "确保",
    "保障",
    "保证",
    "实现",
    "完成",
    "达到",
    "达成",
    "增强",
    "加强",
    "加快",
    "打造",
    "营造",
    "优化",
    "满足",
    "减少",
    "降低",
    "杜绝",
    "防止",
    "严防",
    "防范",
    "形成",
    "建立",
    "健全",
    "完善",
    "鼓励",
    "引导",
    "提振",
    "明确",
    "整合",
    "解决",
    "规范",
    "创建",
    "取得",
    "覆盖",
    "惠及",
    "增加",
    "增收",
    "改进",
    "帮助",
    "支持",
    "巩固",
    "减轻",
    "消除",
    "化解",
    "壮大",
    "带动",
    "激发",
    "增进",
    "扩大",
    "稳定",
    "平稳",
    "顺利",
    "正常运",
    "有序",
    "高效",
    "合格",
    "达标",
    "受益",
    # a harm kept down: "控制在全省平均水平以下", "全年不发生较大事故", "隐患动态清零"
    "控制在",
    "不发生",
    "无重大",
    "清零",
    "下降",
    "权益",  # "维护消费者合法权益" (维护 alone is upkeep: "平台运行维护")
)
# Phrases that introduce a fund use ("主要用于…", "用于…").
USE_PREFIX = re.compile(
    r"^(主要)?用于|^(本)?(项目|资金|经费)(主要)?用于|^支付|^租用|^购买|^购置|^发放|^缴纳|^搭建|^为.{1,30}提供"
)
# Nouns that end a bare fund name ("…会费", "…扶持资金").
FUND_NOUN_END = re.compile(r"(经费|资金|费用|会费|年费|[^消]费|补助|补贴|奖励|奖金|专项|预算)$")

# Slogan phrases that fit any project (G702): generic operation, generic development, principles.
SLOGAN_PATTERNS = [
    r"(确保|保障|保证|维护).{0,10}(各项)?工作.{0,4}(正常|顺利|高效)(运转|运行|开展)",
    r"各项(政务)?工作",
    r"(推动|推进|做好|开展)工作$",
    r"(加快|促进|推动).{0,6}(发展|进步)$",
    r"实实在在|取得.{0,6}(效果|成效)$",
    r"^坚持.{2,12}[、，,]",
    r"高质量发展|新突破|新进展|新成效|六稳|六保|五位一体|四个全面",
    r"达到预期",
    r"(提高|提升).{0,4}(工作)?效率$",
    r"上级交办",
    r"加强.{0,12}(交流|联动|合作)(发展)?$",
]

# Words of an abstract goal clause: verbs of improvement, degree adverbs and abstract nouns. A
# clause left with almost nothing once these are removed names no object, scope or quantity
# ("确保社会大局和谐稳定", "切实增强群众获得感、幸福感") — 88号 指向明确/细化量化 (G702).
ABSTRACT_GOAL_WORDS = re.compile(
    "|".join(
        sorted(
            [
                "确保",
                "保障",
                "保证",
                "维护",
                "提升",
                "提高",
                "推动",
                "推进",
                "促进",
                "增强",
                "加强",
                "加快",
                "营造",
                "优化",
                "完善",
                "实现",
                "助力",
                "巩固",
                "深化",
                "落实",
                "发挥",
                "打造",
                "构建",
                "形成",
                "夯实",
                "筑牢",
                "全面",
                "切实",
                "进一步",
                "不断",
                "持续",
                "有效",
                "积极",
                "扎实",
                "稳步",
                "大力",
                "努力",
                "更加",
                "高质量",
                "发展",
                "水平",
                "环境",
                "氛围",
                "稳定",
                "和谐",
                "大局",
                "安定",
                "获得感",
                "幸福感",
                "安全感",
                "满意度",
                "能力",
                "质量",
                "效率",
                "效能",
                "事业",
                "工作",
                "社会",
                "经济",
                "良好",
                "作用",
                "效益",
                "形象",
                "基础",
                "保障",
                "服务",
                "各项",
                "整体",
                "综合",
                "全县",
                "全区",
                "全市",
                "我县",
                "我区",
                "本地区",
                "群众",
                "人民",
                "百姓",
                "为",
                "的",
                "和",
                "与",
                "及",
                "等",
                "了",
                "得到",
                "取得",
                "成效",
                "效果",
                "显著",
                "明显",
                # slogan nouns and verbs of aims (no object a review could count)
                "知名度",
                "美誉度",
                "影响力",
                "形势",
                "向好",
                "畅通",
                "安全",
                "共享",
                "成果",
                "坚决",
                "遏制",
                "重特大",
                "发生",
                "正常运行",
                "正常运转",
                "运转",
                "信心",
                "提振",
                "完成",
                "年度",
                "任务",
            ],
            key=len,
            reverse=True,
        )
    )
)
ABSTRACT_CLAUSE_MAX_REST = 4  # content characters a clause may keep and still be abstract

# --- Budget (B503) -------------------------------------------------------------------------------
# Project names of substantial works (construction, infrastructure, large purchases).
SUBSTANTIAL_PROJECT = re.compile(
    r"工程|基础设施|新建|改扩建|扩建|改造|道路|桥|管网|管线|厂房|场馆|大楼|楼宇|安置房|棚户区|水库|堤防|泵站建设|污水处理厂|学校建设|医院建设"
)
PLACEHOLDER_BUDGET_MAX = 1.0  # 万元: a placeholder such as 1.00 / 0.01 万元 for a works project

# Cost indicator names that denote the whole budget of the project (B501 "inconsistent").
TOTAL_BUDGET_NAME = re.compile(
    r"预算数|预算控制数|经费预算|总预算|预算总额|资金总额|总投资|资金成本|项目总成本|^总成本$|年度资金"
)
# Names that denote a unit price (B501 count × price).
UNIT_PRICE_NAME = re.compile(
    r"平均|单位|单[个份人户家次件场期项座台套本村所辆]|单价|每[个份人户家次件场期项座台套本]?|人均|户均|次均|"
    r"单厕|一个"
)


# Scope fillers of a name or description ("区内党建村街数", "全县…", "本级…"): words of place that
# do not change what is measured, removed before comparing a name with its description.
SCOPE_FILLER = re.compile(
    r"(县|区|市|镇|乡|村|街道|辖区|园区|域|区域)内|全(县|区|市|镇|乡|省)|本级"
)
# A demonstrative before 项/项目 ("此项目成本控制" = "项目成本控制").
DEMONSTRATIVE = re.compile(r"(此|该|本)(?=项)")
