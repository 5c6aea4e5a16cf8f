"""The counts behind the manager statistics, each one query grouped in the database.

Every function here returns counts per programme (and per category), or
plain day counts: never a case id, a name or a personnummer. Cases are
counted with ``GROUP BY`` in SQL; only the consent coverage walks cases in
Python (the consent rules are Python), a chunk of ids at a time.

The definitions (also printed under the tables of the report):

- **New**: referred in the period (``referral_date`` from ``start`` to ``end``).
- **Active**: open at some time in the period (referred on or before its
  last day, not closed before its first day).
- **Closed**: closed in the period.
- **Open at the end**: referred on or before the last day and not closed by
  then (closed after the last day, or not at all).
- **Age** at referral, in whole years as ``age_at`` counts them, from the
  birth date registered for the person.
- **Sex** as registered for the person; where nothing is registered, from
  the personnummer's sex digit (the third serial digit: even for women);
  otherwise "not known".
- **First meeting**: the earliest meeting, not cancelled, with the case on
  its agenda, held on or after the referral day and by the period's end.
  Days are counted from the referral date to the meeting's date.
- **Follow-up on time**: a follow-up held in the period is on time when it
  was held by its due date. The due date is the one agreed at the last
  meeting with approved minutes since the previous follow-up (a minutes
  item's "next date"), if any; otherwise the programme's follow-up
  interval after the previous follow-up, or, for a case's first follow-up,
  after the day work became active (the last change to "active" before
  it; the referral date when there was none).
- **Overdue action**: an activity of the action plan still planned or in
  progress whose due date is before the period's last day, in a case open
  at the end. Activities keep no history of their status, so this is their
  status today: for a past period, actions done since then are not counted.
- **Action done**: an activity done whose due date is in the period.
- **Valid consent**: on the period's last day, at least one party is
  covered by consent (every person who must consent that day has consented
  for that party: ``caseflow.domain.consent.coverage``); a legal ground
  without consent does not count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any

from sqlalchemy import ColumnElement, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

from caseflow.domain.cases import ActivityStatus, CaseStatus
from caseflow.domain.consent import CaseConsents, ConsentRecord, covered_by_consent
from caseflow.domain.meetings import MinutesStatus
from caseflow.domain.programmes import Programme
from caseflow.services import programme_config
from caseflow.services.consent_loading import load_case_consents
from caseflow.storage.models import (
    Activity,
    Case,
    CaseStatusChange,
    FollowUp,
    Meeting,
    MeetingCase,
    MinutesItem,
    Person,
)
from caseflow.storage.statistics_queries import days_between, sex_digit

_CASES_AT_A_TIME = 2000  # consent histories in memory at once
_OPEN_ACTIVITY = (ActivityStatus.PLANNED.value, ActivityStatus.IN_PROGRESS.value)
_REGISTERED_SEXES = ("female", "male", "other")
_EVEN = ("0", "2", "4", "6", "8")
_ODD = ("1", "3", "5", "7", "9")
NOT_KNOWN = "not_known"

# Age bands at referral: (key, lowest age); each band runs to the next one's lowest age.
AGE_BANDS = (("under_12", 0), ("12_14", 12), ("15_17", 15), ("18_20", 18), ("21_plus", 21))

# (programme code, category) -> count
Counts = Counter[tuple[str, str]]


@dataclass(frozen=True)
class Period:
    """The period asked about and the programmes it covers (codes)."""

    start: date
    end: date
    programmes: tuple[str, ...]

    def in_programmes(self) -> ColumnElement[bool]:
        return Case.programme.in_(self.programmes)

    def new(self) -> ColumnElement[bool]:
        return Case.referral_date.between(self.start, self.end)

    def active(self) -> ColumnElement[bool]:
        return and_(
            Case.referral_date <= self.end,
            or_(Case.closed_on.is_(None), Case.closed_on >= self.start),
        )

    def closed(self) -> ColumnElement[bool]:
        return Case.closed_on.between(self.start, self.end)

    def open_at_end(self) -> ColumnElement[bool]:
        return and_(
            Case.referral_date <= self.end,
            or_(Case.closed_on.is_(None), Case.closed_on > self.end),
        )


def case_counts(session: Session, period: Period) -> Counts:
    """New, active and closed cases per programme (categories "new", "active", "closed")."""
    one = 1
    rows = session.execute(
        select(
            Case.programme,
            func.count(),
            func.sum(case((period.new(), one), else_=0)),
            func.sum(case((period.closed(), one), else_=0)),
        )
        .where(period.in_programmes(), period.active())
        .group_by(Case.programme)
    )
    counts: Counts = Counter()
    for programme, active, new, closed in rows:
        counts[programme, "active"] = active
        counts[programme, "new"] = int(new or 0)
        counts[programme, "closed"] = int(closed or 0)
    return counts


def _grouped(session: Session, key: Any, *conditions: Any) -> Counts:
    rows = session.execute(
        select(Case.programme, key, func.count())
        .join(Person, Person.id == Case.person_id)
        .where(*conditions)
        .group_by(Case.programme, key)
    )
    return Counter({(programme, str(k)): n for programme, k, n in rows})


def closing_reasons(session: Session, period: Period) -> Counts:
    """Cases closed in the period by closing reason (as stored)."""
    reason = func.coalesce(Case.closing_reason, "other")
    return _grouped(session, reason, period.in_programmes(), period.closed())


def referral_sources(session: Session, period: Period) -> Counts:
    """New cases by referral source (as stored)."""
    return _grouped(session, Case.referral_source, period.in_programmes(), period.new())


def _day_number(column: Any) -> ColumnElement[Any]:
    """A date as the number YYYYMMDD: subtracting two gives the age times 10,000."""
    return extract("year", column) * 10000 + extract("month", column) * 100 + extract("day", column)


def age_bands(session: Session, period: Period) -> Counts:
    """New cases by age band at referral (keys of ``AGE_BANDS``).

    20260301 - 20080229 = 180072: the YYYYMMDD difference reaches n × 10,000
    on the n-th birthday, and someone born on 29 February turns a year older
    on 1 March, as ``caseflow.domain.personnummer.age_at`` counts.
    """
    difference = _day_number(Case.referral_date) - _day_number(Person.birth_date)
    # Each band is chosen when the age is below the next band's lowest age.
    band = case(
        *[
            (difference < following * 10000, key)
            for (key, _), (_, following) in pairwise(AGE_BANDS)
        ],
        else_=AGE_BANDS[-1][0],
    )
    return _grouped(session, band, period.in_programmes(), period.new())


def sexes(session: Session, period: Period) -> Counts:
    """New cases by sex: as registered, else from the personnummer, else not known."""
    digit = sex_digit(Person.id, Person.personnummer)
    sex = case(
        (Person.sex.in_(_REGISTERED_SEXES), Person.sex),
        (digit.in_(_EVEN), "female"),
        (digit.in_(_ODD), "male"),
        else_=NOT_KNOWN,
    )
    return _grouped(session, sex, period.in_programmes(), period.new())


def days_to_first_meeting(session: Session, period: Period) -> dict[str, list[int]]:
    """For each new case that had a first meeting by the period's end, the days it took.

    Only the numbers, grouped by programme: no case is named.
    """
    after_end = datetime.combine(period.end + timedelta(days=1), time())
    first = (
        select(func.min(Meeting.starts_at))
        .join(MeetingCase, MeetingCase.meeting_id == Meeting.id)
        .where(
            MeetingCase.case_id == Case.id,
            Meeting.cancelled.is_(False),
            Meeting.starts_at >= Case.referral_date,
            Meeting.starts_at < after_end,
        )
        .correlate(Case)
        .scalar_subquery()
    )
    inner = (
        select(
            Case.programme.label("programme"),
            Case.referral_date.label("referral"),
            first.label("first_meeting"),
        )
        .where(period.in_programmes(), period.new())
        .subquery()
    )
    days: dict[str, list[int]] = defaultdict(list)
    for programme, n in session.execute(
        select(inner.c.programme, days_between(inner.c.first_meeting, inner.c.referral))
        .where(inner.c.first_meeting.is_not(None))
        .order_by(inner.c.programme, days_between(inner.c.first_meeting, inner.c.referral))
    ):
        days[programme].append(int(n))
    return days


def follow_ups(session: Session, period: Period) -> Counts:
    """Follow-ups held in the period: "on_time" and "late" per programme (see the module)."""
    earlier = aliased(FollowUp)
    previous = (
        select(func.max(earlier.held_on))
        .where(
            earlier.case_id == FollowUp.case_id,
            or_(
                earlier.held_on < FollowUp.held_on,
                and_(earlier.held_on == FollowUp.held_on, earlier.id < FollowUp.id),
            ),
        )
        .correlate(FollowUp)
        .scalar_subquery()
    )
    activated = (
        select(func.max(CaseStatusChange.changed_on))
        .where(
            CaseStatusChange.case_id == FollowUp.case_id,
            CaseStatusChange.to_status == CaseStatus.ACTIVE.value,
            CaseStatusChange.changed_on <= FollowUp.held_on,
        )
        .correlate(FollowUp)
        .scalar_subquery()
    )
    # Each step is a materialised CTE: the engine would otherwise inline the
    # correlated subqueries into every expression that uses their result,
    # and run them again for each (measured: three times as slow at 50,000 cases).
    held = (
        select(
            FollowUp.case_id.label("case_id"),
            Case.programme.label("programme"),
            FollowUp.held_on.label("held_on"),
            func.coalesce(previous, activated, Case.referral_date).label("start"),
        )
        .join(Case, Case.id == FollowUp.case_id)
        .where(period.in_programmes(), FollowUp.held_on.between(period.start, period.end))
        .cte("held_follow_ups")
        .prefix_with("MATERIALIZED")
    )
    agreed = (
        select(MinutesItem.next_date)
        .join(Meeting, Meeting.id == MinutesItem.meeting_id)
        .where(
            MinutesItem.case_id == held.c.case_id,
            MinutesItem.next_date.is_not(None),
            Meeting.minutes_status == MinutesStatus.APPROVED.value,
            Meeting.starts_at >= held.c.start,
            Meeting.starts_at < held.c.held_on,
        )
        .order_by(Meeting.starts_at.desc(), MinutesItem.number.desc())
        .limit(1)
        .correlate(held)
        .scalar_subquery()
    )
    inner = (
        select(
            held.c.programme,
            held.c.held_on,
            held.c.start,
            agreed.label("agreed"),
        )
        .cte("judged_follow_ups")
        .prefix_with("MATERIALIZED")
    )
    interval = case(
        {
            code: programme_config.rules_for(session, Programme(code)).follow_up_interval_days
            for code in period.programmes
        },
        value=inner.c.programme,
        else_=0,
    )
    on_time = case(
        (and_(inner.c.agreed.is_not(None), inner.c.held_on <= inner.c.agreed), 1),
        (
            and_(
                inner.c.agreed.is_(None),
                days_between(inner.c.held_on, inner.c.start) <= interval,
            ),
            1,
        ),
        else_=0,
    )
    counts: Counts = Counter()
    for programme, held, in_time in session.execute(
        select(inner.c.programme, func.count(), func.sum(on_time)).group_by(inner.c.programme)
    ):
        counts[programme, "on_time"] = int(in_time or 0)
        counts[programme, "late"] = held - int(in_time or 0)
    return counts


def actions(session: Session, period: Period) -> Counts:
    """Agreed actions: "done" (due in the period) and "overdue" (open, due before the end)."""
    one = 1
    done = and_(
        Activity.status == ActivityStatus.DONE.value,
        Activity.due_date.between(period.start, period.end),
    )
    overdue = and_(
        Activity.status.in_(_OPEN_ACTIVITY),
        Activity.due_date < period.end,
        period.open_at_end(),
    )
    rows = session.execute(
        select(
            Case.programme,
            func.sum(case((done, one), else_=0)),
            func.sum(case((overdue, one), else_=0)),
        )
        .join(Case, Case.id == Activity.case_id)
        .where(period.in_programmes(), or_(done, overdue))
        .group_by(Case.programme)
    )
    counts: Counts = Counter()
    for programme, n_done, n_overdue in rows:
        counts[programme, "done"] = int(n_done or 0)
        counts[programme, "overdue"] = int(n_overdue or 0)
    return counts


def consent_coverage(session: Session, period: Period) -> Counts:
    """Cases open at the period's end, "covered" or "not_covered" by a valid consent then.

    The consent rules (withdrawals, who must consent at that age) decide,
    from what was in force that day: the consents then and the withdrawals
    up to it, loaded for thousands of open cases at a time.
    """
    end = period.end
    open_cases = select(Case.id).where(period.in_programmes(), period.open_at_end())
    programmes: dict[int, str] = {
        case_id: programme
        for case_id, programme in session.execute(
            select(Case.id, Case.programme).where(period.in_programmes(), period.open_at_end())
        )
    }
    counts: Counts = Counter()
    ids = sorted(programmes)
    # A range of ids at a time keeps the memory of the histories bounded.
    for start in range(0, len(ids), _CASES_AT_A_TIME):
        first, last = ids[start], ids[min(start + _CASES_AT_A_TIME, len(ids)) - 1]
        in_range = open_cases.where(Case.id.between(first, last))
        consents = load_case_consents(session, in_range, in_force_on=end)
        for case_id in ids[start : start + _CASES_AT_A_TIME]:
            found = consents.get(case_id)
            covered = found is not None and has_valid_consent(found, end)
            counts[programmes[case_id], "covered" if covered else "not_covered"] += 1
    return counts


def has_valid_consent(case_consents: CaseConsents, on: date) -> bool:
    """Whether some party is covered by consent on ``on`` (a legal ground does not count)."""
    if on < case_consents.birth_date:
        return False
    parties = dict.fromkeys(
        party
        for item in case_consents.history
        if isinstance(item, ConsentRecord) and item.given_on <= on
        for party in item.parties
    )
    return any(covered_by_consent(case_consents, party, on) for party in parties)


def per_programme(counts: Counts, programmes: Sequence[str], key: str) -> list[int]:
    """The counts of one category, in the order of ``programmes``."""
    return [counts[programme, key] for programme in programmes]
