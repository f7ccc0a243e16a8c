"""Render every document of the thirteenth layout held-out set (money through many hands:
finance-bureau compilations, transfer payments, funds, monitoring and self-evaluation tables) into ../layouts-n/ and write
../layouts-n.jsonl (deterministic: same scripts, same bytes). The generic writers live in
../writers/; a module in this folder replaces its namesake there.

    cd eval/heldout/generate_n && python build.py [--check-only]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "writers"))

from setbuild import HeldSet, main  # noqa: E402

SET = HeldSet(HERE, letter="n", ordinal="thirteenth")

if __name__ == "__main__":
    main(SET)
