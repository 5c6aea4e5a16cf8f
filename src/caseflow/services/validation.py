"""Input errors: a field's, so an editor can say what is wrong next to it; and a save
refused because someone else changed the record meanwhile, saying who, when and what.

Editable records carry a version. A save names the version it was made from;
``check_version`` (on a row read with ``locked``) refuses it when the record
has moved on, and the refusal names the change from the audit log's
``record_writes``. Services log which fields a change touched
(``changes_detail``), so that the next refusal can name them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from caseflow.storage.models import RECORD_WRITES, Case, User


class FieldError(InvalidInput):
    """A value in one named field breaks a rule."""

    def __init__(self, field: str, text: Text) -> None:
        super().__init__(text)
        self.field = field


class NotFound(InvalidInput):
    default_text = QT_TRANSLATE_NOOP("Errors", "That record does not exist (any more).")


class ChangedMeanwhile(InvalidInput):
    """A save was refused: the record changed after the user read it.

    ``record`` is the kind of record (a key of ``RECORD_KINDS``), ``change``
    who changed it last, when and which fields (None when the log cannot
    tell), ``case_number`` the case it belongs to (or ""). The message says
    all of that; ``kept_as_draft`` adds that the refused text was kept.
    Raised with nothing but a text, it says what it always said.
    """

    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this record after you opened it. Your text is kept as a "
        "draft; open the record again to see the change.",
    )

    def __init__(
        self,
        text: Text | None = None,
        *,
        record: str = "",
        change: Change | None = None,
        case_number: str = "",
    ) -> None:
        self.record = record
        self.change = change
        self.case_number = case_number
        self.draft_key: str | None = None
        self._own_text = text is not None
        super().__init__(text or self._describe())

    def kept_as_draft(self, key: str) -> None:
        """The refused text was saved as this user's draft ``key``: the message says so."""
        self.draft_key = key
        if not self._own_text:
            self.text = self._describe()

    def _describe(self) -> Text:
        kind = RECORD_KINDS.get(self.record)
        if kind is None:
            return self.default_text
        return QT_TRANSLATE_NOOP("Errors", "{change} {outcome}").format(
            change=_what_happened(kind, self.change),
            outcome=KEPT_AS_DRAFT if self.draft_key else NOTHING_KEPT,
        )


@dataclass(frozen=True)
class Change:
    """The latest change of a record by anyone, as the audit log tells it."""

    by: str  # the display name of who made it
    by_you: bool  # the same user, in another window or on another computer
    at: datetime
    fields: tuple[str, ...] = ()  # keys of FIELD_NAMES, when the log names them


# The kind of record, as the sentence "… changed {record} at …" names it.
RECORD_KINDS: dict[str, Text] = {
    "journal_entry": QT_TRANSLATE_NOOP("Conflicts", "this journal entry"),
    "person": QT_TRANSLATE_NOOP("Conflicts", "this person's details"),
    "guardian": QT_TRANSLATE_NOOP("Conflicts", "this guardian"),
    "case": QT_TRANSLATE_NOOP("Conflicts", "this case"),
    "goal": QT_TRANSLATE_NOOP("Conflicts", "this goal"),
    "activity": QT_TRANSLATE_NOOP("Conflicts", "this activity"),
    "meeting": QT_TRANSLATE_NOOP("Conflicts", "this meeting"),
}

# What the audit log's details name as changed, in words.
FIELD_NAMES: dict[str, Text] = {
    "text": QT_TRANSLATE_NOOP("Conflicts", "text"),
    "entry_date": QT_TRANSLATE_NOOP("Conflicts", "date"),
    "entry_type": QT_TRANSLATE_NOOP("Conflicts", "type"),
    "signed": QT_TRANSLATE_NOOP("Conflicts", "signed"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "status"),
    "team": QT_TRANSLATE_NOOP("Conflicts", "the people working with the case"),
    "responsible": QT_TRANSLATE_NOOP("Conflicts", "responsible worker"),
    "staff": QT_TRANSLATE_NOOP("Conflicts", "staff"),
    "agencies": QT_TRANSLATE_NOOP("Conflicts", "agencies"),
    "first_name": QT_TRANSLATE_NOOP("Conflicts", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Conflicts", "last name"),
    "personnummer": QT_TRANSLATE_NOOP("Conflicts", "personnummer"),
    "birth_date": QT_TRANSLATE_NOOP("Conflicts", "birth date"),
    "no_number_reason": QT_TRANSLATE_NOOP("Conflicts", "why there is no number"),
    "sex": QT_TRANSLATE_NOOP("Conflicts", "sex"),
    "phone": QT_TRANSLATE_NOOP("Conflicts", "phone"),
    "email": QT_TRANSLATE_NOOP("Conflicts", "e-mail"),
    "address": QT_TRANSLATE_NOOP("Conflicts", "address"),
    "school": QT_TRANSLATE_NOOP("Conflicts", "school"),
    "school_class": QT_TRANSLATE_NOOP("Conflicts", "class"),
    "protected_identity": QT_TRANSLATE_NOOP("Conflicts", "protected identity"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "name"),
    "has_custody": QT_TRANSLATE_NOOP("Conflicts", "custody"),
    "no_information": QT_TRANSLATE_NOOP("Conflicts", "information to the guardian"),
    "meeting_type": QT_TRANSLATE_NOOP("Conflicts", "meeting type"),
    "time": QT_TRANSLATE_NOOP("Conflicts", "time"),
    "place": QT_TRANSLATE_NOOP("Conflicts", "place"),
    "cases": QT_TRANSLATE_NOOP("Conflicts", "cases"),
    "invitees": QT_TRANSLATE_NOOP("Conflicts", "invitees"),
    "cancelled": QT_TRANSLATE_NOOP("Conflicts", "cancellation"),
    "minutes": QT_TRANSLATE_NOOP("Conflicts", "minutes"),
    "approved": QT_TRANSLATE_NOOP("Conflicts", "approval"),
}

KEPT_AS_DRAFT = QT_TRANSLATE_NOOP(
    "Errors",
    "Your text is kept as a draft (File → Unsaved drafts). Load the saved version to see "
    "the change, then make yours again.",
)
NOTHING_KEPT = QT_TRANSLATE_NOOP(
    "Errors",
    "Your change was not saved. Load the saved version to see the other change, then make "
    "yours again.",
)


@dataclass(frozen=True)
class _Listing(Text):
    """Field names joined with commas, each rendered in the user's language."""

    parts: tuple[Text, ...] = ()

    def render(self, translate: Translate | None = None) -> str:
        return ", ".join(part.render(translate) for part in self.parts)


def _what_happened(kind: Text, change: Change | None) -> Text:
    if change is None:
        return QT_TRANSLATE_NOOP(
            "Errors", "Someone else changed {record} after you opened it."
        ).format(record=kind)
    local = change.at.astimezone()
    when = {"time": local.strftime("%H:%M"), "date": local.date().isoformat()}
    fields = tuple(FIELD_NAMES[f] for f in change.fields if f in FIELD_NAMES)
    listing = _Listing("", "", parts=fields)
    if change.by_you and fields:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "You changed {record} yourself at {time} on {date} ({fields}), in another "
            "window or on another computer.",
        )
    elif change.by_you:
        text = QT_TRANSLATE_NOOP(
            "Errors",
            "You changed {record} yourself at {time} on {date}, in another window or on "
            "another computer.",
        )
    elif fields:
        text = QT_TRANSLATE_NOOP(
            "Errors", "{who} changed {record} at {time} on {date} ({fields}) after you opened it."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors", "{who} changed {record} at {time} on {date} after you opened it."
        )
    return text.format(record=kind, who=change.by, fields=listing, **when)


# --- checking a version ---------------------------------------------------------------

RecordKey = tuple[str, int]  # (the audit log's record_type, the record's id)
M = TypeVar("M")


def locked(session: Session, model: type[M], record_id: int) -> M | None:
    """The row to change, read afresh and locked until the transaction ends.

    On PostgreSQL (SELECT ... FOR UPDATE) a second save from the same version
    waits for the first and then finds the version it wrote, so of two
    concurrent saves only one passes ``check_version``. SQLite writes one
    transaction at a time and ignores the lock.
    """
    return session.get(model, record_id, with_for_update=True, populate_existing=True)


def check_version(
    session: Session,
    user_id: int,
    current: int,
    expected: int | None,
    record: str,
    keys: Sequence[RecordKey],
    case_id: int | None = None,
) -> None:
    """Refuse a save made from ``expected`` when the record is at ``current`` now.

    ``expected`` None means the caller saves regardless (scripts, the demo).
    The refusal names who changed the record, when and what: the log's
    entries about ``keys`` since that version. Call it on a ``locked`` row.
    """
    if expected is None or current == expected:
        return
    change = last_change(session, user_id, keys, max(1, current - expected))
    number = ""
    if case_id is not None:
        number = session.scalar(select(Case.case_number).where(Case.id == case_id)) or ""
    raise ChangedMeanwhile(record=record, change=change, case_number=number)


def last_change(
    session: Session, user_id: int, keys: Sequence[RecordKey], changes: int = 1
) -> Change | None:
    """Who wrote any of ``keys`` last and when, and the fields of the last ``changes`` writes."""
    if not keys:
        return None
    writes = RECORD_WRITES.c
    rows = session.execute(
        select(writes.user_id, writes.at, writes.detail)
        .where(
            or_(
                *(
                    and_(writes.record_type == kind, writes.record_id == str(key))
                    for kind, key in keys
                )
            )
        )
        .order_by(writes.id.desc())
        .limit(changes)
    ).all()
    if not rows:
        return None
    newest = rows[0]
    name = session.scalar(select(User.display_name).where(User.id == newest.user_id))
    fields = dict.fromkeys(f for row in rows for f in changed_fields(row.detail))
    return Change(name or "?", newest.user_id == user_id, newest.at, tuple(fields))


def changed_fields(detail: str) -> tuple[str, ...]:
    """The fields an audit detail names: "updated: text, entry_date", "status done", "team"."""
    if ":" in detail:
        return tuple(f.strip() for f in detail.split(":", 1)[1].split(",") if f.strip())
    word = detail.split(" ", 1)[0]
    return (word,) if word in FIELD_NAMES else ()


def changes_detail(what: str, fields: Iterable[str]) -> str:
    """The audit detail of a change that names its fields: "updated: text, entry_date"."""
    named = ", ".join(fields)
    return f"{what}: {named}" if named else what


def required_text(field: str, value: str, maximum: int = 10_000) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise FieldError(field, QT_TRANSLATE_NOOP("Errors", "This field must be filled in."))
    if len(cleaned) > maximum:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=maximum),
        )
    return cleaned


def optional_text(field: str, value: str | None, maximum: int = 10_000) -> str | None:
    if value is None or not value.strip():
        return None
    return required_text(field, value, maximum)
