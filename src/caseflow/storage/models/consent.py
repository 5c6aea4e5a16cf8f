"""Consents, withdrawals, legal grounds and disclosures: append-only records.

Nothing here is edited or deleted by the app after it is saved: a change is
a new record, so the history of who agreed to what, and when, stays whole.
A party is stored as its kind (an Agency value) and an optional name.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseflow.storage.models.base import Base, UTCDateTime, utcnow


class ConsentRecord(Base):
    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # NULL: the young person; otherwise the guardian who gave it.
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id"))
    consenter_name: Mapped[str] = mapped_column(String(200))
    information: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text)
    manner: Mapped[str] = mapped_column(String(16))
    documented_by: Mapped[str] = mapped_column(String(200), default="")
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    parties: Mapped[list[ConsentParty]] = relationship(
        cascade="all, delete-orphan", order_by="ConsentParty.position"
    )


class ConsentParty(Base):
    __tablename__ = "consent_parties"

    record_id: Mapped[int] = mapped_column(
        ForeignKey("consent_records.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")


class ConsentWithdrawal(Base):
    __tablename__ = "consent_withdrawals"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardians.id"))
    consenter_name: Mapped[str] = mapped_column(String(200))
    withdrawn_on: Mapped[date] = mapped_column(Date)
    manner: Mapped[str] = mapped_column(String(16))
    received_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    # No rows: the whole consent was withdrawn.
    parties: Mapped[list[WithdrawalParty]] = relationship(
        cascade="all, delete-orphan", order_by="WithdrawalParty.position"
    )


class WithdrawalParty(Base):
    __tablename__ = "withdrawal_parties"

    withdrawal_id: Mapped[int] = mapped_column(
        ForeignKey("consent_withdrawals.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")


class ConsentAttachment(Base):
    """A scanned consent form, kept inside the encrypted database, never as a loose file."""

    __tablename__ = "consent_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("consent_records.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RecordedLegalGround(Base):
    """A legal ground chosen instead of consent, with its written reason."""

    __tablename__ = "recorded_legal_grounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    ground_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    agency: Mapped[str] = mapped_column(String(32))
    party_name: Mapped[str] = mapped_column(String(200), default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Disclosure(Base):
    """What left a case, to whom, when and on which basis (utlämnanderegister)."""

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    agency: Mapped[str] = mapped_column(String(32))
    party_name: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text)
    disclosed_on: Mapped[date] = mapped_column(Date)
    # "consent", or the id of a recorded legal ground.
    basis: Mapped[str] = mapped_column(String(16))
    legal_ground_id: Mapped[int | None] = mapped_column(ForeignKey("recorded_legal_grounds.id"))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
