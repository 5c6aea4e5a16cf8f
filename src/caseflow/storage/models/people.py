"""Young people (and adults in exit support) and their guardians (vårdnadshavare)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseflow.storage.models.base import FIRST_VERSION, Base, UTCDateTime, utcnow


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Written by the app (str.casefold) because SQLite's lower() folds only
    # ASCII: "first last" and "last first", so a prefix of either name matches.
    name_key: Mapped[str] = mapped_column(String(210), index=True)
    name_key_reversed: Mapped[str] = mapped_column(String(210), index=True)
    # The 12-digit form (YYYYMMDDNNNN); NULL when the person has no number.
    personnummer: Mapped[str | None] = mapped_column(String(12), unique=True)
    # The 10-digit form, so that a number typed without century finds it by prefix.
    personnummer_short: Mapped[str | None] = mapped_column(String(10), index=True)
    is_coordination_number: Mapped[bool] = mapped_column(Boolean, server_default=false())
    birth_date: Mapped[date] = mapped_column(Date)
    no_number_reason: Mapped[str | None] = mapped_column(Text)
    sex: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    school: Mapped[str | None] = mapped_column(String(200))
    school_class: Mapped[str | None] = mapped_column(String(50))
    # Skyddade personuppgifter: address and contacts hidden unless revealed.
    protected_identity: Mapped[bool] = mapped_column(Boolean, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Guardian.id"
    )


class Guardian(Base):
    __tablename__ = "guardians"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    personnummer: Mapped[str | None] = mapped_column(String(12))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    has_custody: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # A guardian who must not receive information about the young person.
    no_information: Mapped[bool] = mapped_column(Boolean, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=FIRST_VERSION)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    person: Mapped[Person] = relationship(back_populates="guardians")
