"""Lines of text around tables that set what the tables read: the amount unit (单位：万元), a
unit's code line (123001 某局) and the "总体绩效目标" section whose paragraphs are the goal of the
overall table that follows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.extract.kinds import is_title
from auditor.extract.normalize import squeeze
from auditor.extract.table_ends import HEADING

_SCALE_LINE = re.compile(r"^(金额|资金|计量)?单位[:：]\s*(万元|元|千元)$")
# the same statement at the end of a line after other labels ("部门：某局　　　单位：元")
_SCALE_TAIL = re.compile(r"\s(金额|资金|计量)?单位[:：]\s*(万元|元|千元)\s*$")
_SCALES = {"万元": 1.0, "元": 0.0001, "千元": 0.1}
_UNIT_LINE = re.compile(r"^\d{6}\s*\S")
_OVERALL_GOAL = re.compile(r"总体绩效目标")


def is_scale_line(text: str) -> bool:
    """A line that is only an amount-unit statement ("单位：元")."""
    return bool(_SCALE_LINE.match(squeeze(text)))


def stated_scale(text: str) -> float | None:
    """The factor to 万元 of the amount unit a line states alone or at its end, else None."""
    m = _SCALE_LINE.match(squeeze(text)) or _SCALE_TAIL.search(text)
    return _SCALES[m.group(2)] if m else None


def is_unit_code_line(text: str) -> bool:
    """A budget unit's code and name ("123001 某县某局")."""
    return bool(_UNIT_LINE.match(text))


@dataclass
class GoalSection:
    """ "（一）总体绩效目标" and the paragraphs under it, up to the next heading or title."""

    lines: list[str] = field(default_factory=list)
    active: bool = False

    def take(self, text: str) -> bool:
        """Whether the line is the section's heading or one of its paragraphs (kept)."""
        s = squeeze(text)
        if _OVERALL_GOAL.search(s) and len(s) < 60 and not s.endswith("表"):
            self.active = True
            self.lines = []
            return True
        if self.active:
            if HEADING.match(text) or is_title(text):
                self.active = False
            else:
                self.lines.append(text)
                return True
        return False
