"""Targets written without a comparator: deadlines, schedules, changes and negated events.

Many tables state a target in words instead of "≥95%": a deadline ("年底前", "每月10日前",
"季度末", "15个工作日内", "当年"), a schedule ("按季度", "每月1次", "按月发放"), a change with
its direction ("下降", "稳中有升", "逐年增长", "有所减少"), an event that must not happen
("不发生", "零事故", "杜绝安全事故") or a state reached ("建立", "安全畅通", "运转顺畅"). The
value parser reads them as text; the extractor still has to know they are targets, or a
one-cell-per-line table glues them to the indicator name.

Each kind is a small grammar over the budget calendar (year, half-year, quarter, month, ten-day
period, week, working day, school term), degree adverbs, change verbs and the states of the
framework's qualitative targets, not a list of phrases.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from auditor.extract.normalize import squeeze


class TargetKind(StrEnum):
    DEADLINE = "deadline"  # 年底前, 每月10日前, 15个工作日内, 当年
    SCHEDULE = "schedule"  # 按季度, 每月1次, 按月发放
    CHANGE = "change"  # 下降, 稳中有升, 逐年增长, 下降5%
    NEGATION = "negation"  # 不发生, 零事故, 杜绝安全事故
    STATE = "state"  # 建立, 基本建成, 安全畅通, 运转顺畅, 稳定就业


_CN = "一二两三四五六七八九十"
_COUNT = rf"(?:\d{{1,3}}|[{_CN}]{{1,3}})"
# the periods of the budget calendar
_PERIOD = r"(?:年度|年|半年|季度|季|月份|月|旬|周|学期|汛期|期)"
# where in a period: its end, start, middle or anywhere inside it
_EDGE = r"(?:底|末|初|中|内|结束|终)"
_BEFORE = r"(?:前|之前|以前|内|以内|之内|完成|结束前)"
# which period: every, this, the next, the first/second half ...
_WHICH = r"(?:每|当|本|次|上|下|全|同|该|今|明|逐)"

# events a time limit is counted from
_EVENT = r"(?:收到|接到|下达|到位|拨付|批复|验收|完工|竣工|申请|受理|签订|立项|报名|入学)"

# the action a time limit bounds (3个工作日内回复, 当日登记)
_ANSWERED = r"(?:回复|答复|反馈|办结|处理|处置|登记|响应|受理|上报|报送|到位|到账|完成)"
_DEADLINE = re.compile(
    "(?:"
    + "|".join(
        (
            # 当日, 当天, 即日, 次日: the same or the next day
            r"(?:当日|当天|即日|次日|即时)",
            # 年底前, 当年末, 每季度末, 本月底, 季末, 年内, 学期结束前, 汛期前
            rf"{_WHICH}{_PERIOD}{_EDGE}?{_BEFORE}?|{_PERIOD}(?:{_EDGE}{_BEFORE}?|{_BEFORE})",
            # 每月10日前, 每季度第5个工作日前, 每年3月底前
            rf"{_WHICH}{_PERIOD}(?:第?{_COUNT}(?:个工作日|日|号|天)|{_COUNT}月{_EDGE}?){_BEFORE}?",
            # 每季度首月, 每年第一季度, 每学期第2周: a set place inside every period
            rf"{_WHICH}{_PERIOD}(?:首|末|第{_COUNT}个?|最后一个?)(?:{_PERIOD}|日|天|个工作日)"
            rf"{_BEFORE}?",
            # 15个工作日内, 3天以内, 两个月内, 24小时内
            rf"{_COUNT}个?(?:工作日|自然日|日|天|小时|周|个月|月|年)(?:内|以内|之内)",
            # 每周二12时前, 每周五下班前, 当日17时前: a weekday or a day and the hour it ends at
            rf"(?:{_WHICH}周[一二三四五六日天]|当日|当天|次日)(?:{_COUNT}(?:时|点)|下班){_BEFORE}",
            # 10日前 (a day of the month), 次年3月底前
            rf"{_COUNT}(?:日|号){_BEFORE}",
            rf"(?:次年|下年度?|当年|本年度?){_COUNT}月{_EDGE}?{_BEFORE}?",
            # 收到资金后30日内, 验收合格后15个工作日内: a time limit counted from an event
            rf"{_EVENT}[\u4e00-\u9fff]{{0,4}}后{_COUNT}个?(?:工作日|自然日|日|天|小时|周|个月|月)"
            r"(?:内|以内|之内)",
            # 审计结束后30日内, 检查完毕后3天内: counted from the end of a named task; 县人大批准
            # 后20日内, 主管部门批复后15日内: from the decision of a named authority
            rf"[\u4e00-\u9fff]{{1,4}}(?:结束|完成|完毕|终结|批准|批复|审批|审定|印发|下达)后{_COUNT}个?"
            r"(?:工作日|自然日|日|天|小时|周|个月|月)(?:内|以内|之内)",
        )
    )
    + rf"){_ANSWERED}?"
)
# actions a schedule paces
_PACED = (
    r"(?:发放|拨付|支付|兑付|结算|拨款|开展|组织|检查|考核|督查|巡查|巡护|报送|上报|统计|公示|"
    r"更新|维护|调度|清运|监测|培训|召开|通报|评估)"
)
# opening hours: a clock-time range on the days it holds (工作日8:30—17:30, 每日9:00-21:00)
_CLOCK = r"\d{1,2}[:：]\d{2}"
_DAYS = r"(?:工作日|每日|每天|全天|节假日|周[一二三四五六日]至周[一二三四五六日])"
_HOURS = rf"{_DAYS}?{_CLOCK}[-—–~至]{{1,2}}{_CLOCK}"
_SCHEDULE = re.compile(
    rf"(?:按|每|逐|分)(?:{_COUNT}个?)?{_PERIOD}度?(?:{_COUNT}次|一次|{_COUNT}批)?{_PACED}?"
    rf"|定期{_PACED}?|(?:每|一){_PERIOD}{_COUNT}次|{_HOURS}"
    # paced by the farming calendar (按农时, 按季节开展)
    rf"|按(?:农时|季节|节令|时令){_PACED}?"
)
# degree and manner of a change
_DEGREE = (
    r"(?:稳中有|逐年|逐步|逐月|稳步|持续|明显|显著|有所|大幅|进一步|略有|小幅|不断|同比|环比|"
    r"较上年|比上年|较去年|比去年|较上年度|较基期|有效)"
)
_CHANGE_VERB = r"(?:下降|上升|增长|增加|减少|降低|提高|提升|回升|下滑|缩小|扩大|增|降|升|减)"
_AMOUNT = r"(?:\d+(?:\.\d+)?(?:%|％|个百分点)|[一二两三四五六七八九十]+个百分点)"
_CHANGE = re.compile(
    rf"{_DEGREE}*{_CHANGE_VERB}{_AMOUNT}?(?:以上|以内)?|只增不减|只减不增|不降低|不下降|不减少|"
    r"(?:与上年|同比|较上年)?(?:基本)?持平|保持稳定|稳中向好"
    # a count brought to zero and kept there (动态清零, 全部清零, 按期归零)
    r"|(?:动态|全部|全面|基本|按期|及时|持续|保持|实现)?(?:清零|归零)"
)
# an event that must not happen
_NEGATION = re.compile(
    r"(?:不|未|没有)(?:发生|出现)[\u4e00-\u9fff]{0,10}|(?:零|杜绝|无)[\u4e00-\u9fff]{1,10}"
)
# a state the indicator's object reaches, in the words the framework's qualitative targets use
# (a mechanism set up or complete, a service in place, running smoothly, people in stable work):
# one or two states alone or after adverbs of completion and manner (已建立, 基本建成, 安全畅通,
# 落实到位), a process and the manner it runs in (正常运转, 稳定就业), or a process and its state
# (运转顺畅), or a level set beforehand and reached
_STATE_ADVERB = (
    r"(?:已经|已|基本|全面|初步|逐步|进一步|持续|有效|稳定|安全|正常|平稳|有序|长期|及时|全部|"
    r"均|得到|保持|连续)"
)
_STATE_WORD = (
    r"(?:建立|建成|健全|完善|形成|落实|到位|达标|合格|畅通|顺畅|有序|平稳|良好|正常|规范"
    r"|干净|整洁|清洁|美观)"  # a place kept clean and tidy (村容干净整洁, 环境清洁美观)
)
_PROCESS = r"(?:运行|运转|通行|供应|就业|开展|实施|管理|防范|防控|控制|遏制|处置|出版|发行|播出)"
# the manner a service is delivered (一站式即时办理, 及时足额发放, 按时兑付)
_MANNER = r"(?:一站式|即时|实时|及时|按时|足额|全额|精准|准确|集中|统一)"
_SERVED = rf"(?:{_PACED}|办理|办结|受理|审批|救助|赔付|到账)"
# a level set beforehand and reached (达到预期目标, 达到设计要求, 达到国家标准)
_SET_LEVEL = (
    r"达到(?:预期|既定|设计|规定|计划|考核|合同|国家|省级|行业)(?:的)?(?:目标|效果|要求|标准|水平)?"
)
# lawful conduct (依法依规, 依法处置, 合规办理) and a line held (守住, 守牢底线, 严守红线)
_LAWFUL = rf"(?:依法|依规|合法|合规){{1,2}}(?:{_SERVED}|{_PROCESS}|查处|处置)?"
_LINE_HELD = r"(?:守住|守牢|严守|坚守)(?:底线|红线)?"
# a level kept (保持较低水平, 维持在合理区间, 控制在正常范围以内)
_LEVEL_HELD = (
    r"(?:保持|维持|控制)在?(?:较低|较高|低|高|合理|正常|稳定|良好|平稳)的?(?:水平|区间|范围)"
    r"(?:以内|以下|以上)?"
)
_STATE = re.compile(
    rf"{_STATE_ADVERB}{{0,2}}{_STATE_WORD}{{1,2}}|{_STATE_ADVERB}{_PROCESS}|{_PROCESS}{_STATE_WORD}"
    rf"|{_MANNER}{{1,3}}{_SERVED}|{_SET_LEVEL}|{_LAWFUL}|{_LINE_HELD}|{_LEVEL_HELD}"
)
# a name that starts like a negation but measures something (无害化处理率, 零售额, 未成年人数)
_MEASURE_TAIL = re.compile(r"(率|数|量|额|度|费|比例|比重|占比|人次|金额|面积|长度|时间|天数)$")

_GRAMMARS = (
    (TargetKind.DEADLINE, _DEADLINE),
    (TargetKind.SCHEDULE, _SCHEDULE),
    (TargetKind.CHANGE, _CHANGE),
    (TargetKind.STATE, _STATE),
)


# two or three targets in one cell, listed (当日登记、3个工作日内回复)
_LIST_MARK = re.compile(r"[、，,；;]")


@lru_cache(maxsize=65536)
def target_kind(text: str) -> TargetKind | None:
    """The kind of comparator-less target a whole cell states, or None; a list of two or three
    such targets is of the kind of its first."""
    s = squeeze(text)
    if len(s) > 32:
        return None
    parts = _LIST_MARK.split(s)
    if 1 < len(parts) <= 3:
        kinds = [_single_kind(p) for p in parts]
        return kinds[0] if all(kinds) else None
    return _single_kind(s)


def _single_kind(s: str) -> TargetKind | None:
    if not s or len(s) > 16:
        return None
    for kind, grammar in _GRAMMARS:
        if grammar.fullmatch(s):
            return kind
    if _NEGATION.fullmatch(s) and not _MEASURE_TAIL.search(s):
        return TargetKind.NEGATION
    return None


@lru_cache(maxsize=65536)
def target_suffix(text: str) -> int | None:
    """Start of a comparator-less target that ends `text` after a name of at least two
    characters ("项目完工率年底前" -> 5), the longest such target; None when there is none."""
    s = text
    for start in range(2, len(s)):
        if s[start - 1].isdecimal():
            continue  # "2025年6|月底前": a target does not start inside a date or a number
        if target_kind(s[start:]) is not None:
            return start
    return None
