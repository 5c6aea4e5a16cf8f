"""A meeting's agenda and minutes as PDFs, read back with pypdf.

The sitting below takes two young people (Åsa and Omar). Åsa's minutes
must hold nothing of Omar's part: not his notes, not his actions, not the
social worker who was present only for him, not even his case number.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from caseflow.domain.accounts import Role
from caseflow.domain.cases import Agency
from caseflow.domain.errors import PermissionDenied
from caseflow.domain.meetings import CaseNotOnAgenda
from caseflow.reports.document import CONFIDENTIAL
from caseflow.services import access, meeting_documents, meetings, minutes
from caseflow.services.meeting_documents import PrintPerCase
from caseflow.services.meetings import ParticipantInput
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import AuditLogEntry
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import add_user, login, put_settings
from tests.services.meeting_fixtures import (
    KONTAKTPOLIS,
    MENTOR,
    SOCIALSEKRETERARE,
    TODAY,
    YoungPerson,
    book,
    consent_to,
    young_person,
)

LAST_WEEK = TODAY - timedelta(days=7)
PRINTED_AT = datetime(2026, 3, 14, 9, 5)
TRICKY = ParticipantInput("Kim <b>& Co", Agency.LEISURE, "fritidsledare <i>", "Ungdomsgården")
OLLE = ParticipantInput("Olle Fält", Agency.SOCIAL_SERVICES, "fältassistent")
NEXT_MEETING = TODAY + timedelta(days=40)
# A personnummer in any written form.
PERSONNUMMER = re.compile(r"\d{6}[-+]?\d{4}")


@dataclass(frozen=True)
class Sitting:
    """A shared SSPF sitting last week about Åsa and Omar, minuted but not approved."""

    meeting_id: int
    asa: YoungPerson
    omar: YoungPerson


def _write_minutes(workspace: Workspace, meeting_id: int, sitting: Sitting, actions: int) -> None:
    view = minutes.start_minutes(workspace, meeting_id)
    for item in view.items:
        if item.case_id == sitting.asa.case_id:
            who, notes = "Åsa", f"Åsa-anteckning {item.number}: skolan går bättre för Åsa."
            responsible = (Agency.SCHOOL, "Eva Mentor")
        else:
            who, notes = "OMAR", f"OMAR-HEMLIS {item.number}: oro kring Omar Berg."
            responsible = (Agency.SOCIAL_SERVICES, "Olle Fält")
        last = item.heading.startswith("Next meeting")
        new_actions = item.heading.startswith("New actions")
        minutes.save_item(
            workspace,
            meeting_id,
            item.number,
            ItemInput(
                item.case_id,
                item.heading,
                notes,
                f"{who}-BESLUT: fortsätt som förut",
                NEXT_MEETING if last else None,
                tuple(
                    ActionInput(
                        f"{who}-åtgärd {k}: ringa hem varje vecka",
                        *responsible,
                        TODAY + timedelta(days=k),
                    )
                    for k in range(1, actions + 1)
                )
                if new_actions
                else (),
            ),
        )


def _sitting(workspace: Workspace, actions: int = 2) -> Sitting:
    asa = young_person(workspace, "Åsa", "Öberg", serial=981)
    omar = young_person(workspace, "Omar", "Berg", serial=982, age_days=15 * 365)
    consent_to(workspace, asa)  # the school and the police may hear about Åsa, not Omar
    meeting_id = book(
        workspace,
        [asa.case_id, omar.case_id],
        LAST_WEEK,
        invitees=[MENTOR, KONTAKTPOLIS, SOCIALSEKRETERARE, OLLE, TRICKY],
    )
    sitting = Sitting(meeting_id, asa, omar)
    _write_minutes(workspace, meeting_id, sitting, actions)
    present = {
        "Eva Mentor": [asa.case_id],
        "Per Polis": [asa.case_id],
        "Sara Lind": [asa.case_id, omar.case_id],
        "Olle Fält": [omar.case_id],
    }
    for participant in meetings.get_meeting(workspace, meeting_id).participants:
        if participant.name in present:
            meetings.record_attendance(
                workspace, meeting_id, participant.id, present[participant.name]
            )
    return sitting


@dataclass(frozen=True)
class MeetingDatabase:
    """A database on disk, locked, for the command-line tests (user "sara", "chef")."""

    path: Path
    sitting: Sitting
    single: int  # about Omar alone, last week in the afternoon
    cancelled: int  # about Åsa, in three days, cancelled
    earlier: int  # about Åsa, a month ago (booked last: ids are not date order)


def meeting_database(path: Path) -> MeetingDatabase:
    created = access.create_database(
        path, ADMIN, "Alva Administratör", ADMIN_PASSPHRASE, ADMIN_PASSPHRASE, access.FAST_TEST_KDF
    )
    add_user(created.workspace, "sara", "Sara Lind", Role.SOCIAL_WORKER)
    add_user(created.workspace, "chef", "Carl Chef", Role.MANAGER)
    created.workspace.lock()
    workspace = login(path, "sara")
    try:
        sitting = _sitting(workspace)
        single = book(workspace, [sitting.omar.case_id], LAST_WEEK, hour=13)
        cancelled = book(workspace, [sitting.asa.case_id], TODAY + timedelta(days=3))
        meetings.cancel_meeting(workspace, cancelled)
        earlier = book(
            workspace, [sitting.asa.case_id], TODAY - timedelta(days=30), type_key="network"
        )
    finally:
        workspace.lock()
    return MeetingDatabase(path, sitting, single, cancelled, earlier)


@pytest.fixture
def sitting(social_worker: Workspace) -> Sitting:
    return _sitting(social_worker)


def _read(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def _assert_every_page(pages: list[str], *expected: str) -> None:
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert CONFIDENTIAL.render() in text
        for words in expected:
            assert words in text, (number, words)


# --- the agenda ----------------------------------------------------------------------------


def test_the_agenda_names_cases_by_number_and_lists_invitees_items_and_checklist(
    social_worker, sitting
):
    meetings.save_preparation(social_worker, sitting.meeting_id, [0, 2], "Egna anteckningar")
    pdf = meeting_documents.agenda_pdf(social_worker, sitting.meeting_id, printed_at=PRINTED_AT)
    reader, pages = _read(pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Agenda – SSPF meeting, {LAST_WEEK.isoformat()}"
    assert reader.metadata.author == "Social services"
    _assert_every_page(
        pages,
        f"Meeting {sitting.meeting_id}",
        "Printed by Sara Lind, 2026-03-14 09:05",
    )
    text = " ".join(pages)
    assert f"{sitting.asa.case_number}, {sitting.omar.case_number}" in text
    assert "09:00–10:30" in text and "Stadshuset, rum 3" in text
    assert "Eva Mentor School, Vasaskolan mentor" in text
    assert "Kim <b>& Co Leisure services, Ungdomsgården fritidsledare <i>" in text
    assert f"Case {sitting.asa.case_number} 1. Since the last meeting" in text
    assert f"Case {sitting.omar.case_number} 6. Since the last meeting" in text
    assert "10. Next meeting or follow-up" in text
    assert "☒ Check that every invited party is covered by consent" in text
    assert "☐ Invite the parties" in text
    assert "☒ Gather open actions" in text
    # Case numbers only: no young person's name, no personnummer, no preparation notes.
    for word in ("Åsa", "Öberg", "Omar", "Berg", "Egna anteckningar"):
        assert word not in text
    assert not PERSONNUMMER.search(text.replace(sitting.asa.case_number, ""))


def test_a_cancelled_meeting_s_agenda_says_so_on_every_page(social_worker, sitting):
    meeting_id = book(social_worker, [sitting.asa.case_id], TODAY + timedelta(days=3))
    meetings.cancel_meeting(social_worker, meeting_id)
    _, pages = _read(meeting_documents.agenda_pdf(social_worker, meeting_id))
    _assert_every_page(pages, "CANCELLED", sitting.asa.case_number)
    assert "Nobody is invited yet." in pages[0]


# --- the minutes ---------------------------------------------------------------------------


def test_a_case_s_minutes_hold_nothing_of_the_other_case(social_worker, sitting):
    pdf = meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, sitting.asa.case_id)
    reader, pages = _read(pdf)
    assert reader.metadata is not None
    assert reader.metadata.title.endswith(f"– {sitting.asa.case_number}")
    _assert_every_page(pages, sitting.asa.case_number, "DRAFT – not approved")
    text = " ".join(pages)
    for number in range(1, 6):
        assert f"Åsa-anteckning {number}: skolan går bättre för Åsa." in text
    assert "Åsa-åtgärd 2: ringa hem varje vecka" in text
    for leak in ("OMAR", "Omar", sitting.omar.case_number, "Olle Fält"):
        assert leak not in text, leak
    assert "The meeting also took up other young people" in text
    # Present for Åsa's part: the mentor, the police and the social worker.
    assert "Eva Mentor School, Vasaskolan mentor" in text
    assert "Per Polis Police" in text and "Sara Lind Social services" in text
    assert "Kim <b>& Co" not in text  # invited, not present
    assert f"Next meeting or follow-up {NEXT_MEETING.isoformat()}" in text
    assert "Status Draft – not approved" in text


def test_the_other_case_gets_its_own_part_alone(social_worker, sitting):
    pdf = meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, sitting.omar.case_id)
    _, pages = _read(pdf)
    _assert_every_page(pages, sitting.omar.case_number)
    text = " ".join(pages)
    assert "OMAR-HEMLIS 6" in text and "Olle Fält" in text
    for leak in ("Åsa", sitting.asa.case_number, "Eva Mentor", "Per Polis"):
        assert leak not in text, leak


def test_approved_minutes_show_the_approver_and_corrections_under_their_item(
    social_worker, sitting
):
    minutes.approve(social_worker, sitting.meeting_id, TODAY)
    minutes.correct(
        social_worker,
        sitting.meeting_id,
        2,
        ItemInput(sitting.asa.case_id, "Risk and protective factors", "RÄTTELSE: fler skydd."),
    )
    pdf = meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, sitting.asa.case_id)
    _, pages = _read(pdf)
    text = " ".join(pages)
    assert "DRAFT" not in text
    assert f"Approved by Sara Lind on {TODAY.isoformat()}" in text
    correction = f"Correction 11 of item 2, written by Sara Lind on {TODAY.isoformat()}"
    assert correction in text
    # Under item 2, before item 3; the original stays.
    assert text.index("Åsa-anteckning 2") < text.index(correction) < text.index("3. Follow-up")
    assert "RÄTTELSE: fler skydd." in text


def test_the_whole_minutes_of_a_shared_sitting_are_refused(social_worker, sitting):
    with pytest.raises(PrintPerCase):
        meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, None)
    other = young_person(social_worker, "Nils", "Nilsson", serial=983)
    with pytest.raises(CaseNotOnAgenda):
        meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, other.case_id)


def test_a_one_case_meeting_prints_whole_under_its_case_number(social_worker, sitting):
    meeting_id = book(social_worker, [sitting.omar.case_id], LAST_WEEK, hour=13)
    pdf = meeting_documents.minutes_pdf(social_worker, meeting_id, None)
    _, pages = _read(pdf)
    _assert_every_page(pages, sitting.omar.case_number, "DRAFT – not approved")
    assert "No minutes are written for this case." in pages[0]
    assert "No attendance is recorded for this case." in pages[0]
    assert "No actions were agreed." in pages[0]
    assert "took up other young people" not in pages[0]


def test_a_long_actions_table_breaks_across_pages_with_its_header(social_worker):
    sitting = _sitting(social_worker, actions=60)
    pdf = meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, sitting.asa.case_id)
    _, pages = _read(pdf)
    with_actions = [text for text in pages if "Åsa-åtgärd" in text]
    assert len(with_actions) >= 2
    for text in with_actions:
        assert "Item What Responsible Due Status" in text
    found = [int(n) for n in re.findall(r"Åsa-åtgärd (\d+):", " ".join(pages))]
    assert found == list(range(1, 61))


def test_the_unit_and_municipality_come_from_the_settings(social_worker, sitting):
    put_settings(
        social_worker,
        {"unit_name": "Fältgruppen <Söder> & Co", "municipality_name": "Örebro kommun"},
    )
    pdf = meeting_documents.agenda_pdf(social_worker, sitting.meeting_id)
    reader, pages = _read(pdf)
    assert reader.metadata is not None
    assert reader.metadata.author == "Fältgruppen <Söder> & Co"
    _assert_every_page(pages, "Fältgruppen <Söder> & Co", "Örebro kommun")


def test_only_those_who_may_read_meetings_may_print_them(social_worker, sitting, team_database):
    social_worker.lock()
    manager = login(team_database, "chef")
    try:
        with pytest.raises(PermissionDenied):
            meeting_documents.agenda_pdf(manager, sitting.meeting_id)
        with pytest.raises(PermissionDenied):
            meeting_documents.minutes_pdf(manager, sitting.meeting_id, sitting.asa.case_id)
    finally:
        manager.lock()


def _printed(workspace: Workspace) -> list[tuple[str, str, str, str]]:
    with workspace.transaction() as session:
        rows = session.execute(
            select(
                AuditLogEntry.case_number,
                AuditLogEntry.record_type,
                AuditLogEntry.record_id,
                AuditLogEntry.detail,
            )
            .where(AuditLogEntry.action == "report_produced")
            .order_by(AuditLogEntry.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_each_printout_is_in_the_audit_log_of_every_case_it_is_about(social_worker, sitting):
    asa, omar = sitting.asa.case_number, sitting.omar.case_number
    meeting = str(sitting.meeting_id)
    assert _printed(social_worker) == []
    meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, sitting.asa.case_id)
    assert _printed(social_worker) == [(asa, "meeting", meeting, "minutes")]
    meeting_documents.agenda_pdf(social_worker, sitting.meeting_id)
    assert _printed(social_worker)[1:] == [
        (asa, "meeting", meeting, "agenda"),
        (omar, "meeting", meeting, "agenda"),
    ]
    with pytest.raises(PrintPerCase):
        meeting_documents.minutes_pdf(social_worker, sitting.meeting_id, None)
    assert len(_printed(social_worker)) == 3  # a refused printout is not logged
