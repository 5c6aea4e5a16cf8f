"""Fixtures for the meeting editor's tests: a shared sitting, consent for one case only.

The test modules take them with ``from … import *``. The database, the
social worker (``worker``) and the keeper come from this folder's conftest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from caseflow.services import meetings
from caseflow.services.workspace import Workspace
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.meetings.editor import MINUTES, MeetingEditor, open_meeting_editor
from tests.services.meeting_fixtures import (
    MENTOR,
    SCHOOL,
    SOCIALSEKRETERARE,
    TODAY,
    consent_to,
    young_person,
)

__all__ = ["open_editor", "shared_sitting"]


@dataclass(frozen=True)
class SharedSitting:
    """A meeting today about two cases; the mentor's school is covered in the first only."""

    meeting_id: int
    covered_case: int
    covered_number: str
    uncovered_case: int
    uncovered_number: str
    mentor_id: int
    social_worker_id: int


@pytest.fixture
def shared_sitting(worker: Workspace, seeded) -> SharedSitting:
    covered = young_person(worker, "Lisa", "Lund", serial=986)
    consent_to(worker, covered, (SCHOOL,))
    uncovered = seeded.asa  # no guardian registered, no consent at all
    start = datetime.combine(TODAY, time(8, 0))
    meeting_id = meetings.create_meeting(
        worker,
        "sspf",
        start,
        start.replace(hour=9),
        "Stadshuset, rum 3",
        [covered.case_id, uncovered.case_id],
        [MENTOR, SOCIALSEKRETERARE],
    )
    detail = meetings.get_meeting(worker, meeting_id)
    ids = {p.name: p.id for p in detail.participants}
    return SharedSitting(
        meeting_id,
        covered.case_id,
        covered.case_number,
        uncovered.case_id,
        uncovered.case_number,
        ids[MENTOR.name],
        ids[SOCIALSEKRETERARE.name],
    )


EditorFactory = Callable[..., MeetingEditor]


@pytest.fixture
def open_editor(qtbot, worker: Workspace, keeper: DraftKeeper) -> EditorFactory:
    """Open a meeting's editor (in a host window) and wait until the mode asked for is shown."""
    host = QWidget()
    qtbot.addWidget(host)

    def open_it(meeting_id: int, mode: int | None = None) -> MeetingEditor:
        editor = open_meeting_editor(host, worker, keeper, meeting_id)
        assert isinstance(editor, MeetingEditor)
        qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
        if mode is not None:
            editor.show_mode(mode)
        if editor.tabs.currentIndex() == MINUTES:
            qtbot.waitUntil(lambda: editor.minutes.loaded, timeout=10_000)
        return editor

    return open_it


def message_box(qtbot, parent: QWidget, name: str) -> QMessageBox:
    """The visible message box ``name`` that ``parent`` opened."""

    def find() -> QMessageBox | None:
        return next((b for b in parent.findChildren(QMessageBox, name) if b.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=5000)
    box = find()
    assert box is not None
    return box


def click_role(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) is role).click()
