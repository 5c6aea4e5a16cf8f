"""Small pieces the case workspace's tabs and dialogs share.

Background calls bound to a widget (a result that arrives after the widget
was closed is dropped), a message area, messages next to fields, dates,
confirmations and a dialog base that runs its service call off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services.validation import FieldError
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for as run_for  # re-exported for the tabs

ISO_FORMAT = "yyyy-MM-dd"
E = TypeVar("E", bound=StrEnum)
ERROR_STYLE = "color: #a40000;"


# --- vocabularies ----------------------------------------------------------------


def enum_combo(values: Iterable[Any]) -> QComboBox:
    """A combo box of a domain vocabulary: its labels shown, its stored values kept.

    Qt hands a StrEnum back as a plain str, so the value is stored and
    ``enum_value`` turns it back into the enum.
    """
    combo = QComboBox()
    for value in values:
        combo.addItem(value.label.render(), value.value)
    return combo


def enum_value(combo: QComboBox, kind: type[E]) -> E:
    return kind(str(combo.currentData()))


def select_value(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value.value)))


def tree_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """Every item of ``tree``, parents before their children."""
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


# --- dates -----------------------------------------------------------------------


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    """Dates as Swedish forms and registers write them: 2026-03-01."""
    return value.isoformat() if value is not None else "–"


def date_edit(value: date | None = None, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ISO_FORMAT)
    edit.setDate(to_qdate(value or date.today()))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out (a goal without a target date)."""

    def __init__(self, value: date | None, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(text)
        self.edit = date_edit(value)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch()
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None


# --- messages --------------------------------------------------------------------


class MessageArea(QLabel):
    """A line above a tab's content that says what went wrong or what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, error: BaseException) -> None:
        self.show_text(message_for(error), error=True)

    def show_text(self, text: str, error: bool = False) -> None:
        # The words say it; the colour only helps the eye find it.
        colour = "#fde7e7; color: #7a0000" if error else "#e6f0fb; color: #12324f"
        self.setStyleSheet(f"QLabel {{ background: {colour}; padding: 6px; border-radius: 3px; }}")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


def field_message() -> QLabel:
    """The label under a field that says what is wrong with it."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def set_field_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def stacked(field: QWidget, *below: QWidget) -> QWidget:
    """``field`` with other widgets (a warning, a title) under it; focus goes to the field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in (field, *below):
        layout.addWidget(widget)
    box.setFocusProxy(field)
    return box


def with_message(widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` with its message label below it, for one row of a form."""
    message = field_message()
    return stacked(widget, message), message


def confirm(
    parent: QWidget, title: str, text: str, accept_text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Ask before something that cannot be undone; ``on_yes`` runs only on consent.

    The box opens window-modal and returns at once, so the GUI thread never waits.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def clicked(button: QAbstractButton) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


# --- dialogs ---------------------------------------------------------------------


class ServiceDialog(QDialog):
    """A dialog whose OK runs one service call in the background.

    Subclasses fill ``form``, register field messages with ``add_field`` and
    implement ``work()``. A ``FieldError`` from the service is shown next to
    its field, anything else in the message area; the dialog stays open and
    keeps what was typed. Ctrl+Enter is OK, also from inside a text area.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = MessageArea()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None
        self._field_messages: dict[str, QLabel] = {}
        # A field's problem is shown once the user has been at it (or pressed
        # OK): a fresh dialog does not greet anyone with errors.
        self._touched: set[str] = set()
        self._busy = False
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.submit)
        self.content = QVBoxLayout(self)
        self.content.addLayout(self.form)

    def finish_layout(self) -> None:
        self.content.addWidget(self.message)
        self.content.addWidget(self.buttons)
        self.validate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(self, label: str, widget: QWidget, field: str | None = None) -> QLabel:
        """Add a form row with a message label under the widget; returns the label."""
        box, message = with_message(widget)
        self.form.addRow(label, box)
        buddy = self.form.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        if field is not None:
            self._field_messages[field] = message
        return message

    def field_label(self, field: str) -> QLabel:
        return self._field_messages[field]

    def problems(self) -> dict[str, str]:
        """What is wrong now, by field; override to validate as the user types."""
        return {}

    def changed(self, field: str) -> None:
        """Connect to a field's change signal: validates as the user types."""
        self._touched.add(field)
        self.validate()

    def validate(self, show_all: bool = False) -> bool:
        problems = self.problems()
        for field, label in self._field_messages.items():
            shown = show_all or field in self._touched
            set_field_message(label, problems.get(field, "") if shown else "")
        valid = not problems
        self.ok_button.setEnabled(valid and not self._busy)
        return valid

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy or not self.validate(show_all=True):
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.message.clear_message()
        run_for(self, self.work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._busy = False
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, FieldError) and error.field in self._field_messages:
            set_field_message(self._field_messages[error.field], message_for(error))
        else:
            self.message.show_error(error)
