"""Nytt ärende: find or register the person, then open the case on their record.

Registering and opening run on worker threads, one after the other, so a
failure while opening leaves a registered person that a second try reuses
instead of registering twice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from caseflow.domain.cases import ReferralSource
from caseflow.domain.programmes import Programme, ProgrammeRules, check_age
from caseflow.services import cases as case_service
from caseflow.services import people
from caseflow.services.cases import OpenedCase, StaffMember
from caseflow.services.people import Registered
from caseflow.services.validation import FieldError, required_text
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.new_case_fields import (
    NOTICE_STYLE,
    FieldWithProblem,
    date_edit,
    problem_of,
    to_date,
)
from caseflow.ui.cases.new_case_person import PersonPage
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for

REASON_MAX = 10_000


class CaseDetailsPage(QWizardPage):
    """The referral: programme, date, source, reason and the responsible worker."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._touched = False
        self.busy = False
        # The unit's own programme rules; until they arrive, no age note is shown.
        self._rules: dict[Programme, ProgrammeRules] = {}
        run_for(self, lambda: case_service.programme_rules(workspace), self._rules_loaded, _ignore)
        self.setTitle(self.tr("The referral"))
        self.setSubTitle(self.tr("What came in, from whom, and who is responsible for the case."))

        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        for programme in Programme:
            self.programme.addItem(programme.label.render(), programme.value)
        self.referral_date = date_edit("referralDate")
        self.referral_date.setMinimumDate(QDate(1990, 1, 1))
        self.referral_date.setDate(QDate.currentDate())
        self.source = QComboBox()
        self.source.setObjectName("referralSource")
        for source in ReferralSource:
            self.source.addItem(source.label.render(), source.value)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("referralReason")
        self.reason.setTabChangesFocus(True)  # Tab moves on; the reason needs no tabs
        self.reason.setPlaceholderText(
            self.tr("What the referral says: what has happened and what worries the referrer.")
        )
        self.reason.setMinimumHeight(110)
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        user = workspace.user
        self.responsible.addItem(user.display_name, user.id)

        self.fields: dict[str, FieldWithProblem] = {
            "programme": FieldWithProblem(self.programme),
            "referral_date": FieldWithProblem(self.referral_date),
            "referral_source": FieldWithProblem(self.source),
            "referral_reason": FieldWithProblem(self.reason),
            "responsible": FieldWithProblem(self.responsible),
        }
        self.notes = QLabel(wordWrap=True)
        self.notes.setObjectName("caseNotes")
        self.notes.setStyleSheet(NOTICE_STYLE)
        self.notes.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("openCaseStatus")
        form = QFormLayout()
        for key, text in (
            ("programme", self.tr("&Programme:")),
            ("referral_date", self.tr("Referral &date:")),
            ("referral_source", self.tr("Referral &source:")),
            ("referral_reason", self.tr("R&eason for the referral:")),
            ("responsible", self.tr("&Responsible worker:")),
        ):
            form.addRow(text, self.fields[key])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        layout.addStretch()

        self.programme.currentIndexChanged.connect(self._refresh)
        self.referral_date.dateChanged.connect(self._refresh)
        self.reason.textChanged.connect(self._reason_edited)
        run_for(
            self, lambda: case_service.staff_users(workspace), self._staff_loaded, _no_staff_list
        )

    def chosen_programme(self) -> Programme:
        return Programme(self.programme.currentData())

    def chosen_date(self) -> date:
        return to_date(self.referral_date.date())

    def chosen_source(self) -> ReferralSource:
        return ReferralSource(self.source.currentData())

    def chosen_responsible(self) -> int:
        return int(self.responsible.currentData())

    def initializePage(self) -> None:
        self._refresh()

    def problems(self) -> dict[str, str]:
        found = {
            "referral_reason": problem_of(
                lambda: required_text("referral_reason", self.reason.toPlainText(), REASON_MAX)
            ),
            "referral_date": self._date_problem(),
        }
        return {key: text for key, text in found.items() if text}

    def _date_problem(self) -> str:
        chosen = self.chosen_date()
        if chosen > date.today():
            return self.tr("The referral date cannot be in the future.")
        birth = self._person_page().person_birth_date()
        if birth is not None and chosen < birth:
            return self.tr("The referral date is before the person was born.")
        return ""

    def show_problem(self, field: str, text: str) -> bool:
        holder = self.fields.get(field)
        if holder is None:
            return False
        holder.show_problem(text)
        holder.field.setFocus()
        return True

    def isComplete(self) -> bool:
        return not self.busy and not self.problems()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, NewCaseWizard)
        if wizard.opened is not None:
            return True
        wizard.submit()
        return False

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.status.setText(text)
        for holder in self.fields.values():
            holder.field.setEnabled(not busy)
        self.completeChanged.emit()

    def _reason_edited(self) -> None:
        self._touched = True
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        self.fields["referral_date"].show_problem(problems.get("referral_date", ""))
        reason = problems.get("referral_reason", "") if self._touched else ""
        self.fields["referral_reason"].show_problem(reason)
        notes = self._notes()
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.completeChanged.emit()

    def _rules_loaded(self, rules: dict[Programme, ProgrammeRules]) -> None:
        self._rules = rules
        self._refresh()

    def _notes(self) -> list[str]:
        """Things to know before opening; none of them stops the case from opening."""
        notes: list[str] = []
        person = self._person_page()
        programme = self.chosen_programme()
        birth = person.person_birth_date()
        rules = self._rules.get(programme)
        if birth is not None and rules is not None and birth <= self.chosen_date():
            warning = check_age(rules, birth, self.chosen_date())
            if warning is not None:
                notes.append(self.tr("Note: %1").replace("%1", warning.render()))
        if person.existing_person_id() is not None:
            for row in person.earlier_cases:
                if row.programme is programme and row.status.is_open:
                    notes.append(
                        self.tr("%1 already has an open case in this programme: %2.")
                        .replace("%1", person.person_name())
                        .replace("%2", row.case_number)
                    )
        return notes

    def _person_page(self) -> PersonPage:
        wizard = self.wizard()
        assert isinstance(wizard, NewCaseWizard)
        return wizard.person_page

    def _staff_loaded(self, staff: list[StaffMember]) -> None:
        if not isValid(self):
            return
        chosen = self.responsible.currentData()
        self.responsible.clear()
        for member in staff:
            self.responsible.addItem(member.display_name, member.id)
        if self.responsible.findData(chosen) < 0:
            self.responsible.insertItem(0, self._workspace.user.display_name, chosen)
        self.responsible.setCurrentIndex(self.responsible.findData(chosen))


def _no_staff_list(error: BaseException) -> None:
    # The current user stays the only choice; the case can still be opened.
    del error


class NewCaseWizard(QWizard):
    """Emits ``case_opened(case_id)`` once the case exists; ``opened`` holds its number."""

    case_opened = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseWizard")
        self.setWindowTitle(self.tr("New case"))
        self._workspace = workspace
        self._registered_id: int | None = None
        self.opened: OpenedCase | None = None
        self.warning_box: QMessageBox | None = None
        self.person_page = PersonPage(workspace)
        self.case_page = CaseDetailsPage(workspace)
        self.addPage(self.person_page)
        self.addPage(self.case_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open case"))
        self.person_page.person_changed.connect(self._person_changed)
        self.resize(760, 600)

    def _person_changed(self) -> None:
        self._registered_id = None  # what gets registered changed: register it anew

    # --- submitting ---------------------------------------------------------------

    def submit(self) -> None:
        """Register the person if needed, then open the case; both off the GUI thread."""
        if self.case_page.busy:
            return
        person_id = self.person_page.existing_person_id() or self._registered_id
        self.case_page.set_busy(True, self.tr("Opening the case…"))
        if person_id is not None:
            self._open_case(person_id)
            return
        workspace, data = self._workspace, self.person_page.person_input()
        run_for(
            self, lambda: people.register_person(workspace, data), self._registered, self._failed
        )

    def _registered(self, registered: Registered) -> None:
        if not isValid(self):
            return
        self._registered_id = registered.person_id
        self._open_case(registered.person_id)

    def _open_case(self, person_id: int) -> None:
        page, workspace = self.case_page, self._workspace
        programme, on, source = page.chosen_programme(), page.chosen_date(), page.chosen_source()
        reason, responsible = page.reason.toPlainText(), page.chosen_responsible()
        run_for(
            self,
            lambda: case_service.open_case(
                workspace, person_id, programme, on, source, reason, responsible
            ),
            self._opened,
            self._failed,
        )

    def _opened(self, opened: OpenedCase) -> None:
        if not isValid(self):
            return
        self.opened = opened
        self.case_page.set_busy(False)
        self.accept()
        self._show_warnings(opened)
        self.case_opened.emit(opened.case_id)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.case_page.set_busy(False)
        if isinstance(error, FieldError):
            text = error.text.render()
            if self.case_page.show_problem(error.field, text):
                return
            if self.person_page.show_problem(error.field, text):
                while self.currentPage() is not self.person_page:
                    self.back()
                return
        self.case_page.status.setText(message_for(error))

    def _show_warnings(self, opened: OpenedCase) -> None:
        if not opened.warnings:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Case opened"),
            self.tr("Case %1 is opened. Please note:").replace("%1", opened.case_number),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("newCaseWarnings")
        box.setInformativeText("\n".join(warning.render() for warning in opened.warnings))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning_box = box
        box.open()

    # --- cancelling -----------------------------------------------------------------

    def has_typed_input(self) -> bool:
        return self.person_page.has_typed_input() or bool(
            self.case_page.reason.toPlainText().strip()
        )

    def reject(self) -> None:
        if self.case_page.busy:
            return  # the case is being opened; it cannot be stopped halfway
        if self.opened is None and self.has_typed_input() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the new case?"),
            self.tr("What you typed for the new case will be lost."),
            parent=self,
        )
        box.setObjectName("discardNewCase")
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def _ignore(error: BaseException) -> None:
    # The age note is a help, not a check: the service warns again on opening.
    del error
