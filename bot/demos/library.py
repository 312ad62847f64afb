"""The bot's entry point to the demonstrations: one looping GIF per exercise, cached on disk."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
from pathlib import Path

from bot.content.loader import default_content_directory
from bot.content.models import Catalog
from bot.demos.draw import SIZE
from bot.demos.movements import MOVEMENTS_FILE, load_movements
from bot.demos.render import GIF_COLOURS, RENDERER_VERSION, render, write_gif
from bot.demos.spec import Movement
from bot.demos.timeline import FRAME_MS
from bot.demos.versions import demo_versions

logger = logging.getLogger(__name__)

KEY_LENGTH = 16


def movement_key(movement: Movement) -> str:
    """A stable hash of everything that shapes the file: the spec and the renderer's settings.

    The gentler variant a main movement declares is its own file, so it is left out here: a
    change to the variant renders and uploads only the variant again.
    """
    recipe = {
        "renderer": RENDERER_VERSION,
        "size": SIZE,
        "frame_ms": FRAME_MS,
        "colours": GIF_COLOURS,
        "movement": movement.model_dump(mode="json", exclude={"gentler"}),
    }
    encoded = json.dumps(recipe, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()[:KEY_LENGTH]


class DemoLibrary:
    """Animated demonstrations of the catalog's exercises, rendered on first use and cached.

    Every method takes a version key (bot/demos/versions.py): an exercise id for the main
    movement, or e.g. "neck_flexion.gentler" for a gentler variant declared in movements.toml.
    """

    def __init__(self, catalog: Catalog, cache_dir: Path, specs_path: Path | None = None) -> None:
        """Load and check the specs now, so a broken file stops start-up rather than a send."""
        path = default_content_directory() / MOVEMENTS_FILE if specs_path is None else specs_path
        self._movements = demo_versions(load_movements(path, tuple(catalog.exercises)))
        self._cache_dir = cache_dir
        self._keys = {version: movement_key(m) for version, m in self._movements.items()}
        self._locks = {version: threading.Lock() for version in self._movements}

    @property
    def version_keys(self) -> tuple[str, ...]:
        """Version keys that have a demonstration: every exercise, then the gentler variants."""
        return tuple(self._movements)

    def movement(self, version: str) -> Movement:
        """The checked movement spec of an exercise; KeyError if there is none."""
        if version not in self._movements:
            raise KeyError(f"no demonstration for exercise {version!r}")
        return self._movements[version]

    def cache_key(self, version: str) -> str:
        """16 hex digits that change whenever the spec or the renderer changes."""
        self.movement(version)
        return self._keys[version]

    def animation_path(self, version: str) -> Path:
        """The exercise's GIF, rendered on the first call; safe to call from several threads."""
        key = self.cache_key(version)
        path = self._cache_dir / f"{version}-{key}.gif"
        if path.is_file():
            return path
        with self._locks[version]:
            if not path.is_file():
                self._render_to(version, path)
        return path

    def _render_to(self, version: str, path: Path) -> None:
        """Render into a temporary file and rename it, so no reader sees half a GIF."""
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        animation = render(self._movements[version])
        handle, temporary = tempfile.mkstemp(dir=self._cache_dir, suffix=".tmp")
        os.close(handle)
        try:
            write_gif(animation, Path(temporary))
            Path(temporary).chmod(0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        logger.info("Rendered the %s demonstration to %s", version, path)
        self._remove_stale(version, path)

    def _remove_stale(self, version: str, current: Path) -> None:
        """Delete this exercise's files from older specs or renderers."""
        pattern = re.compile(rf"{re.escape(version)}-[0-9a-f]{{{KEY_LENGTH}}}\.gif")
        for old in self._cache_dir.glob(f"{version}-*.gif"):
            if old != current and pattern.fullmatch(old.name):
                old.unlink(missing_ok=True)
