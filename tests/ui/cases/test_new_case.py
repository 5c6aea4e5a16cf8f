"""The new-case wizard: find the person in any form of their number, or register them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWizard

from caseflow.domain.personnummer import Personnummer
from caseflow.domain.programmes import Programme
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import cases, people
from caseflow.services.validation import FieldError
from caseflow.ui.cases import new_case_wizard
from caseflow.ui.cases.list_page import CasesPage
from caseflow.ui.cases.new_case_person import Lookup
from caseflow.ui.cases.new_case_wizard import NewCaseWizard
from caseflow.ui.drafts import DraftKeeper
from tests.ui.cases.conftest import Seeded


@pytest.fixture
def page(qtbot, worker, stand_in_workspace) -> CasesPage:
    page = CasesPage(worker, DraftKeeper(worker))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitUntil(lambda: not page.case_list.model.is_loading, timeout=5000)
    return page


def open_wizard(qtbot, page: CasesPage) -> NewCaseWizard:
    wizard = page.new_case()
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def type_number(qtbot, wizard: NewCaseWizard, text: str) -> None:
    person = wizard.person_page
    person.personnummer.setFocus()
    qtbot.keyClicks(person.personnummer, text)
    if person.lookup is Lookup.SEARCHING:
        qtbot.waitUntil(lambda: person.lookup is not Lookup.SEARCHING, timeout=5000)


def button(wizard: NewCaseWizard, which: QWizard.WizardButton):
    found = wizard.button(which)
    assert found is not None
    return found


def test_wizard_finds_existing_person_typed_in_short_form_and_opens_case_on_that_record(
    qtbot, page: CasesPage, worker, seeded: Seeded, stand_in_workspace
):
    wizard = open_wizard(qtbot, page)
    person = wizard.person_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is person.personnummer)
    type_number(qtbot, wizard, "100101-9809")  # stored as 201001019809
    assert person.lookup is Lookup.FOUND
    assert person.existing_person_id() == seeded.asa_id
    shown = person.lookup_label.text()
    assert "Already registered: Åsa Öberg, 20100101-9809" in shown
    assert seeded.asa_case in shown  # the earlier case is listed
    assert not person.details.isVisible()  # nothing to register
    assert button(wizard, QWizard.WizardButton.NextButton).isEnabled()

    qtbot.keyClick(person.personnummer, Qt.Key.Key_Return)  # Enter goes on
    details = wizard.case_page
    assert wizard.currentPage() is details
    details.programme.setCurrentIndex(details.programme.findData(Programme.SSPF.value))
    assert "Åsa Öberg already has an open case in this programme" in details.notes.text()
    details.programme.setCurrentIndex(details.programme.findData(Programme.SIG.value))
    assert not details.notes.isVisible()
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the reason is still missing
    details.reason.setFocus()
    qtbot.keyClicks(details.reason, "Polisen oroas av nya kontakter")
    assert finish.isEnabled()

    with qtbot.waitSignal(wizard.case_opened, timeout=5000) as opened:
        qtbot.keyClick(details.responsible, Qt.Key.Key_Return)  # Enter finishes
    case_id = opened.args[0]
    assert not wizard.isVisible()
    assert wizard.warning_box is None  # 16 years old: inside SIG's ages

    history = cases.cases_of_person(worker, seeded.asa_id)
    assert history[0].id == case_id  # on the same person, newest first
    assert {row.programme for row in history} == {Programme.SSPF, Programme.SIG}
    found = people.find_by_personnummer(worker, "201001019809")
    assert found is not None and found.id == seeded.asa_id  # no second record
    assert case_id in page.open_cases()  # the new case opens in its own tab
    assert page.tabs.currentWidget() is page.open_cases()[case_id]
    assert page.tabs.tabText(page.tabs.currentIndex()).startswith("SIG-2026-")


def test_wizard_registers_a_new_person_and_warns_about_age(qtbot, page: CasesPage, worker):
    number = Personnummer.from_parts(date(2000, 2, 2), 986)
    wizard = open_wizard(qtbot, page)
    person = wizard.person_page
    type_number(qtbot, wizard, number.long())
    assert person.lookup is Lookup.NEW
    assert "Nobody with this personnummer is registered yet" in person.lookup_label.text()
    assert person.details.isVisible()
    assert person.sex.currentData() == "female"  # as registered in the number
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # names are missing

    qtbot.keyClicks(person.first_name, "Ebba")
    person.last_name.setText("Sjöberg")
    person.last_name.textEdited.emit("Sjöberg")
    person.school.setText("Centralskolan")
    person.protected_identity.setChecked(True)
    assert next_button.isEnabled()
    wizard.next()

    details = wizard.case_page
    assert "usually works with people aged 12 to 17; this person is 26" in details.notes.text()
    details.source.setCurrentIndex(details.source.findData("police"))
    details.reason.setPlainText("Anmälan från polisen om hot mot en jämnårig")
    with qtbot.waitSignal(wizard.case_opened, timeout=5000) as opened:
        button(wizard, QWizard.WizardButton.FinishButton).click()

    box = wizard.warning_box
    assert box is not None and box.isVisible()  # the service's warning, after opening
    assert "this person is 26" in box.informativeText()
    box.close()
    registered = people.find_by_personnummer(worker, number.long())
    assert registered is not None
    assert registered.full_name == "Ebba Sjöberg"
    assert registered.protected_identity
    detail = cases.get_case(worker, opened.args[0])
    assert detail.person.id == registered.id
    assert detail.referral_source.value == "police"
    assert detail.responsible is not None and detail.responsible.id == worker.user.id


def test_invalid_personnummer_is_explained_next_to_the_field_and_blocks_finishing(
    qtbot, page: CasesPage
):
    wizard = open_wizard(qtbot, page)
    person = wizard.person_page
    problem = person.personnummer_field.problem
    type_number(qtbot, wizard, "20100101-9801")  # wrong check digit
    assert problem.isVisible()
    assert "check digit is wrong" in problem.text()
    assert person.lookup is Lookup.NONE
    assert not person.isComplete()
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert not button(wizard, QWizard.WizardButton.FinishButton).isEnabled()

    person.personnummer.setText("2010010")
    assert "10 or 12 digits" in problem.text()
    person.personnummer.setText("20101301-9809")
    assert "does not exist" in problem.text()
    person.personnummer.setText("20100101-9809")
    qtbot.waitUntil(lambda: person.lookup is Lookup.FOUND, timeout=5000)
    assert not problem.isVisible()


def test_a_person_without_personnummer_needs_birth_date_and_reason(qtbot, page: CasesPage, worker):
    wizard = open_wizard(qtbot, page)
    person = wizard.person_page
    person.no_number.setChecked(True)
    assert not person.personnummer.isEnabled()
    assert person.details.isVisible()
    assert person.birth_date.isVisible() and person.no_number_reason.isVisible()
    person.first_name.setText("Moa")
    person.last_name.setText("Holm")
    assert not person.isComplete()
    person.birth_date.setDate(QDate(2011, 6, 1))
    assert not person.isComplete()
    qtbot.keyClicks(person.no_number_reason, "x")
    person.no_number_reason.clear()
    person.no_number_reason.textEdited.emit("")
    assert person.fields["no_number_reason"].problem.text() == "This field must be filled in."
    person.no_number_reason.setText("Nyanländ, nummer inte tilldelat ännu")
    person.no_number_reason.textEdited.emit(person.no_number_reason.text())
    assert person.isComplete()
    wizard.next()
    wizard.case_page.reason.setPlainText("Fritidsgården har sett oroande kontakter")
    with qtbot.waitSignal(wizard.case_opened, timeout=5000) as opened:
        button(wizard, QWizard.WizardButton.FinishButton).click()
    detail = cases.get_case(worker, opened.args[0])
    assert detail.person.personnummer is None
    assert detail.person.birth_date == date(2011, 6, 1)


def test_reason_problem_shows_as_typed(qtbot, page: CasesPage, seeded):
    wizard = open_wizard(qtbot, page)
    type_number(qtbot, wizard, seeded.asa_number)
    wizard.next()
    details = wizard.case_page
    problem = details.fields["referral_reason"].problem
    assert not problem.isVisible()  # untouched: no red text yet
    qtbot.keyClicks(details.reason, "  ")
    assert problem.text() == "This field must be filled in."
    assert not button(wizard, QWizard.WizardButton.FinishButton).isEnabled()
    details.referral_date.setDate(QDate(2009, 12, 31))  # before Åsa was born
    assert "before the person was born" in details.fields["referral_date"].problem.text()
    assert details.referral_date.maximumDate() == QDate.currentDate()  # never in the future


def test_a_service_complaint_appears_next_to_its_field(qtbot, page: CasesPage, seeded, monkeypatch):
    def refuse(*args, **kwargs):
        raise FieldError("referral_reason", QT_TRANSLATE_NOOP("Errors", "At most 10 characters."))

    monkeypatch.setattr(new_case_wizard.case_service, "open_case", refuse)
    wizard = open_wizard(qtbot, page)
    type_number(qtbot, wizard, seeded.asa_number)
    wizard.next()
    wizard.case_page.reason.setPlainText("En lång text")
    button(wizard, QWizard.WizardButton.FinishButton).click()
    problem = wizard.case_page.fields["referral_reason"].problem
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert problem.text() == "At most 10 characters."
    assert wizard.isVisible()
    assert button(wizard, QWizard.WizardButton.FinishButton).isEnabled()  # try again


def test_cancelling_with_typed_text_asks_first(qtbot, page: CasesPage, monkeypatch):
    wizard = open_wizard(qtbot, page)
    answers = [False, True]
    monkeypatch.setattr(wizard, "confirm_discard", lambda: answers.pop(0))
    qtbot.keyClicks(wizard.person_page.personnummer, "2010")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()  # "Keep editing"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()  # "Discard"
    assert answers == []


def test_an_untouched_wizard_closes_on_escape_without_asking(qtbot, page: CasesPage, monkeypatch):
    wizard = open_wizard(qtbot, page)
    monkeypatch.setattr(wizard, "confirm_discard", lambda: pytest.fail("asked for nothing"))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: page.wizard is None)


def test_only_roles_that_edit_cases_get_the_wizard(qtbot, manager):
    page = CasesPage(manager, DraftKeeper(manager))
    qtbot.addWidget(page)
    assert page.new_case() is None
    assert QApplication.activeModalWidget() is None
