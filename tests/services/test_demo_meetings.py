"""Demo meetings: sittings, attendance, minutes, agreed actions and follow-ups.

One small demo database (40 cases, a fixed "today") is generated per module
through ``services.demo``; the rows are read back with plain SQL and checked
against the meeting and consent rules, and through the services the app uses
(``minutes.case_meetings``, ``actions.list_actions``, ``follow_ups``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from caseflow.domain import meetings as rules
from caseflow.domain.accounts import Role
from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus, parse_case_number
from caseflow.domain.meetings import MeetingType, MinutesStatus
from caseflow.services import access, actions, cases, demo, follow_ups, meetings, minutes
from caseflow.services.consent_loading import load_case_consents, party_of
from caseflow.services.workspace import Workspace
from caseflow.storage.models import Case

CASES = 40
SEED = 5
TODAY = date(2026, 6, 15)  # fixed, so that the same data is checked on any day
PASSPHRASE = demo.DEMO_PASSPHRASE
TABLES = {
    "meetings": "id",
    "meeting_cases": "meeting_id, case_id",
    "meeting_participants": "id",
    "meeting_attendance": "participant_id, case_id",
    "minutes_items": "id",
    "follow_ups": "id",
    "activities": "id",
    "goal_status_records": "id",
    "cases": "id",
}
OPEN = ("active", "follow_up")


def _make(path: Path, seed: int = SEED) -> demo.DemoResult:
    return demo.create_or_fill(path, cases=CASES, seed=seed, fast_kdf=True, today=TODAY)


def _rows(path: Path, sql: str) -> list[Any]:
    workspace = access.unlock(path, "socsek", PASSPHRASE)
    try:
        with workspace.transaction() as session:
            return list(session.execute(text(sql)).all())
    finally:
        workspace.lock()


def _snapshot(path: Path) -> dict[str, list[Any]]:
    return {
        table: _rows(path, f"SELECT * FROM {table} ORDER BY {order}")
        for table, order in TABLES.items()
    }


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo_meetings") / "demo.caseflow"
    result = _make(path)
    assert result.meetings_added > CASES
    return path


@pytest.fixture
def worker(demo_db: Path) -> Iterator[Workspace]:
    workspace = access.unlock(demo_db, "socsek", PASSPHRASE)
    yield workspace
    workspace.lock()


@pytest.fixture(scope="module")
def held(demo_db: Path) -> list[Any]:
    """Meetings held (not cancelled, not ahead): id, type, start, end, status, by, on."""
    return _rows(
        demo_db,
        "SELECT id, type_key, starts_at, ends_at, minutes_status, approved_by, approved_on "
        f"FROM meetings WHERE NOT cancelled AND starts_at < '{TODAY + timedelta(days=1)}'",
    )


@pytest.fixture(scope="module")
def agenda(demo_db: Path) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for meeting_id, case_id in _rows(
        demo_db, "SELECT meeting_id, case_id FROM meeting_cases ORDER BY meeting_id, position"
    ):
        found[meeting_id].append(case_id)
    return found


# --- reproducible -------------------------------------------------------------------


def test_same_seed_gives_identical_meeting_rows(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.caseflow"
    _make(again)
    assert _snapshot(again) == _snapshot(demo_db)


def test_another_seed_gives_other_meetings(demo_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.caseflow"
    _make(other, seed=SEED + 1)
    sql = "SELECT starts_at, place FROM meetings ORDER BY id"
    assert _rows(other, sql) != _rows(demo_db, sql)


# --- meetings -----------------------------------------------------------------------


def test_meetings_span_the_three_years_and_some_are_ahead(demo_db: Path) -> None:
    rows = _rows(demo_db, "SELECT starts_at, cancelled, minutes_status FROM meetings")
    days = [_day(starts) for starts, _, _ in rows]
    for years_back in range(3):
        end = TODAY - timedelta(days=365 * years_back)
        assert any(end - timedelta(days=365) < d <= end for d in days), years_back
    ahead = [row for row, d in zip(rows, days, strict=True) if d > TODAY]
    assert ahead and all(status == "draft" and not cancelled for _, cancelled, status in ahead)
    assert any(cancelled for _, cancelled, _ in rows)
    types = {key for (key,) in _rows(demo_db, "SELECT DISTINCT type_key FROM meetings")}
    assert types <= {t.key for t in rules.default_meeting_types()}
    assert {MeetingType.SSPF.value, MeetingType.SIG.value} <= types


def test_times_are_office_hours_on_weekdays(demo_db: Path) -> None:
    rows = _rows(demo_db, "SELECT starts_at, ends_at, place, version FROM meetings")
    for starts, ends, place, version in rows:
        start, end = datetime.fromisoformat(starts), datetime.fromisoformat(ends)
        assert start.tzinfo is None and start.weekday() < 5
        assert time(8) <= start.time() and end.time() <= time(17, 30) and start < end
        assert start.date() == end.date() and place and version == 1


def test_shared_sspf_sittings_hold_two_to_four_active_sspf_cases(
    demo_db: Path, agenda: dict[int, list[int]], held: list[Any]
) -> None:
    cases = {
        case_id: (programme, closed_on)
        for case_id, programme, closed_on in _rows(
            demo_db, "SELECT id, programme, closed_on FROM cases"
        )
    }
    active_since = {
        case_id: _day(on)
        for case_id, on in _rows(
            demo_db,
            "SELECT case_id, min(changed_on) FROM case_status_changes "
            "WHERE to_status = 'active' GROUP BY case_id",
        )
    }
    items = defaultdict(set)
    for meeting_id, case_id in _rows(demo_db, "SELECT meeting_id, case_id FROM minutes_items"):
        assert case_id in agenda[meeting_id], "every item is about a case on the agenda"
        items[meeting_id].add(case_id)
    shared_with_items = 0
    for meeting_id, type_key, starts, *_ in held:
        on_agenda = agenda[meeting_id]
        assert len(on_agenda) == len(set(on_agenda))
        if len(on_agenda) == 1:
            continue
        assert type_key == MeetingType.SSPF.value and len(on_agenda) <= 4
        for case_id in on_agenda:
            programme, closed_on = cases[case_id]
            assert programme == "SSPF"
            assert active_since[case_id] <= _day(starts)
            assert closed_on is None or _day(starts) < _day(closed_on)
        shared_with_items += len(items[meeting_id]) >= 2
    assert shared_with_items >= 1


def test_attendance_only_for_parties_covered_on_the_meeting_date(
    demo_db: Path, agenda: dict[int, list[int]], held: list[Any]
) -> None:
    workspace = access.unlock(demo_db, "socsek", PASSPHRASE)
    try:
        with workspace.transaction() as session:
            consents = load_case_consents(session, select(Case.id))
            participants = session.execute(
                text(
                    "SELECT p.id, p.meeting_id, p.name, p.agency, p.role, p.party_name, "
                    "m.starts_at FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id"
                )
            ).all()
            present = {
                (participant_id, case_id)
                for participant_id, case_id in session.execute(
                    text("SELECT participant_id, case_id FROM meeting_attendance")
                )
            }
    finally:
        workspace.lock()
    held_ids = {row[0] for row in held}
    recorded = uncovered = 0
    for participant_id, meeting_id, name, agency, role, party_name, starts in participants:
        participant = rules.Participant(name, Agency(agency), role, party_of(agency, party_name))
        for case_id in agenda[meeting_id]:
            cover = rules.participation_coverage(participant, consents[case_id], _day(starts))
            if (participant_id, case_id) in present:
                assert meeting_id in held_ids, "attendance only at meetings held"
                rules.check_participation(participant, consents[case_id], _day(starts))
                recorded += 1
            elif meeting_id in held_ids and not cover.covered:
                uncovered += 1
    assert recorded > CASES
    assert uncovered > 0, "some invitees were not covered and are not recorded as present"
    assert {case_id for _, case_id in present} <= {c for ids in agenda.values() for c in ids}


# --- minutes -------------------------------------------------------------------------


def test_minutes_are_approved_by_a_social_worker_after_the_meeting(
    demo_db: Path, held: list[Any]
) -> None:
    social_workers = {
        user_id
        for (user_id,) in _rows(
            demo_db, f"SELECT id FROM users WHERE role = '{Role.SOCIAL_WORKER.value}'"
        )
    }
    approved = 0
    for _, _, starts, _, status, approved_by, approved_on in held:
        if status == MinutesStatus.APPROVED.value:
            approved += 1
            assert approved_by in social_workers
            assert _day(starts) <= _day(approved_on) <= TODAY
        else:
            assert approved_by is None and approved_on is None
            assert _day(starts) >= TODAY - timedelta(days=5), "only recent minutes are drafts"
    assert approved >= 0.9 * len(held)
    others = _rows(
        demo_db,
        "SELECT m.id FROM meetings m WHERE (m.cancelled OR m.starts_at > "
        f"'{TODAY + timedelta(days=1)}') AND (m.minutes_status != 'draft' OR EXISTS "
        "(SELECT 1 FROM minutes_items i WHERE i.meeting_id = m.id) OR EXISTS (SELECT 1 FROM "
        "meeting_participants p JOIN meeting_attendance a ON a.participant_id = p.id "
        "WHERE p.meeting_id = m.id))",
    )
    assert others == [], "cancelled and future meetings have no minutes and no attendance"


def test_minutes_keep_the_rules_of_minutes(
    demo_db: Path, agenda: dict[int, list[int]], held: list[Any]
) -> None:
    numbers = dict(_rows(demo_db, "SELECT id, case_number FROM cases"))
    names = dict(_rows(demo_db, "SELECT id, display_name FROM users"))
    items: dict[int, list[Any]] = defaultdict(list)
    for row in _rows(
        demo_db,
        "SELECT meeting_id, id, case_id, number, heading, notes, decisions, next_date, "
        "corrects_number, written_by, written_on FROM minutes_items ORDER BY number",
    ):
        items[row[0]].append(row[1:])
    agreed: dict[int, list[Any]] = defaultdict(list)
    for item_id, case_id, goal_id, what, agency, person, due, status in _rows(
        demo_db,
        "SELECT minutes_item_id, case_id, goal_id, what, agency, responsible_person, due_date, "
        "status FROM activities WHERE minutes_item_id IS NOT NULL",
    ):
        assert goal_id is None
        agreed[item_id].append((case_id, what, agency, person, _day(due), status))
    with_next = 0
    for meeting_id, type_key, starts, ends, status, approved_by, approved_on in held:
        meeting = rules.Meeting(
            type_key,
            datetime.fromisoformat(starts),
            datetime.fromisoformat(ends),
            "place",
            tuple(rules.MeetingCase(c, parse_case_number(numbers[c])) for c in agenda[meeting_id]),
        )
        written = []
        for (
            item_id,
            case_id,
            number,
            heading,
            notes,
            decisions,
            next_date,
            corrects,
            by,
            on,
        ) in items[meeting_id]:
            actions_ = []
            for action_case, what, agency, person, due, action_status in agreed[item_id]:
                assert action_case == case_id, "an action belongs to its item's case"
                action = rules.AgreedAction(
                    what, Agency(agency), person, due, ActivityStatus(action_status)
                )
                action.check_due(meeting.date)
                actions_.append(action)
            item = rules.MinutesItem(
                case_id, heading, notes, decisions, tuple(actions_),
                _day(next_date) if next_date else None, number, corrects, names[by], _day(on),
            )  # fmt: skip
            assert not item.is_empty
            if item.next_date is not None:
                assert item.next_date > meeting.date
                with_next += 1
            written.append(item)
        approved = status == MinutesStatus.APPROVED.value
        # The rules' own value checks numbers, agenda, corrections and approval.
        rules.MeetingMinutes(
            meeting,
            tuple(written),
            MinutesStatus(status),
            names[approved_by] if approved else "",
            _day(approved_on) if approved else None,
        )
        assert written or not approved
    assert with_next > len(held) // 2


def test_agreed_actions_are_mostly_done_some_overdue_some_ahead(demo_db: Path) -> None:
    rows = _rows(
        demo_db,
        "SELECT a.due_date, a.status, c.status FROM activities a JOIN cases c ON c.id = a.case_id "
        "WHERE a.minutes_item_id IS NOT NULL",
    )
    open_ = (ActivityStatus.PLANNED.value, ActivityStatus.IN_PROGRESS.value)
    past = [status for due, status, _ in rows if _day(due) < TODAY]
    overdue = [r for r in rows if _day(r[0]) < TODAY and r[1] in open_ and r[2] in OPEN]
    ahead = [r for r in rows if _day(r[0]) >= TODAY and r[1] in open_]
    assert past.count(ActivityStatus.DONE.value) > len(past) / 2
    assert overdue and ahead
    closed = [status for _, status, case_status in rows if case_status == "closed"]
    assert closed and not set(closed) & set(open_), "a closed case has nothing left open"


# --- follow-ups ---------------------------------------------------------------------


def test_follow_ups_record_an_assessment_and_every_open_goal(
    demo_db: Path, agenda: dict[int, list[int]]
) -> None:
    follow_up_rows = _rows(
        demo_db,
        "SELECT f.id, f.case_id, f.held_on, f.meeting_id, f.assessment_id, f.summary, "
        "a.case_id, a.assessed_on, (SELECT count(*) FROM assessment_factors x "
        "WHERE x.assessment_id = a.id), m.starts_at FROM follow_ups f "
        "JOIN assessments a ON a.id = f.assessment_id LEFT JOIN meetings m ON m.id = f.meeting_id",
    )
    assert len(follow_up_rows) > CASES
    records: dict[int, list[Any]] = defaultdict(list)
    for goal_id, recorded_on, status, follow_up_id in _rows(
        demo_db,
        "SELECT goal_id, recorded_on, status, follow_up_id FROM goal_status_records "
        "ORDER BY recorded_on, id",
    ):
        records[goal_id].append((_day(recorded_on), status, follow_up_id))
    goals: dict[int, list[int]] = defaultdict(list)
    for goal_id, case_id in _rows(demo_db, "SELECT id, case_id FROM goals"):
        goals[case_id].append(goal_id)
    at_meetings = 0
    for row in follow_up_rows:
        follow_up_id, case_id, held_on, meeting_id, _, summary = row[:6]
        assessment_case, assessed_on, factors, starts = row[6:]
        assert assessment_case == case_id and assessed_on == held_on and factors and summary
        assert _day(held_on) <= TODAY
        if meeting_id is not None:
            at_meetings += 1
            assert case_id in agenda[meeting_id] and _day(starts) == _day(held_on)
        for goal_id in goals[case_id]:
            before = [r for r in records[goal_id] if r[0] < _day(held_on)]
            still_open = not before or not GoalStatus(before[-1][1]).is_final
            recorded = [r for r in records[goal_id] if r[2] == follow_up_id]
            assert bool(recorded) == still_open, (goal_id, follow_up_id)
            assert all(r[0] == _day(held_on) for r in recorded)
    assert 0 < at_meetings < len(follow_up_rows)


def test_next_follow_up_is_what_the_service_would_set(worker: Workspace) -> None:
    with worker.transaction() as session:
        open_cases = session.scalars(select(Case).where(Case.status.in_(OPEN))).all()
        stored = {case.id: case.next_follow_up for case in open_cases}
        for case in open_cases:
            follow_ups.refresh_next_follow_up(session, case.id)
        refreshed = {case.id: case.next_follow_up for case in open_cases}
        others = session.scalars(select(Case.next_follow_up).where(Case.status.not_in(OPEN))).all()
    assert stored and stored == refreshed
    assert any(day is not None and day < TODAY for day in stored.values()), "some overdue"
    assert any(day is not None and day >= TODAY for day in stored.values())
    assert set(others) == {None}


# --- through the services -------------------------------------------------------------


def test_case_meetings_show_a_case_its_own_items_only(
    worker: Workspace, agenda: dict[int, list[int]], held: list[Any]
) -> None:
    held_ids = {row[0] for row in held}
    shared = next(m for m, ids in agenda.items() if len(ids) > 1 and m in held_ids)
    whole = minutes.get_minutes(worker, shared)
    assert {item.case_id for item in whole.items} == set(agenda[shared])
    for case_id in agenda[shared]:
        # A shared sitting holds colleagues' cases too: opened with a reason, as in the app.
        cases.get_case(worker, case_id, reason="Kontroll av protokollet från SSPF-mötet")
        found = minutes.case_meetings(worker, case_id)
        entry = next(m for m in found if m.meeting.id == shared)
        assert {item.case_id for item in entry.items} == {case_id}
        assert entry.meeting.case_numbers[1] == f"+{len(agenda[shared]) - 1}"
        assert [i.id for i in entry.items] == [i.id for i in whole.for_case(case_id)]
    detail = meetings.get_meeting(worker, shared)
    assert detail.cases and len(detail.agenda) == 5 * len(detail.cases)
    assert any(p.attended for p in detail.participants)
    assert len(meetings.preparation(worker, shared)) == len(agenda[shared])
    listed = meetings.list_meetings(worker, meetings.MeetingFilter(to_date=TODAY), limit=10_000)
    assert len(listed) == meetings.count_meetings(worker, meetings.MeetingFilter(to_date=TODAY))


def test_actions_tracker_and_overview_have_overdue_work(worker: Workspace) -> None:
    overdue = actions.list_actions(worker, TODAY, actions.Scope.ALL, only_overdue=True)
    assert overdue and all(a.days_overdue > 0 for a in overdue)
    assert any(a.meeting_id is not None for a in overdue), "an action agreed at a meeting"
    agreed = [
        a for a in actions.list_actions(worker, TODAY, actions.Scope.ALL, only_open=False)
        if a.meeting_date is not None
    ]  # fmt: skip
    assert agreed and all(a.due is not None and a.due >= a.meeting_date for a in agreed)
    assert actions.list_actions(worker, TODAY, actions.Scope.MINE)


def test_overview_shows_overdue_follow_ups(demo_db: Path) -> None:
    responsible = _rows(
        demo_db,
        "SELECT u.username, c.id FROM cases c JOIN users u ON u.id = c.responsible_user_id "
        f"WHERE c.status IN {OPEN} AND c.next_follow_up < '{TODAY}' ORDER BY c.id",
    )
    assert responsible, "some follow-ups are overdue"
    username, case_id = responsible[0]
    workspace = access.unlock(demo_db, username, PASSPHRASE)
    try:
        late = actions.overdue_follow_ups(workspace, TODAY)
        assert case_id in {f.case_id for f in late}
        assert all(f.days_overdue > 0 for f in late)
        assert follow_ups.list_follow_ups(workspace, case_id)
    finally:
        workspace.lock()
