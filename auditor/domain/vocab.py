"""Vocabularies from ../shared/domain-rules.md used by the parser and the rules.

Each list is domain knowledge (the MoF review criteria and the common-problem catalogue),
not text copied from the sample corpus; keep additions general.
"""

from __future__ import annotations

# Qualitative target words that cannot be graded (domain-rules §3.2, taxonomy V401).
VAGUE_VALUE_WORDS = frozenset(
    "提高 提升 明显 明显提高 明显提升 显著 显著提高 逐步 逐步提升 逐步提高 稳步提升 持续提升 不断提升 "
    "健全 完善 有效 有效促进 有效提升 有效改善 改善 改善明显 效果明显 成效明显 长期 长效 持续 "
    "减少 降低 增加 增强 加强 促进 推动 稳定 保持稳定 正常 及时 良好 较好 积极 进一步 "
    "基本满意 满意 较高 高 大幅提升 有所提高 有所提升".split()
)
# Words that are qualitative but gradeable when the standard is named (合格/达标 against a
# standard, a yes/no outcome). Not vague by themselves.
GRADED_VALUE_WORDS = frozenset(
    "优 良 中 差 优秀 良好 合格 不合格 达标 达到 部分达到 未达到 是 否 有 无 通过 完成 已完成 "
    "达成 部分达成 未达成 好 较好 一般 较差 A级 B级".split()
)
# Everything the value parser must not take for a unit ("≤10 正常").
QUALITATIVE_VALUE_WORDS = VAGUE_VALUE_WORDS | GRADED_VALUE_WORDS | frozenset("正常 运行 按时 按期 规范".split())

# Boilerplate value phrases that fit any project (V402). Matched as regular expressions on the
# squeezed value: they describe a procedure ("按计划", "按规定"), not a target.
BOILERPLATE_VALUE_PATTERNS = [
    r"^按(工作)?计划(及时|按时|如期)?完成$",
    r"^按(照)?(相关|有关)?规定(标准|要求)?(控制|执行|完成|实施)$",
    r"^按(照)?(相关|有关)?标准(控制|执行)$",
    r"^(起到|达到|取得|产生)?(了)?(一定|较好|良好|明显|积极)?(的)?(社会|经济|生态|环境)?(效益|可持续(性)?影响?|影响|效果|作用)$",
    r"^(起到|达到|取得|产生)",  # "起到…的社会效益": a claim of an effect, never a target
    r"^(符合|满足)(相关|有关|上级|组织单位|规定)?(的)?(要求|规定|标准)$",
    r"^(严格)?按(照)?(预算|合同)(执行|控制)$",
    r"^(确保|保障|保证).{0,6}(正常|顺利)(运转|运行|开展)$",
]

# Polarity of an indicator name (domain-rules §2 polarity guide). Negative-polarity names
# measure something bad or costly: lower is better, so the comparator must be ≤ / <.
NEGATIVE_POLARITY_WORDS = (
    "差错", "错误", "故障", "投诉", "事故", "超标", "延误", "延迟", "滞后", "逾期", "损失", "违规", "违纪",
    "违法", "案件", "纠纷", "隐患", "事件", "不合格", "失误", "返工", "流失", "死亡", "伤亡", "发病",
    "污染", "排放", "能耗", "结余", "结转", "超支", "超概", "超预算", "偏差", "调整率", "空置", "闲置",
    "拖欠", "欠款", "漏", "误", "响应时间", "修复时间", "处理时间", "办理时限", "等待时间", "时长", "用时",
    "周期", "成本", "费用", "单价", "支出", "花费", "造价", "投资额", "预算数", "资金额", "经费",
)
# Positive-polarity words: higher is better, the comparator must be ≥ / > / = .
POSITIVE_POLARITY_WORDS = (
    "满意", "合格", "达标", "覆盖", "完成", "及时", "知晓", "到位", "使用", "利用", "正常运行", "正常使用",
    "准确", "通过", "验收", "优良", "就业", "增收", "增长", "受益", "参与", "参训", "出勤", "执行率",
    "落实", "办结", "解决", "处置", "回复", "响应率", "入驻", "签约", "引进", "培育", "保障", "健全",
    "覆盖率", "普及", "达成", "实现", "提升", "提高",
)

# What a 三级 name measures (rate, person, count, time, money) lives in row_vocab.py (measure_family).
