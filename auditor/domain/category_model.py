"""What each 二级 category measures, written as data (the category-fit model).

Sources: 财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》财预〔2021〕101号
(产出 = 数量/质量/时效; 成本 = 经济/社会/生态环境成本; 效益 = 经济/社会/生态效益 and 可持续影响;
满意度 = 服务对象满意度), the older 88号 tree (成本 under 产出), the sector common-indicator
libraries summarised in docs/domain-rules.md §2 (a 三级 = object + measure, each with a "反映…"
definition) and the common problems of §4.2 (P-04 质量/效益 confused, P-05 满意度 instead of 效益,
P-06 money under 数量, P-07 process indicators as effects).

Three tables:

* FACETS — content words that say what an indicator is about (time, money spent, income, the
  environment, quality of a delivered artefact, satisfaction …). Generic vocabulary of Chinese
  performance management, not strings of a document.
* DIMENSIONS — per 二级: what it measures (for messages) and the signals at least one of which
  must be present for a row to belong there at all (时效 needs a time; 成本 money; 生态效益 the
  environment; 满意度 satisfaction). Broad categories (数量, 质量, 社会效益 …) require nothing.
* PROFILES — recognisable kinds of indicator content, most specific first: the signals that
  identify the profile, the 二级 it belongs to (home), the other 二级 where reviewers accept it,
  the reason a finding gives, and a weight (how sure the profile is).

auditor.domain.category_fit reads a row's signals (measure of the name from
auditor.domain.measure, facets of name/description/value, the value's unit family) and applies
these tables; the C202/C205/C206 rules and the offline grader use its result.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.domain.category_words import ECOLOGICAL_WORDS
from auditor.domain.framework import (
    COST2,
    ECO_COST,
    ECOLOGICAL,
    ECON_COST,
    ECONOMIC,
    QUALITY,
    QUANTITY,
    SERVICE_SATISFACTION,
    SOCIAL,
    SOCIAL_COST,
    SUSTAINABLE,
    TIMELINESS,
)

# ---------------------------------------------------------------------------------------------
# Facets: what the words of a name (n:), description (d:) or value (v:) are about.
# ---------------------------------------------------------------------------------------------
FACETS: dict[str, tuple[str, ...]] = {
    "satisfaction": ("满意", "好评率", "认可度", "满意率"),
    # a perception surveyed like satisfaction (群众安全感, 获得感): reviewers file it under
    # 满意度 or as a social effect, so it only lets a 满意度 row belong there
    "perception": ("安全感", "获得感", "幸福感"),
    "awareness": ("知晓", "知悉", "知情", "认知度", "知识普及"),
    "timely": (
        "及时", "按时", "按期", "准时", "如期", "限时", "时限", "时效", "进度", "响应",
        "逾期", "延误", "延迟", "超时", "即时", "即办", "当日", "当天", "月底前", "年底前", "日前",
        "月前", "前完成", "周期", "日内", "天内", "小时内", "工作日", "个月内",
        # in real time, cleared the same day (日产日清), by the farming calendar (按农时)
        "实时", "日清", "农时",
        # on the schedule an agreement sets (履约 "按协议", "按合同约定")
        "按协议", "按合同", "按约定",
    ),
    # how often something is done (每周巡查, 按季度拨付): a time dimension of the output (时效)
    "frequency": (
        "频次", "频率", "每日", "每天", "每周", "每旬", "每月", "每季", "每半年", "每年",
        "按日", "按周", "按旬", "按月", "按季", "按半年", "按年", "定期", "季度", "月度",
        "学期",
    ),
    "completion": (
        "完成", "完工", "竣工", "开工", "到位", "拨付", "支付", "兑付", "下达", "发放",
        "建成", "办结", "结算", "启动", "交付", "上线",
    ),
    "quality": (
        "合格", "达标", "优良", "准确", "精准", "完好", "故障", "差错", "出错", "错误", "返工",
        "验收", "规范", "有效率", "成活", "一次性通过", "通过率", "正确", "完整率", "清晰",
        # prizes won by the work or its entrants (获奖作品数, 获省级奖项数): a grade of the output
        "获奖", "奖项",
    ),
    # what the project itself delivers or buys: a quality rate of these is output quality (P-04)
    "artefact": (
        "工程", "设备", "设施", "系统", "物资", "施工", "维修", "采购", "安装", "软件", "平台",
        "网络", "车辆", "器材", "仪器", "机房", "网站", "运维", "产品", "装备", "建设质量",
    ),
    "cost": (
        "成本", "费用", "经费", "单价", "造价", "支出", "开支", "预算", "补助标准", "补贴标准",
        "定额", "限额", "价格", "会费", "租金", "结余", "超支", "超概", "资金使用", "预算执行",
        "资金执行", "支出进度",
        "资金", "花费",
        # a fee paid for a service, or as a share of the amount served (评审服务费费率)
        "服务费", "费率",
    ),
    "income": (
        "收入", "增收", "产值", "利润", "税收", "营业额", "营收", "销售", "成交额", "创收",
        "经济损失", "GDP", "税金", "效益额", "经营性收入", "节约资金", "挽回",
        # sales and savings of the people or the area served (网销额, 节约电费)
        "销额", "零售额", "网销", "节约", "节省",
        # money a review cuts from the submitted costs (审减金额): a saving, an economic effect
        "审减",
    ),
    # money that is a volume of service or leverage, not the project's own spending
    "volume": (
        "贷款", "担保", "融资", "成交", "交易", "带动投资", "引资", "招商", "授信", "带动",
        # investment the area attracts (新增固定资产投资), not the project's own spending
        "固定资产投资",
    ),
    "pay": ("报酬", "工资", "薪酬", "劳务费", "津贴"),
    # money paid to people (a standard or amount of a subsidy): what a 成本 row of a grant states
    "benefit": ("补贴", "补助", "奖补", "奖励", "抚恤", "救助金", "慰问金", "生活费", "保障金"),
    "environment": ECOLOGICAL_WORDS
    + ("地下水", "水位", "水资源", "水生态", "生物多样性", "蓄积", "盖度", "沙尘", "温室气体")
    # water-use efficiency (灌溉水有效利用系数, 用水效率): a resource-saving, ecological effect
    + ("灌溉", "水利用", "水效"),
    "sustain": (
        "长效", "持续", "长期", "年限", "寿命", "续保", "续约", "可持续", "机制", "管护", "运营",
        "使用期",
    ),
    "beneficiary": (
        "受益", "就业", "带动", "增收", "脱贫", "惠及", "覆盖", "受助", "参保", "救助", "帮扶",
        "服务对象", "群众", "居民", "农户", "游客", "新增", "吸纳", "入驻", "落地", "采用",
        "转化", "吸引", "报销", "保护", "保障",
    ),
    "action": (
        "引进", "培训", "参训", "参加", "组织", "举办", "开展", "召开", "回访", "走访", "检查",
        "督查", "巡查", "发放", "印发", "编发", "印制", "购置", "采购", "购买", "举行", "慰问",
        "宣讲", "宣传", "交流", "调研", "考察", "建设", "新建", "改造", "配置", "处理", "活动",
        "会议", "讲座", "演出", "推介",
        # people trained up by the project (培养辅导员人数): an output of training
        "培养",
    ),
    "harm": (
        "事故", "投诉", "发案", "上访", "信访", "返贫", "辍学", "失学", "死亡", "伤亡", "火灾",
        "案件", "纠纷", "跑动", "扰民", "扬尘", "噪声", "噪音", "拥堵", "失业", "违法", "违规",
        # disruption caused by works (停水影响户数), outbreaks
        "停水", "停电", "停课", "影响户", "疫情",
        # security incidents and leaks of a system or network (网络安全事件, 数据泄露)
        "安全事件", "泄露", "泄密",
    ),
    "change": (
        "改善", "下降", "降低", "减少", "增长", "增加", "提升", "提高", "增幅", "降幅",
        "消除", "恢复",  # hazards removed, irrigation restored: a state changed for the better
    ),
    # use of what was delivered, or a stock per head: an effect, not a count of outputs (C206)
    "uptake": (
        "下载", "引用", "点击", "浏览", "阅读量", "访问量", "播放量", "订阅", "长效机制", "人均",
    ),
    # spending measured against the budget (预算执行率, 资金执行率): a process of the money, which
    # 101号 keeps out of 成本 (成本 = what the project costs, not how fast it is spent; P-07)
    "execution": ("执行率", "执行进度", "支出进度", "支出率"),
    # whether those served were the right ones (救助对象符合条件率, 帮扶对象精准识别率): a check
    # of the selection done, a quality of the output, not an effect on them
    # (the rate of that check itself: 符合条件的群众参保率 is a coverage among the eligible)
    "eligibility": ("符合条件率", "精准识别率", "识别准确率", "认定准确率", "资格审核准确率"),
    "resolve": ("处理", "受理", "办理", "调解", "化解", "查处", "整改", "处置", "办结", "解决", "结案"),
}  # fmt: skip

# The project's own cost control ("项目成本控制", "经费支出节约率"): a cost indicator (P-06).
COST_CONTROL = r"(成本|费用|经费|支出|开支|预算)(的)?(控制|节约|压缩|节省)"
# Names that end in a timeliness attribute ("更新及时"): a timeliness indicator, nothing else.
TIMELY_ENDINGS = ("及时", "按时", "按期", "准时", "及时性")
# A description that defines a change of an outcome as a share ("改善…占…的比"): an effect.
CHANGE_SHARE = r"(改善|下降|降低|减少|增长|增加|提升|提高).{0,12}(占|比)"
# Lifetime durations (使用年限): how long the result lasts, a sustainability measure.
LIFETIME_HEADS = ("年限", "寿命", "使用期", "运营期")
# Days of service delivered (供餐天数, 开放天数): a count of output, not a deadline.
SERVICE_DAY_WORDS = (
    "供餐", "开放", "运行", "服务", "演出", "培训", "上课", "授课", "巡逻",
    # days of patrol, drill and duty (巡护天数, 训练天数, 值守天数): work done, counted in days
    "巡护", "巡查", "巡河", "巡山", "训练", "演练", "值守", "值班", "执勤", "驻村", "接待",
    # hours and days of a service run for the public (运维天数, 热线接听时长, 接访天数)
    "运维", "接访", "接听", "咨询", "坐诊", "出诊",
)  # fmt: skip


@dataclass(frozen=True)
class Dimension:
    """A 二级 category: what it measures and what must be present for a row to belong to it."""

    key: str  # canonical 二级 (auditor.domain.framework)
    measures: str  # what it measures, Chinese, for findings
    requires: frozenset[str] = frozenset()  # any of these signals (empty: nothing required)
    missing: str = ""  # Chinese reason when none of `requires` is present


_TIME = frozenset(
    {
        "kind:date", "kind:duration", "n:timely", "v:timely", "u:date", "u:time",
        "n:progress-rate", "n:frequency", "v:frequency",
    }
)  # fmt: skip
_MONEY = frozenset({"kind:money", "u:money", "v:money", "n:cost", "n:pay", "n:benefit"})
DIMENSIONS: dict[str, Dimension] = {
    d.key: d
    for d in (
        Dimension(QUANTITY, "产出的数量（物、事、人次、长度、面积）"),
        Dimension(QUALITY, "产出达到的标准（合格、达标、准确、完好等比率）"),
        Dimension(
            TIMELINESS, "产出的完成时间、时限或及时性", _TIME, "不反映完成时间、时限或及时性"
        ),
        Dimension(
            COST2,
            "项目的资金成本（总成本、单位成本、补助标准）",
            _MONEY,
            "不反映金额或成本控制",
        ),
        Dimension(
            ECON_COST,
            "项目的资金成本（总成本、单位成本、补助标准）",
            _MONEY,
            "不反映金额或成本控制",
        ),
        Dimension(SOCIAL_COST, "项目可能带来的社会负面影响（投诉、扰民等）"),
        Dimension(
            ECO_COST,
            "项目可能带来的生态环境负面影响",
            frozenset({"n:environment", "d:environment"}),
            "与生态环境无关",
        ),
        Dimension(ECONOMIC, "受益对象或地区的直接、间接经济收益（收入、产值、增收）"),
        Dimension(SOCIAL, "对服务对象和社会的成效（覆盖、就业、安全、知晓等）"),
        Dimension(
            ECOLOGICAL,
            "生态环境的改善（空气、水、森林、排放、能耗等）",
            frozenset({"n:environment", "d:environment"}),
            "与生态环境无关",
        ),
        Dimension(SUSTAINABLE, "成效的持续（长效机制、使用年限、持续运营）"),
        Dimension(
            SERVICE_SATISFACTION,
            "服务对象对产出和成效的满意程度",
            frozenset({"n:satisfaction", "d:satisfaction", "kind:satisfaction", "n:perception"}),
            "不是服务对象满意度",
        ),
    )
}

_COST_HOME = frozenset({COST2, ECON_COST})
_EFFECTS = frozenset({ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE})
_OUTPUTS = frozenset({QUANTITY, QUALITY, TIMELINESS})


@dataclass(frozen=True)
class Profile:
    """A recognisable kind of indicator content and where it belongs.

    A row matches when it has every signal of `all_of` and at least one of `any_of` (if given)
    and none of `none_of`. `fits` are the 二级 reviewers accept for it (home included)."""

    name: str
    home: str
    fits: frozenset[str]
    why: str
    all_of: frozenset[str] = frozenset()
    any_of: frozenset[str] = frozenset()
    none_of: frozenset[str] = frozenset()
    weight: float = 1.0


def _p(
    name: str,
    home: str,
    fits: frozenset[str] | set[str],
    why: str,
    all_of: str = "",
    any_of: str = "",
    none_of: str = "",
    weight: float = 1.0,
) -> Profile:
    return Profile(
        name,
        home,
        frozenset(fits) | {home},
        why,
        frozenset(all_of.split()),
        frozenset(any_of.split()),
        frozenset(none_of.split()),
        weight,
    )


# Most specific first; the first profile a row matches is its profile.
PROFILES: tuple[Profile, ...] = (
    _p("satisfaction", SERVICE_SATISFACTION, set(), "满意度属服务对象满意度指标，不能代替成效",
       any_of="kind:satisfaction n:satisfaction"),
    _p("awareness", SOCIAL, {QUALITY, QUANTITY, SUSTAINABLE}, "知晓率反映宣传成效，属社会效益",
       all_of="kind:rate n:awareness"),
    _p("income", ECONOMIC, {SOCIAL}, "收入/产值/成交额属经济效益", all_of="n:income",
       any_of="kind:money kind:rate kind:quantity u:money u:percent", none_of="n:cost"),
    _p("beneficiary-cost", ECONOMIC, {SOCIAL, ECON_COST, COST2},
       "降低群众/服务对象的负担或费用是受益对象的经济效益",
       all_of="n:cost n:change n:beneficiary"),
    _p("cost-control", ECON_COST, {COST2}, "项目自身的成本/费用控制属成本指标，不是效益",
       all_of="n:cost-control"),
    _p("pay", ECON_COST, {COST2, ECONOMIC, SOCIAL, QUANTITY}, "劳务报酬是成本或受益人的收入",
       all_of="n:pay", any_of="kind:money u:money"),
    _p("volume-money", QUANTITY, {ECONOMIC, SOCIAL, ECON_COST, COST2},
       "贷款、融资、带动投资等属服务量或经济效益", all_of="n:volume", any_of="kind:money u:money"),
    _p("execution-rate", TIMELINESS, {QUALITY, QUANTITY},
       "预算/资金执行率反映支出进度，不是项目的成本", all_of="kind:rate n:cost n:execution",
       none_of="n:cost-control"),
    _p("cost-rate", ECON_COST, {COST2, QUALITY, TIMELINESS, QUANTITY},
       "成本控制率/预算执行率反映成本或执行，属成本（或产出）指标，不是效益",
       all_of="kind:rate n:cost", none_of="n:income n:change n:beneficiary"),
    _p("money", ECON_COST, {COST2}, "金额/费用/补助标准是项目的资金投入，属成本指标",
       any_of="kind:money", none_of="n:income n:volume n:timely"),
    _p("money-by-unit", ECON_COST, {COST2, ECONOMIC, SOCIAL}, "以金额计的指标属成本指标",
       all_of="u:money", none_of="n:income n:volume kind:rate kind:count kind:person",
       weight=0.7),
    _p("date", TIMELINESS, set(), "完成时间/日期属时效指标", all_of="kind:date"),
    _p("timely-attribute", TIMELINESS, set(), "及时性属时效指标", all_of="n:timely-ending"),
    _p("timely-rate", TIMELINESS, {QUALITY, SOCIAL, QUANTITY}, "及时率属时效指标",
       all_of="kind:rate n:timely"),
    # opening hours and days of service are also read as a service standard (质量)
    _p("service-days", QUANTITY, {QUALITY, TIMELINESS, SOCIAL, ECONOMIC, SUSTAINABLE},
       "服务天数是产出数量", all_of="kind:duration n:service-days"),
    _p("lifetime", SUSTAINABLE, {QUALITY, TIMELINESS}, "使用年限反映成效的持续",
       all_of="kind:duration n:lifetime"),
    # days of disruption (停课天数, 道路封闭天数) are a social cost of the works
    _p("duration", TIMELINESS, {QUALITY, SOCIAL, SUSTAINABLE, ECONOMIC, SOCIAL_COST},
       "时长/时限属时效指标",
       all_of="kind:duration"),
    _p("effect-change", SOCIAL, _EFFECTS, "成效的变化（改善/下降/增长）属效益指标",
       all_of="n:change-share"),
    _p("eligibility-rate", QUALITY, {QUANTITY}, "对象符合条件/识别准确的比率是产出质量，不是效益",
       all_of="kind:rate n:eligibility"),
    _p("artefact-quality", QUALITY, {QUANTITY}, "工程/设备/系统的合格率、故障率是产出质量，不是效益",
       all_of="n:quality n:artefact", any_of="kind:rate kind:none", none_of="n:change-share"),
    _p("quality-rate", QUALITY, {QUANTITY, SOCIAL, SUSTAINABLE, ECONOMIC}, "合格/达标/准确率属质量指标",
       all_of="kind:rate n:quality"),
    _p("resolution-rate", QUALITY, {QUANTITY, TIMELINESS, SOCIAL, SUSTAINABLE},
       "办结率/化解率/整改率反映处理的质量或成效", all_of="kind:rate n:resolve"),
    _p("completion-rate", QUANTITY, {QUALITY, TIMELINESS}, "完成率/执行率反映产出进度",
       all_of="kind:rate n:completion"),
    _p("rate", QUALITY, {QUANTITY, SOCIAL, SUSTAINABLE, ECONOMIC},
       "覆盖率/普及率等比率属质量或效益指标", all_of="kind:rate"),
    _p("harm-count", SOCIAL, {QUALITY, QUANTITY, SOCIAL_COST, SUSTAINABLE, ECO_COST},
       "事故、投诉等不良事件数属效益或质量指标", all_of="n:harm",
       any_of="kind:count kind:person u:count u:person", none_of="n:resolve"),
    _p("quality-count", QUANTITY, {QUALITY, SOCIAL}, "验收合格/获奖的数量", all_of="n:quality",
       any_of="kind:count kind:person"),
    _p("output-count", QUANTITY, {SOCIAL, ECONOMIC, SUSTAINABLE},
       "个数、人次、长度、面积等数量属数量指标",
       any_of="kind:count kind:person kind:length kind:area"),
    _p("output-count-by-unit", QUANTITY, {SOCIAL, ECONOMIC, SUSTAINABLE},
       "以个、件、人等计的数量属数量指标", any_of="u:count u:person u:length u:area",
       none_of="kind:rate kind:satisfaction kind:money kind:duration kind:date n:quality",
       weight=0.75),
    _p("quantity", QUANTITY, {ECONOMIC, ECOLOGICAL, SOCIAL, QUALITY, SUSTAINABLE}, "产量、浓度等实物量",
       all_of="kind:quantity"),
)  # fmt: skip

# Profiles that a 生态 二级 also accepts when the row is about the environment (造林面积,
# 节水灌溉面积占比, 排放量 …), and a cost row when it is a negative environmental effect.
ENVIRONMENT_FITS = frozenset({ECOLOGICAL, ECO_COST})
OUTPUT_LEVEL2 = _OUTPUTS
EFFECT_LEVEL2 = _EFFECTS
COST_LEVEL2 = _COST_HOME
