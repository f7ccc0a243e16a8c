"""Small modules and functions (issue 11): no module in auditor/ or benchmarks/ over 500 lines and
no function over 80 lines, measured on the source with `ast`.

A long function is split into named steps and a long module along its topics, not allow-listed.
The only exceptions are generated data tables (a module written by a script, not by hand): each
entry names the module and the script that writes it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("auditor", "benchmarks")
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

# Generated data tables only: {"path/relative/to/repo.py": "written by <script>"}. Empty today.
GENERATED_DATA: dict[str, str] = {}


def _sources() -> list[Path]:
    return sorted(p for top in CHECKED for p in (ROOT / top).rglob("*.py"))


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int, int]]:
    """(qualified name, first line, length) of every function or method longer than `limit` lines,
    counted from its `def` line to its last line (decorators excluded, nested functions included
    in their parent's length and also checked on their own)."""
    out: list[tuple[str, int, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    length = (child.end_lineno or child.lineno) - child.lineno + 1
                    if length > limit:
                        out.append((name, child.lineno, length))
                visit(child, f"{name}.")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return out


def test_the_function_measure_counts_def_to_last_line_and_names_methods():
    lines = ["class A:", "    @staticmethod", "    def f():"]
    lines += [f"        x{i} = {i}" for i in range(80)]  # f: its def line + 80 = 81 lines
    lines += ["", "def short():"] + [f"    y{i} = {i}" for i in range(79)]  # exactly 80 lines
    source = "\n".join(lines) + "\n"
    assert long_functions(source) == [("A.f", 3, 81)]
    assert long_functions(source, limit=81) == []


def test_no_module_over_500_lines():
    too_long = {}
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > MAX_MODULE_LINES and rel not in GENERATED_DATA:
            too_long[rel] = n
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines (split along topics): {too_long}"


def test_no_function_over_80_lines():
    too_long = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel in GENERATED_DATA:
            continue
        for name, line, length in long_functions(path.read_text(encoding="utf-8")):
            too_long.append(f"{rel}:{line} {name} ({length} lines)")
    assert not too_long, f"functions over {MAX_FUNCTION_LINES} lines (split into named steps): " + (
        "; ".join(too_long)
    )


def test_allow_list_names_existing_generated_modules():
    for rel, why in GENERATED_DATA.items():
        assert (ROOT / rel).is_file(), f"{rel} is allow-listed but does not exist"
        assert why.strip(), f"{rel}: say which script generates it"
