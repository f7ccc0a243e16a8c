"""Render every document of the fourteenth layout held-out set (what format conversion does to
a table: Word saved as HTML, PDF-to-Word, workbooks, CMS pages, PDF text copies) into
../layouts-o/ and write ../layouts-o.jsonl (deterministic: same scripts, same bytes). The generic writers live in
../writers/; a module in this folder replaces its namesake there.

    cd eval/heldout/generate_o && python build.py [--check-only]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "writers"))

from setbuild import HeldSet, main  # noqa: E402

SET = HeldSet(HERE, letter="o", ordinal="fourteenth")

if __name__ == "__main__":
    main(SET)
