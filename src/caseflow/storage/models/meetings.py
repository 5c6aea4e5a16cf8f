"""Meetings (möten), their minutes item by item, and follow-ups (uppföljningar).

Every minutes item belongs to exactly one case on the meeting's agenda, so a
case's part of a shared sitting is a plain ``WHERE case_id = ?``. Agreed
actions are rows of ``activities`` (the case's action plan) that point back
to the item that agreed them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseflow.storage.models.base import Base, UTCDateTime, utcnow


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_starts_at", "starts_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type_key: Mapped[str] = mapped_column(String(64))
    # Local wall-clock time in Sweden, as people book meetings (no time zone).
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    place: Mapped[str] = mapped_column(String(200))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # JSON list of the checklist's ticked positions.
    checklist_done: Mapped[str] = mapped_column(Text, default="[]")
    preparation_notes: Mapped[str] = mapped_column(Text, default="")
    minutes_status: Mapped[str] = mapped_column(String(16), default="draft")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_on: Mapped[date | None] = mapped_column(Date)
    # The highest minutes item number ever given: a removed draft item's number
    # is not given again (an editor's draft kept under it must not reappear).
    minutes_last_number: Mapped[int] = mapped_column(Integer, default=0)
    organiser_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Raised on every change: the calendar's SEQUENCE and the editor's conflict check.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    cases: Mapped[list[MeetingCase]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingCase.position"
    )
    participants: Mapped[list[MeetingParticipant]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingParticipant.id"
    )


class MeetingCase(Base):
    """A case on a meeting's agenda."""

    __tablename__ = "meeting_cases"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class MeetingParticipant(Base):
    """Someone invited: name, agency, role, and the consent party they speak for."""

    __tablename__ = "meeting_participants"
    # A field assistant sees the meetings they are invited to (case access).
    __table_args__ = (Index("ix_meeting_participants_user_meeting", "user_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(200), default="")
    party_name: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    present_for: Mapped[list[MeetingAttendance]] = relationship(cascade="all, delete-orphan")


class MeetingAttendance(Base):
    """That a participant was present while one case was discussed."""

    __tablename__ = "meeting_attendance"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_participants.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class MinutesItem(Base):
    """One agenda item of the minutes, about one case. Final once the minutes are approved."""

    __tablename__ = "minutes_items"
    __table_args__ = (
        Index("ix_minutes_items_meeting_number", "meeting_id", "number", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    corrects_number: Mapped[int | None] = mapped_column(Integer)
    written_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    written_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class FollowUp(Base):
    """A follow-up of one case: goal statuses, a fresh assessment, a summary."""

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_case_held", "case_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL")
    )
    summary: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
