"""What retention keeps of deleted cases: anonymous counts for statistics."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from caseflow.storage.models.base import Base


class RetainedCaseCount(Base):
    """How many deleted cases had these facts; nothing that points at a person."""

    __tablename__ = "retained_case_counts"

    programme: Mapped[str] = mapped_column(String(8), primary_key=True)
    referral_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    closed_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    closing_reason: Mapped[str] = mapped_column(String(32), primary_key=True)
    referral_source: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
