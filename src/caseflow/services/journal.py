"""The journal: dated entries with an author; signing makes an entry final.

After signing, an entry's text is never changed or removed. A correction is
a new entry that refers to the old one, and both stay readable together.
Unsigned entries are their author's work in progress: only the author sees,
edits, signs or removes them. Every call checks that the user may see the
case (``case_access``); every change is logged (``audit.log``).

An entry carries a version. A change names the version it was made from and
is refused (``ChangedMeanwhile``) when the entry changed since: the author's
other window or computer saved or signed it. The refused text is kept as a
draft (``drafts.keep_refused``).
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
from caseflow.services import audit, case_access, drafts, permissions
from caseflow.services.lookups import user_names
from caseflow.services.permissions import Action
from caseflow.services.validation import (
    ChangedMeanwhile,
    FieldError,
    NotFound,
    changes_detail,
    check_version,
    locked,
    required_text,
)
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
    version: int = 1

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


def _own_unsigned(
    session: Session, workspace: Workspace, entry_id: int, expected_version: int | None = None
) -> JournalEntry:
    """The user's own unsigned entry, in a case they may see, locked for a change.

    A version other than ``expected_version`` (None: any) is refused before
    the signature is looked at: "signed at 14:32 in your other window" says
    more than "signed".
    """
    entry = locked(session, JournalEntry, entry_id)
    if entry is None:
        raise NotFound()
    case_access.require_case(session, workspace, entry.case_id)
    if entry.author_id != workspace.user.id:
        raise NotYourEntry()
    check_version(
        session,
        workspace.user.id,
        entry.version,
        expected_version,
        "journal_entry",
        [("journal_entry", entry.id)],
        entry.case_id,
    )
    if entry.signed_at is not None:
        raise EntrySigned()
    return entry


def update_entry(
    workspace: Workspace,
    entry_id: int,
    entry_date: date,
    entry_type: JournalEntryType,
    text: str,
    expected_version: int | None = None,
) -> int:
    """Change an unsigned entry; returns its new version.

    Refused with ``ChangedMeanwhile`` when the entry is no longer at
    ``expected_version`` (None: whatever it is at); the text is then kept as
    the user's draft.
    """
    permissions.require(workspace, Action.WRITE_JOURNAL)
    cleaned = required_text("text", text, MAX_TEXT)
    _check_date(entry_date)
    try:
        with workspace.transaction() as session:
            entry = _own_unsigned(session, workspace, entry_id, expected_version)
            new = (entry_date, entry_type.value, cleaned)
            old = (entry.entry_date, entry.entry_type, entry.text)
            fields = [f for f, a, b in zip(_FIELDS, old, new, strict=True) if a != b]
            entry.entry_date, entry.entry_type, entry.text = new
            entry.version += 1
            _written(session, workspace, entry, changes_detail("updated", fields))
            return entry.version
    except ChangedMeanwhile as conflict:
        what = QT_TRANSLATE_NOOP("Drafts", "Journal entry of {date}").format(
            date=entry_date.isoformat()
        )
        drafts.keep_refused(workspace, conflict, entry_id, what, text)
        raise


_FIELDS = ("entry_date", "entry_type", "text")


def sign_entry(workspace: Workspace, entry_id: int, expected_version: int | None = None) -> None:
    """Sign an entry: from now on it is final (refused if it changed since ``expected_version``)."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    with workspace.transaction() as session:
        entry = _own_unsigned(session, workspace, entry_id, expected_version)
        entry.signed_at = utcnow()
        entry.version += 1
        _written(session, workspace, entry, changes_detail("signed", ["signed"]))


def delete_unsigned(
    workspace: Workspace, entry_id: int, expected_version: int | None = None
) -> None:
    """Remove an unsigned entry (refused if it changed since ``expected_version``)."""
    permissions.require(workspace, Action.WRITE_JOURNAL)
    with workspace.transaction() as session:
        entry = _own_unsigned(session, workspace, entry_id, expected_version)
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
            version=e.version,
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
