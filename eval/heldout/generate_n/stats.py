"""Counts and layout coverage of the set for its README section (../writers/setstats.py).

cd eval/heldout/generate_n && python stats.py
"""

from build import SET
from setstats import main

if __name__ == "__main__":
    main(SET)
