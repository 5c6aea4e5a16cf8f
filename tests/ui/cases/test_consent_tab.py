"""The Samtycke tab: the matrix in words, the timeline, and its dialogs (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from caseflow.domain.cases import Agency, ReferralSource
from caseflow.domain.consent import Manner, Party, birthday
from caseflow.domain.programmes import Programme
from caseflow.services import cases, consent, people
from caseflow.services.cases import AgencyView
from caseflow.services.people import GuardianInput, PersonInput
from caseflow.services.workspace import Workspace
from caseflow.storage.models import User
from caseflow.ui.cases.consent_dialogs import RegisterConsentDialog
from caseflow.ui.cases.consent_timeline import CONSENT, KIND_ROLE, WITHDRAWAL
from caseflow.ui.cases.tab_consent import ConsentTab
from caseflow.ui.cases.tab_support import enum_value, select_value, to_qdate
from tests.helpers import pnr_in_test_range

TODAY = date.today()
LAST_WEEK = TODAY - timedelta(days=7)
SCHOOL = Party(Agency.SCHOOL, "Vasaskolan")
POLICE = Party(Agency.POLICE)


@dataclass(frozen=True)
class Family:
    case_id: int
    mother: int
    father: int


@pytest.fixture
def worker(social_worker: Workspace) -> Iterator[Workspace]:
    yield social_worker
    # Background calls still running must end before the key is forgotten.
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


@pytest.fixture
def family(worker: Workspace) -> Family:
    """A 16-year-old in SSPF with two guardians; the school and the police are involved."""
    born = birthday(TODAY, -16) - timedelta(days=50)
    person = people.register_person(
        worker, PersonInput("Elsa", "Ek", pnr_in_test_range(born, 986))
    ).person_id
    mother = people.add_guardian(worker, person, GuardianInput("Maria Ek", phone="070-1"))
    father = people.add_guardian(worker, person, GuardianInput("Jonas Ek"))
    case_id = cases.open_case(
        worker, person, Programme.SSPF, TODAY - timedelta(days=60), ReferralSource.SCHOOL, "Oro"
    ).case_id
    cases.set_agencies(
        worker,
        case_id,
        [AgencyView(Agency.SCHOOL, "Vasaskolan", None), AgencyView(Agency.POLICE, None, None)],
    )
    return Family(case_id, mother, father)


def _everyone_consents(worker: Workspace, family: Family, given: date = LAST_WEEK) -> list[int]:
    return [
        consent.register_consent(
            worker,
            family.case_id,
            who,
            [SCHOOL, POLICE],
            "Närvaro och mående",
            "Samordnade insatser i SSPF",
            given,
        )
        for who in (None, family.mother, family.father)
    ]


def _tab(qtbot, worker: Workspace, case_id: int) -> ConsentTab:
    tab = ConsentTab(worker, case_id)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    return tab


def _row(tab: ConsentTab, party: Party) -> int:
    matrix = tab.matrix
    assert matrix is not None
    return [row.party for row in matrix.rows].index(party)


def _cells(tab: ConsentTab, party: Party) -> list[str]:
    table = tab.matrix_view.table
    row = _row(tab, party)
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _wait_matrix_for(qtbot, tab: ConsentTab, on: date) -> None:
    qtbot.waitUntil(lambda: tab.matrix is not None and tab.matrix.on_date == on, timeout=5000)


def _timeline_top(tab: ConsentTab) -> list[tuple[str, str, str]]:
    tree = tab.timeline
    return [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    ]


def _save(qtbot, tab: ConsentTab, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.problems()
    with qtbot.waitSignal(tab.changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.loaded and tab.dialog is not None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


# --- the matrix ------------------------------------------------------------------------


def test_matrix_says_in_words_who_is_covered_and_follows_the_date(qtbot, worker, family):
    _everyone_consents(worker, family)
    tab = _tab(qtbot, worker, family.case_id)
    table = tab.matrix_view.table

    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Party",
        "Young person",
        "Maria Ek (guardian)",
        "Jonas Ek (guardian)",
        "Overall",
    ]
    assert _cells(tab, SCHOOL) == [
        "Vasaskolan (School)",
        "Consented",
        "Consented",
        "Consented",
        "Covered",
    ]
    school = _row(tab, SCHOOL)
    overall = table.item(school, 4)
    assert overall.background().color().name() != table.item(school, 0).background().color().name()
    assert "Covered by consent given on" in overall.toolTip()
    until = (LAST_WEEK + timedelta(days=364)).isoformat()
    assert (
        table.item(school, 1).toolTip()
        == f"Consented on {LAST_WEEK.isoformat()}, valid until {until}"
    )

    table.setCurrentCell(school, 2)
    details = tab.matrix_view.details.text()
    assert "Maria Ek (guardian) for Vasaskolan (School): Consented" in details
    assert "Information: Närvaro och mående" in details

    before = LAST_WEEK - timedelta(days=1)
    tab.on_date.setDate(to_qdate(before))
    _wait_matrix_for(qtbot, tab, before)
    assert _cells(tab, SCHOOL) == [
        "Vasaskolan (School)",
        "No valid consent",
        "No valid consent",
        "No valid consent",
        "Not covered",
    ]
    table.setCurrentCell(_row(tab, SCHOOL), 4)
    assert "Not covered" in tab.matrix_view.details.text()
    assert "No consent has been given for Vasaskolan" in tab.matrix_view.details.text()

    tab.today_button.click()
    _wait_matrix_for(qtbot, tab, TODAY)
    assert _cells(tab, POLICE)[-1] == "Covered"


def test_restricted_guardian_is_marked_in_the_matrix_and_the_dialog(qtbot, worker, family):
    person = cases.get_case(worker, family.case_id).person.id
    people.update_guardian(worker, family.father, GuardianInput("Jonas Ek", no_information=True))
    del person
    tab = _tab(qtbot, worker, family.case_id)
    header = tab.matrix_view.table.horizontalHeaderItem(3).text()
    assert "MUST NOT receive information" in header

    dialog = tab.register_consent()
    assert isinstance(dialog, RegisterConsentDialog)
    dialog.select_consenter(family.father)
    assert "MUST NOT receive information" in dialog.who.currentText()
    assert dialog.who_warning.isVisibleTo(dialog)
    assert "must not be told anything" in dialog.who_warning.text()
    dialog.reject()


# --- registering -----------------------------------------------------------------------


def test_register_consent_through_the_dialog(qtbot, worker, family):
    tab = _tab(qtbot, worker, family.case_id)
    assert _cells(tab, SCHOOL)[1] == "No valid consent"
    dialog = tab.register_consent()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok_button.isEnabled()  # nothing filled in yet

    for row in range(dialog.parties.count()):
        item = dialog.parties.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == SCHOOL:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.information, "Narvaro")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.purpose, "Gemensam plan")
    assert dialog.ok_button.isEnabled()

    select_value(dialog.manner, Manner.ORAL)
    assert not dialog.ok_button.isEnabled()  # an oral consent needs who documented it
    assert "documented" in dialog.problems()["documented_by"]
    dialog.validate(show_all=True)
    assert dialog.field_label("documented_by").isVisibleTo(dialog)
    qtbot.keyClicks(dialog.documented_by, "Sara Lind")
    assert dialog.ok_button.isEnabled()
    assert dialog.valid_until.date() == to_qdate(TODAY + timedelta(days=364))
    assert "365 days" in dialog.validity_note.text()

    _save(qtbot, tab, dialog)

    assert _cells(tab, SCHOOL)[1] == "Consented"
    assert _cells(tab, SCHOOL)[2] == "No valid consent"  # the guardians have not consented
    assert _cells(tab, POLICE)[1] == "No valid consent"
    date_text, what, details = _timeline_top(tab)[0]
    assert date_text == TODAY.isoformat()
    assert what == "Consent given by the young person"
    assert "Vasaskolan (School)" in details and "Orally, documented by Sara Lind" in details
    assert tab.timeline.selected_record_id() == dialog.result_value  # ready to attach the form


def test_a_named_party_can_be_added_in_the_dialog(qtbot, worker, family):
    tab = _tab(qtbot, worker, family.case_id)
    dialog = tab.register_consent()
    assert dialog is not None
    select_value(dialog.new_kind, Agency.OTHER)
    assert dialog.add_party() is None  # "Other" needs a name
    assert dialog.new_party_message.text()
    qtbot.keyClicks(dialog.new_name, "Bostadsbolaget")
    party = dialog.add_party()
    assert party == Party(Agency.OTHER, "Bostadsbolaget")
    assert enum_value(dialog.manner, Manner) is Manner.WRITTEN
    qtbot.keyClicks(dialog.information, "Boende")
    qtbot.keyClicks(dialog.purpose, "Stod i boendet")
    _save(qtbot, tab, dialog)
    assert _cells(tab, party)[0] == "Bostadsbolaget (Other)"
    assert _cells(tab, party)[1] == "Consented"


# --- withdrawing -----------------------------------------------------------------------


def test_withdraw_for_one_party_leaves_the_others_covered(qtbot, worker, family):
    _everyone_consents(worker, family)
    tab = _tab(qtbot, worker, family.case_id)
    assert _cells(tab, POLICE)[-1] == "Covered"
    dialog = tab.withdraw_consent()
    assert dialog is not None
    dialog.select_consenter(family.father)
    dialog.set_parties([POLICE])
    select_value(dialog.manner, Manner.ORAL)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.received_by, "Sara Lind")

    _save(qtbot, tab, dialog)

    assert _cells(tab, POLICE) == [
        "Police",
        "Consented",
        "Consented",
        "No valid consent",
        "Not covered",
    ]
    assert _cells(tab, SCHOOL)[-1] == "Covered"
    table = tab.matrix_view.table
    assert table.item(_row(tab, POLICE), 3).toolTip() == f"Withdrawn {TODAY.isoformat()}"
    kinds = [
        tab.timeline.topLevelItem(i).data(0, KIND_ROLE)
        for i in range(tab.timeline.topLevelItemCount())
    ]
    assert kinds == [WITHDRAWAL, CONSENT, CONSENT, CONSENT]  # newest first
    assert _timeline_top(tab)[0][1] == "Consent withdrawn by guardian Jonas Ek"
    # The day before, the police were covered: the history is kept.
    yesterday = TODAY - timedelta(days=1)
    tab.on_date.setDate(to_qdate(yesterday))
    _wait_matrix_for(qtbot, tab, yesterday)
    assert _cells(tab, POLICE)[-1] == "Covered"


def test_withdraw_needs_a_party_when_not_everything(qtbot, worker, family):
    _everyone_consents(worker, family)
    tab = _tab(qtbot, worker, family.case_id)
    dialog = tab.withdraw_consent()
    assert dialog is not None
    assert dialog.ok_button.isEnabled()  # everything, in writing: complete
    dialog.some.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert "Tick the parties" in dialog.field_label("parties").text()
    dialog.reject()


# --- scanned forms ---------------------------------------------------------------------


def _scanned_pdf(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Signed consent form")
    canvas.showPage()
    canvas.save()
    return path


def test_attach_a_scanned_form_and_read_it_in_the_app(qtbot, worker, family, tmp_path):
    [young, *_] = _everyone_consents(worker, family)
    tab = _tab(qtbot, worker, family.case_id)
    assert not tab.attach_button.isEnabled()  # which consent? none chosen yet
    assert tab.timeline.select_record(young)
    assert tab.attach_button.isEnabled()

    dialog = tab.attach_form()
    assert dialog is not None
    dialog.fileSelected.emit(str(_scanned_pdf(tmp_path / "blankett.pdf")))
    qtbot.waitUntil(lambda: len(tab.timeline.attachment_items()) == 1, timeout=5000)
    assert "blankett.pdf" in tab.timeline.attachment_items()[0].text(2)
    assert "attached" in tab.message.text()

    tab.timeline.setCurrentItem(tab.timeline.attachment_items()[0])
    assert tab.view_button.isEnabled()
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=5000)
    viewer = tab.viewer
    assert viewer is not None and viewer.pdf_view is not None
    qtbot.waitUntil(lambda: viewer.page_count == 1, timeout=5000)
    assert viewer.info.text() == "1 page(s)"
    viewer.reject()


def test_a_wrong_file_is_refused_with_a_clear_message(qtbot, worker, family, tmp_path):
    [young, *_] = _everyone_consents(worker, family)
    tab = _tab(qtbot, worker, family.case_id)
    tab.timeline.select_record(young)
    text_file = tmp_path / "anteckning.txt"
    text_file.write_text("inte en blankett")
    tab.attach_file(young, text_file)
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=5000)
    assert tab.message.text() == "Choose a scanned form saved as PDF, PNG, JPEG or TIFF."
    fake_pdf = tmp_path / "trasig.pdf"
    fake_pdf.write_bytes(b"not a pdf at all")
    tab.attach_file(young, fake_pdf)
    qtbot.waitUntil(lambda: "Attach the scanned form as" in tab.message.text(), timeout=5000)
    assert tab.timeline.attachment_items() == []


def test_an_image_form_is_shown_as_an_image(qtbot, worker, family, tmp_path):
    from PySide6.QtGui import QColor, QImage

    [young, *_] = _everyone_consents(worker, family)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    path = tmp_path / "blankett.png"
    assert image.save(str(path))
    attachment = consent.attach_form(worker, young, "blankett.png", path.read_bytes(), "image/png")
    tab = _tab(qtbot, worker, family.case_id)
    [info] = tab.data.overview.attachments[young]
    assert info.id == attachment
    tab.view_attachment(info)
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.isVisible(), timeout=5000)
    assert tab.viewer.image_label is not None
    assert tab.viewer.image_label.pixmap().width() == 40
    tab.viewer.reject()


# --- legal grounds ---------------------------------------------------------------------


def test_legal_ground_needs_a_reason_and_must_fit_the_party(qtbot, worker, family):
    tab = _tab(qtbot, worker, family.case_id)
    dialog = tab.record_legal_ground()
    assert dialog is not None
    dialog.select_ground("osl-10-18a")
    dialog.select_party(SCHOOL)
    assert "does not allow telling Vasaskolan (School)" in dialog.problems()["ground"]
    dialog.select_party(POLICE)
    assert "ground" not in dialog.problems()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems()["reason"] == "Write why the legal ground applies."
    qtbot.keyClicks(dialog.reason, "Risk for brott, sarskilda omstandigheter")
    assert dialog.ok_button.isEnabled()

    _save(qtbot, tab, dialog)

    assert _cells(tab, POLICE)[-1] == "Covered"
    assert _cells(tab, SCHOOL)[-1] == "Not covered"
    assert _timeline_top(tab)[0][1] == "Legal ground for Police"
    assert "OSL 10 kap. 18 a §" in _timeline_top(tab)[0][2]


# --- the printable form ----------------------------------------------------------------


def test_print_the_form_saves_it_whole_and_offers_to_read_it(qtbot, worker, family, tmp_path):
    tab = _tab(qtbot, worker, family.case_id)
    dialog = tab.print_form()
    assert dialog is not None and dialog.objectName() == "saveFormFileDialog"
    dialog.reject()

    folder = tmp_path / "forms"
    folder.mkdir()
    tab.save_form(folder / "Samtycke")  # no suffix: .pdf is added
    qtbot.waitUntil(lambda: tab.saved_form is not None, timeout=10_000)
    saved = folder / "Samtycke.pdf"
    assert tab.saved_form == saved
    assert saved.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["Samtycke.pdf"]  # no temporary file left

    box = tab.question
    assert isinstance(box, QMessageBox) and box.objectName() == "openFormQuestion"
    read = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    read.click()
    qtbot.waitUntil(lambda: tab.viewer is not None and tab.viewer.page_count >= 1, timeout=5000)
    tab.viewer.reject()


def test_a_form_that_cannot_be_written_leaves_nothing_behind(qtbot, worker, family, tmp_path):
    tab = _tab(qtbot, worker, family.case_id)
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "form.pdf").mkdir()  # a folder where the file should go: the rename fails
    tab.save_form(folder / "form.pdf")
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=10_000)
    assert "could not be read or written" in tab.message.text()
    assert tab.saved_form is None
    assert [p.name for p in folder.iterdir()] == ["form.pdf"]  # no temporary file left
    assert tab.print_button.isEnabled()


def test_with_a_restricted_guardian_the_tab_asks_which_form(qtbot, worker, family):
    people.update_guardian(worker, family.father, GuardianInput("Jonas Ek", no_information=True))
    tab = _tab(qtbot, worker, family.case_id)
    box = tab.print_form()
    assert isinstance(box, QMessageBox) and box.objectName() == "whichFormQuestion"
    assert "Jonas Ek must not be told" in box.text()
    without = next(b for b in box.buttons() if "without names" in b.text())
    without.click()
    assert tab.file_dialog is not None
    assert "without names" in tab.file_dialog.selectedFiles()[0]
    tab.file_dialog.reject()


def test_a_field_assistant_reads_consents_but_does_not_record_them(
    qtbot, worker, family, team_database
):
    from tests.helpers import login

    _everyone_consents(worker, family)
    # A field assistant reads the cases they work in (assigned), no others.
    with worker.transaction() as session:
        fia = session.scalar(select(User.id).where(User.username == "fia"))
    cases.set_staff(worker, family.case_id, [fia])
    worker.lock()
    assistant = login(team_database, "fia")
    try:
        tab = _tab(qtbot, assistant, family.case_id)
        assert _cells(tab, SCHOOL)[-1] == "Covered"
        assert not tab.register_button.isEnabled() and not tab.withdraw_button.isEnabled()
        assert "may read consents" in tab.register_button.toolTip()
        assert tab.ground_button.isEnabled()  # a legal ground is part of the journal work
        assert tab.print_button.isEnabled()
        tab.timeline.setCurrentItem(tab.timeline.topLevelItem(0))
        assert not tab.attach_button.isEnabled()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        assistant.lock()
