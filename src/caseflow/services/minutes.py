"""Minutes (protokoll): items per case, agreed actions, approval and corrections.

Each change loads the stored minutes into the rules' ``MeetingMinutes``, asks
it for the changed value, and writes the difference; so every rule (item on
the agenda, actions not due before the meeting, approval locks, corrections
of the same case) holds on every path. Agreed actions are stored as
activities of the case's action plan, pointing back to their item.

A case sees only its own items (``case_minutes``): the minutes of a shared
sitting are never shown whole in a case.

Draft minutes count as part of their meeting's version: each change locks the
meeting's row and names the version it was made from, and one made from an
older version is refused (``ChangedMeanwhile``: who changed the meeting or
its minutes, when and what); a refused item's text is kept as a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from caseflow.domain import meetings as rules
from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.errors import InvalidInput
from caseflow.domain.meetings import MinutesStatus
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import audit, case_access, drafts, follow_ups, permissions
from caseflow.services.meetings import (
    MeetingRow,
    _types,
    as_domain,
    case_numbers,
    check_meeting_version,
    display_names,
    load_meeting,
    lock_meeting,
    meeting_written,
    require_open_for_changes,
)
from caseflow.services.permissions import Action
from caseflow.services.validation import ChangedMeanwhile, FieldError, NotFound
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Activity, Meeting, MeetingCase, MinutesItem, User


@dataclass(frozen=True)
class ActionInput:
    what: str
    agency: Agency
    responsible: str
    due: date
    responsible_user_id: int | None = None


@dataclass(frozen=True)
class ItemInput:
    """What the minutes editor gives for one item."""

    case_id: int
    heading: str
    notes: str = ""
    decisions: str = ""
    next_date: date | None = None
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class ActionView:
    id: int
    what: str
    agency: Agency
    responsible: str
    responsible_user_id: int | None
    due: date | None
    status: ActivityStatus


@dataclass(frozen=True)
class ItemView:
    id: int
    number: int
    case_id: int
    case_number: str
    heading: str
    notes: str
    decisions: str
    next_date: date | None
    corrects: int | None
    written_by: str
    written_on: date
    actions: tuple[ActionView, ...]

    def as_input(self) -> ItemInput:
        return ItemInput(
            self.case_id,
            self.heading,
            self.notes,
            self.decisions,
            self.next_date,
            tuple(
                ActionInput(
                    a.what, a.agency, a.responsible, a.due or date.min, a.responsible_user_id
                )
                for a in self.actions
            ),
        )


@dataclass(frozen=True)
class MinutesView:
    meeting_id: int
    version: int
    status: MinutesStatus
    approved_by: str
    approved_on: date | None
    items: tuple[ItemView, ...]

    def for_case(self, case_id: int) -> tuple[ItemView, ...]:
        return tuple(i for i in self.items if i.case_id == case_id)


MAX_TEXT = 20_000
MAX_HEADING = 300
MAX_ACTION_TEXT = 2_000


# --- loading ---------------------------------------------------------------------------


def _item_rows(session: Session, meeting_id: int, case_id: int | None = None) -> list[MinutesItem]:
    query = select(MinutesItem).where(MinutesItem.meeting_id == meeting_id)
    if case_id is not None:
        query = query.where(MinutesItem.case_id == case_id)
    return list(session.scalars(query.order_by(MinutesItem.number)).all())


def _actions_by_item(session: Session, item_ids: Sequence[int]) -> dict[int, list[Activity]]:
    found: dict[int, list[Activity]] = {i: [] for i in item_ids}
    if item_ids:
        for activity in session.scalars(
            select(Activity)
            .where(Activity.minutes_item_id.in_(list(item_ids)))
            .order_by(Activity.id)
        ):
            assert activity.minutes_item_id is not None
            found[activity.minutes_item_id].append(activity)
    return found


def _domain_minutes(
    session: Session, row: Meeting, items: Sequence[MinutesItem] | None = None
) -> rules.MeetingMinutes:
    """The rules' minutes of a stored meeting (``items``: all its item rows, if loaded)."""
    items = _item_rows(session, row.id) if items is None else items
    actions = _actions_by_item(session, [i.id for i in items])
    approved = MinutesStatus(row.minutes_status) is MinutesStatus.APPROVED
    names = display_names(session, [*(i.written_by for i in items), row.approved_by])
    return rules.MeetingMinutes(
        as_domain(session, row, with_invitees=False),
        tuple(
            rules.MinutesItem(
                case_id=i.case_id,
                heading=i.heading,
                notes=i.notes,
                decisions=i.decisions,
                actions=tuple(
                    rules.AgreedAction(
                        a.what,
                        Agency(a.agency),
                        a.responsible_person or "-",
                        a.due_date or row.starts_at.date(),
                        ActivityStatus(a.status),
                    )
                    for a in actions[i.id]
                ),
                next_date=i.next_date,
                number=i.number,
                corrects=i.corrects_number,
                written_by=names.get(i.written_by, "?"),
                written_on=i.written_on,
            )
            for i in items
        ),
        status=MinutesStatus(row.minutes_status),
        approved_by=names.get(row.approved_by, "?") if approved and row.approved_by else "",
        approved_on=row.approved_on if approved else None,
        last_number=row.minutes_last_number,
    )


def _item_views(
    session: Session, items: Sequence[MinutesItem], numbers: dict[int, str] | None = None
) -> tuple[ItemView, ...]:
    """Views of the given items with their agreed actions, in three queries at most."""
    actions = _actions_by_item(session, [i.id for i in items])
    if numbers is None:
        numbers = case_numbers(session, {i.case_id for i in items})
    names = display_names(session, {i.written_by for i in items})
    return tuple(
        ItemView(
            i.id,
            i.number,
            i.case_id,
            numbers[i.case_id],
            i.heading,
            i.notes,
            i.decisions,
            i.next_date,
            i.corrects_number,
            names.get(i.written_by, ""),
            i.written_on,
            tuple(
                ActionView(
                    a.id,
                    a.what,
                    Agency(a.agency),
                    a.responsible_person,
                    a.responsible_user_id,
                    a.due_date,
                    ActivityStatus(a.status),
                )
                for a in actions[i.id]
            ),
        )
        for i in items
    )


def _view(session: Session, row: Meeting, case_id: int | None = None) -> MinutesView:
    approver = display_names(session, [row.approved_by]).get(row.approved_by or 0, "")
    return MinutesView(
        row.id,
        row.version,
        MinutesStatus(row.minutes_status),
        approver,
        row.approved_on,
        _item_views(session, _item_rows(session, row.id, case_id)),
    )


def get_minutes(workspace: Workspace, meeting_id: int, case_id: int | None = None) -> MinutesView:
    """The minutes of a meeting; with ``case_id``, that case's items alone."""
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        return _view(session, load_meeting(session, meeting_id), case_id)


@dataclass(frozen=True)
class CaseMeeting:
    """A meeting a case was on, with the case's own part of the minutes."""

    meeting: MeetingRow
    items: tuple[ItemView, ...]


def case_meetings(workspace: Workspace, case_id: int) -> list[CaseMeeting]:
    """Every meeting about the case, newest first, each with this case's items only.

    A shared sitting's other cases show as a count, never by number: a case's
    file names no other young person's case. A handful of queries whatever
    the number of meetings.
    """
    permissions.require(workspace, Action.READ_CASE)
    permissions.require(workspace, Action.READ_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_case(session, workspace, case_id)
        own = case_numbers(session, [case_id]).get(case_id)
        if own is None:
            raise NotFound()
        rows = list(
            session.scalars(
                select(Meeting)
                .join(MeetingCase, MeetingCase.meeting_id == Meeting.id)
                .where(MeetingCase.case_id == case_id)
                .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            ).all()
        )
        others = dict(
            session.execute(
                select(MeetingCase.meeting_id, func.count())
                .where(
                    MeetingCase.meeting_id.in_([r.id for r in rows]),
                    MeetingCase.case_id != case_id,
                )
                .group_by(MeetingCase.meeting_id)
            ).all()
        )
        items = list(
            session.scalars(
                select(MinutesItem)
                .where(
                    MinutesItem.case_id == case_id,
                    MinutesItem.meeting_id.in_([r.id for r in rows]),
                )
                .order_by(MinutesItem.meeting_id, MinutesItem.number)
            ).all()
        )
        views = _item_views(session, items, {case_id: own})
        by_meeting: dict[int, list[ItemView]] = {r.id: [] for r in rows}
        for item, view in zip(items, views, strict=True):
            by_meeting[item.meeting_id].append(view)
        labels = {t.key: t.label.render() for t in _types(session)}
        return [
            CaseMeeting(
                MeetingRow(
                    r.id,
                    r.starts_at,
                    r.ends_at,
                    r.type_key,
                    labels.get(r.type_key, r.type_key),
                    r.place,
                    (own, f"+{others[r.id]}") if others.get(r.id) else (own,),
                    r.cancelled,
                    MinutesStatus(r.minutes_status),
                ),
                tuple(by_meeting[r.id]),
            )
            for r in rows
        ]


# --- writing ---------------------------------------------------------------------------


def _at_most(text: str, maximum: int) -> None:
    if len(text.strip()) > maximum:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "At most {maximum} characters.").format(maximum=maximum)
        )


def _as_rules_item(item: ItemInput) -> rules.MinutesItem:
    _at_most(item.heading, MAX_HEADING)
    for text in (item.notes, item.decisions):
        _at_most(text, MAX_TEXT)
    for action in item.actions:
        _at_most(action.what, MAX_ACTION_TEXT)
        _at_most(action.responsible, MAX_HEADING)
    return rules.MinutesItem(
        case_id=item.case_id,
        heading=item.heading,
        notes=item.notes,
        decisions=item.decisions,
        next_date=item.next_date,
        actions=tuple(
            rules.AgreedAction(a.what, a.agency, a.responsible, a.due) for a in item.actions
        ),
    )


def _locked_open(session: Session, meeting_id: int) -> Meeting:
    """``require_open_for_changes`` on the meeting's row, locked for the change."""
    lock_meeting(session, meeting_id)
    return require_open_for_changes(session, meeting_id)


def _item_lines(item: ItemInput) -> str:
    """An item's texts as a draft: its heading, notes and decisions, and the actions agreed."""
    parts = [item.heading, item.notes, item.decisions]
    parts += [f"– {a.what} ({a.responsible}, {a.due.isoformat()})" for a in item.actions]
    return "\n\n".join(part for part in parts if part.strip())


def _keep_refused(
    workspace: Workspace,
    conflict: ChangedMeanwhile,
    meeting_id: int,
    number: int | None,
    item: ItemInput,
) -> None:
    what = QT_TRANSLATE_NOOP("Drafts", "Minutes item: {heading}").format(heading=item.heading)
    part = f"item:{number if number is not None else 'new'}"
    drafts.keep_refused(workspace, conflict, meeting_id, what, _item_lines(item), part)


def _check_users(session: Session, item: ItemInput) -> None:
    """Refuse a responsible user who does not exist (rather than fail on the foreign key)."""
    wanted = {a.responsible_user_id for a in item.actions if a.responsible_user_id is not None}
    if wanted:
        known = set(session.scalars(select(User.id).where(User.id.in_(wanted))))
        if wanted - known:
            raise NotFound()


_ActionKey = tuple[str, str, str, date | None]


def _write_item(
    session: Session,
    row: Meeting,
    value: rules.MinutesItem,
    item: ItemInput,
    author_id: int,
    on: date,
    existing: MinutesItem | None = None,
) -> MinutesItem:
    """Store one item and its agreed actions as activities of the item's case.

    An action that stays the same keeps its activity (and the status tracked
    on it since); a changed one is a new activity; one no longer agreed goes.
    """
    stored = existing or MinutesItem(meeting_id=row.id, case_id=value.case_id)
    stored.number = value.number
    stored.heading = value.heading
    stored.notes = value.notes
    stored.decisions = value.decisions
    stored.next_date = value.next_date
    stored.corrects_number = value.corrects
    stored.written_by = author_id
    stored.written_on = on
    if existing is None:
        session.add(stored)
    session.flush()
    kept: dict[_ActionKey, list[Activity]] = {}
    if existing is not None:
        for a in session.scalars(
            select(Activity).where(Activity.minutes_item_id == stored.id).order_by(Activity.id)
        ):
            kept.setdefault((a.what, a.agency, a.responsible_person, a.due_date), []).append(a)
    for action, given in zip(value.actions, item.actions, strict=True):
        key = (action.what, action.agency.value, action.responsible, action.due)
        if kept.get(key):
            kept[key].pop(0).responsible_user_id = given.responsible_user_id
            continue
        session.add(
            Activity(
                case_id=value.case_id,
                goal_id=None,
                minutes_item_id=stored.id,
                what=action.what,
                agency=action.agency.value,
                responsible_person=action.responsible,
                responsible_user_id=given.responsible_user_id,
                due_date=action.due,
                status=ActivityStatus.PLANNED.value,
            )
        )
    for gone in (a for same in kept.values() for a in same):
        session.delete(gone)
    return stored


def start_minutes(workspace: Workspace, meeting_id: int) -> MinutesView:
    """Minutes with one empty item per agenda heading, made once; returns the minutes."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = _locked_open(session, meeting_id)
        started = row.minutes_last_number > 0 or bool(_item_rows(session, row.id))
        if not started and not MinutesStatus(row.minutes_status).is_locked:
            meeting_type = rules.find_meeting_type(_types(session), row.type_key)
            if meeting_type is not None:
                meeting = as_domain(session, row, with_invitees=False)
                minutes = rules.draft_minutes(
                    meeting, rules.build_agenda(meeting_type, meeting.cases)
                )
                today = date.today()
                for value in minutes.items:
                    _write_item(
                        session,
                        row,
                        value,
                        ItemInput(value.case_id, value.heading),
                        workspace.user.id,
                        today,
                    )
                row.minutes_last_number = minutes.last_number
                row.version += 1
                meeting_written(session, workspace, "minutes_started", row.id, ["minutes"])
        return _view(session, row)


def save_item(
    workspace: Workspace,
    meeting_id: int,
    number: int | None,
    item: ItemInput,
    expected_version: int | None = None,
) -> int:
    """Add (``number`` None) or replace an item of draft minutes; returns its number.

    Refused with ``ChangedMeanwhile`` when the meeting is no longer at
    ``expected_version`` (None: whatever it is at); the item's text is then
    kept as a draft.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    value = _as_rules_item(item)
    try:
        return _save_item(workspace, meeting_id, number, item, value, expected_version)
    except ChangedMeanwhile as conflict:
        _keep_refused(workspace, conflict, meeting_id, number, item)
        raise


def _save_item(
    workspace: Workspace,
    meeting_id: int,
    number: int | None,
    item: ItemInput,
    value: rules.MinutesItem,
    expected_version: int | None,
) -> int:
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = _locked_open(session, meeting_id)
        check_meeting_version(session, workspace, row, expected_version)
        _check_users(session, item)
        items = _item_rows(session, row.id)
        minutes = _domain_minutes(session, row, items)
        if number is None:
            changed = minutes.add(value)
            new = changed.items[-1]
            existing = None
        else:
            changed = minutes.replace_item(number, value)
            new = changed.item(number)
            existing = next(i for i in items if i.number == number)
        stored = _write_item(session, row, new, item, workspace.user.id, date.today(), existing)
        row.minutes_last_number = changed.last_number
        row.version += 1
        meeting_written(session, workspace, "minutes_item", stored.id, ["minutes"], stored.case_id)
        return new.number


def remove_item(
    workspace: Workspace, meeting_id: int, number: int, expected_version: int | None = None
) -> None:
    """Remove an item (and the actions it agreed) from draft minutes; its number is not
    given again."""
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = lock_meeting(session, meeting_id)
        check_meeting_version(session, workspace, row, expected_version)
        items = _item_rows(session, row.id)
        minutes = _domain_minutes(session, row, items)
        minutes.remove(number)
        [stored] = [i for i in items if i.number == number]
        # Explicitly rather than by the foreign key's cascade: the session must
        # not go on holding activities the database has deleted.
        session.execute(delete(Activity).where(Activity.minutes_item_id == stored.id))
        audit.written(session, workspace, "minutes_item_removed", stored.id, stored.case_id)
        session.delete(stored)
        row.minutes_last_number = minutes.last_number
        row.version += 1


def approve(
    workspace: Workspace, meeting_id: int, on: date, expected_version: int | None = None
) -> None:
    """Approve (justera) the minutes as the current user; from then on they are locked.

    Empty items are dropped first; next dates agreed for a case set its next
    follow-up.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    if on > date.today():
        raise FieldError("approved_on", QT_TRANSLATE_NOOP("Errors", "The date is in the future."))
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        row = _locked_open(session, meeting_id)
        check_meeting_version(session, workspace, row, expected_version)
        items = _item_rows(session, row.id)
        minutes = _domain_minutes(session, row, items)
        minutes.approve(workspace.user.display_name, on)
        for stored, value in zip(items, minutes.items, strict=True):
            if value.is_empty:
                session.delete(stored)
        session.flush()
        row.minutes_status = MinutesStatus.APPROVED.value
        row.approved_by = workspace.user.id
        row.approved_on = on
        row.minutes_last_number = minutes.last_number
        row.version += 1
        session.flush()
        for case_id in sorted({c.case_id for c in row.cases}):
            follow_ups.refresh_next_follow_up(session, case_id)
            meeting_written(session, workspace, "minutes_approved", row.id, ["approved"], case_id)


def correct(
    workspace: Workspace, meeting_id: int, number: int, item: ItemInput, on: date | None = None
) -> int:
    """Add a correction of item ``number`` to approved minutes; returns its number.

    The corrected item stays as it was; actions the correction agrees become
    activities of their own, and a next date in it counts from now on.
    """
    permissions.require(workspace, Action.MANAGE_MEETINGS)
    value = _as_rules_item(item)
    day = on or date.today()
    if day > date.today():
        raise FieldError("written_on", QT_TRANSLATE_NOOP("Errors", "The date is in the future."))
    with workspace.transaction() as session:
        case_access.require_meeting(session, workspace, meeting_id)
        # Locked: two corrections at once must not take the same number.
        row = lock_meeting(session, meeting_id)
        _check_users(session, item)
        minutes = _domain_minutes(session, row)
        changed = minutes.correct(number, value, workspace.user.display_name, day)
        new = changed.items[-1]
        stored = _write_item(session, row, new, item, workspace.user.id, day)
        audit.written(session, workspace, "minutes_correction", stored.id, stored.case_id)
        # Approval, time and place stay final (the database enforces it); the
        # version is left alone so that a calendar entry is not re-sent.
        row.minutes_last_number = changed.last_number
        session.flush()
        follow_ups.refresh_next_follow_up(session, value.case_id)
        return new.number
