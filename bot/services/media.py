"""Exercise animations: rendered once on disk, uploaded once to Telegram, then sent by file_id."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from bot.demos import DemoLibrary
from bot.services.ports import Clock, UnitOfWorkFactory

logger = logging.getLogger(__name__)


class ExerciseMedia:
    """Knows, per exercise, whether to upload a file or reuse Telegram's file_id.

    Exercises are named by version key (bot/demos/versions.py): "neck_flexion" or
    "neck_flexion.gentler"; a version without an animation gets None, so its card goes as text.
    """

    def __init__(
        self, uow_factory: UnitOfWorkFactory, library: DemoLibrary | None, clock: Clock
    ) -> None:
        self._uow_factory = uow_factory
        self._library = library
        self._clock = clock
        self._prerender: asyncio.Task[None] | None = None
        # file_ids never change for a given file, so once known they are kept in memory.
        self._known: dict[str, str] = {}

    async def source_for(self, exercise_id: str) -> str | bytes | None:
        """A stored file_id, else the rendered GIF's bytes (rendered in a worker thread)."""
        if self._library is None or exercise_id not in self._library.version_keys:
            return None
        key = self._library.cache_key(exercise_id)
        if key in self._known:
            return self._known[key]
        async with self._uow_factory() as uow:
            file_id = await uow.media.file_id(key)
        if file_id is not None:
            self._known[key] = file_id
            return file_id
        try:
            path = await asyncio.to_thread(self._library.animation_path, exercise_id)
            return await asyncio.to_thread(Path.read_bytes, path)
        except OSError as error:
            # A cache file that cannot be written or read (or vanished, e.g. removed by another
            # version's clean-up) must not cost the person their exercise: the steps go as text.
            logger.warning(
                "animation unavailable exercise=%s error=%s", exercise_id, type(error).__name__
            )
            return None

    async def remember(self, exercise_id: str, file_id: str) -> None:
        """Store the file_id Telegram gave the first upload."""
        if self._library is None:
            return
        key = self._library.cache_key(exercise_id)
        try:
            async with self._uow_factory() as uow:
                await uow.media.remember(key, file_id, self._clock())
                await uow.commit()
        except IntegrityError:
            # Another replica stored its upload of the same file first; either file_id works.
            logger.debug("animation file_id already stored exercise=%s", exercise_id)
        self._known.setdefault(key, file_id)

    def start_prerender(self) -> None:
        """Render every animation in the background at start, so nobody waits for the first."""
        if self._library is not None and self._prerender is None:
            self._prerender = asyncio.create_task(self._render_all(self._library))

    async def close(self) -> None:
        """Wait for the background rendering (it cannot be interrupted mid-file)."""
        if self._prerender is not None:
            await asyncio.gather(self._prerender, return_exceptions=True)

    async def _render_all(self, library: DemoLibrary) -> None:
        """One exercise at a time, in a worker thread."""
        for exercise_id in library.version_keys:
            await asyncio.to_thread(library.animation_path, exercise_id)
        logger.info("animations ready count=%s", len(library.version_keys))
