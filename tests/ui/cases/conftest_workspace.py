"""Fixtures for the case workspace tests: a social worker, a person with a case, a keeper.

Imported by name from the test modules (tests/ui/cases/conftest.py belongs to
the case list's tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseflow.domain.cases import ReferralSource
from caseflow.domain.personnummer import Personnummer
from caseflow.domain.programmes import Programme
from caseflow.services import access, cases, people
from caseflow.services.access import FAST_TEST_KDF, NewDatabase
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from caseflow.ui.cases.workspace import CaseWorkspace
from caseflow.ui.drafts import DraftKeeper

# The fixtures; test modules take them with ``import *`` (pytest finds
# fixtures by name in the module, and parameters named like an explicitly
# imported name read as redefinitions to the linter).
__all__ = ["case", "keeper", "make_workspace", "social_worker"]

WORKER = "sara.lind"
WORKER_NAME = "Sara Lind"
WORKER_PASSPHRASE = "Hallon-Snöstorm-Cykel-Kvarn-17"
# Skatteverket's test range (serial 980-999): never a real person's number.
TEST_NUMBER = Personnummer.from_parts(date(2010, 1, 1), 980).digits12()
GUARDIAN_NUMBER = Personnummer.from_parts(date(1980, 5, 5), 981).digits12()


@dataclass(frozen=True)
class OpenCase:
    person_id: int
    case_id: int
    case_number: str


@pytest.fixture
def social_worker(created: NewDatabase, db_path: Path) -> Iterator[Workspace]:
    """The database unlocked by a social worker (not the administrator)."""
    admin = created.workspace
    with admin.transaction() as session:
        session.add(User(username=WORKER, display_name=WORKER_NAME, role="social_worker"))
    admin.database.set_user_passphrase(WORKER, WORKER_PASSPHRASE, FAST_TEST_KDF)
    admin.lock()
    workspace = access.unlock(db_path, WORKER, WORKER_PASSPHRASE)
    yield workspace
    # Background calls still running must finish before the key is forgotten.
    QThreadPool.globalInstance().waitForDone(10_000)
    workspace.lock()


def open_case_for(
    workspace: Workspace, data: people.PersonInput, programme: Programme = Programme.SSPF
) -> OpenCase:
    person = people.register_person(workspace, data)
    opened = cases.open_case(
        workspace,
        person.person_id,
        programme,
        date.today() - timedelta(days=30),
        ReferralSource.SCHOOL,
        "Frånvaro och konflikter på rasterna",
    )
    return OpenCase(person.person_id, opened.case_id, opened.case_number)


@pytest.fixture
def case(social_worker: Workspace) -> OpenCase:
    return open_case_for(
        social_worker,
        people.PersonInput(
            "Åsa",
            "Öberg",
            TEST_NUMBER,
            phone="070-000 00 00",
            address="Storgatan 1\n123 45 Exempelby",
            school="Centralskolan",
            school_class="8B",
        ),
    )


@pytest.fixture
def keeper(social_worker: Workspace) -> Iterator[DraftKeeper]:
    keeper = DraftKeeper(social_worker)
    yield keeper
    keeper.stop()


WorkspaceFactory = Callable[..., CaseWorkspace]


@pytest.fixture
def make_workspace(qtbot, social_worker: Workspace, keeper: DraftKeeper) -> WorkspaceFactory:
    """Build a CaseWorkspace for a case and wait until every tab has loaded."""

    def make(case_id: int, closed_by_test: bool = False) -> CaseWorkspace:
        widget = CaseWorkspace(social_worker, case_id, keeper)
        if not closed_by_test:
            qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
        wait_loaded(qtbot, widget)
        return widget

    return make


def wait_loaded(qtbot, widget: CaseWorkspace) -> None:
    qtbot.waitUntil(
        lambda: (
            widget.case is not None
            and widget.person_tab.loaded
            and widget.mapping_tab.loaded
            and widget.plan_tab.loaded
            and widget.journal_tab.loaded
        ),
        timeout=10_000,
    )


def confirmation(qtbot, parent: QWidget) -> QMessageBox:
    """The confirmation box a tab opened (window-modal, so the test goes on)."""
    qtbot.waitUntil(lambda: _visible_box(parent) is not None, timeout=5000)
    box = _visible_box(parent)
    assert box is not None
    return box


def accept_confirmation(qtbot, parent: QWidget) -> str:
    """Press the box's accepting button; returns the question's text."""
    box = confirmation(qtbot, parent)
    text = box.text()
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    return text


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; letters outside ASCII (å, ä, ö) are inserted as
    an input method would (QTest's key clicks accept ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _visible_box(parent: QWidget) -> QMessageBox | None:
    for box in parent.findChildren(QMessageBox, "confirmDialog"):
        if box.isVisible():
            return box
    return None
