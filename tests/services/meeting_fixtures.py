"""Plain helpers for the meeting service tests: young people, cases, consents, meetings.

Names are invented and personnummer are in Skatteverket's test range. Dates
are relative to today, because the services refuse referrals, consents and
approvals dated in the future.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import event, select

from caseflow.domain.cases import Agency, ReferralSource
from caseflow.domain.consent import Party
from caseflow.domain.programmes import Programme
from caseflow.services import cases, consent, meetings, people
from caseflow.services.meetings import ParticipantInput
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from tests.helpers import pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)

MENTOR = ParticipantInput("Eva Mentor", Agency.SCHOOL, "mentor", "Vasaskolan")
KONTAKTPOLIS = ParticipantInput("Per Polis", Agency.POLICE, "kontaktpolis")
SOCIALSEKRETERARE = ParticipantInput("Sara Lind", Agency.SOCIAL_SERVICES, "handläggare")


@dataclass(frozen=True)
class YoungPerson:
    """A case with its young person and the guardians with custody."""

    case_id: int
    case_number: str
    first_name: str
    last_name: str
    personnummer: str
    guardian_ids: tuple[int, ...]


def user_id(workspace: Workspace, username: str) -> int:
    with workspace.transaction() as session:
        found = session.scalar(select(User.id).where(User.username == username))
    assert found is not None
    return found


def young_person(
    workspace: Workspace,
    first_name: str,
    last_name: str,
    *,
    serial: int = 980,
    age_days: int = 14 * 365 + 40,
    programme: Programme = Programme.SSPF,
    referral_days_ago: int = 120,
    responsible_user_id: int | None = None,
) -> YoungPerson:
    """A 14-year-old (by default) with two guardians and an open case."""
    born = TODAY - timedelta(days=age_days)
    pnr = pnr_in_test_range(born, serial)
    person = people.register_person(workspace, PersonInput(first_name, last_name, pnr)).person_id
    guardians = tuple(
        people.add_guardian(workspace, person, GuardianInput(f"{name} {last_name}"))
        for name in ("Maria", "Jonas")
    )
    opened = cases.open_case(
        workspace,
        person,
        programme,
        TODAY - timedelta(days=referral_days_ago),
        ReferralSource.SCHOOL,
        "Oro från skolan",
        responsible_user_id,
    )
    return YoungPerson(opened.case_id, opened.case_number, first_name, last_name, pnr, guardians)


def consent_to(
    workspace: Workspace,
    young: YoungPerson,
    parties: Sequence[Party] = (SCHOOL, POLICE),
    given_days_ago: int = 60,
) -> None:
    """Consent from the young person and every guardian with custody."""
    for who in (None, *young.guardian_ids):
        consent.register_consent(
            workspace,
            young.case_id,
            who,
            parties,
            "Närvaro och mående",
            "Samordnade insatser i SSPF",
            TODAY - timedelta(days=given_days_ago),
        )


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def book(
    workspace: Workspace,
    case_ids: Sequence[int],
    day: date = TODAY - timedelta(days=7),
    *,
    type_key: str = "sspf",
    place: str = "Stadshuset, rum 3",
    invitees: Sequence[ParticipantInput] = (),
    hour: int = 9,
) -> int:
    """A meeting of one and a half hours on ``day``."""
    return meetings.create_meeting(
        workspace,
        type_key,
        at(day, hour),
        at(day, hour + 1, 30),
        place,
        list(case_ids),
        list(invitees),
    )


@contextmanager
def statements(workspace: Workspace) -> Iterator[list[str]]:
    """The SQL statements run on the workspace's engine inside the block.

    For the N+1 checks: a list's cost must not grow with its length.
    """
    seen: list[str] = []

    def note(*args: object) -> None:
        seen.append(str(args[2]))

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)
