"""The package's shape: no import cycles, and imports only go down the layers.

    domain  <-  extraction  <-  aggregate  <-  store  <-  interfaces

Every import statement in src/frontlines counts, also those inside functions and
under TYPE_CHECKING: an import deferred into a function still ties the two
modules together. Importing a package's submodule executes the package's
``__init__`` too, but that edge is Python's, not ours, and is not counted.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
LAYERS = ("domain", "extraction", "aggregate", "store", "interfaces")
# Outside the five layer packages: the top-level package is the Python API (an
# interface); frontlines.data (the loader of the knowledge files) is the bottom.

# Known violations: none left (the store runs no NLP, aggregate/control.py is pure
# and the statements of control are read in extraction/control.py). Keep it empty:
# an entry that no longer occurs fails the test so that it is removed.
ALLOWED_UP: set[tuple[str, str]] = set()
ALLOWED_CYCLES: set[frozenset[str]] = set()


def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package)."""
    out = {}
    for path in (SRC / "frontlines").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts = parts[:-1]
        out[".".join(parts)] = (path, package)
    return out


def _targets(name: str, package: bool, node: ast.stmt, modules: dict) -> list[str]:
    """The modules of ours an import statement names (the deepest existing module)."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            pkg = name.split(".") if package else name.split(".")[:-1]
            pkg = pkg[:len(pkg) - (node.level - 1)]
            base = ".".join(pkg + ([base] if base else []))
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                 for a in node.names]
    out = []
    for target in names:
        if target.split(".")[0] != "frontlines":
            continue
        while target not in modules:
            target = target.rsplit(".", 1)[0]
        if target != name:
            out.append(target)
    return out


def import_graph() -> dict[str, dict[str, int]]:
    """module -> {imported module: line of the first such import}."""
    modules = _modules()
    graph: dict[str, dict[str, int]] = {m: {} for m in modules}
    for name, (path, package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _targets(name, package, node, modules):
                    graph[name].setdefault(target, node.lineno)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    comp.add(member)
                    if member == node:
                        break
                if len(comp) > 1:
                    found.append(frozenset(comp))
    return found


def layer(module: str) -> int:
    """Rank of a module's layer: 0 domain ... 4 interfaces."""
    parts = module.split(".")
    if len(parts) == 1:
        return LAYERS.index("interfaces")  # frontlines.extract, the Python API
    if parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    return 0  # frontlines.data: read by every layer, imports nothing above domain


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    # frontlines.extract imports the pipeline inside the function body
    assert "frontlines.extraction.pipeline" in graph["frontlines"]
    assert layer("frontlines") == 4 and layer("frontlines.domain.model") == 0


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert cycles(graph) == [frozenset({"a", "b", "c"})]


def test_no_import_cycles():
    found = set(cycles(import_graph()))
    unexpected = found - ALLOWED_CYCLES
    assert not unexpected, [sorted(c) for c in unexpected]
    stale = ALLOWED_CYCLES - found
    assert not stale, f"cycle gone, remove it from ALLOWED_CYCLES: {stale}"


def test_imports_go_down_the_layers():
    graph = import_graph()
    up = {(m, t): line for m, targets in graph.items() for t, line in targets.items()
          if layer(t) > layer(m)}
    unexpected = {f"{m} -> {t} (line {line})" for (m, t), line in up.items()
                  if (m, t) not in ALLOWED_UP}
    assert not unexpected, sorted(unexpected)
    stale = ALLOWED_UP - set(up)
    assert not stale, f"no longer imported upwards, remove from ALLOWED_UP: {stale}"


# Above extraction, yet never to import it: aggregation works on records, not text,
# and the store runs no NLP (records arrive ready). Record types they share with
# extraction (Observation, place-name keys) live in the domain.
NEVER_IMPORT_EXTRACTION = ("aggregate", "store")


def test_aggregate_and_store_never_import_extraction():
    graph = import_graph()
    above = tuple(f"frontlines.{package}" for package in NEVER_IMPORT_EXTRACTION)
    found = sorted(f"{m} -> {t} (line {line})" for m, targets in graph.items()
                   for t, line in targets.items()
                   if m.startswith(above) and t.startswith("frontlines.extraction"))
    assert found == []


MAX_FUNCTION_LINES = 80  # issue 12: a function a reader takes in at once


def long_functions(source: str) -> list[tuple[str, int]]:
    """(name, lines) of every function in the source longer than MAX_FUNCTION_LINES."""
    return [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]


def test_long_function_finder_finds_one():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    assert long_functions(f"def f():\n{body}\n") == [("f", MAX_FUNCTION_LINES + 1)]
    assert long_functions("def g():\n    return 1\n") == []


def test_no_function_over_80_lines():
    found = {f"{path.relative_to(SRC)}:{name}": n for path in SRC.rglob("*.py")
             for name, n in long_functions(path.read_text(encoding="utf-8"))}
    assert found == {}
