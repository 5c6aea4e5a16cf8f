"""Appending to the hash-chained audit log, one writer at a time.

Each entry links to the hash of the one before, so two transactions must
never read the same "last entry" and both append after it. SQLite has one
writer per file, but a transaction that read the last hash before another
committed would append a fork (or fail on its stale snapshot). Within the
process (the file lock keeps other processes out), a lock taken before the
last entry is read and held until the transaction ends serialises audited
transactions; the rest of the app is unaffected. On PostgreSQL (team mode)
the chain is computed by the server instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from caseflow.domain.audit import GENESIS, AuditEntry
from caseflow.storage.models import AuditLogEntry

_append_lock = threading.RLock()
_HELD = "caseflow_audit_lock_held"


def _release(session: Session, *_: object) -> None:
    if session.info.pop(_HELD, False):
        _append_lock.release()


def _hold_until_transaction_ends(session: Session) -> None:
    if session.info.get(_HELD):
        return
    _append_lock.acquire()
    session.info[_HELD] = True
    event.listen(session, "after_commit", _release, once=True)
    event.listen(session, "after_rollback", _release, once=True)
    event.listen(session, "after_soft_rollback", _release, once=True)


@contextmanager
def one_unit_at_a_time() -> Iterator[None]:
    """Hold the process's write turn for one unit of work (see ``OpenDatabase.transaction``)."""
    with _append_lock:
        yield


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Write ``entry`` (id, time and hashes filled in here) in the session's transaction."""
    _hold_until_transaction_ends(session)
    last = session.execute(
        select(AuditLogEntry.id, AuditLogEntry.hash).order_by(AuditLogEntry.id.desc()).limit(1)
    ).first()
    next_id, previous = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    linked = replace(entry, id=next_id, at=datetime.now(UTC), prev_hash=previous)
    sealed = replace(linked, hash=linked.computed_hash())
    session.add(
        AuditLogEntry(
            id=sealed.id,
            at=sealed.at,
            user_id=sealed.user_id,
            username=sealed.username,
            action=sealed.action,
            case_id=sealed.case_id,
            case_number=sealed.case_number,
            record_type=sealed.record_type,
            record_id=sealed.record_id,
            reason=sealed.reason,
            detail=sealed.detail,
            prev_hash=sealed.prev_hash,
            hash=sealed.hash,
        )
    )
    session.flush()
    return sealed


def append_many(session: Session, entries: Iterable[AuditEntry], chunk: int = 5_000) -> int:
    """Append ``entries`` in their order (with their own times), chained after the last one.

    For bulk history (the demo generator); returns how many were written.
    """
    _hold_until_transaction_ends(session)
    last = session.execute(
        select(AuditLogEntry.id, AuditLogEntry.hash).order_by(AuditLogEntry.id.desc()).limit(1)
    ).first()
    next_id, previous = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    rows: list[dict[str, object]] = []
    written = 0
    for entry in entries:
        linked = replace(entry, id=next_id, prev_hash=previous)
        sealed = replace(linked, hash=linked.computed_hash())
        rows.append(
            {
                "id": sealed.id,
                "at": sealed.at,
                "user_id": sealed.user_id,
                "username": sealed.username,
                "action": sealed.action,
                "case_id": sealed.case_id,
                "case_number": sealed.case_number,
                "record_type": sealed.record_type,
                "record_id": sealed.record_id,
                "reason": sealed.reason,
                "detail": sealed.detail,
                "prev_hash": sealed.prev_hash,
                "hash": sealed.hash,
            }
        )
        previous, next_id = sealed.hash, next_id + 1
        if len(rows) >= chunk:
            session.execute(insert(AuditLogEntry), rows)
            written, rows = written + len(rows), []
    if rows:
        session.execute(insert(AuditLogEntry), rows)
        written += len(rows)
    return written


def as_entry(row: AuditLogEntry) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        user_id=row.user_id,
        username=row.username,
        action=row.action,
        case_id=row.case_id,
        case_number=row.case_number,
        record_type=row.record_type,
        record_id=row.record_id,
        reason=row.reason,
        detail=row.detail,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def walk(session: Session, chunk: int = 5_000) -> Iterator[AuditEntry]:
    """Every entry in id order, read in chunks (the log grows without bound)."""
    after = 0
    while True:
        rows = session.scalars(
            select(AuditLogEntry)
            .where(AuditLogEntry.id > after)
            .order_by(AuditLogEntry.id)
            .limit(chunk)
        ).all()
        if not rows:
            return
        for row in rows:
            yield as_entry(row)
        after = rows[-1].id
        session.expunge_all()
