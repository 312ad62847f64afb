"""A fresh copy of the real content per test, so each test can break exactly one thing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import default_content_directory


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of content/ still named "content", so error messages read "content/<file>"."""
    copy = tmp_path / "content"
    shutil.copytree(default_content_directory(), copy)
    return copy
