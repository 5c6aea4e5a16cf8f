"""Cases (ärenden), their status history, staff and involved agencies."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseflow.storage.models.base import Base, UTCDateTime, utcnow


class CaseCounter(Base):
    """The last serial used per programme and year, for case numbers."""

    __tablename__ = "case_counters"

    programme: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("programme", "year", "serial", name="uq_cases_programme_year_serial"),
        # Covering the case list's filters and its default order.
        Index("ix_cases_status_referral", "status", "referral_date", "id"),
        Index("ix_cases_programme_referral", "programme", "referral_date", "id"),
        Index("ix_cases_responsible_referral", "responsible_user_id", "referral_date", "id"),
        Index("ix_cases_referral", "referral_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(24), unique=True)
    programme: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    referral_date: Mapped[date] = mapped_column(Date)
    referral_source: Mapped[str] = mapped_column(String(32))
    referral_reason: Mapped[str] = mapped_column(Text)
    responsible_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_reason: Mapped[str | None] = mapped_column(String(32))
    closing_summary: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    status_changes: Mapped[list[CaseStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="CaseStatusChange.id"
    )
    staff: Mapped[list[CaseStaff]] = relationship(cascade="all, delete-orphan")
    agencies: Mapped[list[CaseAgency]] = relationship(cascade="all, delete-orphan")


class CaseStatusChange(Base):
    """Every transition, with its date and author, kept for as long as the case."""

    __tablename__ = "case_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CaseStaff(Base):
    """Other staff on a case besides the responsible social worker."""

    __tablename__ = "case_staff"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class CaseAgency(Base):
    """An agency involved in a case, with a named contact where there is one."""

    __tablename__ = "case_agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    agency: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))
