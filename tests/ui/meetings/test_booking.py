"""Booking a meeting and changing a booking through the dialog, on a real database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QMessageBox

from caseflow.domain.cases import Agency, ClosingReason
from caseflow.services import cases, meetings
from caseflow.services.meetings import ParticipantInput
from caseflow.services.workspace import Workspace
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.meetings.booking_dialog import BookingDialog
from caseflow.ui.meetings.invitee_table import AGENCY, NAME, PARTY, ROLE
from caseflow.ui.meetings.list_model import Column
from caseflow.ui.meetings.page import MeetingsPage
from tests.ui.meetings.conftest import TODAY, Seeded, book
from tests.ui.meetings.test_page import cell, ids, shown_page, wait_loaded

MENTOR = ParticipantInput("Eva Mentor", Agency.SCHOOL, "mentor", "Vasaskolan")


def open_new(qtbot, page: MeetingsPage) -> BookingDialog:
    """Ctrl+N in the list, as a user does (a shortcut needs its window active)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    page.focus_list()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.booking is not None and page.booking.isVisible(), timeout=5000)
    assert page.booking is not None
    return page.booking


def open_edit(qtbot, page: MeetingsPage, meeting_id: int) -> BookingDialog:
    assert page.select_meeting(meeting_id)
    page.edit_button.click()
    qtbot.waitUntil(lambda: page.booking is not None and page.booking.isVisible(), timeout=5000)
    assert page.booking is not None
    return page.booking


def add_case(qtbot, dialog: BookingDialog, text: str) -> None:
    """Type into the case search and press Enter, as a user does."""
    before = len(dialog.cases.case_ids())
    dialog.cases.search.setFocus()
    qtbot.keyClicks(dialog.cases.search, text)
    qtbot.keyClick(dialog.cases.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.cases.case_ids()) == before + 1, timeout=5000)


def fill_invitee(dialog: BookingDialog, row: int, name: str, agency: Agency, role: str, party: str):
    table = dialog.invitees.table
    for column, text in ((NAME, name), (ROLE, role), (PARTY, party)):
        widget = table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
    combo = table.cellWidget(row, AGENCY)
    combo.setCurrentIndex(combo.findData(agency.value))


def test_a_new_meeting_is_booked_through_the_dialog(qtbot, worker, seeded: Seeded, keeper):
    page = shown_page(qtbot, worker, keeper)
    page.focus_list()
    dialog = open_new(qtbot, page)
    assert dialog.windowTitle() == "Book a meeting"
    day = TODAY + timedelta(days=3)

    dialog.type.setCurrentIndex(dialog.type.findData("sig"))
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.starts.setTime(QTime(13, 30))
    assert dialog.ends.time() == QTime(14, 30)  # the end follows the start
    dialog.place.setFocus()
    qtbot.keyClicks(dialog.place, "Polishuset, rum 4")
    add_case(qtbot, dialog, seeded.orjan.case_number)
    add_case(qtbot, dialog, "Åsa")  # by name: one open case matches
    assert dialog.cases.cases() == [
        (seeded.orjan.case_id, seeded.orjan.case_number),
        (seeded.asa.case_id, seeded.asa.case_number),
    ]
    dialog.invitees.add_button.click()
    fill_invitee(dialog, 0, "Per Polis", Agency.POLICE, "kontaktpolis", "Polisen Söder")
    dialog.invitees.add_button.click()  # an empty row is left out, not refused

    dialog.place.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)  # Enter saves
    meeting_id = saved.args[0]
    qtbot.waitUntil(lambda: page.booking is None, timeout=5000)
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: meeting_id in ids(page), timeout=5000)
    assert page.selected_row() is not None and page.selected_row().id == meeting_id
    assert page.message.text() == "The booking is saved."

    detail = meetings.get_meeting(worker, meeting_id)
    assert detail.type_key == "sig"
    assert detail.starts_at == datetime.combine(day, time(13, 30))
    assert detail.ends_at == datetime.combine(day, time(14, 30))
    assert detail.place == "Polishuset, rum 4"
    assert detail.case_numbers == (seeded.orjan.case_number, seeded.asa.case_number)
    assert [(p.name, p.agency, p.role, p.party_name) for p in detail.participants] == [
        ("Per Polis", Agency.POLICE, "kontaktpolis", "Polisen Söder")
    ]
    row = page.model.row_of(meeting_id)
    assert row is not None
    assert cell(page, row, Column.CASES) == f"{seeded.orjan.case_number}, {seeded.asa.case_number}"


def test_missing_input_keeps_the_dialog_open_with_what_was_typed(
    qtbot, worker, seeded: Seeded, keeper
):
    page = shown_page(qtbot, worker, keeper)
    dialog = open_new(qtbot, page)
    dialog.invitees.add_button.click()
    fill_invitee(dialog, 0, "", Agency.SCHOOL, "mentor", "Vasaskolan")
    dialog.starts.setFocus()
    qtbot.keyClick(dialog.starts, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert dialog.field_label("place").text() == "Enter where the meeting is held."
    assert dialog.field_label("cases").text().startswith("Add at least one case")
    assert dialog.field_label("invitees").text().startswith("Enter a name for every invitee")
    assert dialog.place.hasFocus()  # the first field to fix
    assert dialog.invitees.invitees()[0][1].role == "mentor"
    assert dialog.ok_button.isEnabled()
    assert meetings.count_meetings(worker) == 0


def test_a_refusal_from_the_service_is_shown_next_to_its_field(
    qtbot, worker, seeded: Seeded, keeper
):
    page = shown_page(qtbot, worker, keeper)
    dialog = open_new(qtbot, page)
    qtbot.keyClicks(dialog.place, "Vasaskolan")
    add_case(qtbot, dialog, seeded.nils.case_number)
    # The case is closed while the dialog is open (by a colleague, say).
    cases.close_case(
        worker, seeded.nils.case_id, ClosingReason.GOALS_REACHED, "Målen är nådda.", TODAY
    )
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.field_label("cases").isVisible(), timeout=5000)
    assert dialog.field_label("cases").text() == (
        "A closed case cannot be put on a meeting's agenda."
    )
    assert dialog.isVisible()
    assert dialog.place.text() == "Vasaskolan"
    assert dialog.cases.case_ids() == [seeded.nils.case_id]
    # Taking the case off clears the service's message; another case can be booked.
    dialog.cases.chosen.setCurrentRow(0)
    dialog.cases.remove_button.click()
    add_case(qtbot, dialog, seeded.asa.case_number)
    assert dialog.field_label("cases").text() == ""
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()
    assert meetings.count_meetings(worker) == 1


def test_escape_asks_before_throwing_typed_input_away(qtbot, worker, seeded: Seeded, keeper):
    page = shown_page(qtbot, worker, keeper)
    dialog = open_new(qtbot, page)
    qtbot.keyClick(dialog.type, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: page.booking is None, timeout=5000)

    dialog = open_new(qtbot, page)
    qtbot.keyClicks(dialog.place, "Stadshuset")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None and question.isVisible()
    keep = next(
        b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )
    keep.click()
    assert dialog.isVisible() and dialog.place.text() == "Stadshuset"

    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None
    discard = next(
        b
        for b in question.buttons()
        if question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    discard.click()
    qtbot.waitUntil(lambda: page.booking is None, timeout=5000)
    assert meetings.count_meetings(worker) == 0


def test_a_booking_is_changed_and_keeps_its_invitees(qtbot, worker, seeded: Seeded, keeper):
    day = TODAY + timedelta(days=2)
    meeting = book(worker, [seeded.asa.case_id], day, invitees=[MENTOR])
    kept = meetings.get_meeting(worker, meeting).participants[0].id
    page = shown_page(qtbot, worker, keeper)
    dialog = open_edit(qtbot, page, meeting)
    assert dialog.place.text() == "Vasaskolan, rum 12"
    assert dialog.cases.cases() == [(seeded.asa.case_id, seeded.asa.case_number)]
    assert dialog.invitees.invitees() == [(kept, MENTOR)]

    dialog.place.setText("Vasaskolan, rum 14")
    add_case(qtbot, dialog, seeded.nils.case_number)
    dialog.invitees.add_button.click()
    fill_invitee(dialog, 1, "Ali Fritid", Agency.LEISURE, "fritidsledare", "Ekan")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()

    detail = meetings.get_meeting(worker, meeting)
    assert detail.place == "Vasaskolan, rum 14"
    assert detail.case_numbers == (seeded.asa.case_number, seeded.nils.case_number)
    assert [(p.id == kept, p.name) for p in detail.participants] == [
        (True, "Eva Mentor"),
        (False, "Ali Fritid"),
    ]
    assert detail.version == 3  # the booking and the invitees, once each


def test_a_change_made_meanwhile_is_said_clearly(qtbot, worker, seeded: Seeded, keeper):
    meeting = book(worker, [seeded.asa.case_id], TODAY + timedelta(days=2))
    page = shown_page(qtbot, worker, keeper)
    dialog = open_edit(qtbot, page, meeting)
    meetings.cancel_meeting(worker, meeting)  # someone else changed it
    dialog.place.setText("Stadshuset")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "changed this meeting" in dialog.message.text()
    assert dialog.isVisible() and dialog.place.text() == "Stadshuset"
    assert meetings.get_meeting(worker, meeting).place == "Vasaskolan, rum 12"


def test_the_dialog_fits_a_laptop_screen(qtbot, worker: Workspace, keeper: DraftKeeper):
    types = meetings.meeting_types(worker)
    dialog = BookingDialog(worker, types)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.invitees.add_button.click()
    assert dialog.height() <= 700 and dialog.width() <= 1000
    assert dialog.date.date().toPython() == date.today()


def test_tab_walks_the_fields_in_reading_order(qtbot, worker: Workspace, keeper: DraftKeeper):
    dialog = BookingDialog(worker, meetings.meeting_types(worker))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.invitees.add_button.click()
    dialog.invitees.add_button.click()
    table = dialog.invitees.table
    expected = [
        dialog.type,
        dialog.date,
        dialog.starts,
        dialog.ends,
        dialog.place,
        dialog.cases.search,
        *(table.cellWidget(row, column) for row in (0, 1) for column in range(5)),
        dialog.invitees.add_button,
        dialog.ok_button,
    ]
    walked = []
    widget = dialog.type
    while widget is not None and len(walked) < 40:
        walked.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == 0:
            widget = widget.nextInFocusChain()
        if widget is dialog.type:
            break
    positions = [walked.index(w) for w in expected]
    assert positions == sorted(positions)
