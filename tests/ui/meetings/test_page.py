"""The Möten area: upcoming and past, filters, paging, cancelling, calendar export, access."""

from __future__ import annotations

import importlib.util
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseflow.services import meetings, minutes
from caseflow.services.meetings import MeetingFilter
from caseflow.services.workspace import Workspace
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.meetings.filter_bar import period
from caseflow.ui.meetings.list_model import Column
from caseflow.ui.meetings.page import MeetingsPage
from tests.ui.meetings.conftest import TODAY, Seeded, book


def shown_page(qtbot, workspace: Workspace, keeper: DraftKeeper, **kwargs) -> MeetingsPage:
    page = MeetingsPage(workspace, keeper, **kwargs)
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.show()
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page: MeetingsPage) -> None:
    qtbot.waitUntil(
        lambda: page.model.meeting_filter is not None and not page.is_loading, timeout=5000
    )


def choose_type(qtbot, page: MeetingsPage, key: str) -> None:
    """Filter on a meeting type; the types are read on a worker, so they may come later."""
    combo = page.filters.type
    qtbot.waitUntil(lambda: combo.findData(key) >= 0, timeout=5000)
    combo.setCurrentIndex(combo.findData(key))


def ids(page: MeetingsPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def cell(page: MeetingsPage, row: int, column: Column) -> str:
    return str(page.model.data(page.model.index(row, column)))


def reload(qtbot, page: MeetingsPage) -> None:
    page.refresh()
    wait_loaded(qtbot, page)


# --- order -----------------------------------------------------------------------------


def test_upcoming_soonest_first_and_past_latest_first(qtbot, worker, seeded: Seeded, keeper):
    asa = seeded.asa.case_id
    later = book(worker, [asa], TODAY + timedelta(days=3))
    tomorrow = book(worker, [asa], TODAY + timedelta(days=1))
    today = book(worker, [asa], TODAY, hour=15)
    last_week = book(worker, [asa], TODAY - timedelta(days=7))
    yesterday = book(worker, [asa], TODAY - timedelta(days=1))

    page = shown_page(qtbot, worker, keeper)
    assert page.filters.upcoming.isChecked()
    assert ids(page) == [today, tomorrow, later]
    assert cell(page, 0, Column.DATE) == TODAY.isoformat()
    assert cell(page, 0, Column.TIME) == "15:00–16:00"
    assert cell(page, 0, Column.CASES) == seeded.asa.case_number
    assert cell(page, 0, Column.TYPE) == "SSPF meeting"
    assert cell(page, 0, Column.MINUTES) == "Draft"
    assert page.count_label.text() == "3 meeting(s)"

    qtbot.mouseClick(page.filters.past, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert ids(page) == [yesterday, last_week]


def test_period_rules():
    today = date(2026, 5, 10)
    upcoming = period(True, today, None, None)
    assert (upcoming.from_date, upcoming.to_date, upcoming.newest_first) == (today, None, False)
    # A period that began earlier still starts today for the upcoming list.
    assert period(True, today, date(2026, 1, 1), None).from_date == today
    past = period(False, today, date(2026, 1, 1), date(2026, 6, 1))
    assert (past.from_date, past.to_date, past.newest_first) == (
        date(2026, 1, 1),
        date(2026, 5, 9),
        True,
    )


# --- filters ---------------------------------------------------------------------------


def test_filters_by_type_case_number_period_and_cancelled(qtbot, worker, seeded: Seeded, keeper):
    asa, orjan = seeded.asa.case_id, seeded.orjan.case_id
    shared = book(worker, [asa, orjan], TODAY + timedelta(days=2))
    sig = book(worker, [orjan], TODAY + timedelta(days=5), type_key="sig")
    far = book(worker, [asa], TODAY + timedelta(days=40))
    page = shown_page(qtbot, worker, keeper)
    assert ids(page) == [shared, sig, far]
    assert cell(page, 0, Column.CASES) == f"{seeded.asa.case_number}, {seeded.orjan.case_number}"

    filters = page.filters
    choose_type(qtbot, page, "sig")
    wait_loaded(qtbot, page)
    assert ids(page) == [sig]
    filters.type.setCurrentIndex(0)
    wait_loaded(qtbot, page)

    # Typed in lower case and without leading zeros, as people do.
    number = seeded.orjan.case_number
    programme, year, serial = number.split("-")
    filters.case_number.setText(f"{programme.lower()}-{year}-{int(serial)}")
    filters.apply_now()
    qtbot.waitUntil(lambda: ids(page) == [shared, sig], timeout=5000)

    filters.case_number.setText("SSPF-1999-0999")
    filters.apply_now()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=5000)
    assert page.message.text() == "There is no case SSPF-1999-0999."
    assert page.model.rowCount() == 0
    filters.case_number.clear()
    filters.apply_now()
    wait_loaded(qtbot, page)
    assert ids(page) == [shared, sig, far]
    assert not page.message.isVisible()

    filters.to_date.edit.setDate(TODAY + timedelta(days=30))
    filters.to_date.enabled.setChecked(True)
    wait_loaded(qtbot, page)
    assert ids(page) == [shared, sig]
    filters.to_date.enabled.setChecked(False)
    wait_loaded(qtbot, page)

    meetings.cancel_meeting(worker, sig)
    reload(qtbot, page)
    assert ids(page) == [shared, sig, far]
    filters.show_cancelled.setChecked(False)
    wait_loaded(qtbot, page)
    assert ids(page) == [shared, far]


# --- paging ----------------------------------------------------------------------------


def test_paging_fetches_more_than_one_page(qtbot, worker, seeded: Seeded, keeper):
    first_day = TODAY + timedelta(days=1)
    for i in range(250):
        book(worker, [seeded.nils.case_id], first_day + timedelta(days=i // 8), hour=8 + i % 8)
    page = shown_page(qtbot, worker, keeper)
    assert page.model.rowCount() == 200
    assert page.model.has_more
    assert page.count_label.text() == "200+ meetings shown; scroll down for more."

    page.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: page.model.rowCount() == 250, timeout=5000)
    assert not page.model.has_more
    starts = [page.model.row_at(r).starts_at for r in range(250)]
    assert starts == sorted(starts)
    assert len(set(ids(page))) == 250
    assert page.count_label.text() == "250 meeting(s)"


# --- opening, cancelling ---------------------------------------------------------------


def test_enter_opens_the_meeting_editor(qtbot, worker, seeded: Seeded, keeper, stand_in_editor):
    meeting = book(worker, [seeded.asa.case_id], TODAY + timedelta(days=1))
    page = shown_page(qtbot, worker, keeper)
    page.focus_list()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert [m for m, _ in stand_in_editor] == [meeting]
    # Asked again, the open editor is brought forward rather than opened twice.
    page.open_current()
    assert len(stand_in_editor) == 1
    # Closing the editor reloads the list.
    editor = stand_in_editor[0][1]
    editor.deleteLater()
    qtbot.waitUntil(lambda: not page.editors, timeout=5000)


def test_cancel_asks_then_marks_the_meeting_cancelled(qtbot, worker, seeded: Seeded, keeper):
    meeting = book(worker, [seeded.asa.case_id], TODAY + timedelta(days=1))
    page = shown_page(qtbot, worker, keeper)
    assert page.select_meeting(meeting)
    assert cell(page, 0, Column.STATUS) == "Booked"

    box = page.cancel_selected()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not meetings.get_meeting(worker, meeting).cancelled

    box = page.cancel_selected()
    assert box is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    qtbot.waitUntil(lambda: page.message.text() == "The meeting is cancelled.", timeout=5000)
    wait_loaded(qtbot, page)
    assert meetings.get_meeting(worker, meeting).cancelled
    assert cell(page, 0, Column.STATUS) == "Cancelled"
    assert page.model.data(page.model.index(0, Column.DATE), Qt.ItemDataRole.FontRole).strikeOut()
    # The same button now reinstates it.
    qtbot.waitUntil(lambda: page.selected_row() is not None, timeout=5000)
    assert page.cancel_button.text() == "Reinstate meetin&g…"


def test_approved_minutes_lock_the_booking_buttons(qtbot, worker, seeded: Seeded, keeper):
    meeting = book(worker, [seeded.asa.case_id], TODAY - timedelta(days=1))
    approved = book(worker, [seeded.nils.case_id], TODAY - timedelta(days=2))
    minutes.start_minutes(worker, approved)
    minutes.save_item(
        worker,
        approved,
        None,
        minutes.ItemInput(seeded.nils.case_id, "Sedan sist", notes="Går till skolan varje dag."),
        None,
    )
    minutes.approve(worker, approved, TODAY)
    page = shown_page(qtbot, worker, keeper)
    page.filters.show_upcoming(False)
    wait_loaded(qtbot, page)
    assert ids(page) == [meeting, approved]
    assert cell(page, 1, Column.MINUTES) == "Approved"
    page.select_meeting(meeting)
    assert page.edit_button.isEnabled() and page.cancel_button.isEnabled()
    page.select_meeting(approved)
    assert not page.edit_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.edit_button.toolTip().startswith("The minutes are approved")
    assert page.open_button.isEnabled()


# --- calendar export -------------------------------------------------------------------


def _unfolded(text: str) -> str:
    return re.sub(r"\r\n[ \t]", "", text)


def test_export_selected_meeting_writes_an_ics_without_names(
    qtbot, worker, seeded: Seeded, keeper, tmp_path: Path
):
    asa = seeded.asa
    meeting = book(worker, [asa.case_id], TODAY + timedelta(days=2), hour=13)
    other = book(worker, [seeded.nils.case_id], TODAY + timedelta(days=3))
    page = shown_page(qtbot, worker, keeper)
    page.select_meeting(meeting)

    dialog = page.choose_export_file(selected_only=True)
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith(f"meeting-{(TODAY + timedelta(days=2))}.ics")
    folder = tmp_path / "kalender"
    folder.mkdir()
    dialog.fileSelected.emit(str(folder / "möte"))
    dialog.reject()
    written = folder / "möte.ics"
    qtbot.waitUntil(written.exists, timeout=5000)
    qtbot.waitUntil(lambda: "saved to" in page.message.text(), timeout=5000)
    assert page.message.text() == f"1 meeting(s) saved to {written} for your calendar."

    raw = written.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    text = _unfolded(raw.decode("utf-8"))
    assert f"UID:meeting-{meeting}@caseflow.invalid" in text
    assert f"meeting-{other}@" not in text
    assert asa.case_number in text
    for secret in (asa.first_name, asa.last_name, asa.personnummer, asa.personnummer[2:]):
        assert secret not in text
    assert [p.name for p in folder.iterdir()] == ["möte.ics"]  # no temporary file left


def test_export_every_meeting_in_the_filter(qtbot, worker, seeded: Seeded, keeper, tmp_path):
    sig = book(worker, [seeded.orjan.case_id], TODAY + timedelta(days=1), type_key="sig")
    book(worker, [seeded.asa.case_id], TODAY + timedelta(days=2))
    page = shown_page(qtbot, worker, keeper)
    choose_type(qtbot, page, "sig")
    wait_loaded(qtbot, page)
    assert ids(page) == [sig]
    target = tmp_path / "alla.ics"
    page.export_to(target, None, page.model.meeting_filter)
    qtbot.waitUntil(lambda: "saved to" in page.message.text(), timeout=5000)
    text = _unfolded(target.read_text(encoding="utf-8"))
    assert re.findall(r"UID:meeting-(\d+)@", text) == [str(sig)]


def test_export_error_is_said_in_words(qtbot, worker, seeded: Seeded, keeper, tmp_path: Path):
    book(worker, [seeded.asa.case_id], TODAY + timedelta(days=1))
    page = shown_page(qtbot, worker, keeper)
    page.export_to(tmp_path / "no-such-folder" / "möten.ics", None, page.model.meeting_filter)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=5000)
    assert "could not be read or written" in page.message.text()
    assert page.export_button.isEnabled()


# --- access ----------------------------------------------------------------------------


def test_a_manager_reads_a_sentence_instead_of_the_list(qtbot, manager):
    keeper = DraftKeeper(manager)
    page = MeetingsPage(manager, keeper)
    qtbot.addWidget(page)
    page.show()
    qtbot.wait(50)
    assert page.no_access.isVisible()
    assert page.no_access.text().startswith("Your role does not include meetings.")
    assert not hasattr(page, "table")
    assert page.findChild(QMessageBox) is None
    keeper.stop()


def test_meeting_filter_is_what_the_service_is_asked(qtbot, worker, seeded: Seeded, keeper):
    page = shown_page(qtbot, worker, keeper)
    assert page.model.meeting_filter == MeetingFilter(from_date=TODAY, include_cancelled=True)


@pytest.mark.skipif(
    importlib.util.find_spec("caseflow.ui.pages.actions") is None,
    reason="the actions page is built in another module",
)
def test_main_window_has_meetings_then_my_actions(qtbot, worker, keeper):
    from caseflow.ui.main_window import MainWindow

    window = MainWindow(worker)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[titles.index("Meetings") + 1] == "My actions"
    assert "Reports" in titles
    assert window.pages.widget(titles.index("Meetings")) is window.meetings
    window.drafts.stop()
