"""The work in a case: assessments (kartläggning), the action plan, the journal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseflow.storage.models.base import FIRST_VERSION, Base, UTCDateTime, utcnow


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    factors: Mapped[list[AssessmentFactor]] = relationship(cascade="all, delete-orphan")


class AssessmentFactor(Base):
    __tablename__ = "assessment_factors"

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    factor_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    presence: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    life_domain: Mapped[str] = mapped_column(String(32))
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=FIRST_VERSION)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    history: Mapped[list[GoalStatusRecord]] = relationship(
        cascade="all, delete-orphan", order_by="GoalStatusRecord.id"
    )
    activities: Mapped[list[Activity]] = relationship(
        cascade="all, delete-orphan", order_by="Activity.id"
    )


class GoalStatusRecord(Base):
    """A goal's status as recorded at one follow-up: its history, for reports."""

    __tablename__ = "goal_status_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Activity(Base):
    """A tracked activity of the action plan: under a goal, or agreed at a meeting, or both."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_status_due", "status", "due_date"),
        Index("ix_activities_case_due", "case_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goals.id", ondelete="CASCADE"), index=True
    )
    minutes_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("minutes_items.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(String(32))
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    responsible_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=FIRST_VERSION)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JournalEntry(Base):
    """A journal entry. Once signed its text never changes; corrections are new entries."""

    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_case_date", "case_id", "entry_date", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    entry_date: Mapped[date] = mapped_column(Date)
    entry_type: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=FIRST_VERSION)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
