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

logger = logging.getLogger(__name__)

KEY_LENGTH = 16


def movement_key(movement: Movement) -> str:
    """A stable hash of everything that shapes the file: the spec and the renderer's settings."""
    recipe = {
        "renderer": RENDERER_VERSION,
        "size": SIZE,
        "frame_ms": FRAME_MS,
        "colours": GIF_COLOURS,
        "movement": movement.model_dump(mode="json"),
    }
    encoded = json.dumps(recipe, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()[:KEY_LENGTH]


class DemoLibrary:
    """Animated demonstrations of the catalog's exercises, rendered on first use and cached."""

    def __init__(self, catalog: Catalog, cache_dir: Path, specs_path: Path | None = None) -> None:
        """Load and check the specs now, so a broken file stops start-up rather than a send."""
        path = default_content_directory() / MOVEMENTS_FILE if specs_path is None else specs_path
        self._movements = load_movements(path, tuple(catalog.exercises))
        self._cache_dir = cache_dir
        self._keys = {exercise_id: movement_key(m) for exercise_id, m in self._movements.items()}
        self._locks = {exercise_id: threading.Lock() for exercise_id in self._movements}

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        """Exercises that have a demonstration (every one, once validated)."""
        return tuple(self._movements)

    def movement(self, exercise_id: str) -> Movement:
        """The checked movement spec of an exercise; KeyError if there is none."""
        if exercise_id not in self._movements:
            raise KeyError(f"no demonstration for exercise {exercise_id!r}")
        return self._movements[exercise_id]

    def cache_key(self, exercise_id: str) -> str:
        """16 hex digits that change whenever the spec or the renderer changes."""
        self.movement(exercise_id)
        return self._keys[exercise_id]

    def animation_path(self, exercise_id: str) -> Path:
        """The exercise's GIF, rendered on the first call; safe to call from several threads."""
        key = self.cache_key(exercise_id)
        path = self._cache_dir / f"{exercise_id}-{key}.gif"
        if path.is_file():
            return path
        with self._locks[exercise_id]:
            if not path.is_file():
                self._render_to(exercise_id, path)
        return path

    def _render_to(self, exercise_id: str, path: Path) -> None:
        """Render into a temporary file and rename it, so no reader sees half a GIF."""
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        animation = render(self._movements[exercise_id])
        handle, temporary = tempfile.mkstemp(dir=self._cache_dir, suffix=".tmp")
        os.close(handle)
        try:
            write_gif(animation, Path(temporary))
            Path(temporary).chmod(0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        logger.info("Rendered the %s demonstration to %s", exercise_id, path)
        self._remove_stale(exercise_id, path)

    def _remove_stale(self, exercise_id: str, current: Path) -> None:
        """Delete this exercise's files from older specs or renderers."""
        pattern = re.compile(rf"{re.escape(exercise_id)}-[0-9a-f]{{{KEY_LENGTH}}}\.gif")
        for old in self._cache_dir.glob(f"{exercise_id}-*.gif"):
            if old != current and pattern.fullmatch(old.name):
                old.unlink(missing_ok=True)
