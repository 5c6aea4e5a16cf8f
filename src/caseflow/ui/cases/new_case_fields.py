"""Small pieces the new-case wizard's pages share: a field with its problem beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QVBoxLayout, QWidget

from caseflow.domain.errors import InvalidInput

NOTICE_STYLE = "QLabel { background: #fff4ce; border: 1px solid #c8a600; padding: 6px; }"
INFO_STYLE = "QLabel { background: #eef4fb; border: 1px solid #a9c1dd; padding: 8px; }"


class FieldWithProblem(QWidget):
    """A field and, just below it, what is wrong with its value (hidden when nothing is)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName(f"{field.objectName()}Problem")
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.problem)
        self.setFocusProxy(field)  # the label's mnemonic reaches the field itself

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.field.setAccessibleDescription(text)

    def text(self) -> str:
        return self.problem.text()


def problem_of(check: Callable[[], object]) -> str:
    """Run a validating call; the rendered message of its ``InvalidInput``, or ''."""
    try:
        check()
    except InvalidInput as error:
        return error.text.render()
    return ""


def date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setObjectName(object_name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setMaximumWidth(200)
    return edit


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
