"""A real encrypted database with a social worker, a manager and three open cases.

Names are invented and personnummer are in Skatteverket's test range. Dates
are relative to today: the page splits meetings into upcoming and past.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from caseflow.domain.cases import ReferralSource
from caseflow.domain.programmes import Programme
from caseflow.services import cases, meetings, people
from caseflow.services.meetings import ParticipantInput
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.server import ServerProfile
from caseflow.ui.drafts import DraftKeeper
from tests.helpers import login, pnr_in_test_range

TODAY = date.today()
WORKER = "sara"
MANAGER = "chef"


@dataclass(frozen=True)
class YoungPerson:
    case_id: int
    case_number: str
    first_name: str
    last_name: str
    personnummer: str


@dataclass(frozen=True)
class Seeded:
    asa: YoungPerson
    orjan: YoungPerson
    nils: YoungPerson


def _young_person(
    workspace: Workspace, first: str, last: str, serial: int, programme: Programme
) -> YoungPerson:
    pnr = pnr_in_test_range(TODAY - timedelta(days=14 * 365 + serial), serial)
    person = people.register_person(workspace, PersonInput(first, last, pnr)).person_id
    opened = cases.open_case(
        workspace,
        person,
        programme,
        TODAY - timedelta(days=60),
        ReferralSource.SCHOOL,
        "Oro från skolan",
    )
    return YoungPerson(opened.case_id, opened.case_number, first, last, pnr)


@pytest.fixture
def seeded_db(team_database: Path | ServerProfile) -> tuple[Path | ServerProfile, Seeded]:
    """The test users' database on each engine, nobody signed in, with three open cases."""
    workspace = login(team_database, WORKER)
    try:
        seeded = Seeded(
            _young_person(workspace, "Åsa", "Öberg", 980, Programme.SSPF),
            _young_person(workspace, "Örjan", "Ängström", 981, Programme.SIG),
            _young_person(workspace, "Nils", "Karlsson", 983, Programme.SSPF),
        )
    finally:
        workspace.lock()
    return team_database, seeded


def _unlocked(path: Path | ServerProfile, username: str) -> Iterator[Workspace]:
    workspace = login(path, username)
    yield workspace
    # Background queries still running must end before the key is forgotten.
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    workspace.lock()


@pytest.fixture
def worker(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Iterator[Workspace]:
    yield from _unlocked(seeded_db[0], WORKER)


@pytest.fixture
def manager(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Iterator[Workspace]:
    yield from _unlocked(seeded_db[0], MANAGER)


@pytest.fixture
def seeded(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Seeded:
    return seeded_db[1]


@pytest.fixture
def keeper(worker: Workspace) -> Iterator[DraftKeeper]:
    drafts = DraftKeeper(worker)
    yield drafts
    drafts.stop()


def book(
    workspace: Workspace,
    case_ids: Sequence[int],
    day: date,
    hour: int = 9,
    type_key: str = "sspf",
    place: str = "Vasaskolan, rum 12",
    invitees: Sequence[ParticipantInput] = (),
) -> int:
    """A one-hour meeting on ``day`` at ``hour``."""
    return meetings.create_meeting(
        workspace,
        type_key,
        datetime.combine(day, time(hour)),
        datetime.combine(day, time(hour + 1)),
        place,
        case_ids,
        invitees,
    )


class StandInEditor(QWidget):
    """Stands in for the meeting editor (built in another module) in the page's tests."""

    opened: list[tuple[int, StandInEditor]] = []  # noqa: RUF012 - a record for the tests

    def __init__(self, parent: QWidget, meeting_id: int) -> None:
        super().__init__(parent)
        self.meeting_id = meeting_id
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Meeting {meeting_id}"))


@pytest.fixture
def stand_in_editor(monkeypatch) -> list[tuple[int, StandInEditor]]:
    """Opening a meeting builds the stand-in instead of the real editor window."""
    module = types.ModuleType("caseflow.ui.meetings.editor")

    def open_meeting_editor(
        parent: QWidget, workspace: Workspace, drafts: DraftKeeper, meeting_id: int
    ) -> QWidget:
        editor = StandInEditor(parent, meeting_id)
        StandInEditor.opened.append((meeting_id, editor))
        return editor

    module.open_meeting_editor = open_meeting_editor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "caseflow.ui.meetings.editor", module)
    StandInEditor.opened = []
    return StandInEditor.opened
