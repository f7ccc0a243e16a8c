"""Render every document of the twelfth layout held-out set (grass-roots units: townships,
street offices, development zones and public institutions) into ../layouts-m/ and write
../layouts-m.jsonl (deterministic: same scripts, same bytes). The generic writers live in
../writers/; a module in this folder replaces its namesake there.

    cd eval/heldout/generate_m && python build.py [--check-only]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "writers"))

from setbuild import HeldSet, main  # noqa: E402

SET = HeldSet(HERE, letter="m", ordinal="twelfth")

if __name__ == "__main__":
    main(SET)
