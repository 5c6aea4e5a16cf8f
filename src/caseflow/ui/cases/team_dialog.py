"""Who works with a case: the responsible worker, other staff and the agencies involved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import Agency
from caseflow.services import cases
from caseflow.services.cases import AgencyView, CaseDetail, StaffMember
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import ServiceDialog, enum_combo, run_for

KIND, NAME, CONTACT = range(3)
MAX_LENGTH = 200  # what the database keeps of a name or a contact
_ModelIndex = QModelIndex | QPersistentModelIndex


class AgencyDelegate(QStyledItemDelegate):
    """The kind column edits with a combo of labels; names are committed as they are typed,
    so the dialog can check them at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        if index.column() == KIND:
            combo = enum_combo(Agency)
            combo.setParent(parent)
            combo.activated.connect(lambda: self.commitData.emit(combo))
            return combo
        edit = QLineEdit(parent)
        edit.setMaxLength(MAX_LENGTH)
        edit.textEdited.connect(lambda: self.commitData.emit(edit))
        return edit

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class AgencyTable(QTableWidget):
    """Delete removes the selected agency (while no cell is being edited)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.remove_requested: Callable[[], None] = lambda: None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested()
            event.accept()
            return
        super().keyPressEvent(event)


class TeamDialog(ServiceDialog):
    """Change the responsible worker, the other staff and the agencies in one save."""

    def __init__(
        self, workspace: Workspace, case: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(
            self.tr("People working with case {case}").format(case=case.case_number)
        )
        self._workspace = workspace
        self._case_id = case.id
        self._version = case.version
        self._checked_staff = {m.id for m in case.staff}
        self._known: dict[int, StaffMember] = {m.id: m for m in case.staff}
        if case.responsible is not None:
            self._known[case.responsible.id] = case.responsible
        self._initial_responsible = case.responsible.id if case.responsible else None
        self.loaded = False

        self.responsible = QComboBox()
        self.responsible.setObjectName("teamResponsible")
        self.responsible.setEnabled(False)
        self.responsible.addItem(self.tr("Loading staff…"))
        self.staff = QListWidget()
        self.staff.setObjectName("teamStaff")
        # Room for a handful of names; the agencies take what height is left.
        self.staff.setFixedHeight(self.staff.fontMetrics().height() * 5 + 12)
        self.agencies = AgencyTable()
        self.agencies.setObjectName("teamAgencies")
        self.agencies.setHorizontalHeaderLabels(
            [self.tr("Agency"), self.tr("Name"), self.tr("Contact")]
        )
        self.agencies.setItemDelegate(AgencyDelegate(self.agencies))
        self.agencies.verticalHeader().setVisible(False)
        self.agencies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agencies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agencies.setTabKeyNavigation(False)
        self.agencies.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.agencies.horizontalHeader()
        # Wide enough for the longest label, so the kind's combo is readable while editing.
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(KIND, enum_combo(Agency).sizeHint().width())
        self.agencies.setMinimumHeight(160)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.Stretch)
        self.agencies.remove_requested = self.remove_agency
        self.add_button = QPushButton(self.tr("A&dd agency"))
        self.add_button.setObjectName("addAgency")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_agency(edit=True))
        self.remove_button = QPushButton(self.tr("&Remove agency"))
        self.remove_button.setObjectName("removeAgency")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_agency)
        hint = QLabel(
            self.tr("Press F2 or type to edit a cell; Delete removes the selected agency.")
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        agency_box = QWidget()
        agency_layout = QVBoxLayout(agency_box)
        agency_layout.setContentsMargins(0, 0, 0, 0)
        agency_layout.addWidget(self.agencies)
        agency_layout.addWidget(hint)
        agency_layout.addLayout(buttons)
        agency_box.setFocusProxy(self.agencies)

        self.add_field(self.tr("R&esponsible worker:"), self.responsible, "responsible")
        self.add_field(self.tr("Other &staff:"), self.staff, "staff")
        self.agencies_message = self.add_field(
            self.tr("A&gencies involved:"), agency_box, "agencies"
        )
        # The agencies' row takes the height the dialog has to spare; the others keep theirs.
        for row_box, policy in (
            (self.agencies_message.parentWidget(), QSizePolicy.Policy.Expanding),
            (self.field_label("staff").parentWidget(), QSizePolicy.Policy.Fixed),
        ):
            if row_box is not None:
                row_box.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        for agency in case.agencies:
            self.add_agency(agency.agency, agency.name or "", agency.contact or "")
        self.agencies.itemChanged.connect(lambda: self.changed("agencies"))
        self.agencies.itemSelectionChanged.connect(self._update_remove)
        self.responsible.currentIndexChanged.connect(self._responsible_changed)
        self.staff.itemChanged.connect(self._staff_ticked)
        for first, second in (
            (self.responsible, self.staff),
            (self.staff, self.agencies),
            (self.agencies, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.buttons),
        ):
            QWidget.setTabOrder(first, second)
        self.finish_layout()
        self._update_remove()
        self.resize(720, 480)
        run_for(self, lambda: cases.staff_users(workspace), self._staff_loaded, self._load_failed)

    # --- staff ---------------------------------------------------------------------

    def _staff_loaded(self, users: list[StaffMember]) -> None:
        for user in users:
            self._known[user.id] = user
        # Someone no longer active stays listed while the case still names them.
        people = sorted(self._known.values(), key=lambda m: m.display_name.casefold())
        self.responsible.blockSignals(True)
        self.responsible.clear()
        for person in people:
            self.responsible.addItem(person.display_name, person.id)
        if self._initial_responsible is None:
            self.responsible.setCurrentIndex(-1)
            self.responsible.setPlaceholderText(self.tr("Choose who is responsible"))
        else:
            self.responsible.setCurrentIndex(self.responsible.findData(self._initial_responsible))
        self.responsible.blockSignals(False)
        self.responsible.setEnabled(True)
        self.loaded = True
        self._fill_staff()
        self.validate()

    def _load_failed(self, error: BaseException) -> None:
        self.responsible.setItemText(0, self.tr("Staff could not be read"))
        self.message.show_error(error)

    def responsible_id(self) -> int | None:
        data = self.responsible.currentData()
        return data if isinstance(data, int) else None

    def staff_ids(self) -> list[int]:
        return sorted(self._checked_staff - {self.responsible_id() or -1})

    def _fill_staff(self) -> None:
        responsible = self.responsible_id()
        self.staff.blockSignals(True)
        self.staff.clear()
        for person in sorted(self._known.values(), key=lambda m: m.display_name.casefold()):
            if person.id == responsible:
                continue
            item = QListWidgetItem(person.display_name, self.staff)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in self._checked_staff
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.staff.blockSignals(False)
        if self.staff.count():
            # Current for the keyboard (Space ticks it), without looking chosen.
            self.staff.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _responsible_changed(self) -> None:
        # The responsible worker is not also "other staff".
        self._checked_staff.discard(self.responsible_id() or -1)
        self._fill_staff()
        self.changed("responsible")

    def _staff_ticked(self, item: QListWidgetItem) -> None:
        user_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._checked_staff.add(user_id)
        else:
            self._checked_staff.discard(user_id)

    def staff_item(self, name: str) -> QListWidgetItem:
        return next(
            item
            for row in range(self.staff.count())
            if (item := self.staff.item(row)) is not None and item.text() == name
        )

    # --- agencies ------------------------------------------------------------------

    def add_agency(
        self,
        kind: Agency = Agency.SCHOOL,
        name: str = "",
        contact: str = "",
        edit: bool = False,
    ) -> int:
        """Append an agency row; with ``edit`` the kind's combo opens for the user."""
        row = self.agencies.rowCount()
        self.agencies.blockSignals(True)
        self.agencies.insertRow(row)
        kind_item = QTableWidgetItem(kind.label.render())
        kind_item.setData(Qt.ItemDataRole.UserRole, kind.value)
        self.agencies.setItem(row, KIND, kind_item)
        self.agencies.setItem(row, NAME, QTableWidgetItem(name))
        self.agencies.setItem(row, CONTACT, QTableWidgetItem(contact))
        self.agencies.blockSignals(False)
        if edit:
            self.agencies.setFocus()
            self.agencies.setCurrentCell(row, KIND)
            self.agencies.editItem(kind_item)
            self.changed("agencies")
        return row

    def remove_agency(self) -> None:
        row = self.agencies.currentRow()
        if row < 0 or not self.agencies.selectionModel().hasSelection():
            return
        self.agencies.removeRow(row)
        if self.agencies.rowCount():
            self.agencies.selectRow(min(row, self.agencies.rowCount() - 1))
        self.changed("agencies")
        self._update_remove()

    def set_agency(self, row: int, kind: Agency) -> None:
        item = self.agencies.item(row, KIND)
        assert item is not None
        item.setData(Qt.ItemDataRole.UserRole, kind.value)
        item.setText(kind.label.render())

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.agencies.selectionModel().hasSelection())

    def _cell(self, row: int, column: int) -> str:
        item = self.agencies.item(row, column)
        return item.text().strip() if item is not None else ""

    def agency_views(self) -> list[AgencyView]:
        views = []
        for row in range(self.agencies.rowCount()):
            item = self.agencies.item(row, KIND)
            kind = Agency(str(item.data(Qt.ItemDataRole.UserRole))) if item else Agency.OTHER
            name, contact = self._cell(row, NAME), self._cell(row, CONTACT)
            views.append(AgencyView(kind, name or None, contact or None))
        return views

    # --- saving --------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.loaded:
            problems["loading"] = ""  # no message: OK waits for the staff list
        elif self.responsible_id() is None:
            problems["responsible"] = self.tr("Choose who is responsible for the case.")
        unnamed = [
            str(row + 1)
            for row, view in enumerate(self.agency_views())
            if view.agency is Agency.OTHER and not view.name
        ]
        if unnamed:
            problems["agencies"] = self.tr(
                "Write the name of an agency of the kind Other (row {rows})."
            ).format(rows=", ".join(unnamed))
        return problems

    def work(self) -> Callable[[], Any]:
        workspace, case_id, version = self._workspace, self._case_id, self._version
        responsible = self.responsible_id()
        assert responsible is not None  # validate() stops OK without one
        staff, agencies = self.staff_ids(), self.agency_views()

        def save() -> None:
            cases.set_team(workspace, case_id, responsible, staff, agencies, version)

        return save
