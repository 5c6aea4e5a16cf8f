"""The journal: dated entries with an author; signing makes an entry final.

After signing, an entry's text is never changed or removed. A correction is
a new entry that refers to the old one, and both stay readable together.
Unsigned entries are their author's work in progress: only the author sees,
edits, signs or removes them. Every call checks that the user may see the
case (``case_access``); every change is logged (``audit.log``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import JournalEntryType
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, permissions
from caseflow.services.lookups import user_names
from caseflow.services.permissions import Action
from caseflow.services.validation import FieldError, NotFound, required_text
from caseflow.services.workspace import Workspace
from caseflow.storage.models import JournalEntry
from caseflow.storage.models.base import utcnow

MAX_TEXT = 100_000


class EntrySigned(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "A signed journal entry cannot be changed or removed. Write a correction instead.",
    )


class NotYourEntry(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "Only the author can change, sign or remove an unsigned entry."
    )


@dataclass(frozen=True)
class JournalEntryView:
    id: int
    case_id: int
    entry_date: date
    entry_type: JournalEntryType
    text: str
    author: str
    is_own: bool
    signed_at: datetime | None
    corrects_id: int | None
    corrections: list[JournalEntryView] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


def _check_date(entry_date: date) -> None:
    if entry_date > date.today():
        raise FieldError(
            "entry_date",
            QT_TRANSLATE_NOOP("Errors", "A journal entry cannot be dated in the future."),
        )


def create_entry(
    workspace: Workspace,
    case_id: int,
    entry_date: date,
    entry_type: JournalEntryType,
    text: str,
    corrects_id: int | None = None,
) -> int:
    """Save a new unsigned entry (or a correction of a signed one); returns its id."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    cleaned = required_text("text", text, MAX_TEXT)
    _check_date(entry_date)
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        if corrects_id is not None:
            original = session.get(JournalEntry, corrects_id)
            if original is None or original.case_id != case_id:
                raise NotFound()
            if original.signed_at is None:
                raise FieldError(
                    "text",
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only signed entries are corrected; edit the unsigned one."
                    ),
                )
        entry = JournalEntry(
            case_id=case_id,
            entry_date=entry_date,
            entry_type=entry_type.value,
            text=cleaned,
            author_id=workspace.user.id,
            corrects_id=corrects_id,
        )
        session.add(entry)
        session.flush()
        _written(session, workspace, entry, "correction" if corrects_id else "created")
        return entry.id


def _written(session: Session, workspace: Workspace, entry: JournalEntry, what: str) -> None:
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=entry.case_id,
        record_type="journal_entry",
        record_id=entry.id,
        detail=what,
    )


def _own_unsigned(session: Session, workspace: Workspace, entry_id: int) -> JournalEntry:
    """The user's own unsigned entry, in a case they may see."""
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise NotFound()
    case_access.require_case(session, workspace, entry.case_id)
    if entry.signed_at is not None:
        raise EntrySigned()
    if entry.author_id != workspace.user.id:
        raise NotYourEntry()
    return entry


def update_entry(
    workspace: Workspace, entry_id: int, entry_date: date, entry_type: JournalEntryType, text: str
) -> None:
    permissions.require(workspace, Action.WRITE_JOURNAL)
    cleaned = required_text("text", text, MAX_TEXT)
    _check_date(entry_date)
    with workspace.transaction() as session:
        entry = _own_unsigned(session, workspace, entry_id)
        entry.entry_date, entry.entry_type, entry.text = entry_date, entry_type.value, cleaned
        _written(session, workspace, entry, "updated")


def sign_entry(workspace: Workspace, entry_id: int) -> None:
    """Sign an entry: from now on it is final."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    with workspace.transaction() as session:
        entry = _own_unsigned(session, workspace, entry_id)
        entry.signed_at = utcnow()
        _written(session, workspace, entry, "signed")


def delete_unsigned(workspace: Workspace, entry_id: int) -> None:
    permissions.require(workspace, Action.WRITE_JOURNAL)
    with workspace.transaction() as session:
        entry = _own_unsigned(session, workspace, entry_id)
        _written(session, workspace, entry, "deleted")
        session.delete(entry)


def list_entries(workspace: Workspace, case_id: int) -> list[JournalEntryView]:
    """Newest first; each correction is shown with the entry it corrects."""
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        entries = session.scalars(
            select(JournalEntry)
            .where(
                JournalEntry.case_id == case_id,
                or_(
                    JournalEntry.signed_at.is_not(None), JournalEntry.author_id == workspace.user.id
                ),
            )
            .order_by(JournalEntry.entry_date.desc(), JournalEntry.id.desc())
        ).all()
        names = user_names(session)
    views = {
        e.id: JournalEntryView(
            e.id,
            e.case_id,
            e.entry_date,
            JournalEntryType(e.entry_type),
            e.text,
            names.get(e.author_id, "?"),
            e.author_id == workspace.user.id,
            e.signed_at,
            e.corrects_id,
        )
        for e in entries
    }
    top: list[JournalEntryView] = []
    for view in views.values():
        original = views.get(view.corrects_id) if view.corrects_id else None
        if original is not None:
            original.corrections.append(view)
        else:
            top.append(view)
    for view in views.values():
        view.corrections.sort(key=lambda c: c.id)
    return top
