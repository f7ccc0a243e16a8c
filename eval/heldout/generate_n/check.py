"""Read every source file back with plain libraries and check the labelled text is in it
(../writers/setcheck.py).

    cd eval/heldout/generate_n && python check.py
"""

from build import SET
from setcheck import main

if __name__ == "__main__":
    main(SET)
