"""Layout renderer: write any Document into every layout of docs/layouts.md and every format.

Used by the generalisation property tests (tests/test_layout_property.py) and to build
layout fixtures. Needs the `test` extra (reportlab, xlwt) besides the runtime dependencies.
"""

from auditor.synth.generate import SynthDocument, generate
from auditor.synth.layouts import FORMATS, LAYOUTS, Layout, combinations
from auditor.synth.page import Expected, ExpectedRow, ExpectedTable
from auditor.synth.render import Rendering, render

__all__ = [
    "FORMATS",
    "LAYOUTS",
    "Expected",
    "ExpectedRow",
    "ExpectedTable",
    "Layout",
    "Rendering",
    "SynthDocument",
    "combinations",
    "generate",
    "render",
]
