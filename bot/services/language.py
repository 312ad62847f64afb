"""Which language a person reads: read once per update, and their /language choice stored."""

from __future__ import annotations

from collections.abc import Collection

from bot.i18n import choose_language, primary_subtag
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import UpdateReceipt


class LanguageService:
    """Reads and stores users.language; the choice itself is bot.i18n.choose_language."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Clock, supported: Collection[str]
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self.supported = tuple(supported)

    async def language_for(self, user_id: int | None, telegram_code: str | None) -> str:
        """The update's language: the stored choice, else Telegram's language_code, else English.

        Telegram's language is remembered when it changes, so jobs (nudges, summaries), which
        have no update to read it from, speak it too.
        """
        stored = None
        if user_id is not None:
            async with self._uow_factory() as uow:
                user = await uow.users.get(user_id)
                stored = None if user is None else user.language
                spoken = primary_subtag(telegram_code)
                if user is not None and spoken is not None and spoken != user.telegram_language:
                    user.telegram_language = spoken
                    await uow.users.save(user)
                    await uow.commit()
        return choose_language(stored, telegram_code, self.supported)

    async def choose(self, user_id: int, code: str, *, receipt: UpdateReceipt | None) -> bool:
        """Store a supported language; False when it is unknown or the person has no profile."""
        if code not in self.supported:
            return False
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return False
            if user.language != code:
                user.language, user.updated_at = code, self._clock()
                await uow.users.save(user)
            await uow.commit()
        return True
