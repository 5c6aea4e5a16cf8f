"""Unsaved text, kept encrypted so that a lock or a crash loses nothing typed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseflow.storage.models.base import Base, UTCDateTime, utcnow


class Draft(Base):
    """One editor's unsaved content for one user, keyed by what it edits."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "editor_key", name="uq_drafts_user_editor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    editor_key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
