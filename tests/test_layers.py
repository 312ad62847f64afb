"""The arrows point one way: domain <- services <- handlers/jobs <- app, with no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOWER_LAYERS = ("bot.domain", "bot.services", "bot.views", "bot.charts", "bot.content")
EDGE = ("bot.handlers", "bot.jobs", "bot.context", "bot.app")


def module_name(path: Path) -> str:
    """bot/views/nudge_view.py -> bot.views.nudge_view; a package is its __init__."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every bot module this file imports, including those imported only for type checking."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "bot" or name.startswith("bot.")}


def graph() -> dict[str, set[str]]:
    """Module -> the bot modules it imports (names that are not modules are dropped)."""
    files = {module_name(path): path for path in (ROOT / "bot").rglob("*.py")}
    return {name: imports_of(path) & files.keys() - {name} for name, path in files.items()}


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    """Whether a module is one of the prefixes or inside one of them."""
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_never_import_handlers_jobs_context_or_app(layer: str) -> None:
    wrong = {
        f"{module} imports {target}"
        for module, targets in graph().items()
        if within(module, (layer,))
        for target in targets
        if within(target, EDGE)
    }
    assert wrong == set()


def test_jobs_do_not_import_handlers_or_the_context() -> None:
    wrong = {
        f"{module} imports {target}"
        for module, targets in graph().items()
        if within(module, ("bot.jobs",))
        for target in targets
        if within(target, ("bot.handlers", "bot.context", "bot.app"))
    }
    assert wrong == set()


def test_no_module_of_the_bot_imports_itself_through_others() -> None:
    edges = graph()
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str], on_path: set[str], done: set[str]) -> None:
        for target in sorted(edges[module]):
            if target in on_path:
                cycles.append([*path[path.index(target) :], target])
            elif target not in done:
                on_path.add(target)
                visit(target, [*path, target], on_path, done)
                on_path.discard(target)
        done.add(module)

    done: set[str] = set()
    for start in sorted(edges):
        if start not in done:
            visit(start, [start], {start}, done)
    assert cycles == []
