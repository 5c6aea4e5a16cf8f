"""The audit log: append-only, hash-chained (see ``caseflow.domain.audit``).

No foreign keys: entries outlive the users' and cases' rows they mention
(retention deletes cases; the log of who saw them stays).

``RECORD_WRITES`` is a view of it (migration 0014): who wrote a record and
when, so that a save refused because someone changed the record meanwhile
can say who did. On a server it shows the writes of the records the user may
read, where the log itself shows them only their own entries.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseflow.storage.models.base import Base, UTCDateTime


class AuditLogEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_case", "case_id", "id"),
        Index("ix_audit_log_user", "user_id", "id"),
        # Who last wrote a record (``RECORD_WRITES``), without reading the whole log.
        Index("ix_audit_log_record", "record_type", "record_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(24), default="")
    record_type: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# A view, not a table: on a metadata of its own, so that neither the
# comparison with the migrations nor a copy to a server takes it for one.
RECORD_WRITES = Table(
    "record_writes",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime()),
    Column("user_id", Integer),
    Column("record_type", String(40)),
    Column("record_id", String(40)),
    Column("detail", Text),
)
