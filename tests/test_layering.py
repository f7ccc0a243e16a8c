"""The one-way data flow read -> extract -> check -> grade -> report, checked on the source.

Every `import` in auditor/** (module level and inside functions alike) is read with `ast`. A module
may import its own stage and the stages before it, never a later one; and the module graph has no
cycle (importing `a.b.c` also runs `a/__init__` and `a/b/__init__`, so those count as imported, except
the importer's own packages).
Tools that drive the pipeline (cli, pipeline, batch, store, evaluation …) sit above it and may
import anything; nothing in the pipeline may import them.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "auditor"

# Stage of every top-level part of the package; a module may import stages <= its own.
# A dotted key ("llm.settings") wins over its package ("llm").
STAGES: dict[str, int] = {
    "__init__": 0,  # the package root holds only the version
    "models": 0,  # the data shared by every stage
    "llm.settings": 0,  # LLM endpoint settings: plain data the configuration carries
    "llm.providers": 0,  # provider profiles and price tables: plain data the settings carry
    "limits": 1,  # per-file limits the readers enforce
    "ingest": 1,  # read
    "domain": 2,  # knowledge the extractor and the rules share
    "extract": 2,  # extract
    "config": 3,  # check: selection, severities, stage settings
    "rules": 3,
    "llm": 4,  # grade
    "grade": 4,
    "scoring": 5,  # report
    "report": 5,
    "store": 5,  # the batch store of results, read by the batch report
    "pipeline": 6,  # tools above the pipeline
    "cli": 6,
    "batch": 6,
    "evaluation": 6,
    "goldsets": 6,
    "bench": 6,
    "synth": 6,
    "serve": 6,
    "__main__": 6,
}
STAGE_NAMES = {
    0: "models",
    1: "read",
    2: "extract",
    3: "check",
    4: "grade",
    5: "report",
    6: "tools",
}

# Known violations outside this helper's area, each with the issue that removes it:
# (importing module, imported module) -> note. Keep this empty when you can.
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PKG.rglob("*.py")}


def _resolve(mod: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = mod.split(".") if is_pkg else mod.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(mod: str, path: Path, known: set[str]) -> tuple[set[str], set[str]]:
    """auditor modules `mod` imports (module and function level): (named, named + the package
    __init__s that run first). The stage check uses what a module names; the cycle check what
    Python executes."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_pkg = path.name == "__init__.py"
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(mod, is_pkg, node)
            submodules = {f"{base}.{a.name}" for a in node.names} & known
            targets |= submodules or {base}
    named = {t for t in targets if t in known and t != mod}
    executed = set(named)
    for t in targets:
        parts = t.split(".")
        for i in range(2, len(parts)):  # the package __init__s run first …
            name = ".".join(parts[:i])
            # … except the importer's own packages, which are already running
            if name in known and name != mod and not mod.startswith(name + "."):
                executed.add(name)
    return named, executed


@lru_cache(maxsize=2)
def _graph(executed: bool = False) -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {m: _imports(m, p, known)[1 if executed else 0] for m, p in mods.items()}


def _stage(mod: str) -> int:
    parts = mod.split(".")[1:] or ["__init__"]
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in STAGES:
            return STAGES[key]
    raise AssertionError(f"{mod}: add {parts[0]!r} to STAGES in tests/test_layering.py")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_module_imports_a_later_stage():
    problems = []
    for mod, deps in sorted(_graph().items()):
        for dep in sorted(deps):
            if _stage(dep) > _stage(mod) and (mod, dep) not in KNOWN_EXCEPTIONS:
                problems.append(
                    f"{mod} ({STAGE_NAMES[_stage(mod)]}) imports {dep} ({STAGE_NAMES[_stage(dep)]})"
                )
    assert not problems, "\n".join(problems)


def test_no_import_cycles():
    cycles = _cycles(_graph(executed=True))
    assert not cycles, "\n".join(" <-> ".join(c) for c in cycles)


def test_known_exceptions_are_still_needed():
    graph = _graph()
    stale = [pair for pair in KNOWN_EXCEPTIONS if pair[1] not in graph.get(pair[0], set())]
    assert not stale, f"remove from KNOWN_EXCEPTIONS: {stale}"


def test_the_checker_sees_function_level_imports(tmp_path):
    """The parser counts an import inside a function like one at the top."""
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from auditor.report import view\n", encoding="utf-8")
    named, executed = _imports(
        "auditor.rules.m", src, {"auditor", "auditor.report", "auditor.report.view"}
    )
    assert named == {"auditor.report.view"}
    assert executed == {"auditor.report", "auditor.report.view"}
