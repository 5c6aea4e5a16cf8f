"""Alerts for the Översikt page: what in the user's own cases needs attention soon.

Three lists, each limited to the open cases the user works on (responsible
for, or among the case's staff), so that the page stays fast however many
cases the unit has:

- consents that end within 30 days and have not been renewed;
- young people who turn 18 within 60 days: guardians' consents stop counting
  on that day and the person's own consent will be needed;
- active cases (in active work or follow-up) where an involved party (an
  agency on the case other than social services) is not covered today.

The database is asked narrowly (consents whose last day falls in the window,
people whose 18th birthday falls in it, active cases with agencies); the
consent rules in ``caseflow.domain.consent`` then decide for each such case.

Permissions: reading alerts needs ``READ_CASE``. The Översikt page is shown
to every role, so a manager or an administrator gets an empty result that
says alerts do not apply to them (``Alerts.applies`` is False) rather than an
error on the first page they see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import Select, select, union
from sqlalchemy.orm import Session

from caseflow.domain import consent as rules
from caseflow.domain.cases import Agency, CaseStatus
from caseflow.domain.consent import Party
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.services import permissions
from caseflow.services.consent_loading import load_case_consents
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.storage.models import (
    Case,
    CaseAgency,
    CaseStaff,
    ConsentRecord,
    Person,
)

CONSENT_DAYS = 30
BIRTHDAY_DAYS = 60

# Cases in active work with the parties: information is exchanged in both.
_CHUNK = 500  # ids per IN list: well below every engine's limit on parameters
ACTIVE_STATUSES = (CaseStatus.ACTIVE.value, CaseStatus.FOLLOW_UP.value)

CONSENT_ENDING = QT_TRANSLATE_NOOP(
    "Alerts", "Consent from {who} for {parties} is valid until {date}"
)
TURNS_18 = QT_TRANSLATE_NOOP("Alerts", "Turns 18 on {date}: their own consent will be needed")
NOT_COVERED = QT_TRANSLATE_NOOP("Alerts", "{party} is not covered: {reasons}")
_REASONS_JOINED = QT_TRANSLATE_NOOP("Alerts", "{first}; {second}")


class AlertKind(StrEnum):
    CONSENT_ENDING = "consent_ending"
    TURNS_18 = "turns_18"
    NOT_COVERED = "not_covered"


@dataclass(frozen=True)
class Alert:
    """One line on the Översikt page; ``day`` is the date it is about (for sorting)."""

    kind: AlertKind
    case_id: int
    case_number: str
    person_name: str
    day: date
    message: Text


@dataclass(frozen=True)
class Alerts:
    """The three lists, each sorted by date, then case number."""

    consents_ending: tuple[Alert, ...] = ()
    turning_18: tuple[Alert, ...] = ()
    not_covered: tuple[Alert, ...] = ()
    # False when the user's role does not work on cases (manager, administrator).
    applies: bool = True

    @property
    def count(self) -> int:
        return len(self.consents_ending) + len(self.turning_18) + len(self.not_covered)


def alerts(
    workspace: Workspace,
    today: date,
    consent_days: int = CONSENT_DAYS,
    birthday_days: int = BIRTHDAY_DAYS,
) -> Alerts:
    """What needs attention in the open cases the user works on, as of ``today``."""
    if not permissions.may(workspace, Action.READ_CASE):
        return Alerts(applies=False)
    with workspace.transaction() as session:
        finder = _Finder(session, today, my_open_cases(workspace.user.id))
        ending = finder.consents_ending(consent_days)
        turning = finder.turning_18(birthday_days)
        uncovered = finder.not_covered()
        labels = finder.labels({a.case_id for a in (*ending, *turning, *uncovered)})
    return Alerts(
        _finish(ending, labels),
        _finish(turning, labels),
        _finish(uncovered, labels),
    )


def case_labels(workspace: Workspace, case_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Case number and the person's name of each case (for lines of overdue work)."""
    permissions.require(workspace, Action.READ_CASE)
    with workspace.transaction() as session:
        return _Finder(session, date.min, my_open_cases(workspace.user.id)).labels(set(case_ids))


# --- finding -------------------------------------------------------------------------


def my_open_cases(user_id: int) -> Select[Any]:
    """The ids of open cases the user is responsible for or on the staff of.

    Two indexed selects joined by UNION rather than one OR, so that SQLite
    uses ``ix_cases_responsible_referral`` and the case_staff user index.
    """
    closed = CaseStatus.CLOSED.value
    responsible = select(Case.id).where(Case.responsible_user_id == user_id, Case.status != closed)
    staff = (
        select(CaseStaff.case_id)
        .join(Case, Case.id == CaseStaff.case_id)
        .where(CaseStaff.user_id == user_id, Case.status != closed)
    )
    ids = union(responsible, staff).subquery()
    return select(ids.c[0])


@dataclass(frozen=True)
class _Found:
    """An alert before its case number and name are known."""

    kind: AlertKind
    case_id: int
    day: date
    message: Text


class _Finder:
    """The narrow queries of one ``alerts`` call, over the user's open cases (``mine``)."""

    def __init__(self, session: Session, today: date, mine: Select[Any]) -> None:
        self._session = session
        self._today = today
        self._mine = mine

    def consents_ending(self, days: int) -> list[_Found]:
        today = self._today
        candidates = (
            select(ConsentRecord.case_id)
            .where(
                ConsentRecord.case_id.in_(self._mine),
                ConsentRecord.valid_until >= today,
                ConsentRecord.valid_until <= today + timedelta(days=days),
                ConsentRecord.given_on <= today,
            )
            .distinct()
        )
        found: list[_Found] = []
        for case_id, consents in load_case_consents(self._session, candidates).items():
            if today < consents.birth_date:
                continue
            for ending in rules.expiring_consents(consents, today, days):
                message = CONSENT_ENDING.format(
                    who=ending.who,
                    parties=rules.join_names([_party_text(p) for p in ending.parties]),
                    date=ending.valid_until.isoformat(),
                )
                found.append(_Found(AlertKind.CONSENT_ENDING, case_id, ending.valid_until, message))
        return found

    def turning_18(self, days: int) -> list[_Found]:
        today = self._today
        # A little wider than needed (29 February); the domain helper decides.
        earliest = _years_before(today, 18) - timedelta(days=2)
        latest = _years_before(today + timedelta(days=days), 18) + timedelta(days=2)
        rows = self._session.execute(
            select(Case.id, Person.birth_date)
            .join(Person, Person.id == Case.person_id)
            .where(Case.id.in_(self._mine), Person.birth_date.between(earliest, latest))
        ).all()
        found: list[_Found] = []
        for case_id, birth_date in rows:
            turns = rules.turns_18_within(birth_date, today, days)
            if turns is not None:
                message = TURNS_18.format(date=turns.isoformat())
                found.append(_Found(AlertKind.TURNS_18, case_id, turns, message))
        return found

    def not_covered(self) -> list[_Found]:
        today = self._today
        involved = (
            select(CaseAgency.case_id)
            .join(Case, Case.id == CaseAgency.case_id)
            .where(
                CaseAgency.case_id.in_(self._mine),
                Case.status.in_(ACTIVE_STATUSES),
                CaseAgency.agency != Agency.SOCIAL_SERVICES.value,
            )
        )
        rows = self._session.execute(
            select(CaseAgency.case_id, CaseAgency.agency, CaseAgency.name)
            .where(CaseAgency.id.in_(involved.with_only_columns(CaseAgency.id)))
            .order_by(CaseAgency.case_id, CaseAgency.id)
        ).all()
        parties: dict[int, list[Party]] = {}
        for case_id, agency, name in rows:
            party = Party(Agency(agency), name or "")
            if party not in parties.setdefault(case_id, []):
                parties[case_id].append(party)
        found: list[_Found] = []
        loaded = load_case_consents(self._session, involved.distinct())
        for case_id, involved_parties in parties.items():
            consents = loaded[case_id]
            if today < consents.birth_date:
                continue
            for party in involved_parties:
                coverage = rules.coverage(consents, party, today)
                if not coverage.covered:
                    message = NOT_COVERED.format(
                        party=_party_text(party), reasons=_joined(coverage.reasons)
                    )
                    found.append(_Found(AlertKind.NOT_COVERED, case_id, today, message))
        return found

    def labels(self, case_ids: set[int]) -> dict[int, tuple[str, str]]:
        """Case number and the person's name for each case with an alert."""
        labels: dict[int, tuple[str, str]] = {}
        ordered = sorted(case_ids)
        for start in range(0, len(ordered), _CHUNK):
            rows = self._session.execute(
                select(Case.id, Case.case_number, Person.first_name, Person.last_name)
                .join(Person, Person.id == Case.person_id)
                .where(Case.id.in_(ordered[start : start + _CHUNK]))
            ).all()
            labels |= {
                case_id: (number, f"{first} {last}") for case_id, number, first, last in rows
            }
        return labels


# --- helpers -------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _party_text(party: Party) -> Text:
    """A party's label as a Text: its name as written, or its kind translated."""
    label = party.label
    if isinstance(label, Text):
        return label
    # A name is data, not a source text: shown as written.
    return Text("Alerts", "{name}", MappingProxyType({"name": label}))


def _joined(reasons: Sequence[Text]) -> Text:
    joined = reasons[0]
    for reason in reasons[1:]:
        joined = _REASONS_JOINED.format(first=joined, second=reason)
    return joined


def _finish(found: Iterable[_Found], labels: dict[int, tuple[str, str]]) -> tuple[Alert, ...]:
    alerts_found = [
        Alert(item.kind, item.case_id, *labels[item.case_id], item.day, item.message)
        for item in found
    ]
    return tuple(sorted(alerts_found, key=lambda a: (a.day, a.case_number)))
