"""The apps depend downward only, as the README's layering says.

The test reads every module of the project (ast, so imports inside functions
count too) and fails on an import of a higher app, on an import cycle between
modules, and on a function-level import of a project module outside an app's
``apps.py`` (where ``ready()`` must import models late): such imports only ever
existed to dodge a cycle.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Lowest first. An app may import only itself and the apps before it.
LAYERS = [
    "core",
    # The Leichte Sprache writing aid reads text only.
    "easyread",
    "offers",
    "news",
    "arenas",
    "home",
    "search",
    "editorial",
    "translations",
    # The open-data apps read the content apps; they are listed before they exist.
    "api",
    "opendata",
    "demo",
    # Settings and URLs wire everything together.
    "digitalcampus",
]
RANK = {app: rank for rank, app in enumerate(LAYERS)}
NOT_APPS = {"tests", "scripts", "bench", "locale", "static", "node_modules"}


def project_packages():
    return sorted(
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_APPS
    )


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    for package in project_packages():
        for path in sorted((ROOT / package).rglob("*.py")):
            yield module_name(path), path


class ImportCollector(ast.NodeVisitor):
    """Every import of a module as (imported module, line, inside a function?)."""

    def __init__(self, module, is_package):
        self.package = module if is_package else module.rpartition(".")[0]
        self.imports = []
        self.depth = 0

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node):
        for alias in node.names:
            self.imports.append((alias.name, node.lineno, self.depth > 0))

    def visit_ImportFrom(self, node):
        if node.level:
            base = self.package.split(".")
            base = base[: len(base) - node.level + 1]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module
        # ``from package import module`` imports the submodule.
        for alias in node.names:
            self.imports.append((f"{target}.{alias.name}", node.lineno, self.depth > 0))


def resolve(name, known):
    """The project module ``name`` refers to (itself or the nearest parent), or None."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


@pytest.fixture(autouse=True)
def enable_db_access():
    """These tests read source files only: no demo database (overrides the conftest fixture)."""


@pytest.fixture(scope="module")
def graph():
    modules = dict(project_modules())
    edges = {}
    for module, path in modules.items():
        collector = ImportCollector(module, path.name == "__init__.py")
        collector.visit(ast.parse(path.read_text(), str(path)))
        edges[module] = [
            (target, line, nested)
            for name, line, nested in collector.imports
            if (target := resolve(name, modules)) is not None and target != module
        ]
    return edges


def app_of(module):
    return module.split(".")[0]


def test_every_app_has_a_layer():
    assert [app for app in project_packages() if app not in RANK] == []


def test_apps_import_only_lower_apps(graph):
    upward = [
        f"{module}:{line} imports {target}"
        for module, imports in graph.items()
        for target, line, _nested in imports
        if RANK.get(app_of(target), -1) > RANK.get(app_of(module), len(LAYERS))
    ]
    assert upward == []


def test_no_function_level_imports_of_project_modules(graph):
    nested = [
        f"{module}:{line} imports {target} inside a function"
        for module, imports in graph.items()
        for target, line, is_nested in imports
        if is_nested and not module.endswith(".apps") and ".migrations." not in module
    ]
    assert nested == []


def test_no_import_cycles(graph):
    """Depth-first search over module-level and function-level imports alike."""
    # A package's ``__init__`` re-exporting its submodules is no cycle of the submodules.
    edges = {
        module: {target for target, _line, _nested in imports if not module.startswith(target + ".")}
        for module, imports in graph.items()
    }
    cycles, state = [], {}

    def visit(module, stack):
        state[module] = "open"
        stack.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*stack[stack.index(target) :], target]))
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[module] = "done"

    for module in sorted(edges):
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_the_checker_sees_upward_and_nested_imports():
    """The collector finds what the rules forbid (a test that cannot fail is a defect)."""
    source = "from arenas.models import ArenaPage\n\ndef f():\n    from ..views import x\n"
    collector = ImportCollector("offers.models.pages", is_package=False)
    collector.visit(ast.parse(source))
    assert collector.imports == [("arenas.models.ArenaPage", 1, False), ("offers.views.x", 4, True)]
    assert RANK["arenas"] > RANK["offers"]
