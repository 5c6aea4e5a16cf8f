"""Invented meetings, cases and participants for the meeting tests (helpers only)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from caseflow.domain.cases import ActivityStatus, Agency, CaseNumber
from caseflow.domain.consent import Party
from caseflow.domain.meetings import (
    AgreedAction,
    Meeting,
    MeetingCase,
    MeetingMinutes,
    MinutesItem,
    Participant,
)
from caseflow.domain.programmes import Programme

N1 = CaseNumber(Programme.SSPF, 2026, 41)
N2 = CaseNumber(Programme.SSPF, 2026, 42)
N3 = CaseNumber(Programme.SSPF, 2026, 43)
C1, C2, C3 = MeetingCase(1, N1), MeetingCase(2, N2), MeetingCase(3, N3)

DAY = date(2026, 1, 15)
START = datetime(2026, 1, 15, 9, 0)
END = datetime(2026, 1, 15, 11, 30)
PLACE = "Socialkontoret, rum 3"

SOCIAL = Party(Agency.SOCIAL_SERVICES)
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
LEISURE = Party(Agency.LEISURE, "Fritidsgården Navet")

FIELD_WORKER = Participant("Karin Lind", Agency.SOCIAL_SERVICES, "fältassistent", SOCIAL)
MENTOR = Participant("Johan Holm", Agency.SCHOOL, "mentor", SCHOOL)
OFFICER = Participant("Sara Ek", Agency.POLICE, "kontaktpolis", POLICE)
LEADER = Participant("Ali Nyström", Agency.LEISURE, "fritidsledare", LEISURE)
INVITEES = (FIELD_WORKER, MENTOR, OFFICER, LEADER)


def meeting(
    *cases: MeetingCase,
    type_key: str = "sspf",
    start: datetime = START,
    end: datetime = END,
    place: str = PLACE,
    invitees: Iterable[Participant] = INVITEES,
    meeting_id: int | None = 10,
) -> Meeting:
    return Meeting(type_key, start, end, place, cases or (C1, C2, C3), tuple(invitees), meeting_id)


def action(
    what: str = "Kontakt med mentor varje vecka",
    due: date = date(2026, 2, 15),
    status: ActivityStatus = ActivityStatus.PLANNED,
    agency: Agency = Agency.SCHOOL,
    responsible: str = "Johan Holm",
) -> AgreedAction:
    return AgreedAction(what, agency, responsible, due, status)


def item(
    case_id: int = 1,
    notes: str = "Går i skolan varje dag.",
    *,
    heading: str = "Sedan förra mötet",
    decisions: str = "",
    actions: Iterable[AgreedAction] = (),
    next_date: date | None = None,
) -> MinutesItem:
    return MinutesItem(case_id, heading, notes, decisions, tuple(actions), next_date)


def approved(minutes: MeetingMinutes, on: date = DAY) -> MeetingMinutes:
    return minutes.approve("Karin Lind", on)
