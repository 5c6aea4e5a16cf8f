"""Meetings: booking, the agenda and checklist, invitees, attendance and preparation.

The rules live in ``caseflow.domain.meetings``; this module loads rows into
those values, asks the rules, and writes what they allow. Minutes are in
``services.minutes``, follow-ups in ``services.follow_ups``, the actions
tracker in ``services.actions`` and calendar export in ``services.calendar``.

A meeting names only case numbers; the young people's names stay in their
cases. Everything a participant may hear is gated by consent: recording
attendance asks ``check_attendance`` for every case the participant was
present for, and moving a meeting to another day asks again.

A meeting carries a version that counts changes to its booking, invitees and
minutes. A change made from an older version is refused (``ChangedMeanwhile``:
who changed the meeting, when, and what); what the user typed is kept as a
draft. The meeting's row is locked for each such change (``lock_meeting``),
so that of two concurrent saves on a server only the first passes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from caseflow.domain import meetings as rules
from caseflow.domain.audit import AuditAction
from caseflow.domain.cases import (
    ActivityStatus,
    Agency,
    CaseStatus,
    GoalStatus,
    parse_case_number,
)
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import MeetingTypeDef, MinutesStatus
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, drafts, permissions
from caseflow.services.consent_loading import load_case_consents, party_of
from caseflow.services.permissions import Action
from caseflow.services.validation import (
    FIELD_NAMES,
    ChangedMeanwhile,
    FieldError,
    NotFound,
    changes_detail,
    check_version,
    locked,
)
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Activity,
    Case,
    FollowUp,
    Goal,
    Meeting,
    MeetingAttendance,
    MeetingCase,
    MeetingParticipant,
    MinutesItem,
    Setting,
    User,
)

MEETING_TYPES_KEY = "meeting_types"
PAGE_SIZE = 200
MAX_PLACE = 200
MAX_PARTICIPANT_TEXT = 200
MAX_NOTES = 20_000
_OPEN_ACTIONS = (ActivityStatus.PLANNED.value, ActivityStatus.IN_PROGRESS.value)


# --- configuration -------------------------------------------------------------------


def _types(session: Session) -> tuple[MeetingTypeDef, ...]:
    row = session.get(Setting, MEETING_TYPES_KEY)
    if row is None:
        return rules.default_meeting_types()
    stored = json.loads(row.value)
    return rules.meeting_types_from_config(stored if isinstance(stored, list) else [])


def meeting_types(workspace: Workspace) -> tuple[MeetingTypeDef, ...]:
    """The unit's meeting types: the built-in ones unless an administrator changed them."""
    with workspace.transaction() as session:
        return _types(session)


def _type(session: Session, key: str) -> MeetingTypeDef:
    found = rules.find_meeting_type(_types(session), key)
    if found is None:
        raise FieldError("type", QT_TRANSLATE_NOOP("Errors", "Choose the type of meeting."))
    return found


def type_label(session: Session, key: str) -> str:
    """The type's name in the user's language; an unknown (removed) type shows its key."""
    found = rules.find_meeting_type(_types(session), key)
    return found.label.render() if found is not None else key


# --- values --------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput:
    """An invitee as the editor gives it; ``party_name`` says which school, which unit."""

    name: str
    agency: Agency
    role: str = ""
    party_name: str = ""
    user_id: int | None = None


@dataclass(frozen=True)
class ParticipantView:
    id: int
    name: str
    agency: Agency
    role: str
    party_name: str
    user_id: int | None
    present_for: tuple[int, ...]  # case ids; empty when not (yet) recorded as present

    @property
    def attended(self) -> bool:
        return bool(self.present_for)


@dataclass(frozen=True)
class MeetingRow:
    """A line of a meeting list: no names of young people, only case numbers."""

    id: int
    starts_at: datetime
    ends_at: datetime
    type_key: str
    type_label: str
    place: str
    case_numbers: tuple[str, ...]
    cancelled: bool
    minutes_status: MinutesStatus


@dataclass(frozen=True)
class CaseOnAgenda:
    case_id: int
    case_number: str


@dataclass(frozen=True)
class ChecklistPoint:
    text: str
    done: bool


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    version: int
    type_key: str
    type_label: str
    starts_at: datetime
    ends_at: datetime
    place: str
    cancelled: bool
    cases: tuple[CaseOnAgenda, ...]
    participants: tuple[ParticipantView, ...]
    agenda: tuple[tuple[int, str], ...]  # (case id, heading) in agenda order
    checklist: tuple[ChecklistPoint, ...]
    preparation_notes: str
    minutes_status: MinutesStatus
    approved_by: str
    approved_on: date | None

    @property
    def date(self) -> date:
        return self.starts_at.date()

    @property
    def case_numbers(self) -> tuple[str, ...]:
        return tuple(c.case_number for c in self.cases)


# --- loading ---------------------------------------------------------------------------


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(
        Meeting,
        meeting_id,
        options=[
            selectinload(Meeting.cases),
            selectinload(Meeting.participants).selectinload(MeetingParticipant.present_for),
        ],
    )
    if row is None:
        raise NotFound()
    return row


def lock_meeting(session: Session, meeting_id: int) -> Meeting:
    """``load_meeting``, with the row read afresh and locked for a change (``locked``)."""
    if locked(session, Meeting, meeting_id) is None:
        raise NotFound()
    return load_meeting(session, meeting_id)


# What the audit log calls the writes that change a meeting's version (record id: the meeting).
_MEETING_WRITES = ("meeting", "meeting_invitees", "minutes_started", "minutes_approved")


def check_meeting_version(
    session: Session, workspace: Workspace, row: Meeting, expected_version: int | None
) -> None:
    """Refuse a change made from ``expected_version`` of a meeting that has moved on.

    Who changed it is found among the writes of the meeting and of its
    minutes items.
    """
    if expected_version is None or row.version == expected_version:
        return
    items = session.scalars(select(MinutesItem.id).where(MinutesItem.meeting_id == row.id))
    keys = [(kind, row.id) for kind in _MEETING_WRITES] + [("minutes_item", i) for i in items]
    check_version(session, workspace.user.id, row.version, expected_version, "meeting", keys)


def meeting_written(
    session: Session,
    workspace: Workspace,
    record_type: str,
    record_id: int,
    fields: Sequence[str],
    case_id: int | None = None,
) -> None:
    """Log a change of a meeting or its minutes, naming what changed."""
    audit.log(
        session,
        workspace.user,
        AuditAction.RECORD_WRITTEN,
        case_id=case_id,
        record_type=record_type,
        record_id=record_id,
        detail=changes_detail("updated", fields),
    )


def case_numbers(session: Session, case_ids: Iterable[int]) -> dict[int, str]:
    """Case numbers by case id, in one query."""
    ids = set(case_ids)
    if not ids:
        return {}
    return {
        case_id: number
        for case_id, number in session.execute(
            select(Case.id, Case.case_number).where(Case.id.in_(ids))
        )
    }


def display_names(session: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    """Display names of the given users only (authors, approvers), not of every user."""
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return {
        user_id: name
        for user_id, name in session.execute(
            select(User.id, User.display_name).where(User.id.in_(ids))
        )
    }


def as_domain(
    session: Session,
    row: Meeting,
    numbers: dict[int, str] | None = None,
    *,
    with_invitees: bool = True,
) -> rules.Meeting:
    """The rules' value of a stored meeting (``numbers``: case numbers already loaded)."""
    if numbers is None:
        numbers = case_numbers(session, [c.case_id for c in row.cases])
    return rules.Meeting(
        type_key=row.type_key,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        cases=tuple(
            rules.MeetingCase(c.case_id, parse_case_number(numbers[c.case_id])) for c in row.cases
        ),
        invitees=tuple(_participant(p) for p in row.participants) if with_invitees else (),
        id=row.id,
    )


def _participant(row: MeetingParticipant) -> rules.Participant:
    return rules.Participant(
        row.name, Agency(row.agency), row.role, party_of(row.agency, row.party_name)
    )


def _detail(session: Session, row: Meeting) -> MeetingDetail:
    numbers = case_numbers(session, [c.case_id for c in row.cases])
    meeting_type = rules.find_meeting_type(_types(session), row.type_key)
    cases = tuple(CaseOnAgenda(c.case_id, numbers[c.case_id]) for c in row.cases)
    agenda: tuple[tuple[int, str], ...] = ()
    checklist: tuple[ChecklistPoint, ...] = ()
    if meeting_type is not None:
        agenda = tuple(
            (item.case_id, item.render())
            for item in rules.build_agenda(
                meeting_type,
                [rules.MeetingCase(c.case_id, parse_case_number(c.case_number)) for c in cases],
            )
        )
        done = set(_ticked(row))
        checklist = tuple(
            ChecklistPoint(text.render(), i in done)
            for i, text in enumerate(meeting_type.checklist)
        )
    approver = display_names(session, [row.approved_by]).get(row.approved_by or 0, "")
    return MeetingDetail(
        id=row.id,
        version=row.version,
        type_key=row.type_key,
        type_label=meeting_type.label.render() if meeting_type else row.type_key,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        place=row.place,
        cancelled=row.cancelled,
        cases=cases,
        participants=tuple(
            ParticipantView(
                p.id,
                p.name,
                Agency(p.agency),
                p.role,
                p.party_name,
                p.user_id,
                _present_for(row, p),
            )
            for p in row.participants
        ),
        agenda=agenda,
        checklist=checklist,
        preparation_notes=row.preparation_notes,
        minutes_status=MinutesStatus(row.minutes_status),
        approved_by=approver,
        approved_on=row.approved_on,
    )


def _present_for(row: Meeting, participant: MeetingParticipant) -> tuple[int, ...]:
    """The cases a participant was present for, in agenda order."""
    present = {a.case_id for a in participant.present_for}
    return tuple(c.case_id for c in row.cases if c.case_id in present)


def _ticked(row: Meeting) -> list[int]:
    try:
        value = json.loads(row.checklist_done)
    except ValueError:
        return []
    return [i for i in value if isinstance(i, int)] if isinstance(value, list) else []


def get_meeting(workspace: Workspace, meeting_id: int) -> MeetingDetail:
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        return _detail(session, load_meeting(session, meeting_id))


# --- listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingFilter:
    """What the Möten area shows: a period, one type, one case, cancelled or not."""

    from_date: date | None = None
    to_date: date | None = None
    type_key: str | None = None
    case_id: int | None = None
    include_cancelled: bool = True
    newest_first: bool = False


def _filtered(query: Select[Any], f: MeetingFilter) -> Select[Any]:
    if f.from_date is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(f.from_date, datetime.min.time()))
    if f.to_date is not None:
        # The whole last day counts: everything that starts before the next one.
        next_day = datetime.combine(f.to_date + timedelta(days=1), datetime.min.time())
        query = query.where(Meeting.starts_at < next_day)
    if f.type_key:
        query = query.where(Meeting.type_key == f.type_key)
    if f.case_id is not None:
        query = query.where(
            Meeting.id.in_(select(MeetingCase.meeting_id).where(MeetingCase.case_id == f.case_id))
        )
    if not f.include_cancelled:
        query = query.where(Meeting.cancelled.is_(False))
    return query


def _visible(workspace: Workspace, query: Select[Any]) -> Select[Any]:
    visible = case_access.visible_meeting_ids(workspace)
    return query if visible is None else query.where(Meeting.id.in_(visible))


def list_meetings(
    workspace: Workspace,
    meeting_filter: MeetingFilter = MeetingFilter(),
    limit: int = PAGE_SIZE,
    offset: int = 0,
) -> list[MeetingRow]:
    """One page of meetings in date order (oldest first unless ``newest_first``)."""
    permissions.require(workspace, Action.READ_MEETINGS)
    order = (
        (Meeting.starts_at.desc(), Meeting.id.desc())
        if meeting_filter.newest_first
        else (Meeting.starts_at, Meeting.id)
    )
    with workspace.transaction() as session:
        query = _visible(workspace, _filtered(select(Meeting), meeting_filter))
        rows = session.scalars(query.order_by(*order).limit(limit).offset(offset)).all()
        return _rows(session, list(rows))


def count_meetings(workspace: Workspace, meeting_filter: MeetingFilter = MeetingFilter()) -> int:
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        query = _visible(workspace, _filtered(select(Meeting.id), meeting_filter)).subquery()
        return session.scalar(select(func.count()).select_from(query)) or 0


def _rows(session: Session, rows: Sequence[Meeting]) -> list[MeetingRow]:
    ids = [r.id for r in rows]
    numbers: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        for meeting_id, number in session.execute(
            select(MeetingCase.meeting_id, Case.case_number)
            .join(Case, Case.id == MeetingCase.case_id)
            .where(MeetingCase.meeting_id.in_(ids))
            .order_by(MeetingCase.meeting_id, MeetingCase.position)
        ):
            numbers[meeting_id].append(number)
    labels = {t.key: t.label.render() for t in _types(session)}
    return [
        MeetingRow(
            r.id,
            r.starts_at,
            r.ends_at,
            r.type_key,
            labels.get(r.type_key, r.type_key),
            r.place,
            tuple(numbers[r.id]),
            r.cancelled,
            MinutesStatus(r.minutes_status),
        )
        for r in rows
    ]


# --- booking ---------------------------------------------------------------------------


def _check_cases(
    session: Session, case_ids: Sequence[int], already: Iterable[int] = ()
) -> list[int]:
    """The case ids once each; a closed case may stay on the agenda but not be added."""
    unique = list(dict.fromkeys(case_ids))
    found = {
        case_id: status
        for case_id, status in session.execute(
            select(Case.id, Case.status).where(Case.id.in_(unique))
        )
    }
    if len(found) != len(unique):
        raise NotFound()
    kept = set(already)
    if any(
        status == CaseStatus.CLOSED.value and case_id not in kept
        for case_id, status in found.items()
    ):
        raise FieldError(
            "cases",
            QT_TRANSLATE_NOOP("Errors", "A closed case cannot be put on a meeting's agenda."),
        )
    return unique


def _at_most(field: str, text: str, maximum: int) -> None:
    if len(text.strip()) > maximum:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=maximum),
        )


def _checked_invitees(
    session: Session, invitees: Iterable[ParticipantInput]
) -> list[rules.Participant]:
    """The invitees as the rules' values; refused when a field is too long or a user unknown."""
    given = list(invitees)
    for p in given:
        for field, text in (("name", p.name), ("role", p.role), ("party", p.party_name)):
            _at_most(field, text, MAX_PARTICIPANT_TEXT)
    user_ids = {p.user_id for p in given if p.user_id is not None}
    if user_ids:
        known = set(session.scalars(select(User.id).where(User.id.in_(user_ids))))
        if user_ids - known:
            raise NotFound()
    return [
        rules.Participant(p.name, p.agency, p.role, party_of(p.agency.value, p.party_name))
        for p in given
    ]


def _validated(
    session: Session,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
    invitees: Sequence[ParticipantInput],
    already: Iterable[int] = (),
) -> rules.Meeting:
    _type(session, type_key)
    unique = _check_cases(session, case_ids, already) if case_ids else []
    numbers = case_numbers(session, unique)
    _at_most("place", place, MAX_PLACE)
    return rules.Meeting(
        type_key=type_key,
        starts_at=starts_at.replace(second=0, microsecond=0),
        ends_at=ends_at.replace(second=0, microsecond=0),
        place=place,
        cases=tuple(rules.MeetingCase(i, parse_case_number(numbers[i])) for i in unique),
        invitees=tuple(_checked_invitees(session, invitees)),
    )


def create_meeting(
    workspace: Workspace,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
    invitees: Sequence[ParticipantInput] = (),
) -> int:
    """Book a meeting about one or more open cases; returns its id."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        for case_id in dict.fromkeys(case_ids):
            case_access.require_case(session, workspace, case_id)
        value = _validated(session, type_key, starts_at, ends_at, place, case_ids, invitees)
        row = Meeting(
            type_key=value.type_key,
            starts_at=value.starts_at,
            ends_at=value.ends_at,
            place=value.place,
            organiser_id=workspace.user.id,
            checklist_done="[]",
            preparation_notes="",
            minutes_status=MinutesStatus.DRAFT.value,
            minutes_last_number=0,
            cancelled=False,
            version=1,
        )
        row.cases = [MeetingCase(case_id=c.case_id, position=i) for i, c in enumerate(value.cases)]
        row.participants = [_participant_row(p) for p in invitees]
        session.add(row)
        session.flush()
        audit.written(session, workspace, "meeting", row.id)
        return row.id


def _participant_row(p: ParticipantInput) -> MeetingParticipant:
    return MeetingParticipant(
        name=" ".join(p.name.split()),
        agency=p.agency.value,
        role=" ".join(p.role.split()),
        party_name=" ".join(p.party_name.split()),
        user_id=p.user_id,
    )


def _editable(
    session: Session, workspace: Workspace, row: Meeting, expected_version: int | None
) -> None:
    check_meeting_version(session, workspace, row, expected_version)
    if MinutesStatus(row.minutes_status).is_locked:
        raise rules.MinutesLocked()


def _keep_refused(
    workspace: Workspace, conflict: ChangedMeanwhile, meeting_id: int, lines: str
) -> None:
    drafts.keep_refused(
        workspace, conflict, meeting_id, QT_TRANSLATE_NOOP("Drafts", "Meeting booking"), lines
    )


def update_meeting(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
) -> None:
    """Change a meeting's type, time, place or cases while its minutes are a draft.

    A case whose minutes items say something cannot be taken off the agenda:
    its part of the minutes would lose its meeting (its empty headings go with
    it). A case added once the minutes are started gets the type's headings.
    Moved to another day, the meeting keeps only the attendance that consent
    covers on the new date, and must stay before the dates its minutes agreed.
    Refused with ``ChangedMeanwhile`` when the meeting is no longer at
    ``expected_version``; the place and time typed are then kept as a draft.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    try:
        _update_meeting(
            workspace, meeting_id, expected_version, type_key, starts_at, ends_at, place, case_ids
        )
    except ChangedMeanwhile as conflict:
        lines = drafts.field_lines(
            (
                (FIELD_NAMES["place"], place),
                (FIELD_NAMES["time"], _local_span(starts_at, ends_at)),
            )
        )
        _keep_refused(workspace, conflict, meeting_id, lines)
        raise


def _update_meeting(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    type_key: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    case_ids: Sequence[int],
) -> None:
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = lock_meeting(session, meeting_id)
        _editable(session, workspace, row, expected_version)
        before = _booking_of(row)
        old_cases = [c.case_id for c in row.cases]
        keep_invitees = [_input_of(p) for p in row.participants]
        value = _validated(
            session, type_key, starts_at, ends_at, place, case_ids, keep_invitees, old_cases
        )
        items = list(session.scalars(select(MinutesItem).where(MinutesItem.meeting_id == row.id)))
        with_actions = _items_with_actions(session, [i.id for i in items])
        dropped = set(old_cases) - set(value.case_ids)
        if any(_says_something(i, with_actions) for i in items if i.case_id in dropped):
            raise FieldError(
                "cases",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Minutes are already written for a case you took off the agenda: "
                    "remove its items first.",
                ),
            )
        if value.date != row.starts_at.date():
            _check_agreed_dates(session, items, value.date)
        for item in items:
            if item.case_id in dropped:
                session.delete(item)
        if items:
            added = [c for c in value.cases if c.case_id not in old_cases]
            row.minutes_last_number = max(row.minutes_last_number, *(i.number for i in items))
            _add_headings(session, row, _type(session, value.type_key), added, workspace.user.id)
        moved = value.date != row.starts_at.date()
        row.type_key = value.type_key
        row.starts_at = value.starts_at
        row.ends_at = value.ends_at
        row.place = value.place
        old = {c.case_id: c for c in row.cases}
        row.cases = [
            old.get(c.case_id) or MeetingCase(case_id=c.case_id, position=i)
            for i, c in enumerate(value.cases)
        ]
        for i, c in enumerate(row.cases):
            c.position = i
        _keep_attendance(session, row, value, recheck=moved)
        row.version += 1
        after = _booking_of(row)
        fields = [f for f, a, b in zip(_BOOKING_FIELDS, before, after, strict=True) if a != b]
        meeting_written(session, workspace, "meeting", row.id, fields)


_BOOKING_FIELDS = ("meeting_type", "time", "place", "cases")


def _local_span(starts_at: datetime, ends_at: datetime) -> str:
    return f"{starts_at.astimezone():%Y-%m-%d %H:%M}–{ends_at.astimezone():%H:%M}"


def _booking_of(row: Meeting) -> tuple[object, ...]:
    return (
        row.type_key,
        (row.starts_at, row.ends_at),
        row.place,
        [(c.case_id, c.position) for c in row.cases],
    )


def _items_with_actions(session: Session, item_ids: Sequence[int]) -> set[int]:
    if not item_ids:
        return set()
    found = session.scalars(
        select(Activity.minutes_item_id).where(Activity.minutes_item_id.in_(item_ids))
    )
    return {item_id for item_id in found if item_id is not None}


def _says_something(item: MinutesItem, with_actions: set[int]) -> bool:
    return bool(item.notes or item.decisions or item.next_date or item.id in with_actions)


def _check_agreed_dates(session: Session, items: Sequence[MinutesItem], new_date: date) -> None:
    """Refuse a new meeting date on or after a date its minutes already agreed."""
    too_late = any(i.next_date is not None and i.next_date <= new_date for i in items)
    if not too_late and items:
        too_late = (
            session.scalar(
                select(func.count())
                .select_from(Activity)
                .where(
                    Activity.minutes_item_id.in_([i.id for i in items]),
                    Activity.due_date < new_date,
                )
            )
            or 0
        ) > 0
    if too_late:
        raise FieldError(
            "starts_at",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The minutes already agree actions or a next date before the new meeting "
                "date: change them first.",
            ),
        )


def _add_headings(
    session: Session,
    row: Meeting,
    meeting_type: MeetingTypeDef,
    cases: Sequence[rules.MeetingCase],
    author_id: int,
) -> None:
    """Empty items under the type's headings for cases added to started minutes."""
    today = date.today()
    for case in cases:
        for heading in meeting_type.agenda_template:
            row.minutes_last_number += 1
            session.add(
                MinutesItem(
                    meeting_id=row.id,
                    case_id=case.case_id,
                    number=row.minutes_last_number,
                    heading=heading.render(),
                    notes="",
                    decisions="",
                    written_by=author_id,
                    written_on=today,
                )
            )


def _keep_attendance(session: Session, row: Meeting, value: rules.Meeting, recheck: bool) -> None:
    """Drop attendance for cases off the agenda and, when ``recheck``, not covered any more."""
    on_agenda = set(value.case_ids)
    present = {p.id: [a for a in p.present_for if a.case_id in on_agenda] for p in row.participants}
    if recheck:
        ids = {a.case_id for kept in present.values() for a in kept}
        consents = load_case_consents(session, select(Case.id).where(Case.id.in_(ids)))
        for participant in row.participants:
            party = _participant(participant)
            present[participant.id] = [
                a
                for a in present[participant.id]
                if rules.participation_coverage(party, consents[a.case_id], value.date).covered
            ]
    for participant in row.participants:
        if len(present[participant.id]) != len(participant.present_for):
            participant.present_for = present[participant.id]


def _input_of(row: MeetingParticipant) -> ParticipantInput:
    return ParticipantInput(row.name, Agency(row.agency), row.role, row.party_name, row.user_id)


def set_invitees(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    invitees: Sequence[tuple[int | None, ParticipantInput]],
) -> None:
    """Replace the invitee list: ``(id, values)`` keeps an existing invitee (and its
    attendance, unless the party changed), ``(None, values)`` adds one; anyone left
    out is removed. Refused with ``ChangedMeanwhile`` when the meeting is no longer at
    ``expected_version``; the invitees typed are then kept as a draft."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    try:
        _set_invitees(workspace, meeting_id, expected_version, invitees)
    except ChangedMeanwhile as conflict:
        lines = "\n".join(
            " – ".join(part for part in (p.name, p.role, p.party_name) if part.strip())
            for _, p in invitees
        )
        _keep_refused(workspace, conflict, meeting_id, lines)
        raise


def _set_invitees(
    workspace: Workspace,
    meeting_id: int,
    expected_version: int,
    invitees: Sequence[tuple[int | None, ParticipantInput]],
) -> None:
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = lock_meeting(session, meeting_id)
        _editable(session, workspace, row, expected_version)
        checked = _checked_invitees(session, [p for _, p in invitees])
        existing = {p.id: p for p in row.participants}
        kept: list[MeetingParticipant] = []
        for (participant_id, p), party in zip(invitees, checked, strict=True):
            if participant_id is None:
                kept.append(_participant_row(p))
                continue
            current = existing.pop(participant_id, None)
            if current is None:
                raise NotFound()  # not an invitee of this meeting (or given twice)
            if _participant(current).party != party.party:
                # Consent was checked for the old party: attendance must be recorded anew.
                current.present_for = []
            fresh = _participant_row(p)
            current.name, current.agency, current.role = fresh.name, fresh.agency, fresh.role
            current.party_name, current.user_id = fresh.party_name, fresh.user_id
            kept.append(current)
        row.participants = kept
        row.version += 1
        meeting_written(session, workspace, "meeting_invitees", row.id, ["invitees"])


def cancel_meeting(workspace: Workspace, meeting_id: int, cancelled: bool = True) -> None:
    """Cancel (or reinstate) a meeting; its calendar entry is cancelled on the next export."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = lock_meeting(session, meeting_id)
        if MinutesStatus(row.minutes_status).is_locked:
            raise rules.MinutesLocked()
        if row.cancelled != cancelled:
            row.cancelled = cancelled
            row.version += 1
            meeting_written(session, workspace, "meeting", row.id, ["cancelled"])


def save_preparation(
    workspace: Workspace, meeting_id: int, checklist_done: Sequence[int], notes: str
) -> None:
    """Store the ticked checklist points and the field assistant's own preparation notes.

    The meeting's version is left alone: preparing changes nothing a calendar
    or the meeting editor shows.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    if len(notes) > MAX_NOTES:
        raise FieldError(
            "notes",
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=MAX_NOTES),
        )
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = load_meeting(session, meeting_id)
        meeting_type = _type(session, row.type_key)
        points = sorted({i for i in checklist_done if 0 <= i < len(meeting_type.checklist)})
        row.checklist_done = json.dumps(points)
        row.preparation_notes = notes.strip()
        audit.written(session, workspace, "meeting_preparation", row.id)


# --- attendance ------------------------------------------------------------------------


def record_attendance(
    workspace: Workspace, meeting_id: int, participant_id: int, case_ids: Sequence[int]
) -> None:
    """Record that a participant was present for ``case_ids`` (empty: was not present).

    Refused with ``ParticipantNotCovered`` (saying why, per case) unless the
    participant's party is covered by consent or a recorded legal ground on
    the meeting date for every one of those cases. A cancelled meeting had
    nobody present.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = require_open_for_changes(session, meeting_id)
        if MinutesStatus(row.minutes_status).is_locked:
            raise rules.MinutesLocked()
        participant = next((p for p in row.participants if p.id == participant_id), None)
        if participant is None:
            raise NotFound()
        ids: tuple[int, ...] = ()
        if case_ids:
            meeting = as_domain(session, row, with_invitees=False)
            present = rules.attendance(meeting, _participant(participant), case_ids)
            consents = load_case_consents(
                session, select(Case.id).where(Case.id.in_(present.case_ids))
            )
            rules.check_attendance(meeting, present, consents)
            ids = present.case_ids
        # Rows already there stay; only the difference is written.
        current = {a.case_id: a for a in participant.present_for}
        participant.present_for = [current.get(i) or MeetingAttendance(case_id=i) for i in ids]
        for case_id in ids:
            audit.written(session, workspace, "meeting_attendance", participant.id, case_id)


# --- preparation -----------------------------------------------------------------------


@dataclass(frozen=True)
class TrackedAction:
    """An open or settled action of a case, as the preparation summary counts it."""

    id: int
    what: str
    agency: Agency
    responsible: str
    due: date | None
    status: ActivityStatus


def preparation(
    workspace: Workspace, meeting_id: int
) -> list[rules.PreparationSummary[TrackedAction]]:
    """Per case on the agenda: open actions, goals, follow-ups, every invitee's coverage."""
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = load_meeting(session, meeting_id)
        meeting = as_domain(session, row)
        ids = list(meeting.case_ids)
        consents = load_case_consents(session, select(Case.id).where(Case.id.in_(ids)))
        actions: dict[int, list[TrackedAction]] = {i: [] for i in ids}
        # Settled actions are left out here already: a long case has many.
        for a in session.scalars(
            select(Activity)
            .where(Activity.case_id.in_(ids), Activity.status.in_(_OPEN_ACTIONS))
            .order_by(Activity.due_date, Activity.id)
        ):
            actions[a.case_id].append(
                TrackedAction(
                    a.id,
                    a.what,
                    Agency(a.agency),
                    a.responsible_person,
                    a.due_date,
                    ActivityStatus(a.status),
                )
            )
        goals: dict[int, list[rules.GoalSummary]] = {i: [] for i in ids}
        for g in session.scalars(select(Goal).where(Goal.case_id.in_(ids)).order_by(Goal.id)):
            goals[g.case_id].append(rules.GoalSummary(g.text, GoalStatus(g.status), g.target_date))
        last_held: dict[int, list[date]] = {i: [] for i in ids}
        # Only the last follow-up on or before the meeting date counts.
        for case_id, day in session.execute(
            select(FollowUp.case_id, func.max(FollowUp.held_on))
            .where(FollowUp.case_id.in_(ids), FollowUp.held_on <= meeting.date)
            .group_by(FollowUp.case_id)
        ):
            last_held[case_id].append(day)
        return [
            rules.preparation_summary(
                case,
                meeting.date,
                actions=actions[case.case_id],
                goals=goals[case.case_id],
                follow_ups_held=last_held[case.case_id],
                invitees=meeting.invitees,
                consents=consents[case.case_id],
            )
            for case in meeting.cases
        ]


def require_open_for_changes(session: Session, meeting_id: int) -> Meeting:
    """The meeting row, refused when it is cancelled (nothing is minuted for it)."""
    row = load_meeting(session, meeting_id)
    if row.cancelled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The meeting is cancelled: reinstate it first.")
        )
    return row
