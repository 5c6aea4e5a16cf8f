"""Fixtures for the administration, log and retention pages: a real encrypted database.

The administrator is ``tests.conftest.ADMIN``; ``users`` adds a social worker
(sara), a field assistant (fia) and a manager (chef). One user is logged in
at a time, as on a real PC.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseflow.domain.cases import ClosingReason, JournalEntryType, ReferralSource
from caseflow.domain.programmes import Programme
from caseflow.services import access, cases, journal, people
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import login, pnr_in_test_range


def settle() -> None:
    """Background calls still running must finish before the key is forgotten."""
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


@pytest.fixture
def admin(closed_db: Path) -> Iterator[Workspace]:
    workspace = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    yield workspace
    settle()
    workspace.lock()


@pytest.fixture
def manager(users: Path) -> Iterator[Workspace]:
    workspace = login(users, "chef")
    yield workspace
    settle()
    workspace.lock()


def closed_case(worker: Workspace, last_name: str, born: date, serial: int) -> tuple[int, str]:
    """A case opened in 2018 and closed in 2019: due for deletion since 2024."""
    person = people.register_person(
        worker, PersonInput("Tova", last_name, pnr_in_test_range(born, serial))
    )
    opened = cases.open_case(
        worker,
        person.person_id,
        Programme.SSPF,
        date(2018, 3, 1),
        ReferralSource.SCHOOL,
        f"Orosanmälan om {last_name}",
        worker.user.id,
    )
    entry = journal.create_entry(
        worker, opened.case_id, date(2018, 4, 1), JournalEntryType.CONTACT, "Samtal om skolan."
    )
    journal.sign_entry(worker, entry)
    cases.close_case(
        worker, opened.case_id, ClosingReason.GOALS_REACHED, "Målen nådda.", date(2019, 6, 1)
    )
    return opened.case_id, opened.case_number


def visible_box(parent: QWidget, name: str) -> QMessageBox | None:
    for box in parent.findChildren(QMessageBox, name):
        if box.isVisible():
            return box
    return None


def accept_confirmation(qtbot, parent: QWidget) -> str:
    """Press the confirmation's accepting button; returns its question."""
    qtbot.waitUntil(lambda: visible_box(parent, "confirmDialog") is not None, timeout=5000)
    box = visible_box(parent, "confirmDialog")
    assert box is not None
    text = box.text()
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    return text
