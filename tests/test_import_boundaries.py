"""Only the composition root wires the database in: no other module of bot/ imports db/."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"
COMPOSITION_ROOT = BOT / "app.py"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth of the file (functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            found.add(node.module)
    return found


def imports_db(path: Path) -> bool:
    """Whether the file imports the db package or any module in it."""
    return any(name == "db" or name.startswith("db.") for name in imported_modules(path))


def test_only_the_composition_root_imports_the_database_package() -> None:
    offenders = sorted(
        str(path.relative_to(BOT.parent))
        for path in BOT.rglob("*.py")
        if path != COMPOSITION_ROOT and imports_db(path)
    )
    assert offenders == []


def test_the_composition_root_does_import_it_so_the_walk_sees_real_imports() -> None:
    assert imports_db(COMPOSITION_ROOT)
