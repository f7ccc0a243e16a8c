"""Names of counties in a text, to find another county's name left in a copied table (T105).

A county (县, 旗) is named by a proper name of two or more characters before 县/旗 ("伊洛县").
The document's own county is read from the unit name, unit lines, titles and project names;
any other county named in a goal, title or indicator is a leftover of the table it was copied
from — unless the words before 县 are a kind of county (示范县, 产粮大县, 贫困县), a determiner
(全县, 本县, 各县, 邻县), a higher level (市县, 区县) or the measure word ending a name run
into its value (完成时间县人大…), or the text names a partner county
(对口帮扶, 东西部协作, 交界).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A county named in a unit, up to 县/旗; a province/city/prefecture before it is cut off.
_OWN = re.compile(r"([\u4e00-\u9fff]{2,9}?)(?:县|旗)")
_PREFIX = re.compile(r"^.*(省|市|州|盟|地区)")
# Two characters before 县/旗 in a text.
_NAMED = re.compile(r"([\u4e00-\u9fff]{2})(县|旗)")
# Characters that, just before 县, make a determiner, a level or a function word ending a verb
# or preposition ("依据县…", "通过县级…"), not the last character of a name.
_NOT_NAME_CHAR = set(
    "全本我各该每外邻一两几多个省市区州乡镇村级分原新强大属"
    "据照过成进充务实现盖入报交经由向对在从到至和与及或等的为给于并将把被"
    # the last character of a verb taking 县… as its object ("保障县图书馆开放", "支持县…")
    "障持助施织展励导督"
)
# Characters after 县 that make it a common noun or an adjective (县级, 县域, 县道, 县乡, 县城,
# 县直, 县委): "完成县道养护" names no county.
_GENERIC_AFTER = set("级域道乡区城内外直委政财属镇村里际情民")
# Kinds of county ("国家级示范县", "产粮大县") and words that precede 县 without naming one.
_COUNTY_KINDS = (
    "示范", "试点", "先进", "达标", "贫困", "重点", "项目", "百强", "文明", "卫生", "园林",
    "生态", "旅游", "平安", "法治", "健康", "国家", "标兵", "创建", "特色", "农业", "工业",
    "资源", "山区", "边境", "民族", "老区", "片区", "所在", "周边", "相邻", "毗邻", "兄弟",
    "其他", "有关", "相关", "产粮", "产油", "牧业", "林业", "畜牧", "强县", "对口", "帮扶",
    "结对", "协作", "支援", "非贫", "出列", "摘帽", "省直", "直管", "扩权", "城关", "建制",
)  # fmt: skip
# The end of an indicator name run into its value ("批复时间县人大批准后"): a measure word, not
# a proper name, stands before 县.
_MEASURE_TAILS = ("时间", "日期", "时限", "期限", "标准", "数量", "金额", "比例", "次数", "人数")
# A partner county named on purpose.
_PARTNER = re.compile(r"(对口|帮扶|支援|协作|结对|援建|交界|毗邻|相邻|联合|携手|东西部)")


def own_counties(texts: Iterable[str | None]) -> set[str]:
    """The county names (without 县/旗) in the document's unit, unit lines, titles, projects."""
    out: set[str] = set()
    for text in texts:
        for m in _OWN.finditer(text or ""):
            name = _PREFIX.sub("", m.group(1))
            if len(name) >= 2:
                out.add(name)
    return out


def _is_own(before: str, own: set[str]) -> bool:
    """The name before 县 ends like one of the own names: the own county, however the unit
    name was prefixed ("主管部门青石县", "共青团白河县") or cut ("石岭县" of 黑石岭县)."""
    return any(o[-2:] == before[-2:] for o in own if len(o) >= 2)


def other_counties(text: str, own: set[str]) -> list[str]:
    """Counties named in `text` that are not the document's own ("嵩川县" in 伊洛县's table)."""
    if not own or ("县" not in text and "旗" not in text):
        return []
    out = []
    for m in _NAMED.finditer(text):
        start = m.start(2)
        before = m.group(1)
        after = text[m.end() : m.end() + 1]
        if before[-1] in _NOT_NAME_CHAR or before in _COUNTY_KINDS + _MEASURE_TAILS:
            continue
        if after in _GENERIC_AFTER:
            continue
        if _is_own(text[:start], own):
            continue
        if _PARTNER.search(text[max(0, start - 12) : start]):
            continue
        out.append(before + m.group(2))
    return out
