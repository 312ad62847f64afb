"""SQLAlchemy models: the durable truth about users, sessions, outcomes and ratings."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY, PostgreSQL gets a BIGINT identity.
BigIntId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations get stable constraint names."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """A Telegram user, their settings, and where they are in onboarding."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    remind_at: Mapped[time] = mapped_column(Time, default=time(9, 0))
    reminders_enabled: Mapped[bool] = mapped_column(default=True)
    # Reminder days as a weekday mask, bit 0 Monday .. bit 6 Sunday (bot.domain.nudge_days).
    nudge_days: Mapped[int] = mapped_column(SmallInteger, default=31)
    # Days a week the user means to exercise: 3, 5 or 7 (bot.domain.weekly_goal.WeeklyGoal).
    weekly_goal: Mapped[int] = mapped_column(SmallInteger, default=5)
    # NULL while reminders are off, the user blocked the bot, or is paused indefinitely.
    next_nudge_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    pain_consent: Mapped[bool | None] = mapped_column(default=None)
    screening_status: Mapped[str] = mapped_column(String(16), default="pending")
    screening_index: Mapped[int] = mapped_column(SmallInteger, default=0)
    # What locked the routines (bot.domain.screening.LockCause), kept with or without consent:
    # it is what keeps reminders and routines off until a professional has checked the user.
    lock_cause: Mapped[str | None] = mapped_column(String(16), default=None)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The last completed red-flag screen; NULL asks for a new one before the next routine.
    screened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # When the user confirmed, in two steps, that a professional cleared them.
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    onboarding_step: Mapped[str] = mapped_column(String(16), default="screening")
    awaiting: Mapped[str | None] = mapped_column(String(16), default=None)
    blocked: Mapped[bool] = mapped_column(default=False)
    streak_current: Mapped[int] = mapped_column(Integer, default=0)
    streak_best: Mapped[int] = mapped_column(Integer, default=0)
    weekly_summary: Mapped[bool] = mapped_column(default=True)
    next_weekly_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True, default=None)
    # The local date `streak_current` was computed for, so a nudge can tell it is stale.
    streak_day: Mapped[date | None] = mapped_column(Date, default=None)
    # A short lesson after a finished session (/learn switches it), and the local date of the
    # last one sent, so there is at most one a day.
    lessons_enabled: Mapped[bool] = mapped_column(default=True)
    lesson_day: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Has a resistance band; NULL: not asked yet (users from before the question), as if yes.
    has_band: Mapped[bool | None] = mapped_column(default=None)
    # Issue 18: the language chosen with /language ("es"); NULL: Telegram's language_code decides.
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    # The language Telegram last reported for them ("de"), so nudges and summaries, which have
    # no update to read it from, speak it too when nothing was chosen.
    telegram_language: Mapped[str | None] = mapped_column(String(8), default=None)

    sessions: Mapped[list[RoutineSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class Pause(Base):
    """A stretch of days without nudges; paused days freeze the streak instead of breaking it."""

    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    # NULL: until /resume.
    end_date: Mapped[date | None] = mapped_column(Date, default=None)


class Nudge(Base):
    """One reminder for one local day: the unique key makes a second send impossible."""

    __tablename__ = "nudges"
    __table_args__ = (
        UniqueConstraint("user_id", "local_date", "kind"),
        Index(
            "ix_nudges_pending_due",
            "due_at",
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
        Index(
            "ix_nudges_claimed_lease",
            "lease_until",
            sqlite_where=text("status = 'claimed'"),
            postgresql_where=text("status = 'claimed'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A 'claimed' nudge belongs to one process (lease_owner) until lease_until; then it is
    # pending again and any replica may send it.
    lease_owner: Mapped[str | None] = mapped_column(String(36), default=None)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class RoutineSession(Base):
    """One walk through a routine; its phase and step are the conversation state."""

    __tablename__ = "routine_sessions"
    __table_args__ = (
        Index(
            "uq_routine_sessions_one_active_per_user",
            "user_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
        Index("ix_routine_sessions_user_day", "user_id", "local_date"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    routine_id: Mapped[str] = mapped_column(String(24))
    local_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    phase: Mapped[str] = mapped_column(String(16))
    step: Mapped[int] = mapped_column(SmallInteger, default=0)
    total: Mapped[int] = mapped_column(SmallInteger)
    # Exercise ids in walk order, fixed at start (adaptation and content edits never shift it).
    plan: Mapped[str] = mapped_column(String(400))
    # Positions given in their gentler form from the start (they hurt recently).
    softened: Mapped[str] = mapped_column(String(100), default="")
    track_pain: Mapped[bool] = mapped_column()
    gentler: Mapped[bool] = mapped_column(default=False)
    hurt: Mapped[str | None] = mapped_column(String(8), default=None)
    stopping: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)
    counted: Mapped[bool] = mapped_column(default=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Each position's dose level, fixed at start like the plan ("0,2,0"; empty: all seed doses).
    levels: Mapped[str] = mapped_column(String(100), default="")
    # "How did it feel?" (bot.domain.progression.Feel, or "skipped"), kept only with consent.
    feel: Mapped[str | None] = mapped_column(String(12), default=None)

    user: Mapped[User] = relationship(back_populates="sessions")
    results: Mapped[list[ExerciseResult]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ExerciseResult.position"
    )
    ratings: Mapped[list[PainRating]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ExerciseResult(Base):
    """The recorded outcome of one exercise in one session."""

    __tablename__ = "exercise_results"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("routine_sessions.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    exercise_id: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(16))
    gentler: Mapped[bool] = mapped_column(default=False)
    hurt_level: Mapped[str | None] = mapped_column(String(8), default=None)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PainRating(Base):
    """A 0–10 numeric rating scale score, stored only with the user's consent."""

    __tablename__ = "pain_ratings"
    __table_args__ = (
        UniqueConstraint("session_id", "kind"),
        CheckConstraint("score >= 0 AND score <= 10", name="score_0_to_10"),
        CheckConstraint("kind IN ('before', 'after')", name="kind_before_after"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("routine_sessions.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    score: Mapped[int] = mapped_column(SmallInteger)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MediaFile(Base):
    """A file Telegram already has: uploaded once, then sent again by its file_id."""

    __tablename__ = "media_files"

    cache_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ExercisePreference(Base):
    """An exercise the user chose to drop from their routine (restorable in /settings)."""

    __tablename__ = "exercise_preferences"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    exercise_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    dropped: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SafetyEvent(Base):
    """A recorded escalation: pain high or rising, and the advice the user was shown."""

    __tablename__ = "safety_events"
    __table_args__ = (Index("ix_safety_events_user_time", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("routine_sessions.id", ondelete="CASCADE"), default=None
    )
    reason: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProcessedUpdate(Base):
    """A Telegram update whose effects are committed: a redelivered copy is ignored."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # The token of the delivery applying it now; NULL once the update is finished. A claim
    # whose delivery died (still set after STARTED_CLAIM_EXPIRES) is taken over by a redelivery.
    claim: Mapped[int | None] = mapped_column(BigInteger, default=None)


class EraseRequest(Base):
    """The one-time nonce of a /delete question: only its own button can confirm the erase."""

    __tablename__ = "erase_requests"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    nonce: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PsfsActivity(Base):
    """An everyday activity the user named for the function check (PSFS): typed health data,
    kept only with consent, exported and erased with the rest. `retired_at` is set when the
    user swapped it for another; its old scores stay with it."""

    __tablename__ = "psfs_activities"
    __table_args__ = (Index("ix_psfs_activities_user_position", "user_id", "position"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class PsfsCheck(Base):
    """One function check: open while the user answers, then done or skipped on `local_date`.

    `phase` and `slot` are where the conversation stands; `version` makes a stale or
    double-tapped button change nothing twice.
    """

    __tablename__ = "psfs_checks"
    __table_args__ = (
        Index("ix_psfs_checks_user_day", "user_id", "local_date"),
        Index(
            "uq_psfs_checks_one_open_per_user",
            "user_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8))
    phase: Mapped[str] = mapped_column(String(8))
    slot: Mapped[int] = mapped_column(SmallInteger, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PsfsScore(Base):
    """One activity's 0-10 score in one check (health data, kept only with consent)."""

    __tablename__ = "psfs_scores"
    __table_args__ = (
        UniqueConstraint("check_id", "activity_id"),
        CheckConstraint("score >= 0 AND score <= 10", name="score_0_to_10"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    check_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("psfs_checks.id", ondelete="CASCADE")
    )
    activity_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("psfs_activities.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[int] = mapped_column(SmallInteger)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ExerciseLevel(Base):
    """A user's current dose level of one exercise (no row: level 0, the seed dose)."""

    __tablename__ = "exercise_levels"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    exercise_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, default=0)
    # The user's local date and the instant of the last change, and its direction (up/down).
    changed_on: Mapped[date | None] = mapped_column(Date, default=None)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_step: Mapped[str | None] = mapped_column(String(8), default=None)


class LevelChange(Base):
    """Every change of a dose level, with its reason, for /history and /export."""

    __tablename__ = "level_changes"
    __table_args__ = (Index("ix_level_changes_user_time", "user_id", "changed_at"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(24))
    from_level: Mapped[int] = mapped_column(SmallInteger)
    to_level: Mapped[int] = mapped_column(SmallInteger)
    reason: Mapped[str] = mapped_column(String(32))
    local_date: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LessonSeen(Base):
    """A lesson the user has been sent or opened: not repeated until all have been seen."""

    __tablename__ = "lessons_seen"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    lesson_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SchedulerBeat(Base):
    """The one row of the nudge scheduler's heartbeat, shared by every replica.

    Tells a nudge late because of downtime (skipped after NUDGE_MAX_LATE_MINUTES) from one late
    because of our own send rate (never skipped): see bot/domain/fanout.py.
    """

    __tablename__ = "scheduler_beats"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    last_beat: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    down_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
