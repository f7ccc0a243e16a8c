"""Polarity vocabulary of indicator names (domain-rules §2 polarity guide): the verbs that turn a
bad thing into a good measure, the words of bad things, money words whose polarity depends on the
row, benefit standards, and the words that leave polarity open. auditor.domain.row_vocab.polarity
reads them; the comparator-direction rule (U305) uses the duration and benefit lists directly.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Polarity (domain-rules §2 polarity guide). vocab.NEGATIVE/POSITIVE_POLARITY_WORDS are the
# base lists; these add the verbs that turn a bad thing into a good measure ("投诉处理率").
# ---------------------------------------------------------------------------------------------
EXTRA_POSITIVE_WORDS = (
    "确保",
    "保证",
    "处理",
    "整改",
    "修复",
    "治理",
    "化解",
    "下降",
    "降低",
    "减少",
    "压减",
    "控制率",
    "正常",
    "稳定运行",
    "按时",
    "按期",
    "准时",
    "开展",
    "更新",
    "升级",
    "答复",
    "回应",
    "受理",
    "办理",
    "回复",
    "完好",
    "完整",
    "畅通",
    "节约",
    "节省",
    "压缩",
    "压降",
    "进度",
    "执行",
    "拨付",
    "兑现",
    "救助",
    "帮扶",
    "资助",
    "慰问",
    "救治",
    "康复",
    "防范",
    "防控",
    "预防",
    # actions that resolve a bad thing: "矛盾纠纷排查次数", "调解成功率", "案件查处率"
    "排查",
    "摸排",
    "调解",
    "成功",
    "查处",
    "侦破",
    "破获",
    "消除",
    "办结",
    "结案",
    # actions on a bad thing that make its count a good result: "挽回经济损失", "法律援助案件数",
    # "监测隐患点数量"
    "挽回",
    "援助",
    "监测",
    # work against a bad thing, counted as output: "拆除违法建设面积", "维修破损人行道",
    # "森林火灾专项演练次数", "逾期贷款催收户数", "灾害性天气预警提前量", "传染病报告率"
    "拆除",
    "维修",
    "修缮",
    "演练",
    "破案",
    "安装",
    "培训",
    "催收",
    "预警",
    "扑灭",
    "报告率",
    "发布",
    "打击",
    "救援",
    "处置",
    "清理",
    "清除",
    "整治",
)
EXTRA_NEGATIVE_WORDS = (
    "损耗",  # 储备粮损耗率
    "成灾",  # 有害生物成灾率
    "价格涨幅",  # a rise of prices paid by the beneficiaries
    "外转",  # 患者外转率: patients sent out of the county's care
    "县外转诊",
    "负债",
    "占用",
    "拖延",
    "延期",
    "缺陷",
    "病害",
    "安全问题",
    "上访",
    "信访量",
    "发生率",
    "违约",
    "不良",
    "失败",
    "退回",
    "辍学",
    "犯罪",
    "发案",
    "火灾",
    "灾害",
    "风险",
    "负面",
    "舆情",
    "处罚",
    "罚款",
    "误差",
    "坏账",
    "损坏",
    "破损",
    "丢失",
    "拥堵",
    "积压",
    "浪费",
    "返贫",
    "调整次数",
    "调剂",
    "失业",
    "跑动",  # "群众办事跑动次数" (最多跑一次): fewer is better
)
# Negative-polarity words that only name an amount of money (lower is better in a cost row only).
MONEY_NEGATIVE_WORDS = frozenset(
    [
        "成本",
        "费用",
        "单价",
        "支出",
        "花费",
        "造价",
        "投资额",
        "预算数",
        "资金额",
        "经费",
        "结余",
        "结转",
    ]
)
# Cost-row amounts where more is better: benefit standards paid to people.
BENEFIT_STANDARD_WORDS = (
    "补助",
    "补贴",
    "救助",
    "奖励",
    "奖补",
    "发放",
    "工资",
    "报酬",
    "抚恤",
    "津贴",
    "保障标准",
    "定额",  # a guaranteed funding norm ("生均公用经费基准定额 ≥720元/生·年")
    # funds guaranteed to each recipient unit: "每村年办公经费 ≥1.5万元", "生均公用经费"
    "每村",
    "村均",
    "生均",
)
# Words that leave the polarity open (feedback may be praise or complaints).
AMBIGUOUS_POLARITY_WORDS = ("反馈", "变化", "波动", "变动", "差异", "偏离")
# Time-like negative words: durations are "lower is better" only sometimes (a 影响时长 ≥1年 is
# good), so a ≥ on them is not reported; the clear delay words still are.
DURATION_WORDS = ("时长", "周期", "用时", "时间", "时限", "天数")
DELAY_WORDS = ("延迟", "延误", "滞后", "逾期", "拖延", "延期")
