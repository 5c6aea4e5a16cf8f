"""The invitees of a meeting as a small table: name, agency, role and party, one per row.

Each cell is a real field (a line edit, an agency combo), so Tab walks
through them in reading order and the lock's safety net
(``caseflow.ui.form_rescue``) finds what was typed. A row keeps the id of
the invitee it edits, so that saving keeps that invitee's recorded attendance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import Agency
from caseflow.services.meetings import ParticipantInput, ParticipantView
from caseflow.ui.cases.tab_support import enum_combo, enum_value, select_value

NAME, AGENCY, ROLE, PARTY, REMOVE = range(5)
ID_PROPERTY = "participantId"
USER_PROPERTY = "participantUserId"  # a colleague invited as a user of Caseflow
MAX_TEXT = 200


class InviteeTable(QWidget):
    """Emits ``changed`` whenever a row is added, removed or edited."""

    changed = Signal()
    rows_changed = Signal()  # the owner puts the rows' fields in its Tab order again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("inviteeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Agency"),
                self.tr("Role"),
                self.tr("Party name"),
                "",
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab walks the fields, not the cells
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        party_header = self.table.horizontalHeaderItem(PARTY)
        if party_header is not None:
            party_header.setToolTip(self.tr("The school, unit or team they speak for"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PARTY, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # The longest agency names are cut short in the cell; the open list shows them whole.
        self.table.setColumnWidth(AGENCY, metrics.horizontalAdvance("Social services") + 48)
        self.table.setColumnWidth(ROLE, metrics.horizontalAdvance("kontaktpolis") + 40)
        self.table.setColumnWidth(REMOVE, metrics.horizontalAdvance(self.tr("Remove")) + 32)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * 2)
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows * 5)
        self.add_button = QPushButton(self.tr("Add in&vitee"))
        self.add_button.setObjectName("addInvitee")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_new)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # --- rows ------------------------------------------------------------------------

    def set_invitees(self, invitees: Sequence[ParticipantView]) -> None:
        self.table.setRowCount(0)
        for invitee in invitees:
            self._add_row(
                invitee.id,
                ParticipantInput(
                    invitee.name, invitee.agency, invitee.role, invitee.party_name, invitee.user_id
                ),
            )

    def add_new(self) -> None:
        """A fresh row, with the cursor in its name field."""
        row = self._add_row(None, ParticipantInput("", Agency.SCHOOL))
        self._field(row, NAME).setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _add_row(self, participant_id: int | None, values: ParticipantInput) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        number = row + 1
        name = self._line(values.name, self.tr("Invitee %1: name").replace("%1", str(number)))
        name.setProperty(ID_PROPERTY, participant_id)
        name.setProperty(USER_PROPERTY, values.user_id)
        name.setPlaceholderText(self.tr("First and last name"))
        agency = enum_combo(Agency)
        agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        agency.view().setMinimumWidth(agency.view().sizeHintForColumn(0) + 24)
        agency.setAccessibleName(self.tr("Invitee %1: agency").replace("%1", str(number)))
        select_value(agency, values.agency)
        agency.currentIndexChanged.connect(self.changed)
        role = self._line(values.role, self.tr("Invitee %1: role").replace("%1", str(number)))
        role.setPlaceholderText(self.tr("e.g. mentor"))
        party = self._line(
            values.party_name, self.tr("Invitee %1: party").replace("%1", str(number))
        )
        party.setPlaceholderText(self.tr("e.g. Vasaskolan"))
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.setAccessibleName(self.tr("Remove invitee %1").replace("%1", str(number)))
        remove.clicked.connect(lambda: self._remove(name))
        for column, widget in ((NAME, name), (AGENCY, agency), (ROLE, role), (PARTY, party)):
            self.table.setCellWidget(row, column, widget)
        self.table.setCellWidget(row, REMOVE, remove)
        self.rows_changed.emit()
        return row

    def _line(self, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(MAX_TEXT)
        edit.setAccessibleName(accessible)
        edit.setFrame(False)
        edit.textChanged.connect(self.changed)
        return edit

    def _remove(self, name: QLineEdit) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, NAME) is name:
                self.table.removeRow(row)
                self.rows_changed.emit()
                self.changed.emit()
                following = min(row, self.table.rowCount() - 1)
                target = self._field(following, NAME) if following >= 0 else self.add_button
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _field(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def _text(self, row: int, column: int) -> str:
        widget = self._field(row, column)
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order, row by row, then the add button."""
        cells = [
            self._field(row, column)
            for row in range(self.table.rowCount())
            for column in (NAME, AGENCY, ROLE, PARTY, REMOVE)
        ]
        return [*cells, self.add_button]

    # --- values ----------------------------------------------------------------------

    def row_count(self) -> int:
        return self.table.rowCount()

    def invitees(self) -> list[tuple[int | None, ParticipantInput]]:
        """Every row that holds anything, as the services take it; empty rows are left out."""
        found: list[tuple[int | None, ParticipantInput]] = []
        for row in range(self.table.rowCount()):
            name, role, party = (self._text(row, c) for c in (NAME, ROLE, PARTY))
            if not (name.strip() or role.strip() or party.strip()):
                continue
            combo = self._field(row, AGENCY)
            assert isinstance(combo, QComboBox)
            participant_id = self._field(row, NAME).property(ID_PROPERTY)
            user_id = self._field(row, NAME).property(USER_PROPERTY)
            found.append(
                (
                    int(participant_id) if participant_id is not None else None,
                    ParticipantInput(
                        " ".join(name.split()),
                        enum_value(combo, Agency),
                        " ".join(role.split()),
                        " ".join(party.split()),
                        int(user_id) if user_id is not None else None,
                    ),
                )
            )
        return found

    def problem(self) -> str:
        """What is wrong with the rows, or an empty string."""
        if any(not p.name for _, p in self.invitees()):
            return self.tr("Enter a name for every invitee, or remove the row.")
        return ""

    def first_unnamed(self) -> QWidget | None:
        for row in range(self.table.rowCount()):
            texts = [self._text(row, c).strip() for c in (NAME, ROLE, PARTY)]
            if any(texts) and not texts[0]:
                return self._field(row, NAME)
        return None
