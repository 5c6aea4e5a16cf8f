"""A real encrypted database for the Rapporter tests: users of each role, one case, a meeting.

The case has the school "Vasaskolan" covered by consent (the young person's
and the guardian's) and the police as an involved agency without consent or
legal ground. A second case, another social worker's, is there to be opened
only with a reason. One meeting took up both cases.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.cases import Agency, ReferralSource
from caseflow.domain.consent import Party
from caseflow.domain.programmes import Programme
from caseflow.services import access, cases, consent, meetings, people
from caseflow.services.access import NewDatabase
from caseflow.services.cases import AgencyView
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from caseflow.ui.pdf_preview import PdfPreview
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, pnr_in_test_range

TODAY = date.today()
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)
USERS = {"sara": Role.SOCIAL_WORKER, "fia": Role.FIELD_ASSISTANT, "chef": Role.MANAGER}


@dataclass(frozen=True)
class Story:
    case_id: int
    case_number: str
    person_number: str
    other_case_number: str
    meeting_id: int


def _person(workspace: Workspace, first: str, last: str, serial: int) -> int:
    born = TODAY.replace(year=TODAY.year - 15) - timedelta(days=30)
    return people.register_person(
        workspace, PersonInput(first, last, pnr_in_test_range(born, serial))
    ).person_id


def _build(workspace: Workspace, colleague_id: int, field_assistant_id: int) -> Story:
    person = _person(workspace, "Elsa", "Ek", 986)
    guardian = people.add_guardian(workspace, person, GuardianInput("Maria Ek"))
    referred = TODAY - timedelta(days=60)
    opened = cases.open_case(
        workspace, person, Programme.SSPF, referred, ReferralSource.SCHOOL, "Frånvaro"
    )
    cases.set_agencies(
        workspace,
        opened.case_id,
        [AgencyView(Agency.SCHOOL, "Vasaskolan", ""), AgencyView(Agency.POLICE, None, "")],
    )
    for who in (None, guardian):
        consent.register_consent(
            workspace,
            opened.case_id,
            who,
            [SCHOOL],
            "Skolgång och närvaro",
            "Samordnade insatser i SSPF",
            TODAY - timedelta(days=10),
        )
    other = cases.open_case(
        workspace,
        _person(workspace, "Kalle", "Ström", 987),
        Programme.SSPF,
        referred,
        ReferralSource.POLICE,
        "Oro",
        colleague_id,
    )
    starts = datetime.combine(TODAY - timedelta(days=5), datetime.min.time()).replace(hour=9)
    meeting = meetings.create_meeting(
        workspace,
        "sspf",
        starts,
        starts + timedelta(hours=1),
        "Rum 3",
        [opened.case_id, other.case_id],
        # The field assistant prepares the sitting: invited with her account, she sees it.
        [
            meetings.ParticipantInput(
                "Fia", Agency.SOCIAL_SERVICES, "fältassistent", "", field_assistant_id
            )
        ],
    )
    return Story(
        opened.case_id,
        opened.case_number,
        pnr_in_test_range(TODAY.replace(year=TODAY.year - 15) - timedelta(days=30), 986),
        other.case_number,
        meeting,
    )


@pytest.fixture
def story_db(created: NewDatabase, db_path: Path) -> tuple[Path, Story]:
    """The database, locked, with the story written by the social worker."""
    admin = created.workspace
    for username, role in USERS.items():
        add_user(admin, username, username.capitalize(), role)
    add_user(admin, "olle", "Olle Kollega", Role.SOCIAL_WORKER)
    with admin.transaction() as session:
        colleague_id = session.scalar(select(User.id).where(User.username == "olle"))
        field_assistant_id = session.scalar(select(User.id).where(User.username == "fia"))
    admin.lock()
    workspace = login(db_path, "sara")
    try:
        story = _build(workspace, colleague_id, field_assistant_id)
    finally:
        workspace.lock()
    return db_path, story


@pytest.fixture
def story(story_db: tuple[Path, Story]) -> Story:
    return story_db[1]


def settle() -> None:
    """Let background calls end before the key is forgotten."""
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


@pytest.fixture
def log_in(story_db: tuple[Path, Story]) -> Iterator[Callable[[str], Workspace]]:
    """Log in as a user of the story's database; the previous user is locked out first."""
    path = story_db[0]
    current: list[Workspace] = []

    def as_user(username: str) -> Workspace:
        while current:
            settle()
            current.pop().lock()
        if username == ADMIN:
            workspace = access.unlock(path, ADMIN, ADMIN_PASSPHRASE)
        else:
            workspace = login(path, username)
        current.append(workspace)
        return workspace

    yield as_user
    settle()
    for workspace in current:
        workspace.lock()


def wait_for_pages(qtbot, preview: PdfPreview) -> None:
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=20_000)


def save_preview(qtbot, preview: PdfPreview, target: Path) -> bytes:
    with qtbot.waitSignal(preview.saved, timeout=10_000):
        preview.save_to(target)
    return target.read_bytes()


def pdf_text(data: bytes) -> str:
    """The PDF's text with line breaks folded, so phrases split over lines still match."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return " ".join(" ".join(pages).split())


def previews_of(widget: QWidget) -> list[PdfPreview]:
    """The preview windows opened from ``widget``'s window and not closed."""
    return [p for p in widget.window().findChildren(PdfPreview) if p.isVisible()]
