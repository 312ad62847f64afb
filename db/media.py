"""Uploaded media: Telegram file_ids of files it already has, keyed by content hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import MediaFile


class MediaRepository:
    """Telegram file_ids of uploaded media, keyed by content hash."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def file_id(self, cache_key: str) -> str | None:
        """The stored file_id, if this exact file was uploaded before."""
        row = await self._session.get(MediaFile, cache_key)
        return None if row is None else row.file_id

    async def remember(self, cache_key: str, file_id: str, now: datetime) -> None:
        """Store a file_id; a concurrent upload of the same file keeps the first one."""
        if await self._session.get(MediaFile, cache_key) is None:
            self._session.add(MediaFile(cache_key=cache_key, file_id=file_id, created_at=now))
