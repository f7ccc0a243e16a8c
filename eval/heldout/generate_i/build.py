"""Render every document of the ninth layout held-out set into ../layouts-i/ and write
../layouts-i.jsonl (deterministic: same scripts, same bytes). The generic writers live in
../writers/ (shared by the sets from layouts-c on); a module in this folder replaces its
namesake there.

    cd eval/heldout/generate_i && python build.py [--check-only]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "writers"))

from setbuild import HeldSet, main  # noqa: E402

SET = HeldSet(HERE, letter="i", ordinal="ninth")

if __name__ == "__main__":
    main(SET)
