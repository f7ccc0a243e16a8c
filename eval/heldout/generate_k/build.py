"""Render every document of the eleventh layout held-out set into ../layouts-k/ and write
../layouts-k.jsonl (deterministic: same scripts, same bytes). The generic writers live in
../writers/ (shared by the sets from layouts-c on); a module in this folder replaces its
namesake there.

    cd eval/heldout/generate_k && python build.py [--check-only]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "writers"))

from setbuild import HeldSet, main  # noqa: E402

SET = HeldSet(HERE, letter="k", ordinal="eleventh")

if __name__ == "__main__":
    main(SET)
