"""What makes a goal clause assessable (G701/G702): deliverables, quantifiers and deadlines.

Domain: 财预〔2021〕101号 defines a performance goal as the outputs and effects expected within
the year (and their cost); 88号 asks that goals be 指向明确, 细化量化 (docs/domain-rules.md §3,
§4.1). A clause a year-end review can check names something delivered (built, bought, paid,
served, trained, inspected …) with its object, or a quantity, a share, a deadline; a clause that
only states an aim (确保/保障/推动/提升/促进/加强 + an abstract object) cannot be checked.
"""

from __future__ import annotations

import re

# Verbs that deliver something countable or checkable, unlike aim verbs (确保, 保障, 推动 …).
DELIVERABLE_VERBS = (
    "完成", "开展", "组织", "举办", "召开", "建设", "新建", "改建", "扩建", "改造", "建成",
    "修建", "铺设", "安装", "购置", "配置", "采购", "配备", "储备", "发放", "兑付", "拨付",
    "提供", "免除", "资助", "补助", "补贴", "救助", "慰问", "走访", "招聘", "聘用", "监测",
    "检测", "抽检", "检查", "巡查", "治理", "修复", "整治", "清淤", "疏浚", "养护", "维修",
    "登记", "普查", "编制", "印制", "出版", "创建", "培育", "认定", "引进", "安置", "签约",
    "受理", "处置", "调解", "救治", "接种", "筛查", "体检", "造林", "种植", "收储", "实施",
    "培训", "缴纳", "支付", "参加",
)  # fmt: skip
# Quantifiers, shares and deadlines that make a clause assessable without a digit.
GOAL_QUANTIFIERS = re.compile(
    r"全覆盖|全员|全部|所有|每(人|户|生|月|年|季度|学期)|按月|按季|足额|百分之百|"
    r"(年|月)底前|年内|[一二三四五六七八九十]+(个|项|次|所|座|家|人|户|期|场|批|类)"
)
# Words of a clause that name no object of their own (what remains after them is the object).
CLAUSE_FILLER = re.compile(
    "|".join(
        sorted(
            (
                "确保",
                "保障",
                "保证",
                "维护",
                "提升",
                "提高",
                "推动",
                "推进",
                "促进",
                "加强",
                "增强",
                "营造",
                "助力",
                "实现",
                "做好",
                "抓好",
                "落实",
                "坚持",
                "全面",
                "切实",
                "扎实",
                "持续",
                "不断",
                "进一步",
                "积极",
                "稳步",
                "有效",
                "圆满",
                "顺利",
                "正常",
                "运转",
                "运行",
                "开展",
                "各项",
                "相关",
                "日常",
                "工作",
                "任务",
                "年度",
                "全年",
                "当年",
                "本年",
                "我县",
                "全县",
                "全区",
                "我区",
                "全市",
                "县域",
                "区域",
                "机关",
                "单位",
                "部门",
                "上级",
                "交办",
                "高质量",
                "发展",
                "水平",
                "能力",
                "效能",
                "效率",
                "形象",
                "环境",
                "氛围",
                "成果",
                "成效",
                "效果",
                "质量",
                "安全",
                "稳定",
                "和谐",
                "良好",
                "更好",
                "更加",
                "目标",
                "要求",
                "需要",
                "需求",
                "项目",
                "资金",
                "经费",
                "的",
                "和",
                "及",
                "与",
                "等",
                "了",
                "地",
                "得",
                "在",
                "为",
                "对",
                "将",
            ),
            key=len,
            reverse=True,
        )
    )
)
CLAUSE_OBJECT_MIN = 3  # characters an object must keep after the filler is removed
# An aim clause: an aim verb (with its adverbs) opens it, so it states a direction, not a
# result ("保障农村客运正常运营", "提高供养水平", "方便群众出行"). A goal made only of aim
# clauses, with no figure, quantifier, deadline or deliverable, is a slogan (G702).
AIM_CLAUSE = re.compile(
    r"^(全面|切实|进一步|持续|不断|有效|积极|努力|着力|大力|逐步|稳步|充分|更好地?|更加)*"
    r"(确保|保障|保证|维护|提升|提高|推动|推进|促进|加强|增强|营造|助力|实现|做好|抓好|落实|"
    r"方便|便利|满足|改善|优化|完善|健全|丰富|减轻|巩固|强化|支持|弘扬|维持|加快|夯实|激发|"
    r"增进|彰显|筑牢|守护|守牢|兜牢|兜住|惠及|服务于|发挥|引导|弥补|加快|加大)"
)
# A clause that only claims success ("达到预期", "取得实效", "落到实处").
SUCCESS_CLAUSE = re.compile(
    r"(达到预期|取得(了)?(实效|成效|实实在在的效果|明显成效|良好效果|预期效果)|见到实效|落到实处)"
    r"(目标|效果)?$"
)
# A clause that only names whom the project helps and an abstract help ("为农业生产提供有力
# 保障", "为乡村振兴奠定坚实基础"): an aim as well.
SUPPORT_CLAUSE = re.compile(
    r"^(为|给|向).{1,14}(提供|作出|做出|奠定|创造|营造|打下)(了)?(有力|坚实|良好|更好|优质|强有力)?的?"
    r"(保障|支撑|支持|服务|帮助|便利|条件|基础|贡献|环境|氛围)$"
)
