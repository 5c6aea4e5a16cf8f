"""A real encrypted database with a social worker, a manager, and a few people with cases."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from caseflow.domain.cases import ReferralSource
from caseflow.domain.personnummer import Personnummer
from caseflow.domain.programmes import Programme
from caseflow.services import cases, people
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.server import ServerProfile
from tests.helpers import login

# The users every ``team_database`` holds (tests/conftest.py).
WORKER = "sara"
WORKER_NAME = "Sara Lind"
MANAGER = "chef"
COLLEAGUE = "olle"
COLLEAGUE_NAME = "Olle Berg"


def fake_number(birth: date, serial: int = 980) -> str:
    """A test personnummer (serial 980-999): never one a real person has."""
    assert 980 <= serial <= 999
    return Personnummer.from_parts(birth, serial).digits12()


@dataclass(frozen=True)
class Seeded:
    """The people and cases every list test starts from."""

    asa_id: int
    asa_number: str  # YYYYMMDDNNNN
    asa_case: str
    protected_case: str
    colleague_id: int


def open_case_for(
    workspace: Workspace,
    first: str,
    last: str,
    number: str,
    programme: Programme = Programme.SSPF,
    referred: date = date(2026, 1, 15),
    responsible: int | None = None,
    protected: bool = False,
) -> str:
    person = people.register_person(
        workspace, PersonInput(first, last, number, protected_identity=protected)
    )
    return cases.open_case(
        workspace,
        person.person_id,
        programme,
        referred,
        ReferralSource.SCHOOL,
        "Skolk och bråk på rasterna",
        responsible,
    ).case_number


@pytest.fixture
def seeded_db(team_database: Path | ServerProfile) -> tuple[Path | ServerProfile, Seeded]:
    """The test users' database on each engine with five cases, nobody signed in."""
    workspace = login(team_database, WORKER)
    try:
        colleague_id = next(
            member.id
            for member in cases.staff_users(workspace)
            if member.display_name == COLLEAGUE_NAME
        )
        asa_number = fake_number(date(2010, 1, 1), 980)
        asa_case = open_case_for(workspace, "Åsa", "Öberg", asa_number, referred=date(2026, 1, 10))
        open_case_for(
            workspace,
            "Örjan",
            "Ängström",
            fake_number(date(2009, 5, 17), 981),
            Programme.SIG,
            date(2026, 2, 1),
            responsible=colleague_id,
        )
        open_case_for(
            workspace,
            "Nils",
            "Karlsson",
            fake_number(date(2011, 3, 3), 983),
            referred=date(2025, 11, 2),
        )
        protected_case = open_case_for(
            workspace,
            "Lova",
            "Lind",
            fake_number(date(2012, 7, 7), 984),
            Programme.GVI,
            date(2025, 12, 24),
            protected=True,
        )
        open_case_for(
            workspace,
            "Ali",
            "Ahmed",
            fake_number(date(2008, 9, 9), 985),
            Programme.EXIT,
            date(2026, 3, 1),
        )
        registered = people.find_by_personnummer(workspace, asa_number)
        assert registered is not None
        seeded = Seeded(registered.id, asa_number, asa_case, protected_case, colleague_id)
    finally:
        workspace.lock()
    return team_database, seeded


def _unlocked(path: Path | ServerProfile, username: str) -> Iterator[Workspace]:
    workspace = login(path, username)
    yield workspace
    # Background queries still running must end before the key is forgotten.
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    workspace.lock()


@pytest.fixture
def worker(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Iterator[Workspace]:
    """Unlocked as a social worker: sees names, opens cases."""
    yield from _unlocked(seeded_db[0], WORKER)


@pytest.fixture
def manager(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Iterator[Workspace]:
    """Unlocked as a manager: lists cases without knowing who they are about."""
    yield from _unlocked(seeded_db[0], MANAGER)


@pytest.fixture
def seeded(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Seeded:
    return seeded_db[1]


def add_many_cases(workspace: Workspace, count: int, start: date = date(2024, 1, 1)) -> None:
    """``count`` more cases, one person each, referred one day apart."""
    for i in range(count):
        birth = date(2008, 1, 1) + timedelta(days=i // 20)
        open_case_for(
            workspace,
            f"Test{i:03d}",
            "Person",
            fake_number(birth, 980 + i % 20),
            referred=start + timedelta(days=i),
        )


class StandInWorkspace(QWidget):
    """Stands in for the case workspace tab (built in another module) in list tests."""

    title_changed = Signal(str)
    case_changed = Signal()
    open_case_requested = Signal(int)
    open_cancelled = Signal()
    created: list[StandInWorkspace] = []  # noqa: RUF012 - a record for the tests

    def __init__(self, workspace: Workspace, case_id: int, drafts: object, parent=None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.unsaved = False
        self.drafts_saved = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Case {case_id}"))
        StandInWorkspace.created.append(self)

    def has_unsaved_changes(self) -> bool:
        return self.unsaved

    def save_drafts(self) -> None:
        self.drafts_saved += 1


@pytest.fixture
def stand_in_workspace(monkeypatch) -> type[StandInWorkspace]:
    """Opening a case builds the stand-in instead of the real workspace tab."""
    module = types.ModuleType("caseflow.ui.cases.workspace")
    module.CaseWorkspace = StandInWorkspace  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "caseflow.ui.cases.workspace", module)
    StandInWorkspace.created = []
    return StandInWorkspace
