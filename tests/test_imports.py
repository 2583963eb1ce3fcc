"""The package's imports run one way: no cycle, and no module imports a layer above its own.

Layers, from the bottom: the foundation (errors, config, the data model and its renderers), html,
the page stages (metadata, body), the text stages (summary, figures), the public api, the runtime
(batch, fetch), and the front ends (cli, integrations, the package itself). Imports inside
``if TYPE_CHECKING:`` are left out: they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "articlekit"

# (module-name prefix, layer); the longest matching prefix wins.
LAYERS: tuple[tuple[str, int], ...] = (
    ("articlekit.errors", 0), ("articlekit.config", 0), ("articlekit.model", 0), ("articlekit.render", 0),
    ("articlekit.gcpause", 0), ("articlekit.data", 0), ("articlekit.bundled", 0), ("articlekit.urls", 0),
    ("articlekit.html", 1),
    ("articlekit.metadata", 2), ("articlekit.body", 2),
    ("articlekit.summary", 3), ("articlekit.figures", 3),
    ("articlekit.api", 4),
    ("articlekit.batch", 5), ("articlekit.fetch", 5),
    ("articlekit.cli", 6), ("articlekit.integrations", 6), ("articlekit.__main__", 6), ("articlekit", 6),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    best = max((p for p, _ in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return dict(LAYERS)[best]


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        stack.extend(ast.iter_child_nodes(node))
    return {m for m in found if m == "articlekit" or m.startswith("articlekit.")}


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        deps = _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    path: list[str] = []
    on_path: set[str] = set()
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return [*path[path.index(node):], node]
        if node in done:
            return None
        path.append(node)
        on_path.add(node)
        for dep in sorted(graph[node]):
            if (found := visit(dep)) is not None:
                return found
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    return visit(start)


GRAPH = _graph()


def test_the_graph_sees_the_package() -> None:
    assert "articlekit.api" in GRAPH and "articlekit.batch.pool" in GRAPH
    assert "articlekit.batch.tasks" in GRAPH["articlekit.batch.pool"]


def test_no_import_cycle() -> None:
    for module in sorted(GRAPH):
        assert _cycle_from(module, GRAPH) is None, " -> ".join(_cycle_from(module, GRAPH) or [])


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_upward(module: str) -> None:
    upward = sorted(d for d in GRAPH[module] if _layer(d) > _layer(module))
    assert not upward, f"{module} (layer {_layer(module)}) imports {upward}"


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert _cycle_from("a", {"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
