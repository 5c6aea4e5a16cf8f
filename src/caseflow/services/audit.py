"""The audit log: who opened, wrote, printed or exported what, when and why.

``log`` appends in the caller's transaction, so an entry and the work it
records are committed together or not at all. ``record`` is the same in a
transaction of its own (for reads: a case opened, a list shown). ``verify``
walks the whole chain; ``entries`` and ``export_csv`` serve the Logg view
and ``caseflow audit export``. Reading the log is for managers and
administrators; entries never hold a young person's name or personnummer.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, event, func, select
from sqlalchemy.orm import Session

from caseflow.domain.accounts import Role
from caseflow.domain.audit import AuditAction, AuditEntry, first_broken
from caseflow.domain.errors import PermissionDenied
from caseflow.services.workspace import CurrentUser, Workspace
from caseflow.storage import audit_chain
from caseflow.storage.models import AuditLogEntry, Case

READERS = (Role.MANAGER, Role.ADMINISTRATOR)
PAGE = 500


def log(
    session: Session,
    user: CurrentUser | None,
    action: AuditAction,
    *,
    case_id: int | None = None,
    record_type: str = "",
    record_id: int | str | None = None,
    reason: str = "",
    detail: str = "",
    username: str | None = None,
) -> None:
    """Append an entry in ``session``'s transaction (the case number is looked up)."""
    _log_pending_login(session)
    number = ""
    if case_id is not None:
        number = session.scalar(select(Case.case_number).where(Case.id == case_id)) or ""
    audit_chain.append(
        session,
        AuditEntry(
            id=0,
            at=datetime.now(UTC),
            user_id=user.id if user is not None else None,
            username=username if username is not None else (user.username if user else ""),
            action=action.value,
            case_id=case_id,
            case_number=number,
            record_type=record_type,
            record_id="" if record_id is None else str(record_id),
            reason=reason.strip()[:2000],
            detail=detail[:2000],
        ),
    )


def _log_pending_login(session: Session) -> None:
    workspace = session.info.get("workspace")
    if not isinstance(workspace, Workspace) or workspace.pending_login is None:
        return
    detail, workspace.pending_login = workspace.pending_login, None

    def restore(*_: object) -> None:
        workspace.pending_login = detail

    event.listen(session, "after_rollback", restore, once=True)
    audit_chain.append(
        session,
        AuditEntry(
            id=0,
            at=datetime.now(UTC),
            user_id=workspace.user.id,
            username=workspace.user.username,
            action=AuditAction.LOGIN.value,
            detail=detail,
        ),
    )


def written(
    session: Session,
    workspace: Workspace,
    record_type: str,
    record_id: int | str,
    case_id: int | None = None,
) -> None:
    """Log that ``workspace``'s user wrote a record (in the transaction that wrote it)."""
    log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=case_id,
        record_type=record_type,
        record_id=record_id,
    )


def record(workspace: Workspace, action: AuditAction, **fields: object) -> None:
    """``log`` in a transaction of its own."""
    with workspace.transaction() as session:
        log(session, workspace.user, action, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    first_broken: AuditEntry | None

    @property
    def intact(self) -> bool:
        return self.first_broken is None


def verify_session(session: Session) -> VerifyResult:
    count = session.scalar(select(func.count()).select_from(AuditLogEntry)) or 0
    return VerifyResult(count, first_broken(audit_chain.walk(session)))


def verify(workspace: Workspace) -> VerifyResult:
    """Check every entry's hash and its link to the one before."""
    _require_reader(workspace)
    with workspace.transaction() as session:
        return verify_session(session)


def _require_reader(workspace: Workspace) -> None:
    if workspace.user.role not in READERS:
        raise PermissionDenied()


@dataclass(frozen=True)
class AuditFilter:
    from_date: date | None = None
    to_date: date | None = None
    username: str = ""
    action: AuditAction | None = None
    case_number: str = ""


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _filtered(query: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.from_date is not None:
        query = query.where(AuditLogEntry.at >= _start(f.from_date))
    if f.to_date is not None:
        query = query.where(AuditLogEntry.at < _start(f.to_date + timedelta(days=1)))
    if f.username.strip():
        query = query.where(AuditLogEntry.username == f.username.strip().casefold())
    if f.action is not None:
        query = query.where(AuditLogEntry.action == f.action.value)
    if f.case_number.strip():
        query = query.where(AuditLogEntry.case_number == f.case_number.strip().upper())
    return query


def entries(
    workspace: Workspace,
    audit_filter: AuditFilter = AuditFilter(),
    limit: int = PAGE,
    offset: int = 0,
) -> list[AuditEntry]:
    """A page of entries, newest first."""
    _require_reader(workspace)
    with workspace.transaction() as session:
        rows = session.scalars(
            _filtered(select(AuditLogEntry), audit_filter)
            .order_by(AuditLogEntry.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        return [audit_chain.as_entry(r) for r in rows]


def entries_for_cases(
    session: Session, case_ids: list[int], limit: int = 5_000
) -> list[AuditEntry]:
    """Entries about the given cases, oldest first (for a register extract)."""
    if not case_ids:
        return []
    rows = session.scalars(
        select(AuditLogEntry)
        .where(AuditLogEntry.case_id.in_(case_ids))
        .order_by(AuditLogEntry.id)
        .limit(limit)
    ).all()
    return [audit_chain.as_entry(r) for r in rows]


CSV_COLUMNS = (
    "id",
    "at",
    "username",
    "action",
    "case_number",
    "record_type",
    "record_id",
    "reason",
    "detail",
    "hash",
)


def export_csv(workspace: Workspace, audit_filter: AuditFilter = AuditFilter()) -> str:
    """The entries the filter finds, oldest first, as CSV (UTF-8; the caller adds a BOM)."""
    _require_reader(workspace)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    with workspace.transaction() as session:
        after = 0
        while True:
            rows = session.scalars(
                _filtered(select(AuditLogEntry), audit_filter)
                .where(AuditLogEntry.id > after)
                .order_by(AuditLogEntry.id)
                .limit(5_000)
            ).all()
            if not rows:
                break
            for r in rows:
                writer.writerow(
                    [
                        r.id,
                        r.at.isoformat(timespec="seconds"),
                        r.username,
                        r.action,
                        r.case_number,
                        r.record_type,
                        r.record_id,
                        _safe_cell(r.reason),
                        _safe_cell(r.detail),
                        r.hash,
                    ]
                )
            after = rows[-1].id
            session.expunge_all()
    export = out.getvalue()
    record(workspace, AuditAction.EXPORT, record_type="audit_log", detail="csv")
    return export


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ is a formula to Excel: neutralise it.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
