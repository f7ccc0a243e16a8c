"""Synthetic corpus for benchmarks and batch tests: perturbed copies of the sample disclosures.

Each generated document is one of samples/corpus/*.txt with
  * the issuing unit renamed everywhere ("某某三县第十七局") and its place name replaced by the
    county's ("香河县" -> "某某三县"), so units and counties differ across documents;
  * its numbered project tables ("1.xxx绩效目标表" … up to the next top-level heading)
    shuffled and renumbered;
  * some target numbers after a comparator (≥95% -> ≥88%) changed; doubled-digit garbles
    such as "≤100100%" are left alone so the value parser's repair still applies.
Documents are spread over `n_counties` folders (county_01 …). Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
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


def load_templates(src: Path | None = None) -> list[Template]:
    src = Path(src) if src else sample_dir()
    out = []
    for p in sorted(src.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        unit = _unit_of(p, text)
        m = _PLACE.match(unit or "")
        out.append(Template(p.name, text, unit, m.group(1) if m else None))
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

    def sub(m: re.Match) -> str:
        tok = m.group(3)
        if rng.random() >= rate or _doubled(tok):
            return m.group(0)
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
) -> list[Path]:
    """Write `n_docs` perturbed disclosures into out_dir/county_XX/ and return their paths."""
    out = Path(out_dir)
    templates = load_templates(src)
    rng = random.Random(seed)
    n_counties = max(1, n_counties)
    paths: list[Path] = []
    for i in range(n_docs):
        tpl = templates[i % len(templates)]
        c = i % n_counties + 1
        county = f"某某{cn_number(c)}县"
        unit = f"{county}第{cn_number(i // n_counties + 1)}局"
        text = rename_unit(tpl.text, tpl, county, unit)
        text = shuffle_tables(text, rng)
        text = perturb_numbers(text, rng)
        folder = out / f"county_{c:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        p = folder / f"{i:05d}_{Path(tpl.name).stem[:3]}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
