"""Facts about the database itself and unit-wide settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseflow.storage.models.base import Base, UTCDateTime, utcnow


class DatabaseInfo(Base):
    """One row: which key file belongs to this database, and when it was made."""

    __tablename__ = "database_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    database_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_version: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """A unit-wide setting (auto-lock minutes, unit name): JSON text by key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
