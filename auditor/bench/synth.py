"""Synthetic corpus for benchmarks and batch tests: perturbed copies of the sample disclosures.

Each generated document is one of samples/corpus/*.txt with
  * the issuing unit renamed everywhere ("某某三县第十七局") and its place name replaced by the
    county's ("香河县" -> "某某三县"), so units and counties differ across documents;
  * its numbered project tables ("1.xxx绩效目标表" … up to the next top-level heading)
    shuffled and renumbered;
  * some target numbers after a comparator (≥95% -> ≥88%) changed; doubled-digit garbles
    such as "≤100100%" are left alone so the value parser's repair still applies;
  * with a `Spread`, indicator names rewritten the way templates travel in practice: each
    county rewrites a share of the names for all of its units (a county template), each unit
    rewrites a further share on its own, the rest stays shared province-wide. A rewrite puts a
    topic in front of the name ("农村公路养护" + name), enough to make a short name a different
    text while a long one stays a near copy.
Documents are spread over `n_counties` folders (county_01 …), optionally inside `provinces`
folders (province_01/county_001 …). Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

_TITLE = re.compile(r"^(\[bookmark:[^\]]*\])?\s*(\d+)\s*([、.．])\s*(\S.*绩效目标表.*)$")
_SECTION = re.compile(r"^[一二三四五六七八九十]+、")
_TARGET = re.compile(r"([≥≤=＝<>＜＞≧≦])(\s*)(\d+(?:\.\d+)?)")
_PLACE = re.compile(r"^(?:河北省?|河南省?)?(.{2,3}?)(?:县|市|经济|高新|产业)")


@dataclass
class Template:
    name: str
    text: str
    unit: str | None
    place: str | None
    indicators: list[str] = field(default_factory=list)  # project-table 三级 names (≥ 6 chars)
    _pattern: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str] | None:
        """All indicator names, longest first, not when followed by 指标 (a category name)."""
        if self._pattern is None and self.indicators:
            names = sorted(self.indicators, key=len, reverse=True)
            self._pattern = re.compile("|".join(map(re.escape, names)) + "(?!指标)")
        return self._pattern


@dataclass(frozen=True)
class Spread:
    """Shares of indicator names rewritten per county (for all its units) and per unit."""

    county: float = 0.5
    unit: float = 0.25


_TOPICS = (
    "全县中小学",
    "农村饮水安全",
    "城乡居民医保",
    "乡镇卫生院",
    "农村公路养护",
    "高标准农田建设",
    "河湖长制",
    "森林草原防火",
    "社区居家养老",
    "职业技能培训",
    "公共文化惠民",
    "动物疫病防控",
    "城市管网改造",
    "地质灾害防治",
    "残疾人康复",
    "食品安全抽检",
    "政务服务便民",
    "安全生产监管",
    "乡村振兴衔接",
    "生态环境监测",
    "防汛抗旱",
    "义务教育均衡",
    "基层医疗服务",
    "住房保障",
)


def _pick(owner: str, name: str, share: float) -> str | None:
    """A stable choice per (owner, name): the topic to put in front, or None to keep it."""
    h = zlib.crc32(f"{owner}|{name}".encode())
    if (h % 10_000) / 10_000 >= share:
        return None
    return _TOPICS[(h // 10_000) % len(_TOPICS)]


def spread_names(text: str, tpl: Template, county: str, unit: str, spread: Spread) -> str:
    """Rewrite indicator names as a county template and a unit's own edits would."""
    pattern = tpl.pattern()
    if pattern is None:
        return text

    def sub(m: re.Match[str]) -> str:
        name = m.group(0)
        topic = _pick(unit, name, spread.unit) or _pick(county, name, spread.county)
        return f"{topic}{name}" if topic else name

    return pattern.sub(sub, text)


def sample_dir() -> Path:
    from auditor.goldsets import corpus_dir

    return corpus_dir()


def _unit_of(path: Path, text: str) -> str | None:
    """The issuing unit: from the gold tables when this is a gold file, else the extractor."""
    try:
        from auditor.goldsets import gold_unit

        unit = gold_unit(path.name)
        if unit:
            return unit
    except (OSError, ValueError, KeyError):
        pass
    try:
        from auditor.pipeline import extract_document

        return extract_document(path).unit
    except Exception:
        return None


def _indicators(path: Path) -> list[str]:
    try:
        from auditor.pipeline import extract_document

        doc = extract_document(path)
    except Exception:
        return []
    names = {r.level3.strip() for t in doc.tables if t.kind == "project" for r in t.rows}
    return sorted(n for n in names if len(n) >= 6)


def load_templates(src: Path | None = None, indicators: bool = False) -> list[Template]:
    src = Path(src) if src else sample_dir()
    out = []
    for p in sorted(src.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        unit = _unit_of(p, text)
        m = _PLACE.match(unit or "")
        names = _indicators(p) if indicators else []
        out.append(Template(p.name, text, unit, m.group(1) if m else None, names))
    if not out:
        raise FileNotFoundError(f"no *.txt templates in {src}")
    return out


def shuffle_tables(text: str, rng: random.Random) -> str:
    """Shuffle the numbered project-table blocks and renumber their titles."""
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if _TITLE.match(ln)]
    if len(starts) < 2:
        return text
    end = next(
        (i for i in range(starts[-1] + 1, len(lines)) if _SECTION.match(lines[i])), len(lines)
    )
    bounds = starts + [end]
    blocks = [lines[bounds[k] : bounds[k + 1]] for k in range(len(starts))]
    rng.shuffle(blocks)
    body: list[str] = []
    for n, block in enumerate(blocks, 1):
        m = _TITLE.match(block[0])
        assert m is not None
        body.append(f"{m.group(1) or ''}{n}{m.group(3)}{m.group(4)}")
        body.extend(block[1:])
    return "\n".join(lines[: starts[0]] + body + lines[end:])


def _doubled(token: str) -> bool:
    digits = token.replace(".", "")
    h = len(digits) // 2
    return len(digits) >= 2 and len(digits) % 2 == 0 and digits[:h] == digits[h:]


def perturb_numbers(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """Change some target numbers after a comparator by up to ±30% (percentages stay ≤100)."""

    def sub(m: re.Match[str]) -> str:
        tok = m.group(3)
        if rng.random() >= rate or _doubled(tok):
            return str(m.group(0))
        val = float(tok)
        new = val * rng.uniform(0.7, 1.3)
        following = text[m.end() : m.end() + 1]
        if following in ("%", "％") and val <= 100:
            new = min(new, 100.0)
        if "." in tok:
            out = f"{new:.{len(tok.split('.')[1])}f}"
        else:
            out = str(max(1, round(new))) if val >= 1 else str(round(new))
        return f"{m.group(1)}{m.group(2)}{out}"

    return _TARGET.sub(sub, text)


def rename_unit(text: str, tpl: Template, county: str, unit: str) -> str:
    if tpl.unit:
        text = text.replace(tpl.unit, unit)
    if tpl.place:
        text = text.replace(tpl.place + "县", county).replace(tpl.place, county.removesuffix("县"))
    return text


_DIGITS_CN = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 -> 一, 17 -> 十七, 230 -> 二百三十, 1005 -> 一千零五 (names must stay all-Chinese for
    the extractor's organisation-name pattern)."""
    if n < 0 or n >= 100000:
        raise ValueError(n)
    if n < 10:
        return _DIGITS_CN[n]
    out, zero = "", False
    for value, name in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += ("" if (d == 1 and value == 10 and not out) else _DIGITS_CN[d]) + name
            zero = False
        elif out:
            zero = True
    return out


def generate_corpus(
    out_dir: str | Path,
    n_docs: int = 1000,
    n_counties: int = 8,
    seed: int = 0,
    src: Path | None = None,
    spread: Spread | None = None,
    provinces: int = 0,
    start: int = 0,
) -> list[Path]:
    """Write `n_docs` perturbed disclosures into out_dir/county_XX/ (or
    out_dir/province_PP/county_CCC/ with `provinces`) and return their paths; `start` numbers
    them after an earlier call (more units in the same counties)."""
    out = Path(out_dir)
    templates = load_templates(src, indicators=spread is not None)
    rng = random.Random(seed)
    n_counties = max(1, n_counties)
    paths: list[Path] = []
    for i in range(start, start + n_docs):
        tpl = templates[i % len(templates)]
        c = i % n_counties + 1
        county = f"某某{cn_number(c)}县"
        unit = f"{county}第{cn_number(i // n_counties + 1)}局"
        text = rename_unit(tpl.text, tpl, county, unit)
        if spread is not None:
            text = spread_names(text, tpl, county, unit, spread)
        text = shuffle_tables(text, rng)
        text = perturb_numbers(text, rng)
        if provinces:
            folder = out / f"province_{(c - 1) % provinces + 1:02d}" / f"county_{c:03d}"
        else:
            folder = out / f"county_{c:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        p = folder / f"{i:05d}_{Path(tpl.name).stem[:3]}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
