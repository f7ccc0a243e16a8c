"""Vocabulary and small classifiers for the row-scope rules (families C, U, V, R).

Everything here is domain knowledge from docs/domain-rules.md (what each 二级 category
measures, unit families, polarity of a measure, the recognised 绩效标准 bases), written as
general word lists — never text copied from one sample document.

The classifiers follow the head-final structure of Chinese indicator names: in
"服务项目故障维护及时率" the measure is the last measure word ("率"), the object comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from auditor.domain import vocab
from auditor.domain.polarity_words import (
    AMBIGUOUS_POLARITY_WORDS,
    EXTRA_NEGATIVE_WORDS,
    EXTRA_POSITIVE_WORDS,
    MONEY_NEGATIVE_WORDS,
)
from auditor.extract.normalize import fold, letters

# ---------------------------------------------------------------------------------------------
# What a 三级 name measures (head word families).
# ---------------------------------------------------------------------------------------------

# Words that make a name a rate / proportion (percent family).
RATE_HEADS = (
    "率",
    "比率",
    "比例",
    "比重",
    "占比",
    "百分比",
    "满意度",
    "知晓度",
    "参与度",
    "覆盖面",
    "达标度",
    "普及度",
    "认可度",
    "知晓率",
    "满意率",
    "的比",
)
# Head-counts of people.
PERSON_HEADS = ("人数", "人次", "人员数", "户数", "名额", "人口数", "学员数", "员数")
# Counts of things or events.
COUNT_HEADS = (
    "数量",
    "个数",
    "次数",
    "件数",
    "场次",
    "批次",
    "项数",
    "家数",
    "篇数",
    "册数",
    "台数",
    "套数",
    "座数",
    "期数",
    "村数",
    "条数",
    "本数",
    "份数",
    "总数",
    "组数",
    "处数",
    "单数",
    "宗数",
    "起数",
)
# Durations, deadlines and dates.
TIME_HEADS = (
    "时间",
    "时限",
    "期限",
    "天数",
    "时长",
    "用时",
    "周期",
    "工期",
    "日期",
    "年限",
    "月份",
    "工作日",
)
# Money amounts.
MONEY_HEADS = (
    "成本",
    "费用",
    "经费",
    "金额",
    "投资额",
    "单价",
    "造价",
    "预算数",
    "价格",
    "工资",
    "薪酬",
    "报酬",
    "会费",
    "租金",
    "年费",
    "补助标准",
    "补贴标准",
    "资金量",
    "支出数",
    "资金额",
    "费",
    "控制数",
)
# Words ending in 率 that are not proportions (efficiency, frequency, power).
NOT_RATE_LU = ("效率", "频率", "电功率")
# Words ending in 数 that are not counts.
NOT_COUNT_SHU = (
    "指数",
    "系数",
    "分数",
    "倍数",
    "天数",
    "预算数",
    "基数",
    "参数",
    "函数",
    "支出数",
    "决算数",
    "数据",
    "人数",
)

# Units whose value is a count but not of people: a head-count measured in these is wrong.
NON_PERSON_COUNT_UNITS = frozenset(
    [
        "次",
        "个",
        "项",
        "件",
        "场",
        "期",
        "批",
        "台",
        "套",
        "本",
        "册",
        "篇",
        "条",
        "份",
        "场次",
        "批次",
        "组",
        "处",
    ]
)
# Counting words that are not event frequencies: "工作次数 =17个" measures events in 个.
NON_EVENT_COUNT_UNITS = frozenset(
    ["个", "项", "件", "家", "台", "套", "本", "册", "份", "篇", "条", "户", "人", "名", "位"]
)

# ---------------------------------------------------------------------------------------------
# Values (V401 / V402 / V404 / V405).
# ---------------------------------------------------------------------------------------------
# Short adjective/verb phrases used as a target: "保持干部队伍相对稳定", "进一步提高".
VAGUE_PHRASE_PATTERN = re.compile(
    r"^(保持|持续|不断|逐步|逐年|进一步|有效|明显|显著|稳步|大幅|较大|全面|基本|有所|更加)?.{0,10}"
    r"(稳定|提高|提升|改善|增强|加强|优化|好转|减少|降低|下降|缩短|扩大|增长|增加|减轻|缩小|"
    r"健全|完善|向好|回升|巩固|规范|加快)$"
    # an adverb of manner on a verb of the work itself: "有效保障", "长效运行", "有效防止"
    r"|^(有效|长效|长期|切实|充分|稳定)(保障|运行|落实|发挥|推进|开展|防止|遏制|控制)$"
    # a result received with no measure: "得到保障", "得到有效保障", "得以改善"
    r"|^(得到|得以|获得)(有效|明显|显著|进一步|全面|切实|较大)?(保障|改善|提升|提高|加强|落实|巩固|缓解|控制)$"
    # building a mechanism with no criterion: "建立健全", "建立完善长效机制"
    r"|^(建立|建成|形成)(健全|完善|长效)(的)?(机制|体系|制度)?$"
    # a degree with no scale: "更加浓厚", "保障有力", "成效显著"
    r"|^(更加|十分|非常|较为|日益|越来越)(浓厚|良好|完善|健全|规范|和谐|稳定|突出)$"
    r"|^(保障|服务|管理|作用|成效|效果|措施)(有力|到位|显著|明显|突出|良好)$"
    # a vague quantity: "若干次"
    r"|^若干(个|次|项|人|场|件|批|期)?$"
)
# "效果显著", "成效明显", "作用突出": a claimed degree of effect with no criterion.
VAGUE_EFFECT_PATTERN = re.compile(
    r"^(效果|成效|作用|效益|影响|水平|能力|质量|状况|情况)?(十分|非常|较为|更加)?"
    r"(明显|显著|突出|良好|较好|较高|有效|大幅|稳步)(提高|提升|改善|增强|增加)?$"
)
# Extra boilerplate value patterns (V402), complementing vocab.BOILERPLATE_VALUE_PATTERNS:
# effect claims with a dropped first character ("到一定的社会效益") or a truncated tail.
EXTRA_BOILERPLATE_PATTERNS = (
    r"^(起|达)?到(了)?(一定|较好|良好|明显|积极)?(的)?(社会|经济|生态|环境)?(效益|可持续(性)?(影响?)?|影响|效果|作用)$",
    r"^(起|达)?到(了)?.{0,20}(效益|可持续(性)?影响?|影响|效果|作用)$",
    r"^按(照)?(相关|有关)?规定(执行|办理)$",
    r"^(按|依)(照)?(工作)?(计划|进度|要求)(执行|完成|推进)$",
    # a procedure or a budget ceiling instead of a target: "按需采购", "控制在预算内"
    r"^按(需|实际|需求)(采购|执行|实施|完成|开展|安排|发放)$",
    # ... also after the money it bounds, in a cell holding name and target ("运维费用控制在预算内")
    r"^([\u4e00-\u9fff]{0,12}?(费用|经费|成本|支出|资金))?"
    r"(控制在|不超过|不突破)(批复)?(的)?(预算|计划|年度预算)(内|以内|范围内|之内)?$",
    r"^完成(上级|年度)?(下达|交办|安排)?(的)?(工作)?任务$",
    # conformity to no named requirement: "符合要求", "满足规定"
    r"^(符合|满足|达到)(要求|规定|标准|相关要求)$",
    # a claim of having met "the expected" result or of "playing a role", true of any project:
    # "达到预期目标", "…，达到预期效果", "持续发挥作用", "取得实效", "依法依规"
    r"达到(了)?预期(的)?(目标|效果|效益)$",
    r"^(持续|长期|充分)?发挥(了)?(积极|重要|应有)?(的)?作用$",
    r"^取得(了)?(实效|成效)$",
    r"^依法依规$",
    # a political bottom line held, not a level reached: "守住底线", "守牢不发生规模性返贫底线"
    r"^(坚决)?(守住|守牢|兜住|兜牢|筑牢)(了)?[\u4e00-\u9fff]{0,12}底线$",
)
# Bare category labels given as 指标值确定依据 (domain-rules §3.3: the recognised kinds of
# 绩效标准 are 计划标准 / 行业标准 / 历史标准; naming the kind is not naming a source).
GENERIC_BASIS = frozenset(
    {
        "计划标准",
        "行业标准",
        "历史标准",
        "其他标准",
        "市场标准",
        "市政标准",
        "国家标准",
        "现实需求",
        "实际需求",
        "工作需求",
        "工作需要",
        "工作计划",
        "工作目标",
        "年度目标",
        "目标任务",
        "项目计划",
        "计划",
        "现实预期",
        "预期",
        "政策文件",
        "相关政策文件",
        "相关文件",
        "相关规定",
        "有关规定",
        "相关政策",
        "政策规定",
        "工作职责",
        "部门职责",
        "职责",
        "工作要求",
        "上级要求",
        "实际情况",
        "按比例评定",
        "标准",
        "需求",
        "规定",
    }
)
# Cheap items: a target of a few units for a large budget is trivially low (V405). Printed matter costs
# tens to hundreds of 元 a piece; consumables and office supplies up to a few thousand.
PRINTED_ITEM_WORDS = (
    "书籍",
    "图书",
    "书刊",
    "资料",
    "宣传品",
    "宣传册",
    "手册",
    "刊物",
    "折页",
    "海报",
)
CONSUMABLE_WORDS = ("耗材", "办公用品", "文具", "易耗品", "日用品")
# Implausible unit costs when a budget is divided by the promised count: a printed book, leaflet
# or journal issue above 1,000 元, an office consumable above 50,000 元 means the count is not
# the real output (domain-rules §3.4 值与资金匹配, 88号 适当性).
PRINTED_ITEM_MAX_YUAN = 1000.0
CONSUMABLE_MAX_YUAN = 50000.0
# Counting words for single items (not 期/次/场, which count issues or events).
ITEM_UNITS = frozenset(
    ["个", "本", "册", "份", "件", "套", "张", "盒", "箱", "支", "台", "把", "包"]
)
# Projects that pay one obligation (the project itself is legitimately "1").
PAYMENT_PROJECT_WORDS = (
    "质保金",
    "尾款",
    "保证金",
    "会费",
    "租金",
    "补助",
    "补贴",
    "奖励",
    "奖补",
    "利息",
    "还款",
    "债",
)
# Names that count the project itself ("项目数量 ≥1项").
PROJECT_SELF_WORDS = (
    "项目数量",
    "项目个数",
    "项目内容",
    "建设内容",
    "工程数量",
    "项目数",
    "工程个数",
    "建设项目数",
)
# Satisfaction targets below this are low (domain-rules §3.5: practice is ≥85/90/95%).
LOW_SATISFACTION_PCT = 80.0


# ---------------------------------------------------------------------------------------------
# Helpers.
# ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def core(text: str | None) -> str:
    """Comparable core of a name: folded, no whitespace or punctuation."""
    return letters(text)


def contains_any(text: str | None, words: Iterable[str]) -> bool:
    t = fold(text)
    return bool(t) and any(w in t for w in words)


def _last_hit(text: str, words: Iterable[str]) -> int:
    best = -1
    for w in words:
        i = text.rfind(w)
        if i >= 0:
            best = max(best, i + len(w))
    return best


@lru_cache(maxsize=65536)
def measure_family(name: str | None) -> str | None:
    """What a 三级 name measures, by its head word: rate, person, count, time, money or None."""
    t = core(name)
    if not t:
        return None
    for w in NOT_RATE_LU:
        t = t.replace(w, "效")  # "工作效率" is not a proportion
    hits: dict[str, int] = {
        "rate": _last_hit(t, RATE_HEADS),
        "person": _last_hit(t, PERSON_HEADS),
        "count": _last_hit(t, COUNT_HEADS),
        "time": _last_hit(t, TIME_HEADS),
        "money": _last_hit(t, MONEY_HEADS),
    }
    fam, pos = max(hits.items(), key=lambda kv: kv[1])
    if pos < 0 and t.endswith("数") and not t.endswith(NOT_COUNT_SHU):
        return (
            "count"  # 服务企业数, 团组数: a bare 数 head, only when no other head word is present
        )
    if pos < 0:
        return None
    # the head must end the name, or be followed only by a neutral tail ("预算数额", "人数情况")
    tail = t[pos:]
    if tail and tail not in _NEUTRAL_TAILS:
        return None
    return fam


_NEUTRAL_TAILS = (
    "数",
    "额",
    "总额",
    "总数",
    "情况",
    "指标",
    "控制数",
    "标准",
    "水平",
    "值",
    "目标",
)


@lru_cache(maxsize=65536)
def char_overlap(a: str | None, b: str | None) -> float:
    """Share of the distinct characters of a that also occur in b (0..1)."""
    ca, cb = set(core(a)), set(core(b))
    return len(ca & cb) / len(ca) if ca else 0.0


@lru_cache(maxsize=65536)
def polarity(text: str | None, ignore_money: bool = False) -> str | None:
    """'neg', 'pos', 'mixed' or None for a name (domain-rules §2 polarity guide).

    With ignore_money, money words (成本, 经费, 投资额 …) do not make a name negative: outside a cost row
    an amount is often good (引进投资额, 增收金额).
    """
    t = fold(text)
    if not t:
        return None
    if any(w in t for w in AMBIGUOUS_POLARITY_WORDS):
        return "mixed"
    neg_words: tuple[str, ...] = vocab.NEGATIVE_POLARITY_WORDS + EXTRA_NEGATIVE_WORDS
    if ignore_money:
        neg_words = tuple(w for w in neg_words if w not in MONEY_NEGATIVE_WORDS)
    neg = any(w in t for w in neg_words)
    pos = any(w in t for w in vocab.POSITIVE_POLARITY_WORDS + EXTRA_POSITIVE_WORDS)
    if neg and pos:
        return "mixed"
    if neg:
        return "neg"
    if pos:
        return "pos"
    return None


def number_text(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# A basis that describes how the result will be scored ("按比例评定完成率") names no source either.
_SCORING_METHOD_BASIS = re.compile(
    r"^按(照)?(比例|比率|完成比例|实际(完成)?(情况)?)?(评定|计算|打分|评分|考核)"
)


# A two-character topic plus 标准 ("储备标准", "建设标准") names no issuer, document or figure.
_BARE_STANDARD = re.compile(r"^[\u4e00-\u9fff]{1,2}标准$")
# The bare kind of a document with no topic, issuer or title ("设计规范", "考核办法"): a
# category word like 行业标准; "《…技术规范》" or "资金管理办法" name a document and pass.
_BARE_DOCUMENT_KIND = re.compile(r"^(设计|技术|行业|考核|管理)?(规范|办法|细则)$")


def is_generic_basis(key: str) -> bool:
    """A bare label of a kind of standard or a scoring method, not a checkable source (V404)."""
    return (
        key in GENERIC_BASIS
        or bool(_SCORING_METHOD_BASIS.match(key))
        or bool(_BARE_STANDARD.match(key))
        or bool(_BARE_DOCUMENT_KIND.match(key))
    )
