"""The preparation summary (förberedelse) a field assistant reads before a meeting.

One summary per case on the agenda, built from plain values the service has
loaded: the case's actions, goals and follow-up dates, the meeting's
invitees and the case's consents. Everything is as of the meeting date: the
actions overdue by then, the last follow-up before it, and each invitee's
consent coverage that day, with a warning for anyone not covered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from caseflow.domain.cases import Agency, CaseNumber, GoalStatus
from caseflow.domain.consent import CaseConsents, Coverage
from caseflow.domain.meetings_consent import (
    OWN_AGENCIES,
    join_reasons,
    participation_coverage,
)
from caseflow.domain.meetings_core import MeetingCase, Participant
from caseflow.domain.meetings_followup import Tracked, next_follow_up_date, open_items, overdue
from caseflow.domain.text import QT_TRANSLATE_NOOP, Text

INVITEE_NOT_COVERED = QT_TRANSLATE_NOOP(
    "Domain",
    "{name} ({party}) is not covered by consent or a recorded legal ground on {date}: "
    "{reasons}. Do not share information about the young person with them.",
)
FOLLOW_UP_OVERDUE = QT_TRANSLATE_NOOP(
    "Domain", "The follow-up was due {due}; the last one was held {last}."
)
NO_FOLLOW_UP_YET = QT_TRANSLATE_NOOP("Domain", "No follow-up has been held yet.")
ACTIONS_OVERDUE = QT_TRANSLATE_NOOP(
    "Domain", "Agreed actions overdue by the meeting date: {count}."
)

A = TypeVar("A", bound=Tracked)


@dataclass(frozen=True)
class GoalSummary:
    """A goal of the action plan as the summary shows it."""

    text: str
    status: GoalStatus
    target_date: date | None = None


@dataclass(frozen=True)
class InviteeCoverage:
    """An invitee and their party's coverage for the case on the meeting date."""

    participant: Participant
    coverage: Coverage
    warning: Text | None

    @property
    def covered(self) -> bool:
        return self.coverage.covered


@dataclass(frozen=True)
class PreparationSummary(Generic[A]):
    """What to know about one case before the meeting.

    ``open_actions`` are not done or cancelled (by due date); ``overdue_actions``
    those of them overdue on the meeting date. ``next_follow_up`` is the
    programme's interval after ``last_follow_up``. ``warnings`` lists the
    invitee warnings first, then a late (or never held) follow-up, then the
    overdue actions.
    """

    case_id: int
    case_number: CaseNumber
    meeting_date: date
    open_actions: tuple[A, ...]
    overdue_actions: tuple[A, ...]
    goals: tuple[GoalSummary, ...]
    last_follow_up: date | None
    next_follow_up: date | None
    invitees: tuple[InviteeCoverage, ...]
    warnings: tuple[Text, ...]

    @property
    def all_invitees_covered(self) -> bool:
        return all(invitee.covered for invitee in self.invitees)

    @property
    def follow_up_overdue(self) -> bool:
        return self.next_follow_up is not None and self.next_follow_up < self.meeting_date


def invitee_coverage(
    participant: Participant,
    consents: CaseConsents,
    on_date: date,
    *,
    own_agencies: frozenset[Agency] = OWN_AGENCIES,
) -> InviteeCoverage:
    """One invitee's coverage on ``on_date``, with ``INVITEE_NOT_COVERED`` when not covered."""
    cover = participation_coverage(participant, consents, on_date, own_agencies=own_agencies)
    warning = None
    if not cover.covered:
        warning = INVITEE_NOT_COVERED.format(
            name=participant.name,
            party=participant.party.label,
            date=on_date.isoformat(),
            reasons=join_reasons(cover.reasons),
        )
    return InviteeCoverage(participant, cover, warning)


def preparation_summary(
    case: MeetingCase,
    meeting_date: date,
    *,
    actions: Iterable[A],
    goals: Iterable[GoalSummary],
    follow_ups_held: Iterable[date],
    invitees: Iterable[Participant],
    consents: CaseConsents,
    own_agencies: frozenset[Agency] = OWN_AGENCIES,
) -> PreparationSummary[A]:
    """The preparation summary of one case for a meeting on ``meeting_date``.

    ``actions`` are the case's tracked actions (anything with ``due`` and
    ``status``), ``follow_ups_held`` the dates of its follow-ups (later ones
    than the meeting date are ignored), ``consents`` the case's consent
    history (its programme rules give the follow-up interval). Every invitee
    gets a coverage on the meeting date; one not covered gets a warning.
    """
    actions = tuple(actions)
    live = open_items(actions)
    late = overdue(live, meeting_date)
    held = [day for day in follow_ups_held if day <= meeting_date]
    last = max(held, default=None)
    next_due = next_follow_up_date(last, consents.rules) if last is not None else None
    people = tuple(
        invitee_coverage(p, consents, meeting_date, own_agencies=own_agencies)
        for p in dict.fromkeys(invitees)
    )
    warnings = [p.warning for p in people if p.warning is not None]
    if last is None:
        warnings.append(NO_FOLLOW_UP_YET)
    elif next_due is not None and next_due < meeting_date:
        warnings.append(FOLLOW_UP_OVERDUE.format(due=next_due.isoformat(), last=last.isoformat()))
    if late:
        warnings.append(ACTIONS_OVERDUE.format(count=len(late)))
    return PreparationSummary(
        case.case_id,
        case.case_number,
        meeting_date,
        live,
        late,
        tuple(goals),
        last,
        next_due,
        people,
        tuple(warnings),
    )
