"""Shared fixtures: the real catalog, and a copy of movements.toml each test may break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import Catalog, default_content_directory, load_catalog
from bot.demos.movements import MOVEMENTS_FILE


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The real content, loaded once."""
    return load_catalog()


@pytest.fixture
def movements_copy(tmp_path: Path) -> Path:
    """A copy in a folder named "content", so errors read "content/movements.toml"."""
    folder = tmp_path / "content"
    folder.mkdir()
    copy = folder / MOVEMENTS_FILE
    shutil.copyfile(default_content_directory() / MOVEMENTS_FILE, copy)
    return copy
