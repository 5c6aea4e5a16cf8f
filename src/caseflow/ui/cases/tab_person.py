"""Person och vårdnadshavare: the person, their guardians and their other cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import cases, people, permissions
from caseflow.services.cases import CaseListRow
from caseflow.services.people import GuardianView, PersonDetail
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.person_editor import GuardianDialog, PersonEditor
from caseflow.ui.cases.tab_support import MessageArea, confirm, format_date
from caseflow.ui.worker import run_for

_WARNING_STYLE = "color: #7a0000; font-weight: bold;"


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PersonTab(QWidget):
    """Emits ``changed`` after any save, ``open_case_requested(case_id)`` for another case."""

    changed = Signal()
    open_case_requested = Signal(int)

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personTab")
        self._workspace = workspace
        self._case_id = case_id
        self._may_edit = permissions.may(workspace, Action.EDIT_CASE)
        self.person_id: int | None = None
        self.person: PersonDetail | None = None
        self.other_cases: list[CaseListRow] = []
        self.loaded = False
        self._revealed = False
        self.guardian_dialog: GuardianDialog | None = None

        self.message = MessageArea()
        self.message.setObjectName("personTabMessage")
        self.editor = PersonEditor(workspace)
        self.editor.saved.connect(self._person_saved)
        self.editor.reveal_requested.connect(self.ask_reveal)
        self.editor.hide_requested.connect(self._hide)
        self.editor.reload_requested.connect(lambda: self.load(update_editor=True))
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        person_box = QGroupBox(self.tr("Person"))
        QVBoxLayout(person_box).addWidget(scroll)

        right = QVBoxLayout()
        right.addWidget(self._build_guardians(), 3)
        right.addWidget(self._build_other_cases(), 2)
        columns = QHBoxLayout()
        columns.addWidget(person_box, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

    def _build_guardians(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guardians (vårdnadshavare)"))
        self.no_information_warning = QLabel()
        self.no_information_warning.setObjectName("noInformationWarning")
        self.no_information_warning.setWordWrap(True)
        self.no_information_warning.setStyleSheet(
            "QLabel { background: #fde7e7; color: #7a0000; font-weight: bold; padding: 6px; }"
        )
        self.no_information_warning.setVisible(False)
        self.guardians = _table(
            [
                self.tr("Name"),
                self.tr("Personnummer"),
                self.tr("Custody"),
                self.tr("Information"),
                self.tr("Contact"),
            ]
        )
        self.guardians.setObjectName("guardianTable")
        self.guardians.itemSelectionChanged.connect(self._update_guardian_buttons)
        self.guardians.activated.connect(lambda _: self.edit_guardian())
        self.add_guardian_button = QPushButton(self.tr("Add &guardian…"))
        self.add_guardian_button.clicked.connect(self.add_guardian)
        self.edit_guardian_button = QPushButton(self.tr("Change guardian…"))
        self.edit_guardian_button.clicked.connect(self.edit_guardian)
        self.remove_guardian_button = QPushButton(self.tr("Remo&ve guardian…"))
        self.remove_guardian_button.clicked.connect(self.remove_guardian)
        buttons = QHBoxLayout()
        for button in (
            self.add_guardian_button,
            self.edit_guardian_button,
            self.remove_guardian_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.no_information_warning)
        layout.addWidget(self.guardians, 1)
        layout.addLayout(buttons)
        self._update_guardian_buttons()
        return box

    def _build_other_cases(self) -> QGroupBox:
        box = QGroupBox(self.tr("The person's cases"))
        self.cases_table = _table(
            [
                self.tr("Case number"),
                self.tr("Programme"),
                self.tr("Status"),
                self.tr("Referral"),
                self.tr("Closed"),
            ]
        )
        self.cases_table.setObjectName("personCases")
        self.cases_table.setToolTip(self.tr("Press Enter to open the selected case."))
        self.cases_table.activated.connect(self._open_case)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cases_table)
        return box

    # --- loading -------------------------------------------------------------------

    def set_person_id(self, person_id: int) -> None:
        if self.person_id == person_id:
            return
        self.person_id = person_id
        self.load(update_editor=True)

    def load(self, update_editor: bool = False) -> None:
        person_id, workspace, reveal = self.person_id, self._workspace, self._revealed
        if person_id is None:
            return

        def work() -> tuple[PersonDetail, list[CaseListRow]]:
            return (
                people.get_person(workspace, person_id, reveal=reveal),
                cases.cases_of_person(workspace, person_id),
            )

        run_for(
            self,
            work,
            lambda result: self._loaded(result[0], result[1], update_editor),
            self.message.show_error,
        )

    def _loaded(
        self, person: PersonDetail, other_cases: list[CaseListRow], update_editor: bool
    ) -> None:
        self.person = person
        # A guardian change must not wipe what is being typed in the person's form.
        if update_editor or not self.editor.has_unsaved_changes():
            self.editor.set_person(person)
        self._show_guardians(person)
        self._show_cases(other_cases)
        self.loaded = True

    def _show_guardians(self, person: PersonDetail) -> None:
        self.guardians.setRowCount(len(person.guardians))
        bold = QFont()
        bold.setBold(True)
        for row, guardian in enumerate(person.guardians):
            if person.contacts_hidden:
                contact = self.tr("Hidden")
            else:
                contact = ", ".join(x for x in (guardian.phone, guardian.email) if x) or "–"
            if guardian.no_information:
                information = self.tr("MUST NOT receive")
            else:
                information = self.tr("May receive")
            cells = [
                guardian.name,
                guardian.personnummer or "–",
                self.tr("Yes") if guardian.has_custody else self.tr("No"),
                information,
                contact,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, guardian.id)
                if guardian.no_information and column == 3:
                    item.setFont(bold)
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.guardians.setItem(row, column, item)
        barred = [g.name for g in person.guardians if g.no_information]
        self.no_information_warning.setVisible(bool(barred))
        self.no_information_warning.setText(
            self.tr("Must not receive information about the young person: {names}").format(
                names=", ".join(barred)
            )
        )
        self._update_guardian_buttons()

    def _show_cases(self, rows: list[CaseListRow]) -> None:
        self.other_cases = rows
        self.cases_table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for row, case in enumerate(rows):
            number = case.case_number
            if case.id == self._case_id:
                number = self.tr("{number} (this case)").format(number=number)
            cells = [
                number,
                case.programme.code,
                case.status.label.render(),
                format_date(case.referral_date),
                format_date(case.closed_on) if case.closed_on else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if case.id == self._case_id:
                    item.setFont(bold)
                self.cases_table.setItem(row, column, item)

    def _open_case(self) -> None:
        row = self.cases_table.currentRow()
        if 0 <= row < len(self.other_cases) and self.other_cases[row].id != self._case_id:
            self.open_case_requested.emit(self.other_cases[row].id)

    # --- protected identity ----------------------------------------------------------

    def ask_reveal(self) -> None:
        confirm(
            self,
            self.tr("Show protected details"),
            self.tr(
                "This person has a protected identity. Show the address and contact details "
                "only when your work needs them, and make sure nobody else can see the screen."
            ),
            self.tr("Show details"),
            self.reveal,
        )

    def reveal(self) -> None:
        self._revealed = True
        self.load(update_editor=True)

    def _hide(self) -> None:
        if self.editor.has_unsaved_changes():
            self.editor.message.show_text(
                self.tr("Save or undo your changes before hiding the protected details."), True
            )
            return
        self._revealed = False
        self.load(update_editor=True)

    # --- saving ----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def _person_saved(self, person: PersonDetail) -> None:
        self.person = person
        self._show_guardians(person)
        self.changed.emit()

    def selected_guardian(self) -> GuardianView | None:
        if self.person is None:
            return None
        item = self.guardians.item(self.guardians.currentRow(), 0)
        if item is None or not item.isSelected():
            return None
        guardian_id = item.data(Qt.ItemDataRole.UserRole)
        return next((g for g in self.person.guardians if g.id == guardian_id), None)

    def _update_guardian_buttons(self) -> None:
        person = self.person
        selected = self.selected_guardian() is not None
        self.add_guardian_button.setEnabled(self._may_edit and person is not None)
        # Changing a guardian whose contacts are hidden would save them as empty.
        editable = person is not None and not person.contacts_hidden
        self.edit_guardian_button.setEnabled(self._may_edit and selected and editable)
        self.remove_guardian_button.setEnabled(self._may_edit and selected)
        if person is not None and person.contacts_hidden and self._may_edit:
            self.edit_guardian_button.setToolTip(
                self.tr("Show the protected details first to change a guardian.")
            )
        else:
            self.edit_guardian_button.setToolTip("")

    def add_guardian(self) -> GuardianDialog | None:
        if self.person is None or not self._may_edit:
            return None
        return self._open_guardian_dialog(None)

    def edit_guardian(self) -> GuardianDialog | None:
        guardian = self.selected_guardian()
        if guardian is None or not self.edit_guardian_button.isEnabled():
            return None
        return self._open_guardian_dialog(guardian)

    def _open_guardian_dialog(self, guardian: GuardianView | None) -> GuardianDialog:
        assert self.person is not None
        dialog = GuardianDialog(self._workspace, self.person.id, guardian, self)
        dialog.accepted.connect(self._guardians_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.guardian_dialog = dialog
        dialog.open()
        return dialog

    def remove_guardian(self) -> None:
        guardian = self.selected_guardian()
        if guardian is None:
            return
        workspace, guardian_id, version = self._workspace, guardian.id, guardian.version

        def remove() -> None:
            run_for(
                self,
                lambda: people.remove_guardian(workspace, guardian_id, version),
                lambda _: self._guardians_changed(),
                self.message.show_error,
            )

        confirm(
            self,
            self.tr("Remove guardian"),
            self.tr("Remove {name} as a guardian of this person?").format(name=guardian.name),
            self.tr("Remove"),
            remove,
        )

    def _guardians_changed(self) -> None:
        self.guardian_dialog = None
        self.load()
        self.changed.emit()
